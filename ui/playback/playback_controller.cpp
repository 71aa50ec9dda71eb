#include "ui/playback/playback_controller.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cmath>

#include "ui/playback/audio_output_watcher.h"

namespace tagscope::ui {
namespace {
constexpr int kPollMilliseconds = 16;  // ~60 Hz: smooth playhead without flooding the views
// The player is told where to start only when it is elsewhere (a seek as such costs a gap).
constexpr double kStartTolerance = 0.05;
}  // namespace

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent), watcher_(new AudioOutputWatcher(this)) {
    wallClock_.start();
    poll_ = new QTimer(this);
    poll_->setInterval(kPollMilliseconds);
    poll_->setTimerType(Qt::PreciseTimer);
    connect(poll_, &QTimer::timeout, this, &PlaybackController::tick);
    connect(watcher_, &AudioOutputWatcher::outputAppeared, this, [this] {
        createPlayer();
        emit canPlayChanged(true);
    });
    connect(watcher_, &AudioOutputWatcher::outputsChanged, this,
            &PlaybackController::followDefaultOutput);
    if (watcher_->outputAvailable()) createPlayer();
}

PlaybackController::~PlaybackController() = default;

bool PlaybackController::audioOutputAvailable() {
    return AudioOutputWatcher::outputAvailableNow();
}

void PlaybackController::createPlayer() {
    if (player_) return;
    player_ = new QMediaPlayer(this);
    output_ = new QAudioOutput(this);
    output_->setVolume(float(volume_));
    output_->setMuted(muted_);
    player_->setAudioOutput(output_);
    connect(player_, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        duration_ = double(ms) / 1000.0;
        emit durationChanged(duration_);
        if (seekPending_ && ms > 0) {
            movePlayerTo(position_);
            if (playing_) clock_.start(position_, wallClock_.elapsed());
        }
    });
    connect(player_, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status != QMediaPlayer::EndOfMedia || !playing_) return;
                if (hasLoop()) {
                    seek(loopStart_);
                    player_->play();
                } else {
                    stop();
                }
            });
    // Loading a source happens on selection; its error matters only once the user plays it.
    connect(player_, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) {
                if (playRequested_) {
                    clock_.hold(position_);
                    setPlaying(false);
                    emit errorOccurred(message);
                } else {
                    pendingError_ = message;
                }
            });
    if (!source_.isEmpty()) player_->setSource(QUrl::fromLocalFile(source_));
}

void PlaybackController::followDefaultOutput() {
    if (output_) output_->setDevice(QMediaDevices::defaultAudioOutput());
}

void PlaybackController::setSource(const QString& path) {
    if (path == source_) return;
    source_ = path;
    playRequested_ = false;
    seekPending_ = false;
    pendingError_.clear();
    if (player_) {
        player_->stop();
        player_->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
    }
    clock_.hold(0.0);
    setPlaying(false);
    duration_ = 0.0;
    emit durationChanged(duration_);
    setPosition(0.0);
}

void PlaybackController::play() {
    if (!player_ || source_.isEmpty() || playing_) return;
    playRequested_ = true;
    if (!pendingError_.isEmpty()) {
        emit errorOccurred(pendingError_);
        return;
    }
    // A loop plays from its start when the playhead is outside it.
    if (hasLoop() && (position_ < loopStart_ || position_ >= loopEnd_)) setPosition(loopStart_);
    if (std::abs(double(player_->position()) / 1000.0 - position_) > kStartTolerance)
        movePlayerTo(position_);
    clock_.start(position_, wallClock_.elapsed());
    player_->play();
    setPlaying(true);
}

void PlaybackController::pause() {
    if (!playing_) return;
    if (player_) player_->pause();
    clock_.hold(position_);
    setPlaying(false);
}

void PlaybackController::togglePlayPause() {
    if (playing_)
        pause();
    else
        play();
}

void PlaybackController::stop() {
    // Paused at 0, not QMediaPlayer::stop(): in Qt 6.4 a play after stop() made before the
    // pipeline knew the duration ends at once with EndOfMedia (the "first Space after Stop
    // does nothing" of issue 13).
    if (player_) player_->pause();
    movePlayerTo(0.0);
    clock_.hold(0.0);
    setPlaying(false);
    setPosition(0.0);
}

void PlaybackController::seek(double seconds) {
    seconds = std::max(0.0, seconds);
    if (duration_ > 0.0) seconds = std::min(seconds, duration_);
    movePlayerTo(seconds);
    if (playing_)
        clock_.start(seconds, wallClock_.elapsed());
    else
        clock_.hold(seconds);
    setPosition(seconds);
}

void PlaybackController::setVolume(double volume) {
    volume = std::clamp(volume, 0.0, 1.0);
    if (volume == volume_) return;
    volume_ = volume;
    if (output_) output_->setVolume(float(volume_));
    emit volumeChanged(volume_);
}

void PlaybackController::setMuted(bool muted) {
    if (muted == muted_) return;
    muted_ = muted;
    if (output_) output_->setMuted(muted_);
    emit mutedChanged(muted_);
}

void PlaybackController::setLoop(double startSeconds, double endSeconds) {
    startSeconds = std::max(0.0, startSeconds);
    if (endSeconds <= startSeconds) {
        clearLoop();
        return;
    }
    loopStart_ = startSeconds;
    loopEnd_ = endSeconds;
    emit loopChanged();
    if (playing_ && (position_ < loopStart_ || position_ >= loopEnd_)) seek(loopStart_);
}

void PlaybackController::clearLoop() {
    if (!hasLoop()) return;
    loopStart_ = loopEnd_ = 0.0;
    emit loopChanged();
}

void PlaybackController::movePlayerTo(double seconds) {
    if (!player_) return;
    // Until the pipeline knows the duration GStreamer refuses seeks (its segment ends before
    // the target; a play after such a seek ends at once): the seek waits for the duration.
    seekPending_ = player_->duration() <= 0;
    if (!seekPending_) player_->setPosition(qint64(std::llround(seconds * 1000.0)));
}

double PlaybackController::playerPosition() const {
    return player_ ? double(player_->position()) / 1000.0 : -1.0;
}

void PlaybackController::tick() {
    const qint64 now = wallClock_.elapsed();
    clock_.observe(playerPosition(), now);
    double seconds = clock_.position(now);
    if (duration_ > 0.0) seconds = std::min(seconds, duration_);
    if (hasLoop() && seconds >= loopEnd_ && position_ < loopEnd_) {
        seek(loopStart_);
        return;
    }
    setPosition(seconds);
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
