#pragma once
// CNN vs RNN for one track: mirrored bars per tag (CNN left, RNN right) for the union of both
// networks' top tags, the per-tag difference, and the agreement figures (top-5 overlap,
// Spearman's rank correlation over the 50 tags).

#include <QWidget>
#include <memory>
#include <vector>

#include "engine/report/agreement.h"
#include "ui/views/compare_layout.h"

namespace tagscope::ui {

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // 50 values each, tag order; either empty clears the view.
    void setResults(std::vector<float> cnn, std::vector<float> rnn);
    void setTopN(int n);  // tags listed (default 10)
    bool hasResults() const;
    Agreement agreement() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;  // the rows reflow: narrow is taller

    // Where everything is drawn at the current width (for tests).
    CompareLayout currentLayout() const;
    static constexpr int kMinimumWidth = 200;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CompareLayoutText layoutText() const;
    CompareLayout layoutFor(int width) const;

    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tagscope::ui
