#!/usr/bin/env bash
# Installs the npm packages of package-lock.json into ./node_modules (NL Design System
# CSS served by Bolwerk; playwright-core and axe-core for the browser tests). Runs
# `npm ci` only when node_modules is missing or older than the lock file. Never
# downloads a browser: the tests drive Debian's chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
stamp=node_modules/.bolwerk-lock-sha256
wanted="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "installing Debian packages: nodejs npm"
  sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "installing npm packages (npm ci)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
echo "$wanted" > "$stamp"
