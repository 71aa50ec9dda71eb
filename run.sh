#!/usr/bin/env bash
# Sets up a Debian 12 machine (as root, or with sudo), builds Tagscope and runs its main job:
# tagging the four sample tracks with both networks. Extra arguments go to tagscope-cli tag.
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
samples="$(cmake -L -N build 2>/dev/null | sed -n 's/^TAGSCOPE_REFERENCE_DIR:PATH=//p')/melgrams"
exec build/bin/tagscope-cli tag --model both "$@" \
    "$samples/bensound-cute.npy" "$samples/bensound-actionable.npy" \
    "$samples/bensound-dubstep.npy" "$samples/bensound-thejazzpiano.npy"
