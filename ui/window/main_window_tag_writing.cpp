// MainWindow's tags into the files: Tools ▸ Write Tags into Files… (the preview made in the
// background, then the checked fields written in the background with progress and Cancel) and
// Edit ▸ Undo Write (the last write not yet undone, restored in the background). The files are
// not analysed again afterwards: the engine gives the store the rewritten files' identities.
#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include "ui/analysis/tag_write_job.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_write_preview_dialog.h"

namespace tagscope::ui {
namespace {

// "name: reason" for each failure (the engine's message names the whole path first).
QString failureLines(const std::vector<TagFailure>& failures) {
    QStringList lines;
    for (const TagFailure& failure : failures) {
        QString error = QString::fromStdString(failure.error);
        const QString path = QString::fromStdString(failure.file);
        if (error.startsWith(path + QStringLiteral(": ")))
            error = QFileInfo(path).fileName() + error.mid(path.size());
        lines << error;
    }
    return lines.join(QLatin1Char('\n'));
}

void showReportBox(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                   const QString& text, const QString& details) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("tagWriteReportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->open();
}

}  // namespace

void MainWindow::createTagWritingActions() {
    writeTagsAction_ = new QAction(tr("&Write Tags into Files…"), this);
    writeTagsAction_->setObjectName(QStringLiteral("writeTagsAction"));
    writeTagsAction_->setStatusTip(
        tr("Preview, then write the decided tags into the selected tracks' files (all tagged "
           "tracks if none is selected)"));
    writeTagsAction_->setEnabled(false);  // until the library is open
    connect(writeTagsAction_, &QAction::triggered, this, &MainWindow::previewTagWrite);

    undoWriteAction_ = new QAction(tr("&Undo Write"), this);
    undoWriteAction_->setObjectName(QStringLiteral("undoWriteAction"));
    undoWriteAction_->setStatusTip(tr("Restore the fields the last write into files changed"));
    undoWriteAction_->setEnabled(false);
    connect(undoWriteAction_, &QAction::triggered, this, &MainWindow::undoTagWrite);

    connect(library_, &Library::opened, this,
            [this] { writeTagsAction_->setEnabled(!tagWriting_); });
}

void MainWindow::addTagWritingMenuItems(QMenu* edit, QMenu* tools) {
    QAction* first = edit->actions().value(0);
    edit->insertAction(first, undoWriteAction_);
    edit->insertSeparator(first);
    // The journal is read when it may be needed (not at start-up), on a store thread.
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::refreshUndoWrite);
    tools->addSeparator();
    tools->addAction(writeTagsAction_);
}

TagWriteSetup MainWindow::tagWriteSetup() const {
    return {session_->configFor(session_->activeNetworks().front()), session_->store(),
            session_->decider()};
}

void MainWindow::previewTagWrite() {
    if (tagWriteDialog_) {
        tagWriteDialog_->raise();
        tagWriteDialog_->activateWindow();
        return;
    }
    std::vector<TrackId> ids = selectedTracks();
    if (ids.empty()) {
        std::vector<std::vector<float>> probabilities;
        ids = taggedTracks(&probabilities);
    }
    tagWriteFiles_.clear();
    for (TrackId id : ids) tagWriteFiles_ << session_->path(id);
    if (tagWriteFiles_.isEmpty()) {
        statusBar()->showMessage(tr("No tagged tracks to write tags into"), 5000);
        return;
    }
    auto* dialog = new TagWritePreviewDialog(WriteMode::Add, int(tagWriteFiles_.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    tagWriteDialog_ = dialog;
    connect(dialog, &TagWritePreviewDialog::modeChanged, this, &MainWindow::planTagWrite);
    connect(dialog, &TagWritePreviewDialog::writeRequested, this, &MainWindow::writeTags);
    connect(dialog, &TagWritePreviewDialog::stopRequested, this, [this] {
        if (tagWriteJob_) tagWriteJob_->stopWriting();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        if (!tagWriting_) delete tagWriteJob_;  // a plan no longer wanted
    });
    dialog->open();
    planTagWrite(WriteMode::Add);
}

void MainWindow::planTagWrite(WriteMode mode) {
    delete tagWriteJob_;  // the plan of the other mode, if still being made
    tagWriteDialog_->showPlanning();
    TagWriteJob* job =
        TagWriteJob::plan(session_->service(), tagWriteSetup(), tagWriteFiles_, mode, this);
    tagWriteJob_ = job;
    connect(job, &TagWriteJob::planned, this, [this, job](const PlannedWrite& planned) {
        tagWriteSession_ = planned.session;
        if (tagWriteDialog_) tagWriteDialog_->showPlan(planned.plan);
        job->deleteLater();
    });
    connect(job, &TagWriteJob::failed, this, [this, job](const QString& error) {
        if (tagWriteDialog_) tagWriteDialog_->showPlanFailed(error);
        job->deleteLater();
    });
}

void MainWindow::setTagWriting(bool busy) {
    tagWriting_ = busy;
    writeTagsAction_->setEnabled(!busy && library_->isOpen());
    if (busy) undoWriteAction_->setEnabled(false);
}

void MainWindow::writeTags(const WritePlan& plan) {
    if (!tagWriteSession_ || !tagWriteDialog_ || tagWriting_) return;
    int toWrite = 0;
    for (const FileWritePlan& file : plan.files) toWrite += file.changesSomething();
    setTagWriting(true);
    tagWriteDialog_->showWriting(0, toWrite, QString());
    TagWriteJob* job =
        TagWriteJob::write(session_->service(), tagWriteSetup(), tagWriteSession_, plan, this);
    tagWriteJob_ = job;
    connect(job, &TagWriteJob::progressed, this, [this](int done, int total, const QString& file) {
        if (tagWriteDialog_) tagWriteDialog_->showWriting(done, total, file);
    });
    connect(job, &TagWriteJob::written, this, [this, job](const WriteReport& report) {
        job->deleteLater();
        setTagWriting(false);
        if (tagWriteDialog_) tagWriteDialog_->done(QDialog::Accepted);
        showTagWriteReport(report);
        refreshUndoWrite();
    });
    connect(job, &TagWriteJob::failed, this, [this, job](const QString& error) {
        job->deleteLater();
        setTagWriting(false);
        if (tagWriteDialog_) tagWriteDialog_->done(QDialog::Rejected);
        showReportBox(this, QMessageBox::Critical, tr("Write Tags into Files"),
                      tr("No file was written."), error);
        refreshUndoWrite();
    });
}

void MainWindow::showTagWriteReport(const WriteReport& report) {
    const int written = int(report.written.size());
    const int failed = int(report.failures.size());
    QString text = tr("Tags written into %n file(s).", nullptr, written);
    if (failed > 0) text += QLatin1Char(' ') + tr("%n file(s) not written:", nullptr, failed);
    QStringList details;
    if (failed > 0) details << failureLines(report.failures);
    if (written > 0)
        details << tr("Journaled in %1; Edit ▸ Undo Write restores the previous values.")
                       .arg(QString::fromStdString(report.journal));
    for (const std::string& warning : report.warnings) details << QString::fromStdString(warning);
    statusBar()->showMessage(text, 8000);
    showReportBox(this, failed > 0 ? QMessageBox::Warning : QMessageBox::Information,
                  tr("Write Tags into Files"), text, details.join(QStringLiteral("\n\n")));
}

void MainWindow::undoTagWrite() {
    if (tagWriting_) return;
    setTagWriting(true);
    statusBar()->showMessage(tr("Undoing the last write…"));
    TagWriteJob* job = TagWriteJob::undo(session_->service(), tagWriteSetup(), this);
    connect(job, &TagWriteJob::undone, this, [this, job](const UndoReport& report) {
        job->deleteLater();
        setTagWriting(false);
        showUndoReport(report);
        refreshUndoWrite();
    });
    connect(job, &TagWriteJob::failed, this, [this, job](const QString& error) {
        job->deleteLater();
        setTagWriting(false);
        showReportBox(this, QMessageBox::Critical, tr("Undo Write"), tr("Nothing was undone."),
                      error);
        refreshUndoWrite();
    });
}

void MainWindow::showUndoReport(const UndoReport& report) {
    const int failed = int(report.failures.size());
    QString text = report.batch == 0
                       ? tr("There is no write to undo.")
                       : tr("%n file(s) restored.", nullptr, int(report.restored.size()));
    if (!report.alreadyAsBefore.empty())
        text += QLatin1Char(' ') +
                tr("%n file(s) already as before.", nullptr, int(report.alreadyAsBefore.size()));
    if (failed > 0) text += QLatin1Char(' ') + tr("%n file(s) not restored:", nullptr, failed);
    QStringList details;
    if (failed > 0)
        details << failureLines(report.failures)
                << tr("The write stays in the journal: undo it again once these are fixed.");
    for (const std::string& warning : report.warnings) details << QString::fromStdString(warning);
    statusBar()->showMessage(text, 8000);
    showReportBox(this, failed > 0 ? QMessageBox::Warning : QMessageBox::Information,
                  tr("Undo Write"), text, details.join(QStringLiteral("\n\n")));
}

void MainWindow::refreshUndoWrite() {
    if (!library_->isOpen() || journalReader_) return;
    TagWriteJob* job = TagWriteJob::readJournal(session_->service(), tagWriteSetup(), this);
    journalReader_ = job;
    connect(job, &TagWriteJob::journalRead, this, [this, job](int files) {
        journalReader_ = nullptr;
        job->deleteLater();
        undoWriteAction_->setText(files > 0 ? tr("&Undo Write (%n file(s))", nullptr, files)
                                            : tr("&Undo Write"));
        undoWriteAction_->setEnabled(files > 0 && !tagWriting_);
    });
    connect(job, &TagWriteJob::failed, this, [this, job](const QString& error) {
        journalReader_ = nullptr;
        job->deleteLater();
        undoWriteAction_->setText(tr("&Undo Write"));
        undoWriteAction_->setEnabled(false);
        undoWriteAction_->setStatusTip(error);
    });
}

}  // namespace tagscope::ui
