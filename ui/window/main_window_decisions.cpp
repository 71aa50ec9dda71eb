// MainWindow's tag decisions: Tools ▸ Tag Thresholds… (kept in the library's store), the
// vocabulary file, and File ▸ Export Playlist… (the tracks matching a tag query, as M3U8).
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

#include "ui/export/playlist_export.h"
#include "ui/session/track_session.h"
#include "ui/window/main_window.h"
#include "ui/window/playlist_export_dialog.h"
#include "ui/window/thresholds_dialog.h"

namespace tagscope::ui {

void MainWindow::createDecisionActions() {
    thresholdsAction_ = new QAction(tr("Tag &Thresholds…"), this);
    thresholdsAction_->setObjectName(QStringLiteral("thresholdsAction"));
    thresholdsAction_->setStatusTip(
        tr("Choose how probable a label must be to become a tag, with a live preview"));
    connect(thresholdsAction_, &QAction::triggered, this, &MainWindow::showThresholds);

    vocabularyAction_ = new QAction(tr("Load &Vocabulary…"), this);
    vocabularyAction_->setObjectName(QStringLiteral("vocabularyAction"));
    vocabularyAction_->setStatusTip(
        tr("Use your own vocabulary file: label names, merged tags and groups"));
    connect(vocabularyAction_, &QAction::triggered, this, &MainWindow::chooseVocabulary);

    shippedVocabularyAction_ = new QAction(tr("Use the Shi&pped Vocabulary"), this);
    shippedVocabularyAction_->setObjectName(QStringLiteral("shippedVocabularyAction"));
    connect(shippedVocabularyAction_, &QAction::triggered, this, &MainWindow::useShippedVocabulary);

    playlistAction_ = new QAction(tr("Export &Playlist…"), this);
    playlistAction_->setObjectName(QStringLiteral("playlistAction"));
    playlistAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    playlistAction_->setStatusTip(tr("Save the tracks matching a tag query as an M3U8 playlist"));
    connect(playlistAction_, &QAction::triggered, this, &MainWindow::exportPlaylist);

    TagDecisionSettings& decisions = session_->decisions();
    const QString vocabulary = settings_.vocabularyPath();
    if (!vocabulary.isEmpty()) {
        const QString problem = decisions.setVocabularyPath(vocabulary);
        if (!problem.isEmpty())
            QMetaObject::invokeMethod(
                this,
                [this, problem] {
                    statusBar()->showMessage(tr("The shipped vocabulary is used: %1").arg(problem),
                                             10000);
                },
                Qt::QueuedConnection);
    }
    shippedVocabularyAction_->setEnabled(!decisions.vocabularyPath().isEmpty());
}

std::vector<TrackId> MainWindow::taggedTracks(
    std::vector<std::vector<float>>* probabilities) const {
    std::vector<TrackId> ids;
    const TrackListModel& tracks = *session_->tracks();
    const NetworkKind primary = session_->activeNetworks().front();
    for (int row = 0; row < tracks.rowCount(); ++row) {
        const TrackId id = tracks.entryAt(row).id;
        const ModelResult* result = session_->result(id, primary);
        if (!result || result->central.size() != std::size_t(kTagCount)) continue;
        ids.push_back(id);
        probabilities->push_back(result->central);
    }
    return ids;
}

void MainWindow::showThresholds() {
    std::vector<std::vector<float>> probabilities;
    taggedTracks(&probabilities);
    TagDecisionSettings& decisions = session_->decisions();
    ThresholdsDialog dialog(decisions.vocabulary(), decisions.thresholds(),
                            std::move(probabilities), this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString problem = decisions.setThresholds(dialog.thresholds());
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Tag Thresholds"), problem);
    else
        statusBar()->showMessage(session_->store() ? tr("Tag thresholds saved in the library")
                                                   : tr("Tag thresholds set for this session"),
                                 5000);
}

void MainWindow::chooseVocabulary() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Load Vocabulary"), settings_.lastFolder(), tr("Vocabulary (*.json)"));
    if (file.isEmpty()) return;
    settings_.setLastFolder(QFileInfo(file).absolutePath());
    const QString problem = session_->decisions().setVocabularyPath(file);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Load Vocabulary"), problem);
        return;
    }
    settings_.setVocabularyPath(file);
    shippedVocabularyAction_->setEnabled(true);
    statusBar()->showMessage(tr("Vocabulary %1 in use").arg(QFileInfo(file).fileName()), 5000);
}

void MainWindow::useShippedVocabulary() {
    const QString problem = session_->decisions().setVocabularyPath(QString());
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Vocabulary"), problem);
        return;
    }
    settings_.setVocabularyPath(QString());
    shippedVocabularyAction_->setEnabled(false);
    statusBar()->showMessage(tr("The shipped vocabulary is in use"), 5000);
}

void MainWindow::exportPlaylist() {
    std::vector<std::vector<float>> probabilities;
    const std::vector<TrackId> ids = taggedTracks(&probabilities);
    PlaylistExportDialog dialog(*session_->decider(), std::move(probabilities),
                                settings_.playlistQuery(), this);
    dialog.setRelativePaths(settings_.playlistRelativePaths());
    if (dialog.exec() != QDialog::Accepted) return;
    settings_.setPlaylistQuery(dialog.query());
    settings_.setPlaylistRelativePaths(dialog.relativePaths());

    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Playlist"), settings_.lastFolder() + QStringLiteral("/tagscope.m3u8"),
        tr("M3U8 playlist (*.m3u8)"));
    if (file.isEmpty()) return;
    std::vector<PlaylistEntry> entries;
    for (std::size_t match : dialog.matches()) {
        const TrackEntry* e = session_->tracks()->entry(ids[match]);
        if (!e) continue;  // removed meanwhile
        entries.push_back(playlistEntry(
            e->path, e->durationSeconds >= 0 ? std::optional(e->durationSeconds) : std::nullopt,
            QString(), e->title));
    }
    const QString problem = writePlaylistFile(file, entries, dialog.relativePaths());
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Playlist"), problem);
        return;
    }
    settings_.setLastFolder(QFileInfo(file).absolutePath());
    statusBar()->showMessage(
        tr("%n track(s) written to %1", nullptr, int(entries.size())).arg(file), 8000);
}

}  // namespace tagscope::ui
