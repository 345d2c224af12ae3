#!/usr/bin/env bash
# Latency of GET one card and GET a page of cards with 1k, 100k and 1M poll cards stored in the account, the
# sandbox's in-memory read caches off (-Dsandbox.cache=off) so every request reaches the H2 store. Each request
# asks for a random card, or a page at a random position (a keyset cursor into the middle of the list), so the
# database does the work. wrk -t2 -c32 -d${DURATION}s --latency after a warm-up, median of PASSES passes; and the
# size of the database file per million cards.
#
#   bench/scale.sh             # SIZES="1000 100000 1000000" PASSES=3 DURATION=10 WARMUP=5
# Writes bench/target/scale/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 100000 1000000"}
PASSES=${PASSES:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
OUT=$(pwd)/bench/target/scale
mkdir -p "$OUT"
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
# build what is measured, so a jar left from older sources is never benchmarked (SKIP_BUILD=1 to reuse the jars)
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q install -DskipTests
SANDBOX_JVM="-XX:SharedArchiveFile=sandbox/target/creatives-sandbox.jsa -Xmx112m -XX:+UseG1GC -XX:TrimNativeHeapInterval=1000 -Dsandbox.cache=off"

cat > "$OUT/random.lua" <<'LUA'
-- N cards named b<base36 i>; CASE=one reads a random card, CASE=page a page from a random keyset position
local n = tonumber(os.getenv("N"))
local case = os.getenv("CASE")
local first_seq = tonumber(os.getenv("FIRST_SEQ"))
local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
local b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local function base36(i)
  if i == 0 then return "0" end
  local s = ""
  while i > 0 do local d = i % 36; s = digits:sub(d + 1, d + 1) .. s; i = math.floor(i / 36) end
  return s
end
local function base64url(bytes)
  local out, bits, value = "", 0, 0
  for c in bytes:gmatch(".") do
    value = value * 256 + c:byte(); bits = bits + 8
    while bits >= 6 do
      bits = bits - 6
      local idx = math.floor(value / 2 ^ bits) % 64
      out = out .. b64:sub(idx + 1, idx + 1)
    end
    value = value % (2 ^ bits)
  end
  if bits > 0 then local idx = (value * 2 ^ (6 - bits)) % 64; out = out .. b64:sub(idx + 1, idx + 1) end
  return out
end
math.randomseed(os.time())
request = function()
  local i = math.random(0, n - 1)
  if case == "one" then
    return wrk.format("GET", "/12/accounts/18ce54d4x5t/cards/poll/b" .. base36(i))
  end
  return wrk.format("GET", "/12/accounts/18ce54d4x5t/cards/poll?cursor=" .. base64url("\0" .. (first_seq + i)))
end
LUA

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }
median() { sort -g | sed -n "$(( (PASSES + 1) / 2 ))p"; }

{
  echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c32 -d${DURATION}s --latency, warm-up ${WARMUP}s,"
  echo "median of $PASSES passes; java $SANDBOX_JVM; random card / random keyset position per request."
  echo
  echo "| cards | case | req/s | p50 ms | p99 ms |"
  echo "|---:|---|---:|---:|---:|"
} > "$OUT/results.md"
SIZE_LINES=()
for n in $SIZES; do
  dir="$OUT/data-$n"
  rm -rf "$dir"
  t=$(date +%s)
  java -cp bench/target/benchmarks.jar com.xads.creatives.bench.BulkCards "$dir" "$n" > "$OUT/bulk-$n.txt"
  load_s=$(( $(date +%s) - t ))
  java $SANDBOX_JVM -jar sandbox/target/creatives-sandbox.jar --port 18120 --auth none --rate-limits off --data-dir "$dir" \
    > "$OUT/sandbox-$n.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null http://127.0.0.1:18120/openapi.json; do sleep 0.05; done
  # the seq of the first bulk card: cards follow the seed in insertion order
  first_seq=$(( $(curl -s "http://127.0.0.1:18120/12/accounts/18ce54d4x5t/cards/poll?with_total_count=true&count=1" \
    | sed 's/.*"total_count":\([0-9]*\).*/\1/') ))
  first_seq=$(( first_seq > n ? first_seq - n : 1 ))
  for case in one page; do
    N=$n CASE=$case FIRST_SEQ=$first_seq wrk -t2 -c32 -d"${WARMUP}s" -s "$OUT/random.lua" http://127.0.0.1:18120 >/dev/null
    rps=(); p50=(); p99=()
    for _ in $(seq 1 "$PASSES"); do
      out=$(N=$n CASE=$case FIRST_SEQ=$first_seq wrk -t2 -c32 -d"${DURATION}s" --latency -s "$OUT/random.lua" http://127.0.0.1:18120)
      echo "$out" >> "$OUT/wrk-$n-$case.txt"
      rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
      p50+=("$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")")
      p99+=("$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")")
      echo "$out" | grep -q "Non-2xx" && echo "non-2xx answers in $n $case: $(echo "$out" | grep Non-2xx)" >> "$OUT/results.md"
    done
    echo "| $n | $case | $(printf '%s\n' "${rps[@]}" | median) | $(printf '%s\n' "${p50[@]}" | median) | $(printf '%s\n' "${p99[@]}" | median) |" >> "$OUT/results.md"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  bytes=$(du -sb "$dir" | cut -f1)
  SIZE_LINES+=("| $n | $(( bytes / 1024 / 1024 )) MiB | $(awk -v b="$bytes" -v n="$n" 'BEGIN { printf "%.0f", b / n * 1000000 / 1048576 }') MiB | ${load_s} s |")
done
{
  echo
  echo "| cards | data directory | per million cards | bulk load |"
  echo "|---:|---:|---:|---:|"
  printf '%s\n' "${SIZE_LINES[@]}"
} >> "$OUT/results.md"
cat "$OUT/results.md"
