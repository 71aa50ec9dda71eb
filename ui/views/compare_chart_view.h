#pragma once
// CNN vs RNN for one track, as Qt Charts: a scatter of the 50 tag probabilities (CNN on x, RNN
// on y) with the diagonal where they agree, and grouped horizontal bars for the union of each
// network's top tags (most probable on average at the top). Hovering a point names its tag.

#include <QStringList>
#include <QWidget>
#include <vector>

class QChartView;
class QHorizontalBarSeries;
class QLineSeries;
class QScatterSeries;

namespace tagscope::ui {

class CompareChartView : public QWidget {
    Q_OBJECT
public:
    explicit CompareChartView(QWidget* parent = nullptr);

    // 50 values each, tag order; either empty clears both charts.
    void setResults(std::vector<float> cnn, std::vector<float> rnn);
    void setTopN(int n);  // each network's top n tags make the bars (default 5)

    QChartView* scatterView() const { return scatterView_; }
    QChartView* barsView() const { return barsView_; }
    QScatterSeries* scatterSeries() const { return scatter_; }  // point i: tag i
    QLineSeries* diagonal() const { return diagonal_; }
    QHorizontalBarSeries* barSeries() const { return bars_; }  // sets: CNN, RNN
    QStringList barCategories() const;                         // top to bottom

    // The tag under a point of the scatter's plot (chart coordinates), or -1.
    int tagAt(const QPointF& chartPosition) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildBars();
    void fitToWidth();  // tick count and the scatter's height
    void applyPalette();
    void showTagTip(const QPointF& value, bool entered);

    std::vector<float> cnn_, rnn_;
    int topN_ = 5;
    std::vector<int> barTags_;  // top to bottom
    QChartView* scatterView_;
    QChartView* barsView_;
    QScatterSeries* scatter_;
    QLineSeries* diagonal_;
    QHorizontalBarSeries* bars_;
};

}  // namespace tagscope::ui
