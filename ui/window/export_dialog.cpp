#include "ui/window/export_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tagscope::ui {

ExportDialog::ExportDialog(int trackCount, int selectedCount, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export CSV"));
    auto* scope = new QGroupBox(tr("Tracks"), this);
    all_ = new QRadioButton(tr("All tagged tracks (%n)", nullptr, trackCount), scope);
    selected_ = new QRadioButton(tr("Selected tracks (%n)", nullptr, selectedCount), scope);
    selected_->setEnabled(selectedCount > 0);
    (selectedCount > 1 ? selected_ : all_)->setChecked(true);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(all_);
    scopeLayout->addWidget(selected_);

    windows_ = new QCheckBox(tr("Include per-window rows"), this);
    windows_->setToolTip(
        tr("Adds a start_s column and one row per 29.12 s analysis window instead of one row "
           "per track"));
    auto* note = new QLabel(
        tr("The format is the command line's: one row per file and model, 50 probabilities."),
        this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(windows_);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool ExportDialog::selectedOnly() const {
    return selected_->isChecked();
}
bool ExportDialog::withWindows() const {
    return windows_->isChecked();
}

}  // namespace tagscope::ui
