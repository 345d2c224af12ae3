#!/usr/bin/env bash
# Start-up to the first answer of one or more sandbox jars, alternated run by run so both see the same machine:
# each run takes a new data directory (so seeding is included) and the README's JVM flags, and is timed from the
# exec to the first 200 of GET /12/accounts/18ce54d4x5t/cards/poll.
# usage: RUNS=4 bench/start.sh sandbox/target/creatives-sandbox.jar [other.jar ...]
set -euo pipefail
RUNS=${RUNS:-4}
port=19100
for run in $(seq 1 "$RUNS"); do
  line="run $run:"
  for jar in "$@"; do
    dir=$(mktemp -d)
    port=$((port + 1))
    start=$(date +%s%N)
    java -XX:SharedArchiveFile="${jar%.jar}.jsa" -Xmx112m -XX:+UseG1GC -XX:TrimNativeHeapInterval=1000 -XX:-UsePerfData \
      -jar "$jar" --port "$port" --auth none --data-dir "$dir" >/dev/null 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/12/accounts/18ce54d4x5t/cards/poll")" = 200 ]; do
      sleep 0.01
    done
    line="$line $jar $(( ($(date +%s%N) - start) / 1000000 )) ms;"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$dir"
  done
  echo "$line"
done
