#include "ui/views/time_axis.h"

#include <algorithm>

namespace tagscope::ui {

TimeAxis::TimeAxis(QObject* parent) : QObject(parent) {}

void TimeAxis::setDuration(double seconds) {
    duration_ = std::max(0.0, seconds);
    start_ = 0.0;
    end_ = duration_;
    emit changed();
}

void TimeAxis::setVisibleRange(double start, double end) {
    if (end < start) std::swap(start, end);
    // The span is settled first, then the start, so that scrolling into a bound keeps the span.
    double span = std::max(end - start, std::min(kMinimumSpan, duration_));
    span = std::min(span, duration_);
    start = std::clamp(start, 0.0, duration_ - span);
    end = start + span;
    if (start == start_ && end == end_) return;
    start_ = start;
    end_ = end;
    emit changed();
}

void TimeAxis::zoom(double factor, double anchorSeconds) {
    const double span = end_ - start_;
    if (factor <= 0.0 || span <= 0.0) return;
    const double newSpan = std::clamp(span / factor, std::min(kMinimumSpan, duration_), duration_);
    const double fraction = (anchorSeconds - start_) / span;
    const double newStart = anchorSeconds - fraction * newSpan;
    setVisibleRange(newStart, newStart + newSpan);
}

void TimeAxis::scrollBy(double seconds) {
    setVisibleRange(start_ + seconds, end_ + seconds);
}

}  // namespace tagscope::ui
