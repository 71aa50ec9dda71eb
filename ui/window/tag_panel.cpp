#include "ui/window/tag_panel.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/views/compare_chart_view.h"
#include "ui/views/compare_view.h"
#include "ui/views/tag_bars_model.h"
#include "ui/views/tag_bars_view.h"

namespace tagscope::ui {
namespace {

QLabel* makeHeading(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("predictionHeading"));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(6, 4, 6, 2);
    label->setWordWrap(true);  // a long heading wraps rather than widening the panel
    return label;
}

QWidget* tabPage(QLabel* heading, QWidget* view, QWidget* parent, QLabel* note = nullptr) {
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    if (note) layout->addWidget(note);
    layout->addWidget(view, 1);
    return page;
}

}  // namespace

TagPanel::TagPanel(QWidget* parent) : QWidget(parent) {
    barsModel_ = new TagBarsModel(this);
    barsView_ = new TagBarsView(this);
    barsView_->setObjectName(QStringLiteral("tagBarsView"));
    barsView_->setModel(barsModel_);
    compareView_ = new CompareView(this);
    compareView_->setObjectName(QStringLiteral("compareView"));
    compareChart_ = new CompareChartView(this);
    compareChart_->setObjectName(QStringLiteral("compareChart"));
    barsHeading_ = makeHeading(this);
    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("predictionWarning"));
    warning_->setWordWrap(true);
    warning_->setContentsMargins(6, 0, 6, 4);
    warning_->setVisible(false);
    compareHeading_ = makeHeading(this);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("tagTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(tabPage(barsHeading_, barsView_, tabs_, warning_), tr("Tags"));
    // The comparison reflows with the width and grows taller when narrow: it scrolls.
    auto* compareScroll = new QScrollArea(tabs_);
    compareScroll->setObjectName(QStringLiteral("compareScroll"));
    compareScroll->setFrameShape(QFrame::NoFrame);
    compareScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    compareScroll->setWidgetResizable(true);
    QSizePolicy policy = compareView_->sizePolicy();
    policy.setHeightForWidth(true);
    compareView_->setSizePolicy(policy);
    auto* compareContent = new QWidget(compareScroll);
    compareContent->setObjectName(QStringLiteral("compareContent"));
    auto* compareLayout = new QVBoxLayout(compareContent);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->setSpacing(0);
    compareLayout->addWidget(compareView_);
    compareLayout->addWidget(compareChart_);
    compareScroll->setWidget(compareContent);
    compareTab_ = tabPage(compareHeading_, compareScroll, tabs_);
    tabs_->addTab(compareTab_, tr("Compare CNN / RNN"));
    tabs_->setTabEnabled(1, false);
    tabs_->setTabToolTip(1, tr("Available when both networks have tagged the track"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

QString TagPanel::heading() const {
    return barsHeading_->text();
}

void TagPanel::showPrediction(const std::vector<float>& probabilities, const QString& heading,
                              const QString& emptyText) {
    barsHeading_->setText(heading);
    barsView_->setEmptyText(emptyText);
    if (probabilities.empty()) {
        if (barsModel_->rowCount() > 0) barsModel_->clear();
        return;
    }
    if (probabilities != barsModel_->probabilities()) barsModel_->setProbabilities(probabilities);
}

void TagPanel::showComparison(std::vector<float> cnn, std::vector<float> rnn,
                              const QString& heading) {
    const bool available = !cnn.empty() && !rnn.empty();
    compareHeading_->setText(heading);
    // Disabling the current tab moves to the next enabled one (Similar): back to Tags instead.
    const bool comparing = tabs_->currentWidget() == compareTab_;
    tabs_->setTabEnabled(1, available);
    if (!available) {
        if (comparing) tabs_->setCurrentIndex(0);
        compareView_->setResults({}, {});
        compareChart_->setResults({}, {});
        return;
    }
    compareChart_->setResults(cnn, rnn);
    compareView_->setResults(std::move(cnn), std::move(rnn));
}

void TagPanel::setWarning(const QString& warning) {
    if (warning == warning_->text() && warning_->isHidden() == warning.isEmpty()) return;
    // A warm colour, readable on light and dark palettes alike.
    warning_->setText(warning);
    warning_->setStyleSheet(QStringLiteral("color: #c75f00;"));
    warning_->setToolTip(warning);
    warning_->setVisible(!warning.isEmpty());
}

QString TagPanel::warning() const {
    return warning_->isHidden() ? QString() : warning_->text();
}

void TagPanel::setTopN(int n) {
    barsModel_->setTopN(n);
}

}  // namespace tagscope::ui
