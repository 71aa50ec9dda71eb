// The app's background work has one owner: quitting stops and joins every job at once (even
// mid-decode of a long file), closing the window mid-calibration is safe, a removed track's
// job ends early and leaves no results, and cached data stays within its budget.
#include <QAction>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "gui_test_support.h"
#include "ui/analysis/analysis_service.h"
#include "ui/model/result_cache.h"
#include "ui/session/track_session.h"
#include "ui/views/time_axis.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

using namespace tagscope;
using namespace tagscope::ui;

class TestBackgroundWork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::prepareApplication();
        QVERIFY(dir_.isValid());
        // 30 minutes: analysing it all takes several seconds on this machine.
        longTrack_ = test::writeToneWav(dir_, QStringLiteral("half-hour.wav"), 22050, 1800.0);
        QVERIFY(!longTrack_.isEmpty());
    }
    void init() { test::resetSettings(); }

    void quittingDuringALongDecodeIsImmediate() {
        auto window = std::make_unique<MainWindow>();
        window->addPaths({longTrack_});
        TrackSession& session = *window->session();
        QTRY_VERIFY_WITH_TIMEOUT(session.tracks()->entryAt(0).status != TrackStatus::Queued, 10000);
        QTest::qWait(300);  // well into the decode
        QVERIFY(session.isAnalysing());
        QElapsedTimer timer;
        timer.start();
        window->close();
        window.reset();
        const qint64 ms = timer.elapsed();
        qInfo("close + destroy during a 30-minute decode: %lld ms", ms);
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    }

    void aLongTrackShowsItsProgressWhileItStreams() {
        MainWindow window;
        TrackSession& session = *window.session();
        window.addPaths({longTrack_});
        window.selectTrack(session.tracks()->entryAt(0).id);
        const TrackId id = session.tracks()->entryAt(0).id;
        QTRY_VERIFY_WITH_TIMEOUT(session.result(id, NetworkKind::ConvNet) &&
                                     session.result(id, NetworkKind::ConvNet)->segments.size() >= 3,
                                 20000);
        QVERIFY(!session.decoded(id));  // the whole track is not decoded yet...
        // The percentage comes with the next progress report: with faster networks the first
        // windows can be tagged before it, while the status still reads "Tagging".
        const auto status = [&] {
            return session.tracks()->index(0, TrackListModel::StatusColumn).data().toString();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(status().endsWith(QStringLiteral(" %")), qPrintable(status()),
                                  5000);
        // ...but the time axis spans it, the taggram fills in and the bars show a window.
        QCOMPARE(qRound(window.timeline()->axis()->duration()), 1800);
        QVERIFY(window.tagPanel()->heading().contains(QStringLiteral("Window 0:00")));
    }

    void removingATrackEndsItsJobAndForgetsIt() {
        MainWindow window;
        TrackSession& session = *window.session();
        window.addPaths({longTrack_});
        QTRY_VERIFY_WITH_TIMEOUT(session.tracks()->entryAt(0).status == TrackStatus::Tagging,
                                 20000);
        QVERIFY(session.cache().resultCount() > 0);  // windows are arriving
        QSignalSpy idle(&session.service(), &AnalysisService::idle);
        QElapsedTimer timer;
        timer.start();
        session.removeTracks({session.tracks()->entryAt(0).id});
        QVERIFY(idle.wait(5000));
        const qint64 ms = timer.elapsed();
        qInfo("removal to idle: %lld ms", ms);
        QVERIFY(ms < 1000);  // the whole analysis would take seconds more
        QCOMPARE(session.cache().resultCount(), std::size_t(0));
        QCOMPARE(session.cache().decodedCount(), std::size_t(0));
        QTest::qWait(200);  // nothing late arrives for it
        QCOMPARE(session.cache().resultCount(), std::size_t(0));
    }

    void closingTheWindowDuringCalibrationIsSafe() {
        for (int delayMs : {0, 20, 100}) {
            auto window = std::make_unique<MainWindow>();
            window->addPaths(test::sampleTracks());
            QVERIFY(test::waitUntilFinished(*window->session(), 120000));  // also under ASan
            auto* calibrate = window->findChild<QAction*>(QStringLiteral("calibrateAction"));
            QVERIFY(calibrate);
            calibrate->trigger();
            QTest::qWait(delayMs);
            window.reset();  // the job's thread must not touch anything the window owned
        }
    }

    void decodedTracksStayWithinTheirBudget() {
        auto track = [](int frames) {
            auto t = std::make_shared<DecodedTrack>();
            t->overview = std::make_shared<const Melgram>(kMelBands, frames);
            return t;
        };
        const std::size_t one = track(10000)->bytes();  // ~3.8 MB
        ResultCache cache(3 * one + one / 2);
        for (int i = 0; i < 10; ++i) {
            cache.storeDecoded(QStringLiteral("/t/%1.mp3").arg(i), track(10000));
            if (i >= 2) QVERIFY(cache.decoded(QStringLiteral("/t/2.mp3")));  // kept in use
            QVERIFY(cache.decodedBytes() <= 3 * one + one / 2);
        }
        QCOMPARE(cache.decodedCount(), std::size_t(3));
        QVERIFY(cache.decoded(QStringLiteral("/t/2.mp3")));  // recently used
        QVERIFY(cache.decoded(QStringLiteral("/t/9.mp3")));  // newest
        QVERIFY(!cache.decoded(QStringLiteral("/t/0.mp3")));
        cache.resultToFill(QStringLiteral("/t/9.mp3"), ModelConfig{}).complete = true;
        cache.drop(QStringLiteral("/t/9.mp3"));
        QCOMPARE(cache.decodedCount(), std::size_t(2));
        QCOMPARE(cache.resultCount(), std::size_t(0));
    }

private:
    QTemporaryDir dir_;
    QString longTrack_;
};

QTEST_MAIN(TestBackgroundWork)
#include "test_background_work.moc"
