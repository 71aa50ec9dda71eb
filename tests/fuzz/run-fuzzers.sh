#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a bounded time each, from seed corpora made
# from the ground truth in ../shared (and small audio clips cut from it with ffmpeg). Fails on
# any crash, leak, time-out (> 20 s for one input) or oversized allocation (> 300 MB).
#   tests/fuzz/run-fuzzers.sh [BUILD_DIR] [SECONDS_PER_TARGET]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$source_dir/build-fuzz}" && pwd)"
seconds="${2:-60}"
shared="${TAGSCOPE_SHARED_DIR:-$source_dir/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seed() {  # seed TARGET FILE...
    local target="$1"
    shift
    mkdir -p "$work/$target"
    cp "$@" "$work/$target/"
}
seed fuzz_npy "$shared"/audio/*.npy
seed fuzz_keras_weights "$shared"/models/*.hdf5
seed fuzz_calibration "$here"/seeds/calibration/*
seed fuzz_tag_query "$here"/seeds/tag_query/*
seed fuzz_decision_files "$here"/seeds/decision_files/*
mkdir -p "$work/fuzz_audio_decoder"
sample="$shared/audio/bensound-cute.mp3"
for ext in wav flac ogg mp3 m4a opus aiff; do
    ffmpeg -loglevel error -nostdin -t 1.5 -i "$sample" "$work/fuzz_audio_decoder/clip.$ext"
done

status=0
for target in fuzz_npy fuzz_keras_weights fuzz_calibration fuzz_audio_decoder fuzz_tag_query \
    fuzz_decision_files; do
    echo "== $target: ${seconds} s"
    mkdir -p "$work/artifacts-$target"
    if ! (cd "$work" && "$build/bin/$target" -max_total_time="$seconds" -timeout=20 \
            -rss_limit_mb=2560 -malloc_limit_mb=300 -print_final_stats=1 \
            -artifact_prefix="$work/artifacts-$target/" "$work/$target" \
            >"$work/$target.log" 2>&1); then
        status=1
        tail -n 60 "$work/$target.log"
        echo "!! $target found a problem; reproducer(s):"
        ls -l "$work/artifacts-$target"
        mkdir -p "$build/fuzz-findings" && cp -r "$work/artifacts-$target" "$build/fuzz-findings/"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | tr '\n' ' '
    echo
done
exit $status
