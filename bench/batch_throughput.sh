#!/bin/bash
# Batch throughput of `tagscope-cli tag` (docs/PERFORMANCE.md, "Batch throughput"): the 40 files
# of ~31 s (the four samples ten times each), start-up and weight loading included, run REPEAT
# times; prints each run and the medians: wall time, CPU time (user + sys, the forked weight
# reader included), tracks per second and cores busy (CPU / wall).
# Usage: bench/batch_throughput.sh [CLI] [JOBS] [REPEAT] [more tag options...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$here/build/bin/tagscope-cli}
jobs=${2:-2}
repeat=${3:-5}
shift $(($# < 3 ? $# : 3))
samples=${TAGSCOPE_SAMPLES_DIR:-$here/../shared/audio}
batch=${TMPDIR:-/tmp}/tagscope-batch40
mkdir -p "$batch"
for i in $(seq 10); do
    for t in cute actionable dubstep thejazzpiano; do
        [ -f "$batch/$t-$i.mp3" ] || cp "$samples/bensound-$t.mp3" "$batch/$t-$i.mp3"
    done
done
out=$(mktemp)
trap 'rm -f "$out" "$out.time"' EXIT
"$cli" tag --jobs "$jobs" --format csv -o "$out" "$@" "$batch" # warm the page cache
for r in $(seq "$repeat"); do
    /usr/bin/time -o "$out.time" -f "%e %U %S" "$cli" tag --jobs "$jobs" --format csv -o "$out" \
        "$@" "$batch"
    cat "$out.time"
done | python3 -c '
import statistics, sys
runs = [tuple(map(float, line.split())) for line in sys.stdin]
for wall, user, system in runs:
    print(f"wall {wall:.2f} s  cpu {user + system:.2f} s  {40 / wall:.1f} tracks/s")
wall = statistics.median(r[0] for r in runs)
cpu = statistics.median(r[1] + r[2] for r in runs)
print(f"median: wall {wall:.2f} s, cpu {cpu:.2f} s, {40 / wall:.1f} tracks/s, "
      f"{cpu / wall:.2f} cores busy")
'
