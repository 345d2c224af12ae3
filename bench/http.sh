#!/usr/bin/env bash
# Sandbox vs Stoplight Prism (mocking the same bundled spec) vs nginx (the same response bytes, the ceiling of this
# machine) vs bare Grizzly with the same bytes (the ceiling of the sandbox's HTTP layer), side by side in one run:
# wrk -t2 -c32 -d15s --latency after a warm-up, for GET one card, GET a list, a valid POST and an invalid POST;
# req/s, p50, p99 as the median of PASSES passes; start-up time and peak RSS. Then the cost of OAuth 1.0a
# verification: a load client that signs every request (fresh nonce) against a sandbox that verifies, and the same
# client unsigned against one that does not.
#
#   bench/http.sh                  # PASSES=3 DURATION=15 WARMUP=5 by default
# Writes bench/target/http/results.md. Run it on an idle machine; nothing else should be listening on 18100-18105.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PASSES=${PASSES:-3}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
PRISM_VERSION=5.16.0
OUT=$ROOT/bench/target/http
mkdir -p "$OUT"

# --- tools -------------------------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"; fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PRISM=$OUT/prism/node_modules/.bin/prism
[ -x "$PRISM" ] || npm install --no-audit --no-fund --prefix "$OUT/prism" "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
# build what is measured, so a jar left from older sources is never benchmarked (SKIP_BUILD=1 to reuse the jars)
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q install -DskipTests
SPEC=$ROOT/spec/target/classes/openapi/openapi.yaml
# the README's command
SANDBOX_JVM_NO_ARCHIVE="-Xmx112m -XX:+UseG1GC -XX:TrimNativeHeapInterval=1000 -XX:-UsePerfData"
SANDBOX_JVM="-XX:SharedArchiveFile=sandbox/target/creatives-sandbox.jsa $SANDBOX_JVM_NO_ARCHIVE"

ACCOUNT_PATH=/accounts/18ce54d4x5t/cards/poll
declare -A CASE_METHOD=([get-one]=GET [list]=GET [post-valid]=POST [post-invalid]=POST)
declare -A CASE_PATH=(
  [get-one]="$ACCOUNT_PATH/57i8t"
  [list]="$ACCOUNT_PATH"
  [post-valid]="$ACCOUNT_PATH?name=bench&duration_in_minutes=60&first_choice=Yes&second_choice=No"
  [post-invalid]="$ACCOUNT_PATH?name=bench&duration_in_minutes=abc&first_choice=Yes&second_choice=No")
CASES=(get-one list post-valid post-invalid)

now_ms() { date +%s%3N; }

# Waits until URL answers (any HTTP status); prints the milliseconds since $1.
wait_ready() {
  local since=$1 url=$2
  for _ in $(seq 1 1500); do
    if curl -s -o /dev/null "$url"; then echo $(( $(now_ms) - since )); return 0; fi
    sleep 0.01
  done
  echo "server at $url did not start" >&2; return 1
}

rss_mib() { # peak resident set of the processes, in MiB
  local total=0
  for pid in "$@"; do
    local kb; kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    total=$(( total + ${kb:-0} ))
  done
  echo $(( total / 1024 ))
}

to_ms() { # wrk latency such as 512.00us, 1.20ms, 1.02s -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}

cat > "$OUT/post.lua" <<'LUA'
wrk.method = "POST"
LUA

# Runs one case: warm-up, then PASSES passes; prints "req/s p50 p99" as medians.
measure() {
  local base=$1 case=$2 script=()
  [ "${CASE_METHOD[$case]}" = POST ] && script=(-s "$OUT/post.lua")
  local url="$base${CASE_PATH[$case]}"
  [ "$base" = "http://127.0.0.1:18102" ] && url="$base/$case"
  [ "$base" = "http://127.0.0.1:18105" ] && url="$base/$case"
  wrk -t2 -c32 -d"${WARMUP}s" "${script[@]}" "$url" >/dev/null
  local rps=() p50=() p99=()
  for _ in $(seq 1 "$PASSES"); do
    local out; out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "${script[@]}" "$url")
    echo "$out" >> "$OUT/wrk-$(basename "$base")-$case.txt"
    rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
    p50+=("$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")")
    p99+=("$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")")
  done
  echo "$(printf '%s\n' "${rps[@]}" | sort -g | sed -n "$(( (PASSES + 1) / 2 ))p")" \
       "$(printf '%s\n' "${p50[@]}" | sort -g | sed -n "$(( (PASSES + 1) / 2 ))p")" \
       "$(printf '%s\n' "${p99[@]}" | sort -g | sed -n "$(( (PASSES + 1) / 2 ))p")"
}

declare -A RESULT START RSS FULL_GCS
GC_LOG=$OUT/sandbox-gc.log
run_server() { # name base pids...
  local name=$1 base=$2; shift 2
  for case in "${CASES[@]}"; do
    local before=0; [ "$name" = sandbox ] && before=$(grep -c "Pause Full" "$GC_LOG" || true)
    RESULT[$name,$case]=$(measure "$base" "$case")
    [ "$name" = sandbox ] && FULL_GCS[$case]=$(( $(grep -c "Pause Full" "$GC_LOG" || true) - before ))
    echo "$name $case: ${RESULT[$name,$case]}"
  done
  RSS[$name]=$(rss_mib "$@")
}

# --- sandbox -----------------------------------------------------------------------------------------------------
rm -rf "$OUT/sandbox-data" "$GC_LOG"
t=$(now_ms)
java $SANDBOX_JVM -Xlog:gc:file="$GC_LOG" -jar sandbox/target/creatives-sandbox.jar --port 18100 --auth none --rate-limits off --data-dir "$OUT/sandbox-data" \
  > "$OUT/sandbox.log" 2>&1 &
SANDBOX=$!
START[sandbox]=$(wait_ready "$t" "http://127.0.0.1:18100/openapi.json")
# the bytes nginx serves: what the sandbox answers to each case
mkdir -p "$OUT/nginx/logs"
for case in "${CASES[@]}"; do
  curl -s -X "${CASE_METHOD[$case]}" "http://127.0.0.1:18100/12${CASE_PATH[$case]}" -o "$OUT/nginx/$case.json" \
    -D "$OUT/nginx/$case.headers" -w "%{http_code}" > "$OUT/nginx/$case.status"
done
run_server sandbox http://127.0.0.1:18100/12 "$SANDBOX"
kill "$SANDBOX"; wait "$SANDBOX" 2>/dev/null || true

# --- Prism -------------------------------------------------------------------------------------------------------
t=$(now_ms)
"$PRISM" mock -p 18101 "$SPEC" > "$OUT/prism.log" 2>&1 &
PRISM_PID=$!
START[prism]=$(wait_ready "$t" "http://127.0.0.1:18101${CASE_PATH[get-one]}")
run_server prism http://127.0.0.1:18101 $(pgrep -P "$PRISM_PID" || true) "$PRISM_PID"
kill "$PRISM_PID"; pkill -f "prism mock -p 18101" || true

# --- nginx -------------------------------------------------------------------------------------------------------
{
  echo "worker_processes auto; daemon off; pid $OUT/nginx/nginx.pid; error_log $OUT/nginx/logs/error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; server { listen 127.0.0.1:18102;"
  for case in "${CASES[@]}"; do
    body=$(sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g" "$OUT/nginx/$case.json")
    echo "  location = /$case { default_type application/json; return $(cat "$OUT/nginx/$case.status") '$body'; }"
  done
  echo "} }"
} > "$OUT/nginx/nginx.conf"
t=$(now_ms)
"$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" &
NGINX_PID=$!
START[nginx]=$(wait_ready "$t" "http://127.0.0.1:18102/get-one")
run_server nginx http://127.0.0.1:18102 "$NGINX_PID" $(pgrep -P "$NGINX_PID" || true)
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true

# --- bare Grizzly: the sandbox's HTTP layer with fixed answers (no JAX-RS, no contract check, no store) ------------
java $SANDBOX_JVM_NO_ARCHIVE -cp bench/target/benchmarks.jar com.xads.creatives.bench.BareGrizzly 18105 "$OUT/nginx" \
  > "$OUT/grizzly.log" 2>&1 &
GRIZZLY_PID=$!
t=$(now_ms)
START[grizzly]=$(wait_ready "$t" "http://127.0.0.1:18105/get-one")
run_server grizzly http://127.0.0.1:18105 "$GRIZZLY_PID"
kill "$GRIZZLY_PID"; wait "$GRIZZLY_PID" 2>/dev/null || true

# --- signatures ----------------------------------------------------------------------------------------------------
signed_run() { # auth mode (oauth|none), client mode (sign|plain), port
  rm -rf "$OUT/sandbox-$1"
  java $SANDBOX_JVM -jar sandbox/target/creatives-sandbox.jar --port "$3" --auth "$1" --rate-limits off --data-dir "$OUT/sandbox-$1" \
    > "$OUT/sandbox-$1.log" 2>&1 &
  local pid=$!
  wait_ready "$(now_ms)" "http://127.0.0.1:$3/openapi.json" >/dev/null
  local lines=()
  for _ in $(seq 1 "$PASSES"); do
    lines+=("$(java -cp bench/target/benchmarks.jar com.xads.creatives.bench.SignedLoad \
      "http://127.0.0.1:$3/12${CASE_PATH[get-one]}" 32 "$DURATION" "$WARMUP" "$2")")
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%s\n' "${lines[@]}" | sort -t' ' -k4 -g | sed -n "$(( (PASSES + 1) / 2 ))p"
}
SIGNED=$(signed_run oauth sign 18103)
UNSIGNED=$(signed_run none plain 18104)

# --- report --------------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
{
  echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t2 -c32 -d${DURATION}s --latency,"
  echo "warm-up ${WARMUP}s, median of $PASSES passes. Prism $PRISM_VERSION, $("$NGINX" -v 2>&1). Sandbox: java $SANDBOX_JVM,"
  echo "--auth none --rate-limits off, on a new data directory."
  echo
  echo "| case | server | req/s | p50 ms | p99 ms |"
  echo "|---|---|---:|---:|---:|"
  for case in "${CASES[@]}"; do
    for name in sandbox prism nginx grizzly; do
      read -r rps p50 p99 <<< "${RESULT[$name,$case]}"
      echo "| $case | $name | $rps | $p50 | $p99 |"
    done
  done
  echo
  echo "| case | sandbox / Prism req/s | sandbox / nginx req/s | sandbox p99 / nginx p99 | bare Grizzly / nginx req/s |"
  echo "|---|---:|---:|---:|---:|"
  for case in "${CASES[@]}"; do
    read -r s_rps _ s_p99 <<< "${RESULT[sandbox,$case]}"
    read -r p_rps _ _ <<< "${RESULT[prism,$case]}"
    read -r n_rps _ n_p99 <<< "${RESULT[nginx,$case]}"
    read -r g_rps _ _ <<< "${RESULT[grizzly,$case]}"
    echo "| $case | $(ratio "$s_rps" "$p_rps") | $(ratio "$s_rps" "$n_rps") | $(ratio "$s_p99" "$n_p99") | $(ratio "$g_rps" "$n_rps") |"
  done
  echo
  echo "| server | start-up ms (launch to first answer) | peak RSS MiB |"
  echo "|---|---:|---:|"
  for name in sandbox prism nginx grizzly; do echo "| $name | ${START[$name]} | ${RSS[$name]} |"; done
  echo
  echo "Sandbox, full collections during each case (warm-up and passes; longest pause of the run" \
       "$(grep Pause "$GC_LOG" | awk '{print $NF}' | sort -g | tail -1)):" \
       "$(for case in "${CASES[@]}"; do printf '%s %s; ' "$case" "${FULL_GCS[$case]}"; done)"
  echo "Sandbox answers that close the connection (\`Connection: close\`):" \
       "$(for case in "${CASES[@]}"; do grep -qi '^connection: close' "$OUT/nginx/$case.headers" && printf '%s ' "$case"; done)"
  echo
  echo "OAuth 1.0a verification, GET one card, 32 threads of the Java load client (median pass):"
  echo
  echo "- signed, verified (--auth oauth): $SIGNED"
  echo "- unsigned, not verified (--auth none): $UNSIGNED"
} > "$OUT/results.md"
cat "$OUT/results.md"
