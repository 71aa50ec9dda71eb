#pragma once
// The selected time range drawn over a time-aligned view that does not draw it itself (the
// taggram): a child widget covering the view, transparent to the mouse, painting only the band.

#include <QWidget>
#include <functional>

#include "ui/views/time_mapping.h"

namespace tagscope::ui {

class SelectionOverlay : public QWidget {
    Q_OBJECT
public:
    // dataRect: the view's data area, where the band goes (the view's own geometry function).
    SelectionOverlay(QWidget* view, std::function<TimeMapping()> mapping,
                     std::function<QRect()> dataRect);

    void setSelection(double startSeconds, double endSeconds);  // end <= start clears
    double selectionStart() const { return start_; }
    double selectionEnd() const { return end_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;  // follows the view's size
    void paintEvent(QPaintEvent* event) override;

private:
    std::function<TimeMapping()> mapping_;
    std::function<QRect()> dataRect_;
    double start_ = 0.0, end_ = 0.0;
};

}  // namespace tagscope::ui
