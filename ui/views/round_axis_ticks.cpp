#include "ui/views/round_axis_ticks.h"

#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace tagscope::ui {

RoundTickStep roundTickStep(double low, double high, int intervals) {
    const double rough = (high - low) / std::max(1, intervals);
    const int exponent = int(std::floor(std::log10(rough)));
    const double power = std::pow(10.0, exponent);
    const double mantissa = rough / power;  // in [1, 10)
    const double round = mantissa < 1.5 ? 1.0 : mantissa < 3.5 ? 2.0 : mantissa < 7.5 ? 5.0 : 10.0;
    RoundTickStep tick;
    tick.step = round * power;
    tick.decimals = std::max(0, round == 10.0 ? -exponent - 1 : -exponent);
    return tick;
}

void setRoundTicks(QValueAxis* axis, double low, double high) {
    const RoundTickStep tick = roundTickStep(low, high);
    // Fixed ticks while the range changes: the old step over the new range (or the new step over
    // the old one) can be millions of ticks, each laid out.
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(low, high);
    axis->setTickInterval(tick.step);
    // Qt adds the steps up from the anchor, so the tick at zero lands a rounding error either
    // side of it, and printf shows a negative one as "-0.0". Anchored a billionth of a step
    // above zero, every tick is that far above its multiple: far more than the rounding error,
    // far less than the last decimal shown.
    axis->setTickAnchor(tick.step * 1e-9);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(tick.decimals));
    axis->setTickType(QValueAxis::TicksDynamic);
}

}  // namespace tagscope::ui
