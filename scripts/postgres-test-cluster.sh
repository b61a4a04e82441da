#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, on 127.0.0.1 only.
#   scripts/postgres-test-cluster.sh start   (prints the environment for the tests)
#   scripts/postgres-test-cluster.sh stop    (stops it at once; the data stays until the next start)
#   scripts/postgres-test-cluster.sh resume  (starts a stopped cluster again on its data)
# BOLWERK_TEST_POSTGRES_SOCKET_ONLY=1 listens on a Unix socket in the cluster's folder
# instead of a TCP port, so a test's own cluster never collides with another's port.
# PostgreSQL refuses to run as root, so under root the cluster runs as `postgres`.
# The superuser `bolwerk_test` gets a random password, written to a file that only
# the owner can read; it never appears on a command line.
set -euo pipefail
port="${BOLWERK_TEST_POSTGRES_PORT:-55432}"
dir="${BOLWERK_TEST_POSTGRES_DIR:-/tmp/bolwerk-test-postgres-$port}"
socket_only="${BOLWERK_TEST_POSTGRES_SOCKET_ONLY:-0}"
bin=/usr/lib/postgresql/15/bin

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}

launch() {
  local listen="-c listen_addresses=127.0.0.1"
  [[ "$socket_only" == 1 ]] && listen="-c listen_addresses=''"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port $listen -k $dir -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 69; }
}

start() {
  stop
  rm -rf "$dir"
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
  chmod 700 "$dir"
  as_owner sh -c "umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > '$dir/password'"
  as_owner "$bin/initdb" -D "$dir/data" -U bolwerk_test --pwfile="$dir/password" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 69; }
  launch
  if [[ "$socket_only" == 1 ]]; then
    echo "export BOLWERK_TEST_POSTGRES_URL=postgresql://bolwerk_test@/postgres?host=$dir&port=$port"
  else
    echo "export BOLWERK_TEST_POSTGRES_URL=postgresql://bolwerk_test@127.0.0.1:$port/postgres"
  fi
  echo "export BOLWERK_TEST_POSTGRES_PASSWORD_FILE=$dir/password"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  resume) launch ;;
  *) echo "usage: $0 start|stop|resume" >&2; exit 2 ;;
esac
