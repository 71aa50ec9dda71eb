#include "ui/views/time_mapping.h"

#include <algorithm>

#include "ui/views/time_axis.h"

namespace tagscope::ui {

TimeMapping TimeMapping::forWidget(int widgetWidth, const TimeAxis& axis) {
    TimeMapping m;
    m.left = kLeftMargin;
    m.width = std::max(0, widgetWidth - kLeftMargin - kRightMargin);
    m.start = axis.visibleStart();
    m.end = axis.visibleEnd();
    return m;
}

}  // namespace tagscope::ui
