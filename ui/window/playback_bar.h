#pragma once
// The transport row: play/pause, stop, seek slider, position / duration, mute, volume. Its
// icons are drawn in the palette's colours (transport_icons) and redrawn when it changes; the
// play/pause action's icon and text follow the controller.

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPosition(double seconds);
    void updateRange();
    void updateIcons();
    void showPlaying(bool playing);

    PlaybackController* controller_;
    QAction* playPause_;
    QAction* stop_;
    QAction* mute_;
    QSlider* seek_;
    QSlider* volume_;
    QLabel* time_;
    double trackDuration_ = 0.0;
};

}  // namespace tagscope::ui
