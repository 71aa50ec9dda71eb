#include "ui/window/library_charts.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

#include "ui/model/tag_statistics.h"
#include "ui/session/track_session.h"
#include "ui/views/tag_statistics_view.h"

namespace tagscope::ui {
namespace {

// Scores change row by row as results arrive: one recount per burst.
constexpr int kRecountDelayMs = 150;

}  // namespace

LibraryCharts::LibraryCharts(TrackSession& session, QMainWindow& window)
    : QObject(&window), session_(session) {
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
}

QList<QAction*> LibraryCharts::viewActions() const {
    return {statisticsAction_};
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

}  // namespace tagscope::ui
