#!/usr/bin/env bash
# JMH: schema validation of documented responses (compiled schemas reused) and the client's JSON (de)serialization
# of the largest documented payloads. Writes bench/target/jmh.txt.
#   bench/jmh.sh            # extra JMH options may follow, e.g. bench/jmh.sh -f 2
set -euo pipefail
cd "$(dirname "$0")/.."
# build what is measured, so a jar left from older sources is never benchmarked (SKIP_BUILD=1 to reuse the jars)
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q install -DskipTests
java -jar bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s -tu s -rf text -rff bench/target/jmh.txt "$@" \
  'SchemaValidationBenchmark|ClientJsonBenchmark'
cat bench/target/jmh.txt
