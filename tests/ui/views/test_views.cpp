// Tests of the paint-only views: geometry, colour maps, models, input, animation.

#include <QApplication>
#include <QDir>
#include <QNativeGestureEvent>
#include <QPaintEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/melgram.h"
#include "engine/tags.h"
#include "ui/views/color_map.h"
#include "ui/views/compare_view.h"
#include "ui/views/mel_scale.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/tag_bars_model.h"
#include "ui/views/tag_bars_view.h"
#include "ui/views/taggram_view.h"
#include "ui/views/time_axis.h"
#include "view_test_data.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

constexpr double kSecondsPerFrame = double(kHopSize) / kSampleRate;

// Relative luminance of an sRGB colour.
double luminance(QRgb c) {
    auto linear = [](int v) {
        const double u = v / 255.0;
        return u <= 0.04045 ? u / 12.92 : std::pow((u + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(qRed(c)) + 0.7152 * linear(qGreen(c)) + 0.0722 * linear(qBlue(c));
}

bool near(QRgb a, QRgb b, int tolerance = 2) {
    return std::abs(qRed(a) - qRed(b)) <= tolerance &&
           std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

// The Slaney mel scale written out again from the spec, independently of ui/views/mel_scale.
int bandNearest(double hz) {
    auto mel = [](double f) {
        return f < 1000.0 ? f / (200.0 / 3.0)
                          : 15.0 + std::log(f / 1000.0) / (std::log(6.4) / 27.0);
    };
    auto inverse = [](double m) {
        return m < 15.0 ? m * 200.0 / 3.0 : 1000.0 * std::exp((m - 15.0) * std::log(6.4) / 27.0);
    };
    int best = -1;
    double bestDistance = 1e300;
    for (int m = 0; m < 96; ++m) {
        const double centre = inverse(mel(6000.0) * (m + 1) / 97.0);
        if (std::abs(centre - hz) < bestDistance) bestDistance = std::abs(centre - hz), best = m;
    }
    return best;
}

void sendWheel(QWidget* w, QPointF pos, QPoint angle, Qt::KeyboardModifiers modifiers = {}) {
    QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), angle, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

// The pixel at logical coordinates of a grabbed image (device pixels = logical × ratio).
QRgb pixelAt(const QImage& image, double x, double y) {
    const double dpr = image.devicePixelRatio();
    return image.pixel(int(x * dpr), int(y * dpr));
}

// Centre, in logical pixels, of the pixels brighter than `threshold` along the row (or column)
// at logical coordinate `fixed`, between logical coordinates from and to.
double brightCentre(const QImage& image, bool alongRow, double fixed, double from, double to,
                    double threshold) {
    const double dpr = image.devicePixelRatio();
    const int at = int(fixed * dpr);
    double sum = 0.0;
    int count = 0;
    for (int i = int(from * dpr); i < int(to * dpr); ++i) {
        const QRgb p = alongRow ? image.pixel(i, at) : image.pixel(at, i);
        if (luminance(p) > threshold) sum += i + 0.5, ++count;
    }
    return count ? sum / count / dpr : -1.0;
}

}  // namespace

class ViewsTest : public QObject {
    Q_OBJECT
private slots:
    void timeAxisZoomKeepsAnchor();
    void timeAxisClampsRange();
    void timeAxisScrollStaysInBounds();
    void timeAxisMinimumSpan();
    void colorMapEndpoints();
    void colorMapLuminanceIncreases();
    void colorMapIds();
    void tagBarsModelTopN();
    void tagBarsModelTopNAndClear();
    void melAxisLabelsThousandHertz();
    void spectrogramDrawsStripesWhereMapped();
    void spectrogramClickSeeks();
    void spectrogramWheelAndKeysMoveAxis();
    void spectrogramPinchZooms();
    void playheadRepaintsOnlyItsStrip();
    void taggramAlignsWithSpectrogram();
    void tagBarsViewAnimates();
    void compareViewAgreement();
};

void ViewsTest::timeAxisZoomKeepsAnchor() {
    TimeAxis axis;
    QSignalSpy changed(&axis, &TimeAxis::changed);
    axis.setDuration(100.0);
    axis.zoom(4.0, 30.0);
    QCOMPARE(changed.count(), 2);
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), 25.0));
    // The anchor stays at the same fraction of the visible range (30 % before and after).
    QVERIFY(qFuzzyCompare(axis.visibleStart(), 22.5));
    axis.zoom(0.5, 40.0);
    QVERIFY(qFuzzyCompare((40.0 - axis.visibleStart()) / (axis.visibleEnd() - axis.visibleStart()),
                          (40.0 - 22.5) / 25.0));
}

void ViewsTest::timeAxisClampsRange() {
    TimeAxis axis;
    axis.setDuration(100.0);
    axis.setVisibleRange(-10.0, 20.0);
    QCOMPARE(axis.visibleStart(), 0.0);
    QCOMPARE(axis.visibleEnd(), 30.0);
    axis.setVisibleRange(90.0, 120.0);
    QCOMPARE(axis.visibleStart(), 70.0);
    QCOMPARE(axis.visibleEnd(), 100.0);
    axis.setVisibleRange(-5.0, 500.0);
    QCOMPARE(axis.visibleStart(), 0.0);
    QCOMPARE(axis.visibleEnd(), 100.0);
    axis.zoom(0.1, 50.0);  // zooming out past everything shows everything
    QCOMPARE(axis.visibleStart(), 0.0);
    QCOMPARE(axis.visibleEnd(), 100.0);
}

void ViewsTest::timeAxisScrollStaysInBounds() {
    TimeAxis axis;
    axis.setDuration(100.0);
    axis.setVisibleRange(40.0, 50.0);
    axis.scrollBy(1000.0);
    QCOMPARE(axis.visibleStart(), 90.0);
    QCOMPARE(axis.visibleEnd(), 100.0);
    axis.scrollBy(-1000.0);
    QCOMPARE(axis.visibleStart(), 0.0);
    QCOMPARE(axis.visibleEnd(), 10.0);
    axis.scrollBy(2.5);
    QCOMPARE(axis.visibleStart(), 2.5);
    QCOMPARE(axis.visibleEnd(), 12.5);
}

void ViewsTest::timeAxisMinimumSpan() {
    TimeAxis axis;
    axis.setDuration(100.0);
    axis.zoom(1e6, 50.0);
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), TimeAxis::kMinimumSpan));
    QVERIFY(axis.visibleStart() <= 50.0 && axis.visibleEnd() >= 50.0);
    axis.setVisibleRange(10.0, 10.2);
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), TimeAxis::kMinimumSpan));
    axis.setDuration(0.5);  // shorter than the minimum span: all of it
    axis.setVisibleRange(0.1, 0.2);
    QCOMPARE(axis.visibleStart(), 0.0);
    QCOMPARE(axis.visibleEnd(), 0.5);
}

void ViewsTest::colorMapEndpoints() {
    QVERIFY(near(colorAt(ColorMap::Magma, 0.0), qRgb(0x00, 0x00, 0x04), 1));
    QVERIFY(near(colorAt(ColorMap::Magma, 1.0), qRgb(0xFC, 0xFD, 0xBF), 1));
    QVERIFY(near(colorAt(ColorMap::Viridis, 0.0), qRgb(0x44, 0x01, 0x54), 1));
    QVERIFY(near(colorAt(ColorMap::Viridis, 1.0), qRgb(0xFD, 0xE7, 0x25), 1));
    QVERIFY(near(colorAt(ColorMap::Inferno, 1.0), qRgb(0xFC, 0xFF, 0xA4), 1));
    // matplotlib's viridis(0.5) is #21918C; magma(0.5) is #B73779.
    QVERIFY(near(colorAt(ColorMap::Viridis, 0.5), qRgb(0x21, 0x91, 0x8C), 3));
    QVERIFY(near(colorAt(ColorMap::Magma, 0.5), qRgb(0xB7, 0x37, 0x79), 3));
    QCOMPARE(colorAt(ColorMap::Magma, -3.0), colorAt(ColorMap::Magma, 0.0));
    QCOMPARE(colorAt(ColorMap::Magma, 7.0), colorAt(ColorMap::Magma, 1.0));
    QCOMPARE(colorAt(ColorMap::Grayscale, 1.0), qRgb(255, 255, 255));
}

void ViewsTest::colorMapLuminanceIncreases() {
    for (ColorMap map : allColorMaps()) {
        double previous = -1.0;
        for (int i = 0; i <= 255; ++i) {
            const double y = luminance(colorAt(map, i / 255.0));
            // Up to 8-bit rounding: one step of green alone moves luminance by about 0.003.
            QVERIFY2(y >= previous - 5e-4, qPrintable(colorMapId(map) + QString::number(i)));
            previous = std::max(previous, y);
        }
        QVERIFY(luminance(colorAt(map, 1.0)) > luminance(colorAt(map, 0.0)) + 0.5);
    }
}

void ViewsTest::colorMapIds() {
    for (ColorMap map : allColorMaps()) {
        QCOMPARE(colorMapFromId(colorMapId(map)), map);
        QVERIFY(!colorMapName(map).isEmpty());
    }
    QCOMPARE(colorMapFromId(QStringLiteral("no such map")), ColorMap::Magma);
}

void ViewsTest::tagBarsModelTopN() {
    // Distinct values: tag i gets ((i * 7) % 50) / 50, so tag 7·k mod 50 ranks by k.
    std::vector<float> p(kTagCount);
    for (std::size_t i = 0; i < kTagCount; ++i) p[i] = float((i * 7) % 50) / 50.0f;
    std::vector<int> expected(kTagCount);
    std::iota(expected.begin(), expected.end(), 0);
    std::sort(expected.begin(), expected.end(), [&](int a, int b) { return p[a] > p[b]; });

    TagBarsModel model;
    model.setTopN(5);
    model.setProbabilities(p);
    QCOMPARE(model.rowCount(), 5);
    double previous = 2.0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r);
        const int tag = index.data(TagBarsModel::TagIndexRole).toInt();
        QCOMPARE(tag, expected[std::size_t(r)]);
        const double value = index.data(TagBarsModel::ProbabilityRole).toDouble();
        QVERIFY(value < previous);
        previous = value;
        QCOMPARE(value, double(p[std::size_t(tag)]));
        QCOMPARE(index.data(TagBarsModel::TagNameRole).toString(),
                 QString::fromUtf8(tagNames()[std::size_t(tag)].data()));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QString::number(value, 'f', 3)));
    }
    // Display names tidy a few raw names; the raw name stays in TagNameRole.
    std::vector<float> rnbFirst(kTagCount, 0.01f);
    rnbFirst[45] = 0.9f;  // "rnb"
    rnbFirst[17] = 0.8f;  // "Mellow"
    rnbFirst[33] = 0.7f;  // "Hip-Hop"
    model.setProbabilities(rnbFirst);
    QCOMPARE(model.index(0).data(TagBarsModel::TagNameRole).toString(), QStringLiteral("rnb"));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("R&B"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("mellow"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Hip-Hop"));
}

void ViewsTest::tagBarsModelTopNAndClear() {
    TagBarsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setProbabilities(std::vector<float>(kTagCount, 0.5f));
    QCOMPARE(model.rowCount(), 15);
    model.setTopN(8);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.topN(), 8);
    model.setTopN(500);
    QCOMPARE(model.rowCount(), 50);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.probabilities().empty());
    QCOMPARE(reset.count(), 4);
    QVERIFY(model.roleNames().contains(TagBarsModel::ProbabilityRole));
}

void ViewsTest::melAxisLabelsThousandHertz() {
    TimeAxis axis;
    SpectrogramView view(&axis);
    view.resize(900, 300);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(600, 40, 500)));
    const int expectedBand = bandNearest(1000.0);
    QVERIFY(expectedBand > 0);
    QCOMPARE(melBandNearestHz(1000.0), expectedBand);
    const QRect data = view.dataRect();
    const double expectedY = data.top() + (95 - expectedBand + 0.5) * data.height() / 96.0;

    const QList<SpectrogramView::FrequencyTick> ticks = view.frequencyTicks();
    const auto it =
        std::find_if(ticks.begin(), ticks.end(), [](const auto& t) { return t.hz == 1000.0; });
    QVERIFY(it != ticks.end());
    QCOMPARE(it->band, expectedBand);
    QVERIFY(std::abs(it->y - expectedY) < 0.01);
    QVERIFY(it->label.contains(QLatin1String("1")) && it->label.contains(QLatin1String("kHz")));
    // Low frequencies at the bottom: ticks listed by frequency run upwards.
    for (int i = 1; i < ticks.size(); ++i) QVERIFY(ticks[i].y < ticks[i - 1].y);
    QVERIFY(ticks.size() >= 4);
    // Band centres: the lowest near 28 Hz, the highest below 6 kHz.
    QVERIFY(std::abs(melBandCentreHz(0) - 28.2) < 0.5);
    QVERIFY(melBandCentreHz(95) < 6000.0 && melBandCentreHz(95) > 5500.0);
}

void ViewsTest::spectrogramDrawsStripesWhereMapped() {
    constexpr int kFrames = 600, kBand = 40, kFrame = 500;
    TimeAxis axis;
    axis.setDuration(kFrames * kSecondsPerFrame);
    SpectrogramView view(&axis);
    view.resize(1000, 320);  // about 1.35 pixels per frame
    view.setPlayhead(-1.0);
    view.setLevelRange(LevelRange::TrackMaximum);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(kFrames, kBand, kFrame)));
    const QImage image = view.grab().toImage();
    const QRect data = view.dataRect();

    // The bright row, looked for down a column away from the bright frame.
    const double column = view.xForSeconds(100.5 * kSecondsPerFrame);
    const double rowCentre = brightCentre(image, false, column, data.top(), data.bottom(), 0.5);
    QVERIFY2(
        std::abs(rowCentre - view.yForBand(kBand)) <= 2.0,
        qPrintable(
            QStringLiteral("row at %1, expected %2").arg(rowCentre).arg(view.yForBand(kBand))));
    // The bright column, looked for along a row away from the bright band.
    const double row = view.yForBand(10);
    const double columnCentre = brightCentre(image, true, row, data.left(), data.right(), 0.5);
    const double expectedX = view.xForSeconds((kFrame + 0.5) * kSecondsPerFrame);
    QVERIFY2(
        std::abs(columnCentre - expectedX) <= 2.0,
        qPrintable(QStringLiteral("column at %1, expected %2").arg(columnCentre).arg(expectedX)));
    // The brightest colour is the colour map's end; the rest is the floor's colour.
    QVERIFY(near(pixelAt(image, column, view.yForBand(kBand)), colorAt(ColorMap::Magma, 1.0)));
    QVERIFY(near(pixelAt(image, column, row), colorAt(ColorMap::Magma, 10.0 / 80.0)));

    view.setColorMap(ColorMap::Viridis);
    const QImage viridis = view.grab().toImage();
    QVERIFY(near(pixelAt(viridis, column, view.yForBand(kBand)), colorAt(ColorMap::Viridis, 1.0)));
}

void ViewsTest::spectrogramClickSeeks() {
    TimeAxis axis;
    axis.setDuration(60.0);
    SpectrogramView view(&axis);
    view.resize(800, 300);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(2000, 10, 10)));
    axis.setVisibleRange(10.0, 40.0);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();  // a click without the focus only takes it (tests/ui/views/test_inspection)
    QSignalSpy seek(&view, &SpectrogramView::seekRequested);
    const int x = int(std::round(view.xForSeconds(25.0)));
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(x, view.dataRect().center().y()));
    QCOMPARE(seek.count(), 1);
    const double seconds = seek.at(0).at(0).toDouble();
    QVERIFY(std::abs(seconds - 25.0) <= 1.0 / view.timeMapping().pixelsPerSecond());
    QTest::mouseClick(&view, Qt::RightButton, {}, QPoint(x, view.dataRect().center().y()));
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(5, view.dataRect().center().y()));
    QCOMPARE(seek.count(), 1);  // right button and the label margin do not seek
}

void ViewsTest::spectrogramWheelAndKeysMoveAxis() {
    TimeAxis axis;
    axis.setDuration(120.0);
    SpectrogramView view(&axis);
    view.resize(800, 300);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(5625, 10, 10)));
    const double cursorX = view.xForSeconds(30.0);
    const QPointF cursor(cursorX, view.dataRect().center().y());

    sendWheel(&view, cursor, QPoint(0, 120));
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), 100.0));
    QVERIFY(std::abs(view.secondsForX(cursorX) - 30.0) < 1e-6);  // zoomed around the cursor
    sendWheel(&view, cursor, QPoint(0, -120));
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), 120.0));

    axis.setVisibleRange(20.0, 50.0);
    sendWheel(&view, cursor, QPoint(0, -120), Qt::ShiftModifier);  // scroll, keeping the zoom
    QVERIFY(qFuzzyCompare(axis.visibleStart(), 23.0));
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), 30.0));
    sendWheel(&view, cursor, QPoint(120, 0));  // horizontal wheel scrolls back
    QVERIFY(qFuzzyCompare(axis.visibleStart(), 20.0));

    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), 20.0));
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), 30.0));
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(axis.visibleEnd(), 120.0);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(axis.visibleStart(), 0.0);
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(qFuzzyCompare(axis.visibleStart(), 3.0));
}

void ViewsTest::spectrogramPinchZooms() {
    TimeAxis axis;
    axis.setDuration(120.0);
    SpectrogramView view(&axis);
    view.resize(800, 300);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(5625, 10, 10)));
    const QPointF at(view.xForSeconds(90.0), view.dataRect().center().y());
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, view.mapToGlobal(at), 0.5, QPointF());
    QApplication::sendEvent(&view, &pinch);
    QVERIFY(qFuzzyCompare(axis.visibleEnd() - axis.visibleStart(), 80.0));
    QVERIFY(std::abs(view.secondsForX(at.x()) - 90.0) < 1e-6);
}

// Records the region of each paint event a widget receives.
class PaintRecorder : public QObject {
public:
    QList<QRegion> regions;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent*>(event)->region());
        return false;
    }
};

void ViewsTest::playheadRepaintsOnlyItsStrip() {
    TimeAxis axis;
    axis.setDuration(60.0);
    SpectrogramView view(&axis);
    view.resize(800, 300);
    view.setMelgram(std::make_shared<Melgram>(test::stripesMelgram(2800, 10, 10)));
    view.setPlayhead(10.0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PaintRecorder recorder;
    view.installEventFilter(&recorder);
    view.setPlayhead(10.5);
    QTRY_VERIFY(!recorder.regions.isEmpty());
    const QRect dirty = recorder.regions.last().boundingRect();
    QVERIFY2(dirty.width() < 40, qPrintable(QString::number(dirty.width())));
    QVERIFY(dirty.contains(QPoint(int(view.xForSeconds(10.5)), view.dataRect().center().y())));
}

void ViewsTest::taggramAlignsWithSpectrogram() {
    TimeAxis axis;
    axis.setDuration(4 * kClipSeconds);
    SpectrogramView spectrogram(&axis);
    TaggramView taggram(&axis);
    spectrogram.resize(900, 300);
    taggram.resize(900, 200);
    taggram.setTaggram(test::referenceSegments(kClipSeconds / 2),
                       test::referenceProbabilities("cnn_tensorflow", 0));
    axis.setVisibleRange(10.0, 70.0);
    for (double s : {10.0, 33.3, 70.0})
        QCOMPARE(taggram.timeMapping().x(s), spectrogram.xForSeconds(s));
    QCOMPARE(taggram.dataRect().left(), spectrogram.dataRect().left());
    QCOMPARE(taggram.dataRect().width(), spectrogram.dataRect().width());

    // Top row = most probable tag of the summary; a cell shows its window's probability.
    const std::vector<int> rows = taggram.rowTags();
    QCOMPARE(int(rows.size()), 10);
    QCOMPARE(rows[0], 9);  // "jazz" leads bensound-cute for the CNN
    const std::vector<SegmentResult> segments = test::referenceSegments(kClipSeconds / 2);
    const SegmentResult& third = segments[2];  // starts at 29.12 s, next at 43.68 s
    const QImage image = taggram.grab().toImage();
    const double x = taggram.timeMapping().x(third.startSeconds + 3.0);
    const double y = taggram.dataRect().top() + taggram.rowHeight() / 2.0;
    const QRgb expected =
        colorAt(ColorMap::Magma, std::pow(double(third.probabilities[9]), TaggramView::kGamma));
    QVERIFY(near(pixelAt(image, x, y), expected));
}

void ViewsTest::tagBarsViewAnimates() {
    TagBarsModel model;
    TagBarsView view;
    view.resize(360, 400);
    view.setModel(&model);
    QVERIFY(!view.isAnimating());
    view.setAnimationDuration(100);
    model.setProbabilities(test::referenceProbabilities("cnn_tensorflow", 0));
    QVERIFY(view.isAnimating());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 2000);

    view.setAnimationDuration(0);
    model.setProbabilities(test::referenceProbabilities("rnn_tensorflow", 0));
    QVERIFY(!view.isAnimating());
    model.clear();
    QVERIFY(!view.isAnimating());
    view.setModel(nullptr);
    QVERIFY(!view.grab().isNull());
}

void ViewsTest::compareViewAgreement() {
    std::vector<float> a(kTagCount);
    for (std::size_t i = 0; i < kTagCount; ++i) a[i] = 1.0f - float(i) / 50.0f;
    CompareView view;
    QVERIFY(!view.hasResults());
    view.setResults(a, a);
    QVERIFY(view.hasResults());
    QCOMPARE(view.agreement().topN, 5);
    QCOMPARE(view.agreement().topOverlap, 5);
    QVERIFY(std::abs(view.agreement().spearman - 1.0) < 1e-9);

    std::vector<float> reversed(kTagCount);
    for (std::size_t i = 0; i < kTagCount; ++i) reversed[i] = 1.0f - a[i];
    view.setResults(a, reversed);
    QCOMPARE(view.agreement().topOverlap, 0);
    QVERIFY(std::abs(view.agreement().spearman + 1.0) < 1e-9);

    // Swap tags 3, 4 with 10, 11 in the second ranking: exactly 3 of the top 5 are shared.
    std::vector<float> swapped = a;
    std::swap(swapped[3], swapped[10]);
    std::swap(swapped[4], swapped[11]);
    view.setResults(a, swapped);
    QCOMPARE(view.agreement().topOverlap, 3);
    QVERIFY(view.agreement().spearman > 0.9 && view.agreement().spearman < 1.0);

    view.setResults({}, swapped);
    QVERIFY(!view.hasResults());
}

QTEST_MAIN(ViewsTest)
#include "test_views.moc"
