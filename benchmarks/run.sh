#!/usr/bin/env bash
# Runs the whole benchmark suite and prints the figures as ratios against the fabric8 generic baseline
# measured in the same run, then the bytes allocated per operation (exact, load-independent) and the CLI
# cold start; when an earlier run exists, says whether the two runs agree. The load is recorded beside
# every step.
#
# usage: benchmarks/run.sh [COLD_START_ROUNDS [JMH_OPTIONS...]]   (run from anywhere)
#   COLD_START_ROUNDS: default 11. Environment: JMH_ROUNDS (paired rounds, default 5), JMH_WARMUP and
#   JMH_ITERATIONS (1-s iterations per fork, default 8 and 5); JMH refuses an option given twice, so
#   set these here rather than with -wi/-i among the JMH options.
#   e.g. JMH_ROUNDS=3 benchmarks/run.sh 5 -p shape=SPARK_PI     (a quicker, less certain run)
# Why rounds: on this 2-core VM one fork's score moves by 20-40 % from fork to fork (its JIT, and what
# the machine does that minute), and the SDK needs about 8 s of warm-up before its score settles (its
# first 1-s iterations are 38 ms, 2 ms, 0.7 ms, 0.3 ms ... 0.1 ms per operation). So each round measures
# one fork of the SDK and one of the baseline per case, close together, their order alternating from
# round to round, each with 8 warm-up and 5 measured iterations of 1 s; a round's ratio compares only
# scores of that round, and the report gives the median of the rounds with their range.
# Time: 8 forks of ~15 s per round (5 rounds: ~10 minutes), ~5 minutes of single forks (floors,
# 1,000-document streams, build and write apart), ~2 minutes of cold start: ~18 minutes in all.
# Results: benchmarks/target/runs/<UTC time>/ (round-K-*.json and once-*.json from JMH, ratios.tsv,
# report.txt); benchmarks/target/ratios.txt is a copy of the newest report.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cold_rounds="${1:-11}"
shift || true
rounds="${JMH_ROUNDS:-5}"
warmup="${JMH_WARMUP:-8}"
iterations="${JMH_ITERATIONS:-5}"
runs=benchmarks/target/runs
previous="$(ls -d "$runs"/*/ 2>/dev/null | sort | tail -1 || true)"
out="$runs/$(date -u '+%Y%m%dT%H%M%SZ')"
report="$out/report.txt"
load() { uptime | sed 's/.*load average/load average/'; }
jmh() { java -jar benchmarks/target/benchmarks.jar -f 1 -w 1s -r 1s -foe true "$@"; }
targets='^dev\.sparkapp\.benchmarks\.(BuildAndWrite|ReadAndValidate)Benchmark\.'

mvn -B -q -pl benchmarks,sdk-cli -am package -DskipTests
mkdir -p "$out"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "JMH: $rounds paired rounds of one fork per path and case ($warmup warm-up + $iterations measured iterations of 1 s)"
} | tee "$report"
for round in $(seq "$rounds"); do
  echo "round $round of $rounds; $(load)" | tee -a "$report"
  if (( round % 2 == 1 )); then order=(fabric8Generic sdk); else order=(sdk fabric8Generic); fi
  for method in "${order[@]}"; do
    jmh -wi "$warmup" -i "$iterations" -p documents=1 "$@" "$targets$method\$" \
      -rf json -rff "$out/round-$round-$method.json" > "$out/round-$round-$method.log"
  done
done
echo "single forks; $(load)" | tee -a "$report"
jmh -wi "$warmup" -i "$iterations" "$@" "$targets(jacksonMaps|jacksonTree)\$" '^dev\.sparkapp\.benchmarks\.BuildAndWriteStepsBenchmark\.' \
  -p documents=1 -rf json -rff "$out/once-1.json" > "$out/once-1.log"
jmh -wi "$warmup" -i "$iterations" "$@" '^dev\.sparkapp\.benchmarks\.ReadAndValidateBenchmark\.(sdk|fabric8Generic)$' -p documents=1000 \
  -rf json -rff "$out/once-1000.json" > "$out/once-1000.log"
echo "load after JMH: $(load)" | tee -a "$report"
java -cp benchmarks/target/benchmarks.jar dev.sparkapp.benchmarks.RatioReport "$out" | tee -a "$report"
java -XX:-DoEscapeAnalysis -cp benchmarks/target/benchmarks.jar dev.sparkapp.benchmarks.AllocationProfile \
  | tee -a "$report"
benchmarks/cold-start.sh "$cold_rounds" | tee -a "$report"
if [[ -n "$previous" && -f "$previous/ratios.tsv" ]]; then
  echo "against the previous run ($(basename "$previous")):" | tee -a "$report"
  java -cp benchmarks/target/benchmarks.jar dev.sparkapp.benchmarks.RatioReport --compare "$previous" "$out" \
    | tee -a "$report" || true
fi
cp "$report" benchmarks/target/ratios.txt
