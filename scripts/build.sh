#!/usr/bin/env bash
# Configures and builds Bolwerk with CMake and Ninja. Incremental: a second run only
# rebuilds what changed.
#   scripts/build.sh BUILD_DIR [CMAKE_OPTION...] [-- NINJA_TARGET...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="$1"; shift
# ccache (CMakeLists.txt uses it as the compiler launcher): paths under the clone are
# hashed relative to it, so a fresh clone in another folder reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-20G}"
cmake_options=(); targets=()
while [[ $# -gt 0 ]]; do
  if [[ "$1" == "--" ]]; then shift; targets=("$@"); break; fi
  cmake_options+=("$1"); shift
done
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S "$root" -B "$build_dir" -G Ninja "${cmake_options[@]}" >/dev/null
else
  cmake "$build_dir" "${cmake_options[@]}" >/dev/null
fi
ninja -C "$build_dir" "${targets[@]}"
