#include "ui/window/library_folders_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/session/library.h"

namespace tagscope::ui {

LibraryFoldersDialog::LibraryFoldersDialog(Library& library, QString startFolder, QWidget* parent)
    : QDialog(parent), library_(library), startFolder_(std::move(startFolder)) {
    setObjectName(QStringLiteral("libraryFoldersDialog"));
    setWindowTitle(tr("Library Folders"));
    auto* intro = new QLabel(tr("The tracks in these folders are listed at every start with "
                                "their stored results, and the folders are rescanned for new, "
                                "changed and removed files."),
                             this);
    intro->setWordWrap(true);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("libraryFolderList"));
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* add = new QPushButton(tr("&Add Folder…"), this);
    removeButton_ = new QPushButton(tr("&Remove"), this);
    removeButton_->setObjectName(QStringLiteral("removeLibraryFolderButton"));
    removeButton_->setToolTip(
        tr("Its tracks leave the list; their results stay stored, nothing on disk is touched"));
    auto* rescan = new QPushButton(tr("Re&scan Now"), this);
    connect(add, &QPushButton::clicked, this, &LibraryFoldersDialog::addFolder);
    connect(removeButton_, &QPushButton::clicked, this, &LibraryFoldersDialog::removeSelected);
    connect(rescan, &QPushButton::clicked, &library_, &Library::rescan);
    connect(list_, &QListWidget::itemSelectionChanged, this,
            [this] { removeButton_->setEnabled(!list_->selectedItems().isEmpty()); });

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(removeButton_);
    buttons->addWidget(rescan);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(list_, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    resize(560, 320);

    connect(&library_, &Library::foldersChanged, this, &LibraryFoldersDialog::showFolders);
    showFolders();
}

void LibraryFoldersDialog::showFolders() {
    list_->clear();
    list_->addItems(library_.folders());
    removeButton_->setEnabled(false);
}

void LibraryFoldersDialog::addFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Add Folder to Library"), startFolder_);
    if (!folder.isEmpty()) library_.addFolder(folder);
}

void LibraryFoldersDialog::removeSelected() {
    for (const QListWidgetItem* item : list_->selectedItems()) library_.removeFolder(item->text());
}

}  // namespace tagscope::ui
