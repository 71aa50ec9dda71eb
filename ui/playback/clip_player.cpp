#include "ui/playback/clip_player.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

#include "ui/playback/playback_controller.h"

namespace tagscope::ui {

ClipPlayer::ClipPlayer(QObject* parent) : QObject(parent) {}

bool ClipPlayer::play(const QString& path, double volume, bool muted) {
    source_ = path;
    if (!player_) {
        if (!PlaybackController::audioOutputAvailable()) return false;
        player_ = new QMediaPlayer(this);
        output_ = new QAudioOutput(this);
        player_->setAudioOutput(output_);
        connect(player_, &QMediaPlayer::mediaStatusChanged, this,
                [this](QMediaPlayer::MediaStatus status) {
                    if (status == QMediaPlayer::EndOfMedia) setPlaying(false);
                });
        connect(player_, &QMediaPlayer::errorOccurred, this,
                [this](QMediaPlayer::Error, const QString& message) {
                    setPlaying(false);
                    emit errorOccurred(message);
                });
    }
    output_->setVolume(float(volume));
    output_->setMuted(muted);
    player_->stop();
    // The same path again (a new clip written over it) must be loaded anew.
    player_->setSource(QUrl());
    player_->setSource(QUrl::fromLocalFile(path));
    player_->play();
    setPlaying(true);
    return true;
}

void ClipPlayer::stop() {
    if (player_) player_->stop();
    setPlaying(false);
}

void ClipPlayer::setPlaying(bool playing) {
    if (playing == playing_) return;
    playing_ = playing;
    emit playingChanged(playing);
}

}  // namespace tagscope::ui
