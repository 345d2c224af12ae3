#!/usr/bin/env bash
# A shared sandbox: 1, 2 and 3 instances on one PostgreSQL database beside the H2 single process, in one run. Each
# shared case is loaded two ways: through HAProxy (Debian's haproxy with the README's configuration), as an
# organisation would run it, and with wrk spread over the instances (one wrk per instance, the same connections in
# all), which leaves the balancer's own cost out. Cases: GET one card, POST a poll card (a write). Reports req/s,
# p99, the CPU each part used during the measured seconds (sandbox JVMs, PostgreSQL, HAProxy, in % of one core),
# and how many of PostgreSQL's active backends were waiting on a lock, sampled every 0.1 s. Under the 3-instance load
# it records EXPLAIN ANALYZE of the statements a request runs. Needs Debian's postgresql, haproxy and wrk (installed
# when missing) and `mvn -B install -DskipTests`; as root, the PostgreSQL server runs as the postgres user.
#
#   bench/shared.sh                     # DURATION=10 WARMUP=5 CONNECTIONS=32
#   LB_CONFIG=my-haproxy.cfg bench/shared.sh   # another HAProxy configuration (default: the README's)
#
# Writes bench/target/shared/results.md and bench/target/shared/explain-under-load.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
LB_CONFIG=${LB_CONFIG:-examples/shared-sandbox/haproxy.cfg}
OUT=$ROOT/bench/target/shared
JAR=sandbox/target/creatives-sandbox.jar
FLAGS="-XX:SharedArchiveFile=sandbox/target/creatives-sandbox.jsa -Xmx112m -XX:+UseG1GC -XX:TrimNativeHeapInterval=1000 -XX:-UsePerfData"
ONE=/12/accounts/18ce54d4x5t/cards/poll/57i8t
LB_PORT=18480
TICKS=$(getconf CLK_TCK)
mkdir -p "$OUT"
for tool in wrk haproxy; do
  command -v $tool >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q $tool >/dev/null
done
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PGDIR=$(mktemp -d); PGPORT=18499
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
as_pg "$BIN/initdb" -D "$PGDIR/data" -U sandbox -A trust --locale=C -E UTF8 >/dev/null
as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDIR" start >/dev/null
PG_MAIN=$(head -1 "$PGDIR/data/postmaster.pid")
psql_bench() { psql -X -q -A -t -h 127.0.0.1 -p $PGPORT -U sandbox -d "$1" -c "$2"; }
stop_lb() { [ -f "$OUT/haproxy.pid" ] && kill "$(cat "$OUT/haproxy.pid")" 2>/dev/null || true; rm -f "$OUT/haproxy.pid"; }
cleanup() { stop_lb; pkill -f "creatives-sandbox.jar --port 184" || true; as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap cleanup EXIT

cat > "$OUT/post.lua" <<'LUA'
wrk.method = "POST"
wrk.path = "/12/accounts/18ce54d4x5t/cards/poll?name=bench&duration_in_minutes=60&first_choice=a&second_choice=b"
LUA

wait_ready() { for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$1$ONE" && return 0; sleep 0.1; done; return 1; }

# CPU ticks (user + system) used so far by the processes given.
ticks() { local sum=0 p; for p in "$@"; do [ -r /proc/$p/stat ] && sum=$((sum + $(awk '{print $14 + $15}' /proc/$p/stat))); done; echo $sum; }
pg_pids() { echo "$PG_MAIN $(pgrep -P "$PG_MAIN" | tr '\n' ' ')"; }

# HAProxy in front of the ports given: $LB_CONFIG (the README's unless told otherwise) with its frontend on
# $LB_PORT and one server line per port.
start_lb() {
  {
    sed -e "s/127.0.0.1:8080/127.0.0.1:$LB_PORT/" -e '/^  server sandbox/d' "$LB_CONFIG"
    local i=0
    for port in "$@"; do i=$((i + 1)); echo "  server sandbox$i 127.0.0.1:$port check inter 1s"; done
  } > "$OUT/haproxy.cfg"
  haproxy -f "$OUT/haproxy.cfg" -D -p "$OUT/haproxy.pid"
  wait_ready $LB_PORT
}

# Loads one case (get or post) on the targets (ports) with the connections split over them, while counting the CPU
# of the given sandbox, PostgreSQL and HAProxy processes and sampling lock waits in database $DB (none for H2).
# Prints "req/s | p99 ms | sandbox % | PostgreSQL % | HAProxy % | lock waits".
load() {
  local case=$1 sandboxes=$2; shift 2
  local per=$((CONNECTIONS / $#)) pids=() files=() script=""
  [ "$per" -lt 1 ] && per=1
  [ "$case" = post ] && script="-s $OUT/post.lua"
  for port in "$@"; do
    # shellcheck disable=SC2086
    wrk -t1 -c"$per" -d"${WARMUP}s" $script "http://127.0.0.1:$port$ONE" >/dev/null &
    pids+=($!)
  done
  wait "${pids[@]}"; pids=()
  local pg="" lb=""
  [ -n "$DB" ] && pg=$(pg_pids)
  [ -f "$OUT/haproxy.pid" ] && lb=$(cat "$OUT/haproxy.pid")
  # shellcheck disable=SC2086
  local s0 p0 l0; s0=$(ticks $sandboxes); p0=$(ticks $pg); l0=$(ticks $lb)
  local samples=$OUT/locks.txt; : > "$samples"
  if [ -n "$DB" ]; then
    ( end=$((SECONDS + DURATION)); while [ $SECONDS -lt $end ]; do
        psql_bench "$DB" "SELECT count(*) FILTER (WHERE wait_event_type = 'Lock'), count(*) FROM pg_stat_activity
          WHERE datname = '$DB' AND state = 'active' AND pid <> pg_backend_pid()" >> "$samples" 2>/dev/null || true
        sleep 0.1
      done ) &
    local sampler=$!
  fi
  for port in "$@"; do
    local f; f=$(mktemp); files+=("$f")
    # shellcheck disable=SC2086
    wrk -t1 -c"$per" -d"${DURATION}s" --latency $script "http://127.0.0.1:$port$ONE" > "$f" &
    pids+=($!)
  done
  wait "${pids[@]}"
  [ -n "$DB" ] && wait "$sampler"
  # shellcheck disable=SC2086
  local s1 p1 l1; s1=$(ticks $sandboxes); p1=$(ticks $pg); l1=$(ticks $lb)
  local cpu; cpu=$(awk -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v l=$((l1 - l0)) -v t="$TICKS" -v d="$DURATION" \
    'BEGIN {printf "%.0f | %.0f | %.0f", s / t / d * 100, p / t / d * 100, l / t / d * 100}')
  local locks; locks=$(awk -F'|' '{w += $1; a += $2} END {if (a > 0) printf "%d of %d (%.0f%%)", w, a, w / a * 100; else print "-"}' "$samples")
  local figures; figures=$(cat "${files[@]}" | awk '/Requests\/sec/ {rps += $2} /^ +99%/ {v=$2; ms = (v ~ /us$/) ? v/1000 : (v ~ /ms$/) ? v+0 : v*1000; if (ms > p99) p99 = ms} END {printf "%d | %.1f", rps, p99}')
  rm -f "${files[@]}"
  echo "$figures | $cpu | $locks"
}

start_instances() {
  local n=$1 db=$2 ports=()
  for i in $(seq 1 "$n"); do
    local port=$((18400 + i))
    java $FLAGS -jar "$JAR" --port $port --auth none --rate-limits off \
      --database "jdbc:postgresql://127.0.0.1:$PGPORT/$db" --database-user sandbox > "$OUT/instance-$n-$i.log" 2>&1 &
  done
  for i in $(seq 1 "$n"); do wait_ready $((18400 + i)); ports+=($((18400 + i))); done
  echo "${ports[@]}"
}
sandbox_pids() { pgrep -f "creatives-sandbox.jar --port 184" | tr '\n' ' '; }

explain_under_load() {
  local db=$1 key
  key=$(psql_bench "$db" "SELECT window_key FROM rate_windows ORDER BY used DESC LIMIT 1")
  {
    echo "# EXPLAIN ANALYZE in database $db while wrk loads GET one card through HAProxy over 3 instances,"
    echo "# after the POST load added $(psql_bench "$db" "SELECT count(*) FROM objects WHERE kind = 'poll_card'") poll cards"
    echo
    echo "## GET one card: the object by its key"
    psql_bench "$db" "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM objects WHERE kind = 'poll_card' AND account = '18ce54d4x5t' AND id = '57i8t'"
    echo
    echo "## A page of the account's poll cards (keyset, created_at order)"
    psql_bench "$db" "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM objects WHERE kind = 'poll_card' AND account = '18ce54d4x5t' AND deleted = FALSE ORDER BY kind, account, seq LIMIT 201"
    echo
    echo "## The rate-limit draw every request makes (SqlDialect.drawFromWindow), on the busiest window (rolled back)"
    psql_bench "$db" "BEGIN; EXPLAIN (ANALYZE, BUFFERS) INSERT INTO rate_windows (window_key, window_start, used)
      SELECT '$key', (SELECT window_start FROM rate_windows WHERE window_key = '$key'), 1
      WHERE set_config('synchronous_commit', 'off', true) = 'off'
      ON CONFLICT (window_key) DO UPDATE SET used = CASE WHEN rate_windows.window_start = EXCLUDED.window_start
      THEN rate_windows.used + 1 ELSE 1 END, window_start = EXCLUDED.window_start RETURNING used; ROLLBACK;"
  } > "$OUT/explain-under-load.txt" 2>&1
}

rows=()
h2dir=$(mktemp -d)
java $FLAGS -jar "$JAR" --port 18400 --auth none --rate-limits off --data-dir "$h2dir/d" > "$OUT/h2.log" 2>&1 &
h2=$!
wait_ready 18400
DB=""
rows+=("| H2, 1 process | direct | $(load get "$h2" 18400) | $(load post "$h2" 18400) |")
kill $h2; wait $h2 2>/dev/null || true; rm -rf "$h2dir"

for n in 1 2 3; do
  DB="bench$n"
  as_pg "$BIN/createdb" -h 127.0.0.1 -p $PGPORT -U sandbox "$DB"
  ports=$(start_instances $n "$DB")
  # shellcheck disable=SC2086
  start_lb $ports
  sandboxes=$(sandbox_pids)
  get_lb=$(load get "$sandboxes" $LB_PORT)
  post_lb=$(load post "$sandboxes" $LB_PORT)
  if [ "$n" = 3 ]; then
    # one more GET load through the balancer, once the POST load has added its cards, for the plans under load
    ( sleep 3; explain_under_load "$DB" ) &
    explainer=$!
    load get "$sandboxes" $LB_PORT >/dev/null
    wait $explainer
  fi
  rows+=("| PostgreSQL, $n instance(s) | HAProxy | $get_lb | $post_lb |")
  stop_lb
  # shellcheck disable=SC2086
  rows+=("| PostgreSQL, $n instance(s) | wrk spread | $(load get "$sandboxes" $ports) | $(load post "$sandboxes" $ports) |")
  pkill -f "creatives-sandbox.jar --port 184" || true; sleep 1
done

{
  echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $("$BIN/postgres" --version | awk '{print $3}'), $(haproxy -v | head -1 | awk '{print $1, $3}');"
  echo "wrk: $CONNECTIONS connections in all (one wrk -t1; spread: one per instance), ${WARMUP} s warm-up, ${DURATION} s measured; --auth none --rate-limits off."
  echo "CPU in % of one core over the measured seconds; lock waits: sampled active backends waiting on a lock."
  echo
  echo "| store | in front | GET one card req/s | GET p99 ms | GET CPU sandbox % | GET CPU PostgreSQL % | GET CPU HAProxy % | GET lock waits | POST poll card req/s | POST p99 ms | POST CPU sandbox % | POST CPU PostgreSQL % | POST CPU HAProxy % | POST lock waits |"
  echo "|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} > "$OUT/results.md"
cat "$OUT/results.md"
