#include "ui/views/taggram_view.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

#include "engine/melgram.h"
#include "engine/tags.h"
#include "ui/model/time_format.h"
#include "ui/model/window_selection.h"
#include "ui/views/tag_display_name.h"
#include "ui/views/time_axis.h"
#include "ui/views/view_painting.h"

namespace tagscope::ui {
namespace {

constexpr int kVerticalPadding = 2;

bool flagged(const SegmentResult& segment) {
    return segment.level.silent() || segment.level.mostlyPadding();
}

}  // namespace

struct TaggramView::Private {
    TimeAxis* axis = nullptr;
    std::vector<SegmentResult> segments;  // sorted by start
    std::vector<float> summary;
    std::vector<int> rows;  // tag indices, top row first
    int rowCount = 10;
    double playhead = 0.0;
    ColorMap map = ColorMap::Magma;
    bool smooth = false;
    QString title;
    int selectedTag = -1;

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

void TaggramView::setSmooth(bool smooth) {
    if (smooth == d->smooth) return;
    d->smooth = smooth;
    update();
}

bool TaggramView::isSmooth() const {
    return d->smooth;
}

void TaggramView::setTitle(const QString& title) {
    if (title == d->title) return;
    d->title = title;
    updateGeometry();
    update();
}

QString TaggramView::title() const {
    return d->title;
}

std::vector<int> TaggramView::flaggedWindows() const {
    std::vector<int> indices;
    for (std::size_t i = 0; i < d->segments.size(); ++i)
        if (flagged(d->segments[i])) indices.push_back(int(i));
    return indices;
}

std::pair<double, double> TaggramView::windowSpan(int index) const {
    // Window i spans from its start to the next window's start (windows overlap), the last one
    // to its own end, cut at the track's end.
    const TimeMapping m = timeMapping();
    const std::size_t i = std::size_t(index);
    const SegmentResult& segment = d->segments[i];
    double end = i + 1 < d->segments.size() ? d->segments[i + 1].startSeconds
                                            : segment.startSeconds + kClipSeconds;
    const double duration = d->axis->duration();
    if (i + 1 == d->segments.size() && duration > segment.startSeconds)
        end = std::min(end, duration);
    return {m.x(segment.startSeconds), m.x(end)};
}

QString TaggramView::toolTipAt(QPoint point) const {
    if (!dataRect().contains(point)) return {};
    for (int i = 0; i < int(d->segments.size()); ++i) {
        const auto [x0, x1] = windowSpan(i);
        if (point.x() < x0 || point.x() >= x1) continue;
        const SegmentResult& s = d->segments[std::size_t(i)];
        const QString window = windowLabel(s.startSeconds);
        if (s.level.silent())
            return tr("%1: silent (below %2 dBFS); its tags mean little")
                .arg(window, QLocale().toString(kSilenceDb, 'f', 0));
        if (s.level.mostlyPadding())
            return tr("%1: %2 % zero padding (the track ends at %3); its tags mean little")
                .arg(window, QLocale().toString(std::round(100.0 * s.level.paddingShare), 'f', 0),
                     formatTime(s.startSeconds + kClipSeconds * (1.0 - s.level.paddingShare)));
        return {};
    }
    return {};
}

bool TaggramView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

int TaggramView::tagAt(QPoint point) const {
    const QRect data = dataRect();
    if (point.y() < data.top() || point.y() > data.bottom() || point.x() > data.right()) return -1;
    const int row = (point.y() - data.top()) / rowHeight();
    return row < int(d->rows.size()) ? d->rows[std::size_t(row)] : -1;
}

void TaggramView::setSelectedTag(int tagIndex) {
    if (tagIndex == d->selectedTag) return;
    d->selectedTag = tagIndex;
    update();
}

int TaggramView::selectedTag() const {
    return d->selectedTag;
}

void TaggramView::mousePressEvent(QMouseEvent* event) {
    const int tag = event->button() == Qt::LeftButton ? tagAt(event->position().toPoint()) : -1;
    if (tag >= 0) {
        emit tagClicked(tag);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

int TaggramView::rowHeight() const {
    return std::max(16, fontMetrics().height() + 4);
}

QSize TaggramView::sizeHint() const {
    const int rows = d->rows.empty() ? d->rowCount : int(d->rows.size());
    const int titleHeight = d->title.isEmpty() ? 0 : fontMetrics().height() + 2;
    return {900, titleHeight + rows * rowHeight() + 2 * kVerticalPadding};
}

TimeMapping TaggramView::timeMapping() const {
    return TimeMapping::forWidget(width(), *d->axis);
}

QRect TaggramView::dataRect() const {
    const TimeMapping m = timeMapping();
    const int titleHeight = d->title.isEmpty() ? 0 : fontMetrics().height() + 2;
    return QRect(int(m.left), kVerticalPadding + titleHeight, int(m.width),
                 int(d->rows.size()) * rowHeight());
}

std::vector<int> TaggramView::rowTags() const {
    return d->rows;
}

void TaggramView::paintEvent(QPaintEvent* event) {
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

    painter.save();
    painter.setClipRect(data);
    painter.fillRect(data, QColor(colorAt(d->map, 0.0)));
    const auto cellColor = [&](double p) {
        return QColor(colorAt(d->map, std::pow(std::clamp(p, 0.0, 1.0), kGamma)));
    };
    if (d->smooth) {
        // Columns interpolated between the windows' centres, up to the track's end.
        const double duration = d->axis->duration();
        const double endSeconds =
            duration > 0.0 ? duration : d->segments.back().startSeconds + kClipSeconds;
        const int from = std::max(data.left(), int(std::floor(m.x(0.0))));
        const int to = std::min(
            {data.right() + 1, int(std::ceil(m.x(endSeconds))), event->rect().right() + 1});
        // Only the columns to repaint (the playhead's strip, while playing), on one grid.
        const int skip = std::max(0, event->rect().left() - from) / kSmoothColumnWidth;
        for (int x = from + skip * kSmoothColumnWidth; x < to; x += kSmoothColumnWidth) {
            const double seconds = m.seconds(x + kSmoothColumnWidth / 2.0);
            const std::vector<float> p = interpolateAt(d->segments, seconds).probabilities;
            for (std::size_t r = 0; r < d->rows.size(); ++r) {
                const auto tag = std::size_t(d->rows[r]);
                painter.fillRect(QRectF(x, data.top() + double(r) * rowH,
                                        std::min(kSmoothColumnWidth, to - x), rowH - 1.0),
                                 cellColor(tag < p.size() ? double(p[tag]) : 0.0));
            }
        }
    } else {
        for (std::size_t i = 0; i < d->segments.size(); ++i) {
            const SegmentResult& segment = d->segments[i];
            const auto [x0, x1] = windowSpan(int(i));
            if (x1 < data.left() || x0 > data.right() + 1) continue;
            for (std::size_t r = 0; r < d->rows.size(); ++r) {
                const auto tag = std::size_t(d->rows[r]);
                const double p =
                    tag < segment.probabilities.size() ? double(segment.probabilities[tag]) : 0.0;
                painter.fillRect(QRectF(x0, data.top() + double(r) * rowH, x1 - x0, rowH - 1.0),
                                 cellColor(p));
            }
        }
    }
    // Silent or padded windows: hatched in dark and light lines, visible on any cell colour.
    for (int i : flaggedWindows()) {
        const auto [x0, x1] = windowSpan(i);
        const QRectF cell(x0, data.top(), x1 - x0, data.height());
        painter.fillRect(cell, QBrush(QColor(0, 0, 0, 140), Qt::BDiagPattern));
        painter.fillRect(cell, QBrush(QColor(255, 255, 255, 140), Qt::FDiagPattern));
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

    if (!d->title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QRectF(data.left(), kVerticalPadding, data.width(), fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, d->title);
        painter.setFont(font());
    }

    // Tag names in the left margin, right-aligned against the cells; the selected one bold,
    // its row outlined.
    QFont bold = font();
    bold.setBold(true);
    for (std::size_t r = 0; r < d->rows.size(); ++r) {
        const bool selected = d->rows[r] == d->selectedTag;
        const QRectF box(4.0, data.top() + double(r) * rowH, data.left() - 12.0, rowH - 1.0);
        painter.setFont(selected ? bold : font());
        painter.setPen(text);
        const QString name =
            QFontMetrics(painter.font())
                .elidedText(tagDisplayName(d->rows[r]), Qt::ElideRight, int(box.width()));
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, name);
        if (selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(data.left() + 1.0, data.top() + double(r) * rowH + 1.0,
                                    data.width() - 2.0, rowH - 3.0));
        }
    }
    painter.setFont(font());

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
