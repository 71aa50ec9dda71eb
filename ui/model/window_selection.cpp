#include "ui/model/window_selection.h"

#include <cmath>

#include <QCoreApplication>
#include <algorithm>

#include "engine/melgram.h"
#include "ui/model/time_format.h"
#include "ui/model/track_analysis_data.h"
#include "ui/views/tag_display_name.h"

namespace tagscope::ui {

int windowIndexAt(const std::vector<double>& startSeconds, double seconds) {
    // Of the windows containing the moment, the one whose centre is nearest (the later on a
    // tie): windows overlap, and the last one, ending at the track's end, may overlap its
    // predecessor almost entirely.
    int best = -1;
    double bestDistance = 0.0;
    for (int i = 0; i < int(startSeconds.size()); ++i) {
        const double start = startSeconds[std::size_t(i)];
        if (seconds < start || seconds >= start + kClipSeconds) continue;
        const double distance = std::abs(seconds - (start + kClipSeconds / 2));
        if (best < 0 || distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int windowIndexAt(const std::vector<SegmentResult>& segments, double seconds) {
    std::vector<double> starts;
    starts.reserve(segments.size());
    for (const SegmentResult& s : segments) starts.push_back(s.startSeconds);
    return windowIndexAt(starts, seconds);
}

InterpolatedPrediction interpolateAt(const std::vector<SegmentResult>& segments, double seconds) {
    InterpolatedPrediction blend;
    if (segments.empty()) return blend;
    // Centres rise with the index: starts do (window_cutter.h), the window ending at the
    // track's end included.
    const auto centre = [&](int i) {
        return segments[std::size_t(i)].startSeconds + kClipSeconds / 2;
    };
    const int last = int(segments.size()) - 1;
    if (seconds <= centre(0) || last == 0) {
        blend.before = blend.after = 0;
    } else if (seconds >= centre(last)) {
        blend.before = blend.after = last;
    } else {
        int after = 1;
        while (after < last && centre(after) <= seconds) ++after;
        blend.before = after - 1;
        blend.after = after;
        const double span = centre(after) - centre(after - 1);
        blend.weightAfter = span > 0.0 ? (seconds - centre(after - 1)) / span : 1.0;
    }
    const std::vector<float>& a = segments[std::size_t(blend.before)].probabilities;
    const std::vector<float>& b = segments[std::size_t(blend.after)].probabilities;
    blend.probabilities.resize(a.size());
    const float w = float(blend.weightAfter);
    for (std::size_t t = 0; t < a.size() && t < b.size(); ++t)
        blend.probabilities[t] = (1.0f - w) * a[t] + w * b[t];
    return blend;
}

QString windowLabel(double startSeconds) {
    return QCoreApplication::translate("WindowSelection", "Window %1–%2")
        .arg(formatTime(startSeconds), formatTime(startSeconds + kClipSeconds));
}

namespace {

QString rangeText(double startSeconds) {
    return QStringLiteral("%1–%2").arg(formatTime(startSeconds),
                                       formatTime(startSeconds + kClipSeconds));
}

// The prediction under the playhead from `windows`: blended, or the nearest window's; false if
// no window covers the moment (and nothing is blended).
bool predictionUnderPlayhead(const std::vector<SegmentResult>& windows, double seconds, bool smooth,
                             ShownPrediction& shown) {
    if (smooth) {
        const InterpolatedPrediction blend = interpolateAt(windows, seconds);
        if (blend.probabilities.empty()) return false;
        const SegmentResult& a = windows[std::size_t(blend.before)];
        const SegmentResult& b = windows[std::size_t(blend.after)];
        shown.probabilities = blend.probabilities;
        shown.source = ShownPrediction::Source::Blend;
        shown.levels = {a.level};
        if (blend.before == blend.after) {
            shown.label = windowLabel(a.startSeconds);
        } else {
            shown.levels.push_back(b.level);
            shown.label =
                QCoreApplication::translate("WindowSelection", "At %1 · between windows %2 and %3")
                    .arg(formatTime(seconds), rangeText(a.startSeconds), rangeText(b.startSeconds));
        }
        return true;
    }
    const int index = windowIndexAt(windows, seconds);
    if (index < 0) return false;
    const SegmentResult& segment = windows[std::size_t(index)];
    shown.probabilities = segment.probabilities;
    shown.label = windowLabel(segment.startSeconds);
    shown.source = ShownPrediction::Source::Window;
    shown.levels = {segment.level};
    return true;
}

}  // namespace

ShownPrediction choosePrediction(const ModelResult* result, bool showSummary, bool followPlayhead,
                                 double playheadSeconds, bool smooth,
                                 const std::vector<SegmentResult>* fineSegments) {
    ShownPrediction shown;
    if (!result || (result->central.empty() && result->segments.empty())) return shown;
    if (result->central.empty()) {
        // A long track still streaming in: its windows so far, the one under the playhead if
        // it has been reached, else the first.
        const int index = followPlayhead ? windowIndexAt(result->segments, playheadSeconds) : -1;
        const SegmentResult& segment = result->segments[std::size_t(std::max(index, 0))];
        shown.probabilities = segment.probabilities;
        shown.label = windowLabel(segment.startSeconds);
        shown.windowIndex = std::max(index, 0);
        shown.source = ShownPrediction::Source::Window;
        shown.levels = {segment.level};
        return shown;
    }
    if (showSummary && result->complete) {
        shown.probabilities = result->summary;
        shown.label = QCoreApplication::translate("WindowSelection", "Track summary");
        shown.source = ShownPrediction::Source::Summary;
        for (const SegmentResult& s : result->segments) shown.levels.push_back(s.level);
        return shown;
    }
    if (followPlayhead) {
        const bool fine = fineSegments && !fineSegments->empty();
        if (predictionUnderPlayhead(fine ? *fineSegments : result->segments, playheadSeconds,
                                    smooth, shown)) {
            // The spectrogram marks the analysis window (never a fine one) under the playhead.
            shown.windowIndex = windowIndexAt(result->segments, playheadSeconds);
            return shown;
        }
    }
    shown.probabilities = result->central;
    shown.source = ShownPrediction::Source::Central;
    shown.levels = {result->centralLevel};
    shown.label = showSummary
                      ? QCoreApplication::translate("WindowSelection",
                                                    "Original central window (summary pending)")
                      : QCoreApplication::translate("WindowSelection", "Original central window");
    return shown;
}

QStringList topTagNames(const std::vector<float>& probabilities, int n) {
    QStringList names;
    for (int tag : topTags(probabilities, n)) names << tagDisplayName(tag);
    return names;
}

}  // namespace tagscope::ui
