#include "ui/views/view_painting.h"

#include <QLinearGradient>

#include <QPainter>
#include <QWidget>
#include <cmath>

namespace tagscope::ui {

void drawPlayhead(QPainter& painter, double x, double top, double bottom) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 110));
    painter.drawRect(QRectF(x - 2.0, top, 4.0, bottom - top));
    painter.setBrush(QColor(255, 255, 255));
    painter.drawRect(QRectF(x - 1.0, top, 2.0, bottom - top));
    // A small head so the position reads even over bright columns.
    const QPointF head[] = {{x - 5.0, top}, {x + 5.0, top}, {x, top + 6.0}};
    painter.drawPolygon(head, 3);
    painter.restore();
}

QRect playheadStrip(double x, int height) {
    const int left = int(std::floor(x)) - 7;
    return QRect(left, 0, 15, height);
}

void drawEmptyHint(QPainter& painter, const QWidget& widget, const QString& text) {
    painter.save();
    const QPalette& palette = widget.palette();
    painter.fillRect(widget.rect(), palette.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen frame(palette.color(QPalette::Mid), 1.5, Qt::DashLine);
    painter.setPen(frame);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(8.5, 8.5, -8.5, -8.5), 8.0, 8.0);
    QFont font = widget.font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(widget.rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                     text);
    painter.restore();
}

QRectF drawColorBar(QPainter& painter, const QRect& data, ColorMap map, const QColor& frame) {
    constexpr double kGap = 10.0, kWidth = 10.0;
    const QRectF bar(data.right() + 1.0 + kGap, data.top(), kWidth, data.height());
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 32; ++i) gradient.setColorAt(i / 32.0, QColor(colorAt(map, i / 32.0)));
    painter.fillRect(bar, gradient);
    painter.setPen(frame);
    painter.drawRect(bar.adjusted(-0.5, -0.5, 0.5, 0.5));
    return bar;
}

}  // namespace tagscope::ui
