#pragma once
// Painting bits shared by the views: the playhead line, the empty-state hint, the colour bar.

#include <QColor>
#include <QRect>
#include <QString>

#include "ui/views/color_map.h"

class QPainter;
class QWidget;

namespace tagscope::ui {

// A bright 2-pixel line with dark edges, visible on both dark and bright colour maps.
void drawPlayhead(QPainter& painter, double x, double top, double bottom);
// The strip a playhead at x touches: what to update() when it moves.
QRect playheadStrip(double x, int height);
// A centred hint in the palette's placeholder colour inside a dashed, rounded drop frame.
void drawEmptyHint(QPainter& painter, const QWidget& widget, const QString& text);
// A vertical colour-map legend right of the data area (low values at the bottom), framed in
// `frame`; returns its rectangle, for the tick labels beside it.
QRectF drawColorBar(QPainter& painter, const QRect& data, ColorMap map, const QColor& frame);

}  // namespace tagscope::ui
