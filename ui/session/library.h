#pragma once
// The app's library: the result store it keeps (opened in the background at start, a damaged
// or newer one moved aside and reported), the folders the user keeps in it, and their
// rescans. At start the stored tracks in those folders are listed at once with their results
// (nothing on disk is looked at), then the folders are rescanned in the background: new files
// are listed and analysed, changed ones analysed again, removed ones leave the list (the
// store keeps them, as its policy says: a moved file is recognised by them). Every store
// operation runs as a task on a store thread; a rescan can be stopped. Lives in the GUI
// thread; the session does the listing.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "ui/analysis/analysis_job.h"
#include "ui/analysis/library_scan.h"

namespace tagscope::ui {

class AnalysisService;
class TrackSession;

class Library : public QObject {
    Q_OBJECT
public:
    Library(TrackSession& session, QString storePath, QObject* parent = nullptr);
    ~Library() override;  // stops its tasks

    // Opens the store in the background; then lists the library and rescans its folders.
    void open();
    bool isOpen() const { return opened_; }  // open, or found unusable (see problem())
    const QString& storePath() const { return storePath_; }
    const QStringList& folders() const { return folders_; }

    // Remembered in the store, then the library is rescanned (its files listed).
    void addFolder(const QString& folder);
    // Forgotten; its tracks leave the list (their results stay in the store).
    void removeFolder(const QString& folder);

    void rescan();  // every folder; a rescan already running is stopped first
    void stopRescan();
    bool isRescanning() const { return rescanTask_ != 0; }
    const LibraryScanReport& lastRescan() const { return lastRescan_; }

signals:
    void opened();
    // The store was damaged or from a newer Tagscope (moved aside, a new one made), or could
    // not be opened at all (results are not kept): to be shown until dismissed.
    void problem(const QString& title, const QString& message);
    void foldersChanged();
    void rescanStarted();
    void rescanProgress(int checked, int total);
    // A line for the status bar ("3 new, 1 changed, 2 removed"); stopped: by stopRescan().
    void rescanFinished(const QString& summary, bool stopped);

private:
    void listStoredTracks();
    void runStoreTask(TaskWork work, JobId* task = nullptr);
    QString summaryOf(const LibraryScanReport& report) const;
    void reportFailure(const QString& error);

    TrackSession& session_;
    QPointer<AnalysisService> service_;
    QString storePath_;
    QStringList folders_;
    bool opened_ = false;
    JobId openTask_ = 0;
    JobId listingTask_ = 0;
    JobId rescanTask_ = 0;
    JobId folderTask_ = 0;
    LibraryScanReport lastRescan_;
};

}  // namespace tagscope::ui
