#!/usr/bin/env bash
# The JUnit extension's cost to a test class: a sandbox started in a new JVM the way SandboxExtension starts it
# (in-process, a new temporary data directory, signatures checked), then 20 resets as before each test.
# RUNS fresh JVMs (default 5); prints each run and the medians. Needs `mvn -B install -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
OUT=bench/target/harness
mkdir -p "$OUT"
: > "$OUT/raw"
for _ in $(seq 1 "$RUNS"); do
  java -Xmx256m -cp bench/target/benchmarks.jar com.xads.creatives.bench.HarnessTimes 20 2>/dev/null | tee -a "$OUT/raw"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "Run on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1); $RUNS fresh JVMs, 20 resets each" > "$OUT/results.md"
echo "start ms (median): $(awk '{print $2}' "$OUT/raw" | median); reset ms (median of medians): $(awk '{print $4}' "$OUT/raw" | median); slowest reset ms: $(awk '{print $6}' "$OUT/raw" | sort -n | tail -1)" >> "$OUT/results.md"
cat "$OUT/results.md"
