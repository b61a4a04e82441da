#!/usr/bin/env bash
# The Debian package (issue #19 item 5): builds it with scripts/package-deb.sh (reusing
# the Release build folder), checks its control data and file list, extracts it into a
# temporary root with dpkg-deb -x (no root needed, the machine is left alone), checks
# the unit with systemd-analyze verify when that is there, then runs the packaged
# program with the packaged configuration against a temporary state folder and asks
# /healthz, a page (templates and messages) and a stylesheet (the packaged CSS).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -z "$server_pid" ]] || kill "$server_pid" 2>/dev/null || true
  [[ -z "$server_pid" ]] || wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== build the package"
deb="$(BOLWERK_PACKAGE_NO_INSTALL=1 "$root/scripts/package-deb.sh" --out "$work/dist")"
[[ -f "$deb" ]] || fail "scripts/package-deb.sh made no .deb"
echo "$deb: $(du -h "$deb" | cut -f1)"

echo "== control data"
control="$(dpkg-deb --field "$deb")"
for field in "Package: bolwerk" "Architecture: $(dpkg --print-architecture)"; do
  grep -qx "$field" <<<"$control" || fail "control lacks '$field'"
done
depends="$(dpkg-deb --field "$deb" Depends)"
while IFS= read -r package; do
  [[ ", $depends," == *", $package,"* ]] || fail "Depends: lacks the runtime package $package"
done < <(grep -v '^\s*#' "$root/scripts/debian-packages/runtime.txt" | grep -v '^\s*$')
for test_only in chromium wrk nginx-light libreoffice-calc-nogui postgresql-15 googletest; do
  [[ ", $depends," != *", $test_only,"* ]] || fail "Depends: names $test_only, which only the tests use"
done
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/bolwerk/bolwerk.env \
  || fail "/etc/bolwerk/bolwerk.env is not a conffile"

echo "== file list"
dpkg-deb --contents "$deb" > "$work/contents"
for path in ./usr/bin/bolwerk ./usr/lib/systemd/system/bolwerk.service ./etc/bolwerk/bolwerk.env \
  ./usr/share/bolwerk/src/web/core/templates/layout.mustache ./usr/share/bolwerk/src/web/core/messages/nl.json \
  ./usr/share/bolwerk/src/web/core/messages/en.json ./usr/share/bolwerk/src/web/home/templates/home.mustache \
  ./usr/share/bolwerk/src/web/risk/messages/nl.json ./usr/share/bolwerk/src/web/static/bolwerk.css \
  ./usr/share/bolwerk/node_modules/@utrecht/component-library-css/dist/index.css \
  ./usr/share/doc/bolwerk/copyright; do
  grep -q " $path\$" "$work/contents" || fail "the package lacks $path"
done
grep -qE '\.(cpp|hpp)$' "$work/contents" && fail "the package holds source code"
grep -q ' root/root ' "$work/contents" || fail "files are not owned by root"

package_root="$work/root"
dpkg-deb -x "$deb" "$package_root"
unit="$package_root/usr/lib/systemd/system/bolwerk.service"
for setting in User=bolwerk ProtectSystem=strict NoNewPrivileges=yes PrivateTmp=yes ProtectHome=yes \
  StateDirectory=bolwerk ReadWritePaths=/var/lib/bolwerk CapabilityBoundingSet= EnvironmentFile=/etc/bolwerk/bolwerk.env; do
  grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
done
grep -qx 'BOLWERK_LISTEN=127.0.0.1:8080' "$package_root/etc/bolwerk/bolwerk.env" \
  || fail "the packaged configuration does not listen on loopback"

if command -v systemd-analyze >/dev/null; then
  echo "== systemd-analyze verify and security"
  # Verified on this machine's systemd (the extracted root has no targets), with
  # ExecStart pointing at the extracted program; the user only postinst creates.
  sed "s|/usr/bin/bolwerk|$package_root/usr/bin/bolwerk|" "$unit" > "$work/bolwerk.service"
  if ! systemd-analyze verify --man=no "$work/bolwerk.service" > "$work/verify" 2>&1; then
    cat "$work/verify" >&2
    fail "systemd-analyze verify rejects bolwerk.service"
  fi
  if grep -E "Unknown (key|section)|Failed to parse|[Ii]nvalid|ignoring" "$work/verify"; then
    fail "systemd-analyze verify warns about bolwerk.service"
  fi
  # Exposure 0.0 (locked down) to 10.0 (exposed); the unit must stay at 2.0 or below.
  systemd-analyze security --offline=yes --threshold=20 "$work/bolwerk.service" > "$work/security" 2>&1 \
    || { tail -5 "$work/security" >&2; fail "systemd-analyze security rates bolwerk.service above 2.0"; }
  tail -1 "$work/security"
else
  echo "SKIP: systemd-analyze verify (systemd-analyze is not installed)"
fi

echo "== run the packaged program with the packaged configuration"
state="$work/state"
mkdir -m 0700 "$state"
# The packaged settings, with the packaged paths moved into the temporary root and the
# state folder, and port 0 so that the test never collides with another listener.
sed -e "s|/usr/share/bolwerk|$package_root/usr/share/bolwerk|" -e "s|/var/lib/bolwerk|$state|" \
  -e "s|^BOLWERK_LISTEN=.*|BOLWERK_LISTEN=127.0.0.1:0|" \
  -e "s|^BOLWERK_SERVE_OPTIONS=.*|BOLWERK_SERVE_OPTIONS=\"--drain-seconds 0\"|" \
  "$package_root/etc/bolwerk/bolwerk.env" > "$work/bolwerk.env"
grep -q "^BOLWERK_RESOURCES=$package_root/usr/share/bolwerk\$" "$work/bolwerk.env" || fail "no BOLWERK_RESOURCES"
mkfifo "$work/server-log"
(
  cd "$state"
  set -a
  # shellcheck disable=SC1091
  source "$work/bolwerk.env"
  set +a
  # shellcheck disable=SC2086
  exec "$package_root/usr/bin/bolwerk" serve --listen "$BOLWERK_LISTEN" $BOLWERK_SERVE_OPTIONS
) > "$work/access-log" 2> "$work/server-log" &
server_pid=$!
exec 3< "$work/server-log"
address=""
while IFS= read -r -t 60 line <&3; do
  echo "server: $line"
  if [[ "$line" =~ listening\ on\ http://([0-9.]+:[0-9]+)/ ]]; then
    address="${BASH_REMATCH[1]}"
    break
  fi
done
[[ -n "$address" ]] || fail "the packaged program did not start"
[[ "$address" == 127.0.0.1:* ]] || fail "the packaged program listens on $address, not on loopback"
[[ -f "$state/bolwerk.db" ]] || fail "the database is not in the state folder"

[[ "$(curl -fsS "http://$address/healthz")" == ok ]] || fail "/healthz did not answer ok"
curl -fsS "http://$address/inloggen" | grep -q "<html lang=\"nl\"" || fail "the sign-in page did not render"
curl -fsS -o /dev/null "http://$address/static/nlds/component-library-css/index.css" \
  || fail "the packaged CSS is not served"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the packaged program did not stop cleanly on SIGTERM"
server_pid=""
cat <&3 >/dev/null || true
echo "package test: passed"
