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
build/src/cli/bolwerk demo
echo
echo "Bolwerk: open http://$listen/ and sign in with one of the demo accounts above."
echo "Stop with Ctrl-C."
exec build/src/cli/bolwerk serve --listen "$listen"
