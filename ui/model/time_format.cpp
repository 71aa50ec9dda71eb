#include "ui/model/time_format.h"

#include <cmath>

namespace tagscope::ui {

QString formatTime(double seconds) {
    const long long total = std::llround(std::floor(std::max(0.0, seconds)));
    const long long h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QChar('0'))
            .arg(s, 2, 10, QChar('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QChar('0'));
}

}  // namespace tagscope::ui
