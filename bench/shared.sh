#!/usr/bin/env bash
# A shared sandbox: 1, 2 and 3 instances on one PostgreSQL database, with wrk spread over the instances (one wrk per
# instance, the same total connections), beside the H2 single process, in one run. Cases: GET one card, and POST a
# poll card (a write). Reports req/s (summed) and the worst instance's p99. Needs Debian's postgresql, wrk and
# `mvn -B install -DskipTests`; as root, the PostgreSQL server runs as the postgres user.
#
#   bench/shared.sh                     # DURATION=10 WARMUP=5 CONNECTIONS=32
#
# Writes bench/target/shared/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
OUT=$ROOT/bench/target/shared
JAR=sandbox/target/creatives-sandbox.jar
FLAGS="-XX:SharedArchiveFile=sandbox/target/creatives-sandbox.jsa -Xmx112m -XX:+UseG1GC -XX:TrimNativeHeapInterval=1000 -XX:-UsePerfData"
ONE=/12/accounts/18ce54d4x5t/cards/poll/57i8t
mkdir -p "$OUT"
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PGDIR=$(mktemp -d); PGPORT=18499
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
as_pg "$BIN/initdb" -D "$PGDIR/data" -U sandbox -A trust --locale=C -E UTF8 >/dev/null
as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDIR" start >/dev/null
cleanup() { pkill -f "creatives-sandbox.jar --port 184" || true; as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap cleanup EXIT

cat > "$OUT/post.lua" <<'LUA'
wrk.method = "POST"
wrk.path = "/12/accounts/18ce54d4x5t/cards/poll?name=bench&duration_in_minutes=60&first_choice=a&second_choice=b"
LUA

wait_ready() { for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$1$ONE" && return 0; sleep 0.1; done; return 1; }

# Runs one case against the ports given; prints "req/s p99-ms".
load() {
  local case=$1; shift
  local per=$((CONNECTIONS / $#)) pids=() files=()
  [ "$per" -lt 1 ] && per=1
  for port in "$@"; do
    local script=""; [ "$case" = post ] && script="-s $OUT/post.lua"
    wrk -t1 -c"$per" -d"${WARMUP}s" $script "http://127.0.0.1:$port$ONE" >/dev/null
  done
  for port in "$@"; do
    local script=""; [ "$case" = post ] && script="-s $OUT/post.lua"
    local f; f=$(mktemp); files+=("$f")
    wrk -t1 -c"$per" -d"${DURATION}s" --latency $script "http://127.0.0.1:$port$ONE" > "$f" &
    pids+=($!)
  done
  wait "${pids[@]}"
  cat "${files[@]}" | awk '/Requests\/sec/ {rps += $2} /^ +99%/ {v=$2; ms = (v ~ /us$/) ? v/1000 : (v ~ /ms$/) ? v+0 : v*1000; if (ms > p99) p99 = ms} END {printf "%d %.1f", rps, p99}'
  rm -f "${files[@]}"
}

start_instances() {
  local n=$1 db=$2 ports=()
  for i in $(seq 1 "$n"); do
    local port=$((18400 + i))
    java $FLAGS -jar "$JAR" --port $port --auth none --rate-limits off \
      --database "jdbc:postgresql://127.0.0.1:$PGPORT/$db" --database-user sandbox > "$OUT/instance-$n-$i.log" 2>&1 &
    wait_ready $port
    ports+=($port)
  done
  echo "${ports[@]}"
}

rows=()
h2dir=$(mktemp -d)
java $FLAGS -jar "$JAR" --port 18400 --auth none --rate-limits off --data-dir "$h2dir/d" > "$OUT/h2.log" 2>&1 &
h2=$!
wait_ready 18400
rows+=("| H2, 1 process | $(load get 18400 | awk '{print $1" | "$2}') | $(load post 18400 | awk '{print $1" | "$2}') |")
kill $h2; wait $h2 2>/dev/null || true; rm -rf "$h2dir"

for n in 1 2 3; do
  as_pg "$BIN/createdb" -h 127.0.0.1 -p $PGPORT -U sandbox "bench$n"
  ports=$(start_instances $n "bench$n")
  # shellcheck disable=SC2086
  rows+=("| PostgreSQL, $n instance(s) | $(load get $ports | awk '{print $1" | "$2}') | $(load post $ports | awk '{print $1" | "$2}') |")
  pkill -f "creatives-sandbox.jar --port 184" || true; sleep 1
done

{
  echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $("$BIN/postgres" --version | awk '{print $3}');"
  echo "wrk: $CONNECTIONS connections in all, split over the instances (one wrk -t1 each), ${WARMUP} s warm-up, ${DURATION} s measured; --auth none --rate-limits off."
  echo
  echo "| store | GET one card req/s | GET p99 ms | POST poll card req/s | POST p99 ms |"
  echo "|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} > "$OUT/results.md"
cat "$OUT/results.md"
