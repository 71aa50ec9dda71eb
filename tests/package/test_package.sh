#!/usr/bin/env bash
# Builds the Debian package from this build tree, unpacks it into a throwaway root and checks
# that the installed programs work with no access to the source or build tree.
# Usage: test_package.sh BUILD_DIR SAMPLE_MP3
set -euo pipefail
build=$1
sample=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/pkg/tagscope_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6multimedia6 libavcodec libhdf5 libopenblas gstreamer1.0-plugins-good gstreamer1.0-libav libqt6svg6 libpng16-16; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/tagscope usr/bin/tagscope-cli \
         usr/share/tagscope/models/cnn_weights_tensorflow.hdf5 \
         usr/share/tagscope/models/rnn_weights_theano.hdf5 \
         usr/share/tagscope/calibration/cnn_weights_tensorflow.calibration.json \
         usr/share/applications/io.github.tagscope.Tagscope.desktop \
         usr/share/metainfo/io.github.tagscope.Tagscope.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.tagscope.Tagscope.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.tagscope.Tagscope.png \
         usr/share/man/man1/tagscope.1.gz usr/share/man/man1/tagscope-cli.1.gz \
         usr/share/doc/tagscope/copyright; do
    [ -e "$root/$f" ] || fail "missing $f"
done
desktop-file-validate "$root/usr/share/applications/io.github.tagscope.Tagscope.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.tagscope.Tagscope.metainfo.xml" >/dev/null

# The installed CLI, run from a clean environment on a copy of a sample track.
cp "$sample" "$work/track.mp3"
clean_env=(env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8)
(cd "$work" && "${clean_env[@]}" "$root/usr/bin/tagscope-cli" tag --model both --format csv track.mp3) \
    >"$work/installed.csv" || fail "installed tagscope-cli failed"
(cd "$work" && "$build/bin/tagscope-cli" tag --model both --format csv track.mp3) >"$work/built.csv"
cmp "$work/installed.csv" "$work/built.csv" || fail "installed and built CLI disagree"
[ "$(wc -l <"$work/installed.csv")" -eq 3 ] || fail "expected a header and two rows"
echo "installed tagscope-cli: $(sed -n 2p "$work/installed.csv" | cut -c1-60)…"

# The installed GUI finds its models and calibrations (offscreen, no display needed).
"${clean_env[@]}" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" "$root/usr/bin/tagscope" --self-check \
    >"$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "installed tagscope --self-check"; }
grep -q "$root/usr/share/tagscope/models" "$work/check.txt" || { cat "$work/check.txt"; fail "models not from the package"; }
cat "$work/check.txt"

# And the installed GUI really starts (offscreen) with a track and keeps running.
set +e
"${clean_env[@]}" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" \
    timeout 8 "$root/usr/bin/tagscope" "$work/track.mp3" >"$work/gui.txt" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || { cat "$work/gui.txt"; fail "installed tagscope exited with $status instead of running"; }
echo "installed tagscope ran for 8 s offscreen"
echo "PASS"
