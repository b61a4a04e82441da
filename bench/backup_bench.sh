#!/usr/bin/env bash
# Backup and restore times (issue #19 item 3) on the demo and on the demo plus 20,000
# risks (imported through the risk CSV import), on SQLite and on PostgreSQL, each with a
# reference measured in the same run: `sqlite3 .backup` / a plain file copy for SQLite,
# raw `pg_dump --format=custom` / `pg_restore` of the same database for PostgreSQL.
#   bench/backup_bench.sh [BOLWERK_BINARY]   (default build-release/src/cli/bolwerk)
# PostgreSQL: a throwaway cluster on BOLWERK_BENCH_POSTGRES_PORT (default 55470).
# Prints one line per measurement: dataset, backend, operation, seconds, bytes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bolwerk="${1:-$root/build-release/src/cli/bolwerk}"
[[ -x "$bolwerk" ]] || { echo "error: no bolwerk at $bolwerk (scripts/package-deb.sh builds one)" >&2; exit 69; }
risks="${BOLWERK_BENCH_RISKS:-20000}"
port="${BOLWERK_BENCH_POSTGRES_PORT:-55470}"
work="$(mktemp -d)"
cluster_started=""
cleanup() {
  [[ -z "$cluster_started" ]] || BOLWERK_TEST_POSTGRES_PORT="$port" "$root/scripts/postgres-test-cluster.sh" stop
  rm -rf "$work"
}
trap cleanup EXIT

# Seconds taken by a command, to the millisecond.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$start $end" | awk '{printf "%.3f", $2 - $1}'
}
report() { printf '%-14s %-10s %-26s %8s s %12s bytes\n' "$1" "$2" "$3" "$4" "$5"; }

risk_csv() {
  echo "title,owner,inherent_likelihood,impact_financieel,impact_imago,treatment,planned_measures"
  for ((i = 1; i <= risks; ++i)); do
    echo "Risico $i,Eigenaar $((i % 50)),$((i % 4 + 1)),$((i % 3 + 1)),$((i % 4 + 1)),verminderen,Maatregel $i"
  done
}
risk_csv > "$work/risks.csv"

# Sets up the dataset in the database of BOLWERK_DATABASE.
fill() {
  "$bolwerk" demo >/dev/null
  if [[ "$1" == large ]]; then "$bolwerk" risk import --org 1 "$work/risks.csv" >/dev/null; fi
}

bench_sqlite() {
  local dataset="$1" folder="$work/sqlite-$1"
  mkdir -p "$folder"
  export BOLWERK_DATABASE="sqlite:$folder/bolwerk.db"
  fill "$dataset"
  local took
  took=$(seconds "$bolwerk" backup --out "$folder/backup")
  report "$dataset" sqlite "bolwerk backup" "$took" "$(stat -c %s "$folder/backup")"
  took=$(seconds sqlite3 "$folder/bolwerk.db" ".backup '$folder/reference.db'")
  report "$dataset" sqlite "reference: sqlite3 .backup" "$took" "$(stat -c %s "$folder/reference.db")"
  export BOLWERK_DATABASE="sqlite:$folder/restored.db"
  took=$(seconds "$bolwerk" restore "$folder/backup")
  report "$dataset" sqlite "bolwerk restore" "$took" "$(stat -c %s "$folder/restored.db")"
  took=$(seconds cp "$folder/reference.db" "$folder/copied.db")
  report "$dataset" sqlite "reference: cp" "$took" "$(stat -c %s "$folder/copied.db")"
  unset BOLWERK_DATABASE
}

bench_postgres() {
  local dataset="$1"
  local base="postgresql://bolwerk_test@127.0.0.1:$port"
  PGPASSFILE="$work/pgpass" createdb -h 127.0.0.1 -p "$port" -U bolwerk_test "bench_$dataset"
  PGPASSFILE="$work/pgpass" createdb -h 127.0.0.1 -p "$port" -U bolwerk_test "restored_$dataset"
  PGPASSFILE="$work/pgpass" createdb -h 127.0.0.1 -p "$port" -U bolwerk_test "reference_$dataset"
  export BOLWERK_DATABASE="$base/bench_$dataset"
  fill "$dataset"
  local took
  took=$(seconds "$bolwerk" backup --out "$work/pg-$dataset.backup")
  report "$dataset" postgresql "bolwerk backup" "$took" "$(stat -c %s "$work/pg-$dataset.backup")"
  took=$(seconds env PGPASSFILE="$work/pgpass" pg_dump --format=custom -h 127.0.0.1 -p "$port" -U bolwerk_test \
    --file="$work/pg-$dataset.dump" "bench_$dataset")
  report "$dataset" postgresql "reference: pg_dump -Fc" "$took" "$(stat -c %s "$work/pg-$dataset.dump")"
  export BOLWERK_DATABASE="$base/restored_$dataset"
  took=$(seconds "$bolwerk" restore "$work/pg-$dataset.backup")
  report "$dataset" postgresql "bolwerk restore" "$took" "-"
  took=$(seconds env PGPASSFILE="$work/pgpass" pg_restore --no-owner --single-transaction -h 127.0.0.1 -p "$port" \
    -U bolwerk_test --dbname="reference_$dataset" "$work/pg-$dataset.dump")
  report "$dataset" postgresql "reference: pg_restore" "$took" "-"
  unset BOLWERK_DATABASE
}

echo "bolwerk backup/restore benchmark: demo, and demo + $risks risks ($(nproc) cores)"
for dataset in demo large; do bench_sqlite "$dataset"; done

eval "$(BOLWERK_TEST_POSTGRES_PORT="$port" "$root/scripts/postgres-test-cluster.sh" start)"
cluster_started=1
export BOLWERK_DATABASE_PASSWORD_FILE="$BOLWERK_TEST_POSTGRES_PASSWORD_FILE"
(umask 077; echo "*:*:*:*:$(cat "$BOLWERK_TEST_POSTGRES_PASSWORD_FILE")" > "$work/pgpass")
for dataset in demo large; do bench_postgres "$dataset"; done
