#!/usr/bin/env bash
# Throughput and memory of `hindsight logs parse` beside wc -l, cat and lnav on one big file (warm cache).
#   bench/LogThroughput/run.sh [FILE]   (default: builds /tmp/hindsight-big.log, 1 GiB, with bench/make-big-log.sh)
#   ROUNDS=N bench/LogThroughput/run.sh  repeats lnav and hindsight N times (default 1), one after the other, so that
#                                        the ratios of one round were measured under the same machine load
# Needs: the .NET SDK, python3, lnav (Debian package), GNU time (/usr/bin/time, Debian package time), taskset (util-linux).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
file=${1:-/tmp/hindsight-big.log}
[ -f "$file" ] || "$root/bench/make-big-log.sh" "$file" 1024
# The installed tool, or HINDSIGHT=PATH for another build.
source "$root/bench/hindsight-under-test.sh"
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
hindsight=$(hindsight_under_test "$tool")
bytes=$(stat -c %s "$file")
lines=$(wc -l < "$file")
cat "$file" > /dev/null # warm the page cache
# One untimed run records the start-up JIT profile that later runs replay (src/Hindsight.Cli/StartupJitProfile.cs).
warmup=$(mktemp)
head -c 1048576 "$file" > "$warmup"
taskset -c 0,1 "$hindsight" logs parse "$warmup" --threads 2 --quiet --tz UTC --year 2024 --out /dev/null 2>/dev/null
rm -f "$warmup"

measure() { # name, command...: prints one Markdown row from GNU time's wall clock and peak RSS
  local name=$1; shift
  local report
  report=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$report" "$@" > /dev/null 2>&1
  read -r seconds peak_kib < "$report"
  rm -f "$report"
  awk -v n="$name" -v s="$seconds" -v k="$peak_kib" -v l="$lines" -v b="$bytes" 'BEGIN {
    printf "| %s | %.2f | %.2f | %.0f | %.0f |\n", n, s, l / s / 1e6, b / s / 1048576, k / 1024 }'
}

echo "file: $file, $((bytes / 1048576)) MiB, $lines lines, $(nproc) cores, lnav $(lnav -V | awk '{print $2}'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| tool | seconds | M lines/s | MiB/s | peak RSS MiB |"
echo "| --- | ---: | ---: | ---: | ---: |"
measure "wc -l" wc -l "$file"
measure "cat > /dev/null" cat "$file"
for round in $(seq 1 "${ROUNDS:-1}"); do
  suffix=""
  [ "${ROUNDS:-1}" -gt 1 ] && suffix=" (round $round)"
  measure "lnav -n (index, count lines)$suffix" lnav -n -c ';SELECT count(*) FROM all_logs' "$file"
  measure "hindsight logs parse, 1 core$suffix" taskset -c 0 "$hindsight" logs parse "$file" --threads 1 --quiet --tz UTC --year 2024 --out /dev/null
  measure "hindsight logs parse, 2 cores$suffix" taskset -c 0,1 "$hindsight" logs parse "$file" --threads 2 --quiet --tz UTC --year 2024 --out /dev/null
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
