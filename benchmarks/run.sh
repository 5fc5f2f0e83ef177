#!/usr/bin/env bash
# Runs the whole benchmark suite in one go and prints the figures as ratios, with their errors, against
# the fabric8 generic baseline measured in the same run; then the bytes allocated per operation (exact,
# load-independent) and the CLI cold start. The machine's load is recorded beside every step.
#
# usage: benchmarks/run.sh [COLD_START_ROUNDS [JMH_OPTIONS...]]   (default 11; run from anywhere)
#   e.g. benchmarks/run.sh 11 -p documents=1     (skip the 1,000-document streams)
# Time: 18 benchmarks x 3 forks x (4 + 5) s plus JVM starts, about 15 minutes on an idle 2-core machine,
# then about 2 minutes of cold start per 11 rounds.
# Results: benchmarks/target/jmh-result.json (raw JMH), benchmarks/target/ratios.txt (the report).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds="${1:-11}"
shift || true
report=benchmarks/target/ratios.txt
load() { uptime | sed 's/.*load average/load average/'; }

mvn -B -q -pl benchmarks,sdk-cli -am package -DskipTests
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "JMH: 3 forks x (4 warm-up + 5 measured iterations of 1 s); load before: $(load)"
} | tee "$report"
# Three forks: a fork's JIT decisions move a score by 10-20 % on their own; JMH's error (99.9 % interval)
# then spans all three, and the ratios below carry it.
java -jar benchmarks/target/benchmarks.jar -f 3 -wi 4 -i 5 -w 1s -r 1s "$@" \
  -rf json -rff benchmarks/target/jmh-result.json
echo "load after JMH: $(load)" | tee -a "$report"
java -cp benchmarks/target/benchmarks.jar dev.sparkapp.benchmarks.RatioReport benchmarks/target/jmh-result.json \
  | tee -a "$report"
java -XX:-DoEscapeAnalysis -cp benchmarks/target/benchmarks.jar dev.sparkapp.benchmarks.AllocationProfile \
  | tee -a "$report"
benchmarks/cold-start.sh "$rounds" | tee -a "$report"
