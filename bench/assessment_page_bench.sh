#!/usr/bin/env bash
# Gap dashboard page benchmark (issue #5 goal: p50 under 5 ms for one organisation): a
# Release `bolwerk serve` with the demo data (SQLite), signed in as the demo medewerker,
# then N sequential requests of each gap-analysis page with curl, one connection at a
# time. Prints p50/p90/p99 of curl's time_total per page. Figures only.
#   bench/assessment_page_bench.sh [REQUESTS]
# BOLWERK_BINARY=path uses that binary instead of building build-bench (bench/lib.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
requests="${1:-200}"
cd "$root"
source bench/lib.sh
bolwerk="$(bench_binary "$root")"
start_demo_server "$bolwerk" assessment
read -r email password organisation < <(python3 -c '
import json, sys
demo = json.load(open(sys.argv[1]))
account = [a for a in demo["accounts"] if a["email"].startswith("medewerker")][0]
print(account["email"], account["password"], demo["organisation_id"])' "$work/demo.json")

jar="$work/cookies"
csrf="$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$port/inloggen" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=$password" \
  --data-urlencode "csrf=$csrf" "http://127.0.0.1:$port/inloggen"

base="http://127.0.0.1:$port/organisaties/$organisation"
echo "== $requests sequential requests per page, $(nproc) cores, demo organisation $organisation"
for page in dashboard "dashboard?status=not_started" gaplijst beheersmaatregelen maatregelen/5.17.01; do
  status="$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" "$base/$page")"
  for _ in $(seq "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base/$page"
  done > "$work/times"
  python3 - "$page" "$status" "$(wc -c < "$work/page.html")" "$work/times" <<'PY'
import sys
page, status, size, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
times = sorted(float(line) * 1000 for line in open(path))
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"{page:32} HTTP {status}  {size:7d} bytes  p50 {pick(0.50):6.2f} ms  p90 {pick(0.90):6.2f} ms  p99 {pick(0.99):6.2f} ms")
PY
done
