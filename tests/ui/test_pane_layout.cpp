// The split favours the picture (the spectrogram is wider than either side panel at 900 px and
// up, and takes what the window gains), and the Compare view reflows: nothing it draws
// overlaps or leaves it, at any width from its minimum, in English and German; its charts
// come under it.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <random>

#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/views/compare_chart_view.h"
#include "ui/views/compare_view.h"
#include "ui/window/application_setup.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

std::vector<float> randomProbabilities(unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> p(kTagCount);
    for (float& v : p) v = u(rng) * u(rng);
    return p;
}

QString describe(const QRectF& r) {
    return QStringLiteral("(%1,%2 %3×%4)")
        .arg(r.x(), 0, 'f', 1)
        .arg(r.y(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1);
}

// Nothing drawn overlaps anything else or leaves [0, width].
QString layoutProblem(const CompareLayout& layout, double width) {
    const std::vector<QRectF> rects = layout.allRects();
    for (std::size_t i = 0; i < rects.size(); ++i) {
        if (rects[i].left() < -0.01 || rects[i].right() > width + 0.01)
            return QStringLiteral("%1 outside 0…%2").arg(describe(rects[i])).arg(width);
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            if (rects[i].intersected(rects[j]).width() > 0.01 &&
                rects[i].intersected(rects[j]).height() > 0.01)
                return QStringLiteral("%1 overlaps %2").arg(describe(rects[i]), describe(rects[j]));
    }
    if (layout.height <= 0.0) return QStringLiteral("no height");
    return {};
}

class GermanUi {
public:
    GermanUi() {
        QVERIFY(translator_.load(QLocale(QLocale::German, QLocale::Germany),
                                 QStringLiteral("tagscope"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~GermanUi() {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    QTranslator translator_;
};

}  // namespace

class TestPaneLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() {
        test::resetSettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void theSpectrogramGetsTheSpareWidth_data() {
        QTest::addColumn<int>("windowWidth");
        QTest::newRow("900") << 900;
        QTest::newRow("1030") << 1030;
        QTest::newRow("1440") << 1440;
    }
    void theSpectrogramGetsTheSpareWidth() {
        QFETCH(int, windowWidth);
        MainWindow window;
        window.resize(windowWidth, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.width(), windowWidth);
        const int picture = window.timeline()->width();
        const int list = window.listPanel()->width();
        const int tags = window.tagPanel()->width();
        const QString sizes =
            QStringLiteral("list %1, picture %2, tags %3").arg(list).arg(picture).arg(tags);
        QVERIFY2(picture > list && picture > tags, qPrintable(sizes));
        QVERIFY2(picture >= 0.4 * windowWidth, qPrintable(sizes));
        QVERIFY2(list >= 180 && tags >= 200, qPrintable(sizes));

        // Growing the window widens the picture only.
        window.resize(windowWidth + 300, 760);
        QTRY_COMPARE(window.width(), windowWidth + 300);
        QTRY_COMPARE(window.timeline()->width(), picture + 300);
        QCOMPARE(window.listPanel()->width(), list);
        QCOMPARE(window.tagPanel()->width(), tags);
    }

    void aSplitSavedInAWideWindowStillFavoursThePicture() {
        {
            MainWindow wide;
            wide.resize(1800, 900);
            wide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wide));
            // The user widened the tag panel there.
            auto* right = wide.findChild<QSplitter*>(QStringLiteral("rightSplitter"));
            QVERIFY(right);
            const QList<int> sizes = right->sizes();
            right->setSizes({sizes[0] - 500, sizes[1] + 500});
            wide.close();  // saves the split
        }
        MainWindow window;
        window.resize(1030, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.timeline()->width() > window.tagPanel()->width(),
                 qPrintable(QStringLiteral("picture %1, tags %2")
                                .arg(window.timeline()->width())
                                .arg(window.tagPanel()->width())));
    }

    void theCompareViewReflowsAtEveryWidth() {
        CompareView view;
        view.setResults(randomProbabilities(1), randomProbabilities(2));
        view.setTopN(10);
        bool sawWide = false, sawStacked = false;
        for (int width = CompareView::kMinimumWidth; width <= 800; width += 7) {
            view.resize(width, 400);
            const CompareLayout layout = view.currentLayout();
            const QString problem = layoutProblem(layout, width);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(problem)));
            QVERIFY(!layout.rows.empty());
            (layout.stacked ? sawStacked : sawWide) = true;
            QCOMPARE(view.heightForWidth(width), int(std::ceil(layout.height)));
        }
        QVERIFY(sawWide && sawStacked);
    }

    void theCompareTabFitsA900PixelWindow_data() {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }
    void theCompareTabFitsA900PixelWindow() {
        QFETCH(bool, german);
        std::optional<GermanUi> language;
        if (german) language.emplace();
        MainWindow window;
        window.resize(900, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TagPanel* panel = window.tagPanel();
        panel->showComparison(randomProbabilities(3), randomProbabilities(4),
                              german
                                  ? QStringLiteral("CNN + RNN · Ursprüngliches mittleres Fenster")
                                  : QStringLiteral("CNN + RNN · Original central window"));
        panel->tabs()->setCurrentIndex(1);
        QTRY_VERIFY(panel->compareView()->isVisible());
        CompareView* view = panel->compareView();
        auto* scroll = panel->findChild<QScrollArea*>(QStringLiteral("compareScroll"));
        QVERIFY(scroll);
        QTRY_COMPARE(view->width(), scroll->viewport()->width());
        const QString problem = layoutProblem(view->currentLayout(), view->width());
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("%1 px: %2").arg(view->width()).arg(problem)));
        // Every row can be scrolled to: the view is as tall as its layout.
        QVERIFY(view->height() >= int(view->currentLayout().height));
        // The charts come under the mirrored bars, as wide, never over them, and their plots
        // lie inside them with room to read.
        CompareChartView* charts = panel->compareChart();
        QVERIFY(charts->isVisible());
        QCOMPARE(charts->width(), view->width());
        QVERIFY2(charts->geometry().top() >=
                     view->geometry().top() + int(std::ceil(view->currentLayout().height)),
                 qPrintable(QStringLiteral("charts at %1, view %2 + %3")
                                .arg(charts->geometry().top())
                                .arg(view->geometry().top())
                                .arg(view->currentLayout().height)));
        charts->grab().save(test::screenshotDir() +
                            (german ? QStringLiteral("/compare-charts-900-de.png")
                                    : QStringLiteral("/compare-charts-900-en.png")));
        for (QChartView* chart : {charts->scatterView(), charts->barsView()}) {
            const QRectF plot = chart->chart()->plotArea();
            QVERIFY2(QRectF(chart->rect()).contains(plot) && plot.width() > 0.4 * chart->width() &&
                         plot.height() > 60,
                     qPrintable(QStringLiteral("%1: plot %2 in %3×%4")
                                    .arg(chart->objectName(), describe(plot))
                                    .arg(chart->width())
                                    .arg(chart->height())));
        }
        // The panel is no wider than it was given (a long heading wraps).
        QVERIFY(panel->width() < window.timeline()->width());
        QVERIFY(panel->geometry().right() <= window.width());
        window.grab().save(test::screenshotDir() + (german
                                                        ? QStringLiteral("/compare-900-de.png")
                                                        : QStringLiteral("/compare-900-en.png")));
    }
};

int main(int argc, char** argv) {
    // A screen wider than the offscreen platform's 800 px default, for 900–1740 px windows.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" TAGSCOPE_WIDE_SCREEN_CONFIG);
    QApplication app(argc, argv);
    TestPaneLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_pane_layout.moc"
