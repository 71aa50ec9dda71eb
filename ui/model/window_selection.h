#pragma once
// Which prediction the tag bars show for a playhead position.

#include <QString>
#include <vector>

#include "engine/report/tag_result.h"

namespace tagscope::ui {

// The window whose [start, start + 29.12 s) contains `seconds`, preferring the one whose centre
// is nearest (the later on a tie); -1 if none does.
int windowIndexAt(const std::vector<SegmentResult>& segments, double seconds);
int windowIndexAt(const std::vector<double>& startSeconds, double seconds);

// "Window 0:14–0:43" (translated).
QString windowLabel(double startSeconds);

// The prediction the tag bars show and its label: the track summary when asked for it (once
// complete), the window under the playhead once playback or a seek has moved it, else the
// original-style central prediction. Until that arrives (it needs the whole track), the
// windows tagged so far stand in for it.
struct ShownPrediction {
    std::vector<float> probabilities;  // empty if there is nothing to show yet
    QString label;
    int windowIndex = -1;
};
struct ModelResult;
ShownPrediction choosePrediction(const ModelResult* result, bool showSummary, bool followPlayhead,
                                 double playheadSeconds);

// The display names of the n most probable tags.
QStringList topTagNames(const std::vector<float>& probabilities, int n);

}  // namespace tagscope::ui
