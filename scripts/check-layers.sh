#!/usr/bin/env bash
# The layer rule (src/README.md "Layers"): a file of a layer includes headers of its own
# layer and of the layers its CMake library lists after DEPENDS in
# src/<layer>/CMakeLists.txt, nothing else. Checked over the #include lines of every
# tracked C++ file under src/ (tests beside the code included: their target links the
# same layers or more, so they are checked against the layers of their folder plus
# those their test target names in LIBRARIES bolwerk_<layer>).
# Exit 1 with one line per offending include ("file:line: includes X, which <layer> does not list").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

layers=()
for dir in src/*/; do
  layer="$(basename "$dir")"
  [[ -f "$dir/CMakeLists.txt" ]] && layers+=("$layer")
done

# The words after KEYWORD up to the next keyword or ")" in src/<layer>/CMakeLists.txt.
list_of() {
  local layer="$1" keyword="$2"
  awk -v keyword="$keyword" '
    function take(from,   i) {
      for (i = from; i <= NF; i++) {
        if ($i ~ /^[A-Z_]+$/) { taking = 0; return }
        word = $i; sub(/\).*/, "", word)
        if (word != "") print word
        if ($i ~ /\)/) { taking = 0; return }
      }
    }
    $1 == keyword { taking = 1; take(2); next }
    taking { take(1) }
  ' "src/$layer/CMakeLists.txt" | sed -E 's/^bolwerk_//' | grep -E '^[a-z]+$' | sort -u || true
}

# Includes a layer may make although its library does not list the layer, each with
# the reason. Keep this list short; every entry is a debt with a plan in src/README.md.
exceptions=()

status=0
for layer in "${layers[@]}"; do
  allowed=" $layer $(list_of "$layer" DEPENDS | tr '\n' ' ') "
  tests_allowed="$allowed$(list_of "$layer" LIBRARIES | tr '\n' ' ') "
  while IFS=: read -r file line text; do
    included="$(sed -E 's/^[[:space:]]*#include "([a-z_]+)\/.*/\1/' <<<"$text")"
    header="$(sed -E 's/^[[:space:]]*#include "([^"]+)".*/\1/' <<<"$text")"
    [[ " ${layers[*]} " == *" $included "* ]] || continue # not a layer (e.g. support/)
    permitted="$allowed"
    [[ "$file" == *_test.cpp ]] && permitted="$tests_allowed"
    [[ "$permitted" == *" $included "* ]] && continue
    [[ ${#exceptions[@]} -gt 0 && " ${exceptions[*]/#/|} " == *"|$layer $header "* ]] && continue
    echo "$file:$line: includes $header, which $layer does not list (DEPENDS$allowed)"
    status=1
  done < <(git ls-files "src/$layer/*.cpp" "src/$layer/*.hpp" | xargs -r grep -nE '^[[:space:]]*#include "[a-z_]+/' || true)
done
# What a layer's headers expose (PUBLIC_DEPENDS, linked PUBLIC by bolwerk_layer) must be
# a layer it uses (DEPENDS); "store_forward" stands for the forward declarations of store.
for layer in "${layers[@]}"; do
  uses=" $layer $(list_of "$layer" DEPENDS | tr '\n' ' ') "
  while read -r exposed; do
    [[ -z "$exposed" ]] && continue
    [[ "$uses" == *" ${exposed%_forward} "* ]] && continue
    echo "src/$layer/CMakeLists.txt: PUBLIC_DEPENDS lists $exposed, which DEPENDS does not"
    status=1
  done < <(awk '
    $1 == "PUBLIC_DEPENDS" { for (i = 2; i <= NF; i++) { w = $i; sub(/\).*/, "", w); if (w != "") print w } }
  ' "src/$layer/CMakeLists.txt")
done

if [[ $status -eq 0 ]]; then
  echo "layers: every include is of a listed layer"
fi
exit $status
