#!/usr/bin/env bash
# Sets up a Debian 12 machine (as root, or with sudo), builds Tagscope and runs its main job:
# the desktop app with the four sample tracks loaded and tagged. Arguments (files, folders)
# are opened instead. Without a display, tagscope says so and points to tagscope-cli.
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
exec build/bin/tagscope "$@"
