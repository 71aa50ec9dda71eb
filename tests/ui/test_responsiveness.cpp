// Measurements: the GUI thread's longest stall while 20 tracks are tagged, and the time from a
// drop to the first tag bars. Prints the numbers (docs/GUI.md records them) and asserts the
// targets docs/GUI.md states: stall ≤ 20 ms, drop → bars ≤ 300 ms. Runs alone (RUN_SERIAL).
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include "gui_test_support.h"
#include "ui/session/track_session.h"
#include "ui/views/tag_bars_model.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"

using namespace tagscope::ui;

class TestResponsiveness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void longestStallWhileTagging20Tracks() {
        QTemporaryDir dir;
        QStringList files;
        for (int copy = 0; copy < 5; ++copy)
            for (const QString& sample : test::sampleTracks())
                files << test::copyInto(
                    dir, sample,
                    QStringLiteral("copy%1/%2").arg(copy).arg(QFileInfo(sample).fileName()));
        MainWindow window;
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);  // taggers warmed up; first paints done

        test::StallMeter meter;
        QElapsedTimer wall;
        wall.start();
        meter.start();
        window.addPaths({dir.path()});
        QCOMPARE(window.session()->tracks()->rowCount(), 20);
        QVERIFY(test::runEventLoopUntil(
            [&] {
                return test::allTracksFinished(*window.session()) &&
                       !window.session()->isAnalysing();
            },
            60000));
        const double seconds = double(wall.elapsed()) / 1000.0;
        test::recordMeasurement(
            QStringLiteral("stall: longest event-loop stall while tagging 20 tracks: %1 ms "
                           "(wall time %2 s)")
                .arg(meter.maxGapMs(), 0, 'f', 1)
                .arg(seconds, 0, 'f', 2));
        QVERIFY2(meter.maxGapMs() <= 20.0, qPrintable(QString::number(meter.maxGapMs())));
    }

    void dropToFirstBars() {
        MainWindow window;
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(1000);  // as after start-up: the taggers are loaded in the background

        TagBarsModel* bars = window.tagPanel()->barsModel();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(test::dropPaths(&window, {test::sampleTrack(QStringLiteral("bensound-cute.mp3"))}));
        QVERIFY(test::runEventLoopUntil([&] { return bars->rowCount() > 0; }, 10000));
        QCoreApplication::processEvents();  // the paint that shows them
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        test::recordMeasurement(
            QStringLiteral("drop-to-bars: drop of a 31 s mp3 to first bars visible: %1 ms")
                .arg(ms, 0, 'f', 1));
        QVERIFY2(ms <= 300.0, qPrintable(QString::number(ms)));
        QVERIFY(test::waitUntilFinished(*window.session()));
    }
};

QTEST_MAIN(TestResponsiveness)
#include "test_responsiveness.moc"
