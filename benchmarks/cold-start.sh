#!/usr/bin/env bash
# Whole-process cold start of the sparkapp CLI against fabric8 generic on the same file: N rounds, each
# running every variant once in turn (so that the machine's load drifts over all of them alike), then the
# median wall time and the median CPU time (user + sys, all threads) of each, and their ratios to the
# baseline's. On a loaded machine read the CPU column: wall time then measures the queue for a core.
#
# Variants (all on testdata/bench/spark-pi-with-probes.yaml, one document):
#   fabric8 generic fmt   java -cp benchmarks.jar dev.sparkapp.benchmarks.Fabric8GenericFmt FILE: fabric8's
#                         generic read + YAML write, with the launcher's JVM options and an AppCDS archive
#                         trained on itself (the same tricks as ./sparkapp, so the ratio is the code's)
#   sparkapp fmt/validate java -jar sdk-cli/target/sparkapp.jar with ./sparkapp's options and archive
#   ./sparkapp fmt        the launcher itself (adds its staleness check, a find(1) over the sources)
#   ... (no options)      a bare java -jar / java -cp, no AppCDS, default JIT and GC
#
# usage: benchmarks/cold-start.sh [ROUNDS]      (default 11; run from anywhere; needs the jars: run.sh builds them)
# AppCDS on JDK 17: a dynamic archive is dumped with -XX:ArchiveClassesAtExit=FILE on one training run
# and used with -XX:SharedArchiveFile=FILE; -XX:+AutoCreateSharedArchive only exists from JDK 19.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-11}"
jar="$root/sdk-cli/target/sparkapp.jar"
bench="$root/benchmarks/target/benchmarks.jar"
work="$root/benchmarks/target/cold-start"
for f in "$jar" "$bench"; do
  [[ -f "$f" ]] || { echo "missing $f: run mvn -B -o -q -pl benchmarks,sdk-cli -am package -DskipTests" >&2; exit 2; }
done
mkdir -p "$work"
one="$work/spark-pi-with-probes.yaml"
cp "$root/testdata/bench/spark-pi-with-probes.yaml" "$one"

jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr)
# ./sparkapp dumps its archive on its first run after a build; this run makes sure it exists.
"$root/sparkapp" --version >/dev/null
sdk_archive="$(ls -t "$root"/sdk-cli/target/sparkapp-*.jsa | head -1)"
f8_archive="$work/fabric8-generic.jsa"
rm -f "$f8_archive"
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$f8_archive" -cp "$bench" dev.sparkapp.benchmarks.Fabric8GenericFmt "$one" \
  >/dev/null 2>"$work/cds-dump.log"

labels=("fabric8 generic fmt (baseline)" "sparkapp fmt" "sparkapp validate" "./sparkapp fmt"
  "fabric8 generic fmt (no options)" "sparkapp fmt (no options)")
run_variant() {
  case "$1" in
    0) java "${jvm[@]}" -XX:SharedArchiveFile="$f8_archive" -cp "$bench" dev.sparkapp.benchmarks.Fabric8GenericFmt "$one" ;;
    1) java "${jvm[@]}" -XX:SharedArchiveFile="$sdk_archive" -jar "$jar" fmt "$one" ;;
    2) java "${jvm[@]}" -XX:SharedArchiveFile="$sdk_archive" -jar "$jar" validate "$one" ;;
    3) "$root/sparkapp" fmt "$one" ;;
    4) java -cp "$bench" dev.sparkapp.benchmarks.Fabric8GenericFmt "$one" ;;
    5) java -jar "$jar" fmt "$one" ;;
  esac
}

times="$work/times.tsv"
: > "$times"
echo "cold start, $rounds rounds; load before: $(uptime | sed 's/.*load average/load average/')"
for _ in $(seq "$rounds"); do
  for v in "${!labels[@]}"; do
    # exit 1 means "the input has problems": still a complete run, so it is timed like any other.
    /usr/bin/time -f "$v %e %U %S" -a -o "$times" bash -c "$(declare -f run_variant); $(declare -p jvm one jar bench root sdk_archive f8_archive); run_variant $v" \
      >/dev/null 2>>"$work/stderr.log" || [[ $? -eq 1 ]]
  done
done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '  %-34s %9s %6s %9s %6s\n' "median of $rounds (ms)" "wall" "ratio" "CPU" "ratio"
base_wall="" base_cpu=""
for v in "${!labels[@]}"; do
  wall=$(awk -v v="$v" '$1 == v {printf "%d\n", $2 * 1000}' "$times" | median)
  cpu=$(awk -v v="$v" '$1 == v {printf "%d\n", ($3 + $4) * 1000}' "$times" | median)
  [[ -n "$base_wall" ]] || { base_wall=$wall; base_cpu=$cpu; }
  printf '  %-34s %9d %5.2fx %9d %5.2fx\n' "${labels[$v]}" "$wall" "$(echo "$wall / $base_wall" | bc -l)" \
    "$cpu" "$(echo "$cpu / $base_cpu" | bc -l)"
done
echo "  (ratio = time / baseline time: below 1.00x is faster than fabric8 generic; target <= 0.85x)"
