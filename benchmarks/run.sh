#!/usr/bin/env bash
# Runs the whole benchmark suite in one go (about 7.5 minutes on 2 cores) and prints the figures as ratios
# against the fabric8 generic baseline measured in the same run, then the CLI cold start.
#
# usage: benchmarks/run.sh [COLD_START_RUNS]    (default 5; run from anywhere)
# Results: benchmarks/target/jmh-result.json (raw JMH), benchmarks/target/ratios.txt (the report).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -pl benchmarks,sdk-cli -am package -DskipTests
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
java -jar benchmarks/target/benchmarks.jar -f 1 -wi 4 -i 3 -w 2s -r 2s \
  -rf json -rff benchmarks/target/jmh-result.json
java -cp benchmarks/target/benchmarks.jar dev.sparkapp.benchmarks.RatioReport benchmarks/target/jmh-result.json \
  | tee benchmarks/target/ratios.txt
benchmarks/cold-start.sh "${1:-5}" | tee -a benchmarks/target/ratios.txt
