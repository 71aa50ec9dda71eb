// Tags that move with the music: bars blended between the windows' centres, the finer display
// windows computed after the track's results and used by the bars, silent and padded windows
// hatched with a warning in the tag panel, one labelled taggram per network in CNN + RNN mode.
#include <QAction>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "engine/audio/window_cutter.h"
#include "engine/melgram.h"
#include "gui_test_support.h"
#include "ui/analysis/analysis_service.h"
#include "ui/analysis/fine_windows.h"
#include "ui/model/window_selection.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/color_map.h"
#include "ui/views/tag_bars_model.h"
#include "ui/views/taggram_view.h"
#include "ui/views/time_axis.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"
#include "ui/window/track_display.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

// Digital silence: a mono 16-bit WAV of zeros.
QString writeSilentWav(const QTemporaryDir& dir, const QString& name, int rate, double seconds) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    const auto n = quint32(seconds * rate);
    QByteArray bytes;
    auto put = [&](quint32 v, int count) {
        for (int i = 0; i < count; ++i) bytes.append(char((v >> (8 * i)) & 0xff));
    };
    bytes.append("RIFF");
    put(36 + 2 * n, 4);
    bytes.append("WAVEfmt ");
    for (auto [v, count] : {std::pair{16u, 4},
                            {1u, 2},
                            {1u, 2},
                            {quint32(rate), 4},
                            {quint32(2 * rate), 4},
                            {2u, 2},
                            {16u, 2}})
        put(v, count);
    bytes.append("data");
    put(2 * n, 4);
    bytes.append(QByteArray(int(2 * n), '\0'));
    file.write(bytes);
    return path;
}

SegmentResult constantWindow(double start, float value) {
    return {start, std::vector<float>(50, value), {}};
}

// The first row's colour in the taggram's image at x (middle of the row).
QColor cellColor(const QImage& image, const TaggramView& view, double x, int row = 0) {
    const double y = view.dataRect().top() + (row + 0.5) * view.rowHeight();
    return image.pixelColor(int(x * image.devicePixelRatio()), int(y * image.devicePixelRatio()));
}

}  // namespace

class TestTagsOverTime : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void interpolationBlendsTheTwoNearestCentresAndClampsAtTheEnds() {
        // Centres at 14.56, 29.12 and 40.00 s.
        const std::vector<SegmentResult> windows = {
            constantWindow(0.0, 0.2f), constantWindow(14.56, 0.6f), constantWindow(25.44, 1.0f)};
        const InterpolatedPrediction quarter = interpolateAt(windows, 14.56 + 3.64);
        QCOMPARE(quarter.before, 0);
        QCOMPARE(quarter.after, 1);
        QVERIFY(std::abs(quarter.weightAfter - 0.25) < 1e-9);
        QVERIFY(std::abs(quarter.probabilities[7] - (0.75f * 0.2f + 0.25f * 0.6f)) < 1e-6f);
        const InterpolatedPrediction late = interpolateAt(windows, 35.0);  // 5.88 of 10.88 s
        QCOMPARE(late.before, 1);
        QCOMPARE(late.nearest(), 2);
        QVERIFY(std::abs(late.probabilities[0] - (0.6f + 0.4f * float(5.88 / 10.88))) < 1e-6f);
        QCOMPARE(interpolateAt(windows, 3.0).probabilities[0], 0.2f);   // before the first centre
        QCOMPARE(interpolateAt(windows, 50.0).probabilities[0], 1.0f);  // after the last
        QVERIFY(interpolateAt({}, 3.0).probabilities.empty());
    }

    void smoothTaggramColumnsAreTheBlendAndDiscreteCellsAreNot() {
        TimeAxis axis;
        axis.setDuration(60.0);
        TaggramView view(&axis);
        view.resize(1000, 200);
        std::vector<SegmentResult> windows = {constantWindow(0.0, 0.0f),
                                              constantWindow(14.56, 1.0f)};
        view.setTaggram(windows, std::vector<float>(50, 0.5f));
        const double midway = view.timeMapping().x(14.56 + 7.28);  // halfway between the centres
        QCOMPARE(cellColor(view.grab().toImage(), view, midway),
                 QColor(colorAt(ColorMap::Magma, 1.0)));  // discrete: window 1's cell
        view.setSmooth(true);
        const QColor blended(colorAt(ColorMap::Magma, std::pow(0.5, TaggramView::kGamma)));
        const QColor seen = cellColor(view.grab().toImage(), view, midway);
        // A 2-pixel column centred within a pixel of the midpoint: the blend to within 1 %.
        QVERIFY2(std::abs(seen.redF() - blended.redF()) < 0.02 &&
                     std::abs(seen.greenF() - blended.greenF()) < 0.02,
                 qPrintable(seen.name() + QStringLiteral(" vs ") + blended.name()));
    }

    void fineWindowsComeAfterTheResultsAndTheBarsFollowThem() {
        QTemporaryDir dir;
        const QString wav = test::writeToneWav(dir, QStringLiteral("minute.wav"), 12000, 60.0);
        MainWindow window;
        QVERIFY(window.smoothAction()->isChecked());  // smooth by default
        QVERIFY(window.timeline()->taggram()->isSmooth());
        TrackSession& session = *window.session();
        bool fineBeforeResults = false;
        const auto checkNothingFine = [&] {
            // The track's own results are still coming in: nothing fine asked for or computed.
            fineBeforeResults |= session.isComputingFineWindows();
            for (int row = 0; row < session.tracks()->rowCount(); ++row)
                if (const ModelResult* r =
                        session.result(session.tracks()->entryAt(row).id, NetworkKind::ConvNet))
                    fineBeforeResults |= !r->fineSegments.empty();
        };
        connect(&session.service(), &AnalysisService::windowReady, this, checkNothingFine);
        connect(&session.service(), &AnalysisService::centralReady, this, checkNothingFine);
        window.addPaths({wav});
        QVERIFY(test::waitUntilFinished(session));
        const TrackId id = session.tracks()->entryAt(0).id;
        QTRY_VERIFY_WITH_TIMEOUT(!session.result(id, NetworkKind::ConvNet)->fineSegments.empty(),
                                 30000);
        QVERIFY(!fineBeforeResults);
        const ModelResult& r = *session.result(id, NetworkKind::ConvNet);
        QCOMPARE(r.segments.size(), std::size_t(4));  // 0, 14.56, 29.12, 30.88
        // Every 3 s, the last ending at the track's end: 0, 3, …, 30, 30.88.
        const std::vector<std::size_t> starts =
            windowStarts(60 * 12000, hopSamplesFor(kFineHopSeconds));
        QCOMPARE(r.fineSegments.size(), starts.size());
        QCOMPARE(r.fineSegments.size(), std::size_t(12));
        QCOMPARE(r.fineSegments[1].startSeconds, 3.0);

        // Smooth bars at 20 s: blended between the fine windows at 3 and 6 s (centres 17.56 and
        // 20.56).
        window.playback()->seek(20.0);
        const InterpolatedPrediction blend = interpolateAt(r.fineSegments, 20.0);
        QCOMPARE(blend.before, 1);
        QCOMPARE(blend.after, 2);
        QCOMPARE(window.tagPanel()->barsModel()->probabilities(), blend.probabilities);
        QVERIFY(window.tagPanel()->heading().contains(QStringLiteral("between windows 0:03–0:32")));
        // Window by window: the fine window whose centre is nearest.
        window.smoothAction()->setChecked(false);
        QVERIFY(!window.timeline()->taggram()->isSmooth());
        QCOMPARE(window.tagPanel()->barsModel()->probabilities(), r.fineSegments[2].probabilities);
        // The smooth taggram draws the fine windows, the discrete one the analysis windows.
        window.smoothAction()->setChecked(true);
        QVERIFY(window.timeline()->taggram()->isSmooth());
        QCOMPARE(window.timeline()->taggram()->windowSpan(1).first,
                 window.timeline()->taggram()->timeMapping().x(3.0));
    }

    void aShortClipIsHatchedAndWarnedAbout() {
        QTemporaryDir dir;
        const QString wav = test::writeToneWav(dir, QStringLiteral("ten.wav"), 12000, 10.0);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.addPaths({wav});
        QVERIFY(test::waitUntilFinished(*window.session()));
        TaggramView& taggram = *window.timeline()->taggram();
        QTRY_COMPARE(taggram.flaggedWindows(), std::vector<int>{0});
        QVERIFY(window.tagPanel()->warning().startsWith(
            QStringLiteral("Track shorter than 29.12 s (0:10): the network heard 66 % zero")));
        const auto [x0, x1] = taggram.windowSpan(0);
        const QPoint inside(int((x0 + x1) / 2), taggram.dataRect().center().y());
        QVERIFY(taggram.toolTipAt(inside).contains(QStringLiteral("66 % zero padding")));
        // Hatched: the cell's pixels along a row are no longer one colour.
        const QImage image = taggram.grab().toImage();
        QSet<QRgb> colours;
        for (int x = int(x0) + 2; x < int(x1) - 2; ++x)
            colours.insert(cellColor(image, taggram, x).rgb());
        QVERIFY2(colours.size() >= 2, qPrintable(QString::number(colours.size())));
    }

    void digitalSilenceIsHatchedAndTheBarsWarn() {
        QTemporaryDir dir;
        const QString wav = writeSilentWav(dir, QStringLiteral("silence.wav"), 12000, 40.0);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.smoothAction()->setChecked(false);  // the taggram shows the analysis windows
        window.addPaths({wav});
        QVERIFY(test::waitUntilFinished(*window.session()));
        TaggramView& taggram = *window.timeline()->taggram();
        QTRY_COMPARE(taggram.flaggedWindows(), (std::vector<int>{0, 1}));  // 0 and 10.88 s
        QCOMPARE(window.tagPanel()->warning(),
                 QStringLiteral("Silent central window (below -60 dBFS): these tags mean little"));
        window.playback()->seek(20.0);
        QCOMPARE(window.tagPanel()->warning(),
                 QStringLiteral("Silent window (below -60 dBFS): these tags mean little"));
        const auto [x0, x1] = taggram.windowSpan(0);
        QVERIFY(taggram.toolTipAt(QPoint(int(x0) + 3, taggram.dataRect().center().y()))
                    .contains(QStringLiteral("silent")));
        window.summaryAction()->setChecked(true);
        QVERIFY(window.tagPanel()->warning().startsWith(QStringLiteral("2 of 2 windows")));
    }

    void bothNetworksGetALabelledTaggramOnOneTimeAxis() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.setModelChoice(ModelChoice::Both);
        window.addPaths({test::sampleTrack(QStringLiteral("bensound-cute.mp3"))});
        QVERIFY(test::waitUntilFinished(*window.session()));
        TaggramView& cnn = *window.timeline()->taggram();
        TaggramView& rnn = *window.timeline()->secondTaggram();
        QTRY_VERIFY(rnn.isVisible());
        QCOMPARE(cnn.title(), QStringLiteral("CNN"));
        QCOMPARE(rnn.title(), QStringLiteral("RNN"));
        QVERIFY(!cnn.rowTags().empty());
        QVERIFY(!rnn.rowTags().empty());
        QCOMPARE(cnn.dataRect().left(), rnn.dataRect().left());
        QCOMPARE(cnn.dataRect().width(), rnn.dataRect().width());
        QVERIFY(rnn.geometry().top() >= cnn.geometry().bottom());
        // The title stands above the cells, in the window text colour.
        QVERIFY(cnn.dataRect().top() > cnn.fontMetrics().height());
        window.setModelChoice(ModelChoice::Cnn);
        QTRY_VERIFY(!rnn.isVisible());
        QVERIFY(cnn.title().isEmpty());
    }
};

QTEST_MAIN(TestTagsOverTime)
#include "test_tags_over_time.moc"
