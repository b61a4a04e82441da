#!/usr/bin/env bash
# Runs clang-tidy with the checks of .clang-tidy (every warning is an error there) over
# the C++ files of src/ in a build's compile_commands.json (issue #11 item 4):
#   scripts/clang-tidy.sh BUILD_DIR [FILE...]      (no FILE: every file of the folders
#                                                   of src/ listed in `checked` below)
# Run it after the build: generated headers must exist. Exit 1 when a file has a warning.
#
# Incremental with a cache that survives a fresh clone: a file that passed is
# remembered under a key made of its preprocessed text (with the clone's path replaced,
# so another clone of the same tree hits), .clang-tidy and the clang-tidy version. The
# key changes when the file or any header it includes changes. Cache directory:
# BOLWERK_CLANG_TIDY_CACHE, default ~/.cache/bolwerk/clang-tidy; entries unused for
# 30 days are removed. Jobs: BOLWERK_CLANG_TIDY_JOBS, default nproc.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tidy="${CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy || true)}"
[[ -n "$tidy" ]] || { echo "error: clang-tidy not found (apt-get install clang-tidy)" >&2; exit 69; }

# The folders of src/ that are checked: all of them (issue #11 item 4).
checked=(common domain importers store app report web cli)

# Files clang-tidy cannot parse: Boost.Asio/Beast's C++20 coroutines do not compile with
# clang 14 against libstdc++ 12 ("std::coroutine_traits type was not found", "no
# template named 'awaitable'"). Both files are transport glue; g++ -Werror checks them.
excluded=(src/web/http/server.cpp src/web/http/http_fetch.cpp)

# One file: print its cache key, or nothing when it cannot be preprocessed.
cache_key() {
  local build_dir="$1" file="$2" command text
  command="$(jq -r --arg f "$file" 'map(select(.file == $f)) | first | .command // empty' \
    "$build_dir/compile_commands.json")"
  [[ -n "$command" ]] || return 0
  # The compile command with -E instead of -c and no object file; run where CMake ran it.
  command="$(sed -E 's# -o [^ ]+# #; s# -c # -E -P #' <<<"$command")"
  text="$(mktemp)"
  if (cd "$build_dir" && eval "$command") >"$text" 2>/dev/null; then
    {
      "$tidy" --version
      cat "$root/.clang-tidy"
      echo "${file#"$root"/}"
      sed "s|$root|@|g" "$text"
    } | sha256sum | cut -c1-64
  fi
  rm -f "$text"
}

# One file (called through xargs): run clang-tidy unless the cache knows it passed.
check_one() {
  local build_dir="$1" cache="$2" file="$3" key output
  key="$(cache_key "$build_dir" "$file")"
  if [[ -n "$key" && -f "$cache/$key" ]]; then
    touch "$cache/$key"
    echo "cached"
    return 0
  fi
  # -w: compiler warnings are g++'s job (-Werror in the build); clang's differ (its
  # -Wconversion includes -Wsign-conversion) and do not belong to the checks.
  if output="$("$tidy" -p "$build_dir" --quiet --extra-arg=-Wno-unknown-warning-option --extra-arg=-w \
    "$file" 2>&1)"; then
    [[ -z "$key" ]] || : >"$cache/$key"
    echo "passed"
  else
    grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' <<<"$output" >&2 || true
    echo "failed ${file#"$root"/}"
  fi
}

if [[ "${1:-}" == "--one" ]]; then
  shift
  check_one "$@"
  exit 0
fi

build_dir="$(cd "${1:?usage: $0 BUILD_DIR [FILE...]}" && pwd)"
shift
[[ -f "$build_dir/compile_commands.json" ]] ||
  { echo "error: $build_dir/compile_commands.json missing: configure and build first" >&2; exit 2; }
cache="${BOLWERK_CLANG_TIDY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bolwerk/clang-tidy}"
mkdir -p "$cache"
find "$cache" -type f -mtime +30 -delete
jobs="${BOLWERK_CLANG_TIDY_JOBS:-$(nproc)}"

files=()
if [[ $# -gt 0 ]]; then
  for file in "$@"; do files+=("$(realpath "$file")"); done
else
  for folder in "${checked[@]}"; do
    mapfile -t -O "${#files[@]}" files < <(jq -r --arg src "$root/src/$folder/" \
      '.[] | .file | select(startswith($src)) | select(endswith(".cpp"))' \
      "$build_dir/compile_commands.json" | sort -u)
  done
fi
selected=()
for file in "${files[@]}"; do
  skip=0
  for name in "${excluded[@]}"; do [[ "$file" == "$root/$name" ]] && skip=1; done
  [[ $skip -eq 1 ]] || selected+=("$file")
done

start=$SECONDS
results="$(printf '%s\0' "${selected[@]}" |
  xargs -0 -r -n1 -P "$jobs" "$0" --one "$build_dir" "$cache")"
cached="$(grep -c '^cached$' <<<"$results" || true)"
passed="$(grep -c '^passed$' <<<"$results" || true)"
failed="$(grep '^failed ' <<<"$results" | cut -d' ' -f2- | sort || true)"
echo "clang-tidy: ${#selected[@]} files, $cached unchanged (cache), $passed checked and clean," \
  "$(grep -c . <<<"$failed" || true) with warnings, $((SECONDS - start)) s"
if [[ -n "$failed" ]]; then
  echo "files with clang-tidy warnings:" >&2
  sed 's/^/  /' <<<"$failed" >&2
  exit 1
fi
