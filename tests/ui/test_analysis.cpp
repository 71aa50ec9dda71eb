// Tagging through the real worker threads: the bars show the engine's probabilities, follow
// the playhead across windows, partial results arrive in order, removal cancels, a broken
// file fails alone.
#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/session/track_tagging.h"
#include "engine/tagger.h"
#include "gui_test_support.h"
#include "ui/analysis/analysis_service.h"
#include "ui/analysis/tagger_registry.h"
#include "ui/model/window_selection.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/tag_bars_model.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

// What the engine says for a file, called directly (default CNN, bundled calibration).
ModelTags engineTags(const QString& path, NetworkKind kind = NetworkKind::ConvNet) {
    TaggerConfig config;
    config.kind = kind;
    const Tagger tagger(config);
    TrackTaggingOptions options;
    options.windows = true;
    return tagTrack(path.toStdString(), {&tagger}, options, {}).models.front();
}

void compareValues(const std::vector<float>& actual, const std::vector<float>& expected) {
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(
            std::abs(actual[i] - expected[i]) <= 1e-6,
            qPrintable(QStringLiteral("tag %1: %2 vs %3").arg(i).arg(actual[i]).arg(expected[i])));
}

}  // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::prepareApplication();
        cute_ = test::sampleTrack(QStringLiteral("bensound-cute.mp3"));
        expected_ = engineTags(cute_);
        QCOMPARE(expected_.segments.size(), std::size_t(2));  // 31 s: windows at 0 and 14.56 s
    }
    void init() { test::resetSettings(); }

    void barsShowTheEnginesProbabilities() {
        MainWindow window;
        window.addPaths({cute_});
        QVERIFY(test::waitUntilFinished(*window.session()));
        QCOMPARE(window.session()->tracks()->entryAt(0).status, TrackStatus::Done);
        TagBarsModel* bars = window.tagPanel()->barsModel();
        compareValues(bars->probabilities(), expected_.central);
        QCOMPARE(bars->rowCount(), bars->topN());
        QVERIFY(window.tagPanel()->heading().contains(QStringLiteral("Original central window")));

        const ModelResult* result = window.session()->result(
            window.session()->tracks()->entryAt(0).id, NetworkKind::ConvNet);
        QVERIFY(result && result->complete);
        QCOMPARE(result->segments.size(), expected_.segments.size());
        for (std::size_t i = 0; i < result->segments.size(); ++i) {
            QCOMPARE(result->segments[i].startSeconds, expected_.segments[i].startSeconds);
            compareValues(result->segments[i].probabilities, expected_.segments[i].probabilities);
        }
        compareValues(result->summary, expected_.summary);
        // The top tags column lists the central prediction's most probable tags.
        QVERIFY(!window.session()->tracks()->entryAt(0).topTags.isEmpty());
    }

    void barsFollowThePlayheadAcrossWindows() {
        MainWindow window;
        window.addPaths({cute_});
        QVERIFY(test::waitUntilFinished(*window.session()));
        TagBarsModel* bars = window.tagPanel()->barsModel();

        // A 31 s track: windows 0:00–0:29 and one ending at the track's end.
        QCOMPARE(expected_.segments.size(), std::size_t(2));
        QVERIFY(std::abs(expected_.segments[1].startSeconds + kClipSeconds - 31.0) < 0.5);
        window.playback()->seek(5.0);  // both cover 0:05; window 0's centre is nearer
        compareValues(bars->probabilities(), expected_.segments[0].probabilities);
        QVERIFY(window.tagPanel()->heading().contains(QStringLiteral("Window 0:00–0:29")));

        window.playback()->seek(20.0);  // nearer the last window's centre
        compareValues(bars->probabilities(), expected_.segments[1].probabilities);
        QVERIFY(window.tagPanel()->heading().contains(
            windowLabel(expected_.segments[1].startSeconds)));  // "Window 0:02–0:31"

        window.playback()->seek(10.0);
        compareValues(bars->probabilities(), expected_.segments[0].probabilities);

        window.summaryAction()->setChecked(true);
        compareValues(bars->probabilities(), expected_.summary);
        QVERIFY(window.tagPanel()->heading().contains(QStringLiteral("Track summary")));
        window.summaryAction()->setChecked(false);
        compareValues(bars->probabilities(), expected_.segments[0].probabilities);
    }

    void topNIsConfigurable() {
        MainWindow window;
        window.setTopN(7);
        window.addPaths({cute_});
        QVERIFY(test::waitUntilFinished(*window.session()));
        QCOMPARE(window.tagPanel()->barsModel()->rowCount(), 7);
        window.setTopN(15);
    }

    void workerReportsEachWindowThenTheCentralClip() {
        AnalysisService service(2);
        QSignalSpy stages(&service, &AnalysisService::stageStarted);
        QSignalSpy central(&service, &AnalysisService::centralReady);
        QSignalSpy windows(&service, &AnalysisService::windowReady);
        QSignalSpy finished(&service, &AnalysisService::modelFinished);
        QSignalSpy ended(&service, &AnalysisService::jobEnded);
        QStringList order;
        connect(&service, &AnalysisService::centralReady, this, [&] { order << "central"; });
        connect(&service, &AnalysisService::windowReady, this,
                [&](TrackId, const ModelConfig&, int index) { order << QString::number(index); });
        connect(&service, &AnalysisService::modelFinished, this, [&] { order << "summary"; });
        service.enqueue(1, cute_, {ModelConfig{}}, true);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
        // Windows as soon as they are cut while the track streams by; the central clip (whose
        // place depends on the track's length) at the end.
        QCOMPARE(order, (QStringList{"0", "1", "central", "summary"}));
        QCOMPARE(stages.count(), 2);  // decoding, tagging
        compareValues(central.front().at(3).value<std::vector<float>>(), expected_.central);
        QCOMPARE(windows.count(), 2);
        QCOMPARE(finished.count(), 1);
    }

    void removingTracksMidAnalysisCancelsThem() {
        QTemporaryDir dir;
        QStringList files;
        for (int copy = 0; copy < 3; ++copy)
            for (const QString& sample : test::sampleTracks())
                files << test::copyInto(
                    dir, sample,
                    QStringLiteral("%1/%2").arg(copy).arg(QFileInfo(sample).fileName()));
        MainWindow window;
        window.addPaths(files);
        TrackSession& session = *window.session();
        // Wait until the first track is being worked on, then remove it and most others.
        QTRY_VERIFY_WITH_TIMEOUT(session.tracks()->entryAt(0).status != TrackStatus::Queued, 10000);
        std::vector<TrackId> doomed;
        QStringList doomedPaths;
        for (int row = 0; row < session.tracks()->rowCount() - 2; ++row) {
            doomed.push_back(session.tracks()->entryAt(row).id);
            doomedPaths << session.tracks()->entryAt(row).path;
        }
        QSignalSpy reports(&session.service(), &AnalysisService::windowReady);
        QSignalSpy finished(&session.service(), &AnalysisService::modelFinished);
        session.removeTracks(doomed);
        QCOMPARE(session.tracks()->rowCount(), 2);
        for (TrackId id : doomed) QVERIFY(!session.service().hasWork(id));
        QVERIFY(test::waitUntilFinished(session));
        for (int row = 0; row < 2; ++row)
            QCOMPARE(session.tracks()->entryAt(row).status, TrackStatus::Done);
        // Cancelled, not just hidden: nothing more came from the removed tracks' jobs (the
        // one running was stopped mid-way), and nothing of them is kept.
        QCOMPARE(finished.count(), 2);
        for (const QList<QVariant>& report : reports)
            QVERIFY(std::find(doomed.begin(), doomed.end(), report.at(0).value<TrackId>()) ==
                    doomed.end());
        for (const QString& path : doomedPaths)
            QVERIFY(!session.cache().result(path, session.configFor(NetworkKind::ConvNet)));
        // And closing the window mid-analysis joins the workers cleanly.
        window.addPaths({test::copyInto(dir, cute_, QStringLiteral("late.mp3"))});
    }

    void brokenFileFailsWhileOthersComplete() {
        QTemporaryDir dir;
        const QString broken = test::writeBrokenFile(dir, QStringLiteral("broken.mp3"));
        MainWindow window;
        window.addPaths({broken, cute_, test::sampleTrack(QStringLiteral("bensound-dubstep.mp3"))});
        QVERIFY(test::waitUntilFinished(*window.session()));
        const TrackListModel& tracks = *window.session()->tracks();
        QCOMPARE(tracks.entryAt(0).status, TrackStatus::Error);
        QVERIFY(!tracks.entryAt(0).errorText.isEmpty());
        QCOMPARE(tracks.entryAt(1).status, TrackStatus::Done);
        QCOMPARE(tracks.entryAt(2).status, TrackStatus::Done);
        // Switching models does not retry a file that cannot be decoded.
        window.setModelChoice(ModelChoice::Rnn);
        QVERIFY(test::waitUntilFinished(*window.session()));
        QCOMPARE(tracks.entryAt(0).status, TrackStatus::Error);
        QCOMPARE(tracks.entryAt(1).status, TrackStatus::Done);
        window.setModelChoice(ModelChoice::Cnn);
    }

    void switchingBackToAModelIsInstant() {
        MainWindow window;
        window.addPaths({cute_});
        QVERIFY(test::waitUntilFinished(*window.session()));
        window.setModelChoice(ModelChoice::Rnn);
        QVERIFY(test::waitUntilFinished(*window.session()));
        compareValues(window.tagPanel()->barsModel()->probabilities(),
                      engineTags(cute_, NetworkKind::RecurrentNet).central);
        window.setModelChoice(ModelChoice::Cnn);  // cached: no work queued
        QVERIFY(!window.session()->isAnalysing());
        compareValues(window.tagPanel()->barsModel()->probabilities(), expected_.central);
    }

    void calibratingOnTheSampleBatchReproducesTheBundledCalibration() {
        // The bundled calibration is the four samples in this order: calibrating on them in
        // the app must give the same tags again, now under the custom calibration.
        MainWindow window;
        window.addPaths(test::sampleTracks());
        TrackSession& session = *window.session();
        QVERIFY(test::waitUntilFinished(session));
        auto* calibrate = window.findChild<QAction*>(QStringLiteral("calibrateAction"));
        QVERIFY(calibrate);
        calibrate->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session.normalisation() == NormalisationChoice::CustomCalibration,
                                 30000);
        QVERIFY(!session.customCalibration(NetworkKind::ConvNet).isEmpty());
        QVERIFY(test::waitUntilFinished(session));
        window.selectTrack(session.tracks()->entryAt(0).id);  // cute
        const ModelResult* result =
            session.result(session.tracks()->entryAt(0).id, NetworkKind::ConvNet);
        QVERIFY(result && result->complete);
        for (std::size_t t = 0; t < expected_.central.size(); ++t)
            QVERIFY(std::abs(result->central[t] - expected_.central[t]) < 1e-5);
    }

    void calibratingAgainTakesEffect() {
        // A second calibration, on the first track alone, replaces the first: its results are
        // recomputed (nothing stale is served from a cache), and for that one track they equal
        // normalising it alone.
        MainWindow window;
        window.addPaths(test::sampleTracks());
        TrackSession& session = *window.session();
        QVERIFY(test::waitUntilFinished(session));
        auto* calibrate = window.findChild<QAction*>(QStringLiteral("calibrateAction"));
        calibrate->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session.normalisation() == NormalisationChoice::CustomCalibration,
                                 30000);
        QVERIFY(test::waitUntilFinished(session));
        const QString first = session.customCalibration(NetworkKind::ConvNet);
        std::vector<TrackId> others;
        for (int row = 1; row < session.tracks()->rowCount(); ++row)
            others.push_back(session.tracks()->entryAt(row).id);
        session.removeTracks(others);
        calibrate->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session.customCalibration(NetworkKind::ConvNet) != first, 30000);
        QVERIFY(test::waitUntilFinished(session));
        const ModelResult* result =
            session.result(session.tracks()->entryAt(0).id, NetworkKind::ConvNet);
        QVERIFY(result && result->complete);
        TaggerConfig alone;
        alone.norm = NormMode::Track;
        const Tagger tagger(alone);
        const std::vector<float> expected =
            tagTrack(cute_.toStdString(), {&tagger}, TrackTaggingOptions{}, {}).models[0].central;
        compareValues(result->central, expected);
        QVERIFY(session.service().registry()->size() <= TaggerRegistry::kCapacity);
    }

private:
    QString cute_;
    ModelTags expected_;
};

QTEST_MAIN(TestAnalysis)
#include "test_analysis.moc"
