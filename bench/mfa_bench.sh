#!/usr/bin/env bash
# MFA coverage benchmark (issue #17, item 6): one generated 1 GB sign-in log (JSON lines,
# in a temporary directory, removed afterwards), the same question answered by Bolwerk's
# bulk path, by jq and by DuckDB, with GB/s of each, the ratios, and a check that all
# three give the same answer (counts and the list of single-factor accounts).
#   bench/mfa_bench.sh BUILD_DIR [MEGABYTES] [THREADS]
# On a shared machine the wall-clock rates also count other processes; the GB per CPU
# second figures (user + system time of each process) compare across runs.
# BUILD_DIR holds an optimised build (scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -- mfa_bench).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$1/bench/mfa_bench"
megabytes="${2:-1024}"
threads="${3:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log="$work/signins.jsonl"
"$bench" generate "$log" "$megabytes"
"$bench" generate "$work/list.json" "$megabytes" --list
bytes=$(stat -c %s "$log")
echo "sign-in log: $bytes bytes of JSON lines, $(wc -l < "$log") records; threads: $threads"

"$bench" scan "$log" "$threads" --accounts "$work/bolwerk.txt" | tee "$work/bolwerk.out"
"$bench" scan "$work/list.json" "$threads" | sed 's/^bolwerk:/bolwerk (list response):/' | tee "$work/list.out"

start=$(date +%s.%N)
/usr/bin/time -f '%U %S' -o "$work/jq.cpu" jq -n -r 'reduce (inputs | select(.status.errorCode == 0 and .isInteractive != false)) as $r
    ({n: 0, m: 0, a: {}};
     .n += 1
     | if (if $r.authenticationRequirement != null then $r.authenticationRequirement == "multiFactorAuthentication"
           else (($r.mfaDetail.authMethod // "") != "") end)
       then .m += 1 else .a[$r.userPrincipalName // $r.userId] = true end)
  | "answer \(.n) \(.m) \(.a | length)", (.a | keys[])' "$log" > "$work/jq.raw"
end=$(date +%s.%N)
jq_seconds=$(awk "BEGIN { print $end - $start }")
head -1 "$work/jq.raw" > "$work/jq.out"
tail -n +2 "$work/jq.raw" > "$work/jq.txt"
jq_rate=$(awk "BEGIN { print $bytes / 1e9 / $jq_seconds }")
jq_cpu=$(awk '{ print $1 + $2 }' "$work/jq.cpu")
printf 'jq: %.3f GB in %.3f s = %.3f GB/s (one thread); %.1f CPU s = %.3f GB per CPU second\n' \
  "$(awk "BEGIN { print $bytes / 1e9 }")" "$jq_seconds" "$jq_rate" "$jq_cpu" "$(awk "BEGIN { print $bytes / 1e9 / $jq_cpu }")"

/usr/bin/time -f '%U %S' -o "$work/duckdb.cpu" node "$root/bench/mfa_duckdb.mjs" "$log" "$work/duckdb.txt" "$threads" \
  | tee "$work/duckdb.out"
printf 'duckdb: %.1f CPU s (whole node process) = %.3f GB per CPU second\n' "$(awk '{ print $1 + $2 }' "$work/duckdb.cpu")" \
  "$(awk -v b="$bytes" '{ print b / 1e9 / ($1 + $2) }' "$work/duckdb.cpu")"

answer() { grep '^answer' "$1"; }
ours=$(answer "$work/bolwerk.out")
if [[ "$ours" != "$(answer "$work/jq.out")" || "$ours" != "$(answer "$work/duckdb.out")" || "$ours" != "$(answer "$work/list.out")" ]] \
  || ! cmp -s "$work/bolwerk.txt" "$work/jq.txt" || ! cmp -s "$work/bolwerk.txt" "$work/duckdb.txt"; then
  echo "ANSWERS DIFFER: bolwerk '$ours', jq '$(answer "$work/jq.out")', duckdb '$(answer "$work/duckdb.out")', list '$(answer "$work/list.out")'"
  exit 1
fi
echo "same answer from all three: $ours"
rate() { sed -n 's/.*= \([0-9.]*\) GB\/s.*/\1/p' "$1" | head -1; }
ours_rate=$(rate "$work/bolwerk.out")
printf 'ratio bolwerk/jq: %.1fx, bolwerk/duckdb: %.1fx\n' "$(awk "BEGIN { print $ours_rate / $jq_rate }")" \
  "$(awk "BEGIN { print $ours_rate / $(rate "$work/duckdb.out") }")"
