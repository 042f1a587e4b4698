#!/usr/bin/env bash
# Speed of `hindsight lint` on 1,000 documents, one core: the installed tool (precompiled), each round run cold (an
# empty cache folder: no spelling answers, no start-up profiles) and then warm (the cache the cold run left), then one
# file warm. The documents are the shared corpus's post-mortems, read in place through symbolic links, round robin.
#   bench/LintPrecision/speed.sh [CORPUS]   (default ../shared/corpus)   ROUNDS=N (default 3)
#   HINDSIGHT=PATH measures another build instead of the installed tool.
# Needs: GNU time (/usr/bin/time), taskset (util-linux), hunspell with en_US and en_GB.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus=$(realpath "${1:-$root/../shared/corpus}")
rounds=${ROUNDS:-3}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
source "$root/bench/hindsight-under-test.sh"
hindsight=$(hindsight_under_test "$scratch")

docs=()
for doc in "$corpus"/postmortems/*.md; do
  [ "$(basename "$doc")" = SOURCES.md ] || docs+=("$doc")
done
mkdir -p "$scratch/docs"
for n in $(seq 0 999); do ln -s "${docs[n % ${#docs[@]}]}" "$scratch/docs/doc$n.md"; done

timed() { # label, cache folder, files...: prints wall and CPU seconds (user + system) of one lint run
  local label=$1 cache=$2; shift 2
  local report
  report=$(mktemp)
  local status=0
  XDG_CACHE_HOME=$cache /usr/bin/time -f "%e %U %S" -o "$report" taskset -c 1 "$hindsight" lint "$@" > /dev/null 2>&1 || status=$?
  if [ "$status" -gt 1 ]; then
    # 0 and 1 are lint's answers (no findings, findings); anything else is a run that did not finish its work.
    echo "speed.sh: hindsight lint exited $status" >&2
    exit 1
  fi
  # GNU time writes "Command exited with non-zero status 1" first when lint has findings; the figures are last.
  read -r wall user system < <(tail -n 1 "$report")
  rm -f "$report"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$system" 'BEGIN { printf "| %s | %.2f | %.2f |\n", l, w, u + s }'
}

echo "${#docs[@]} documents, 1,000 files, one core, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | wall s | CPU s |"
echo "| --- | ---: | ---: |"
for round in $(seq "$rounds"); do
  cache="$scratch/cache$round"
  timed "1,000 files, cold (round $round)" "$cache" "$scratch"/docs/*.md
  timed "1,000 files, warm (round $round)" "$cache" "$scratch"/docs/*.md
  timed "1 file, warm (round $round)" "$cache" "$scratch/docs/doc0.md"
done
