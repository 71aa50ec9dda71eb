#include "ui/playback/audio_output_watcher.h"

#include <QAudioDevice>
#include <QFileInfo>
#include <QLocalSocket>
#include <QMediaDevices>
#include <QTimer>

namespace tagscope::ui {
namespace {

constexpr int kPollMilliseconds = 1000;

bool pulseServerAnswers() {
    const QString path = AudioOutputWatcher::pulseSocketPath();
    if (path.isEmpty() || !QFileInfo::exists(path)) return false;
    QLocalSocket socket;
    socket.connectToServer(path);
    const bool connected = socket.waitForConnected(100);
    socket.abort();
    return connected;
}

}  // namespace

AudioOutputWatcher::AudioOutputWatcher(QObject* parent)
    : QObject(parent), devices_(new QMediaDevices(this)), poll_(new QTimer(this)) {
    available_ = outputAvailableNow();
    connect(devices_, &QMediaDevices::audioOutputsChanged, this, [this] {
        emit outputsChanged();
        check();
    });
    poll_->setInterval(kPollMilliseconds);
    connect(poll_, &QTimer::timeout, this, &AudioOutputWatcher::check);
    if (!available_) poll_->start();
}

QString AudioOutputWatcher::pulseSocketPath() {
    const QString server = qEnvironmentVariable("PULSE_SERVER");
    if (!server.isEmpty()) {
        if (server.startsWith(QLatin1String("unix:"))) return server.mid(5);
        return server.startsWith(QLatin1Char('/')) ? server : QString();
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() ? QString() : runtime + QStringLiteral("/pulse/native");
}

bool AudioOutputWatcher::outputAvailableNow() {
    return !QMediaDevices::audioOutputs().isEmpty() || pulseServerAnswers();
}

void AudioOutputWatcher::check() {
    if (available_) return;
    if (!outputAvailableNow()) return;
    available_ = true;
    poll_->stop();
    emit outputAppeared();
}

}  // namespace tagscope::ui
