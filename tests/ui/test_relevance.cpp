// "See it" and "Hear it" in the app (RelevanceController): a click on a bar or a taggram row
// chooses the tag; the overlay job's result is drawn over the spectrogram where the map is
// high and nowhere else; choosing a tag again is served from the cache; another track cancels
// the job; the PNG export with and without the overlay; the relevance audio written as WAV.
#include <QAction>
#include <QImage>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "engine/io/wav_file.h"
#include "engine/melgram.h"
#include "engine/relevance/mask_resynthesis.h"
#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/analysis/analysis_service.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/tag_bars_model.h"
#include "ui/views/tag_bars_view.h"
#include "ui/views/taggram_view.h"
#include "ui/views/time_axis.h"
#include "ui/window/main_window.h"
#include "ui/window/relevance_controller.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

int tagIndex(const char* name) {
    const auto& names = tagNames();
    const auto index =
        int(std::find(names.begin(), names.end(), std::string_view(name)) - names.begin());
    if (index >= int(kTagCount)) qFatal("no tag %s", name);
    return index;
}

// A window with these samples analysed, shown and the first one selected, its spectrogram in.
struct AnalysedWindow {
    MainWindow window;
    std::vector<TrackId> ids;

    explicit AnalysedWindow(const QStringList& files) {
        window.resize(1400, 900);
        window.show();
        window.addPaths(files);
        QObject::connect(window.relevance(), &RelevanceController::statusMessage,
                         [](const QString& message) { qInfo().noquote() << message; });
        for (int row = 0; row < window.session()->tracks()->rowCount(); ++row)
            ids.push_back(window.session()->tracks()->entryAt(row).id);
    }
    bool ready() {
        return test::waitUntilFinished(*window.session()) &&
               QTest::qWaitFor([&] { return window.session()->decoded(ids.front()) != nullptr; },
                               30000);
    }
    RelevanceController& relevance() { return *window.relevance(); }
    SpectrogramView& spectrogram() { return *window.timeline()->spectrogram(); }
};

// Cells (band, frame) of the shown map whose whole neighbourhood (±1 band, ±3 frames) is at
// least 0.9 (high) or at most 0.02 (low); where the view draws them.
struct Cells {
    QList<QPoint> high, low;
};
Cells findCells(const RelevanceLayer& layer, const SpectrogramView& view, int wanted = 5) {
    Cells cells;
    const auto value = [&](int band, int frame) {
        return layer.values[std::size_t(band) * layer.frames + std::size_t(frame)];
    };
    const double secondsPerFrame = double(kHopSize) / kSampleRate;
    const TimeMapping m = view.timeMapping();
    for (int band = 2; band < kMelBands - 2; band += 2)
        for (int frame = 10; frame < layer.frames - 10; frame += 5) {
            float lowest = 1.0f, highest = 0.0f;
            for (int b = band - 1; b <= band + 1; ++b)
                for (int f = frame - 3; f <= frame + 3; ++f) {
                    lowest = std::min(lowest, value(b, f));
                    highest = std::max(highest, value(b, f));
                }
            const QPoint at(int(m.x(layer.startSeconds + (frame + 0.5) * secondsPerFrame)),
                            int(view.yForBand(band)));
            if (lowest >= 0.9f && cells.high.size() < wanted) cells.high.push_back(at);
            if (highest <= 0.02f && cells.low.size() < wanted) cells.low.push_back(at);
        }
    return cells;
}

int channelDistance(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

QColor pixel(const QImage& image, QPoint at) {
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(at.x() * dpr), int(at.y() * dpr));
}

// Both images differ at every high cell (towards the layer's cyan) and agree at every low one
// (within what 2 % of the colour at 75 % opacity can change).
void compareAtCells(const QImage& with, const QImage& without, const Cells& cells) {
    QVERIFY2(
        cells.high.size() >= 3 && cells.low.size() >= 3,
        qPrintable(QStringLiteral("%1 high, %2 low").arg(cells.high.size()).arg(cells.low.size())));
    for (QPoint at : cells.high) {
        const QColor a = pixel(with, at), b = pixel(without, at);
        QVERIFY2(channelDistance(a, b) > 120 && a.blue() > b.blue() && a.green() > b.green(),
                 qPrintable(a.name() + QStringLiteral(" vs ") + b.name()));
    }
    for (QPoint at : cells.low) {
        const QColor a = pixel(with, at), b = pixel(without, at);
        QVERIFY2(channelDistance(a, b) <= 12,
                 qPrintable(a.name() + QStringLiteral(" vs ") + b.name()));
    }
}

}  // namespace

class TestRelevance : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void theCacheKeysAndItsBound() {
        const auto make = [](const QString& path, std::int64_t start, int tag, NetworkKind kind) {
            auto result = std::make_shared<RelevanceResult>();
            result->request.path = path;
            result->request.startSample = start;
            result->request.tag = tag;
            result->request.config.kind = kind;
            result->samples = std::make_shared<const std::vector<float>>(3, float(start));
            return std::shared_ptr<const RelevanceResult>(result);
        };
        RelevanceCache cache(3);
        const auto a = make(QStringLiteral("a.mp3"), 0, 9, NetworkKind::ConvNet);
        const auto b = make(QStringLiteral("a.mp3"), 0, 9, NetworkKind::RecurrentNet);
        const auto c = make(QStringLiteral("a.mp3"), 174720, 9, NetworkKind::ConvNet);
        const auto d = make(QStringLiteral("b.mp3"), 0, 9, NetworkKind::ConvNet);
        for (const auto& r : {a, b, c}) cache.insert(r);
        QCOMPARE(cache.size(), 3);            // network and window are part of the key
        QCOMPARE(cache.find(a->request), a);  // now the most recently used
        cache.insert(d);
        QCOMPARE(cache.size(), 3);
        QVERIFY(!cache.peek(b->request));  // the least recently used went
        QCOMPARE(cache.peek(a->request), a);
        RelevanceRequest otherTag = a->request;
        otherTag.tag = 0;
        QVERIFY(!cache.peek(otherTag));
        QCOMPARE(cache.windowSamples(otherTag), a->samples);  // same file and window
        cache.insert(make(QStringLiteral("a.mp3"), 0, 9, NetworkKind::ConvNet));  // replaces a
        QCOMPARE(cache.size(), 3);
    }

    void clickingABarOrATaggramRowChoosesTheTag() {
        AnalysedWindow w({test::sampleTrack(QStringLiteral("bensound-thejazzpiano.mp3"))});
        QVERIFY(w.ready());
        TagBarsView* bars = w.window.tagPanel()->barsView();
        bars->setAnimationDuration(0);
        const int top =
            w.window.tagPanel()->barsModel()->index(0).data(TagBarsModel::TagIndexRole).toInt();
        QCOMPARE(top, tagIndex("jazz"));
        QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(0).center());
        QCOMPARE(w.relevance().selectedTag(), top);
        QCOMPARE(bars->selectedTag(), top);
        QCOMPARE(w.window.timeline()->taggram()->selectedTag(), top);
        QVERIFY(w.relevance().listenAction()->text().contains(QStringLiteral("jazz"),
                                                              Qt::CaseInsensitive));
        // The second row of the taggram.
        TaggramView* taggram = w.window.timeline()->taggram();
        const int second = taggram->rowTags().at(1);
        const QPoint row1(taggram->dataRect().center().x(),
                          taggram->dataRect().top() + taggram->rowHeight() * 3 / 2);
        QCOMPARE(taggram->tagAt(row1), second);
        QTest::mouseClick(taggram, Qt::LeftButton, {}, row1);
        QCOMPARE(w.relevance().selectedTag(), second);
        QCOMPARE(bars->selectedTag(), second);
        // Below the last bar: nothing chosen, the choice stays.
        QTest::mouseClick(bars, Qt::LeftButton, {}, QPoint(10, bars->height() - 2));
        QCOMPARE(w.relevance().selectedTag(), second);
    }

    void theOverlayIsDrawnWhereTheMapIsHighAndCachedPerTag() {
        AnalysedWindow w({test::sampleTrack(QStringLiteral("bensound-thejazzpiano.mp3"))});
        QVERIFY(w.ready());
        RelevanceController& r = w.relevance();
        QSignalSpy shown(&r, &RelevanceController::overlayShown);
        r.selectTag(tagIndex("jazz"));
        QCOMPARE(r.jobsStarted(), 0);  // the overlay is off: nothing computed
        r.setOverlayShown(true);
        QVERIFY(r.runningJob() != 0);
        QVERIFY(shown.wait(30000));
        const auto result = r.shownResult();
        QVERIFY(result);
        QCOMPARE(w.spectrogram().relevanceLayer(), result->layer);
        // The central window (no playhead moved): the decoded track's.
        QCOMPARE(result->request.startSeconds(),
                 w.window.session()->decoded(w.ids[0])->centralStartSeconds);
        QCOMPARE(result->request.tag, tagIndex("jazz"));
        QVERIFY(std::abs(result->probability - 0.964f) < 0.01f);

        // Pixels: towards cyan where the map is high, untouched where it is 0.
        w.spectrogram().setRelevanceOpacity(0.75);
        const Cells cells = findCells(*result->layer, w.spectrogram());
        compareAtCells(r.spectrogramImage(true), r.spectrogramImage(false), cells);
        // The same through the view itself, and gone when the toggle is off.
        const QImage drawn = w.spectrogram().grab().toImage();
        r.setOverlayShown(false);
        QVERIFY(!w.spectrogram().relevanceLayer());
        compareAtCells(drawn, w.spectrogram().grab().toImage(), cells);
        r.setOverlayShown(true);
        QCOMPARE(r.shownResult(), result);  // from the cache
        QCOMPARE(r.jobsStarted(), 1);

        // Another tag: computed; back to jazz: from the cache, at once, no job.
        r.selectTag(tagIndex("instrumental"));
        QVERIFY(shown.wait(30000));
        QCOMPARE(r.jobsStarted(), 2);
        QCOMPARE(r.shownResult()->request.tag, tagIndex("instrumental"));
        const int before = int(shown.size());
        r.selectTag(tagIndex("jazz"));
        QCOMPARE(int(shown.size()), before + 1);  // synchronously
        QCOMPARE(r.shownResult(), result);
        QCOMPARE(r.jobsStarted(), 2);
        QCOMPARE(r.runningJob(), JobId(0));
        QCOMPARE(r.cache().size(), 2);
        // The second tag reused the window's samples.
        QVERIFY(r.shownResult()->samples == r.cache().windowSamples(result->request));

        // A seek to 0:01: the first analysis window (0:00–0:29; the central one starts at
        // 0:01.47), its relevance computed.
        w.window.playback()->seek(1.0);
        QVERIFY(shown.wait(30000));
        QCOMPARE(r.shownResult()->request.startSample, std::int64_t(0));
        QCOMPARE(r.jobsStarted(), 3);
    }

    void anotherTrackCancelsTheJob() {
        AnalysedWindow w({test::sampleTrack(QStringLiteral("bensound-thejazzpiano.mp3")),
                          test::sampleTrack(QStringLiteral("bensound-cute.mp3"))});
        QVERIFY(w.ready());
        RelevanceController& r = w.relevance();
        AnalysisService& service = w.window.session()->service();
        w.window.selectTrack(w.ids[0]);
        r.setOverlayShown(true);
        r.selectTag(tagIndex("jazz"));
        const JobId first = r.runningJob();
        const RelevanceRequest firstRequest = r.currentRequest();
        QVERIFY(first != 0 && service.isTaskLive(first));
        w.window.selectTrack(w.ids[1]);
        QVERIFY(!service.isTaskLive(first));
        QVERIFY(!w.spectrogram().relevanceLayer());
        QSignalSpy shown(&r, &RelevanceController::overlayShown);
        QVERIFY(shown.wait(30000));
        QCOMPARE(r.shownResult()->request.path, w.window.session()->path(w.ids[1]));
        QTest::qWait(300);  // what the first job would have delivered
        QVERIFY(!r.cache().peek(firstRequest));
        // Without a tag nothing is computed or drawn.
        r.selectTag(-1);
        QVERIFY(!w.spectrogram().relevanceLayer());
        QCOMPARE(r.runningJob(), JobId(0));
    }

    void spectrogramImageWithAndWithoutTheOverlay() {
        AnalysedWindow w({test::sampleTrack(QStringLiteral("bensound-thejazzpiano.mp3"))});
        QVERIFY(w.ready());
        RelevanceController& r = w.relevance();
        QSignalSpy shown(&r, &RelevanceController::overlayShown);
        r.setOverlayShown(true);
        r.selectTag(tagIndex("jazz"));
        QVERIFY(shown.wait(30000));
        QTemporaryDir dir;
        const QString with = dir.filePath(QStringLiteral("with.png"));
        const QString without = dir.filePath(QStringLiteral("without.png"));
        QCOMPARE(r.exportSpectrogramImage(with, true), QString());
        QCOMPARE(r.exportSpectrogramImage(without, false), QString());
        QImage a(with), b(without);
        QCOMPARE(a.size(), w.spectrogram().grab().toImage().size());
        a.setDevicePixelRatio(w.spectrogram().devicePixelRatioF());
        b.setDevicePixelRatio(w.spectrogram().devicePixelRatioF());
        compareAtCells(a, b, findCells(*r.shownResult()->layer, w.spectrogram()));
        QVERIFY(w.spectrogram().relevanceLayer());  // the view keeps its overlay
        const QString missing = dir.filePath(QStringLiteral("no-such-folder/x.png"));
        QVERIFY(r.exportSpectrogramImage(missing, true).contains(missing));
        QVERIFY(!QFile::exists(missing));
    }

    void relevanceAudioIsTheMaskedWindow() {
        AnalysedWindow w({test::sampleTrack(QStringLiteral("bensound-thejazzpiano.mp3"))});
        QVERIFY(w.ready());
        RelevanceController& r = w.relevance();
        QVERIFY(!r.exportAudioAction()->isEnabled());  // no tag yet
        r.selectTag(tagIndex("jazz"));
        QVERIFY(r.exportAudioAction()->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jazz.wav"));
        QSignalSpy written(&r, &RelevanceController::audioWritten);
        r.exportAudio(path);  // the overlay is off: the map is computed for it
        QVERIFY(written.wait(30000));
        QCOMPARE(written.front().front().toString(), path);
        int rate = 0;
        const std::vector<float> audio = readSoundFile(path.toStdString(), &rate);
        QCOMPARE(rate, kSampleRate);
        QCOMPARE(audio.size(), std::size_t(kClipSamples));
        const auto result = r.cache().peek(r.currentRequest());
        QVERIFY(result);
        const std::vector<float> expected =
            resynthesiseMasked(*result->samples, result->layer->values, result->layer->frames);
        double worst = 0.0, peak = 0.0;
        for (std::size_t i = 0; i < audio.size(); ++i) {
            worst = std::max(worst, double(std::abs(audio[i] - expected[i])));
            peak = std::max(peak, double(std::abs(audio[i])));
        }
        QVERIFY2(worst <= 1.0 / 32767, qPrintable(QString::number(worst)));  // 16-bit rounding
        QVERIFY(peak <= 1.0 && peak > 0.1);
        // Listen writes a clip of its own and plays it (here without an audio device: said so).
        r.listen();
        QVERIFY(written.wait(30000));
        QVERIFY(written.back().front().toString().endsWith(QStringLiteral("relevance-1.wav")));
        QVERIFY(QFile::exists(written.back().front().toString()));
    }
};

QTEST_MAIN(TestRelevance)
#include "test_relevance.moc"
