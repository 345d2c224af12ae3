#!/usr/bin/env bash
# What durable writes cost: the same sandbox jar, started the README's way, once with the store writing every commit
# to its file before the answer (the default) and once with H2's own background writing (-Dsandbox.writeDelayMs=500,
# how the sandbox ran before), side by side in one run. wrk -t2 -c32 -d${DURATION}s --latency on a valid POST of a
# poll card and of a Draft Tweet after a warm-up; req/s, p50, p99 as the median of PASSES passes.
#
#   bench/durability.sh            # PASSES=3 DURATION=15 WARMUP=5; SKIP_BUILD=1 reuses the jars
# Writes bench/target/durability/results.md. Nothing else should be listening on 18110-18111.
set -euo pipefail
cd "$(dirname "$0")/.."
PASSES=${PASSES:-3}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
OUT=$(pwd)/bench/target/durability
mkdir -p "$OUT"
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q install -DskipTests
SANDBOX_JVM="-XX:SharedArchiveFile=sandbox/target/creatives-sandbox.jsa -Xmx112m -XX:+UseG1GC -XX:TrimNativeHeapInterval=1000"
declare -A CASE_PATH=(
  [poll-card]="/12/accounts/18ce54d4x5t/cards/poll?name=bench&duration_in_minutes=60&first_choice=Yes&second_choice=No"
  [draft-tweet]="/12/accounts/18ce54d4x5t/draft_tweets?as_user_id=756201191646691328&text=bench")
CASES=(poll-card draft-tweet)
echo 'wrk.method = "POST"' > "$OUT/post.lua"

median() { sort -g | sed -n "$(( (PASSES + 1) / 2 ))p"; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

declare -A RESULT
run() { # name port extra-jvm-flags
  local name=$1 port=$2 flags=$3
  rm -rf "$OUT/data-$name"
  # shellcheck disable=SC2086
  java $SANDBOX_JVM $flags -jar sandbox/target/creatives-sandbox.jar --port "$port" --auth none --rate-limits off \
    --data-dir "$OUT/data-$name" > "$OUT/sandbox-$name.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1500); do curl -s -o /dev/null "http://127.0.0.1:$port/openapi.json" && break; sleep 0.01; done
  for case in "${CASES[@]}"; do
    local url="http://127.0.0.1:$port${CASE_PATH[$case]}"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url")" = 200 ] || { echo "$name $case: not 200" >&2; exit 1; }
    wrk -t2 -c32 -d"${WARMUP}s" -s "$OUT/post.lua" "$url" > /dev/null
    local rps=() p50=() p99=()
    for _ in $(seq 1 "$PASSES"); do
      local out; out=$(wrk -t2 -c32 -d"${DURATION}s" --latency -s "$OUT/post.lua" "$url")
      echo "$out" >> "$OUT/wrk-$name-$case.txt"
      rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
      p50+=("$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")")
      p99+=("$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")")
    done
    RESULT[$name,$case]="$(printf '%s\n' "${rps[@]}" | median) $(printf '%s\n' "${p50[@]}" | median) $(printf '%s\n' "${p99[@]}" | median)"
    echo "$name $case: ${RESULT[$name,$case]}"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
run durable 18110 ""
run delayed 18111 "-Dsandbox.writeDelayMs=500"

{
  echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t2 -c32 -d${DURATION}s --latency,"
  echo "warm-up ${WARMUP}s, median of $PASSES passes; java $SANDBOX_JVM, --auth none --rate-limits off, new data directories."
  echo
  echo "| case | writes | req/s | p50 ms | p99 ms |"
  echo "|---|---|---:|---:|---:|"
  for case in "${CASES[@]}"; do
    for name in durable delayed; do
      read -r rps p50 p99 <<< "${RESULT[$name,$case]}"
      echo "| $case | $name | $rps | $p50 | $p99 |"
    done
  done
} > "$OUT/results.md"
cat "$OUT/results.md"
