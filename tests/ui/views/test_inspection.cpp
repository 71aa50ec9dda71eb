// The spectrogram as an inspection tool: hover readout, follow playback, level range and colour
// bar ticks, the waveform strip, time selection, and a focus click that does not seek.

#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>

#include "engine/melgram.h"
#include "ui/model/window_selection.h"
#include "ui/views/color_map.h"
#include "ui/views/hover_readout.h"
#include "ui/views/level_range.h"
#include "ui/views/mel_scale.h"
#include "ui/views/selection_overlay.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/taggram_view.h"
#include "ui/views/time_axis.h"
#include "ui/views/waveform_view.h"
#include "ui/window/timeline_panel.h"
#include "view_test_data.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

constexpr double kSecondsPerFrame = double(kHopSize) / kSampleRate;

bool near(QRgb a, QRgb b, int tolerance = 2) {
    return std::abs(qRed(a) - qRed(b)) <= tolerance &&
           std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

QRgb pixelAt(const QImage& image, double x, double y) {
    const double dpr = image.devicePixelRatio();
    return image.pixel(int(x * dpr), int(y * dpr));
}

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::KeyboardModifiers modifiers = {}) {
    const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton
                                     : type == QEvent::MouseMove && button == Qt::NoButton
                                         ? Qt::NoButton
                                         : Qt::MouseButtons(Qt::LeftButton);
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(w, &event);
}

// A 120 s track: a -70 dB floor, a 0 dB band 40, the waveform silent except a column range
// [40 s, 41 s) whose samples span -0.25 … 0.5 (RMS 0.3).
std::shared_ptr<DecodedTrack> syntheticTrack() {
    auto track = std::make_shared<DecodedTrack>();
    constexpr int kFrames = 5625;  // 120 s
    track->info.durationSeconds = kFrames * kSecondsPerFrame;
    track->overview = std::make_shared<Melgram>(test::stripesMelgram(kFrames, 40, 10));
    auto envelope = std::make_shared<WaveformEnvelope>();
    envelope->samplesPerColumn = kHopSize;
    envelope->minimum.assign(kFrames, 0.0f);
    envelope->maximum.assign(kFrames, 0.0f);
    envelope->rms.assign(kFrames, 0.0f);
    for (int c = int(40.0 / kSecondsPerFrame); c < int(41.0 / kSecondsPerFrame); ++c) {
        envelope->minimum[std::size_t(c)] = -0.25f;
        envelope->maximum[std::size_t(c)] = 0.5f;
        envelope->rms[std::size_t(c)] = 0.3f;
    }
    track->waveform = envelope;
    return track;
}

}  // namespace

class InspectionTest : public QObject {
    Q_OBJECT
private slots:
    void noteNames();
    void readoutAtKnownPoint();
    void readoutTagsComeFromTheWindowUnderTheCursor();
    void followPlaybackPages();
    void levelRangeChangesCellColour();
    void colourBarTicks();
    void waveformAlignedAndDrawsMinMax();
    void selectionSignalsAndBand();
    void focusClickDoesNotSeek();
};

void InspectionTest::noteNames() {
    QCOMPARE(noteName(440.0), QStringLiteral("A4"));
    QCOMPARE(noteName(261.63), QStringLiteral("C4"));
    QCOMPARE(noteName(466.16), QStringLiteral("A#4"));
    QCOMPARE(noteName(27.5), QStringLiteral("A0"));
    QCOMPARE(noteName(4186.0), QStringLiteral("C8"));
    QCOMPARE(noteName(452.0), QStringLiteral("A4"));  // 0.47 semitone sharp: still A4
    QCOMPARE(noteName(454.0), QStringLiteral("A#4"));
}

void InspectionTest::readoutAtKnownPoint() {
    TimeAxis axis;
    SpectrogramView view(&axis);
    view.resize(1000, 400);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(5625, 15, 10)));
    view.setTagsAt([](double seconds) {
        return seconds < 20.0 ? QStringLiteral("rock, pop, guitar") : QString();
    });
    // Band 15's centre is 16 × 28.22 Hz = 451.5 Hz (Slaney, 97 steps up to 6 kHz): A4.
    QVERIFY(std::abs(melBandCentreHz(15) - 451.5) < 0.5);
    const QPointF atBright(view.xForSeconds(12.34), view.yForBand(15));
    const std::optional<HoverReadout> bright = view.readoutAt(atBright);
    QVERIFY(bright);
    QVERIFY(std::abs(bright->seconds - 12.34) <= 1.0 / view.timeMapping().pixelsPerSecond());
    QCOMPARE(bright->hz, melBandCentreHz(15));
    QCOMPARE(bright->db, 0.0);
    const QLocale locale;
    QCOMPARE(readoutText(*bright),
             QStringLiteral("0:12.3 · 452 Hz · A4 · %1 dB\nTags: rock, pop, guitar")
                 .arg(locale.toString(0.0, 'f', 1)));
    // A floor cell later on: -70 dB, no window there.
    const std::optional<HoverReadout> dim =
        view.readoutAt(QPointF(view.xForSeconds(61.0), view.yForBand(60)));
    QVERIFY(dim);
    QCOMPARE(dim->db, -70.0);
    QCOMPARE(dim->hz, melBandCentreHz(60));
    QVERIFY(dim->tags.isEmpty());
    QVERIFY(readoutText(*dim).startsWith(QStringLiteral("1:01.0 · ")));
    QVERIFY(!readoutText(*dim).contains(QLatin1Char('\n')));
    // Outside the data area: nothing.
    QVERIFY(!view.readoutAt(QPointF(5.0, view.yForBand(15))));

    // Hovering shows it where the cursor is not, and leaving clears it.
    for (const QPointF cursor :
         {atBright, QPointF(view.xForSeconds(2.0), view.dataRect().top() + 4.0),
          QPointF(view.xForSeconds(110.0), view.dataRect().top() + 4.0),
          QPointF(view.xForSeconds(110.0), view.dataRect().bottom() - 4.0)}) {
        sendMouse(&view, QEvent::MouseMove, cursor, Qt::NoButton);
        QVERIFY(!view.hoverText().isEmpty());
        const QRectF box = view.hoverTextRect();
        QVERIFY(!box.adjusted(-2, -2, 2, 2).contains(cursor));
        QVERIFY(view.dataRect().contains(box.toAlignedRect()));
    }
    sendMouse(&view, QEvent::MouseMove, atBright, Qt::NoButton);
    QCOMPARE(view.hoverText(), readoutText(*bright));
    // The box and the crosshair are drawn: the box's inside is dark, the crosshair light.
    const QImage image = view.grab().toImage();
    const QRectF box = view.hoverTextRect();
    QVERIFY(qGray(pixelAt(image, box.right() - 2.0, box.bottom() - 2.0)) < 40);
    const QRgb crosshair = pixelAt(image, atBright.x(), view.yForBand(70));
    QVERIFY2(qGray(crosshair) > 120, qPrintable(QString::number(qGray(crosshair))));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&view, &leave);
    QVERIFY(view.hoverText().isEmpty());
}

void InspectionTest::readoutTagsComeFromTheWindowUnderTheCursor() {
    TimelinePanel panel;
    panel.resize(1000, 600);
    const auto track = syntheticTrack();
    panel.showTrack(track);
    const std::vector<SegmentResult> segments = test::referenceSegments(kClipSeconds / 2);
    panel.setTaggram(segments, segments.front().probabilities);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SpectrogramView* view = panel.spectrogram();
    for (const double seconds : {5.0, 50.0, 100.0}) {
        const std::optional<HoverReadout> readout =
            view->readoutAt(QPointF(view->xForSeconds(seconds), view->yForBand(20)));
        QVERIFY(readout);
        const int window = windowIndexAt(segments, readout->seconds);
        QVERIFY(window >= 0);
        QCOMPARE(readout->tags,
                 topTagNames(segments[std::size_t(window)].probabilities, 3).join(", "));
        QCOMPARE(readout->tags.count(QLatin1Char(',')), 2);
    }
}

void InspectionTest::followPlaybackPages() {
    TimelinePanel panel;
    panel.resize(1000, 600);
    panel.showTrack(syntheticTrack());
    TimeAxis* axis = panel.axis();
    QVERIFY(panel.followPlaybackAction()->isChecked());  // on by default
    axis->setVisibleRange(0.0, 30.0);
    panel.setPlayhead(10.0);
    panel.setPlayhead(29.9);
    QCOMPARE(axis->visibleStart(), 0.0);  // still visible: no move
    panel.setPlayhead(30.05);             // past the right edge: the next page
    QCOMPARE(axis->visibleStart(), 30.05);
    QCOMPARE(axis->visibleEnd(), 60.05);
    panel.setPlayhead(60.1);
    QCOMPARE(axis->visibleStart(), 60.1);

    // A manual scroll that hides the playhead pauses following while it plays on.
    axis->setVisibleRange(0.0, 30.0);
    QVERIFY(panel.isFollowingPaused());
    panel.setPlayhead(60.2);
    QCOMPARE(axis->visibleStart(), 0.0);
    // A jump (a seek, a restart) resumes it.
    panel.setPlayhead(75.0);
    QCOMPARE(axis->visibleStart(), 75.0);
    QVERIFY(!panel.isFollowingPaused());
    // Near the end the last page ends with the track.
    panel.setPlayhead(105.1);
    QCOMPARE(axis->visibleEnd(), axis->duration());
    QCOMPARE(axis->visibleEnd() - axis->visibleStart(), 30.0);

    // Switched off: the view stays put.
    panel.followPlaybackAction()->setChecked(false);
    axis->setVisibleRange(0.0, 30.0);
    panel.setPlayhead(40.0);
    QCOMPARE(axis->visibleStart(), 0.0);
    // Switched on again: it catches up at once.
    panel.followPlaybackAction()->setChecked(true);
    QCOMPARE(axis->visibleStart(), 40.0);
}

void InspectionTest::levelRangeChangesCellColour() {
    // A ramp: the percentiles are known values.
    Melgram ramp(kMelBands, 1000);
    for (std::size_t i = 0; i < ramp.values.size(); ++i)
        ramp.values[i] = float(i % 1000) / 10.0f - 50.0f;  // -50 … 49.9 dB, uniform
    // 1 % of 1000 equally common values: the 10th (-49.1); 99.5 %: the 995th (49.4).
    QVERIFY(std::abs(melgramPercentile(ramp, 0.01) - (-49.1f)) < 0.03f);
    QVERIFY(std::abs(melgramPercentile(ramp, 0.995) - 49.4f) < 0.03f);

    TimeAxis axis;
    SpectrogramView view(&axis);
    view.resize(1000, 320);
    view.setPlayhead(-1.0);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(600, 40, 500)));
    QCOMPARE(view.levelRangeMode(), LevelRange::Automatic);
    // Automatic: the floor (-70 dB, 98.8 % of the cells) to the bright cells (0 dB).
    QVERIFY(std::abs(view.levelRange().floor - (-70.0f)) < 0.02f);
    QCOMPARE(view.levelRange().top, 0.0f);
    const QPointF bright(view.xForSeconds(100.5 * kSecondsPerFrame), view.yForBand(40));
    const QPointF floor(view.xForSeconds(100.5 * kSecondsPerFrame), view.yForBand(10));
    QImage image = view.grab().toImage();
    QVERIFY(near(pixelAt(image, bright.x(), bright.y()), colorAt(ColorMap::Magma, 1.0)));
    QVERIFY(near(pixelAt(image, floor.x(), floor.y()), colorAt(ColorMap::Magma, 0.0)));

    view.setLevelRange(LevelRange::TrackMaximum);  // 0 dB and 80 dB below
    image = view.grab().toImage();
    QVERIFY(near(pixelAt(image, floor.x(), floor.y()), colorAt(ColorMap::Magma, 10.0 / 80.0)));

    view.setLevelRange(LevelRange::Fixed);  // -30 … +50 dB: 0 dB sits at 3/8
    QCOMPARE(view.levelRange().floor, kFixedLevelRange.floor);
    image = view.grab().toImage();
    const QRgb fixed = pixelAt(image, bright.x(), bright.y());
    QVERIFY(near(fixed, colorAt(ColorMap::Magma, 30.0 / 80.0)));
    QVERIFY(!near(fixed, colorAt(ColorMap::Magma, 1.0), 20));

    // The panel's View menu items switch it.
    TimelinePanel panel;
    panel.showTrack(syntheticTrack());
    QCOMPARE(panel.levelRangeActions().size(), 3);
    panel.levelRangeActions().at(2)->trigger();
    QCOMPARE(panel.spectrogram()->levelRangeMode(), LevelRange::Fixed);
    QVERIFY(panel.levelRangeActions().at(2)->isChecked());
}

void InspectionTest::colourBarTicks() {
    TimeAxis axis;
    SpectrogramView view(&axis);
    view.resize(1000, 420);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(600, 40, 500)));
    view.setLevelRange(LevelRange::TrackMaximum);  // -80 … 0 dB
    const QList<SpectrogramView::LevelTick> ticks = view.levelTicks();
    const QRect data = view.dataRect();
    QCOMPARE(ticks.size(), 9);  // every 10 dB, 0 at the top
    for (int i = 0; i < ticks.size(); ++i) {
        QCOMPARE(ticks[i].db, -10.0 * i);
        QVERIFY(std::abs(ticks[i].y - (data.top() + data.height() * i / 8.0)) < 0.01);
        QVERIFY(ticks[i].label.endsWith(QStringLiteral(" dB")));
    }
    // Drawn: a tick mark right of the bar at -40 dB, in the text colour.
    const QImage image = view.grab().toImage();
    const double barRight = data.left() + data.width() + 1.0 + 10.0 + 10.0;
    const QRgb mark = pixelAt(image, barRight + 2.0, std::round(ticks[4].y) + 0.5);
    QVERIFY(near(mark, view.palette().color(QPalette::WindowText).rgb(), 40));

    // A short bar: every 20 dB.
    view.resize(1000, 150);
    const QList<SpectrogramView::LevelTick> sparse = view.levelTicks();
    QVERIFY(sparse.size() >= 3 && sparse.size() < 9);
    QCOMPARE(sparse[1].db - sparse[0].db, -20.0);
}

void InspectionTest::waveformAlignedAndDrawsMinMax() {
    TimelinePanel panel;
    panel.resize(1000, 600);
    panel.showTrack(syntheticTrack());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    WaveformView* waveform = panel.waveform();
    SpectrogramView* spectrogram = panel.spectrogram();
    QVERIFY(waveform->isVisible());
    QVERIFY(waveform->geometry().bottom() < spectrogram->geometry().top());  // above it
    for (const auto& [from, to] : {std::pair{0.0, 120.0}, std::pair{35.0, 45.0}}) {
        panel.axis()->setVisibleRange(from, to);
        // The same x for the same time, in the panel's coordinates.
        for (const double t : {from, 40.0, to}) {
            const double a = waveform->mapTo(&panel, QPointF(waveform->timeMapping().x(t), 0)).x();
            const double b =
                spectrogram->mapTo(&panel, QPointF(spectrogram->xForSeconds(t), 0)).x();
            QCOMPARE(a, b);
        }
        QCOMPARE(waveform->dataRect().left(), spectrogram->dataRect().left());
        QCOMPARE(waveform->dataRect().width(), spectrogram->dataRect().width());

        const WaveformView::Extent e = waveform->extentBetween(40.2, 40.3);
        QVERIFY(e.valid);
        QCOMPARE(e.maximum, 0.5f);
        QCOMPARE(e.minimum, -0.25f);
        const QImage image = waveform->grab().toImage();
        const QRgb base = waveform->palette().color(QPalette::Base).rgb();
        const double x = waveform->timeMapping().x(40.5);
        QVERIFY(!near(pixelAt(image, x, waveform->yForAmplitude(0.45)), base, 10));  // peak
        QVERIFY(!near(pixelAt(image, x, waveform->yForAmplitude(-0.2)), base, 10));  // trough
        QVERIFY(near(pixelAt(image, x, waveform->yForAmplitude(0.6)), base));        // above max
        QVERIFY(near(pixelAt(image, x, waveform->yForAmplitude(-0.35)), base));      // below min
        // The RMS band is darker than the peak colour.
        QVERIFY(qGray(pixelAt(image, x, waveform->yForAmplitude(0.1))) <
                qGray(pixelAt(image, x, waveform->yForAmplitude(0.45))));
        // Silence draws only the zero line.
        const double quiet = waveform->timeMapping().x(from + 2.0);
        QVERIFY(near(pixelAt(image, quiet, waveform->yForAmplitude(0.2)), base));
    }
    // The wheel over the strip zooms around the time under it, as over the spectrogram.
    panel.axis()->setVisibleRange(0.0, 120.0);
    const QPointF over(waveform->timeMapping().x(30.0), waveform->height() / 2.0);
    QWheelEvent wheel(over, waveform->mapToGlobal(over), QPoint(), QPoint(0, 120), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(waveform, &wheel);
    QVERIFY(qFuzzyCompare(panel.axis()->visibleEnd() - panel.axis()->visibleStart(), 100.0));
    QVERIFY(std::abs(waveform->timeMapping().seconds(over.x()) - 30.0) < 1e-6);

    panel.showTrack(nullptr);
    QVERIFY(!waveform->isVisible());  // no track, no strip
}

void InspectionTest::selectionSignalsAndBand() {
    TimelinePanel panel;
    panel.resize(1000, 600);
    panel.showTrack(syntheticTrack());
    const std::vector<SegmentResult> segments = test::referenceSegments(kClipSeconds / 2);
    panel.setTaggram(segments, segments.front().probabilities);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SpectrogramView* view = panel.spectrogram();
    QSignalSpy selected(&panel, &TimelinePanel::loopRangeSelected);
    QSignalSpy cleared(&panel, &TimelinePanel::loopRangeCleared);
    QSignalSpy seek(view, &SpectrogramView::seekRequested);
    const double y = view->dataRect().center().y();
    const double pixel = 1.0 / view->timeMapping().pixelsPerSecond();

    const QImage before = panel.waveform()->grab().toImage();
    sendMouse(view, QEvent::MouseButtonPress, QPointF(view->xForSeconds(20.0), y), Qt::LeftButton,
              Qt::ShiftModifier);
    sendMouse(view, QEvent::MouseMove, QPointF(view->xForSeconds(25.0), y), Qt::LeftButton,
              Qt::ShiftModifier);
    QVERIFY(selected.isEmpty());  // not before the release
    sendMouse(view, QEvent::MouseMove, QPointF(view->xForSeconds(30.0), y), Qt::LeftButton,
              Qt::ShiftModifier);
    sendMouse(view, QEvent::MouseButtonRelease, QPointF(view->xForSeconds(30.0), y), Qt::LeftButton,
              Qt::ShiftModifier);
    QCOMPARE(selected.count(), 1);
    QVERIFY(std::abs(selected.at(0).at(0).toDouble() - 20.0) <= pixel);
    QVERIFY(std::abs(selected.at(0).at(1).toDouble() - 30.0) <= pixel);
    QVERIFY(seek.isEmpty());  // selecting does not move the playhead

    // The band, in all three views: inside it differs from outside, outside is unchanged.
    const QImage after = panel.waveform()->grab().toImage();
    const double inside = panel.waveform()->timeMapping().x(25.0);
    const double outside = panel.waveform()->timeMapping().x(60.0);
    const double wy = panel.waveform()->yForAmplitude(0.5);
    QVERIFY(!near(pixelAt(after, inside, wy), pixelAt(before, inside, wy), 6));
    QVERIFY(near(pixelAt(after, outside, wy), pixelAt(before, outside, wy)));
    QVERIFY(view->hasSelection());
    QVERIFY(panel.taggramSelection()->isVisible());
    QVERIFY(std::abs(panel.taggramSelection()->selectionStart() - 20.0) <= pixel);
    const QRect tdata = panel.taggram()->dataRect();
    const QImage overlayed = panel.grab(panel.taggram()->geometry()).toImage();
    panel.taggramSelection()->hide();
    const QImage plain = panel.grab(panel.taggram()->geometry()).toImage();
    panel.taggramSelection()->show();
    const double tx = panel.taggram()->timeMapping().x(25.0);
    QVERIFY(!near(pixelAt(overlayed, tx, tdata.center().y()),
                  pixelAt(plain, tx, tdata.center().y()), 6));

    // Escape (the view has the keyboard) clears it everywhere.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!view->hasSelection());
    QVERIFY(!panel.taggramSelection()->isVisible());
    const QImage clearedImage = panel.waveform()->grab().toImage();
    QVERIFY(near(pixelAt(clearedImage, inside, wy), pixelAt(before, inside, wy)));

    // A new track drops the selection too.
    sendMouse(view, QEvent::MouseButtonPress, QPointF(view->xForSeconds(50.0), y), Qt::LeftButton,
              Qt::ShiftModifier);
    sendMouse(view, QEvent::MouseMove, QPointF(view->xForSeconds(55.0), y), Qt::LeftButton,
              Qt::ShiftModifier);
    sendMouse(view, QEvent::MouseButtonRelease, QPointF(view->xForSeconds(55.0), y), Qt::LeftButton,
              Qt::ShiftModifier);
    QCOMPARE(selected.count(), 2);
    panel.showTrack(syntheticTrack());
    QCOMPARE(cleared.count(), 2);
}

void InspectionTest::focusClickDoesNotSeek() {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* edit = new QLineEdit(&window);
    auto* panel = new TimelinePanel(&window);
    layout->addWidget(edit);
    layout->addWidget(panel);
    window.resize(1000, 640);
    panel->showTrack(syntheticTrack());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    SpectrogramView* view = panel->spectrogram();
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
    edit->setFocus();
    QVERIFY(edit->hasFocus());
    QSignalSpy seek(panel, &TimelinePanel::seekRequested);
    const QPoint at(int(view->xForSeconds(30.0)), view->dataRect().center().y());

    QTest::mouseClick(view, Qt::LeftButton, {}, at);
    QVERIFY(view->hasFocus());
    QCOMPARE(seek.count(), 0);  // the click only took the focus
    QTest::mouseClick(view, Qt::LeftButton, {}, at);
    QCOMPARE(seek.count(), 1);
    QVERIFY(std::abs(seek.at(0).at(0).toDouble() - 30.0) <=
            1.0 / view->timeMapping().pixelsPerSecond());

    // Tab reaches it from the line edit; keys then work at once.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Tab);
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(panel->axis()->visibleEnd() - panel->axis()->visibleStart() < 119.0);
}

QTEST_MAIN(InspectionTest)
#include "test_inspection.moc"
