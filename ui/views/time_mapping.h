#pragma once
// The x(seconds) mapping shared by the time-aligned views. Every such view reserves the same
// left and right margins (for its own labels and legend), so their data areas line up when the
// main window stacks them at the same width: data area = [kLeftMargin, width - kRightMargin).

namespace tagscope::ui {

class TimeAxis;

struct TimeMapping {
    static constexpr int kLeftMargin = 120;  // room for "16 kHz" ticks or tag names
    static constexpr int kRightMargin = 72;  // room for a colour bar and its labels

    double left = 0.0, width = 0.0;  // data area, logical pixels
    double start = 0.0, end = 0.0;   // visible seconds

    static TimeMapping forWidget(int widgetWidth, const TimeAxis& axis);

    bool isValid() const { return width > 0.0 && end > start; }
    double right() const { return left + width; }
    double pixelsPerSecond() const { return isValid() ? width / (end - start) : 0.0; }
    double x(double seconds) const {
        return isValid() ? left + (seconds - start) * pixelsPerSecond() : left;
    }
    double seconds(double x) const {
        return isValid() ? start + (x - left) / pixelsPerSecond() : start;
    }
};

}  // namespace tagscope::ui
