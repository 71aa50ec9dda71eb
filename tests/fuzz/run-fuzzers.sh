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
seed fuzz_result_store "$here"/seeds/result_store/*
# A whole valid store (the target makes it with the store's own API, so it follows the schema).
TAGSCOPE_FUZZ_STORE_SEED="$work/fuzz_result_store/store.bin" "$build/bin/fuzz_result_store"
mkdir -p "$work/fuzz_audio_decoder"
sample="$shared/audio/bensound-cute.mp3"
for ext in wav flac ogg mp3 m4a opus aiff; do
    ffmpeg -loglevel error -nostdin -t 1.5 -i "$sample" "$work/fuzz_audio_decoder/clip.$ext"
done

# One target: its log, its findings copied next to the build; returns non-zero on a finding.
run_target() {
    local target="$1"
    mkdir -p "$work/artifacts-$target"
    if ! (cd "$work" && "$build/bin/$target" -max_total_time="$seconds" -timeout=20 \
            -rss_limit_mb=2560 -malloc_limit_mb=300 -print_final_stats=1 \
            -artifact_prefix="$work/artifacts-$target/" "$work/$target" \
            >"$work/$target.log" 2>&1); then
        mkdir -p "$build/fuzz-findings" && cp -r "$work/artifacts-$target" "$build/fuzz-findings/"
        return 1
    fi
}

report() {  # report TARGET STATUS
    local target="$1"
    echo "== $target: ${seconds} s"
    if [ "$2" != 0 ]; then
        tail -n 60 "$work/$target.log"
        echo "!! $target found a problem; reproducer(s):"
        ls -l "$work/artifacts-$target"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | tr '\n' ' '
    echo
}

# Two targets at a time (one per core), each for the full time.
status=0
set -- fuzz_npy fuzz_keras_weights fuzz_calibration fuzz_audio_decoder fuzz_tag_query \
    fuzz_decision_files fuzz_result_store
while [ $# -gt 0 ]; do
    first="$1"
    second="${2:-}"
    shift $(($# > 1 ? 2 : 1))
    run_target "$first" &
    first_pid=$!
    second_status=0
    if [ -n "$second" ]; then run_target "$second" || second_status=$?; fi
    first_status=0
    wait "$first_pid" || first_status=$?
    report "$first" "$first_status"
    [ -n "$second" ] && report "$second" "$second_status"
    [ "$first_status" = 0 ] && [ "$second_status" = 0 ] || status=1
done
exit $status
