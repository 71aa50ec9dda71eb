#include "ui/views/selection_band.h"

#include <QPainter>
#include <algorithm>

namespace tagscope::ui {

QColor selectionFill(const QColor& highlight) {
    QColor fill = highlight;
    fill.setAlpha(70);
    return fill;
}

void drawSelectionBand(QPainter& painter, const TimeMapping& mapping, const QRect& data,
                       double startSeconds, double endSeconds, const QColor& highlight) {
    if (endSeconds <= startSeconds || !mapping.isValid()) return;
    const double x0 = std::max(double(data.left()), mapping.x(startSeconds));
    const double x1 = std::min(double(data.left() + data.width()), mapping.x(endSeconds));
    if (x1 <= x0) return;
    painter.save();
    painter.fillRect(QRectF(x0, data.top(), x1 - x0, data.height()), selectionFill(highlight));
    painter.setPen(QPen(highlight, 1.0));
    for (const double edge : {mapping.x(startSeconds), mapping.x(endSeconds)})
        if (edge >= data.left() && edge <= data.left() + data.width())
            painter.drawLine(QPointF(edge, data.top()), QPointF(edge, data.bottom() + 1.0));
    painter.restore();
}

}  // namespace tagscope::ui
