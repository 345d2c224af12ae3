#!/usr/bin/env bash
# Cold and warm, side by side in one run: the sandbox (the README's JVM flags; one or more builds), Stoplight Prism
# mocking the bundled spec, and WireMock serving the same response bytes from a stub. For each server and run: start
# it on a new data directory (milliseconds to its first answer), load GET one card with wrk at once, one-second slices
# for COLD seconds (the cold figures, one per second), then WARMUP seconds more and DURATION seconds measured (warm).
# RUNS fresh starts per server, servers alternated; the medians are reported.
#
#   bench/cold.sh                                   # RUNS=3 COLD=10 WARMUP=4 DURATION=10, the sandbox of this tree
#   SANDBOXES="before=/tmp/before/sandbox/target/creatives-sandbox.jar after=sandbox/target/creatives-sandbox.jar" \
#     bench/cold.sh                                 # several builds in the same run
#   SANDBOX_FLAGS_c1="-XX:TieredStopAtLevel=1" SANDBOXES="... c1=sandbox/target/creatives-sandbox.jar" bench/cold.sh
#
# Writes bench/target/cold/results.md. Needs wrk, npm (Prism) and Maven (WireMock's jar); nothing else should be
# listening on 18200-18209.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-3}
COLD=${COLD:-10}
WARMUP=${WARMUP:-4}
DURATION=${DURATION:-10}
PRISM_VERSION=5.16.0
WIREMOCK_VERSION=3.13.1
OUT=$ROOT/bench/target/cold
mkdir -p "$OUT"
SANDBOXES=${SANDBOXES:-"sandbox=sandbox/target/creatives-sandbox.jar"}
README_FLAGS="-Xmx112m -XX:+UseG1GC -XX:TrimNativeHeapInterval=1000 -XX:-UsePerfData"
PATH_ONE=/12/accounts/18ce54d4x5t/cards/poll/57i8t
SPEC=$ROOT/spec/target/classes/openapi/openapi.yaml

command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
PRISM=$ROOT/bench/target/http/prism/node_modules/.bin/prism
[ -x "$PRISM" ] || npm install --no-audit --no-fund --prefix "$ROOT/bench/target/http/prism" "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
WIREMOCK=$OUT/wiremock-standalone-$WIREMOCK_VERSION.jar
[ -f "$WIREMOCK" ] || mvn -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION -DoutputDirectory="$OUT"
[ -f "$SPEC" ] || mvn -B -q install -DskipTests

now_ms() { date +%s%3N; }

# Prints the milliseconds from $1 until URL answers 200.
wait_ready() {
  local since=$1 url=$2
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then echo $(( $(now_ms) - since )); return 0; fi
    sleep 0.01
  done
  echo "server at $url did not answer 200" >&2; return 1
}

rps() { wrk -t2 -c32 -d"$1s" "$2" | awk '/Requests\/sec/ {printf "%d", $2}'; }

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# Loads a started server: cold slices, then warm; appends "start cold1 .. coldN warm" to $OUT/raw-NAME.
measure() {
  local name=$1 url=$2 start=$3 line="$3"
  for _ in $(seq 1 "$COLD"); do line="$line $(rps 1 "$url")"; done
  wrk -t2 -c32 -d"${WARMUP}s" "$url" >/dev/null
  line="$line $(rps "$DURATION" "$url")"
  echo "$line" >> "$OUT/raw-$name"
  echo "$name: $line"
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# The response bytes WireMock serves: what the sandbox answers.
capture_body() {
  local jar=$1 dir; dir=$(mktemp -d)
  java $README_FLAGS -jar "$jar" --port 18209 --auth none --rate-limits off --data-dir "$dir/data" >/dev/null 2>&1 &
  local pid=$!
  wait_ready "$(now_ms)" "http://127.0.0.1:18209$PATH_ONE" >/dev/null
  curl -s "http://127.0.0.1:18209$PATH_ONE" > "$OUT/get-one.json"
  stop "$pid"; rm -rf "$dir"
  mkdir -p "$OUT/wiremock/mappings" "$OUT/wiremock/__files"
  cp "$OUT/get-one.json" "$OUT/wiremock/__files/get-one.json"
  cat > "$OUT/wiremock/mappings/get-one.json" <<JSON
{"request": {"method": "GET", "urlPath": "$PATH_ONE"},
 "response": {"status": 200, "bodyFileName": "get-one.json", "headers": {"Content-Type": "application/json"}}}
JSON
}

names=()
declare -A JAR
for entry in $SANDBOXES; do names+=("${entry%%=*}"); JAR[${entry%%=*}]=${entry#*=}; done
rm -f "$OUT"/raw-*
capture_body "${JAR[${names[0]}]}"

for run in $(seq 1 "$RUNS"); do
  port=18200
  for name in "${names[@]}"; do
    jar=${JAR[$name]}
    flags_var="SANDBOX_FLAGS_$name"; extra=${!flags_var:-}
    archive="$(dirname "$jar")/creatives-sandbox.jsa"
    cds=""; [ -f "$archive" ] && cds="-XX:SharedArchiveFile=$archive"
    data=$(mktemp -d)
    t=$(now_ms)
    java $cds $README_FLAGS $extra -jar "$jar" --port $port --auth none --rate-limits off --data-dir "$data/d" > "$OUT/$name.log" 2>&1 &
    pid=$!
    start=$(wait_ready "$t" "http://127.0.0.1:$port$PATH_ONE")
    measure "$name" "http://127.0.0.1:$port$PATH_ONE" "$start"
    stop "$pid"; rm -rf "$data"
    port=$((port + 1))
  done
  t=$(now_ms)
  java -jar "$WIREMOCK" --port 18207 --bind-address 127.0.0.1 --root-dir "$OUT/wiremock" --disable-banner \
    --no-request-journal > "$OUT/wiremock.log" 2>&1 &
  pid=$!
  measure wiremock "http://127.0.0.1:18207$PATH_ONE" "$(wait_ready "$t" "http://127.0.0.1:18207$PATH_ONE")"
  stop "$pid"
  t=$(now_ms)
  "$PRISM" mock -h 127.0.0.1 -p 18208 "$SPEC" > "$OUT/prism.log" 2>&1 &
  pid=$!
  # Prism serves the spec's paths without the /12 of the servers' URL
  measure prism "http://127.0.0.1:18208${PATH_ONE#/12}" "$(wait_ready "$t" "http://127.0.0.1:18208${PATH_ONE#/12}")"
  stop "$pid"; pkill -f "prism mock -h 127.0.0.1 -p 18208" || true
done

{
  echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1); GET one card, wrk -t2 -c32;"
  echo "cold: ${COLD} one-second slices from the first answer; warm: ${DURATION} s after ${WARMUP} s more; median of $RUNS fresh starts."
  echo "Sandboxes: java [-XX:SharedArchiveFile=...] $README_FLAGS -jar ... --auth none --rate-limits off, a new data directory."
  echo "Prism $PRISM_VERSION (mock of the bundled spec), WireMock $WIREMOCK_VERSION standalone (a stub with the sandbox's bytes)."
  echo
  header="| server | start ms |"; rule="|---|---:|"
  for s in $(seq 1 "$COLD"); do header="$header s$s |"; rule="$rule---:|"; done
  echo "$header cold mean | warm | cold mean / Prism | warm / Prism |"
  echo "$rule---:|---:|---:|---:|"
  declare -A COLD_MEAN WARM
  for name in "${names[@]}" wiremock prism; do
    cols=$((COLD + 2))
    row="| $name | $(cut -d' ' -f1 "$OUT/raw-$name" | median) |"
    sum=0
    for c in $(seq 2 $((COLD + 1))); do
      m=$(cut -d' ' -f"$c" "$OUT/raw-$name" | median); row="$row $m |"; sum=$((sum + m))
    done
    COLD_MEAN[$name]=$((sum / COLD))
    WARM[$name]=$(cut -d' ' -f"$cols" "$OUT/raw-$name" | median)
    echo "$row ${COLD_MEAN[$name]} | ${WARM[$name]} | ROW_COLD_$name | ROW_WARM_$name |"
  done
} > "$OUT/results.tmp"
PRISM_COLD=$(grep '^| prism ' "$OUT/results.tmp" | awk -F'|' -v n=$((COLD + 4)) '{print $n+0}')
PRISM_WARM=$(grep '^| prism ' "$OUT/results.tmp" | awk -F'|' -v n=$((COLD + 5)) '{print $n+0}')
while IFS= read -r line; do
  if [[ $line =~ ROW_COLD_([a-z0-9_-]+) ]]; then
    c=$(echo "$line" | awk -F'|' -v n=$((COLD + 4)) '{print $n+0}')
    w=$(echo "$line" | awk -F'|' -v n=$((COLD + 5)) '{print $n+0}')
    line=${line/ROW_COLD_${BASH_REMATCH[1]}/$(awk -v a="$c" -v b="$PRISM_COLD" 'BEGIN {printf "%.1fx", a / b}')}
    line=${line/ROW_WARM_${BASH_REMATCH[1]}/$(awk -v a="$w" -v b="$PRISM_WARM" 'BEGIN {printf "%.1fx", a / b}')}
  fi
  echo "$line"
done < "$OUT/results.tmp" > "$OUT/results.md"
rm -f "$OUT/results.tmp"
cat "$OUT/results.md"
