#include "ui/views/waveform_view.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "engine/melgram.h"
#include "ui/views/selection_band.h"
#include "ui/views/time_axis.h"
#include "ui/views/view_painting.h"

namespace tagscope::ui {
namespace {
constexpr int kVerticalPadding = 3;
}

struct WaveformView::Private {
    TimeAxis* axis = nullptr;
    std::shared_ptr<const WaveformEnvelope> envelope;
    double playhead = 0.0;
    double selectionStart = 0.0, selectionEnd = 0.0;
};

WaveformView::WaveformView(TimeAxis* axis, QWidget* parent)
    : QWidget(parent), d(std::make_unique<Private>()) {
    d->axis = axis;
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(axis, &TimeAxis::changed, this, qOverload<>(&QWidget::update));
}

WaveformView::~WaveformView() = default;

void WaveformView::setEnvelope(std::shared_ptr<const WaveformEnvelope> envelope) {
    d->envelope = std::move(envelope);
    update();
}

void WaveformView::setPlayhead(double seconds) {
    if (seconds == d->playhead) return;
    const double oldX = timeMapping().x(d->playhead);
    d->playhead = seconds;
    if (!hasEnvelope()) return;
    update(playheadStrip(oldX, height()));
    update(playheadStrip(timeMapping().x(seconds), height()));
}

void WaveformView::setSelection(double startSeconds, double endSeconds) {
    if (endSeconds <= startSeconds) startSeconds = endSeconds = 0.0;
    if (startSeconds == d->selectionStart && endSeconds == d->selectionEnd) return;
    d->selectionStart = startSeconds;
    d->selectionEnd = endSeconds;
    update();
}

void WaveformView::clearSelection() {
    setSelection(0.0, 0.0);
}

bool WaveformView::hasEnvelope() const {
    return d->envelope && d->envelope->columns() > 0;
}

QSize WaveformView::sizeHint() const {
    return {900, 64};
}

QSize WaveformView::minimumSizeHint() const {
    return {TimeMapping::kLeftMargin + TimeMapping::kRightMargin + 120, 40};
}

TimeMapping WaveformView::timeMapping() const {
    return TimeMapping::forWidget(width(), *d->axis);
}

QRect WaveformView::dataRect() const {
    const TimeMapping m = timeMapping();
    return QRect(int(m.left), kVerticalPadding, int(m.width),
                 std::max(0, height() - 2 * kVerticalPadding));
}

double WaveformView::yForAmplitude(double amplitude) const {
    const QRect r = dataRect();
    return r.top() + (1.0 - std::clamp(amplitude, -1.0, 1.0)) / 2.0 * r.height();
}

WaveformView::Extent WaveformView::extentBetween(double startSeconds, double endSeconds) const {
    Extent extent;
    if (!hasEnvelope()) return extent;
    const WaveformEnvelope& e = *d->envelope;
    const double secondsPerColumn = double(e.samplesPerColumn) / kSampleRate;
    const long long count = (long long)e.columns();
    const long long first = std::max(0LL, (long long)std::floor(startSeconds / secondsPerColumn));
    const long long last = std::min(
        count - 1, std::max(first, (long long)std::ceil(endSeconds / secondsPerColumn) - 1));
    if (first >= count) return extent;
    double squares = 0.0;
    extent.minimum = e.minimum[std::size_t(first)];
    extent.maximum = e.maximum[std::size_t(first)];
    for (long long c = first; c <= last; ++c) {
        const auto i = std::size_t(c);
        extent.minimum = std::min(extent.minimum, e.minimum[i]);
        extent.maximum = std::max(extent.maximum, e.maximum[i]);
        squares += double(e.rms[i]) * e.rms[i];
    }
    extent.rms = float(std::sqrt(squares / double(last - first + 1)));
    extent.valid = true;
    return extent;
}

void WaveformView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QRect data = dataRect();
    const TimeMapping m = timeMapping();
    if (data.isEmpty() || !m.isValid()) return;
    painter.fillRect(data, palette().color(QPalette::Base));

    const QColor text = palette().color(QPalette::WindowText);
    const QColor mid = palette().color(QPalette::Mid);
    const QColor peak = palette().color(QPalette::Highlight);
    const QColor rms = peak.darker(160);

    // Amplitude scale: full scale at the edges, the zero line in the middle.
    const QFontMetrics fm = fontMetrics();
    painter.setPen(mid);
    painter.drawLine(QPointF(data.left(), yForAmplitude(0.0)),
                     QPointF(data.right(), yForAmplitude(0.0)));
    painter.setPen(text);
    if (data.height() >= 3 * fm.height()) {
        for (const double a : {1.0, 0.0, -1.0}) {
            const double y = std::clamp(yForAmplitude(a), data.top() + fm.height() / 2.0,
                                        data.bottom() - fm.height() / 2.0);
            painter.drawText(QRectF(0.0, y - fm.height() / 2.0, data.left() - 8.0, fm.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             a == 0.0 ? QStringLiteral("0")
                             : a > 0  ? QStringLiteral("+1")
                                      : QStringLiteral("−1"));
        }
    }

    // One vertical line per pixel column: min to max, and the RMS band inside it.
    if (hasEnvelope()) {
        painter.save();
        painter.setClipRect(data);
        for (int x = data.left(); x < data.left() + data.width(); ++x) {
            const Extent e = extentBetween(m.seconds(x), m.seconds(x + 1));
            if (!e.valid) continue;
            const double top = yForAmplitude(e.maximum), bottom = yForAmplitude(e.minimum);
            painter.fillRect(QRectF(x, top, 1.0, std::max(1.0, bottom - top)), peak);
            const double r =
                std::min(double(e.rms), std::min(double(e.maximum), -double(e.minimum)));
            if (r > 0.0) {
                const double rTop = yForAmplitude(r), rBottom = yForAmplitude(-r);
                painter.fillRect(QRectF(x, rTop, 1.0, std::max(1.0, rBottom - rTop)), rms);
            }
        }
        painter.restore();
    }

    drawSelectionBand(painter, m, data, d->selectionStart, d->selectionEnd,
                      palette().color(QPalette::Highlight));
    painter.setPen(mid);
    painter.drawRect(QRectF(data).adjusted(-0.5, -0.5, 0.5, 0.5));
    if (hasEnvelope() && d->playhead >= m.start && d->playhead <= m.end)
        drawPlayhead(painter, m.x(d->playhead), data.top(), data.bottom() + 1.0);
}

}  // namespace tagscope::ui
