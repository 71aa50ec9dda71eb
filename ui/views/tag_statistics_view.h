#pragma once
// The library's tag statistics as a Qt Charts horizontal bar chart: one bar per label, the
// number of tracks that get it at the current thresholds, most frequent at the top, the count
// written at the end of each bar. As tall as its labels need (it sits in a scroll area).

#include <QChartView>

#include "ui/model/tag_statistics.h"

class QBarSet;
class QHorizontalBarSeries;

namespace tagscope::ui {

class TagStatisticsView : public QChartView {
    Q_OBJECT
public:
    explicit TagStatisticsView(QWidget* parent = nullptr);

    void setStatistics(const TagStatistics& statistics);
    const TagStatistics& statistics() const { return statistics_; }

    QHorizontalBarSeries* series() const { return series_; }
    QStringList categories() const;  // top to bottom
    QList<int> counts() const;       // top to bottom

    int rowHeight() const;  // room for a label: Qt Charts elides one that does not fit

protected:
    void changeEvent(QEvent* event) override;

private:
    TagStatistics statistics_;
    QHorizontalBarSeries* series_;
    QBarSet* set_;
};

}  // namespace tagscope::ui
