#!/usr/bin/env bash
# Set-up command 1 (README): install what is missing, build, and run Bolwerk on the
# embedded default database (SQLite in ./data) with the demo organisation.
# Extra arguments go to `bolwerk` instead of `demo`, e.g. scripts/run.sh org list
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh
scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOLWERK_BUILD_TESTS=OFF -DBOLWERK_BUILD_BENCHMARKS=OFF \
  -- bolwerk >/dev/null
if [[ $# -gt 0 ]]; then
  exec build/src/cli/bolwerk "$@"
fi
exec build/src/cli/bolwerk demo
