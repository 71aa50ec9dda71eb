#include "ui/window/timeline_panel.h"

#include <QScrollBar>
#include <QVBoxLayout>

#include "ui/views/spectrogram_view.h"
#include "ui/views/taggram_view.h"
#include "ui/views/time_axis.h"

namespace tagscope::ui {
namespace {
constexpr double kScrollUnitsPerSecond = 1000.0;  // the scrollbar counts milliseconds
}

TimelinePanel::TimelinePanel(QWidget* parent) : QWidget(parent) {
    axis_ = new TimeAxis(this);
    spectrogram_ = new SpectrogramView(axis_, this);
    spectrogram_->setObjectName(QStringLiteral("spectrogramView"));
    taggram_ = new TaggramView(axis_, this);
    taggram_->setObjectName(QStringLiteral("taggramView"));
    secondTaggram_ = new TaggramView(axis_, this);
    secondTaggram_->setObjectName(QStringLiteral("secondTaggramView"));
    secondTaggram_->setVisible(false);
    scroll_ = new QScrollBar(Qt::Horizontal, this);
    scroll_->setObjectName(QStringLiteral("timeScrollBar"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The taggram's rows have a natural height; the spectrogram takes the rest.
    taggram_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    secondTaggram_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(spectrogram_, 1);
    layout->addWidget(taggram_);
    layout->addWidget(secondTaggram_);
    layout->addWidget(scroll_);

    connect(axis_, &TimeAxis::changed, this, &TimelinePanel::syncScrollBar);
    connect(scroll_, &QScrollBar::valueChanged, this, [this](int value) {
        const double span = axis_->visibleEnd() - axis_->visibleStart();
        const double start = double(value) / kScrollUnitsPerSecond;
        axis_->setVisibleRange(start, start + span);
    });
    connect(spectrogram_, &SpectrogramView::seekRequested, this, &TimelinePanel::seekRequested);
    syncScrollBar();
}

void TimelinePanel::showTrack(std::shared_ptr<const DecodedTrack> track) {
    if (track == track_) return;
    track_ = std::move(track);
    spectrogram_->setEmptyHint({});
    if (!track_) {
        spectrogram_->setMelgram(nullptr);
        spectrogram_->setAnalysisWindows({}, -1.0);
        taggram_->clear();
        setSecondTaggram({}, {}, {});
        axis_->setDuration(0.0);
        return;
    }
    axis_->setDuration(track_->info.durationSeconds);
    spectrogram_->setMelgram(track_->overview, track_->overviewSecondsPerFrame);
    spectrogram_->setAnalysisWindows(track_->windowStarts, track_->centralStartSeconds);
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
    if (segments.empty())
        taggram_->clear();
    else
        taggram_->setTaggram(std::move(segments), std::move(summary));
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
    spectrogram_->setPlayhead(seconds);
    taggram_->setPlayhead(seconds);
    secondTaggram_->setPlayhead(seconds);
}

void TimelinePanel::setColorMap(ColorMap map) {
    spectrogram_->setColorMap(map);
    taggram_->setColorMap(map);
    secondTaggram_->setColorMap(map);
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
