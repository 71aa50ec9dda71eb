#include "ui/session/library.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "engine/error.h"
#include "engine/store/result_store.h"
#include "ui/analysis/analysis_service.h"
#include "ui/analysis/store_lookup.h"
#include "ui/session/track_session.h"

namespace tagscope::ui {
namespace {

QStringList toStrings(const std::vector<std::string>& paths) {
    QStringList list;
    for (const std::string& path : paths) list << QString::fromStdString(path);
    return list;
}

}  // namespace

Library::Library(TrackSession& session, QString storePath, QObject* parent)
    : QObject(parent),
      session_(session),
      service_(&session.service()),
      storePath_(std::move(storePath)) {}

Library::~Library() {
    if (!service_) return;
    for (JobId task : {openTask_, listingTask_, rescanTask_, folderTask_})
        if (task) service_->cancelTask(task);
}

void Library::open() {
    if (opened_ || openTask_) return;
    session_.awaitStore();
    openTask_ = service_->runTask(
        [this, path = storePath_](const TaskContext&) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            ResultStore::Opened store = ResultStore::open(QDir::cleanPath(path).toStdString());
            const QStringList folders = toStrings(store.store->folders());
            return std::function<void()>([this, store, folders] {
                openTask_ = 0;
                opened_ = true;
                folders_ = folders;
                session_.setStore(store.store);
                for (const std::string& warning : store.warnings)
                    emit problem(tr("Library store replaced"),
                                 tr("The library store could not be used and was moved aside; "
                                    "a new, empty one was made. Nothing was deleted.\n\n%1")
                                     .arg(QString::fromStdString(warning)));
                emit opened();
                emit foldersChanged();
                listStoredTracks();
            });
        },
        [this](const QString& error) {
            openTask_ = 0;
            opened_ = true;
            session_.setStore(nullptr);
            emit problem(tr("No library store"),
                         tr("The library store could not be opened, so results will not be kept "
                            "after Tagscope closes.\n\n%1")
                             .arg(error));
            emit opened();
        },
        TaskLane::Store);
}

void Library::listStoredTracks() {
    if (folders_.isEmpty() || !session_.store()) return;
    listingTask_ = service_->runTask(
        [this, configurations = session_.storeConfigurations(), folders = folders_,
         configs = session_.activeConfigs()](const TaskContext& context) {
            AnswerBatches answers([&](std::vector<StoreAnswer> batch) {
                context.deliver([this, batch = std::move(batch)]() mutable {
                    session_.takeStoredTracks(std::move(batch));
                });
            });
            listStoredFolders(*configurations, folders, configs, context, answers);
            return std::function<void()>([this] {
                listingTask_ = 0;
                rescan();
            });
        },
        [this](const QString& error) {
            listingTask_ = 0;
            reportFailure(error);
        },
        TaskLane::Store);
}

void Library::rescan() {
    if (!session_.store()) return;
    stopRescan();
    if (folders_.isEmpty()) return;
    LibraryScanRequest request{folders_, session_.listedPaths(), session_.activeConfigs()};
    emit rescanStarted();
    rescanTask_ = service_->runTask(
        [this, configurations = session_.storeConfigurations(),
         request = std::move(request)](const TaskContext& context) {
            AnswerBatches answers([&](std::vector<StoreAnswer> batch) {
                context.deliver([this, batch = std::move(batch)]() mutable {
                    session_.takeStoredTracks(std::move(batch));
                });
            });
            const LibraryScanReport report = scanLibrary(
                *configurations, request, context, answers, [&](int checked, int total) {
                    context.deliver(
                        [this, checked, total] { emit rescanProgress(checked, total); });
                });
            return std::function<void()>([this, report] {
                rescanTask_ = 0;
                lastRescan_ = report;
                session_.removePaths(report.removed);
                emit rescanFinished(summaryOf(report), false);
            });
        },
        [this](const QString& error) {
            rescanTask_ = 0;
            emit rescanFinished(tr("Library rescan failed: %1").arg(error), false);
        },
        TaskLane::Store);
}

void Library::stopRescan() {
    if (!rescanTask_) return;
    service_->cancelTask(rescanTask_);
    rescanTask_ = 0;
    emit rescanFinished(tr("Library rescan stopped"), true);
}

void Library::addFolder(const QString& folder) {
    if (!session_.store()) return;
    runStoreTask(
        [this, store = session_.store(), folder](const TaskContext&) {
            store->addFolder(QDir::cleanPath(folder).toStdString());
            const QStringList folders = toStrings(store->folders());
            return std::function<void()>([this, folders] {
                folderTask_ = 0;
                folders_ = folders;
                emit foldersChanged();
                rescan();
            });
        },
        &folderTask_);
}

void Library::removeFolder(const QString& folder) {
    if (!session_.store()) return;
    stopRescan();
    runStoreTask(
        [this, store = session_.store(), folder](const TaskContext&) {
            store->removeFolder(folder.toStdString());
            const QStringList folders = toStrings(store->folders());
            return std::function<void()>([this, folder, folders] {
                folderTask_ = 0;
                folders_ = folders;
                QStringList leaving;
                for (const QString& path : session_.listedPaths())
                    if (isInFolders(path, {folder}) && !isInFolders(path, folders_))
                        leaving << path;
                session_.removePaths(leaving);
                emit foldersChanged();
            });
        },
        &folderTask_);
}

void Library::runStoreTask(TaskWork work, JobId* task) {
    const JobId id = service_->runTask(
        std::move(work),
        [this, task](const QString& error) {
            if (task) *task = 0;
            reportFailure(error);
        },
        TaskLane::Store);
    if (task) *task = id;
}

void Library::reportFailure(const QString& error) {
    emit rescanFinished(tr("Library: %1").arg(error), false);
}

QString Library::summaryOf(const LibraryScanReport& report) const {
    const QLocale locale;
    QString summary =
        tr("Library rescanned: %1 files; %2 new, %3 changed, %4 removed")
            .arg(locale.toString(report.checked), locale.toString(report.added),
                 locale.toString(report.changed), locale.toString(report.removed.size()));
    if (!report.missingFolders.isEmpty())
        summary += QStringLiteral(" · ") +
                   tr("not found: %1").arg(report.missingFolders.join(QStringLiteral(", ")));
    return summary;
}

}  // namespace tagscope::ui
