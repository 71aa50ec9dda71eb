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

QString windowLabel(double startSeconds) {
    return QCoreApplication::translate("WindowSelection", "Window %1–%2")
        .arg(formatTime(startSeconds), formatTime(startSeconds + kClipSeconds));
}

ShownPrediction choosePrediction(const ModelResult* result, bool showSummary, bool followPlayhead,
                                 double playheadSeconds) {
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
        return shown;
    }
    if (showSummary && result->complete) {
        shown.probabilities = result->summary;
        shown.label = QCoreApplication::translate("WindowSelection", "Track summary");
        return shown;
    }
    if (followPlayhead) {
        const int index = windowIndexAt(result->segments, playheadSeconds);
        if (index >= 0) {
            const SegmentResult& segment = result->segments[std::size_t(index)];
            shown.probabilities = segment.probabilities;
            shown.label = windowLabel(segment.startSeconds);
            shown.windowIndex = index;
            return shown;
        }
    }
    shown.probabilities = result->central;
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
