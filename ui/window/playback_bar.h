#pragma once
// The transport row: play/pause, stop, seek slider, position / duration, volume.

#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace tagscope::ui {

class PlaybackController;

class PlaybackBar : public QWidget {
    Q_OBJECT
public:
    PlaybackBar(PlaybackController* controller, QAction* playPause, QAction* stop,
                QWidget* parent = nullptr);

    // The track's length when the player does not know it (no audio device, not loaded yet).
    void setTrackDuration(double seconds);

private:
    void showPosition(double seconds);
    void updateRange();

    PlaybackController* controller_;
    QSlider* seek_;
    QSlider* volume_;
    QLabel* time_;
    double trackDuration_ = 0.0;
};

}  // namespace tagscope::ui
