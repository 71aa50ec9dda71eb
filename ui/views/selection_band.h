#pragma once
// The selected time range as the time-aligned views draw it: a translucent band with edges.

#include <QColor>
#include <QRect>

#include "ui/views/time_mapping.h"

class QPainter;

namespace tagscope::ui {

// Nothing when end <= start or the range is out of view; clipped to `data` otherwise.
void drawSelectionBand(QPainter& painter, const TimeMapping& mapping, const QRect& data,
                       double startSeconds, double endSeconds, const QColor& highlight);
// The band's colour: the highlight, translucent.
QColor selectionFill(const QColor& highlight);

}  // namespace tagscope::ui
