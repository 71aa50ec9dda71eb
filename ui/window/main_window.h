#pragma once
// Tagscope's main window: the track list on the left; on the right the spectrogram and
// taggram of the current track over its tag bars (and CNN/RNN comparison), with the transport
// below. Assembles the parts and routes user actions; the work happens in TrackSession, the
// library (result store, folders, rescans) in Library.

#include <QMainWindow>
#include <QPointer>
#include <QTemporaryDir>
#include <memory>

#include "ui/model/model_config.h"
#include "ui/model/track_entry.h"
#include "ui/window/app_settings.h"

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QSplitter;
class QTableView;

namespace tagscope {
class TagWriteSession;
enum class WriteMode;
struct WritePlan;
struct WriteReport;
struct UndoReport;
}  // namespace tagscope

namespace tagscope::ui {

class PlaybackBar;
class PlaybackController;
class RelevanceController;
class TagPanel;
class TagWriteJob;
class TagWritePreviewDialog;
class TimelinePanel;
class TrackDisplay;
class TrackFilterProxy;
class Library;
class LibraryCharts;
class TrackSession;
struct CollectedAudio;
struct TagWriteSetup;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);  // the store at defaultStorePath()
    explicit MainWindow(const QString& storePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Files and folders (walked recursively for audio files), as dropped or opened.
    void addPaths(const QStringList& paths);
    // The same with the folders walked on a worker thread (a large tree takes seconds): the
    // status bar says so meanwhile, and the tracks are added when the walk ends. Open Folder.
    void addPathsInBackground(const QStringList& paths);
    // The same once the library is open, if it has no folders (the samples at first start).
    void addPathsUnlessLibrary(const QStringList& paths);

    // Writes the CSV export; returns an empty string on success, else the error.
    QString exportCsv(const QString& path, bool selectedOnly, bool withWindows) const;
    // The tracks the export would write (a complete result for an active model), all or the
    // selected ones: what the Export dialog counts.
    int exportableTracks(bool selectedOnly) const;

    void selectTrack(TrackId id);
    void setModelChoice(ModelChoice choice);
    void setTopN(int n);

    TrackSession* session() const { return session_; }
    Library* library() const { return library_; }
    QTableView* trackView() const { return trackView_; }
    TrackFilterProxy* trackProxy() const { return proxy_; }
    QLineEdit* filterEdit() const { return filterEdit_; }
    TagPanel* tagPanel() const { return tagPanel_; }
    TimelinePanel* timeline() const { return timeline_; }
    PlaybackController* playback() const { return playback_; }
    TrackDisplay* display() const { return display_; }
    QAction* summaryAction() const { return summaryAction_; }
    QAction* smoothAction() const { return smoothAction_; }
    QLabel* filterErrorLabel() const { return filterErrorLabel_; }
    QLabel* storeProblemLabel() const { return storeProblemLabel_; }
    QLabel* rescanLabel() const { return rescanLabel_; }
    QWidget* listPanel() const { return listPanel_; }
    PlaybackBar* playbackBar() const { return playbackBar_; }
    RelevanceController* relevance() const { return relevance_; }
    LibraryCharts* libraryCharts() const { return libraryCharts_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();

    void openFiles();
    void openFolder();
    void addCollected(const CollectedAudio& collected);
    void exportCsvInteractively();
    void removeSelectedTracks();
    void onCurrentTrackChanged();
    void updateAnalysisStatus();
    void addRecentPaths(const QStringList& paths);
    void rebuildRecentMenu();
    void setNormalisationFromCombo();
    void addCustomCalibrationChoice();
    void calibrateOnTracks();
    void loadCalibration();
    void saveCalibration();
    void showFilterState();

    // main_window_library.cpp
    void createLibraryActions();
    void connectLibrary();
    void addFolderToLibrary();
    void showLibraryFolders();
    void showStoreProblem(const QString& title, const QString& message);

    // main_window_decisions.cpp
    void createDecisionActions();
    void showThresholds();
    void exportPlaylist();
    void chooseVocabulary();
    void useShippedVocabulary();
    // The listed tracks with a central prediction for the primary network (list order).
    std::vector<TrackId> taggedTracks(std::vector<std::vector<float>>* probabilities) const;

    // main_window_relevance.cpp ("See it" and "Hear it": the relevance of a chosen tag)
    void createRelevance();
    RelevanceController* relevance_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* playbackMenu_ = nullptr;

    // main_window_navigation.cpp (keyboard, panes)
    void createNavigationActions();
    void addNavigationMenuItems(QMenu* view, QMenu* playback);
    void setUpKeyboard();
    QList<QWidget*> panes() const;  // what F6 visits, in order
    void focusPane(int direction);
    void zoomTimeline(double factor);
    void balancePanes();
    QAction* seekBackAction_ = nullptr;
    QAction* seekForwardAction_ = nullptr;
    QAction* seekBackLongAction_ = nullptr;
    QAction* seekForwardLongAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* zoomWholeAction_ = nullptr;
    QAction* nextPaneAction_ = nullptr;
    QAction* previousPaneAction_ = nullptr;
    QAction* showListAction_ = nullptr;
    QAction* showTagsAction_ = nullptr;
    QWidget* listPanel_ = nullptr;

    std::vector<TrackId> selectedTracks() const;
    void placeOnScreen();  // the whole window inside the screen it is on

    // main_window_tag_writing.cpp (tags into the files, and their undo)
    void createTagWritingActions();
    void addTagWritingMenuItems(QMenu* edit, QMenu* tools);
    TagWriteSetup tagWriteSetup() const;
    void previewTagWrite();
    void planTagWrite(WriteMode mode);
    void writeTags(const WritePlan& plan);
    void setTagWriting(bool busy);
    void showTagWriteReport(const WriteReport& report);
    void undoTagWrite();
    void showUndoReport(const UndoReport& report);
    void refreshUndoWrite();
    QAction* writeTagsAction_ = nullptr;
    QAction* undoWriteAction_ = nullptr;
    QPointer<TagWritePreviewDialog> tagWriteDialog_;
    // The plan being made, or the write; the session that made the plan shown.
    QPointer<TagWriteJob> tagWriteJob_;
    std::shared_ptr<const TagWriteSession> tagWriteSession_;
    QPointer<TagWriteJob> journalReader_;  // finding what Undo Write would undo
    QStringList tagWriteFiles_;
    bool tagWriting_ = false;  // a write or an undo is running

    AppSettings settings_;
    TrackSession* session_;
    Library* library_;
    PlaybackController* playback_;
    TrackFilterProxy* proxy_;
    QTableView* trackView_ = nullptr;
    QLineEdit* filterEdit_ = nullptr;
    QLabel* filterErrorLabel_ = nullptr;
    TimelinePanel* timeline_ = nullptr;
    TagPanel* tagPanel_ = nullptr;
    PlaybackBar* playbackBar_ = nullptr;
    TrackDisplay* display_ = nullptr;
    LibraryCharts* libraryCharts_ = nullptr;  // tag statistics, library map, similar tracks
    QSplitter* mainSplitter_ = nullptr;
    QSplitter* rightSplitter_ = nullptr;
    QComboBox* modelCombo_ = nullptr;
    QComboBox* normCombo_ = nullptr;
    QSpinBox* topNSpin_ = nullptr;
    QLabel* progressLabel_ = nullptr;
    QLabel* audioLabel_ = nullptr;
    QLabel* rescanLabel_ = nullptr;
    QLabel* storeProblemLabel_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* colorMapMenu_ = nullptr;

    QAction* openAction_ = nullptr;
    QAction* openFolderAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* removeAction_ = nullptr;
    QAction* selectAllAction_ = nullptr;
    QAction* findAction_ = nullptr;
    QAction* playPauseAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* summaryAction_ = nullptr;
    QAction* smoothAction_ = nullptr;
    QAction* calibrateAction_ = nullptr;
    QAction* loadCalibrationAction_ = nullptr;
    QAction* saveCalibrationAction_ = nullptr;
    QAction* addToLibraryAction_ = nullptr;
    QAction* libraryFoldersAction_ = nullptr;
    QAction* rescanAction_ = nullptr;
    QAction* stopRescanAction_ = nullptr;
    QAction* thresholdsAction_ = nullptr;
    QAction* vocabularyAction_ = nullptr;
    QAction* shippedVocabularyAction_ = nullptr;
    QAction* playlistAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
    QActionGroup* colorMapGroup_ = nullptr;

    QTemporaryDir calibrationDir_;  // session calibrations, until saved by the user
    QStringList pathsUnlessLibrary_;
    bool placedOnScreen_ = false;  // once shown (the frame's size is known then)
};

}  // namespace tagscope::ui
