#include "ui/window/tag_write_preview_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/model/tag_write_plan_model.h"

namespace tagscope::ui {

TagWritePreviewDialog::TagWritePreviewDialog(WriteMode mode, int trackCount, QWidget* parent)
    : QDialog(parent), model_(new TagWritePlanModel(this)) {
    setObjectName(QStringLiteral("tagWritePreviewDialog"));
    setWindowTitle(tr("Write Tags into Files"));

    auto* intro = new QLabel(
        tr("The decided tags of %n track(s) go into the files' GENRE and MOOD fields, and all of "
           "them with their probabilities into TAGSCOPE. Nothing else in the files changes, and "
           "nothing is written until you press Write; Edit ▸ Undo Write restores the fields.",
           nullptr, trackCount),
        this);
    intro->setWordWrap(true);

    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("writeModeBox"));
    mode_->addItem(tr("Add to the current values"), int(WriteMode::Add));
    mode_->addItem(tr("Replace the current values"), int(WriteMode::Replace));
    mode_->setToolTip(
        tr("Add keeps what a field holds and appends the new labels; replace puts "
           "the decided labels in its place. TAGSCOPE is always replaced, and a "
           "field for which nothing is decided is left as it is."));
    setMode(mode);
    connect(mode_, &QComboBox::currentIndexChanged, this,
            [this] { emit modeChanged(this->mode()); });
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(new QLabel(tr("Mode:"), this));
    modeRow->addWidget(mode_);
    modeRow->addStretch(1);

    view_ = new QTreeView(this);
    view_->setObjectName(QStringLiteral("tagWritePlanView"));
    view_->setModel(model_);
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->setSelectionMode(QAbstractItemView::NoSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->header()->setStretchLastSection(true);
    view_->header()->resizeSection(TagWritePlanModel::NameColumn, 230);
    view_->header()->resizeSection(TagWritePlanModel::CurrentColumn, 230);
    connect(model_, &QAbstractItemModel::modelReset, view_, &QTreeView::expandAll);
    connect(model_, &TagWritePlanModel::checkedChanged, this, &TagWritePreviewDialog::showSummary);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("tagWriteSummary"));
    summary_->setWordWrap(true);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("tagWriteProgress"));
    progress_->hide();

    auto* buttons = new QDialogButtonBox(this);
    write_ = buttons->addButton(tr("&Write"), QDialogButtonBox::AcceptRole);
    write_->setObjectName(QStringLiteral("writeButton"));
    cancel_ = buttons->addButton(QDialogButtonBox::Cancel);
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    write_->setDefault(false);
    write_->setAutoDefault(false);
    connect(write_, &QPushButton::clicked, this, &TagWritePreviewDialog::requestWrite);
    connect(cancel_, &QPushButton::clicked, this, &TagWritePreviewDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(modeRow);
    layout->addWidget(view_, 1);
    layout->addWidget(summary_);
    layout->addWidget(progress_);
    layout->addWidget(buttons);
    resize(820, 520);
    showPlanning();
}

WriteMode TagWritePreviewDialog::mode() const {
    return WriteMode(mode_->currentData().toInt());
}

void TagWritePreviewDialog::setMode(WriteMode mode) {
    const QSignalBlocker quiet(mode_);
    mode_->setCurrentIndex(mode_->findData(int(mode)));
}

void TagWritePreviewDialog::showPlanning() {
    planning_ = true;
    view_->setEnabled(false);
    summary_->setText(tr("Reading the tracks' results and the files' current fields…"));
    write_->setEnabled(false);
}

void TagWritePreviewDialog::showPlan(WritePlan plan) {
    planning_ = false;
    view_->setEnabled(true);
    model_->setPlan(std::move(plan));
    showSummary();
}

void TagWritePreviewDialog::showPlanFailed(const QString& error) {
    planning_ = false;
    model_->setPlan({});
    summary_->setText(tr("No preview: %1").arg(error));
    write_->setEnabled(false);
}

void TagWritePreviewDialog::showSummary() {
    if (planning_ || writing_) return;
    const int fields = model_->checkedFieldCount();
    const int files = model_->checkedFileCount();
    const int failures = int(model_->plan().failures.size());
    QString text = fields == 0 ? tr("Nothing will change.")
                               : tr("%1 in %2 will change.")
                                     .arg(tr("%n field(s)", nullptr, fields),
                                          tr("%n file(s)", nullptr, files));
    if (failures > 0)
        text += QLatin1Char(' ') +
                tr("%n file(s) cannot be written (see the list).", nullptr, failures);
    summary_->setText(text);
    write_->setEnabled(fields > 0);
}

void TagWritePreviewDialog::requestWrite() {
    if (planning_ || writing_ || model_->checkedFieldCount() == 0) return;
    emit writeRequested(model_->checkedPlan());
}

void TagWritePreviewDialog::showWriting(int done, int total, const QString& file) {
    writing_ = true;
    view_->setEnabled(false);
    mode_->setEnabled(false);
    write_->setEnabled(false);
    progress_->show();
    progress_->setRange(0, std::max(total, 1));
    progress_->setValue(done);
    summary_->setText(file.isEmpty() ? tr("Writing…")
                                     : tr("Writing… %1 of %2 files done (%3)")
                                           .arg(done)
                                           .arg(total)
                                           .arg(QFileInfo(file).fileName()));
}

void TagWritePreviewDialog::reject() {
    if (!writing_) {
        QDialog::reject();
        return;
    }
    cancel_->setEnabled(false);
    summary_->setText(tr("Stopping after the file being written…"));
    emit stopRequested();
}

}  // namespace tagscope::ui
