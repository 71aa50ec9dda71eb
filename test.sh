#!/usr/bin/env bash
# Sets up a Debian 12 machine (as root, or with sudo), builds Tagscope and runs all its tests.
# TAGSCOPE_PRESET picks the CMake preset (default "default"; CI uses "ci": warnings are errors).
set -euo pipefail
cd "$(dirname "$0")"
preset="${TAGSCOPE_PRESET:-default}"
packaging/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --preset "$preset" -j2
