#include "ui/views/time_ticks.h"

#include <array>
#include <cmath>

namespace tagscope::ui {

TickStep chooseTimeTickStep(double pixelsPerSecond, double minLabelSpacing) {
    static constexpr std::array<TickStep, 16> kSteps = {{{0.1, 0.02},
                                                         {0.2, 0.05},
                                                         {0.5, 0.1},
                                                         {1, 0.2},
                                                         {2, 0.5},
                                                         {5, 1},
                                                         {10, 2},
                                                         {15, 5},
                                                         {30, 5},
                                                         {60, 10},
                                                         {120, 30},
                                                         {300, 60},
                                                         {600, 120},
                                                         {900, 300},
                                                         {1800, 600},
                                                         {3600, 900}}};
    for (const TickStep& step : kSteps)
        if (step.major * pixelsPerSecond >= minLabelSpacing) return step;
    return kSteps.back();
}

QString formatTime(double seconds, double step) {
    const bool tenths = step < 1.0;
    const double rounded = tenths ? std::round(seconds * 10.0) / 10.0 : std::round(seconds);
    const long long whole = (long long)std::floor(std::max(0.0, rounded) + 1e-9);
    const int h = int(whole / 3600), m = int(whole / 60 % 60), s = int(whole % 60);
    QString text = h > 0 ? QStringLiteral("%1:%2:%3")
                               .arg(h)
                               .arg(m, 2, 10, QLatin1Char('0'))
                               .arg(s, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    if (tenths) {
        const int tenth = int(std::lround((rounded - std::floor(rounded)) * 10.0)) % 10;
        text += QLatin1Char('.') + QString::number(tenth);
    }
    return text;
}

}  // namespace tagscope::ui
