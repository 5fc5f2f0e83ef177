#!/usr/bin/env bash
# Runs the whole benchmark suite and prints the figures as ratios against the fabric8 generic baseline
# measured in the same run, then the bytes allocated per operation (exact, load-independent) and the CLI
# cold start; when an earlier run exists, says whether the two runs agree. The load is recorded beside
# every step.
#
# usage: benchmarks/run.sh [COLD_START_ROUNDS [JMH_OPTIONS...]]   (run from anywhere)
#   COLD_START_ROUNDS: default 11. Environment: JMH_FORKS (forks of the interleaved benchmark per case,
#   default 5), JMH_WARMUP and JMH_ITERATIONS (its 1-s iterations per fork, default 20 and 15); JMH
#   refuses an option given twice, so set these here rather than with -f/-wi/-i among the JMH options.
#   e.g. JMH_FORKS=3 benchmarks/run.sh 5 -p shape=SPARK_PI     (a quicker, less certain run)
# Why interleaved: on this 2-core VM the speed of memory-bound code moves by 20-30 % in plateaus of
# 10-20 s (a plain pointer-chasing loop shows them; a register-only loop stays within 6 %), so forks of
# the SDK and of the baseline run one after the other saw different machines: the same case gave
# 1.24x in one run and 1.46x in the next. InterleavedBenchmark runs the SDK, the baseline and the
# SDK's floor in turn in one fork, in blocks of 20 ms, and times each, so all three see the same plateau;
# a fork's ratio is the baseline's time per call over the SDK's. The ratio settles after 10-17 s of a
# fork (the paths share the JIT), hence 20 warm-up iterations. The report gives the median of the forks
# with their range.
# Time: 4 cases x 5 forks x ~37 s (~13 minutes), ~3 minutes of single forks (floors, 1,000-document
# streams, build and write apart), ~2 minutes of cold start: ~19 minutes in all.
# Results: benchmarks/target/runs/<UTC time>/ (interleaved.json and once-*.json from JMH, ratios.tsv,
# report.txt); benchmarks/target/ratios.txt is a copy of the newest report.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cold_rounds="${1:-11}"
shift || true
forks="${JMH_FORKS:-5}"
warmup="${JMH_WARMUP:-20}"
iterations="${JMH_ITERATIONS:-15}"
runs=benchmarks/target/runs
previous="$(ls -d "$runs"/*/ 2>/dev/null | sort | tail -1 || true)"
out="$runs/$(date -u '+%Y%m%dT%H%M%SZ')"
report="$out/report.txt"
load() { uptime | sed 's/.*load average/load average/'; }
jmh() { java -jar benchmarks/target/benchmarks.jar -w 1s -r 1s -foe true "$@"; }
targets='^dev\.sparkapp\.benchmarks\.(BuildAndWrite|ReadAndValidate)Benchmark\.'

mvn -B -q -pl benchmarks,sdk-cli -am package -DskipTests
mkdir -p "$out"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "JMH: $forks forks per case of InterleavedBenchmark ($warmup warm-up + $iterations measured iterations of 1 s); single forks of 8 + 5"
} | tee "$report"
echo "interleaved; $(load)" | tee -a "$report"
jmh -f "$forks" -wi "$warmup" -i "$iterations" "$@" '^dev\.sparkapp\.benchmarks\.InterleavedBenchmark\.' \
  -rf json -rff "$out/interleaved.json" > "$out/interleaved.log"
echo "single forks; $(load)" | tee -a "$report"
jmh -f 1 -wi 8 -i 5 "$@" "$targets(jacksonMaps|jacksonTree)\$" '^dev\.sparkapp\.benchmarks\.BuildAndWriteStepsBenchmark\.' \
  -p documents=1 -rf json -rff "$out/once-1.json" > "$out/once-1.log"
jmh -f 1 -wi 8 -i 5 "$@" '^dev\.sparkapp\.benchmarks\.ReadAndValidateBenchmark\.(sdk|fabric8Generic)$' -p documents=1000 \
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
