#pragma once
// Plays one track with Qt Multimedia and reports the position smoothly (polled at ~60 Hz while
// playing). Without an audio output device nothing is played, but the position can still be
// moved (seek) so that everything that follows the playhead keeps working.

#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;
class QTimer;

namespace tagscope::ui {

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
    void stop();
    void seek(double seconds);
    void setVolume(double volume);  // 0…1
    double volume() const { return volume_; }

    bool isPlaying() const { return playing_; }
    double position() const { return position_; }
    double duration() const { return duration_; }

signals:
    void positionChanged(double seconds);
    void durationChanged(double seconds);
    void playingChanged(bool playing);
    void errorOccurred(const QString& message);

private:
    void setPosition(double seconds);
    void setPlaying(bool playing);

    QMediaPlayer* player_ = nullptr;  // null without an audio device
    QAudioOutput* output_ = nullptr;
    QTimer* poll_ = nullptr;
    QString source_;
    bool playRequested_ = false;  // since the source was set
    QString pendingError_;        // the source's error, reported once play is asked for
    double position_ = 0.0, duration_ = 0.0, volume_ = 0.8;
    bool playing_ = false;
};

}  // namespace tagscope::ui
