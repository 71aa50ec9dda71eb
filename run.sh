#!/usr/bin/env bash
# Sets up a Debian 12 machine (as root, or with sudo), builds Tagscope and runs its main job:
# tagging the four sample tracks with both networks. Extra arguments go to tagscope-cli tag.
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
samples="$(sed -n 's/^TAGSCOPE_SAMPLES_DIR:PATH=//p' build/CMakeCache.txt)"
exec build/bin/tagscope-cli tag --model both "$@" \
    "$samples/bensound-cute.mp3" "$samples/bensound-actionable.mp3" \
    "$samples/bensound-dubstep.mp3" "$samples/bensound-thejazzpiano.mp3"
