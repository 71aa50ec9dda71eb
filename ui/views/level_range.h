#pragma once
// Which dB range the spectrogram's colours span, and the colour bar's labelled levels.
// Melgram values are 20·log10 of the mel power (full scale near +50 dB for loud music), floored
// 80 dB below the track's maximum (engine/audio/mel_spectrogram.h).

#include <QList>
#include <QString>

#include "engine/melgram.h"
#include "ui/views/melgram_image.h"

namespace tagscope::ui {

enum class LevelRange {
    Automatic,     // the track's 1st to 99.5th percentile: detail where the music is
    TrackMaximum,  // the track's maximum and 80 dB below (the network's own dynamic range)
    Fixed,         // kFixedLevelRange whatever the track: levels comparable between tracks
};

inline constexpr DbRange kFixedLevelRange{-30.0f, 50.0f};
// An automatic range narrower than this is widened downwards (a near-constant track).
inline constexpr float kMinimumAutomaticSpan = 20.0f;

DbRange levelRangeOf(const Melgram& melgram, LevelRange mode);
// The value below which `fraction` of the melgram's values lie (0.01 dB resolution; beyond
// 262,144 values, of an evenly spread sample of them).
float melgramPercentile(const Melgram& melgram, double fraction);

QString levelRangeName(LevelRange mode);         // translated, for menus
QString levelRangeId(LevelRange mode);           // "automatic", ... for settings
LevelRange levelRangeFromId(const QString& id);  // Automatic for anything unknown
QList<LevelRange> allLevelRanges();

// Multiples of 10 dB (20 dB when 10 would crowd) inside the range: the colour bar's ticks.
// pixelsPerDb: the bar's height over the range; minSpacing: pixels between two labels.
QList<double> levelTickValues(DbRange range, double pixelsPerDb, double minSpacing);

}  // namespace tagscope::ui
