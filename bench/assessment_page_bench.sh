#!/usr/bin/env bash
# Gap dashboard page benchmark (issue #5 goal: p50 under 5 ms for one organisation): a
# Release `bolwerk serve` with the demo data (SQLite), signed in as the demo medewerker,
# then N sequential requests of each gap-analysis page with curl, one connection at a
# time. Prints p50/p90/p99 of curl's time_total per page. Figures only.
#   bench/assessment_page_bench.sh [REQUESTS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
requests="${1:-200}"
cd "$root"
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DBOLWERK_BUILD_TESTS=OFF -- bolwerk >/dev/null
bolwerk="$root/build-bench/src/cli/bolwerk"

work="$(mktemp -d /tmp/bolwerk-assessment-bench.XXXXXX)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
database="sqlite:$work/bolwerk.db"
"$bolwerk" --database "$database" --json demo > "$work/demo.json"
read -r email password organisation < <(python3 -c '
import json, sys
demo = json.load(open(sys.argv[1]))
account = [a for a in demo["accounts"] if a["email"].startswith("medewerker")][0]
print(account["email"], account["password"], demo["organisation_id"])' "$work/demo.json")
"$bolwerk" --database "$database" serve --listen "127.0.0.1:$port" --drain-seconds 0 >/dev/null 2>"$work/serve.log" &
server_pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.01; done

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
