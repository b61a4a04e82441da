#!/usr/bin/env bash
# Installs what is missing of the named sets of dependencies:
#   runtime  what the `bolwerk` program needs to run (scripts/debian-packages/runtime.txt)
#   build    compilers and -dev packages (build.txt), and the npm packages that Bolwerk
#            serves (NL Design System CSS; `npm ci --omit=dev`)
#   test     what only tests and benchmarks use (test.txt: PostgreSQL server, Chromium,
#            LibreOffice, wrk, nginx, ...), and the npm dev tools (playwright-core, axe-core)
#   scripts/install-deps.sh [runtime] [build] [test]     (no argument: all three)
# Idempotent: when everything is there it only checks, in well under a second.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sets=("$@")
[[ ${#sets[@]} -gt 0 ]] || sets=(runtime build test)

packages=()
npm_mode=""
for set in "${sets[@]}"; do
  case "$set" in
    runtime) ;;
    build) [[ "$npm_mode" == all ]] || npm_mode=runtime ;;
    test) npm_mode=all ;;
    *) echo "error: unknown set '$set' (runtime, build or test)" >&2; exit 2 ;;
  esac
  mapfile -t -O "${#packages[@]}" packages < <(grep -v '^\s*#' "$here/debian-packages/$set.txt" | grep -v '^\s*$')
done

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing Debian packages: ${missing[*]}"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: need root (or sudo) to install ${missing[*]}" >&2; exit 69; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages: the CSS Bolwerk serves (build), and with the tests also the dev tools.
if [[ -n "$npm_mode" ]]; then
  BOLWERK_NPM_SET="$npm_mode" "$here/install-npm-deps.sh"
fi
