# Shared by the page benchmarks (bench/*_page_bench.sh); source it, do not run it.
#   bench_binary ROOT          prints the `bolwerk` to measure: BOLWERK_BINARY when set
#                              (e.g. to compare with a sanitizer build; its figures are
#                              then not the Release ones), else a Release build in
#                              ROOT/build-bench, built first.
#   start_demo_server BOLWERK NAME
#                              a fresh folder $work (/tmp/bolwerk-NAME-bench.*) with the
#                              demo data on SQLite ($work/demo.json holds the demo's
#                              accounts), `bolwerk serve` on a free loopback port $port,
#                              ready when it returns; stopped and removed on exit.

bench_binary() {
  local root="$1"
  if [[ -n "${BOLWERK_BINARY:-}" ]]; then
    echo "$BOLWERK_BINARY"
    return
  fi
  "$root/scripts/build.sh" "$root/build-bench" -DCMAKE_BUILD_TYPE=Release -DBOLWERK_BUILD_TESTS=OFF -- bolwerk >/dev/null || return 1
  echo "$root/build-bench/src/cli/bolwerk"
}

bench_cleanup() {
  [[ -n "${server_pid:-}" ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}

start_demo_server() {
  local bolwerk="$1" name="$2" database
  work="$(mktemp -d "/tmp/bolwerk-$name-bench.XXXXXX")"
  server_pid=""
  trap bench_cleanup EXIT
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  database="sqlite:$work/bolwerk.db"
  "$bolwerk" --database "$database" --json demo >"$work/demo.json"
  "$bolwerk" --database "$database" serve --listen "127.0.0.1:$port" --drain-seconds 0 >/dev/null 2>"$work/serve.log" &
  server_pid=$!
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.01; done
}
