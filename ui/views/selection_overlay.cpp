#include "ui/views/selection_overlay.h"

#include <QEvent>
#include <QPainter>

#include "ui/views/selection_band.h"

namespace tagscope::ui {

SelectionOverlay::SelectionOverlay(QWidget* view, std::function<TimeMapping()> mapping,
                                   std::function<QRect()> dataRect)
    : QWidget(view), mapping_(std::move(mapping)), dataRect_(std::move(dataRect)) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(view->rect());
    view->installEventFilter(this);
    hide();
}

void SelectionOverlay::setSelection(double startSeconds, double endSeconds) {
    if (endSeconds <= startSeconds) startSeconds = endSeconds = 0.0;
    if (startSeconds == start_ && endSeconds == end_) return;
    start_ = startSeconds;
    end_ = endSeconds;
    setVisible(end_ > start_);
    if (isVisible()) raise();
    update();
}

bool SelectionOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && event->type() == QEvent::Resize) setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void SelectionOverlay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    drawSelectionBand(painter, mapping_(), dataRect_(), start_, end_,
                      palette().color(QPalette::Highlight));
}

}  // namespace tagscope::ui
