#pragma once
// The library-wide views beside the main window's panes, and what keeps them current:
// - "Similar" tab of the tag panel: the tracks most like the selected one by the embeddings of
//   the network on show; a click selects one, a double-click or Enter plays it (the list stays
//   as it is when the selection came from it, so a double-click lands where aimed);
// - View ▸ Library Map: every track with a stored embedding, placed by PCA and coloured by its
//   top tag; hover names it, a click selects and plays it. PCA, or t-SNE (up to 2,000 tracks,
//   computed in the background, PCA shown meanwhile);
// - View ▸ Tag Statistics: tracks per label at the current thresholds.
// Each is brought up to date while shown (on a short timer after changes), never while hidden.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

#include "engine/similarity/projection.h"
#include "ui/analysis/analysis_job.h"
#include "ui/model/track_entry.h"

class QAction;
class QComboBox;
class QDockWidget;

namespace tagscope::ui {

class AnalysisService;
class EmbeddingLibrary;
struct LibraryEmbeddings;
class LibraryMapView;
class MainWindow;
class SimilarTracksModel;
class SimilarTracksPanel;
class TagStatisticsView;
class TrackSession;

class LibraryCharts : public QObject {
    Q_OBJECT
public:
    explicit LibraryCharts(MainWindow& window);  // after its central widget is made

    // View menu items showing and hiding the docks.
    QList<QAction*> viewActions() const;
    QDockWidget* statisticsDock() const { return statisticsDock_; }
    TagStatisticsView* statisticsView() const { return statisticsView_; }
    QDockWidget* mapDock() const { return mapDock_; }
    LibraryMapView* mapView() const { return mapView_; }
    QComboBox* projectionChoice() const { return projectionCombo_; }
    bool isComputingTsne() const { return tsneTask_ != 0; }
    SimilarTracksPanel* similarPanel() const { return similarPanel_; }
    SimilarTracksModel* similarModel() const { return similarModel_; }
    EmbeddingLibrary* embeddings() const { return embeddings_; }

    void refreshStatistics();  // now (else on the timer, while the dock is shown)

    static constexpr int kSimilarCount = 20;

private:
    QAction* dockAction(QDockWidget* dock, const QString& text, const QString& name);
    void statisticsMayHaveChanged();
    bool similarShown() const;
    void updateWanted();
    void currentTrackChanged();
    void refreshSimilar();
    void refreshMap();
    void embeddingsLoaded();
    void computeTsne(const std::shared_ptr<const LibraryEmbeddings>& embeddings);

    MainWindow& window_;
    TrackSession& session_;
    QDockWidget* statisticsDock_;
    TagStatisticsView* statisticsView_;
    QAction* statisticsAction_;
    QTimer statisticsTimer_;
    bool statisticsStale_ = true;

    EmbeddingLibrary* embeddings_;
    SimilarTracksModel* similarModel_;
    SimilarTracksPanel* similarPanel_;
    TrackId similarTrack_ = 0;  // whose neighbours are listed (or asked for)
    TrackId chosenFromSimilar_ = 0;
    bool similarStale_ = true;

    QDockWidget* mapDock_;
    LibraryMapView* mapView_;
    QAction* mapAction_;
    QComboBox* projectionCombo_;
    bool mapStale_ = true;
    QPointer<AnalysisService> service_;
    JobId tsneTask_ = 0;
    std::shared_ptr<const LibraryEmbeddings> tsneOf_;  // what tsne_ (or the task) is for
    std::vector<MapPosition> tsne_;
};

}  // namespace tagscope::ui
