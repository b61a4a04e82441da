#!/usr/bin/env bash
# Installs the npm packages of package-lock.json into ./node_modules. BOLWERK_NPM_SET says
# which: `runtime` only the NL Design System CSS served by Bolwerk (`npm ci --omit=dev`),
# `all` (the default) also the dev tools of the tests (playwright-core, axe-core, ...).
# Runs `npm ci` only when node_modules is missing, was installed from another lock file,
# or holds fewer packages than asked. Never downloads a browser: the tests drive
# Debian's chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
set_name="${BOLWERK_NPM_SET:-all}"
case "$set_name" in
  runtime) omit=(--omit=dev) ;;
  all) omit=() ;;
  *) echo "error: BOLWERK_NPM_SET is runtime or all, not '$set_name'" >&2; exit 2 ;;
esac
stamp=node_modules/.bolwerk-lock-sha256
lock="$(sha256sum package-lock.json | cut -d' ' -f1)"
# An `all` install serves a `runtime` request too; not the other way round.
if [[ -f "$stamp" ]]; then
  read -r installed_lock installed_set < "$stamp" || true
  if [[ "$installed_lock" == "$lock" && ( "${installed_set:-all}" == all || "$set_name" == runtime ) ]]; then
    exit 0
  fi
fi
if ! command -v npm >/dev/null; then
  echo "installing Debian packages: nodejs npm"
  sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "installing npm packages (npm ci${omit:+ ${omit[*]}})"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts --loglevel=error "${omit[@]}"
echo "$lock $set_name" > "$stamp"
