#pragma once
// The current track's tags: a "Tags" tab with the bars (and a heading saying which prediction
// they show) and a "Compare" tab with CNN vs RNN, enabled when both networks ran: the mirrored
// bars, then the same as charts (a scatter of the 50 tags, grouped bars of the top tags).

#include <QWidget>
#include <vector>

class QLabel;
class QTabWidget;

namespace tagscope::ui {

class CompareChartView;
class CompareView;
class TagBarsModel;
class TagBarsView;

class TagPanel : public QWidget {
    Q_OBJECT
public:
    explicit TagPanel(QWidget* parent = nullptr);

    TagBarsModel* barsModel() const { return barsModel_; }
    TagBarsView* barsView() const { return barsView_; }
    CompareView* compareView() const { return compareView_; }
    CompareChartView* compareChart() const { return compareChart_; }
    QTabWidget* tabs() const { return tabs_; }
    QString heading() const;

    // 50 values (empty clears) and what they are, e.g. "CNN · Original central window".
    // emptyText: what the bars say when there are none (default "No tags yet").
    void showPrediction(const std::vector<float>& probabilities, const QString& heading,
                        const QString& emptyText = {});
    // Both networks' values for the same prediction; either empty disables the tab.
    void showComparison(std::vector<float> cnn, std::vector<float> rnn, const QString& heading);
    void setTopN(int n);
    // A line under the heading when the shown prediction comes from padding or silence (empty
    // hides it).
    void setWarning(const QString& warning);
    QString warning() const;

private:
    TagBarsModel* barsModel_;
    TagBarsView* barsView_;
    CompareView* compareView_;
    CompareChartView* compareChart_;
    QTabWidget* tabs_;
    QLabel* barsHeading_;
    QLabel* warning_;
    QLabel* compareHeading_;
    QWidget* compareTab_;
};

}  // namespace tagscope::ui
