#include "ui/window/library_charts.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "engine/similarity/tsne.h"
#include "ui/analysis/analysis_service.h"
#include "ui/model/similar_tracks_model.h"
#include "ui/model/tag_statistics.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/embedding_library.h"
#include "ui/session/track_session.h"
#include "ui/views/library_map_view.h"
#include "ui/views/similar_tracks_panel.h"
#include "ui/views/tag_statistics_view.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"

namespace tagscope::ui {
namespace {

// Scores change row by row as results arrive: one recount per burst.
constexpr int kRecountDelayMs = 150;

}  // namespace

LibraryCharts::LibraryCharts(MainWindow& window)
    : QObject(&window), window_(window), session_(*window.session()) {
    statisticsView_ = new TagStatisticsView;
    statisticsView_->setObjectName(QStringLiteral("tagStatisticsView"));
    auto* statisticsScroll = new QScrollArea;
    statisticsScroll->setObjectName(QStringLiteral("tagStatisticsScroll"));
    statisticsScroll->setFrameShape(QFrame::NoFrame);
    statisticsScroll->setWidgetResizable(true);
    statisticsScroll->setWidget(statisticsView_);
    statisticsDock_ = new QDockWidget(tr("Tag Statistics"), &window);
    statisticsDock_->setObjectName(QStringLiteral("tagStatisticsDock"));
    statisticsDock_->setWidget(statisticsScroll);
    window.addDockWidget(Qt::LeftDockWidgetArea, statisticsDock_);
    statisticsDock_->hide();
    statisticsAction_ =
        dockAction(statisticsDock_, tr("Ta&g Statistics"), QStringLiteral("tagStatisticsAction"));

    statisticsTimer_.setSingleShot(true);
    statisticsTimer_.setInterval(kRecountDelayMs);
    connect(&statisticsTimer_, &QTimer::timeout, this, &LibraryCharts::refreshStatistics);
    const TrackListModel* tracks = session_.tracks();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(tracks, signal, this, &LibraryCharts::statisticsMayHaveChanged);
    connect(tracks, &QAbstractItemModel::dataChanged, this,
            &LibraryCharts::statisticsMayHaveChanged);
    connect(tracks, &QAbstractItemModel::modelReset, this,
            &LibraryCharts::statisticsMayHaveChanged);
    connect(&session_, &TrackSession::deciderChanged, this,
            &LibraryCharts::statisticsMayHaveChanged);
    connect(statisticsDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && statisticsStale_) refreshStatistics();
    });

    embeddings_ = new EmbeddingLibrary(session_, this);
    connect(embeddings_, &EmbeddingLibrary::loaded, this, &LibraryCharts::embeddingsLoaded);
    connect(embeddings_, &EmbeddingLibrary::loadFailed, this, [this](const QString& error) {
        similarPanel_->setHeading(tr("The library's embeddings could not be read: %1").arg(error));
    });

    similarModel_ = new SimilarTracksModel(this);
    similarPanel_ = new SimilarTracksPanel(similarModel_);
    similarPanel_->setObjectName(QStringLiteral("similarTracksPanel"));
    QTabWidget* tabs = window.tagPanel()->tabs();
    const int similarTab = tabs->addTab(similarPanel_, tr("Similar"));
    tabs->setTabToolTip(similarTab, tr("The tracks that sound most like the selected one"));
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        updateWanted();
        if (similarShown() && similarStale_) refreshSimilar();
    });
    connect(embeddings_, &EmbeddingLibrary::similarFound, this,
            [this](TrackId track, std::vector<SimilarTrack> found) {
                if (track == similarTrack_) similarModel_->setTracks(std::move(found));
            });
    connect(similarPanel_, &SimilarTracksPanel::trackChosen, this, [this](TrackId track) {
        chosenFromSimilar_ = track;
        window_.selectTrack(track);
    });
    connect(similarPanel_, &SimilarTracksPanel::playRequested, this, [this](TrackId track) {
        chosenFromSimilar_ = track;
        window_.selectTrack(track);
        window_.playback()->play();
    });
    connect(window.trackView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryCharts::currentTrackChanged);

    service_ = &session_.service();
    mapView_ = new LibraryMapView;
    mapView_->setObjectName(QStringLiteral("libraryMapView"));
    projectionCombo_ = new QComboBox;
    projectionCombo_->setObjectName(QStringLiteral("projectionCombo"));
    projectionCombo_->addItem(tr("PCA (principal components)"));
    projectionCombo_->addItem(tr("t-SNE (neighbourhoods; up to 2,000 tracks)"));
    connect(projectionCombo_, &QComboBox::currentIndexChanged, this, [this] {
        mapStale_ = true;
        refreshMap();
    });
    auto* projectionLabel = new QLabel(tr("&Projection:"));
    projectionLabel->setBuddy(projectionCombo_);
    auto* mapPanel = new QWidget;
    auto* mapLayout = new QVBoxLayout(mapPanel);
    mapLayout->setContentsMargins(4, 4, 4, 0);
    auto* projectionRow = new QHBoxLayout;
    projectionRow->addWidget(projectionLabel);
    projectionRow->addWidget(projectionCombo_);
    projectionRow->addStretch(1);
    mapLayout->addLayout(projectionRow);
    mapLayout->addWidget(mapView_, 1);
    mapDock_ = new QDockWidget(tr("Library Map"), &window);
    mapDock_->setObjectName(QStringLiteral("libraryMapDock"));
    mapDock_->setWidget(mapPanel);
    window.addDockWidget(Qt::BottomDockWidgetArea, mapDock_);
    mapDock_->hide();
    mapAction_ = dockAction(mapDock_, tr("Li&brary Map"), QStringLiteral("libraryMapAction"));
    connect(mapDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        updateWanted();
        if (visible && mapStale_) refreshMap();
    });
    connect(mapView_, &LibraryMapView::trackClicked, this, [this](TrackId track) {
        window_.selectTrack(track);
        window_.playback()->play();
    });
    refreshSimilar();
}

QList<QAction*> LibraryCharts::viewActions() const {
    return {mapAction_, statisticsAction_};
}

QAction* LibraryCharts::dockAction(QDockWidget* dock, const QString& text, const QString& name) {
    // Not the dock's own toggle action: its text is the title, which has no mnemonic.
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setCheckable(true);
    connect(action, &QAction::toggled, dock, [dock](bool on) {
        dock->setVisible(on);
        if (on) dock->raise();
    });
    connect(dock->toggleViewAction(), &QAction::toggled, action, &QAction::setChecked);
    return action;
}

void LibraryCharts::statisticsMayHaveChanged() {
    statisticsStale_ = true;
    if (statisticsDock_->isVisible() && !statisticsTimer_.isActive()) statisticsTimer_.start();
}

void LibraryCharts::refreshStatistics() {
    statisticsTimer_.stop();
    statisticsStale_ = false;
    statisticsView_->setStatistics(
        countTracksPerLabel(*session_.tracks(), session_.decider()->vocabulary()));
}

bool LibraryCharts::similarShown() const {
    return window_.tagPanel()->tabs()->currentWidget() == similarPanel_ &&
           window_.tagPanel()->isVisibleTo(&window_);
}

void LibraryCharts::updateWanted() {
    embeddings_->setWanted(similarShown() || mapDock_->isVisible());
}

void LibraryCharts::currentTrackChanged() {
    const TrackId chosen = std::exchange(chosenFromSimilar_, 0);
    const QModelIndex current = window_.trackView()->currentIndex();
    const TrackId track =
        current.isValid() ? current.data(TrackListModel::TrackIdRole).value<TrackId>() : 0;
    if (track && track == chosen) return;  // picked from the list: it stays as it is
    similarStale_ = true;
    similarTrack_ = track;
    if (similarShown()) refreshSimilar();
}

void LibraryCharts::refreshSimilar() {
    if (!similarShown()) {
        similarStale_ = true;
        return;
    }
    similarStale_ = false;
    if (!similarTrack_) {
        const QModelIndex current = window_.trackView()->currentIndex();
        similarTrack_ =
            current.isValid() ? current.data(TrackListModel::TrackIdRole).value<TrackId>() : 0;
    }
    const TrackEntry* entry = session_.tracks()->entry(similarTrack_);
    const QString network = networkShortName(session_.activeNetworks().front());
    similarModel_->setTracks({});
    if (!entry) {
        similarPanel_->setHeading(tr("Select a track to see the tracks most like it"));
    } else if (!embeddings_->current()) {
        similarPanel_->setHeading(tr("Reading the library's embeddings…"));
    } else if (embeddings_->findSimilar(similarTrack_, kSimilarCount)) {
        similarPanel_->setHeading(tr("Like “%1” (%2)").arg(entry->title, network));
    } else {
        similarPanel_->setHeading(
            tr("No %1 embedding of “%2” is stored: it is still being analysed, or its "
               "results are from before Tagscope kept embeddings.")
                .arg(network, entry->title));
    }
}

void LibraryCharts::refreshMap() {
    if (!mapDock_->isVisible()) {
        mapStale_ = true;
        return;
    }
    mapStale_ = false;
    const std::shared_ptr<const LibraryEmbeddings>& embeddings = embeddings_->current();
    if (!embeddings) {
        mapView_->setPoints({}, tr("Reading the library's embeddings…"));
        return;
    }
    const bool wantsTsne = projectionCombo_->currentIndex() == 1;
    const bool tooMany = embeddings->size() > kMaxTsneRows;
    const bool tsneReady = wantsTsne && tsneOf_ == embeddings && !tsneTask_;
    if (wantsTsne && !tooMany && tsneOf_ != embeddings) computeTsne(embeddings);
    const std::vector<MapPosition>& positions = tsneReady ? tsne_ : embeddings->map;
    std::vector<MapPoint> points;
    points.reserve(embeddings->size());
    const TrackListModel& tracks = *session_.tracks();
    for (std::size_t row = 0; row < embeddings->size(); ++row) {
        const TrackEntry* entry = tracks.entry(tracks.idOf(embeddings->paths[int(row)]));
        if (!entry) continue;
        const MapPosition& at = positions[row];
        points.push_back({entry->id, QPointF(at[0], at[1]), entry->topTags.value(0), entry->title,
                          entry->topTags.join(QStringLiteral(", "))});
    }
    const int count = int(points.size());
    const QString network = networkShortName(embeddings->config.kind);
    QString title =
        tsneReady
            ? tr("%1 embeddings, t-SNE · %n track(s)", nullptr, count).arg(network)
            : tr("%1 embeddings, principal components · %n track(s)", nullptr, count).arg(network);
    if (wantsTsne && tooMany)
        title += QStringLiteral(" · ") + tr("t-SNE takes at most %L1 tracks").arg(kMaxTsneRows);
    else if (wantsTsne && !tsneReady)
        title += QStringLiteral(" · ") + tr("computing t-SNE…");
    mapView_->setPoints(std::move(points), title);
    if (tsneReady)
        mapView_->setAxisTitles({}, {});
    else
        mapView_->setAxisTitles(tr("1st principal component"), tr("2nd principal component"));
}

void LibraryCharts::computeTsne(const std::shared_ptr<const LibraryEmbeddings>& embeddings) {
    if (!service_) return;
    if (tsneTask_) service_->cancelTask(tsneTask_);
    tsneOf_ = embeddings;
    tsne_.clear();
    // CPU-bound for seconds: an analysis thread (niced), not a store thread.
    tsneTask_ = service_->runTask(
        [this, embeddings](const TaskContext& context) {
            std::vector<MapPosition> positions = projectTsne(embeddings->values, embeddings->size(),
                                                             embeddings->dimensions, context.run());
            return std::function<void()>([this, embeddings, positions = std::move(positions)] {
                tsneTask_ = 0;
                if (embeddings != tsneOf_) return;
                tsne_ = positions;
                mapStale_ = true;
                refreshMap();
            });
        },
        [this](const QString& error) {
            tsneTask_ = 0;
            tsneOf_.reset();
            mapView_->chart()->setTitle(tr("t-SNE failed: %1").arg(error));
        },
        TaskLane::Analysis);
}

void LibraryCharts::embeddingsLoaded() {
    similarStale_ = true;
    refreshSimilar();
    mapStale_ = true;
    refreshMap();
}

}  // namespace tagscope::ui
