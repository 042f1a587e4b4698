#!/usr/bin/env bash
# Builds a large syslog-style file from the Loghub OpenSSH sample for the throughput benchmark (never committed).
# The 2,000 sample lines are repeated until the file reaches the requested size, and the leading syslog timestamps
# are rewritten to a steadily increasing clock (30 lines a second from 1 January), as the issue's reference runs did.
#   bench/make-big-log.sh OUTPUT [SIZE_MIB]   (default 1024 MiB; the corpus is read from ../shared beside the repo)
set -euo pipefail
output=${1:?usage: make-big-log.sh OUTPUT [SIZE_MIB]}
size_mib=${2:-1024}
root="$(cd "$(dirname "$0")/.." && pwd)"
sample="${HINDSIGHT_SHARED:-$root/../shared}/corpus/loghub/OpenSSH/loghub-2.0/OpenSSH_2k.log"
[ -f "$sample" ] || { echo "make-big-log: sample not found: $sample" >&2; exit 2; }
python3 - "$sample" "$output" "$size_mib" <<'PY'
import sys, datetime
sample, output, size_mib = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(sample, encoding="utf-8", errors="replace") as handle:
    # Drop the "Mon dd HH:MM:SS " prefix (16 characters) of every sample line; the clock is rewritten below.
    bodies = [line.rstrip("\n")[16:] for line in handle if len(line) > 16]
target = size_mib * 1024 * 1024
start = datetime.datetime(2024, 1, 1)
written = 0
line_number = 0
with open(output, "w", encoding="utf-8", newline="\n") as out:
    while written < target:
        chunk = []
        for body in bodies:
            moment = start + datetime.timedelta(seconds=line_number // 30)
            chunk.append(f"{moment:%b} {moment.day:2d} {moment:%H:%M:%S} {body}\n")
            line_number += 1
        text = "".join(chunk)
        out.write(text)
        written += len(text.encode("utf-8"))
print(f"{output}: {written / 1048576:.0f} MiB, {line_number:,} lines", file=sys.stderr)
PY
