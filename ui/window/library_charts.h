#pragma once
// The library-wide charts beside the main window's panes: the tag statistics (tracks per label
// at the current thresholds) in a dock, kept up to date while shown (recounted on a short
// timer after the list's scores change; never while hidden).

#include <QObject>
#include <QTimer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace tagscope::ui {

class TagStatisticsView;
class TrackSession;

class LibraryCharts : public QObject {
    Q_OBJECT
public:
    LibraryCharts(TrackSession& session, QMainWindow& window);

    // View menu items showing and hiding the docks.
    QList<QAction*> viewActions() const;
    QDockWidget* statisticsDock() const { return statisticsDock_; }
    TagStatisticsView* statisticsView() const { return statisticsView_; }

    void refreshStatistics();  // now (else on the timer, while the dock is shown)

private:
    QAction* dockAction(QDockWidget* dock, const QString& text, const QString& name);
    void statisticsMayHaveChanged();

    TrackSession& session_;
    QDockWidget* statisticsDock_;
    TagStatisticsView* statisticsView_;
    QAction* statisticsAction_;
    QTimer statisticsTimer_;
    bool statisticsStale_ = true;
};

}  // namespace tagscope::ui
