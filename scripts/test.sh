#!/usr/bin/env bash
# Set-up command 2 (README): install what is missing, build with AddressSanitizer and
# UndefinedBehaviorSanitizer (warnings are errors), check formatting, the layers and
# clang-tidy, build the fuzz targets with clang, start a throwaway PostgreSQL, and run every test on SQLite and PostgreSQL.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build_dir="${BOLWERK_TEST_BUILD_DIR:-build-test}"
jobs="$(nproc)"

scripts/install-deps.sh runtime build test

echo "== formatting (clang-format)"
git ls-files '*.cpp' '*.hpp' | xargs -r clang-format --dry-run --Werror

echo "== layers (scripts/check-layers.sh)"
scripts/check-layers.sh

echo "== build ($build_dir: ASan+UBSan, -Werror)"
scripts/build.sh "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DBOLWERK_SANITIZE=ON -DBOLWERK_WERROR=ON \
  -DBOLWERK_BUILD_TESTS=ON -DBOLWERK_BUILD_BENCHMARKS=ON

echo "== clang-tidy (scripts/clang-tidy.sh: files unchanged since they last passed come from its cache)"
scripts/clang-tidy.sh "$build_dir"

echo "== fuzz targets (scripts/fuzz-build.sh: clang, libFuzzer, compile and link only)"
scripts/fuzz-build.sh "${BOLWERK_FUZZ_BUILD_DIR:-build-fuzz}"

echo "== PostgreSQL test cluster"
eval "$(scripts/postgres-test-cluster.sh start)"
trap 'scripts/postgres-test-cluster.sh stop' EXIT
export BOLWERK_TEST_REQUIRE_POSTGRES=1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "== tests"
ctest --test-dir "$build_dir" -j "$jobs" --output-on-failure --timeout 300
