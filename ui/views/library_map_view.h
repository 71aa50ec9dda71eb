#pragma once
// The library map: one point per track, placed by a 2-D projection of its embedding (tracks
// that sound alike lie close), coloured by its top tag (the most common top tags have a
// series and a legend entry each, the rest share "other"). Hovering shows the nearest track's
// title and top tags; a click emits trackClicked. Drawn with Qt Charts scatter series, through
// OpenGL where a context can be made (fluid with 10,000 points), else with QPainter.

#include <QChartView>
#include <QHash>
#include <optional>
#include <vector>

#include "ui/model/track_entry.h"

class QScatterSeries;

namespace tagscope::ui {

struct MapPoint {
    TrackId track = 0;
    QPointF position;  // in projection units
    QString group;     // the top tag (empty: none yet)
    QString title;
    QString topTags;  // for the hover text
};

class LibraryMapView : public QChartView {
    Q_OBJECT
public:
    explicit LibraryMapView(QWidget* parent = nullptr);

    void setPoints(std::vector<MapPoint> points, const QString& title);
    // What the axes are (PCA: the principal components; t-SNE: none, the axes mean nothing).
    void setAxisTitles(const QString& x, const QString& y);
    const std::vector<MapPoint>& points() const { return points_; }
    // The series drawn, largest group first ("other" last).
    QList<QScatterSeries*> series() const { return series_; }

    // Where a track's point is drawn, in the view's coordinates; nullopt if it has none.
    std::optional<QPoint> viewPosition(TrackId track) const;
    // The track whose point is nearest `position` (view coordinates) within a few pixels, or 0.
    TrackId trackAt(const QPoint& position) const;
    QString hoverText(TrackId track) const;  // title and top tags

    bool usesOpenGl() const { return openGl_; }
    // Whether an OpenGL context can be made here (checked once): the offscreen platform, or a
    // display without GL, falls back to the raster path.
    static bool openGlAvailable();

    static constexpr int kColouredGroups = 9;  // the rest share "other"

signals:
    void trackClicked(tagscope::ui::TrackId track);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::vector<MapPoint> points_;
    QList<QScatterSeries*> series_;
    QHash<TrackId, std::size_t> indexOf_;
    bool openGl_ = false;
    TrackId pressed_ = 0;
};

}  // namespace tagscope::ui
