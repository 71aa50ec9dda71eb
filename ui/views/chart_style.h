#pragma once
// Qt Charts in the application's palette: the chart themes bring their own colours, which
// clash with the dark palette; these give every chart the window's Base, Text and Mid colours,
// no margins wasted in the narrow side panels, and no animation (values change often).

#include <QPalette>

class QChart;
class QAbstractAxis;

namespace tagscope::ui {

void styleChart(QChart* chart, const QPalette& palette);
void styleAxis(QAbstractAxis* axis, const QPalette& palette);

}  // namespace tagscope::ui
