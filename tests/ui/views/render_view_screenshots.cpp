// Renders the views (spectrogram + taggram, zoomed, tag bars, comparison, empty; light and
// dark palettes) to PNGs in the build tree, for looking at: a tool, not a test.
//   cmake --build build --target ui_screenshots
#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QTest>
#include <QVBoxLayout>

#include "engine/melgram.h"
#include "engine/tags.h"
#include "ui/views/compare_view.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/tag_bars_model.h"
#include "ui/views/tag_bars_view.h"
#include "ui/views/taggram_view.h"
#include "ui/views/time_axis.h"
#include "ui/views/waveform_view.h"
#include "ui/window/timeline_panel.h"
#include "view_test_data.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

constexpr double kSecondsPerFrame = double(kHopSize) / kSampleRate;

QString screenshotPath(const QString& name) {
    QDir().mkpath(QStringLiteral(TAGSCOPE_VIEWS_SCREENSHOT_DIR));
    return QStringLiteral(TAGSCOPE_VIEWS_SCREENSHOT_DIR "/") + name;
}

}  // namespace

class ViewScreenshots : public QObject {
    Q_OBJECT
private slots:
    void render();
    void renderInspection();
};

void ViewScreenshots::render() {
    const auto melgram = test::referenceTrackMelgram();
    const double duration = melgram->frames * kSecondsPerFrame;
    const double hop = kClipSeconds / 2;
    const std::vector<SegmentResult> segments = test::referenceSegments(hop);
    std::vector<double> starts;
    for (const SegmentResult& s : segments) starts.push_back(s.startSeconds);
    const double central = (duration - kClipSeconds) / 2;
    const std::vector<float> cnn = test::referenceProbabilities("cnn_tensorflow", 0);
    const std::vector<float> rnn = test::referenceProbabilities("rnn_tensorflow", 0);
    QCOMPARE(int(cnn.size()), int(kTagCount));

    for (const bool dark : {false, true}) {
        QWidget page;
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
            palette.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
            palette.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
            palette.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
            palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
            palette.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
            palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
            palette.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xE6));
            page.setPalette(palette);
        }
        page.resize(1100, 480);
        auto* layout = new QVBoxLayout(&page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        TimeAxis axis;
        axis.setDuration(duration);
        auto* spectrogram = new SpectrogramView(&axis);
        auto* taggram = new TaggramView(&axis);
        layout->addWidget(spectrogram, 1);
        layout->addWidget(taggram);
        spectrogram->setMelgram(melgram);
        spectrogram->setAnalysisWindows(starts, central);
        spectrogram->setActiveWindow(4);
        spectrogram->setPlayhead(64.0);
        std::vector<float> summary(kTagCount, 0.0f);
        for (const SegmentResult& s : segments)
            for (std::size_t i = 0; i < kTagCount; ++i)
                summary[i] += s.probabilities[i] / segments.size();
        taggram->setTaggram(segments, summary);
        taggram->setPlayhead(64.0);
        const QString suffix = dark ? QStringLiteral("_dark") : QString();
        QVERIFY(page.grab().save(screenshotPath(QStringLiteral("stack%1.png").arg(suffix))));
        axis.setVisibleRange(55.0, 70.0);
        QVERIFY(page.grab().save(screenshotPath(QStringLiteral("stack_zoomed%1.png").arg(suffix))));

        TagBarsModel model;
        model.setProbabilities(cnn);
        TagBarsView bars;
        bars.setPalette(page.palette());
        bars.setAnimationDuration(0);
        bars.setModel(&model);
        bars.resize(bars.sizeHint().expandedTo(QSize(380, 0)));
        QVERIFY(bars.grab().save(screenshotPath(QStringLiteral("tag_bars%1.png").arg(suffix))));

        CompareView compare;
        compare.setPalette(page.palette());
        compare.setResults(cnn, rnn);
        compare.resize(compare.sizeHint());
        QVERIFY(compare.grab().save(screenshotPath(QStringLiteral("compare%1.png").arg(suffix))));

        SpectrogramView empty(&axis);
        empty.setPalette(page.palette());
        empty.resize(600, 220);
        QVERIFY(empty.grab().save(screenshotPath(QStringLiteral("empty%1.png").arg(suffix))));
    }
}

// The timeline panel on a real signal (the reference clips back to back): the waveform strip
// over the spectrogram, a selection, and the hover readout with its crosshair.
void ViewScreenshots::renderInspection() {
    const Overview overview = test::referenceTrackOverview();
    QVERIFY(overview.waveform.columns() > 0);
    auto track = std::make_shared<DecodedTrack>();
    track->overview = std::make_shared<const Melgram>(overview.melgram);
    track->overviewSecondsPerFrame = double(overview.framesPerColumn) * kHopSize / kSampleRate;
    track->waveform = std::make_shared<const WaveformEnvelope>(overview.waveform);
    track->info.durationSeconds =
        double(overview.waveform.columns()) * overview.waveform.samplesPerColumn / kSampleRate;
    const std::vector<SegmentResult> segments = test::referenceSegments(kClipSeconds / 2);
    for (const SegmentResult& s : segments) track->windowStarts.push_back(s.startSeconds);
    track->centralStartSeconds = (track->info.durationSeconds - kClipSeconds) / 2;
    std::vector<float> summary(kTagCount, 0.0f);
    for (const SegmentResult& s : segments)
        for (std::size_t i = 0; i < kTagCount; ++i)
            summary[i] += s.probabilities[i] / segments.size();

    TimelinePanel panel;
    panel.resize(1100, 620);
    panel.showTrack(track);
    panel.setTaggram(segments, summary);
    panel.setPlayhead(52.0);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SpectrogramView* view = panel.spectrogram();
    QVERIFY(panel.grab().save(screenshotPath(QStringLiteral("waveform.png"))));

    // Zoomed, a selection made with shift+drag, the mouse over a bass note.
    panel.axis()->setVisibleRange(40.0, 70.0);
    const double y = view->yForBand(12);
    for (const auto& [type, seconds] :
         {std::pair{QEvent::MouseButtonPress, 55.0}, std::pair{QEvent::MouseMove, 61.0},
          std::pair{QEvent::MouseButtonRelease, 61.0}}) {
        const QPointF at(view->xForSeconds(seconds), y);
        QMouseEvent event(type, at, view->mapToGlobal(at), Qt::LeftButton,
                          type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                          Qt::ShiftModifier);
        QApplication::sendEvent(view, &event);
    }
    const QPointF cursor(view->xForSeconds(47.3), view->yForBand(30));
    QMouseEvent hover(QEvent::MouseMove, cursor, view->mapToGlobal(cursor), Qt::NoButton,
                      Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view, &hover);
    QVERIFY(!view->hoverText().isEmpty());
    QVERIFY(panel.grab().save(screenshotPath(QStringLiteral("hover_readout.png"))));
}

QTEST_MAIN(ViewScreenshots)
#include "render_view_screenshots.moc"
