#!/usr/bin/env bash
# Set-up command 1 (README): install what is missing, build, set up the demo
# organisations and accounts on the embedded default database (SQLite in ./data), and
# start the web application. Prints the URL and the demo credentials (generated for
# this data directory; shown again on every run).
#   scripts/run.sh                  demo + server on http://127.0.0.1:8080/ (BOLWERK_LISTEN to change)
#   scripts/run.sh org list         extra arguments go to `bolwerk` instead
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh runtime build
scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOLWERK_BUILD_TESTS=OFF -DBOLWERK_BUILD_BENCHMARKS=OFF \
  -- bolwerk >/dev/null
if [[ $# -gt 0 ]]; then
  exec build/src/cli/bolwerk "$@"
fi
listen="${BOLWERK_LISTEN:-127.0.0.1:8080}"
# The BIO2 measure texts (issue #12 item 3) are data, never part of this repository: the
# demo imports them from ../shared when it is there, else from the publication on GitHub
# when it can be reached; otherwise it says how to import them.
catalog_sources=()
shared_catalog="$root/../shared/catalogs/minbzk-bio2-v1.3/maatregelen-v1.3.md"
[[ -f "$shared_catalog" ]] && catalog_sources+=(--catalog "$shared_catalog")
catalog_sources+=(--catalog "https://raw.githubusercontent.com/MinBZK/Baseline-Informatiebeveiliging-Overheid/HEAD/docs/maatregelen/index.md")
build/src/cli/bolwerk demo "${catalog_sources[@]}"
echo
echo "Bolwerk: open http://$listen/ and sign in with one of the demo accounts above."
echo "Stop with Ctrl-C."
exec build/src/cli/bolwerk serve --listen "$listen"
