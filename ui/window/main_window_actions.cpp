// MainWindow's file, export and calibration commands (the dialogs around the session's work).
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <algorithm>

#include "engine/tags.h"
#include "ui/analysis/analysis_service.h"
#include "ui/analysis/calibration_job.h"
#include "ui/export/csv_export.h"
#include "ui/session/audio_files.h"
#include "ui/session/track_session.h"
#include "ui/window/export_dialog.h"
#include "ui/window/main_window.h"

namespace tagscope::ui {
namespace {

QString audioFileFilter() {
    return QCoreApplication::translate("tagscope::ui::MainWindow",
                                       "Audio files (%1);;All files (*)")
        .arg(
            QStringLiteral("*.mp3 *.flac *.ogg *.oga *.opus *.wav *.aif *.aiff *.m4a *.aac *.wma"));
}

QString calibrationFileFilter() {
    return QCoreApplication::translate("tagscope::ui::MainWindow",
                                       "Calibrations (*.calibration.json *.json *.h5)");
}

}  // namespace

void MainWindow::openFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Audio Files"), settings_.lastFolder(), audioFileFilter());
    if (files.isEmpty()) return;
    settings_.setLastFolder(QFileInfo(files.front()).absolutePath());
    addRecentPaths(files);
    addPaths(files);
}

void MainWindow::openFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open Folder"), settings_.lastFolder());
    if (folder.isEmpty()) return;
    settings_.setLastFolder(folder);
    addRecentPaths({folder});
    addPathsInBackground({folder});
}

void MainWindow::addPathsInBackground(const QStringList& paths) {
    statusBar()->showMessage(
        tr("Looking for audio files in %1…").arg(paths.join(QStringLiteral(", "))));
    session_->service().runTask(
        [this, paths](const TaskContext& context) {
            CollectedAudio collected =
                collectAudioFiles(paths, [&context] { context.throwIfStopped(); });
            return std::function<void()>(
                [this, collected = std::move(collected)] { addCollected(collected); });
        },
        [this](const QString& error) { statusBar()->showMessage(error, 15000); });
}

void MainWindow::addRecentPaths(const QStringList& paths) {
    QStringList recent = settings_.recentFiles();
    for (const QString& path : paths) {
        recent.removeAll(path);
        recent.prepend(path);
    }
    settings_.setRecentFiles(recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = settings_.recentFiles();
    for (const QString& path : recent) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(this, tr("Open Recent"), tr("%1 no longer exists.").arg(path));
                return;
            }
            addRecentPaths({path});
            addPaths({path});
        });
    }
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("Clear List"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        settings_.setRecentFiles({});
        rebuildRecentMenu();
    });
}

QString MainWindow::exportCsv(const QString& path, bool selectedOnly, bool withWindows) const {
    std::vector<TrackId> ids = selectedOnly ? selectedTracks() : session_->tracks()->trackIds();
    if (selectedOnly)  // in list order, like "all"
        std::sort(ids.begin(), ids.end(), [this](TrackId a, TrackId b) {
            return session_->tracks()->rowOf(a) < session_->tracks()->rowOf(b);
        });
    std::vector<TagResult> results;
    for (TrackId id : ids) {
        for (NetworkKind kind : session_->activeNetworks()) {
            const ModelResult* r = session_->result(id, kind);
            if (!r || !r->complete) continue;
            TagResult result;
            result.file = session_->path(id).toStdString();
            result.model = kind;
            result.weights = r->weightsPath;
            result.norm = session_->configFor(kind).norm;
            result.probabilities = r->central;
            result.segments = r->segments;
            results.push_back(std::move(result));
        }
    }
    if (results.empty()) return tr("No tagged tracks to export yet.");
    return writeCsvFile(path, results, withWindows);
}

int MainWindow::exportableTracks(bool selectedOnly) const {
    const std::vector<TrackId> ids =
        selectedOnly ? selectedTracks() : session_->tracks()->trackIds();
    return int(std::count_if(ids.begin(), ids.end(), [this](TrackId id) {
        for (NetworkKind kind : session_->activeNetworks())
            if (const ModelResult* r = session_->result(id, kind); r && r->complete) return true;
        return false;
    }));
}

void MainWindow::exportCsvInteractively() {
    // What would be written: failed and unfinished tracks are not counted.
    ExportDialog options(exportableTracks(false), exportableTracks(true), this);
    if (options.exec() != QDialog::Accepted) return;
    const QString suggested = QDir(settings_.lastFolder()).filePath(QStringLiteral("tags.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) return;
    const QString error = exportCsv(path, options.selectedOnly(), options.withWindows());
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Export failed"),
                              tr("The CSV file was not written.\n\n%1").arg(error));
        return;  // its folder is not remembered: the next dialog starts where the last success went
    }
    settings_.setLastFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported to %1").arg(path), 6000);
}

void MainWindow::setNormalisationFromCombo() {
    session_->setNormalisation(NormalisationChoice(normCombo_->currentData().toInt()));
}

void MainWindow::addCustomCalibrationChoice() {
    const int custom = int(NormalisationChoice::CustomCalibration);
    int index = normCombo_->findData(custom);
    if (index < 0) {
        normCombo_->insertItem(1, tr("Calibrated (custom)"), custom);
        index = 1;
    }
    QStringList files;
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet})
        if (!session_->customCalibration(kind).isEmpty())
            files << QStringLiteral("%1: %2").arg(networkShortName(kind),
                                                  session_->customCalibration(kind));
    normCombo_->setItemData(index, files.join(QLatin1Char('\n')), Qt::ToolTipRole);
    normCombo_->setCurrentIndex(index);
    saveCalibrationAction_->setEnabled(true);
}

void MainWindow::calibrateOnTracks() {
    std::vector<CalibrationInput> tracks;
    for (TrackId id : session_->tracks()->trackIds())
        if (session_->tracks()->entry(id)->status == TrackStatus::Done)
            tracks.push_back({session_->path(id), session_->decoded(id)});
    if (tracks.empty()) {
        QMessageBox::information(this, tr("Calibrate"),
                                 tr("No tagged tracks yet: add tracks and wait until they are "
                                    "tagged."));
        return;
    }
    if (!calibrationDir_.isValid()) {
        QMessageBox::critical(this, tr("Calibrate"), tr("Cannot create a temporary folder."));
        return;
    }
    const int count = int(tracks.size());
    auto* job = CalibrationJob::compute(session_->service(), std::move(tracks),
                                        {NetworkKind::ConvNet, NetworkKind::RecurrentNet},
                                        calibrationDir_.path(), this);
    calibrateAction_->setEnabled(false);
    statusBar()->showMessage(tr("Calibrating on %n track(s)…", nullptr, count));
    connect(job, &CalibrationJob::finished, this,
            [this, job, count](const QList<CalibrationFile>& files) {
                for (const CalibrationFile& f : files)
                    session_->setCustomCalibration(f.kind, f.path);
                addCustomCalibrationChoice();
                calibrateAction_->setEnabled(true);
                statusBar()->showMessage(
                    tr("Calibrated on %n track(s); results are being recomputed", nullptr, count),
                    6000);
                job->deleteLater();
            });
    connect(job, &CalibrationJob::failed, this, [this, job](const QString& error) {
        calibrateAction_->setEnabled(true);
        QMessageBox::critical(this, tr("Calibration failed"), error);
        job->deleteLater();
    });
}

void MainWindow::loadCalibration() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Calibration"), settings_.lastFolder(), calibrationFileFilter());
    if (path.isEmpty()) return;
    auto* job = CalibrationJob::inspect(session_->service(), path, this);
    connect(job, &CalibrationJob::finished, this, [this, job](const QList<CalibrationFile>& files) {
        for (const CalibrationFile& f : files) {
            session_->setCustomCalibration(f.kind, f.path);
            statusBar()->showMessage(
                tr("Loaded a %1 calibration (%n track(s))", nullptr, f.clipCount)
                    .arg(networkShortName(f.kind)),
                6000);
        }
        addCustomCalibrationChoice();
        job->deleteLater();
    });
    connect(job, &CalibrationJob::failed, this, [this, job](const QString& error) {
        QMessageBox::critical(this, tr("Cannot load calibration"), error);
        job->deleteLater();
    });
}

void MainWindow::saveCalibration() {
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        const QString source = session_->customCalibration(kind);
        if (source.isEmpty()) continue;
        const QString suggested = QDir(settings_.lastFolder())
                                      .filePath(QStringLiteral("%1.calibration.json")
                                                    .arg(QString::fromStdString(networkId(kind))));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save %1 Calibration").arg(networkShortName(kind)), suggested,
            calibrationFileFilter());
        if (path.isEmpty()) continue;
        settings_.setLastFolder(QFileInfo(path).absolutePath());
        QFile in(source);
        QSaveFile out(path);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
            out.write(in.readAll()) < 0 || !out.commit()) {
            QMessageBox::critical(
                this, tr("Cannot save calibration"),
                tr("%1 was not written: %2")
                    .arg(path, out.errorString().isEmpty() ? in.errorString() : out.errorString()));
            continue;
        }
        statusBar()->showMessage(tr("Saved %1").arg(path), 6000);
    }
}

}  // namespace tagscope::ui
