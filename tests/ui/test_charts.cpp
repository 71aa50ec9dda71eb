// The Qt Charts of the app: the CNN-vs-RNN scatter (50 points where the probabilities say,
// the diagonal, drawn where mapped) and grouped bars of the top tags; the library's tag
// statistics (tracks per label at the current thresholds) from the list's scores and in the
// window's dock.
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>

#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/model/tag_statistics.h"
#include "ui/model/track_list_model.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/views/compare_chart_view.h"
#include "ui/views/network_colors.h"
#include "ui/views/tag_display_name.h"
#include "ui/views/tag_statistics_view.h"
#include "ui/window/library_charts.h"
#include "ui/window/main_window.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

bool near(const QColor& a, const QColor& b, int tolerance = 24) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A track whose decided labels are exactly `labels`.
TrackEntry scoredEntry(const QString& path, std::initializer_list<std::size_t> labels) {
    TrackEntry entry = TrackListModel::queuedEntry(path);
    LabelScores scores;
    for (std::size_t label : labels) scores.decided |= std::uint64_t(1) << label;
    entry.scores = scores;
    return entry;
}

}  // namespace

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void theScatterHasOnePointPerTagWhereTheProbabilitiesAre() {
        // Spread out, so that no two markers overlap: tag i at (i/49, (49 - i)^2/49^2).
        std::vector<float> cnn(kTagCount), rnn(kTagCount);
        for (std::size_t i = 0; i < kTagCount; ++i) {
            cnn[i] = float(i) / 49.0f;
            rnn[i] = float((49 - i) * (49 - i)) / float(49 * 49);
        }
        CompareChartView charts;
        charts.resize(420, charts.height());
        charts.setResults(cnn, rnn);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));

        QScatterSeries* scatter = charts.scatterSeries();
        QCOMPARE(scatter->count(), int(kTagCount));
        for (int i = 0; i < scatter->count(); ++i) {
            QCOMPARE(scatter->at(i).x(), double(cnn[std::size_t(i)]));
            QCOMPARE(scatter->at(i).y(), double(rnn[std::size_t(i)]));
        }
        QCOMPARE(charts.diagonal()->count(), 2);
        QCOMPARE(charts.diagonal()->at(0), QPointF(0.0, 0.0));
        QCOMPARE(charts.diagonal()->at(1), QPointF(1.0, 1.0));

        // Drawn where the axes put them: the plot's corners are (0, 0) and (1, 1), and a
        // marker's centre has the CNN colour.
        QChart* chart = charts.scatterView()->chart();
        const QRectF plot = chart->plotArea();
        const QPointF origin = chart->mapToPosition({0.0, 0.0}, scatter);
        const QPointF corner = chart->mapToPosition({1.0, 1.0}, scatter);
        QVERIFY(std::abs(origin.x() - plot.left()) < 1.0 &&
                std::abs(origin.y() - plot.bottom()) < 1.0);
        QVERIFY(std::abs(corner.x() - plot.right()) < 1.0 &&
                std::abs(corner.y() - plot.top()) < 1.0);
        const QImage image = charts.scatterView()->grab().toImage();
        const qreal scale = image.devicePixelRatio();
        for (int tag : {10, 25, 40}) {
            const QPointF at =
                charts.scatterView()->mapFromScene(chart->mapToPosition(scatter->at(tag), scatter));
            const QColor pixel = image.pixelColor((at * scale).toPoint());
            QVERIFY2(near(pixel, cnnColor()), qPrintable(QStringLiteral("tag %1 at (%2, %3): %4")
                                                             .arg(tag)
                                                             .arg(at.x())
                                                             .arg(at.y())
                                                             .arg(pixel.name())));
            QCOMPARE(charts.tagAt(chart->mapToPosition(scatter->at(tag), scatter)), tag);
        }
        // Far from every point.
        QCOMPARE(charts.tagAt(chart->mapToPosition({0.9, 0.9}, scatter)), -1);
    }

    void theGroupedBarsShowBothNetworksTopTags() {
        std::vector<float> cnn(kTagCount, 0.01f), rnn(kTagCount, 0.02f);
        // CNN's top 2: tags 3 and 7; RNN's: tags 7 and 12. Union by mean: 7, 12, 3.
        cnn[3] = 0.9f, cnn[7] = 0.8f, cnn[12] = 0.1f;
        rnn[3] = 0.05f, rnn[7] = 0.7f, rnn[12] = 0.95f;
        CompareChartView charts;
        charts.setTopN(2);
        charts.setResults(cnn, rnn);
        const QStringList expected = {tagDisplayName(7), tagDisplayName(12), tagDisplayName(3)};
        QCOMPARE(charts.barCategories(), expected);
        const QList<QBarSet*> sets = charts.barSeries()->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0]->label(), QStringLiteral("CNN"));
        QCOMPARE(sets[1]->label(), QStringLiteral("RNN"));
        // Bottom-up in the chart (the first category is drawn lowest).
        QCOMPARE(sets[0]->count(), 3);
        QCOMPARE(sets[0]->at(2), double(cnn[7]));
        QCOMPARE(sets[1]->at(2), double(rnn[7]));
        QCOMPARE(sets[0]->at(0), double(cnn[3]));
        QCOMPARE(sets[1]->at(0), double(rnn[3]));

        charts.setResults({}, {});
        QCOMPARE(charts.scatterSeries()->count(), 0);
        QVERIFY(charts.barCategories().isEmpty());
    }

    void theStatisticsCountTracksPerLabel() {
        TrackListModel tracks;
        const Vocabulary vocabulary = Vocabulary::loadDefault();
        QVERIFY(vocabulary.size() >= 5);
        std::vector<TrackEntry> entries;
        entries.push_back(scoredEntry(QStringLiteral("/a.mp3"), {0, 2}));
        entries.push_back(scoredEntry(QStringLiteral("/b.mp3"), {2}));
        entries.push_back(scoredEntry(QStringLiteral("/c.mp3"), {2, 4, 0}));
        entries.push_back(scoredEntry(QStringLiteral("/d.mp3"), {}));
        entries.push_back(TrackListModel::queuedEntry(QStringLiteral("/e.mp3")));  // no scores
        tracks.addTracks(std::move(entries));

        const TagStatistics statistics = countTracksPerLabel(tracks, vocabulary);
        QCOMPARE(statistics.scoredTracks, 4);
        QCOMPARE(statistics.labels.size(), vocabulary.size());
        const auto name = [&](std::size_t label) {
            return QString::fromStdString(vocabulary[label].name);
        };
        QCOMPARE(statistics.labels[0].name, name(2));
        QCOMPARE(statistics.labels[0].tracks, 3);
        QCOMPARE(statistics.labels[1].name, name(0));
        QCOMPARE(statistics.labels[1].tracks, 2);
        QCOMPARE(statistics.labels[2].name, name(4));
        QCOMPARE(statistics.labels[2].tracks, 1);
        QCOMPARE(statistics.labels[3].tracks, 0);
        QCOMPARE(statistics.labels[3].name, name(1));  // then vocabulary order

        TagStatisticsView view;
        view.setStatistics(statistics);
        QCOMPARE(view.categories().mid(0, 3), (QStringList{name(2), name(0), name(4)}));
        QCOMPARE(view.counts().mid(0, 4), (QList<int>{3, 2, 1, 0}));
        QCOMPARE(view.categories().size(), int(vocabulary.size()));
        QVERIFY(view.chart()->title().contains(QStringLiteral("(4 track")));
    }

    void theStatisticsDockFollowsTheList() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Once the store is open (its thresholds rescore the list from the tracks' results,
        // which these hand-made rows do not have).
        QTRY_VERIFY(window.library()->isOpen());
        LibraryCharts* charts = window.libraryCharts();
        QVERIFY(!charts->statisticsDock()->isVisible());
        QAction* show = charts->viewActions().value(0);
        QVERIFY(show);
        show->trigger();
        QTRY_VERIFY(charts->statisticsDock()->isVisible());
        TrackListModel& tracks = *window.session()->tracks();
        const std::vector<TrackId> ids =
            tracks.addTracks({scoredEntry(QStringLiteral("/x.mp3"), {1}),
                              scoredEntry(QStringLiteral("/y.mp3"), {1, 3})});
        QCOMPARE(ids.size(), std::size_t(2));
        const Vocabulary& vocabulary = window.session()->decider()->vocabulary();
        TagStatisticsView* view = charts->statisticsView();
        QTRY_COMPARE(view->statistics().scoredTracks, 2);
        QCOMPARE(view->categories().value(0), QString::fromStdString(vocabulary[1].name));
        QCOMPARE(view->counts().value(0), 2);
        QCOMPARE(view->counts().value(1), 1);
        // A score change (as the thresholds make) is recounted.
        tracks.setScores(ids[1], std::nullopt);
        QTRY_COMPARE(view->statistics().scoredTracks, 1);
        QCOMPARE(view->counts().value(0), 1);
        show->trigger();
        QTRY_VERIFY(!charts->statisticsDock()->isVisible());
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestCharts test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_charts.moc"
