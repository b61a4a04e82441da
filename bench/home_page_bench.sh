#!/usr/bin/env bash
# Home page benchmark (issue #12 item 2; goal: under 10 ms server time on the demo): a
# Release `bolwerk serve` with the demo data (SQLite), then N sequential GET / over one
# keep-alive connection per demo account (CISO and bestuurder enrol TOTP on the way in,
# as a browser does). Prints p50/p99 per account. Figures only.
#   bench/home_page_bench.sh [REQUESTS]
# BOLWERK_BINARY=path uses that binary instead of building build-bench (e.g. to compare
# with a sanitizer build; its figures are then not the Release ones).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
requests="${1:-200}"
cd "$root"
source bench/lib.sh
bolwerk="$(bench_binary "$root")"
start_demo_server "$bolwerk" home

echo "== $requests sequential GET / per account, $(nproc) cores, $bolwerk"
python3 - "$port" "$work/demo.json" "$requests" <<'PY'
import base64, hashlib, hmac, http.client, json, re, struct, sys, time, urllib.parse

port, demo, requests = int(sys.argv[1]), json.load(open(sys.argv[2])), int(sys.argv[3])

def totp(secret):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)

class Client:
    def __init__(self):
        self.connection = http.client.HTTPConnection("127.0.0.1", port)
        self.cookies = {}
    def request(self, method, path, fields=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body, headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                cookie, _, content = pair.partition("=")
                self.cookies[cookie] = content
        return response.status, response.getheader("Location"), text

def csrf(page):
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)

def sign_in(email, password):
    client = Client()
    _, _, page = client.request("GET", "/inloggen")
    _, location, _ = client.request("POST", "/inloggen", {"email": email, "password": password, "csrf": csrf(page)})
    _, location, page = client.request("GET", "/")
    if location == "/account/mfa":
        _, _, page = client.request("GET", "/account/mfa")
        secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page).group(1)
        client.request("POST", "/account/mfa", {"code": totp(secret), "csrf": csrf(page)})
    return client

for role in ("ciso", "bestuurder", "medewerker"):
    account = next(a for a in demo["accounts"] if a["email"].startswith(role))
    client = sign_in(account["email"], account["password"])
    status, _, page = client.request("GET", "/")
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        client.request("GET", "/")
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"GET / as {role:11} HTTP {status}  {len(page.encode()):6d} bytes  "
          f"p50 {pick(0.50):6.2f} ms  p99 {pick(0.99):6.2f} ms")
PY
