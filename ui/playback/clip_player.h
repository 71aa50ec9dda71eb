#pragma once
// Plays a short audio file once, beside the track's own player: the relevance audio ("Listen
// to What Made It jazz"). A second QMediaPlayer (GStreamer, as the track's), so the track's
// playhead, loop and position stay as they are; the owner pauses the track while a clip plays.
// Made only when an audio output is there (PlaybackController::audioOutputAvailable()).

#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;

namespace tagscope::ui {

class ClipPlayer : public QObject {
    Q_OBJECT
public:
    explicit ClipPlayer(QObject* parent = nullptr);

    // Plays path from its start (stopping a clip playing); false if there is no audio output.
    bool play(const QString& path, double volume, bool muted);
    void stop();
    bool isPlaying() const { return playing_; }
    QString source() const { return source_; }

signals:
    void playingChanged(bool playing);
    void errorOccurred(const QString& message);

private:
    void setPlaying(bool playing);

    QMediaPlayer* player_ = nullptr;
    QAudioOutput* output_ = nullptr;
    QString source_;
    bool playing_ = false;
};

}  // namespace tagscope::ui
