#pragma once
// Time-axis ticks: a "nice" spacing for the current zoom and mm:ss labels.

#include <QString>

namespace tagscope::ui {

struct TickStep {
    double major = 1.0;  // labelled, seconds
    double minor = 0.2;  // unlabelled, seconds
};

// The smallest nice step whose labels are at least minLabelSpacing pixels apart.
TickStep chooseTimeTickStep(double pixelsPerSecond, double minLabelSpacing);
// "m:ss", "m:ss.s" when the step is below a second, "h:mm:ss" past an hour.
QString formatTime(double seconds, double step = 1.0);

}  // namespace tagscope::ui
