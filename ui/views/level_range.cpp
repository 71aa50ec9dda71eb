#include "ui/views/level_range.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <vector>

namespace tagscope::ui {
namespace {
constexpr std::size_t kSampled = 1 << 18;
}

float melgramPercentile(const Melgram& melgram, double fraction) {
    if (melgram.values.empty()) return 0.0f;
    // A histogram over [min, max] in 0.01 dB bins: no copy of a long track's values, and at
    // most kSampled of them looked at (evenly spread), so a 3-million-cell overview costs the
    // GUI thread about as much as a short track's.
    const std::vector<float>& values = melgram.values;
    const std::size_t stride = std::max<std::size_t>(1, values.size() / kSampled);
    float low = values[0], high = values[0];
    for (std::size_t i = 0; i < values.size(); i += stride)
        if (std::isfinite(values[i]))
            low = std::min(low, values[i]), high = std::max(high, values[i]);
    if (!(high > low)) return low;
    constexpr float kBin = 0.01f;
    const std::size_t bins = std::size_t((high - low) / kBin) + 1;
    std::vector<std::size_t> counts(bins, 0);
    std::size_t sampled = 0;
    for (std::size_t i = 0; i < values.size(); i += stride, ++sampled) {
        if (!std::isfinite(values[i])) continue;
        ++counts[std::min(bins - 1, std::size_t((values[i] - low) / kBin))];
    }
    const double wanted = std::clamp(fraction, 0.0, 1.0) * double(sampled);
    std::size_t seen = 0;
    for (std::size_t b = 0; b < bins; ++b) {
        seen += counts[b];
        if (double(seen) >= wanted) return std::min(high, low + float(b + 1) * kBin);
    }
    return high;
}

DbRange levelRangeOf(const Melgram& melgram, LevelRange mode) {
    switch (mode) {
        case LevelRange::Fixed:
            return kFixedLevelRange;
        case LevelRange::TrackMaximum:
            return melgramDbRange(melgram);
        case LevelRange::Automatic:
            break;
    }
    if (melgram.values.empty()) return melgramDbRange(melgram);
    DbRange range{melgramPercentile(melgram, 0.01), melgramPercentile(melgram, 0.995)};
    if (range.top - range.floor < kMinimumAutomaticSpan)
        range.floor = range.top - kMinimumAutomaticSpan;
    return range;
}

QString levelRangeName(LevelRange mode) {
    switch (mode) {
        case LevelRange::Automatic:
            return QCoreApplication::translate("tagscope::ui::LevelRange",
                                               "&Automatic (1st–99.5th Percentile)");
        case LevelRange::TrackMaximum:
            return QCoreApplication::translate("tagscope::ui::LevelRange",
                                               "Track &Maximum − 80 dB");
        case LevelRange::Fixed:
            return QCoreApplication::translate("tagscope::ui::LevelRange", "&Fixed %1 … %2 dB")
                .arg(double(kFixedLevelRange.floor))
                .arg(double(kFixedLevelRange.top));
    }
    return {};
}

QString levelRangeId(LevelRange mode) {
    switch (mode) {
        case LevelRange::TrackMaximum:
            return QStringLiteral("track-maximum");
        case LevelRange::Fixed:
            return QStringLiteral("fixed");
        case LevelRange::Automatic:
            break;
    }
    return QStringLiteral("automatic");
}

LevelRange levelRangeFromId(const QString& id) {
    for (LevelRange mode : allLevelRanges())
        if (levelRangeId(mode) == id) return mode;
    return LevelRange::Automatic;
}

QList<LevelRange> allLevelRanges() {
    return {LevelRange::Automatic, LevelRange::TrackMaximum, LevelRange::Fixed};
}

QList<double> levelTickValues(DbRange range, double pixelsPerDb, double minSpacing) {
    QList<double> ticks;
    if (!(range.top > range.floor) || pixelsPerDb <= 0.0) return ticks;
    double step = 10.0;
    while (step * pixelsPerDb < minSpacing && step < 80.0) step *= 2.0;
    for (double db = std::ceil(range.floor / step - 1e-6) * step; db <= range.top + 1e-6;
         db += step)
        ticks.append(db == 0.0 ? 0.0 : db);  // no "-0"
    return ticks;
}

}  // namespace tagscope::ui
