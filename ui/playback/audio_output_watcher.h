#pragma once
// Notices audio outputs that appear after launch.
//
// Qt 6.4 connects to PulseAudio once, when its device list is first asked for; a server started
// later is never seen by QMediaDevices (audioOutputsChanged does not fire). The GStreamer
// player, however, connects anew for each pipeline. So besides QMediaDevices this watches for
// a PulseAudio server: $PULSE_SERVER (unix:PATH or PATH), else $XDG_RUNTIME_DIR/pulse/native,
// checked every second while no output is known, and reported once it accepts connections.

#include <QObject>
#include <QString>

class QMediaDevices;
class QTimer;

namespace tagscope::ui {

class AudioOutputWatcher : public QObject {
    Q_OBJECT
public:
    explicit AudioOutputWatcher(QObject* parent = nullptr);

    // An output is known: Qt lists one, or a PulseAudio server answers.
    bool outputAvailable() const { return available_; }
    // The PulseAudio socket this looks for (empty if none can be named).
    static QString pulseSocketPath();
    // Whether Qt lists an output or a PulseAudio server answers, now.
    static bool outputAvailableNow();

signals:
    void outputAppeared();
    // Qt's list of outputs changed (e.g. another default device).
    void outputsChanged();

private:
    void check();

    QMediaDevices* devices_;
    QTimer* poll_;
    bool available_ = false;
};

}  // namespace tagscope::ui
