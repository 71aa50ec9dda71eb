#include "ui/views/compare_chart_view.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include "engine/report/tag_result.h"
#include "engine/tags.h"
#include "ui/views/chart_style.h"
#include "ui/views/network_colors.h"
#include "ui/views/tag_display_name.h"

namespace tagscope::ui {
namespace {

// The scatter is about square (its axes have the same range), within these heights.
constexpr int kScatterMinHeight = 220;
constexpr int kScatterMaxHeight = 420;
// Below this width, axes show 0, 0.5 and 1 only (more labels run into each other).
constexpr int kNarrowWidth = 320;
constexpr int kBarRowHeight = 30;  // one tag: two bars and the gap
constexpr int kBarsChrome = 90;    // title, legend and value axis

QValueAxis* probabilityAxis(const QString& title) {
    auto* axis = new QValueAxis;
    axis->setRange(0.0, 1.0);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setTitleText(title);
    return axis;
}

QChartView* makeChartView(QChart* chart, QWidget* parent) {
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing, true);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

}  // namespace

CompareChartView::CompareChartView(QWidget* parent) : QWidget(parent) {
    auto* scatterChart = new QChart;
    scatterChart->setTitle(tr("Each tag: CNN against RNN"));
    scatterChart->legend()->hide();
    diagonal_ = new QLineSeries(scatterChart);
    diagonal_->setName(tr("CNN = RNN"));
    diagonal_->append(0.0, 0.0);
    diagonal_->append(1.0, 1.0);
    scatter_ = new QScatterSeries(scatterChart);
    scatter_->setName(tr("Tags"));
    scatter_->setMarkerSize(8.0);
    scatter_->setColor(cnnColor());
    scatter_->setBorderColor(rnnColor());
    scatterChart->addSeries(diagonal_);
    scatterChart->addSeries(scatter_);
    QValueAxis* x = probabilityAxis(tr("CNN"));
    QValueAxis* y = probabilityAxis(tr("RNN"));
    scatterChart->addAxis(x, Qt::AlignBottom);
    scatterChart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* series :
         {static_cast<QXYSeries*>(diagonal_), static_cast<QXYSeries*>(scatter_)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    connect(scatter_, &QScatterSeries::hovered, this, &CompareChartView::showTagTip);
    scatterView_ = makeChartView(scatterChart, this);
    scatterView_->setObjectName(QStringLiteral("compareScatter"));
    scatterView_->setFixedHeight(kScatterMinHeight);

    auto* barsChart = new QChart;
    barsChart->setTitle(tr("Top tags of either network"));
    bars_ = new QHorizontalBarSeries(barsChart);
    auto* cnnSet = new QBarSet(tr("CNN"));
    cnnSet->setColor(cnnColor());
    cnnSet->setBorderColor(cnnColor());
    auto* rnnSet = new QBarSet(tr("RNN"));
    rnnSet->setColor(rnnColor());
    rnnSet->setBorderColor(rnnColor());
    bars_->append(cnnSet);
    bars_->append(rnnSet);
    barsChart->addSeries(bars_);
    auto* categories = new QBarCategoryAxis;
    barsChart->addAxis(categories, Qt::AlignLeft);
    bars_->attachAxis(categories);
    QValueAxis* value = probabilityAxis(QString());
    barsChart->addAxis(value, Qt::AlignBottom);
    bars_->attachAxis(value);
    barsChart->legend()->setAlignment(Qt::AlignTop);
    barsView_ = makeChartView(barsChart, this);
    barsView_->setObjectName(QStringLiteral("compareBars"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scatterView_);
    layout->addWidget(barsView_);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyPalette();
    rebuildBars();
}

void CompareChartView::setResults(std::vector<float> cnn, std::vector<float> rnn) {
    if (cnn.size() != kTagCount || rnn.size() != kTagCount) cnn.clear(), rnn.clear();
    cnn_ = std::move(cnn);
    rnn_ = std::move(rnn);
    QList<QPointF> points;
    for (std::size_t tag = 0; tag < cnn_.size(); ++tag) points.append({cnn_[tag], rnn_[tag]});
    scatter_->replace(points);
    rebuildBars();
}

void CompareChartView::setTopN(int n) {
    topN_ = std::clamp(n, 1, int(kTagCount));
    rebuildBars();
}

QStringList CompareChartView::barCategories() const {
    QStringList names;
    for (int tag : barTags_) names << tagDisplayName(tag);
    return names;
}

int CompareChartView::tagAt(const QPointF& chartPosition) const {
    QChart* chart = scatterView_->chart();
    const double reach = scatter_->markerSize();
    int best = -1;
    double bestDistance = reach * reach;
    for (int i = 0; i < scatter_->count(); ++i) {
        const QPointF d = chart->mapToPosition(scatter_->at(i), scatter_) - chartPosition;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) bestDistance = distance, best = i;
    }
    return best;
}

void CompareChartView::rebuildBars() {
    barTags_.clear();
    if (!cnn_.empty()) {
        for (const std::vector<float>* values : {&cnn_, &rnn_})
            for (int tag : topTags(*values, topN_))
                if (std::find(barTags_.begin(), barTags_.end(), tag) == barTags_.end())
                    barTags_.push_back(tag);
        std::stable_sort(barTags_.begin(), barTags_.end(), [this](int a, int b) {
            return cnn_[std::size_t(a)] + rnn_[std::size_t(a)] >
                   cnn_[std::size_t(b)] + rnn_[std::size_t(b)];
        });
    }
    // A horizontal bar chart lists its first category at the bottom: fill bottom-up.
    QStringList categories;
    QList<qreal> cnnValues, rnnValues;
    for (auto tag = barTags_.rbegin(); tag != barTags_.rend(); ++tag) {
        categories << tagDisplayName(*tag);
        cnnValues << cnn_[std::size_t(*tag)];
        rnnValues << rnn_[std::size_t(*tag)];
    }
    auto* axis = qobject_cast<QBarCategoryAxis*>(barsView_->chart()->axes(Qt::Vertical).value(0));
    axis->setCategories(categories);
    const QList<QBarSet*> sets = bars_->barSets();
    sets[0]->remove(0, sets[0]->count());
    sets[0]->append(cnnValues);
    sets[1]->remove(0, sets[1]->count());
    sets[1]->append(rnnValues);
    barsView_->setFixedHeight(kBarsChrome +
                              kBarRowHeight * int(std::max<std::size_t>(1, barTags_.size())));
    fitToWidth();
}

void CompareChartView::fitToWidth() {
    const int ticks = width() < kNarrowWidth ? 3 : 6;
    for (QChart* chart : {scatterView_->chart(), barsView_->chart()})
        for (QAbstractAxis* axis : chart->axes())
            if (auto* value = qobject_cast<QValueAxis*>(axis)) value->setTickCount(ticks);
    // The plot is narrower than the view by the vertical axis; its height follows.
    scatterView_->setFixedHeight(std::clamp(width() - 20, kScatterMinHeight, kScatterMaxHeight));
    setFixedHeight(scatterView_->height() + barsView_->height());
}

void CompareChartView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) fitToWidth();
}

void CompareChartView::showTagTip(const QPointF& value, bool entered) {
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const int tag = tagAt(scatterView_->chart()->mapToPosition(value, scatter_));
    if (tag < 0) return;
    const QLocale locale;
    QToolTip::showText(
        QCursor::pos(),
        tr("%1: CNN %2 · RNN %3")
            .arg(tagDisplayName(tag), locale.toString(cnn_[std::size_t(tag)], 'f', 3),
                 locale.toString(rnn_[std::size_t(tag)], 'f', 3)),
        scatterView_);
}

void CompareChartView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyPalette();
}

void CompareChartView::applyPalette() {
    styleChart(scatterView_->chart(), palette());
    styleChart(barsView_->chart(), palette());
    QPen diagonalPen(palette().color(QPalette::PlaceholderText), 1.0, Qt::DashLine);
    diagonal_->setPen(diagonalPen);
}

}  // namespace tagscope::ui
