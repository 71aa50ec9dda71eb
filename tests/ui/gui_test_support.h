#pragma once
// Shared by the GUI tests: sample tracks, temporary copies, simulated drops, waiting for the
// analysis to finish.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>

class QApplication;
class QTemporaryDir;
class QWidget;

namespace tagscope::ui {
class MainWindow;
class TrackSession;
}  // namespace tagscope::ui

namespace tagscope::ui::test {

// The four sample tracks in the original batch order (cute, actionable, dubstep, thejazzpiano).
QStringList sampleTracks();
QString sampleTrack(const QString& name);  // e.g. "bensound-cute.mp3"

// Organisation name for isolated settings, a data folder of the program's own (never the
// user's), then the app's own setup (resources, style, …).
void prepareApplication();
// Back to default preferences and a new, empty result store for the windows made from now on
// (call in each test's init()).
void resetSettings();
// The store the windows made now use (TAGSCOPE_STORE).
QString storePath();

// A file of random bytes that only looks like audio by its name.
QString writeBrokenFile(const QTemporaryDir& dir, const QString& name);
// A mono 16-bit WAV of a tone with noise, `seconds` long (long files for cancellation tests).
QString writeToneWav(const QTemporaryDir& dir, const QString& name, int rate, double seconds);
// Copies `source` into dir as `name` (creating subfolders).
QString copyInto(const QTemporaryDir& dir, const QString& source, const QString& name);

// Sends a drag-enter and a drop of these paths (as file URLs) to the widget; returns whether
// the drop was accepted.
bool dropPaths(QWidget* target, const QStringList& paths);

// Every listed track is Done or Error.
bool allTracksFinished(TrackSession& session);
// Waits (processing events) until allTracksFinished; false on timeout.
bool waitUntilFinished(TrackSession& session, int timeoutMs = 30000);
// Runs a real event loop (as QApplication::exec does, never sleeping between events, unlike
// QTest::qWaitFor) until `done` holds, checked every millisecond; false on timeout. For timing
// measurements.
bool runEventLoopUntil(const std::function<bool()>& done, int timeoutMs);

QString screenshotDir();  // in the build tree

// Prints a measurement and appends it to measurements.txt in screenshotDir().
void recordMeasurement(const QString& line);

// Records the longest gap between the ticks of a 1 ms timer: how long the event loop was busy.
class StallMeter : public QObject {
public:
    StallMeter();
    void start();
    double maxGapMs() const { return double(maxGapNs_) / 1e6; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, maxGapNs_ = 0;
};

}  // namespace tagscope::ui::test
