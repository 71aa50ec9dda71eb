#!/usr/bin/env bash
# Installs everything Tagscope needs to build, test, run and package on Debian 12.
# Idempotent: packages already present are skipped by apt-get; run as root (or via sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git file clang-format
  # engine
  libeigen3-dev libfftw3-dev libhdf5-dev libopenblas-dev
  libavformat-dev libavcodec-dev libavutil-dev libswresample-dev libsoxr-dev libsqlite3-dev libxxhash-dev
  libtag1-dev libsndfile1-dev
  # tagscope-cli explain --png writes PNG files (libpng)
  libpng-dev
  # GUI (Qt 6 Widgets, Multimedia, Charts, Svg, LinguistTools)
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-charts-dev qt6-svg-dev
  libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libgl-dev
  # playback backend (nothing depends on these, but QMediaPlayer hangs without them)
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  # test_playback plays into its own PulseAudio daemon (a null sink); pactl lists its streams
  pulseaudio pulseaudio-utils
  # tests, benchmarks, headless display, packaging checks
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev
  ffmpeg xvfb xauth fonts-dejavu-core
  # the tag-writing tests read the written fields back with mutagen (what Picard uses)
  python3 python3-mutagen
  desktop-file-utils appstream dpkg-dev fakeroot librsvg2-bin
  # the report tests run under a comma-decimal locale (de_DE.UTF-8)
  locales
  # the cluster test runs a single-node Slurm (slurmctld, slurmd, munge authentication)
  slurm-wlm munge iproute2
  # fuzzing (libFuzzer needs clang and its runtime; the fuzz preset)
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ((${#missing[@]} > 0)); then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# de_DE.UTF-8 for the report tests (numbers must not follow the locale's decimal comma).
if ! locale -a | grep -qix 'de_DE.utf8'; then
  if [ -f /etc/locale.gen ]; then
    $SUDO sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  fi
  grep -qx 'de_DE.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'de_DE.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  $SUDO locale-gen >/dev/null
fi
