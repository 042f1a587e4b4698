#!/usr/bin/env bash
# Peak memory of `hindsight logs parse` on the benchmark file and on ten copies of it end to end (10 GiB): memory must
# not grow with the input. The copies' clocks restart at each join, which the scan counts as backwards timestamps.
#   bench/LogThroughput/flat-memory.sh [FILE]   (default /tmp/hindsight-big.log, built by bench/make-big-log.sh)
# Needs: GNU time (/usr/bin/time), about 11 GiB free beside FILE.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
file=${1:-/tmp/hindsight-big.log}
[ -f "$file" ] || "$root/bench/make-big-log.sh" "$file" 1024
big="${file%.log}-x10.log"
trap 'rm -f "$big"' EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$file"; done > "$big"
# The installed tool, or HINDSIGHT=PATH for another build.
source "$root/bench/hindsight-under-test.sh"
tool=$(mktemp -d)
trap 'rm -f "$big"; rm -rf "$tool"' EXIT
hindsight=$(hindsight_under_test "$tool")
echo "| input | MiB | lines | seconds | peak RSS MiB |"
echo "| --- | ---: | ---: | ---: | ---: |"
for input in "$file" "$big"; do
  report=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$report" "$hindsight" logs parse "$input" --threads 2 --quiet --tz UTC --year 2024 --out /dev/null 2>/dev/null
  read -r seconds peak_kib < "$report"
  rm -f "$report"
  echo "| $(basename "$input") | $(( $(stat -c %s "$input") / 1048576 )) | $(wc -l < "$input") | $seconds | $(( peak_kib / 1024 )) |"
done
