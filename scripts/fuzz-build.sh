#!/usr/bin/env bash
# Builds every fuzz target for libFuzzer with clang (-fsanitize=fuzzer,address,undefined),
# compile and link only, so that they stay buildable (issue #11 item 6; run by
# scripts/test.sh). Each target links only the library it fuzzes; ccache makes a
# rebuild of unchanged files a cache hit.
#   scripts/fuzz-build.sh [BUILD_DIR]      (default build-fuzz)
# Fuzzing itself: fuzz/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-build-fuzz}"
command -v clang++ >/dev/null || { echo "error: clang++ not found (scripts/install-deps.sh test)" >&2; exit 69; }
CC=clang CXX=clang++ "$root/scripts/build.sh" "$build_dir" -DBOLWERK_FUZZ=ON \
  -DBOLWERK_BUILD_TESTS=OFF -DBOLWERK_BUILD_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -- fuzz_targets
