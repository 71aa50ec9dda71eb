#include "ui/views/tag_statistics_view.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

#include "ui/views/chart_style.h"

namespace tagscope::ui {
namespace {

constexpr int kChrome = 80;  // title and value axis
const QColor kBarColor(0x4C, 0x78, 0xA8);

}  // namespace

TagStatisticsView::TagStatisticsView(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart;
    chart->legend()->hide();
    series_ = new QHorizontalBarSeries(chart);
    set_ = new QBarSet(tr("Tracks"));
    set_->setColor(kBarColor);
    set_->setBorderColor(kBarColor);
    series_->append(set_);
    series_->setBarWidth(0.8);
    series_->setLabelsVisible(true);
    series_->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series_->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series_);
    auto* labels = new QBarCategoryAxis;
    chart->addAxis(labels, Qt::AlignLeft);
    series_->attachAxis(labels);
    auto* count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(count, Qt::AlignBottom);
    series_->attachAxis(count);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, true);
    setFrameShape(QFrame::NoFrame);
    styleChart(chart, palette());
    set_->setLabelColor(palette().color(QPalette::Text));
    setStatistics({});
}

void TagStatisticsView::setStatistics(const TagStatistics& statistics) {
    statistics_ = statistics;
    chart()->setTitle(tr("Tracks per label at the current thresholds (%n track(s) tagged)", nullptr,
                         statistics.scoredTracks));
    // A horizontal bar chart lists its first category at the bottom: fill bottom-up.
    QStringList names;
    QList<qreal> values;
    int most = 0;
    for (auto label = statistics.labels.rbegin(); label != statistics.labels.rend(); ++label) {
        names << label->name;
        values << label->tracks;
        most = std::max(most, label->tracks);
    }
    auto* labels = qobject_cast<QBarCategoryAxis*>(chart()->axes(Qt::Vertical).value(0));
    labels->setCategories(names);
    set_->remove(0, set_->count());
    set_->append(values);
    auto* count = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0));
    // Room beyond the longest bar for its count; whole numbers on the ticks.
    count->setRange(0, std::max(1, most + std::max(1, most / 8)));
    count->applyNiceNumbers();
    setMinimumHeight(kChrome + rowHeight() * int(std::max<std::size_t>(1, names.size())));
}

int TagStatisticsView::rowHeight() const {
    return fontMetrics().height() * 2;
}

QStringList TagStatisticsView::categories() const {
    auto* labels = qobject_cast<QBarCategoryAxis*>(chart()->axes(Qt::Vertical).value(0));
    QStringList names = labels->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

QList<int> TagStatisticsView::counts() const {
    QList<int> values;
    for (int i = set_->count() - 1; i >= 0; --i) values << int(set_->at(i));
    return values;
}

void TagStatisticsView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        styleChart(chart(), palette());
        set_->setLabelColor(palette().color(QPalette::Text));
    }
}

}  // namespace tagscope::ui
