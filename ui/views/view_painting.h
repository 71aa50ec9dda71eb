#pragma once
// Painting bits shared by the views: the playhead line and the empty-state hint.

#include <QRect>
#include <QString>

class QPainter;
class QWidget;

namespace tagscope::ui {

// A bright 2-pixel line with dark edges, visible on both dark and bright colour maps.
void drawPlayhead(QPainter& painter, double x, double top, double bottom);
// The strip a playhead at x touches: what to update() when it moves.
QRect playheadStrip(double x, int height);
// A centred hint in the palette's placeholder colour inside a dashed, rounded drop frame.
void drawEmptyHint(QPainter& painter, const QWidget& widget, const QString& text);

}  // namespace tagscope::ui
