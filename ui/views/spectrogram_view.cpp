#include "ui/views/spectrogram_view.h"

#include <QCoreApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <cmath>

#include "ui/views/mel_scale.h"
#include "ui/views/melgram_image.h"
#include "ui/views/relevance_layer.h"
#include "ui/views/selection_band.h"
#include "ui/views/time_axis.h"
#include "ui/views/time_ticks.h"
#include "ui/views/view_painting.h"

namespace tagscope::ui {
namespace {

constexpr int kLaneHeight = 5, kLaneGap = 2, kStripPadding = 4;
const QColor kCentralAccent(0x2E, 0xD3, 0xC6);  // teal: distinct on every colour map

QString hzLabel(double hz) {
    if (hz >= 1000.0)
        return QCoreApplication::translate("tagscope::ui::SpectrogramView", "%1 kHz")
            .arg(QLocale().toString(hz / 1000.0, 'g', 3));
    return QCoreApplication::translate("tagscope::ui::SpectrogramView", "%1 Hz")
        .arg(QLocale().toString(hz, 'f', 0));
}

}  // namespace

struct SpectrogramView::Private {
    TimeAxis* axis = nullptr;
    std::shared_ptr<const Melgram> melgram;
    double secondsPerFrame = double(kHopSize) / kSampleRate;
    QString emptyHint;
    ColorMap map = ColorMap::Magma;
    LevelRange levelMode = LevelRange::Automatic;
    DbRange range;
    std::function<QString(double)> tagsAt;

    QImage full;  // frames × bands, rebuilt per (melgram, colour map, dB range)
    bool fullDirty = true;

    // The full image resampled for the screen, rebuilt when the view or the zoom changes.
    struct ViewKey {
        double start = -1.0, end = -1.0;
        QSize deviceSize;
        qreal dpr = 0.0;
        bool operator==(const ViewKey&) const = default;
    };
    QImage view;
    ViewKey viewKey;

    std::shared_ptr<const RelevanceLayer> relevance;  // the overlay, if shown
    QImage relevanceImage;                            // rendered once per layer
    double relevanceOpacity = 0.6;

    std::vector<double> windows;  // sorted starts
    double central = -1.0;
    int active = -1;
    double playhead = 0.0;

    std::optional<QPointF> hover;  // the mouse over the data area
    double selectionStart = 0.0, selectionEnd = 0.0;
    std::optional<double> dragAnchor;  // a shift+drag in progress: where it started
    bool focusedByClick = false;       // the press about to arrive only gave the focus

    int lanes() const {
        if (windows.size() < 2) return 1;
        double hop = kClipSeconds;
        for (std::size_t i = 1; i < windows.size(); ++i)
            if (windows[i] > windows[i - 1]) hop = std::min(hop, windows[i] - windows[i - 1]);
        return std::clamp(int(std::ceil(kClipSeconds / hop - 1e-6)), 1, 4);
    }
    int stripHeight() const {
        if (windows.empty() && central < 0.0) return kStripPadding;
        return 2 * kStripPadding + lanes() * (kLaneHeight + kLaneGap) - kLaneGap;
    }
};

SpectrogramView::SpectrogramView(TimeAxis* axis, QWidget* parent)
    : QWidget(parent), d(std::make_unique<Private>()) {
    d->axis = axis;
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    grabGesture(Qt::PinchGesture);
    setMouseTracking(true);
    connect(axis, &TimeAxis::changed, this, qOverload<>(&QWidget::update));
}

SpectrogramView::~SpectrogramView() = default;

void SpectrogramView::setEmptyHint(const QString& hint) {
    if (hint == d->emptyHint) return;
    d->emptyHint = hint;
    if (!hasMelgram()) update();
}

QString SpectrogramView::emptyHint() const {
    return d->emptyHint;
}

void SpectrogramView::setMelgram(std::shared_ptr<const Melgram> overview, double secondsPerFrame) {
    d->melgram = std::move(overview);
    d->secondsPerFrame = secondsPerFrame;
    d->fullDirty = true;
    d->full = {};
    d->view = {};
    d->viewKey = {};
    if (d->melgram) {
        d->range = levelRangeOf(*d->melgram, d->levelMode);
        // A view shown before anything set the track length still shows the whole melgram.
        if (d->axis->duration() <= 0.0)
            d->axis->setDuration(d->melgram->frames * d->secondsPerFrame);
    }
    update();
}

void SpectrogramView::setAnalysisWindows(std::vector<double> startSeconds,
                                         double centralStartSeconds) {
    std::sort(startSeconds.begin(), startSeconds.end());
    d->windows = std::move(startSeconds);
    d->central = centralStartSeconds;
    if (d->active >= int(d->windows.size())) d->active = -1;
    update();
}

void SpectrogramView::setRelevanceLayer(std::shared_ptr<const RelevanceLayer> layer) {
    if (layer == d->relevance) return;
    d->relevance = std::move(layer);
    d->relevanceImage = d->relevance ? renderRelevanceImage(*d->relevance) : QImage();
    update();
}

std::shared_ptr<const RelevanceLayer> SpectrogramView::relevanceLayer() const {
    return d->relevance;
}

void SpectrogramView::setRelevanceOpacity(double opacity) {
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == d->relevanceOpacity) return;
    d->relevanceOpacity = opacity;
    if (d->relevance) update();
}

double SpectrogramView::relevanceOpacity() const {
    return d->relevanceOpacity;
}

void SpectrogramView::setActiveWindow(int index) {
    if (index < -1 || index >= int(d->windows.size())) index = -1;
    if (index == d->active) return;
    d->active = index;
    update();
}

void SpectrogramView::setPlayhead(double seconds) {
    if (seconds == d->playhead) return;
    const double oldX = xForSeconds(d->playhead);
    d->playhead = seconds;
    if (!hasMelgram()) return;
    update(playheadStrip(oldX, height()));
    update(playheadStrip(xForSeconds(seconds), height()));
}

void SpectrogramView::setColorMap(ColorMap map) {
    if (map == d->map) return;
    d->map = map;
    d->fullDirty = true;
    d->viewKey = {};
    update();
}

void SpectrogramView::setLevelRange(LevelRange mode) {
    if (mode == d->levelMode) return;
    d->levelMode = mode;
    if (d->melgram) d->range = levelRangeOf(*d->melgram, mode);
    d->fullDirty = true;
    d->viewKey = {};
    update();
}

LevelRange SpectrogramView::levelRangeMode() const {
    return d->levelMode;
}

DbRange SpectrogramView::levelRange() const {
    return d->range;
}

void SpectrogramView::setTagsAt(std::function<QString(double)> tagsAt) {
    d->tagsAt = std::move(tagsAt);
    if (d->hover) update();
}

void SpectrogramView::setSelection(double startSeconds, double endSeconds) {
    if (endSeconds <= startSeconds) startSeconds = endSeconds = 0.0;
    if (startSeconds == d->selectionStart && endSeconds == d->selectionEnd) return;
    d->selectionStart = startSeconds;
    d->selectionEnd = endSeconds;
    update();
}

void SpectrogramView::clearSelection() {
    d->dragAnchor.reset();
    setSelection(0.0, 0.0);
}

double SpectrogramView::selectionStart() const {
    return d->selectionStart;
}
double SpectrogramView::selectionEnd() const {
    return d->selectionEnd;
}
bool SpectrogramView::hasSelection() const {
    return d->selectionEnd > d->selectionStart;
}

QList<SpectrogramView::LevelTick> SpectrogramView::levelTicks() const {
    QList<LevelTick> ticks;
    const QRect data = dataRect();
    const double span = double(d->range.top) - d->range.floor;
    if (data.height() <= 0 || span <= 0.0) return ticks;
    const double pixelsPerDb = data.height() / span;
    for (double db : levelTickValues(d->range, pixelsPerDb, 1.3 * fontMetrics().height())) {
        LevelTick tick;
        tick.db = db;
        tick.y = data.top() + (d->range.top - db) * pixelsPerDb;
        tick.label = tr("%1 dB").arg(QLocale().toString(db, 'f', 0));
        ticks.prepend(tick);
    }
    return ticks;
}

std::optional<HoverReadout> SpectrogramView::readoutAt(QPointF pos) const {
    const QRect data = dataRect();
    if (!hasMelgram() || data.isEmpty() || pos.x() < data.left() ||
        pos.x() >= data.left() + data.width() || pos.y() < data.top() ||
        pos.y() >= data.top() + data.height())
        return std::nullopt;
    HoverReadout readout;
    readout.seconds = std::clamp(secondsForX(pos.x()), 0.0, d->axis->duration());
    const int row = int(std::floor((pos.y() - data.top()) * kMelBands / data.height()));
    const int band = std::clamp(kMelBands - 1 - row, 0, kMelBands - 1);
    readout.hz = melBandCentreHz(band);
    const Melgram& melgram = *d->melgram;
    const int frame =
        std::clamp(int(std::floor(readout.seconds / d->secondsPerFrame)), 0, melgram.frames - 1);
    readout.db = melgram.at(std::min(band, melgram.bands - 1), frame);
    if (d->tagsAt) readout.tags = d->tagsAt(readout.seconds);
    return readout;
}

QString SpectrogramView::hoverText() const {
    if (!d->hover) return {};
    const std::optional<HoverReadout> readout = readoutAt(*d->hover);
    return readout ? readoutText(*readout) : QString();
}

QRectF SpectrogramView::hoverTextRect() const {
    const QString text = hoverText();
    if (text.isEmpty()) return {};
    const QFontMetrics fm = fontMetrics();
    const QStringList lines = text.split(QLatin1Char('\n'));
    int width = 0;
    for (const QString& line : lines) width = std::max(width, fm.horizontalAdvance(line));
    constexpr double kPadding = 5.0, kInset = 6.0;
    const QSizeF size(width + 2 * kPadding, lines.size() * fm.height() + 2 * kPadding);
    // In the corner away from the cursor: the other half across, the other end down if the
    // cursor is level with the top.
    const QRect data = dataRect();
    const QPointF cursor = *d->hover;
    const double x = cursor.x() < data.center().x()
                         ? data.left() + data.width() - kInset - size.width()
                         : data.left() + kInset;
    double y = data.top() + kInset;
    if (cursor.y() <= y + size.height() + kInset)
        y = data.top() + data.height() - kInset - size.height();
    return QRectF(QPointF(std::max(double(data.left()), x), y), size);
}

void SpectrogramView::setHover(std::optional<QPointF> pos) {
    if (pos && !readoutAt(*pos)) pos.reset();
    if (pos == d->hover) return;
    d->hover = pos;
    update();
}

double SpectrogramView::playhead() const {
    return d->playhead;
}
bool SpectrogramView::hasMelgram() const {
    return d->melgram && d->melgram->frames > 0;
}

QSize SpectrogramView::sizeHint() const {
    return {900, 300};
}

QSize SpectrogramView::minimumSizeHint() const {
    return {TimeMapping::kLeftMargin + TimeMapping::kRightMargin + 120,
            d->stripHeight() + 96 + fontMetrics().height() + 12};
}

QRect SpectrogramView::dataRect() const {
    const int top = d->stripHeight();
    const int bottom = height() - (fontMetrics().height() + 10);
    const TimeMapping m = timeMapping();
    return QRect(int(m.left), top, int(m.width), std::max(0, bottom - top));
}

TimeMapping SpectrogramView::timeMapping() const {
    return TimeMapping::forWidget(width(), *d->axis);
}

double SpectrogramView::yForBand(int band) const {
    const QRect r = dataRect();
    return r.top() + (kMelBands - 1 - band + 0.5) * r.height() / double(kMelBands);
}

QList<SpectrogramView::FrequencyTick> SpectrogramView::frequencyTicks() const {
    // In order of importance; a tick is kept only if it does not crowd one kept before.
    static constexpr std::array<double, 10> kCandidates = {1000, 4000, 100, 500,  2000,
                                                           200,  3000, 300, 5000, 700};
    const double minGap = 1.8 * fontMetrics().height();
    QList<FrequencyTick> ticks;
    for (double hz : kCandidates) {
        FrequencyTick tick;
        tick.hz = hz;
        tick.band = melBandNearestHz(hz);
        tick.y = yForBand(tick.band);
        tick.label = hzLabel(hz);
        const bool crowded = std::any_of(ticks.begin(), ticks.end(), [&](const FrequencyTick& t) {
            return std::abs(t.y - tick.y) < minGap;
        });
        if (!crowded) ticks.append(tick);
    }
    std::sort(ticks.begin(), ticks.end(),
              [](const FrequencyTick& a, const FrequencyTick& b) { return a.hz < b.hz; });
    return ticks;
}

void SpectrogramView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (!hasMelgram()) {
        drawEmptyHint(painter, *this,
                      d->emptyHint.isEmpty() ? tr("Drop music files here") : d->emptyHint);
        return;
    }
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QRect data = dataRect();
    const TimeMapping m = timeMapping();
    if (data.isEmpty() || !m.isValid()) return;

    // The melgram, through the two image caches.
    if (d->fullDirty) {
        d->full = renderMelgramImage(*d->melgram, d->map, d->range);
        d->fullDirty = false;
        d->viewKey = {};
    }
    const qreal dpr = devicePixelRatioF();
    const Private::ViewKey key{
        m.start, m.end,
        QSize(int(std::lround(data.width() * dpr)), int(std::lround(data.height() * dpr))), dpr};
    if (!(key == d->viewKey)) {
        d->view = resampleMelgramImage(d->full, d->secondsPerFrame, m.start, m.end, key.deviceSize,
                                       colorAt(d->map, 0.0));
        d->view.setDevicePixelRatio(dpr);
        d->viewKey = key;
    }
    painter.drawImage(data.topLeft(), d->view);
    if (d->relevance)
        drawRelevanceLayer(painter, d->relevanceImage, *d->relevance, m, data, d->relevanceOpacity);

    const QColor text = palette().color(QPalette::WindowText);
    const QColor mid = palette().color(QPalette::Mid);
    const QFontMetrics fm = fontMetrics();

    // Analysis windows: lanes along the top, the central and active ones outlined over the data.
    const int lanes = d->lanes();
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.save();
    painter.setClipRect(QRect(data.left(), 0, data.width(), height()));
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (std::size_t i = 0; i < d->windows.size(); ++i) {
        const double x0 = m.x(d->windows[i]), x1 = m.x(d->windows[i] + kClipSeconds);
        const int lane = int(i) % lanes;
        const QRectF bar(x0 + 0.5, kStripPadding + lane * (kLaneHeight + kLaneGap),
                         std::max(1.0, x1 - x0 - 1.0), kLaneHeight);
        const bool active = int(i) == d->active;
        QColor fill = highlight;
        fill.setAlpha(active ? 255 : 80);
        painter.setPen(QPen(
            active ? highlight : QColor(highlight.red(), highlight.green(), highlight.blue(), 170),
            1.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(bar, 2.0, 2.0);
    }
    if (d->active >= 0) {
        const double s = d->windows[std::size_t(d->active)];
        painter.setPen(QPen(highlight, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(m.x(s) + 1.0, data.top() + 1.0,
                                m.x(s + kClipSeconds) - m.x(s) - 2.0, data.height() - 2.0));
    }
    if (d->central >= 0.0) {
        const double x0 = m.x(d->central), x1 = m.x(d->central + kClipSeconds);
        QPen dashed(kCentralAccent, 1.5, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(x0 + 0.75, data.top() + 0.75, x1 - x0 - 1.5, data.height() - 1.5));
        const QString label = tr("original %1 s").arg(QLocale().toString(kClipSeconds, 'f', 2));
        // Kept inside the visible part of the window when it is scrolled partly out of view.
        const QRectF chip(std::max(x0, double(data.left())) + 5.0, data.top() + 5.0,
                          fm.horizontalAdvance(label) + 10.0, fm.height() + 2.0);
        if (chip.right() < std::min(x1, double(data.right())) - 4.0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0, 0, 0, 150));
            painter.drawRoundedRect(chip, 3.0, 3.0);
            painter.setPen(kCentralAccent);
            painter.drawText(chip, Qt::AlignCenter, label);
        }
    }
    painter.restore();

    drawSelectionBand(painter, m, data, d->selectionStart, d->selectionEnd,
                      palette().color(QPalette::Highlight));

    // Frame around the data.
    painter.setPen(mid);
    painter.drawRect(QRectF(data).adjusted(-0.5, -0.5, 0.5, 0.5));

    // Time axis (mm:ss), tick spacing chosen for the zoom.
    const TickStep step = chooseTimeTickStep(m.pixelsPerSecond(),
                                             fm.horizontalAdvance(QStringLiteral("00:00.0")) + 24);
    const long long firstTick = (long long)std::ceil(m.start / step.minor - 1e-9);
    const long long lastTick = (long long)std::floor(m.end / step.minor + 1e-9);
    for (long long k = firstTick; k <= lastTick; ++k) {
        const double t = double(k) * step.minor;
        const double ratio = t / step.major;
        const bool major = std::abs(ratio - std::round(ratio)) < 1e-6;
        const double x = std::round(m.x(t)) + 0.5;
        painter.setPen(major ? text : mid);
        painter.drawLine(QPointF(x, data.bottom() + 1.0),
                         QPointF(x, data.bottom() + (major ? 6.0 : 4.0)));
        if (!major) continue;
        const QString label = formatTime(t, step.major);
        const int w = fm.horizontalAdvance(label);
        const QRectF box(x - w / 2.0 - 1.0, data.bottom() + 6.0, w + 2.0, fm.height());
        if (box.left() < 0.0 || box.right() > width()) continue;
        painter.setPen(text);
        painter.drawText(box, Qt::AlignCenter, label);
    }

    // Mel axis, labelled in Hz at the bands whose centres are nearest.
    for (const FrequencyTick& tick : frequencyTicks()) {
        const double y = std::round(tick.y) + 0.5;
        painter.setPen(text);
        painter.drawLine(QPointF(data.left() - 5.0, y), QPointF(data.left() - 1.0, y));
        const QRectF box(0.0, y - fm.height() / 2.0, data.left() - 8.0, fm.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, tick.label);
    }

    // dB colour bar: the melgram's maximum at the top, the 80 dB floor at the bottom.
    const QRectF bar = drawColorBar(painter, data, d->map, mid);
    painter.setPen(text);
    const double labelX = bar.right() + 6.0;
    const QRectF labels(labelX, bar.top(), width() - labelX, bar.height());
    for (const LevelTick& tick : levelTicks()) {
        const double y = std::clamp(std::round(tick.y) + 0.5, bar.top() + 0.5, bar.bottom() - 0.5);
        painter.drawLine(QPointF(bar.right() + 1.0, y), QPointF(bar.right() + 4.0, y));
        const double labelY =
            std::clamp(y - fm.height() / 2.0, labels.top(), labels.bottom() - fm.height());
        painter.drawText(QRectF(labelX, labelY, labels.width(), fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }

    // The playhead above the data, the crosshair and its readout above everything.
    if (d->playhead >= m.start && d->playhead <= m.end)
        drawPlayhead(painter, m.x(d->playhead), data.top(), data.bottom() + 1.0);
    if (d->hover) drawHover(painter);
}

void SpectrogramView::drawHover(QPainter& painter) const {
    const QString text = hoverText();
    if (text.isEmpty()) return;
    const QRect data = dataRect();
    const QPointF at(std::floor(d->hover->x()) + 0.5, std::floor(d->hover->y()) + 0.5);
    painter.save();
    painter.setClipRect(data);
    // Light line on a dark shadow: visible on bright and dark cells alike.
    for (const auto& [colour, offset] :
         {std::pair{QColor(0, 0, 0, 140), 1.0}, std::pair{QColor(255, 255, 255, 190), 0.0}}) {
        painter.setPen(QPen(colour, 1.0));
        painter.drawLine(QPointF(at.x() + offset, data.top()),
                         QPointF(at.x() + offset, data.bottom() + 1.0));
        painter.drawLine(QPointF(data.left(), at.y() + offset),
                         QPointF(data.right() + 1.0, at.y() + offset));
    }
    const QRectF box = hoverTextRect();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 185));
    painter.drawRoundedRect(box, 4.0, 4.0);
    painter.setPen(QColor(255, 255, 255));
    painter.drawText(box.adjusted(5.0, 5.0, -5.0, -5.0), Qt::AlignLeft | Qt::AlignTop, text);
    painter.restore();
}

void SpectrogramView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    update();
}

void SpectrogramView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    if (!hasMelgram() || delta.isNull()) {
        event->ignore();
        return;
    }
    const double span = d->axis->visibleEnd() - d->axis->visibleStart();
    const bool scroll = (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) ||
                        (delta.x() != 0 && delta.y() == 0);
    if (scroll) {
        const int amount = delta.x() != 0 ? delta.x() : delta.y();
        d->axis->scrollBy(-amount / 120.0 * 0.1 * span);
    } else {
        d->axis->zoom(std::pow(1.2, delta.y() / 120.0), secondsForX(event->position().x()));
    }
    event->accept();
}

void SpectrogramView::mousePressEvent(QMouseEvent* event) {
    const TimeMapping m = timeMapping();
    const double x = event->position().x();
    // Qt gives a click-focused widget the focus just before the press arrives.
    const bool onlyFocus = d->focusedByClick || !hasFocus();
    d->focusedByClick = false;
    if (event->button() != Qt::LeftButton || !hasMelgram() || x < m.left || x > m.right()) {
        QWidget::mousePressEvent(event);
        return;
    }
    const double seconds = std::clamp(m.seconds(x), 0.0, d->axis->duration());
    if (event->modifiers() & Qt::ShiftModifier) {
        d->dragAnchor = seconds;
        setSelection(seconds, seconds);
    } else if (onlyFocus) {
        setFocus(Qt::MouseFocusReason);
    } else {
        emit seekRequested(seconds);
    }
    event->accept();
}

void SpectrogramView::mouseMoveEvent(QMouseEvent* event) {
    setHover(event->position());
    if (!d->dragAnchor) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const double seconds = std::clamp(secondsForX(event->position().x()), 0.0, d->axis->duration());
    setSelection(std::min(*d->dragAnchor, seconds), std::max(*d->dragAnchor, seconds));
    if (hasSelection()) emit selectionChanged(d->selectionStart, d->selectionEnd);
    event->accept();
}

void SpectrogramView::mouseReleaseEvent(QMouseEvent* event) {
    if (!d->dragAnchor || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    d->dragAnchor.reset();
    // A shift-click without a drag (under 3 pixels) clears instead of selecting a sliver.
    if (!hasSelection() ||
        (d->selectionEnd - d->selectionStart) * timeMapping().pixelsPerSecond() < 3.0) {
        setSelection(0.0, 0.0);
        emit selectionCleared();
    } else {
        emit selectionFinished(d->selectionStart, d->selectionEnd);
    }
    event->accept();
}

void SpectrogramView::leaveEvent(QEvent* event) {
    setHover(std::nullopt);
    QWidget::leaveEvent(event);
}

void SpectrogramView::focusInEvent(QFocusEvent* event) {
    d->focusedByClick = event->reason() == Qt::MouseFocusReason;
    QWidget::focusInEvent(event);
}

void SpectrogramView::focusOutEvent(QFocusEvent* event) {
    d->focusedByClick = false;
    QWidget::focusOutEvent(event);
}

void SpectrogramView::keyPressEvent(QKeyEvent* event) {
    TimeAxis& axis = *d->axis;
    const double span = axis.visibleEnd() - axis.visibleStart();
    const double anchor = d->playhead >= axis.visibleStart() && d->playhead <= axis.visibleEnd()
                              ? d->playhead
                              : axis.visibleStart() + span / 2.0;
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            axis.zoom(1.5, anchor);
            break;
        case Qt::Key_Minus:
            axis.zoom(1.0 / 1.5, anchor);
            break;
        case Qt::Key_Left:
            axis.scrollBy(-0.1 * span);
            break;
        case Qt::Key_Right:
            axis.scrollBy(0.1 * span);
            break;
        case Qt::Key_Home:
            axis.setVisibleRange(0.0, span);
            break;
        case Qt::Key_End:
            axis.setVisibleRange(axis.duration() - span, axis.duration());
            break;
        case Qt::Key_Escape:
            if (!hasSelection()) {
                QWidget::keyPressEvent(event);
                return;
            }
            clearSelection();
            emit selectionCleared();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

bool SpectrogramView::event(QEvent* event) {
    if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = mapFromGlobal(pinch->centerPoint());
                d->axis->zoom(pinch->scaleFactor(), secondsForX(centre.x()));
            }
            gestures->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            d->axis->zoom(1.0 + gesture->value(), secondsForX(gesture->position().x()));
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

}  // namespace tagscope::ui
