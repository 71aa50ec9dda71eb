#include "ui/views/taggram_view.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

#include "engine/melgram.h"
#include "engine/tags.h"
#include "ui/views/tag_display_name.h"
#include "ui/views/time_axis.h"
#include "ui/views/view_painting.h"

namespace tagscope::ui {
namespace {

constexpr int kVerticalPadding = 2;

}  // namespace

struct TaggramView::Private {
    TimeAxis* axis = nullptr;
    std::vector<SegmentResult> segments;  // sorted by start
    std::vector<float> summary;
    std::vector<int> rows;  // tag indices, top row first
    int rowCount = 10;
    double playhead = 0.0;
    ColorMap map = ColorMap::Magma;

    void pickRows() { rows = summary.empty() ? std::vector<int>{} : topTags(summary, rowCount); }
};

TaggramView::TaggramView(TimeAxis* axis, QWidget* parent)
    : QWidget(parent), d(std::make_unique<Private>()) {
    d->axis = axis;
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(axis, &TimeAxis::changed, this, qOverload<>(&QWidget::update));
}

TaggramView::~TaggramView() = default;

void TaggramView::setTaggram(std::vector<SegmentResult> segments, std::vector<float> summary) {
    std::sort(segments.begin(), segments.end(), [](const SegmentResult& a, const SegmentResult& b) {
        return a.startSeconds < b.startSeconds;
    });
    d->segments = std::move(segments);
    d->summary = std::move(summary);
    d->pickRows();
    updateGeometry();
    update();
}

void TaggramView::clear() {
    setTaggram({}, {});
}

void TaggramView::setRows(int rows) {
    d->rowCount = std::clamp(rows, 1, int(kTagCount));
    d->pickRows();
    updateGeometry();
    update();
}

void TaggramView::setPlayhead(double seconds) {
    if (seconds == d->playhead) return;
    const TimeMapping m = timeMapping();
    const double oldX = m.x(d->playhead);
    d->playhead = seconds;
    if (d->segments.empty()) return;
    update(playheadStrip(oldX, height()));
    update(playheadStrip(m.x(seconds), height()));
}

void TaggramView::setColorMap(ColorMap map) {
    d->map = map;
    update();
}

int TaggramView::rowHeight() const {
    return std::max(16, fontMetrics().height() + 4);
}

QSize TaggramView::sizeHint() const {
    const int rows = d->rows.empty() ? d->rowCount : int(d->rows.size());
    return {900, rows * rowHeight() + 2 * kVerticalPadding};
}

TimeMapping TaggramView::timeMapping() const {
    return TimeMapping::forWidget(width(), *d->axis);
}

QRect TaggramView::dataRect() const {
    const TimeMapping m = timeMapping();
    return QRect(int(m.left), kVerticalPadding, int(m.width), int(d->rows.size()) * rowHeight());
}

std::vector<int> TaggramView::rowTags() const {
    return d->rows;
}

void TaggramView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (d->segments.empty() || d->rows.empty()) {
        drawEmptyHint(painter, *this, tr("Tags over time appear here after analysis"));
        return;
    }
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const TimeMapping m = timeMapping();
    const QRect data = dataRect();
    if (!m.isValid() || data.isEmpty()) return;
    const int rowH = rowHeight();
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor mid = palette().color(QPalette::Mid);

    // Cells: window i spans from its start to the next window's start (windows overlap), the
    // last one to its own end, cut at the track's end.
    painter.save();
    painter.setClipRect(data);
    painter.fillRect(data, QColor(colorAt(d->map, 0.0)));
    const double duration = d->axis->duration();
    for (std::size_t i = 0; i < d->segments.size(); ++i) {
        const SegmentResult& segment = d->segments[i];
        double end = i + 1 < d->segments.size() ? d->segments[i + 1].startSeconds
                                                : segment.startSeconds + kClipSeconds;
        if (i + 1 == d->segments.size() && duration > segment.startSeconds)
            end = std::min(end, duration);
        const double x0 = m.x(segment.startSeconds), x1 = m.x(end);
        if (x1 < data.left() || x0 > data.right() + 1) continue;
        for (std::size_t r = 0; r < d->rows.size(); ++r) {
            const int tag = d->rows[r];
            const double p = std::size_t(tag) < segment.probabilities.size()
                                 ? double(segment.probabilities[std::size_t(tag)])
                                 : 0.0;
            const QColor color(colorAt(d->map, std::pow(std::clamp(p, 0.0, 1.0), kGamma)));
            painter.fillRect(QRectF(x0, data.top() + double(r) * rowH, x1 - x0, rowH - 1.0), color);
        }
    }
    // Thin separators between rows keep the rows readable at any zoom.
    for (std::size_t r = 1; r < d->rows.size(); ++r) {
        const double y = data.top() + double(r) * rowH - 1.0;
        painter.fillRect(QRectF(data.left(), y, data.width(), 1.0),
                         palette().color(QPalette::Window));
    }
    painter.restore();
    painter.setPen(mid);
    painter.drawRect(QRectF(data).adjusted(-0.5, -0.5, 0.5, 0.5));

    // Tag names in the left margin, right-aligned against the cells.
    painter.setPen(text);
    for (std::size_t r = 0; r < d->rows.size(); ++r) {
        const QRectF box(4.0, data.top() + double(r) * rowH, data.left() - 12.0, rowH - 1.0);
        const QString name =
            fm.elidedText(tagDisplayName(d->rows[r]), Qt::ElideRight, int(box.width()));
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, name);
    }

    // Probability colour bar (with the gamma, so its ticks are not evenly spaced).
    const QRectF bar = drawColorBar(painter, data, d->map, mid);
    painter.setPen(text);
    std::array<double, 4> ticks = {0.0, 0.1, 0.5, 1.0};
    double lastY = 1e9;
    for (double v : ticks) {
        const double y = bar.bottom() - std::pow(v, kGamma) * bar.height();
        if (v > 0.0 && v < 1.0 && (lastY - y < fm.height() || y - bar.top() < fm.height()))
            continue;
        painter.drawLine(QPointF(bar.right() + 1.0, y), QPointF(bar.right() + 4.0, y));
        const Qt::Alignment align = v == 0.0   ? Qt::AlignBottom
                                    : v == 1.0 ? Qt::AlignTop
                                               : Qt::AlignVCenter;
        const QRectF box(bar.right() + 6.0,
                         v == 0.0   ? y - fm.height()
                         : v == 1.0 ? y
                                    : y - fm.height() / 2.0,
                         width() - bar.right() - 6.0, fm.height());
        painter.drawText(box, Qt::AlignLeft | align, QLocale().toString(v, 'g', 2));
        lastY = y;
    }

    if (d->playhead >= m.start && d->playhead <= m.end)
        drawPlayhead(painter, m.x(d->playhead), data.top(), data.bottom() + 1.0);
}

}  // namespace tagscope::ui
