#include "ui/window/thresholds_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

#include "engine/decisions/tag_decisions.h"
#include "engine/tags.h"
#include "ui/model/decision_preview.h"
#include "ui/model/thresholds_table_model.h"
#include "ui/window/threshold_delegate.h"

namespace tagscope::ui {
namespace {

constexpr int kSliderSteps = 1000;  // the slider moves in thousandths, as the spin box shows

}  // namespace

ThresholdsDialog::ThresholdsDialog(const Vocabulary& vocabulary, const Thresholds& current,
                                   std::vector<std::vector<float>> tracks, QWidget* parent)
    : QDialog(parent), vocabulary_(vocabulary), tracks_(std::move(tracks)) {
    setWindowTitle(tr("Tag Thresholds"));
    model_ = new ThresholdsTableModel(vocabulary_, this);
    model_->setThresholds(current);

    auto* intro = new QLabel(
        tr("A track gets a label when the label's probability reaches its threshold: its own "
           "where it has one, otherwise the default."),
        this);
    intro->setWordWrap(true);

    defaultSpin_ = new QDoubleSpinBox(this);
    defaultSpin_->setObjectName(QStringLiteral("defaultThreshold"));
    defaultSpin_->setRange(0.0, 1.0);
    defaultSpin_->setDecimals(3);
    defaultSpin_->setSingleStep(0.01);
    defaultSlider_ = new QSlider(Qt::Horizontal, this);
    defaultSlider_->setRange(0, kSliderSteps);
    defaultSlider_->setPageStep(kSliderSteps / 20);
    auto* defaultRow = new QHBoxLayout;
    defaultRow->addWidget(defaultSlider_, 1);
    defaultRow->addWidget(defaultSpin_);

    topN_ = new QSpinBox(this);
    topN_->setObjectName(QStringLiteral("topN"));
    topN_->setRange(0, int(kTagCount));
    topN_->setSpecialValueText(tr("No limit"));
    topN_->setToolTip(tr("At most this many tags per track, the most probable"));

    auto* topNRow = new QHBoxLayout;
    topNRow->addWidget(topN_);
    topNRow->addStretch(1);

    auto* form = new QFormLayout;
    auto* defaultLabel = new QLabel(tr("&Default threshold:"), this);
    defaultLabel->setBuddy(defaultSpin_);
    auto* topNLabel = new QLabel(tr("&Tags per track, at most:"), this);
    topNLabel->setBuddy(topN_);
    form->addRow(defaultLabel, defaultRow);
    form->addRow(topNLabel, topNRow);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    proxy->setSortRole(ThresholdsTableModel::SortRole);
    table_ = new QTableView(this);
    table_->setModel(proxy);
    table_->setItemDelegateForColumn(ThresholdsTableModel::ThresholdColumn,
                                     new ThresholdDelegate(table_));
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 10);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ThresholdsTableModel::LabelColumn, QHeaderView::Stretch);
    header->setSortIndicatorClearable(true);  // a third click: vocabulary order again
    header->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("summary"));
    summary_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ThresholdsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(table_, 1);
    layout->addWidget(summary_);
    layout->addWidget(buttons);

    recount_ = new QTimer(this);
    recount_->setSingleShot(true);
    recount_->setInterval(0);
    connect(recount_, &QTimer::timeout, this, &ThresholdsDialog::recount);
    connect(model_, &ThresholdsTableModel::thresholdsChanged, recount_,
            qOverload<>(&QTimer::start));

    connect(defaultSlider_, &QSlider::valueChanged, this,
            [this](int steps) { defaultSpin_->setValue(double(steps) / kSliderSteps); });
    connect(defaultSpin_, &QDoubleSpinBox::valueChanged, this, [this](double threshold) {
        const QSignalBlocker quiet(defaultSlider_);
        defaultSlider_->setValue(int(std::lround(threshold * kSliderSteps)));
        model_->setGlobalDefault(threshold);
    });
    connect(topN_, &QSpinBox::valueChanged, model_, &ThresholdsTableModel::setTopN);

    showThresholds();
    recount();
    resize(560, 680);
}

Thresholds ThresholdsDialog::thresholds() const {
    return model_->thresholds();
}

void ThresholdsDialog::restoreDefaults() {
    model_->setThresholds(Thresholds{});
    showThresholds();
}

QString ThresholdsDialog::summary() const {
    return summary_->text();
}

void ThresholdsDialog::showThresholds() {
    const Thresholds& thresholds = model_->thresholds();
    // The spin box shows thousandths; a finer default stays as it is until it is edited.
    const QSignalBlocker quietSpin(defaultSpin_);
    const QSignalBlocker quietSlider(defaultSlider_);
    const QSignalBlocker quietTopN(topN_);
    defaultSpin_->setValue(thresholds.globalDefault);
    defaultSlider_->setValue(int(std::lround(thresholds.globalDefault * kSliderSteps)));
    topN_->setValue(thresholds.topN);
}

void ThresholdsDialog::recount() {
    recount_->stop();
    const DecisionPreview preview =
        previewDecisions(tracks_, TagDecider(vocabulary_, model_->thresholds()));
    model_->setCounts(preview.perLabel);
    const QLocale locale;
    if (preview.tracks == 0) {
        summary_->setText(tr("No tagged tracks to preview."));
        return;
    }
    summary_->setText(
        tr("Tracks with at least one tag: %1 of %2 (%3 tags per track on average).")
            .arg(locale.toString(qulonglong(preview.tagged)),
                 locale.toString(qulonglong(preview.tracks)),
                 locale.toString(double(preview.tags) / double(preview.tracks), 'f', 1)));
}

}  // namespace tagscope::ui
