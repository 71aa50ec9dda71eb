#pragma once
// Round ticks for a Qt Charts value axis over any range: multiples of 1, 2 or 5 × 10^k, each
// label with the decimals that step needs, and the tick at zero never printed "-0.0".

class QValueAxis;

namespace tagscope::ui {

struct RoundTickStep {
    double step = 1.0;
    int decimals = 0;  // shown after the point: enough for the step, no more
};

// The round step giving about `intervals` intervals over [low, high] (high > low).
RoundTickStep roundTickStep(double low, double high, int intervals = 4);

// Shows [low, high] on the axis, with a tick and a label at every multiple of the round step.
void setRoundTicks(QValueAxis* axis, double low, double high);

}  // namespace tagscope::ui
