#include "ui/window/timeline_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>

#include "ui/model/window_selection.h"
#include "ui/views/selection_overlay.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/taggram_view.h"
#include "ui/views/time_axis.h"
#include "ui/views/waveform_view.h"

namespace tagscope::ui {
namespace {
constexpr double kScrollUnitsPerSecond = 1000.0;  // the scrollbar counts milliseconds
constexpr int kReadoutTags = 3;
}  // namespace

TimelinePanel::TimelinePanel(QWidget* parent) : QWidget(parent) {
    axis_ = new TimeAxis(this);
    waveform_ = new WaveformView(axis_, this);
    waveform_->setObjectName(QStringLiteral("waveformView"));
    waveform_->hide();  // until a track brings its waveform
    spectrogram_ = new SpectrogramView(axis_, this);
    spectrogram_->setObjectName(QStringLiteral("spectrogramView"));
    taggram_ = new TaggramView(axis_, this);
    taggram_->setObjectName(QStringLiteral("taggramView"));
    taggramSelection_ = new SelectionOverlay(
        taggram_, [this] { return taggram_->timeMapping(); },
        [this] { return taggram_->dataRect(); });
    secondTaggram_ = new TaggramView(axis_, this);
    secondTaggram_->setObjectName(QStringLiteral("secondTaggramView"));
    secondTaggram_->setVisible(false);
    secondTaggramSelection_ = new SelectionOverlay(
        secondTaggram_, [this] { return secondTaggram_->timeMapping(); },
        [this] { return secondTaggram_->dataRect(); });
    scroll_ = new QScrollBar(Qt::Horizontal, this);
    scroll_->setObjectName(QStringLiteral("timeScrollBar"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The waveform and the taggram's rows have a natural height; the spectrogram takes the rest.
    waveform_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    taggram_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    secondTaggram_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(waveform_);
    layout->addWidget(spectrogram_, 1);
    layout->addWidget(taggram_);
    layout->addWidget(secondTaggram_);
    layout->addWidget(scroll_);

    followAction_ = new QAction(tr("&Follow Playback"), this);
    followAction_->setObjectName(QStringLiteral("followPlaybackAction"));
    followAction_->setCheckable(true);
    followAction_->setChecked(true);
    followAction_->setStatusTip(
        tr("Page the zoomed views along with the playhead; scrolling away pauses it until the "
           "playhead is in view again"));
    connect(followAction_, &QAction::toggled, this, [this](bool on) {
        followPaused_ = false;
        if (on) followPlayhead(playhead_);
    });
    levelRangeGroup_ = new QActionGroup(this);
    for (LevelRange mode : allLevelRanges()) {
        QAction* action = levelRangeGroup_->addAction(levelRangeName(mode));
        action->setCheckable(true);
        action->setData(levelRangeId(mode));
        action->setChecked(mode == spectrogram_->levelRangeMode());
    }
    connect(levelRangeGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
        setLevelRange(levelRangeFromId(action->data().toString()));
    });

    connect(axis_, &TimeAxis::changed, this, &TimelinePanel::syncScrollBar);
    connect(axis_, &TimeAxis::changed, this, &TimelinePanel::axisChanged);
    connect(scroll_, &QScrollBar::valueChanged, this, [this](int value) {
        const double span = axis_->visibleEnd() - axis_->visibleStart();
        const double start = double(value) / kScrollUnitsPerSecond;
        axis_->setVisibleRange(start, start + span);
    });
    connect(spectrogram_, &SpectrogramView::seekRequested, this, &TimelinePanel::seekRequested);
    connect(spectrogram_, &SpectrogramView::selectionChanged, this, &TimelinePanel::showSelection);
    connect(spectrogram_, &SpectrogramView::selectionFinished, this,
            [this](double start, double end) {
                showSelection(start, end);
                emit loopRangeSelected(start, end);
            });
    connect(spectrogram_, &SpectrogramView::selectionCleared, this, [this] {
        showSelection(0.0, 0.0);
        emit loopRangeCleared();
    });
    spectrogram_->setTagsAt([this](double seconds) { return tagsAt(seconds); });
    waveform_->installEventFilter(this);
    syncScrollBar();
}

bool TimelinePanel::eventFilter(QObject* watched, QEvent* event) {
    // The wheel over the waveform zooms and scrolls as over the spectrogram (same x mapping).
    if (watched == waveform_ && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const QPointF at(wheel->position().x(), spectrogram_->dataRect().center().y());
        QWheelEvent forwarded(at, spectrogram_->mapToGlobal(at), wheel->pixelDelta(),
                              wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                              wheel->phase(), wheel->inverted());
        QCoreApplication::sendEvent(spectrogram_, &forwarded);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QList<QAction*> TimelinePanel::levelRangeActions() const {
    return levelRangeGroup_->actions();
}

void TimelinePanel::showTrack(std::shared_ptr<const DecodedTrack> track) {
    if (track == track_) return;
    clearSelection();
    track_ = std::move(track);
    spectrogram_->setEmptyHint({});
    if (!track_) {
        spectrogram_->setMelgram(nullptr);
        spectrogram_->setAnalysisWindows({}, -1.0);
        waveform_->setEnvelope(nullptr);
        waveform_->hide();
        taggram_->clear();
        segments_.clear();
        setSecondTaggram({}, {}, {});
        axis_->setDuration(0.0);
        return;
    }
    axis_->setDuration(track_->info.durationSeconds);
    spectrogram_->setMelgram(track_->overview, track_->overviewSecondsPerFrame);
    spectrogram_->setAnalysisWindows(track_->windowStarts, track_->centralStartSeconds);
    waveform_->setEnvelope(track_->waveform);
    waveform_->setVisible(track_->waveform && track_->waveform->columns() > 0);
}

void TimelinePanel::showPending(double durationSeconds) {
    if (track_) showTrack(nullptr);
    spectrogram_->setEmptyHint(
        tr("Analysing… the spectrogram appears once the whole track is "
           "decoded"));
    if (durationSeconds > 0.0 && durationSeconds != axis_->duration())
        axis_->setDuration(durationSeconds);
}

void TimelinePanel::showFailure(const QString& reason) {
    if (track_) showTrack(nullptr);
    spectrogram_->setEmptyHint(reason);
    axis_->setDuration(0.0);
}

void TimelinePanel::setTaggram(std::vector<SegmentResult> segments, std::vector<float> summary,
                               const QString& title) {
    taggram_->setTitle(title);
    segments_ = segments;
    if (segments.empty())
        taggram_->clear();
    else
        taggram_->setTaggram(std::move(segments), std::move(summary));
}

QString TimelinePanel::tagsAt(double seconds) const {
    const int index = windowIndexAt(segments_, seconds);
    if (index < 0) return {};
    return topTagNames(segments_[std::size_t(index)].probabilities, kReadoutTags)
        .join(QStringLiteral(", "));
}

void TimelinePanel::setSecondTaggram(std::vector<SegmentResult> segments,
                                     std::vector<float> summary, const QString& title) {
    secondTaggram_->setTitle(title);
    secondTaggram_->setVisible(!segments.empty());
    if (segments.empty())
        secondTaggram_->clear();
    else
        secondTaggram_->setTaggram(std::move(segments), std::move(summary));
}

void TimelinePanel::setSmoothTaggram(bool smooth) {
    taggram_->setSmooth(smooth);
    secondTaggram_->setSmooth(smooth);
}

void TimelinePanel::setActiveWindow(int index) {
    spectrogram_->setActiveWindow(index);
}

void TimelinePanel::setPlayhead(double seconds) {
    const double previous = playhead_;
    playhead_ = seconds;
    spectrogram_->setPlayhead(seconds);
    waveform_->setPlayhead(seconds);
    taggram_->setPlayhead(seconds);
    secondTaggram_->setPlayhead(seconds);
    followPlayhead(previous);
}

void TimelinePanel::followPlayhead(double previousSeconds) {
    const double start = axis_->visibleStart(), end = axis_->visibleEnd();
    const bool visible = playhead_ >= start && playhead_ <= end;
    if (visible || std::abs(playhead_ - previousSeconds) > kJumpSeconds) followPaused_ = false;
    const double span = end - start;
    if (!followAction_->isChecked() || followPaused_ || visible || span <= 0.0 ||
        span >= axis_->duration())
        return;
    // Page: the playhead starts the next screenful (the axis clamps the last one to the end).
    const QScopedValueRollback<bool> paging(paging_, true);
    axis_->setVisibleRange(playhead_, playhead_ + span);
}

void TimelinePanel::axisChanged() {
    if (paging_) return;
    const bool visible = playhead_ >= axis_->visibleStart() && playhead_ <= axis_->visibleEnd();
    followPaused_ = !visible;
}

void TimelinePanel::setColorMap(ColorMap map) {
    spectrogram_->setColorMap(map);
    taggram_->setColorMap(map);
    secondTaggram_->setColorMap(map);
}

void TimelinePanel::setLevelRange(LevelRange mode) {
    spectrogram_->setLevelRange(mode);
    for (QAction* action : levelRangeGroup_->actions())
        action->setChecked(action->data().toString() == levelRangeId(mode));
}

void TimelinePanel::showSelection(double startSeconds, double endSeconds) {
    spectrogram_->setSelection(startSeconds, endSeconds);
    waveform_->setSelection(startSeconds, endSeconds);
    taggramSelection_->setSelection(startSeconds, endSeconds);
    secondTaggramSelection_->setSelection(startSeconds, endSeconds);
}

void TimelinePanel::clearSelection() {
    if (!spectrogram_->hasSelection()) return;
    spectrogram_->clearSelection();
    showSelection(0.0, 0.0);
    emit loopRangeCleared();
}

void TimelinePanel::syncScrollBar() {
    const double span = axis_->visibleEnd() - axis_->visibleStart();
    const QSignalBlocker block(scroll_);
    scroll_->setRange(0, int(std::max(0.0, axis_->duration() - span) * kScrollUnitsPerSecond));
    scroll_->setPageStep(int(span * kScrollUnitsPerSecond));
    scroll_->setSingleStep(int(std::max(1.0, span / 20.0) * kScrollUnitsPerSecond));
    scroll_->setValue(int(axis_->visibleStart() * kScrollUnitsPerSecond));
    scroll_->setEnabled(axis_->duration() > span + 1e-9);
}

}  // namespace tagscope::ui
