// Playback through a real sound server: a PulseAudio daemon with a null sink, started by this
// test on a private socket (PULSE_SERVER), so no other test and no user session hears of it.
// Without the pulseaudio program the tests that need it are skipped, saying so.
//
// Covers: the playhead moves from the first play after construction (Qt 6.4's own position is
// stale for seconds, see PlaybackClock) and agrees with the player's pipeline once that
// answers; an output that appears after the window opened is picked up; Stop goes to 0:00 and
// the next play/pause plays; a loop wraps; volume and mute persist; the transport icons keep
// their contrast in light and dark palettes (rendered to PNGs for looking at).
#include <sys/prctl.h>
#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocalSocket>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <memory>
#include <vector>

#include "gui_test_support.h"
#include "ui/playback/playback_clock.h"
#include "ui/playback/playback_controller.h"
#include "ui/window/main_window.h"
#include "ui/window/playback_bar.h"

using namespace tagscope::ui;

namespace {

// A PulseAudio daemon of the test's own: a null sink, an anonymous socket in a temporary
// folder, its own home and runtime folder; run as root it only warns (no --system needed).
class PulseServer {
public:
    static QString program() {
        return QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    }
    static bool installed() {
        return !program().isEmpty() &&
               !QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty();
    }
    QString socketPath() const { return dir_.filePath(QStringLiteral("native")); }

    bool start() {
        const QString home = dir_.filePath(QStringLiteral("home"));
        const QString runtime = dir_.filePath(QStringLiteral("runtime"));
        QDir().mkpath(home);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        env.remove(QStringLiteral("PULSE_SERVER"));
        process_.setProcessEnvironment(env);
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Ends with the test even when the test is killed.
        process_.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
        process_.start(
            program(),
            {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
             QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
             QStringLiteral("--log-target=stderr"), QStringLiteral("--log-level=error"),
             QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=tagscope_null"),
             QStringLiteral("-L"),
             QStringLiteral("module-native-protocol-unix socket=%1 auth-anonymous=1")
                 .arg(socketPath())});
        if (!process_.waitForStarted(5000)) return false;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            QLocalSocket socket;
            socket.connectToServer(socketPath());
            if (socket.waitForConnected(100)) return true;
            if (process_.state() == QProcess::NotRunning) return false;
            QTest::qWait(50);
        }
        return false;
    }

    // Runs pactl on this server; its output lines (empty if it failed).
    QStringList pactl(const QStringList& arguments) const {
        QProcess pactl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + socketPath());
        pactl.setProcessEnvironment(env);
        pactl.start(QStringLiteral("pactl"), arguments);
        if (!pactl.waitForFinished(5000) || pactl.exitCode() != 0) return {};
        return QString::fromUtf8(pactl.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    }
    // The streams the server is playing (`pactl list short sink-inputs`), one per line.
    QStringList sinkInputs() const {
        return pactl(
            {QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sink-inputs")});
    }
    // The names of the sinks the streams play to.
    QStringList sinksPlayedTo() const {
        QMap<QString, QString> names;  // index → name
        for (const QString& line :
             pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")}))
            names.insert(line.section('\t', 0, 0), line.section('\t', 1, 1));
        QStringList result;
        for (const QString& line : sinkInputs())
            result.append(names.value(line.section('\t', 1, 1)));
        return result;
    }

    ~PulseServer() {
        if (process_.state() == QProcess::NotRunning) return;
        process_.terminate();
        if (!process_.waitForFinished(3000)) {
            process_.kill();
            process_.waitForFinished(3000);
        }
    }

private:
    QTemporaryDir dir_;
    QProcess process_;
};

// Lets `ms` of wall time pass while the event loop runs, calling `each` about every 10 ms.
void runFor(int ms, const std::function<void()>& each = {}) {
    QElapsedTimer clock;
    clock.start();
    tagscope::ui::test::runEventLoopUntil(
        [&] {
            if (each) each();
            return clock.elapsed() >= ms;
        },
        ms + 5000);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(QColor c) {
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(QColor a, QColor b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The contrast of a button's icon against the bar's background: of the pixels that differ
// from the background, the 75th percentile (the icon's body, not its anti-aliased rim).
double iconContrast(const QImage& bar, const QRect& button, QColor background) {
    std::vector<double> ratios;
    for (int y = button.top(); y <= button.bottom(); ++y)
        for (int x = button.left(); x <= button.right(); ++x) {
            const QColor pixel = bar.pixelColor(x, y);
            if (pixel != background) ratios.push_back(contrast(pixel, background));
        }
    if (ratios.empty()) return 1.0;
    std::sort(ratios.begin(), ratios.end());
    return ratios[ratios.size() * 3 / 4];
}

}  // namespace

class TestPlayback : public QObject {
    Q_OBJECT

    std::unique_ptr<PulseServer> pulse_;

    void requirePulse() {
        if (!PulseServer::installed())
            QSKIP("pulseaudio or pactl is not installed (packaging/install-deps.sh installs them)");
        if (!pulse_) {
            pulse_ = std::make_unique<PulseServer>();
            qputenv("PULSE_SERVER", ("unix:" + pulse_->socketPath()).toLocal8Bit());
            QVERIFY2(pulse_->start(), "the test's PulseAudio daemon did not start");
        }
    }

private slots:
    void initTestCase() {
        test::prepareApplication();
        // Before any audio library looks for a server: only ever the test's own.
        qputenv("PULSE_SERVER", "unix:/nonexistent/tagscope-test-no-pulse");
    }
    void init() { test::resetSettings(); }
    void cleanupTestCase() { pulse_.reset(); }

    void clockBridgesAStalledPlayerAndFollowsItOnceItMoves() {
        PlaybackClock clock;
        clock.start(0.0, 1000);
        clock.observe(0.0, 1000);
        clock.observe(0.13, 1200);  // moves: anchored at 0.13 s
        for (int t = 1300; t <= 2500; t += 100) clock.observe(0.13, t);  // stale
        QCOMPARE(clock.position(2500), 0.13 + 1.3);
        clock.observe(1.2, 2600);  // back, behind the bridge: the clock waits
        QCOMPARE(clock.position(2600), 1.43);
        QCOMPARE(clock.position(2700), 1.43);
        clock.observe(1.5, 2800);  // passed it
        QCOMPARE(clock.position(2800), 1.5);
        QCOMPARE(clock.position(2900), 1.6);
        clock.observe(20.0, 2950);  // a stale answer far away is not taken
        QCOMPARE(clock.position(3000), 1.7);
        // Without any accepted report, at most kMaxBridgeSeconds.
        QCOMPARE(clock.position(2800 + 60000), 1.5 + PlaybackClock::kMaxBridgeSeconds);
        clock.hold(0.0);
        QCOMPARE(clock.position(999999), 0.0);
        QVERIFY(!clock.running());
    }

    // First: Qt's own device list is made while no server runs (as when the app starts before
    // PulseAudio), so this checks what Qt 6.4 alone never does.
    void anOutputAppearingLaterIsPickedUpByTheWindow() {
        if (!PulseServer::installed())
            QSKIP("pulseaudio or pactl is not installed (packaging/install-deps.sh installs them)");
        QVERIFY(!pulse_);
        auto server = std::make_unique<PulseServer>();
        qputenv("PULSE_SERVER", ("unix:" + server->socketPath()).toLocal8Bit());
        MainWindow window;
        window.show();
        PlaybackController* playback = window.playback();
        QVERIFY(!playback->canPlay());
        auto* label = window.findChild<QLabel*>(QStringLiteral("audioLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("No audio output device"));
        auto* playButton = window.findChild<QToolButton*>(QStringLiteral("playPauseButton"));
        QVERIFY(playButton && !playButton->isEnabled());

        QSignalSpy appeared(playback, &PlaybackController::canPlayChanged);
        QVERIFY(server->start());
        pulse_ = std::move(server);
        QTRY_VERIFY_WITH_TIMEOUT(playback->canPlay(), 4000);
        QCOMPARE(appeared.count(), 1);
        QVERIFY(!label->isVisible());
        QVERIFY(playButton->isEnabled());

        // And it plays: the first play of this process.
        playback->setSource(test::sampleTrack(QStringLiteral("bensound-cute.mp3")));
        playback->play();
        runFor(2000);
        test::recordMeasurement(QStringLiteral("playback: first play of the process, playhead "
                                               "%1 s after 2 s; the player's own position %2 s")
                                    .arg(playback->position(), 0, 'f', 3)
                                    .arg(playback->playerPosition(), 0, 'f', 3));
        QVERIFY2(playback->position() >= 1.5,
                 qPrintable(QStringLiteral("position %1 s after 2 s").arg(playback->position())));
        QVERIFY(!pulse_->sinkInputs().isEmpty());
        playback->stop();
    }

    void theFirstPlayMovesThePlayheadAndAgreesWithThePipeline() {
        requirePulse();
        PlaybackController playback;
        QVERIFY(playback.canPlay());
        playback.setSource(test::sampleTrack(QStringLiteral("bensound-dubstep.mp3")));
        QElapsedTimer clock;
        clock.start();
        playback.play();
        QVERIFY(playback.isPlaying());
        double firstMoveMs = -1.0;
        // How long the player's own position stood still (Qt 6.4's stall), for the record.
        double lastReported = -1.0;
        qint64 lastChangeMs = 0, longestStillMs = 0;
        auto watch = [&] {
            const qint64 now = clock.elapsed();
            if (firstMoveMs < 0 && playback.position() > 0.0) firstMoveMs = double(now);
            if (playback.playerPosition() != lastReported) {
                lastReported = playback.playerPosition();
                lastChangeMs = now;
            }
            longestStillMs = std::max(longestStillMs, now - lastChangeMs);
        };
        runFor(2000, watch);
        const double at2s = playback.position();
        test::recordMeasurement(QStringLiteral("playback: first play, playhead %1 s after 2 s "
                                               "(first move after %2 ms); player's own: %3 s")
                                    .arg(at2s, 0, 'f', 3)
                                    .arg(firstMoveMs)
                                    .arg(playback.playerPosition(), 0, 'f', 3));
        QVERIFY2(at2s >= 1.5, qPrintable(QStringLiteral("position %1 s after 2 s").arg(at2s)));
        QVERIFY(at2s <= 2.2);
        // The sound server has the stream, and the pipeline's own position (once it answers)
        // agrees with the playhead: the clock bridged a stall, it did not invent playback.
        QVERIFY(!pulse_->sinkInputs().isEmpty());
        runFor(3000, watch);
        const double drift = playback.position() - playback.playerPosition();
        test::recordMeasurement(QStringLiteral("playback: after 5 s the playhead is %1 s ahead "
                                               "of the player; the player's own position stood "
                                               "still for up to %2 ms")
                                    .arg(drift, 0, 'f', 3)
                                    .arg(longestStillMs));
        QVERIFY2(std::abs(drift) <= 0.5, qPrintable(QStringLiteral("drift %1 s").arg(drift)));
        QVERIFY(playback.position() >= 4.3);
    }

    // As a user meets it: the window tagging the four samples (the workers busy) when the
    // first track is played.
    void theWindowsFirstPlayFollowsTheMusicWhileTagging() {
        requirePulse();
        MainWindow window;
        window.show();
        QVERIFY(window.playback()->canPlay());
        QVERIFY(test::dropPaths(&window, test::sampleTracks()));
        QTableView* view = window.trackView();
        QTRY_VERIFY(view->model()->rowCount() == 4);
        view->setCurrentIndex(view->model()->index(0, 0));
        PlaybackController* playback = window.playback();
        QVERIFY(!playback->source().isEmpty());
        auto* play = window.findChild<QToolButton*>(QStringLiteral("playPauseButton"));
        QVERIFY(play && play->isEnabled());
        play->click();
        QVERIFY(playback->isPlaying());
        runFor(2000);
        const double at2s = playback->position(), player = playback->playerPosition();
        test::recordMeasurement(QStringLiteral("playback in the window while tagging: playhead "
                                               "%1 s after 2 s; the player's own position %2 s")
                                    .arg(at2s, 0, 'f', 3)
                                    .arg(player, 0, 'f', 3));
        QVERIFY2(at2s >= 1.5, qPrintable(QStringLiteral("position %1 s after 2 s").arg(at2s)));
        auto* time = window.findChild<QLabel*>(QStringLiteral("timeLabel"));
        QVERIFY(time && (time->text().startsWith(QStringLiteral("0:01")) ||
                         time->text().startsWith(QStringLiteral("0:02"))));
        runFor(3000);
        QVERIFY2(std::abs(playback->position() - playback->playerPosition()) <= 0.5,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(playback->position())
                                .arg(playback->playerPosition())));
        auto* stop = window.findChild<QToolButton*>(QStringLiteral("stopButton"));
        QVERIFY(stop && stop->isEnabled());
        stop->click();
        QCOMPARE(playback->position(), 0.0);
        QVERIFY(time->text().startsWith(QStringLiteral("0:00")));
        play->click();  // the transport's play/pause after Stop plays from 0:00
        runFor(1000);
        QVERIFY(playback->isPlaying());
        QVERIFY2(playback->position() >= 0.7, qPrintable(QString::number(playback->position())));
        playback->stop();
        test::waitUntilFinished(*window.session());
    }

    // Qt 6.4 never reports a new default sink, but GStreamer opens each track's stream on the
    // server's default: a new default is used from the next track on.
    void aNewDefaultOutputIsUsedFromTheNextTrack() {
        requirePulse();
        PlaybackController playback;
        playback.setSource(test::sampleTrack(QStringLiteral("bensound-cute.mp3")));
        playback.play();
        runFor(800);
        QCOMPARE(pulse_->sinksPlayedTo(), QStringList{QStringLiteral("tagscope_null")});
        QVERIFY(!pulse_
                     ->pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                              QStringLiteral("sink_name=tagscope_second")})
                     .isEmpty());
        pulse_->pactl({QStringLiteral("set-default-sink"), QStringLiteral("tagscope_second")});
        playback.setSource(test::sampleTrack(QStringLiteral("bensound-dubstep.mp3")));
        playback.play();
        runFor(1500);
        QCOMPARE(pulse_->sinksPlayedTo(), QStringList{QStringLiteral("tagscope_second")});
        QVERIFY(playback.position() >= 1.0);
        playback.stop();
        pulse_->pactl({QStringLiteral("set-default-sink"), QStringLiteral("tagscope_null")});
    }

    void stopReturnsToZeroAndTheNextToggleFromThere() {
        requirePulse();
        PlaybackController playback;
        playback.setSource(test::sampleTrack(QStringLiteral("bensound-thejazzpiano.mp3")));
        playback.togglePlayPause();
        QVERIFY(playback.isPlaying());
        runFor(1500);
        QVERIFY(playback.position() >= 1.0);
        playback.stop();
        QVERIFY(!playback.isPlaying());
        QCOMPARE(playback.position(), 0.0);
        runFor(300);
        QCOMPARE(playback.position(), 0.0);

        playback.togglePlayPause();  // Space after Stop: plays from 0:00
        QVERIFY(playback.isPlaying());
        runFor(1500);
        QVERIFY2(playback.position() >= 1.0 && playback.position() <= 2.0,
                 qPrintable(QString::number(playback.position())));
        playback.togglePlayPause();  // pause: the playhead stays
        QVERIFY(!playback.isPlaying());
        const double paused = playback.position();
        runFor(500);
        QCOMPARE(playback.position(), paused);
        playback.togglePlayPause();  // and resumes from there
        runFor(1000);
        QVERIFY(playback.position() >= paused + 0.7);
        QVERIFY(std::abs(playback.position() - playback.playerPosition()) <= 0.5);
        playback.stop();
    }

    void theEndOfATrackStopsAtZeroAndPlaysAgain() {
        requirePulse();
        QTemporaryDir dir;
        const QString tone = test::writeToneWav(dir, QStringLiteral("tone.wav"), 44100, 2.0);
        PlaybackController playback;
        QSignalSpy playing(&playback, &PlaybackController::playingChanged);
        playback.setSource(tone);
        playback.play();
        double highest = 0.0;
        QVERIFY(test::runEventLoopUntil(
            [&] {
                highest = std::max(highest, playback.position());
                return !playback.isPlaying();
            },
            8000));
        QVERIFY2(highest >= 1.8 && highest <= 2.05, qPrintable(QString::number(highest)));
        QCOMPARE(playback.position(), 0.0);
        QCOMPARE(playing.count(), 2);
        playback.togglePlayPause();
        runFor(1000);
        QVERIFY(playback.isPlaying());
        QVERIFY2(playback.position() >= 0.7, qPrintable(QString::number(playback.position())));
        playback.stop();
    }

    void aLoopWrapsFromItsEndToItsStart() {
        requirePulse();
        PlaybackController playback;
        QSignalSpy loopChanged(&playback, &PlaybackController::loopChanged);
        playback.setSource(test::sampleTrack(QStringLiteral("bensound-cute.mp3")));
        QVERIFY(!playback.hasLoop());
        playback.setLoop(2.0, 3.5);
        QVERIFY(playback.hasLoop());
        QCOMPARE(loopChanged.count(), 1);
        playback.seek(2.0);
        playback.play();
        int wraps = 0;
        double last = playback.position(), highest = 0.0;
        runFor(5000, [&] {
            const double now = playback.position();
            if (now < last - 0.5) ++wraps;
            highest = std::max(highest, now);
            last = now;
        });
        QVERIFY2(wraps >= 2, qPrintable(QStringLiteral("%1 wraps").arg(wraps)));
        QVERIFY2(highest <= 3.5 + 0.05, qPrintable(QString::number(highest)));
        // The sound follows: the player is inside the loop too.
        const double player = playback.playerPosition();
        QVERIFY2(player >= 1.8 && player <= 3.8, qPrintable(QString::number(player)));
        playback.clearLoop();
        QVERIFY(!playback.hasLoop());
        QCOMPARE(loopChanged.count(), 2);
        runFor(2500);
        QVERIFY(playback.position() > 3.6);  // no longer held in the loop
        playback.stop();
    }

    void volumeAndMutePersistAcrossWindows() {
        {
            MainWindow window;
            QCOMPARE(window.playback()->volume(), 0.8);
            QVERIFY(!window.playback()->isMuted());
            auto* mute = window.findChild<QToolButton*>(QStringLiteral("muteButton"));
            QVERIFY(mute);
            mute->click();
            QVERIFY(window.playback()->isMuted());
            window.playback()->setVolume(0.35);
        }
        MainWindow next;
        QCOMPARE(next.playback()->volume(), 0.35);
        QVERIFY(next.playback()->isMuted());
        auto* mute = next.findChild<QToolButton*>(QStringLiteral("muteButton"));
        QVERIFY(mute && mute->isChecked());
    }

    void transportIconsStandOutInLightAndDarkPalettes() {
        const QPalette dark = qApp->palette();
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette light = fusion->standardPalette();
        for (const auto& [name, palette] :
             {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
            PlaybackController playback;
            QAction play(QStringLiteral("Play")), stop(QStringLiteral("Stop"));
            PlaybackBar bar(&playback, &play, &stop);
            bar.setPalette(palette);
            bar.setAutoFillBackground(true);
            bar.resize(640, bar.sizeHint().height());
            const QColor background = palette.color(QPalette::Window);
            const QStringList buttons = {QStringLiteral("playPauseButton"),
                                         QStringLiteral("stopButton"),
                                         QStringLiteral("muteButton")};
            auto contrasts = [&] {
                const QImage image = bar.grab().toImage();
                QList<double> result;
                for (const QString& button : buttons)
                    result.append(iconContrast(
                        image, bar.findChild<QToolButton*>(button)->geometry(), background));
                return result;
            };
            play.setEnabled(true);
            stop.setEnabled(true);
            bar.grab().save(test::screenshotDir() + QStringLiteral("/transport_%1.png").arg(name));
            const QList<double> enabled = contrasts();
            play.setEnabled(false);
            stop.setEnabled(false);
            const QList<double> disabled = contrasts();
            bar.grab().save(test::screenshotDir() +
                            QStringLiteral("/transport_%1_disabled.png").arg(name));
            test::recordMeasurement(QStringLiteral("transport icons (%1): contrast play %2, "
                                                   "stop %3, mute %4; disabled play %5, stop %6")
                                        .arg(name)
                                        .arg(enabled[0], 0, 'f', 2)
                                        .arg(enabled[1], 0, 'f', 2)
                                        .arg(enabled[2], 0, 'f', 2)
                                        .arg(disabled[0], 0, 'f', 2)
                                        .arg(disabled[1], 0, 'f', 2));
            for (int i = 0; i < 3; ++i)
                QVERIFY2(
                    enabled[i] >= 3.0,
                    qPrintable(QStringLiteral("%1 %2: %3").arg(name, buttons[i]).arg(enabled[i])));
            for (int i = 0; i < 2; ++i)  // enabled clearly stronger than disabled
                QVERIFY2(enabled[i] >= 1.5 * disabled[i],
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                        .arg(name, buttons[i])
                                        .arg(enabled[i])
                                        .arg(disabled[i])));
        }
    }
};

QTEST_MAIN(TestPlayback)
#include "test_playback.moc"
