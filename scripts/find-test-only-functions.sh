#!/usr/bin/env bash
# Lists the functions of the layer libraries that only tests call (issue #11 item 7:
# "no rule without a caller"). Reads the object files of a build:
#   scripts/find-test-only-functions.sh BUILD_DIR
# A function is listed when a library object defines it (nm type T), some test object
# refers to it, and no production object (library, CLI, server) refers to it. A call
# inside the defining file does not show in nm, so each candidate is also looked up
# in its own source file; a name that occurs there twice or more is reported apart
# ("used in its own file") for a look by hand.
set -euo pipefail
build_dir="${1:?usage: $0 BUILD_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mapfile -t production < <(find "$build_dir/src" -name '*.o' ! -name '*_test.cpp.o' | sort)
mapfile -t tests < <({ find "$build_dir/src" -name '*_test.cpp.o'; find "$build_dir/tests" -name '*.o'; } | sort)
[[ ${#production[@]} -gt 0 ]] || { echo "no object files under $build_dir/src: build first" >&2; exit 2; }

# Defined functions of the libraries, with the object that defines them.
for object in "${production[@]}"; do
  nm --defined-only "$object" 2>/dev/null | awk -v o="$object" '$2 == "T" { print $3 "\t" o }'
done | sort -u > "$work/defined"
nm --undefined-only "${production[@]}" 2>/dev/null | awk 'NF == 2 && $1 == "U" { print $2 }' | sort -u > "$work/used"
nm --undefined-only "${tests[@]}" 2>/dev/null | awk 'NF == 2 && $1 == "U" { print $2 }' | sort -u > "$work/tested"

cut -f1 "$work/defined" | sort -u | comm -12 - "$work/tested" | comm -23 - "$work/used" > "$work/candidates"

while read -r symbol; do
  object="$(grep -m1 -F "$symbol"$'\t' "$work/defined" | cut -f2)"
  name="$(echo "$symbol" | c++filt)"
  # src/<layer>/CMakeFiles/<target>.dir/<path>.cpp.o -> src/<layer>/<path>.cpp
  source="${object#"$build_dir"/}"
  source="$(echo "$source" | sed -E 's#CMakeFiles/[^/]+\.dir/##; s#\.o$##')"
  short="$(echo "$name" | sed -E 's/\(.*//; s/.*:://')"
  uses=0
  [[ -f "$root/$source" ]] && uses="$(grep -cw -- "$short" "$root/$source" || true)"
  if [[ "$uses" -ge 2 ]]; then
    echo "used in its own file  $source  $name"
  else
    echo "only tests call       $source  $name"
  fi
done < "$work/candidates" | sort
