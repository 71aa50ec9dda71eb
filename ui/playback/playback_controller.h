#pragma once
// Plays one track with Qt Multimedia (GStreamer) and reports the playhead smoothly (polled at
// ~60 Hz while playing, through PlaybackClock: the player's own position is stale for the
// first seconds of a play in Qt 6.4). Without an audio output nothing is played, but the
// position can still be moved (seek) so that everything that follows the playhead keeps
// working; an output that appears later (AudioOutputWatcher) makes the player then.
// Stop returns to 0:00; play (or togglePlayPause) plays from where the playhead is. A loop,
// once set, sends the playhead from its end back to its start while playing.

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include "ui/playback/playback_clock.h"

class QAudioOutput;
class QMediaPlayer;
class QTimer;

namespace tagscope::ui {

class AudioOutputWatcher;

class PlaybackController : public QObject {
    Q_OBJECT
public:
    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;

    static bool audioOutputAvailable();
    bool canPlay() const { return player_ != nullptr; }

    void setSource(const QString& path);  // stops; position 0
    QString source() const { return source_; }
    void play();
    void pause();
    void togglePlayPause();
    void stop();  // back to 0:00
    void seek(double seconds);
    void setVolume(double volume);  // 0…1
    double volume() const { return volume_; }
    void setMuted(bool muted);
    bool isMuted() const { return muted_; }

    // While a loop is set, playing past its end continues from its start.
    void setLoop(double startSeconds, double endSeconds);
    void clearLoop();
    bool hasLoop() const { return loopEnd_ > loopStart_; }
    double loopStart() const { return loopStart_; }
    double loopEnd() const { return loopEnd_; }

    bool isPlaying() const { return playing_; }
    double position() const { return position_; }
    double duration() const { return duration_; }
    // What the player itself reports (seconds; −1 without a player): for checking the clock.
    double playerPosition() const;

signals:
    void positionChanged(double seconds);
    void durationChanged(double seconds);
    void playingChanged(bool playing);
    void errorOccurred(const QString& message);
    void canPlayChanged(bool canPlay);
    void volumeChanged(double volume);
    void mutedChanged(bool muted);
    void loopChanged();

private:
    void createPlayer();
    void movePlayerTo(double seconds);
    void followDefaultOutput();
    void tick();
    void setPosition(double seconds);
    void setPlaying(bool playing);

    AudioOutputWatcher* watcher_;
    QMediaPlayer* player_ = nullptr;  // null without an audio output
    QAudioOutput* output_ = nullptr;
    QTimer* poll_ = nullptr;
    QElapsedTimer wallClock_;
    PlaybackClock clock_;
    QString source_;
    bool playRequested_ = false;  // since the source was set
    QString pendingError_;        // the source's error, reported once play is asked for
    double position_ = 0.0, duration_ = 0.0, volume_ = 0.8;
    double loopStart_ = 0.0, loopEnd_ = 0.0;
    bool playing_ = false;
    bool muted_ = false;
    bool seekPending_ = false;  // a seek made before the duration was known, to be made again
};

}  // namespace tagscope::ui
