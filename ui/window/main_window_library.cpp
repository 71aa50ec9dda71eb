// MainWindow's library commands: folders kept in the library, rescans and their progress,
// and problems with the store (shown until dismissed).
#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>

#include "ui/model/track_filter_proxy.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/window/library_folders_dialog.h"
#include "ui/window/main_window.h"

namespace tagscope::ui {

void MainWindow::createLibraryActions() {
    addToLibraryAction_ = new QAction(tr("Add Folder to &Library…"), this);
    addToLibraryAction_->setObjectName(QStringLiteral("addToLibraryAction"));
    addToLibraryAction_->setStatusTip(
        tr("Keep a folder in the library: its tracks are listed at every start and rescanned"));
    connect(addToLibraryAction_, &QAction::triggered, this, &MainWindow::addFolderToLibrary);

    libraryFoldersAction_ = new QAction(tr("Library Fol&ders…"), this);
    libraryFoldersAction_->setObjectName(QStringLiteral("libraryFoldersAction"));
    libraryFoldersAction_->setStatusTip(tr("See and remove the folders kept in the library"));
    connect(libraryFoldersAction_, &QAction::triggered, this, &MainWindow::showLibraryFolders);

    rescanAction_ = new QAction(tr("&Rescan Library"), this);
    rescanAction_->setObjectName(QStringLiteral("rescanAction"));
    rescanAction_->setShortcut(QKeySequence::Refresh);
    rescanAction_->setStatusTip(
        tr("Look for new, changed and removed files in the library's folders"));
    connect(rescanAction_, &QAction::triggered, library_, &Library::rescan);

    stopRescanAction_ =
        new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("S&top Rescan"), this);
    stopRescanAction_->setObjectName(QStringLiteral("stopRescanAction"));
    stopRescanAction_->setEnabled(false);
    connect(stopRescanAction_, &QAction::triggered, library_, &Library::stopRescan);

    for (QAction* action : {addToLibraryAction_, libraryFoldersAction_, rescanAction_})
        action->setEnabled(false);  // until the store is open
}

void MainWindow::connectLibrary() {
    connect(library_, &Library::opened, this, [this] {
        const bool usable = session_->store() != nullptr;
        for (QAction* action : {addToLibraryAction_, libraryFoldersAction_, rescanAction_})
            action->setEnabled(usable);
        if (library_->folders().isEmpty() && !pathsUnlessLibrary_.isEmpty())
            addPaths(pathsUnlessLibrary_);
        pathsUnlessLibrary_.clear();
    });
    connect(library_, &Library::problem, this, &MainWindow::showStoreProblem);
    connect(library_, &Library::rescanStarted, this, [this] {
        stopRescanAction_->setEnabled(true);
        rescanLabel_->setText(tr("Rescanning library…"));
        rescanLabel_->show();
    });
    connect(library_, &Library::rescanProgress, this, [this](int checked, int total) {
        const QLocale locale;
        rescanLabel_->setText(tr("Rescanning library… %1 of %2 files")
                                  .arg(locale.toString(checked), locale.toString(total)));
    });
    connect(library_, &Library::rescanFinished, this, [this](const QString& summary) {
        stopRescanAction_->setEnabled(false);
        rescanLabel_->hide();
        statusBar()->showMessage(summary, 10000);
    });
    connect(session_, &TrackSession::storedTracksTaken, this, [this] {
        if (!trackView_->currentIndex().isValid() && proxy_->rowCount() > 0)
            selectTrack(proxy_->index(0, 0).data(TrackListModel::TrackIdRole).value<TrackId>());
    });
}

void MainWindow::addFolderToLibrary() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder to Library"),
                                                             settings_.lastFolder());
    if (folder.isEmpty()) return;
    settings_.setLastFolder(folder);
    library_->addFolder(folder);
    statusBar()->showMessage(tr("Added %1 to the library").arg(folder), 5000);
}

void MainWindow::showLibraryFolders() {
    LibraryFoldersDialog dialog(*library_, settings_.lastFolder(), this);
    dialog.exec();
}

void MainWindow::showStoreProblem(const QString& title, const QString& message) {
    storeProblemLabel_->setText(QStringLiteral("⚠ ") + title);
    storeProblemLabel_->setToolTip(message);
    storeProblemLabel_->show();
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("storeProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace tagscope::ui
