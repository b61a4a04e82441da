#!/usr/bin/env bash
# Issue #19 item 2: docs/nginx/bolwerk.conf, as shipped, in front of a real Bolwerk.
# nginx terminates TLS with a certificate made for this run; Bolwerk trusts only the
# proxy. Checks: HTTPS reaches Bolwerk; HSTS and Secure cookies follow from the
# forwarded scheme; the access log and the sign-in throttle see the client's address,
# never one the client wrote into X-Forwarded-For itself; plain HTTP is redirected; a
# body over Bolwerk's limit is refused by nginx; without --trusted-proxy the same
# headers change nothing.
#   tests/proxy/nginx_proxy_test.sh BOLWERK_BINARY
set -euo pipefail
bolwerk="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/bolwerk-nginx.XXXXXX)"
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A certificate for 127.0.0.1, made now; curl trusts exactly it.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null

# Bolwerk with the demo, trusting the proxy on loopback.
database="sqlite:$work/bolwerk.db"
"$bolwerk" --database "$database" demo >/dev/null
# Starts `bolwerk serve` on a free port; sets $port once it listens (read from its
# stderr through a FIFO: no polling), keeps draining stderr into LOG.err.
start_bolwerk() { # LOG extra-arguments...
  local log="$1"; shift
  mkfifo "$log.fifo"
  "$bolwerk" --database "$database" serve --listen 127.0.0.1:0 --drain-seconds 0 "$@" >"$log" 2>"$log.fifo" &
  pids+=($!)
  local fd line
  exec {fd}<"$log.fifo"
  port=""
  while IFS= read -r -t 120 line <&"$fd"; do
    echo "$line" >>"$log.err"
    if [[ "$line" =~ listening\ on\ http://127\.0\.0\.1:([0-9]+)/ ]]; then port="${BASH_REMATCH[1]}"; break; fi
  done
  cat <&"$fd" >>"$log.err" &
  pids+=($!)
  [[ -n "$port" ]] || fail "bolwerk did not start: $(cat "$log.err")"
}
start_bolwerk "$work/access.log" --trusted-proxy 127.0.0.1
bolwerk_port="$port"

# The shipped configuration with this run's ports and certificate; each substitution
# must hit, so that a change of the file that this test no longer covers fails here.
https_port="$(free_port)"
http_port="$(free_port)"
substitute() { # pattern replacement
  grep -q "$1" "$work/bolwerk.conf" || fail "docs/nginx/bolwerk.conf no longer has '$1'"
  sed -i "s|$1|$2|" "$work/bolwerk.conf"
}
cp "$root/docs/nginx/bolwerk.conf" "$work/bolwerk.conf"
substitute "listen 443 ssl;" "listen 127.0.0.1:$https_port ssl;"
substitute "listen \[::\]:443 ssl;" ""
substitute "listen 80;" "listen 127.0.0.1:$http_port;"
substitute "listen \[::\]:80;" ""
substitute "/etc/ssl/bolwerk/fullchain.pem" "$work/fullchain.pem"
substitute "/etc/ssl/bolwerk/privkey.pem" "$work/privkey.pem"
substitute "proxy_pass http://127.0.0.1:8080;" "proxy_pass http://127.0.0.1:$bolwerk_port;"
mkdir -p "$work/nginx-temp" && chmod 777 "$work/nginx-temp"
cat > "$work/nginx.conf" <<CONF
$( [[ "$(id -u)" == 0 ]] && echo "user root;" )
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  include $work/bolwerk.conf;
}
CONF
nginx -t -p "$work" -c "$work/nginx.conf" 2>"$work/nginx-test.log" || fail "nginx -t: $(cat "$work/nginx-test.log")"
# As a daemon, nginx returns once its master has bound the ports: ready, no polling.
nginx -p "$work" -c "$work/nginx.conf" 2>>"$work/nginx-error.log" || fail "nginx: $(cat "$work/nginx-error.log")"
stop_nginx() { [[ -f "$work/nginx.pid" ]] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; }
trap 'stop_nginx; cleanup' EXIT
https="https://127.0.0.1:$https_port"
curl_tls() { curl -sS --cacert "$work/fullchain.pem" "$@"; }

# 1. Over HTTPS to Bolwerk, which knows the client came over TLS.
status="$(curl_tls -o /dev/null -w '%{http_code}' "$https/healthz")"
[[ "$status" == 200 ]] || fail "GET /healthz through nginx answered $status"
headers="$(curl_tls -D - -o /dev/null -H 'X-Forwarded-For: 198.51.100.66' -H 'X-Forwarded-Proto: http' "$https/inloggen")"
grep -qi '^strict-transport-security: max-age=' <<<"$headers" || fail "no HSTS over HTTPS: $headers"
[[ "$(grep -ci '^strict-transport-security' <<<"$headers")" == 1 ]] || fail "HSTS sent twice: $headers"
grep -i '^set-cookie:' <<<"$headers" | grep -qi '; *secure' || fail "cookie without Secure over HTTPS: $headers"
echo "ok: HTTPS through nginx, HSTS once, Secure cookie"

# 2. The access log names the client (curl, 127.0.0.1), not what it wrote itself.
grep '"/inloggen"' "$work/access.log" | grep -q '"remote":"127.0.0.1"' || fail "access log: $(tail -3 "$work/access.log")"
if grep -q '198.51.100.66' "$work/access.log"; then fail "a client-written X-Forwarded-For reached the log"; fi
# From the trusted proxy's address, Bolwerk takes the client it names: the address the
# sign-in throttle and the log use.
curl -sS -o /dev/null -H 'X-Forwarded-For: 203.0.113.50' "http://127.0.0.1:$bolwerk_port/inloggen?proxied"
grep '"/inloggen"' "$work/access.log" | grep -q '"remote":"203.0.113.50"' || fail "forwarded client not used: $(tail -2 "$work/access.log")"
echo "ok: the access log has the client's address, not the spoofed one"

# 3. Plain HTTP is redirected to HTTPS.
redirect="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Host: isms.example.nl' "http://127.0.0.1:$http_port/inloggen")"
[[ "$redirect" == "301 https://isms.example.nl/inloggen" ]] || fail "plain HTTP: $redirect"
echo "ok: plain HTTP answers 301 to https"

# 4. A body over Bolwerk's largest limit stops at nginx (413), one inside goes through.
head -c $((22 * 1024 * 1024)) /dev/zero >"$work/big.bin"
status="$(curl_tls -o /dev/null -w '%{http_code}' -X POST --data-binary "@$work/big.bin" "$https/inloggen")"
[[ "$status" == 413 ]] || fail "a 22 MiB body answered $status, not 413"
status="$(curl_tls -o /dev/null -w '%{http_code}' -X POST --data 'email=x' "$https/inloggen")"
[[ "$status" != 413 && "$status" != 502 ]] || fail "a small body answered $status"
echo "ok: nginx refuses a body over 21 MiB with 413"

# 5. Without --trusted-proxy, the forwarding headers are ignored.
start_bolwerk "$work/direct.log"
direct_port="$port"
headers="$(curl -sS -D - -o /dev/null -H 'X-Forwarded-For: 198.51.100.66' -H 'X-Forwarded-Proto: https' \
  "http://127.0.0.1:$direct_port/inloggen")"
if grep -qi '^strict-transport-security' <<<"$headers"; then fail "HSTS from an untrusted X-Forwarded-Proto"; fi
if grep -i '^set-cookie:' <<<"$headers" | grep -qi '; *secure'; then fail "Secure from an untrusted header"; fi
grep -q '"remote":"127.0.0.1"' "$work/direct.log" || fail "direct log: $(tail -2 "$work/direct.log")"
if grep -q '198.51.100.66' "$work/direct.log"; then fail "an untrusted X-Forwarded-For reached the log"; fi
echo "ok: without --trusted-proxy the headers change nothing"
echo "nginx proxy test passed"
