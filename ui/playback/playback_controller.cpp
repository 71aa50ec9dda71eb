#include "ui/playback/playback_controller.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

namespace tagscope::ui {
namespace {
constexpr int kPollMilliseconds = 16;  // ~60 Hz: smooth playhead without flooding the views
}

PlaybackController::PlaybackController(QObject* parent) : QObject(parent) {
    poll_ = new QTimer(this);
    poll_->setInterval(kPollMilliseconds);
    poll_->setTimerType(Qt::PreciseTimer);
    connect(poll_, &QTimer::timeout, this, [this] {
        if (player_) setPosition(double(player_->position()) / 1000.0);
    });
    if (!audioOutputAvailable()) return;

    player_ = new QMediaPlayer(this);
    output_ = new QAudioOutput(this);
    output_->setVolume(float(volume_));
    player_->setAudioOutput(output_);
    connect(player_, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        duration_ = double(ms) / 1000.0;
        emit durationChanged(duration_);
    });
    connect(player_, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                setPlaying(state == QMediaPlayer::PlayingState);
                if (state == QMediaPlayer::StoppedState)
                    setPosition(double(player_->position()) / 1000.0);
            });
    // Loading a source happens on selection; its error matters only once the user plays it.
    connect(player_, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) {
                if (playRequested_)
                    emit errorOccurred(message);
                else
                    pendingError_ = message;
            });
}

PlaybackController::~PlaybackController() = default;

bool PlaybackController::audioOutputAvailable() {
    return !QMediaDevices::audioOutputs().isEmpty();
}

void PlaybackController::setSource(const QString& path) {
    if (path == source_) return;
    source_ = path;
    playRequested_ = false;
    pendingError_.clear();
    if (player_) {
        player_->stop();
        player_->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
    }
    setPlaying(false);
    duration_ = 0.0;
    emit durationChanged(duration_);
    setPosition(0.0);
}

void PlaybackController::play() {
    if (!player_ || source_.isEmpty()) return;
    playRequested_ = true;
    if (!pendingError_.isEmpty()) {
        emit errorOccurred(pendingError_);
        return;
    }
    player_->play();
}

void PlaybackController::pause() {
    if (player_) player_->pause();
}

void PlaybackController::togglePlayPause() {
    if (playing_)
        pause();
    else
        play();
}

void PlaybackController::stop() {
    if (player_) player_->stop();
    setPlaying(false);
    setPosition(0.0);
}

void PlaybackController::seek(double seconds) {
    seconds = std::max(0.0, seconds);
    if (player_) player_->setPosition(qint64(seconds * 1000.0));
    setPosition(seconds);
}

void PlaybackController::setVolume(double volume) {
    volume_ = std::clamp(volume, 0.0, 1.0);
    if (output_) output_->setVolume(float(volume_));
}

void PlaybackController::setPosition(double seconds) {
    if (seconds == position_) return;
    position_ = seconds;
    emit positionChanged(seconds);
}

void PlaybackController::setPlaying(bool playing) {
    if (playing == playing_) return;
    playing_ = playing;
    if (playing)
        poll_->start();
    else
        poll_->stop();
    emit playingChanged(playing);
}

}  // namespace tagscope::ui
