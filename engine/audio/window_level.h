#pragma once
// How much of an analysis window is music: the share of zero padding the network sees (a track
// shorter than the 29.12 s input is padded after its end) and the loudness of the samples that
// are there. Windows that are mostly padding or silent get confident tags that mean little;
// the reports and the app warn about them (docs/AUDIO.md, "Padding and silence").

#include <cstddef>
#include <optional>

namespace tagscope {

// A window is silent when the RMS level of its music samples is below this (dBFS, full scale
// ±1): about 1/1000 of full scale, far below any recorded music, well above dithered silence
// (≈ −96 dBFS for 16 bits). Digital silence measures kFloorDb.
inline constexpr double kSilenceDb = -60.0;
inline constexpr double kFloorDb = -120.0;
// A window is mostly padding when more than this share of it is zeros after the track's end.
inline constexpr double kMostlyPaddingShare = 0.5;

struct WindowLevel {
    double paddingShare = 0.0;    // 0…1 of the window's kClipSamples
    std::optional<double> rmsDb;  // of the music samples, ≥ kFloorDb; none: not measured

    bool silent() const { return rmsDb && *rmsDb < kSilenceDb; }
    bool mostlyPadding() const { return paddingShare > kMostlyPaddingShare; }
};

// The level of a window whose first musicSamples samples are music (the rest of its
// kClipSamples padding).
WindowLevel measureWindow(const float* samples, std::size_t musicSamples);

// The padding share of a window starting at startSeconds in a track of durationSeconds (for
// results kept without their level: the windows never run past the end but for a short track's
// only one).
double paddingShareOf(double startSeconds, double durationSeconds);

}  // namespace tagscope
