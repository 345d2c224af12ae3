#!/usr/bin/env bash
# Compares JVM flag sets for the sandbox on the cases of bench/http.sh (GET one card, GET the list, a valid POST, an
# invalid POST): for each set, a new sandbox on a new data directory, wrk -t2 -c32 after a warm-up, then req/s, p50,
# p99, the collector's full collections and longest pause during the case, and the peak RSS of the whole run.
# It chose the heap, collector and native-memory trimming of the README's command (see docs/benchmarks.md).
#
#   bench/jvm-flags.sh "-Xmx112m -XX:+UseSerialGC" "-Xmx112m -XX:+UseG1GC"     # DURATION=10 WARMUP=4
# Writes bench/target/jvm-flags/results.md. Run it on an idle machine; port 18130 must be free.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-4}
OUT=$(pwd)/bench/target/jvm-flags
mkdir -p "$OUT"
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
# build what is measured, so a jar left from older sources is never benchmarked (SKIP_BUILD=1 to reuse the jars)
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q install -DskipTests
[ $# -gt 0 ] || { echo "usage: $0 \"JVM flags\" ..." >&2; exit 2; }
echo 'wrk.method = "POST"' > "$OUT/post.lua"

BASE=http://127.0.0.1:18130/12/accounts/18ce54d4x5t/cards/poll
CASES=("get-one GET $BASE/57i8t"
       "list GET $BASE"
       "post-valid POST $BASE?name=bench&duration_in_minutes=60&first_choice=Yes&second_choice=No"
       "post-invalid POST $BASE?name=bench&duration_in_minutes=abc&first_choice=Yes&second_choice=No")

{
  echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t2 -c32 -d${DURATION}s"
  echo "after ${WARMUP}s of warm-up per case, one pass; every set also has -XX:SharedArchiveFile=sandbox/target/creatives-sandbox.jsa."
  echo
  echo "| flags | case | req/s | p50 | p99 | full GCs | longest GC pause |"
  echo "|---|---|---:|---:|---:|---:|---:|"
} > "$OUT/results.md"
RSS_LINES=()
for flags in "$@"; do
  data=$OUT/data; rm -rf "$data"; gclog=$OUT/gc.log; rm -f "$gclog"
  # shellcheck disable=SC2086
  java -XX:SharedArchiveFile=sandbox/target/creatives-sandbox.jsa $flags -Xlog:gc:file="$gclog" \
    -jar sandbox/target/creatives-sandbox.jar --port 18130 --auth none --rate-limits off --data-dir "$data" > "$OUT/sandbox.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null http://127.0.0.1:18130/openapi.json; do sleep 0.05; done
  for c in "${CASES[@]}"; do
    read -r name method url <<< "$c"
    script=(); [ "$method" = POST ] && script=(-s "$OUT/post.lua")
    wrk -t2 -c32 -d"${WARMUP}s" "${script[@]}" "$url" > /dev/null
    from=$(wc -l < "$gclog")
    out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "${script[@]}" "$url")
    gc=$(tail -n +"$((from + 1))" "$gclog" | grep Pause || true)
    echo "| \`$flags\` | $name | $(echo "$out" | awk '/Requests\/sec/ {print $2}') | $(echo "$out" | awk '$1 == "50%" {print $2}') |" \
         "$(echo "$out" | awk '$1 == "99%" {print $2}') | $(echo "$gc" | grep -c "Pause Full" || true) |" \
         "$(echo "$gc" | awk '{print $NF}' | sort -g | tail -1) |" >> "$OUT/results.md"
  done
  RSS_LINES+=("| \`$flags\` | $(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 )) MiB |")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
{
  echo
  echo "| flags | peak RSS |"
  echo "|---|---:|"
  printf '%s\n' "${RSS_LINES[@]}"
} >> "$OUT/results.md"
cat "$OUT/results.md"
