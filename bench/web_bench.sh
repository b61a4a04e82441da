#!/usr/bin/env bash
# Web benchmark (issue #4): wrk against a signed-in page and an API list of Bolwerk, and
# against nginx serving the same page as a static file, in the same run on loopback.
# Prints req/s and p99 for each, the ratio dynamic/static, Bolwerk's start-up time and
# its idle memory (RSS). Figures only; nothing is asserted.
#   bench/web_bench.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${1:-10}"
connections="${2:-32}"
threads="$(nproc)"
cd "$root"
scripts/install-deps.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DBOLWERK_BUILD_TESTS=OFF -DBOLWERK_BUILD_BENCHMARKS=OFF \
  -- bolwerk >/dev/null
bolwerk="$root/build-bench/src/cli/bolwerk"

work="$(mktemp -d /tmp/bolwerk-bench.XXXXXX)"
chmod 755 "$work"
server_pid=""; nginx_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -n "$nginx_pid" ]] && kill -QUIT "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

database="sqlite:$work/bolwerk.db"
"$bolwerk" --database "$database" --json demo > "$work/demo.json"
email="$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["accounts"]; print([x for x in a if x["email"].startswith("medewerker")][0]["email"])' "$work/demo.json")"
password="$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["accounts"]; print([x for x in a if x["email"].startswith("medewerker")][0]["password"])' "$work/demo.json")"

port="$(free_port)"
start="$(now_ms)"
"$bolwerk" --database "$database" serve --listen "127.0.0.1:$port" --threads "$threads" --drain-seconds 0 >/dev/null 2>"$work/serve.log" &
server_pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.005; done
startup_ms=$(( $(now_ms) - start ))
sleep 1
idle_rss_kb="$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)"

# Sign in as the medewerker (no second factor) through the real form.
jar="$work/cookies"
csrf="$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$port/inloggen" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=$password" \
  --data-urlencode "csrf=$csrf" "http://127.0.0.1:$port/inloggen"
session="$(awk '$6 == "bolwerk_session" {print $7}' "$jar")"
page_path="/organisaties/1"
curl -fs -H "Cookie: bolwerk_session=$session" "http://127.0.0.1:$port$page_path" > "$work/page.html"

# nginx serves the very same bytes as a static file.
mkdir -p "$work/nginx/html" "$work/nginx/logs"
cp "$work/page.html" "$work/nginx/html/page.html"
chmod -R a+rX "$work/nginx"
nginx_port="$(free_port)"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes $threads;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$nginx_port; root $work/nginx/html; }
}
CONF
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/page.html"; do sleep 0.05; done

run_wrk() { # name url [header]
  local name="$1" url="$2" header="${3:-}"
  local args=(-t "$threads" -c "$connections" -d "${duration}s" --latency)
  [[ -n "$header" ]] && args+=(-H "$header")
  wrk "${args[@]}" "$url" > "$work/$name.wrk"
  local rps p99
  rps="$(awk '/Requests\/sec/ {print $2}' "$work/$name.wrk")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/$name.wrk")"
  printf '%-28s %12s req/s   p99 %8s\n' "$name" "$rps" "$p99"
  echo "$rps" > "$work/$name.rps"
}

echo "== wrk: $threads threads, $connections connections, ${duration}s each, $(nproc) cores (shared with wrk)"
run_wrk "bolwerk signed-in page" "http://127.0.0.1:$port$page_path" "Cookie: bolwerk_session=$session"
run_wrk "bolwerk API list" "http://127.0.0.1:$port/api/v1/organisations" "Cookie: bolwerk_session=$session"
run_wrk "nginx static (same page)" "http://127.0.0.1:$nginx_port/page.html"
page_rps="$(cat "$work/bolwerk signed-in page.rps")"
api_rps="$(cat "$work/bolwerk API list.rps")"
nginx_rps="$(cat "$work/nginx static (same page).rps")"
python3 - "$page_rps" "$api_rps" "$nginx_rps" <<'PY'
import sys
page, api, static = (float(x) for x in sys.argv[1:4])
print(f"ratio page/nginx  {page / static:6.1%}   (goal: at least 50 %)")
print(f"ratio API/nginx   {api / static:6.1%}")
PY
echo "page size          $(wc -c < "$work/page.html") bytes"
echo "start-up           ${startup_ms} ms (spawn to first /healthz answer, SQLite, schema already migrated)"
echo "idle RSS           $(( idle_rss_kb / 1024 )) MiB ($idle_rss_kb kB, after start-up, before load)"
echo "RSS after load     $(( $(awk '/VmRSS/ {print $2}' /proc/$server_pid/status) / 1024 )) MiB"
