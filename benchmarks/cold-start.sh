#!/usr/bin/env bash
# Whole-process cold start of the sparkapp CLI: times N runs of `java -jar sdk-cli/target/sparkapp.jar`
# on one manifest and on a 1,000-document stream, and prints the median wall time of each: with a plain
# JVM, with the options of the ./sparkapp launcher (C1 only, serial GC), with those and an AppCDS archive
# of the application's classes, and through ./sparkapp itself (which adds its staleness check).
#
# usage: benchmarks/cold-start.sh [RUNS]      (default 11; run from anywhere)
#
# The command is `sparkapp validate FILE` when the CLI has it, else `sparkapp fmt FILE` (read + write).
# AppCDS on JDK 17: a dynamic archive is dumped with -XX:ArchiveClassesAtExit=FILE on one training run
# and used with -XX:SharedArchiveFile=FILE; -XX:+AutoCreateSharedArchive only exists from JDK 19.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-11}"
jar="$root/sdk-cli/target/sparkapp.jar"
work="$root/benchmarks/target/cold-start"
[[ -f "$jar" ]] || { echo "missing $jar: run mvn -B -o -q -pl sdk-cli -am package -DskipTests" >&2; exit 2; }
mkdir -p "$work"

one="$work/spark-pi-with-probes.yaml"
many="$work/spark-pi-with-probes-x1000.yaml"
cp "$root/benchmarks/src/main/resources/dev/sparkapp/benchmarks/spark-pi-with-probes.yaml" "$one"
for _ in $(seq 1000); do echo '---'; cat "$one"; done > "$many"

if java -jar "$jar" --help 2>/dev/null | grep -qE "^ +validate "; then command=validate; else command=fmt; fi

# median_ms JAVA_OPTS... -- FILE : prints the median wall time of $runs runs in milliseconds.
median_ms() {
  local opts=() file
  while [[ "$1" != "--" ]]; do opts+=("$1"); shift; done
  file="$2"
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    # exit 1 means "the input has problems": still a complete run, so it is timed like any other.
    java "${opts[@]}" -jar "$jar" "$command" "$file" >/dev/null || [[ $? -eq 1 ]]
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

archive="$work/sparkapp.jsa"
rm -f "$archive"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$archive" -jar "$jar" "$command" "$many" >/dev/null 2>"$work/cds-dump.log" || [[ $? -eq 1 ]]

echo "cold start: sparkapp $command, median of $runs runs (ms); target <= 500 ms"
printf '  %-34s %8s %8s\n' "JVM options" "1 doc" "1000 docs"
report() {
  local label="$1"; shift
  printf '  %-34s %8s %8s\n' "$label" "$(median_ms "$@" -- "$one")" "$(median_ms "$@" -- "$many")"
}
report "(none)" -Xshare:auto
report "C1 + SerialGC" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
report "C1 + SerialGC + AppCDS" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$archive"

# ./sparkapp itself: same options and archive (its own, dumped on its first run), plus its find(1).
"$root/sparkapp" --version >/dev/null
launcher_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$root/sparkapp" "$command" "$1" >/dev/null || [[ $? -eq 1 ]]
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
printf '  %-34s %8s %8s\n' "./sparkapp" "$(launcher_ms "$one")" "$(launcher_ms "$many")"
