#!/usr/bin/env bash
# Installs everything Tagscope needs to build, test, run and package on Debian 12.
# Idempotent: packages already present are skipped by apt-get; run as root (or via sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git file clang-format
  # engine
  libeigen3-dev libfftw3-dev libhdf5-dev libopenblas-dev
  libavformat-dev libavcodec-dev libavutil-dev libswresample-dev libsoxr-dev
  # GUI (Qt 6 Widgets, Multimedia, Charts, Svg, LinguistTools)
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-charts-dev qt6-svg-dev
  libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libgl-dev
  # playback backend (nothing depends on these, but QMediaPlayer hangs without them)
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  # tests, benchmarks, headless display, packaging checks
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev
  ffmpeg xvfb xauth fonts-dejavu-core
  desktop-file-utils appstream dpkg-dev fakeroot librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
