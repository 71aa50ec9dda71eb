// The Qt Charts of the app: the CNN-vs-RNN scatter (50 points where the probabilities say,
// the diagonal, drawn where mapped) and grouped bars of the top tags; the library's tag
// statistics (tracks per label at the current thresholds) from the list's scores and in the
// window's dock; for a hand-made library with known embeddings, the similar tracks (their
// order and similarities, click selects, Enter plays) and the library map (one point per
// stored embedding at its PCA position, grouped by top tag, hover text, click selects), and
// the map's axis labels (never "-0.0"). Also measures the map's repaint with 10,000 points
// (printed, not asserted).
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <random>

#include "engine/similarity/projection.h"
#include "engine/store/result_store.h"
#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/analysis/result_saving.h"
#include "ui/analysis/store_configurations.h"
#include "ui/model/similar_tracks_model.h"
#include "ui/model/tag_statistics.h"
#include "ui/model/track_list_model.h"
#include "ui/session/embedding_library.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/views/compare_chart_view.h"
#include "ui/views/library_map_view.h"
#include "ui/views/network_colors.h"
#include "ui/views/similar_tracks_panel.h"
#include "ui/views/tag_display_name.h"
#include "ui/views/tag_statistics_view.h"
#include "ui/window/library_charts.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

bool near(const QColor& a, const QColor& b, int tolerance = 24) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The numbers Qt Charts drew on a view's axes: the scene's text items that read as numbers
// (the title and axis titles do not).
QStringList numericAxisLabels(QChartView& view) {
    QStringList labels;
    for (QGraphicsItem* item : view.scene()->items()) {
        const auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (!text || !text->isVisible()) continue;
        bool number = false;
        text->toPlainText().toDouble(&number);
        if (number) labels << text->toPlainText();
    }
    return labels;
}

// A track whose decided labels are exactly `labels`.
TrackEntry scoredEntry(const QString& path, std::initializer_list<std::size_t> labels) {
    TrackEntry entry = TrackListModel::queuedEntry(path);
    LabelScores scores;
    for (std::size_t label : labels) scores.decided |= std::uint64_t(1) << label;
    entry.scores = scores;
    return entry;
}

constexpr int kDimensions = 256;  // the CNN's
// Track k's embedding lies at angle kAngles[k] in the plane of two unit vectors, so its cosine
// similarity to track j is cos(kAngles[k] − kAngles[j]). Track 6 has none stored.
constexpr double kAngles[] = {0.0, 0.5, 0.2, 1.0, 0.8, 1.4};
constexpr int kEmbedded = 6;
constexpr int kTracks = 7;
constexpr int kJazz = 5, kRock = 10;  // raw tag indices: tracks 0–1 are jazz on top, 2–6 rock

std::vector<float> embeddingAt(double angle) {
    std::vector<float> e(kDimensions, 0.0f);
    e[3] = float(std::cos(angle));
    e[100] = float(std::sin(angle));
    return e;
}

QString trackTitle(int k) {
    return QStringLiteral("Track %1").arg(k);
}

// The files (1 s tones), their CNN results with embeddings, the folder: a library in the store
// the next window opens. Returns the paths, track k at k.
QStringList writeEmbeddedLibrary(const QTemporaryDir& dir) {
    ResultStore::Opened opened = ResultStore::open(test::storePath().toStdString());
    const std::shared_ptr<ResultStore> store = opened.store;
    StoreConfigurations configurations(store);
    const std::int64_t configuration = configurations.of(ModelConfig{}).id;
    QStringList paths;
    for (int k = 0; k < kTracks; ++k) {
        const QString path =
            test::writeToneWav(dir, QStringLiteral("library/%1.wav").arg(k), 16000, 1.0);
        StoredResult result;
        result.central.assign(kTagCount, 0.01f);
        result.central[k < 2 ? kJazz : kRock] = 0.9f;
        result.summary = result.central;
        result.hopSeconds = kAppHopSeconds;
        // The store keeps a track embedding with its windows' (here one window: the same).
        if (k < kEmbedded) result.embedding = embeddingAt(kAngles[k]);
        result.segments.push_back({0.0, result.central, {}, result.embedding});
        AudioInfo info;
        info.durationSeconds = 1.0;
        info.sampleRate = 16000;
        info.channels = 1;
        info.codec = "pcm_s16le";
        info.title = trackTitle(k).toStdString();
        const IdentifiedFile identified = store->identify(path.toStdString());
        store->saveResults(identified, info, {{configuration, result}});
        paths << QString::fromStdString(identified.path);
    }
    store->addFolder(QDir(dir.filePath(QStringLiteral("library"))).absolutePath().toStdString());
    return paths;
}

QPoint rowCentre(QTableView* table, int row) {
    return table->visualRect(table->model()->index(row, 0)).center();
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
        QAction* show = charts->viewActions().value(1);  // View ▸ Tag Statistics
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

    void similarTracksAndTheMapOfAHandMadeLibrary() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(QStringLiteral("library")));
        const QStringList paths = writeEmbeddedLibrary(dir);
        QCOMPARE(paths.size(), kTracks);

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrackListModel& tracks = *window.session()->tracks();
        QTRY_COMPARE_WITH_TIMEOUT(tracks.count(TrackStatus::Done), kTracks, 20000);
        std::vector<TrackId> ids;
        for (const QString& path : paths) ids.push_back(tracks.idOf(path));
        QVERIFY(std::find(ids.begin(), ids.end(), TrackId(0)) == ids.end());

        LibraryCharts* charts = window.libraryCharts();
        SimilarTracksPanel* panel = charts->similarPanel();
        SimilarTracksModel* model = charts->similarModel();
        window.selectTrack(ids[0]);
        window.tagPanel()->tabs()->setCurrentWidget(panel);
        // Track 0's neighbours, most similar first: 2 (cos 0.2), 1, 4, 3, 5; never itself, never
        // track 6 (no embedding).
        const int expected[] = {2, 1, 4, 3, 5};
        QTRY_VERIFY2_WITH_TIMEOUT(model->rowCount() == 5, qPrintable(panel->heading()), 10000);
        for (int row = 0; row < 5; ++row) {
            const SimilarTrack& found = model->tracks()[std::size_t(row)];
            QCOMPARE(found.track, ids[std::size_t(expected[row])]);
            QCOMPARE(found.title, trackTitle(expected[row]));
            QVERIFY(std::abs(found.similarity - std::cos(kAngles[expected[row]])) < 1e-4);
        }
        QVERIFY(panel->heading().contains(trackTitle(0)));
        QCOMPARE(model->index(0, SimilarTracksModel::SimilarityColumn).data().toString(),
                 QStringLiteral("98 %"));

        // A click selects that track; the list stays (a double-click lands where aimed).
        QTableView* table = panel->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCentre(table, 1));
        QTRY_COMPARE(
            window.trackView()->currentIndex().data(TrackListModel::TrackIdRole).value<TrackId>(),
            ids[1]);
        QTest::qWait(50);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->tracks()[0].track, ids[2]);
        // Enter on a row asks for it to be played (and selects it).
        QSignalSpy play(panel, &SimilarTracksPanel::playRequested);
        table->setFocus();
        table->setCurrentIndex(model->index(3, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).value<TrackId>(), ids[3]);
        QTRY_COMPARE(
            window.trackView()->currentIndex().data(TrackListModel::TrackIdRole).value<TrackId>(),
            ids[3]);

        // Selected elsewhere: its own neighbours.
        window.selectTrack(ids[5]);
        QTRY_VERIFY(!model->tracks().empty() && model->tracks()[0].track == ids[3]);
        // A track with no embedding says so.
        window.selectTrack(ids[6]);
        QTRY_VERIFY(panel->heading().contains(QStringLiteral("No CNN embedding")));
        QCOMPARE(model->rowCount(), 0);

        // The map: one point per stored embedding, at its PCA position, grouped by top tag.
        window.libraryCharts()->viewActions().value(0)->trigger();  // View ▸ Library Map
        LibraryMapView* map = charts->mapView();
        QTRY_COMPARE(int(map->points().size()), kEmbedded);
        QCOMPARE(map->series().size(), 2);
        QCOMPARE(map->series()[0]->name(), tagDisplayName(kRock));  // 2–5 (6 has no embedding)
        QCOMPARE(map->series()[0]->count(), 4);
        QCOMPARE(map->series()[1]->name(), tagDisplayName(kJazz));
        QCOMPARE(map->series()[1]->count(), 2);
        std::vector<float> values;
        for (int k = 0; k < kEmbedded; ++k) {
            const std::vector<float> e = embeddingAt(kAngles[k]);
            values.insert(values.end(), e.begin(), e.end());
        }
        const std::vector<MapPosition> pca = projectPca(values, kEmbedded, kDimensions);
        for (const MapPoint& point : map->points()) {
            const auto k =
                std::size_t(std::find(ids.begin(), ids.end(), point.track) - ids.begin());
            QVERIFY(k < std::size_t(kEmbedded));
            QVERIFY(std::abs(point.position.x() - pca[k][0]) < 1e-5);
            QVERIFY(std::abs(point.position.y() - pca[k][1]) < 1e-5);
        }
        QVERIFY(map->hoverText(ids[4]).contains(trackTitle(4)));
        QVERIFY(map->hoverText(ids[4]).contains(tagDisplayName(kRock)));
        QVERIFY(!map->viewPosition(ids[6]));

        // A click on a point selects its track.
        QTest::qWait(100);  // the chart lays out its plot area
        const std::optional<QPoint> at = map->viewPosition(ids[4]);
        QVERIFY(at && map->viewport()->rect().contains(*at));
        QCOMPARE(map->trackAt(*at), ids[4]);
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, *at);
        QTRY_COMPARE(
            window.trackView()->currentIndex().data(TrackListModel::TrackIdRole).value<TrackId>(),
            ids[4]);
        window.grab().save(test::screenshotDir() + QStringLiteral("/library-map-window.png"));

        // t-SNE instead: computed in the background, then the same points, placed anew, in the
        // same groups (what it does to neighbourhoods is the engine test's to check).
        charts->projectionChoice()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !charts->isComputingTsne() && map->chart()->title().contains(QStringLiteral("t-SNE")),
            20000);
        QCOMPARE(int(map->points().size()), kEmbedded);
        QCOMPARE(map->series().size(), 2);
        QVERIFY(std::any_of(map->points().begin(), map->points().end(), [&](const MapPoint& p) {
            const auto k = std::size_t(std::find(ids.begin(), ids.end(), p.track) - ids.begin());
            return std::abs(p.position.x() - pca[k][0]) > 1e-3;
        }));
    }

    // Tick values computed as min + i·step land a rounding error away from zero, which "%.1f"
    // printed as "-0.0". Spans that put a tick just below zero, on it, and around it.
    void theMapAxesNeverReadNegativeZero() {
        const QRegularExpression negativeZero(QStringLiteral("^-0([.,]0*)?$"));
        const std::vector<std::pair<double, double>> spans = {
            {-1.0, 0.92}, {-1.0, 1.0},  {-0.3, 0.1},   {-3.0, 2.0},
            {-0.6, 0.4},  {-12.5, 7.3}, {-0.07, 0.02}, {0.0, 0.0}};
        std::mt19937 random(5);
        std::uniform_real_distribution<double> bound(0.01, 6.0);
        std::vector<std::pair<double, double>> all = spans;
        for (int i = 0; i < 40; ++i) all.emplace_back(-bound(random), bound(random));
        LibraryMapView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const auto& [low, high] : all) {
            view.setPoints(
                {{1, QPointF(low, high), QStringLiteral("rock"), QStringLiteral("a"), {}},
                 {2, QPointF(high, low), QStringLiteral("jazz"), QStringLiteral("b"), {}}},
                QStringLiteral("map"));
            QCoreApplication::processEvents();  // the chart lays its axes out when asked to
            view.grab();
            const QStringList labels = numericAxisLabels(view);
            const QString span =
                QStringLiteral("[%1, %2]: %3").arg(low).arg(high).arg(labels.join(' '));
            QVERIFY2(labels.size() >= 4, qPrintable(span));  // both axes have labels
            for (const QString& label : labels)
                QVERIFY2(!negativeZero.match(label).hasMatch(), qPrintable(span));
        }
    }

    void theMapWithTenThousandPointsRepaints() {
        std::mt19937 random(12);
        std::normal_distribution<float> spread(0.0f, 1.0f);
        std::vector<MapPoint> points;
        for (int i = 0; i < 10000; ++i) {
            const int group = i % 12;
            const QPointF centre(std::cos(group) * 4.0, std::sin(group) * 4.0);
            points.push_back({TrackId(i + 1), centre + QPointF(spread(random), spread(random)),
                              QStringLiteral("tag %1").arg(group),
                              QStringLiteral("Track %1").arg(i),
                              QStringLiteral("tag %1").arg(group)});
        }
        LibraryMapView view;
        view.resize(1000, 700);
        QElapsedTimer clock;
        clock.start();
        view.setPoints(points, QStringLiteral("10,000 tracks"));
        const double setMs = double(clock.nsecsElapsed()) / 1e6;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.series().size(), LibraryMapView::kColouredGroups + 1);
        int drawn = 0;
        for (QScatterSeries* series : view.series()) drawn += series->count();
        QCOMPARE(drawn, 10000);
        view.grab();  // first paint: caches
        double best = 1e9, total = 0.0;
        for (int i = 0; i < 5; ++i) {
            clock.restart();
            view.grab();
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            best = std::min(best, ms);
            total += ms;
        }
        clock.restart();
        int hits = 0;
        for (int i = 0; i < 100; ++i) hits += view.trackAt(QPoint(10 * i % 1000, 7 * i % 700)) != 0;
        const double pickMs = double(clock.nsecsElapsed()) / 1e8;
        test::recordMeasurement(
            QStringLiteral("library map, 10,000 points (%1): setPoints %2 ms, repaint %3 ms "
                           "(best of 5; mean %4 ms), hover lookup %5 ms")
                .arg(view.usesOpenGl() ? QStringLiteral("OpenGL") : QStringLiteral("raster"))
                .arg(setMs, 0, 'f', 1)
                .arg(best, 0, 'f', 1)
                .arg(total / 5.0, 0, 'f', 1)
                .arg(pickMs, 0, 'f', 2));
        Q_UNUSED(hits);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestCharts test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_charts.moc"
