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

// The 50 probabilities at `seconds`, interpolated linearly between the two windows whose centres
// (start + 14.56 s) surround it, clamped to the first and last window before and after their
// centres; `nearest` (if given) gets the window whose centre is nearest. Empty if no windows.
struct InterpolatedPrediction {
    std::vector<float> probabilities;
    int before = -1, after = -1;  // the windows blended (equal when clamped)
    double weightAfter = 0.0;     // 0: all `before`, 1: all `after`
    int nearest() const { return weightAfter > 0.5 ? after : before; }
};
InterpolatedPrediction interpolateAt(const std::vector<SegmentResult>& segments, double seconds);

// "Window 0:14–0:43" (translated).
QString windowLabel(double startSeconds);

// The prediction the tag bars show and its label: the track summary when asked for it (once
// complete), the window under the playhead once playback or a seek has moved it, else the
// original-style central prediction. Until that arrives (it needs the whole track), the
// windows tagged so far stand in for it.
// With `smooth`, the windows under the playhead are blended (interpolateAt) rather than the
// nearest one shown; `fineSegments` (the finer display windows, when computed) stand in for the
// result's own windows under the playhead.
struct ShownPrediction {
    enum class Source { None, Central, Window, Blend, Summary };
    std::vector<float> probabilities;  // empty if there is nothing to show yet
    QString label;
    int windowIndex = -1;  // of the windows used (the fine ones when they were)
    Source source = Source::None;
    std::vector<WindowLevel> levels;  // of the window(s) it comes from (central: the clip's)
};
struct ModelResult;
ShownPrediction choosePrediction(const ModelResult* result, bool showSummary, bool followPlayhead,
                                 double playheadSeconds, bool smooth = false,
                                 const std::vector<SegmentResult>* fineSegments = nullptr);

// The display names of the n most probable tags.
QStringList topTagNames(const std::vector<float>& probabilities, int n);

}  // namespace tagscope::ui
