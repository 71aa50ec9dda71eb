#include "ui/window/playback_bar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include "ui/model/time_format.h"
#include "ui/playback/playback_controller.h"
#include "ui/playback/transport_icons.h"

namespace tagscope::ui {
namespace {

QToolButton* buttonFor(QAction* action, const QString& name, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setIconSize(QSize(20, 20));
    return button;
}

}  // namespace

PlaybackBar::PlaybackBar(PlaybackController* controller, QAction* playPause, QAction* stop,
                         QWidget* parent)
    : QWidget(parent), controller_(controller), playPause_(playPause), stop_(stop) {
    mute_ = new QAction(tr("&Mute"), this);
    mute_->setCheckable(true);
    mute_->setChecked(controller->isMuted());
    mute_->setToolTip(tr("Mute"));
    seek_ = new QSlider(Qt::Horizontal, this);
    seek_->setObjectName(QStringLiteral("seekSlider"));
    seek_->setToolTip(tr("Playback position"));
    seek_->setRange(0, 0);
    time_ = new QLabel(this);
    time_->setObjectName(QStringLiteral("timeLabel"));
    // A fixed size: updated at 60 Hz, it must not re-lay out the window each time.
    time_->setFixedSize(fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")) + 8,
                        fontMetrics().height() + 4);
    time_->setAlignment(Qt::AlignCenter);
    volume_ = new QSlider(Qt::Horizontal, this);
    volume_->setObjectName(QStringLiteral("volumeSlider"));
    volume_->setToolTip(tr("Volume"));
    volume_->setRange(0, 100);
    volume_->setValue(int(controller->volume() * 100.0 + 0.5));
    volume_->setFixedWidth(96);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(buttonFor(playPause, QStringLiteral("playPauseButton"), this));
    layout->addWidget(buttonFor(stop, QStringLiteral("stopButton"), this));
    layout->addWidget(time_);
    layout->addWidget(seek_, 1);
    layout->addSpacing(8);
    layout->addWidget(buttonFor(mute_, QStringLiteral("muteButton"), this));
    layout->addWidget(volume_);

    connect(controller, &PlaybackController::positionChanged, this, &PlaybackBar::showPosition);
    connect(controller, &PlaybackController::durationChanged, this, &PlaybackBar::updateRange);
    connect(controller, &PlaybackController::playingChanged, this, &PlaybackBar::showPlaying);
    connect(controller, &PlaybackController::mutedChanged, this, [this](bool muted) {
        mute_->setChecked(muted);
        updateIcons();
    });
    connect(controller, &PlaybackController::volumeChanged, this, [this](double volume) {
        const QSignalBlocker block(volume_);
        volume_->setValue(int(volume * 100.0 + 0.5));
    });
    connect(mute_, &QAction::toggled, controller, &PlaybackController::setMuted);
    connect(seek_, &QSlider::sliderMoved, this,
            [this](int ms) { controller_->seek(double(ms) / 1000.0); });
    connect(seek_, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)  // page/step clicks on the groove
            controller_->seek(double(seek_->sliderPosition()) / 1000.0);
    });
    connect(volume_, &QSlider::valueChanged, this,
            [this](int value) { controller_->setVolume(double(value) / 100.0); });
    showPlaying(controller->isPlaying());
    showPosition(0.0);
}

void PlaybackBar::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) updateIcons();
}

void PlaybackBar::updateIcons() {
    const QPalette& colours = palette();
    const bool playing = controller_->isPlaying();
    playPause_->setIcon(
        transportIcon(playing ? TransportIcon::Pause : TransportIcon::Play, colours));
    stop_->setIcon(transportIcon(TransportIcon::Stop, colours));
    mute_->setIcon(transportIcon(
        controller_->isMuted() ? TransportIcon::Muted : TransportIcon::Volume, colours));
}

void PlaybackBar::showPlaying(bool playing) {
    playPause_->setText(playing ? tr("&Pause") : tr("&Play"));
    updateIcons();
}

void PlaybackBar::setTrackDuration(double seconds) {
    trackDuration_ = seconds;
    updateRange();
}

void PlaybackBar::updateRange() {
    const double duration = std::max(controller_->duration(), trackDuration_);
    seek_->setRange(0, int(duration * 1000.0));
    seek_->setPageStep(5000);
    seek_->setSingleStep(1000);
    showPosition(controller_->position());
}

void PlaybackBar::showPosition(double seconds) {
    if (!seek_->isSliderDown()) {
        const QSignalBlocker block(seek_);
        seek_->setValue(int(seconds * 1000.0));
    }
    const double duration = std::max(controller_->duration(), trackDuration_);
    time_->setText(QStringLiteral("%1 / %2").arg(formatTime(seconds), formatTime(duration)));
}

}  // namespace tagscope::ui
