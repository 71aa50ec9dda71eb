#include "ui/views/library_map_view.h"

#include <QEvent>
#include <QLegend>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <map>

#include "ui/views/chart_style.h"
#include "ui/views/round_axis_ticks.h"

namespace tagscope::ui {
namespace {

constexpr double kMarkerSize = 7.0;
constexpr double kPickRadius = 6.0;  // pixels from a marker's centre that still pick it

// Tableau 10 without its grey, which marks "other".
const QColor kGroupColors[LibraryMapView::kColouredGroups] = {
    {0x4E, 0x79, 0xA7}, {0xF2, 0x8E, 0x2B}, {0xE1, 0x57, 0x59},
    {0x76, 0xB7, 0xB2}, {0x59, 0xA1, 0x4F}, {0xED, 0xC9, 0x48},
    {0xB0, 0x7A, 0xA1}, {0xFF, 0x9D, 0xA7}, {0x9C, 0x75, 0x5F}};
const QColor kOtherColor(0xBA, 0xB0, 0xAC);

}  // namespace

LibraryMapView::LibraryMapView(QWidget* parent) : QChartView(parent) {
    openGl_ = openGlAvailable();
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, true);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    styleChart(chart, palette());
}

bool LibraryMapView::openGlAvailable() {
    static const bool available = [] {
        QOpenGLContext context;
        if (!context.create()) return false;
        QOffscreenSurface surface;
        surface.setFormat(context.format());
        surface.create();
        return surface.isValid() && context.makeCurrent(&surface);
    }();
    return available;
}

void LibraryMapView::setPoints(std::vector<MapPoint> points, const QString& title) {
    QToolTip::hideText();
    chart()->removeAllSeries();
    series_.clear();
    points_ = std::move(points);
    indexOf_.clear();
    chart()->setTitle(title);

    // The largest groups get a colour each (ties by name, so a map is drawn the same way twice).
    std::map<QString, int> sizes;
    for (const MapPoint& point : points_) ++sizes[point.group];
    std::vector<std::pair<QString, int>> groups(sizes.begin(), sizes.end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QHash<QString, int> seriesOf;
    QStringList names;  // of the coloured series, in order
    for (const auto& [group, size] : groups)
        if (!group.isEmpty() && names.size() < kColouredGroups) {
            seriesOf.insert(group, int(names.size()));
            names << group;
        }
    const int coloured = int(names.size());
    std::vector<QList<QPointF>> values(std::size_t(coloured) + 1);
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (std::size_t i = 0; i < points_.size(); ++i) {
        const MapPoint& point = points_[i];
        indexOf_.insert(point.track, i);
        values[std::size_t(seriesOf.value(point.group, coloured))].append(point.position);
        if (i == 0) minX = maxX = point.position.x(), minY = maxY = point.position.y();
        minX = std::min(minX, point.position.x()), maxX = std::max(maxX, point.position.x());
        minY = std::min(minY, point.position.y()), maxY = std::max(maxY, point.position.y());
    }

    const QList<QAbstractAxis*> axes = chart()->axes();
    for (int s = 0; s <= coloured; ++s) {
        if (values[std::size_t(s)].isEmpty()) continue;
        auto* series = new QScatterSeries(chart());
        series->setName(s < coloured ? names[s] : tr("other"));
        series->setColor(s < coloured ? kGroupColors[s] : kOtherColor);
        series->setBorderColor(Qt::transparent);
        series->setMarkerSize(kMarkerSize);
        series->setUseOpenGL(openGl_);
        series->replace(values[std::size_t(s)]);
        chart()->addSeries(series);
        for (QAbstractAxis* axis : axes) series->attachAxis(axis);
        series_.append(series);
    }
    // A margin of 5 % so that edge points are whole; a flat map still has a range (of one unit
    // either side: round ticks over a millionth would need seven decimals).
    const double padX = maxX > minX ? (maxX - minX) * 0.05 : 1.0;
    const double padY = maxY > minY ? (maxY - minY) * 0.05 : 1.0;
    // Projection units mean little, but without labels Qt Charts elides the axis titles.
    setRoundTicks(static_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0)), minX - padX,
                  maxX + padX);
    setRoundTicks(static_cast<QValueAxis*>(chart()->axes(Qt::Vertical).value(0)), minY - padY,
                  maxY + padY);
    styleChart(chart(), palette());
}

void LibraryMapView::setAxisTitles(const QString& x, const QString& y) {
    chart()->axes(Qt::Horizontal).value(0)->setTitleText(x);
    chart()->axes(Qt::Vertical).value(0)->setTitleText(y);
}

std::optional<QPoint> LibraryMapView::viewPosition(TrackId track) const {
    const auto found = indexOf_.constFind(track);
    if (found == indexOf_.cend() || series_.isEmpty()) return std::nullopt;
    const QPointF scene = chart()->mapToPosition(points_[*found].position, series_.front());
    return mapFromScene(chart()->mapToScene(scene));
}

TrackId LibraryMapView::trackAt(const QPoint& position) const {
    if (series_.isEmpty()) return 0;
    // The projection is linear: two reference points give every point's place.
    QChart* c = chart();
    const QPointF origin =
        mapFromScene(c->mapToScene(c->mapToPosition({0.0, 0.0}, series_.front())));
    const QPointF unit = mapFromScene(c->mapToScene(c->mapToPosition({1.0, 1.0}, series_.front())));
    const QPointF scale = unit - origin;
    TrackId best = 0;
    double bestDistance = kPickRadius * kPickRadius;
    for (const MapPoint& point : points_) {
        const double dx = origin.x() + point.position.x() * scale.x() - position.x();
        const double dy = origin.y() + point.position.y() * scale.y() - position.y();
        const double distance = dx * dx + dy * dy;
        if (distance <= bestDistance) bestDistance = distance, best = point.track;
    }
    return best;
}

QString LibraryMapView::hoverText(TrackId track) const {
    const auto found = indexOf_.constFind(track);
    if (found == indexOf_.cend()) return {};
    const MapPoint& point = points_[*found];
    return point.topTags.isEmpty() ? point.title
                                   : QStringLiteral("%1\n%2").arg(point.title, point.topTags);
}

void LibraryMapView::mouseMoveEvent(QMouseEvent* event) {
    QChartView::mouseMoveEvent(event);
    const TrackId track = trackAt(event->position().toPoint());
    if (track)
        QToolTip::showText(event->globalPosition().toPoint(), hoverText(track), this);
    else
        QToolTip::hideText();
}

void LibraryMapView::mousePressEvent(QMouseEvent* event) {
    pressed_ = event->button() == Qt::LeftButton ? trackAt(event->position().toPoint()) : 0;
    QChartView::mousePressEvent(event);
}

void LibraryMapView::mouseReleaseEvent(QMouseEvent* event) {
    QChartView::mouseReleaseEvent(event);
    const TrackId track =
        event->button() == Qt::LeftButton ? trackAt(event->position().toPoint()) : 0;
    if (track && track == pressed_) emit trackClicked(track);
    pressed_ = 0;
}

void LibraryMapView::leaveEvent(QEvent* event) {
    QChartView::leaveEvent(event);
    QToolTip::hideText();
}

void LibraryMapView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) styleChart(chart(), palette());
}

}  // namespace tagscope::ui
