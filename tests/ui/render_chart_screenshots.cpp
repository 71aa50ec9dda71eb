// Renders the Qt Charts views on real results, for looking at and for docs/: a library of 32
// tracks (the four samples, each also pitched, slowed, filtered… by ffmpeg) tagged by both
// networks, then the Similar tab, the Compare tab's charts, the library map and the tag
// statistics. Run under xvfb-run for the OpenGL map (ui_screenshots does).
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "gui_test_support.h"
#include "ui/model/similar_tracks_model.h"
#include "ui/session/embedding_library.h"
#include "ui/session/track_session.h"
#include "ui/views/compare_chart_view.h"
#include "ui/views/library_map_view.h"
#include "ui/views/similar_tracks_panel.h"
#include "ui/views/tag_bars_view.h"
#include "ui/views/tag_statistics_view.h"
#include "ui/window/library_charts.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"

using namespace tagscope::ui;

namespace {

struct Variant {
    const char* name;
    const char* filter;  // ffmpeg -af; empty: as it is
};
const Variant kVariants[] = {
    {"original", ""},
    {"pitched up", "asetrate=44100*1.12,aresample=44100"},
    {"pitched down", "asetrate=44100*0.9,aresample=44100"},
    {"faster", "atempo=1.25"},
    {"muffled", "lowpass=f=1200"},
    {"thin", "highpass=f=900"},
    {"echo", "aecho=0.8:0.8:60:0.4"},
    {"quiet and slow", "volume=0.5,atempo=0.85"},
};

QString prefix() {
    return qgetenv("QT_QPA_PLATFORM").startsWith("offscreen") ? QString() : QStringLiteral("xvfb-");
}

bool save(const QImage& image, const QString& name) {
    const QString path = test::screenshotDir() + QLatin1Char('/') + prefix() + name;
    qInfo().noquote() << path;
    return image.save(path);
}

}  // namespace

class RenderChartScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void chartsOfARealLibrary() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("library")));
        for (const QString& sample : test::sampleTracks()) {
            const QString base = QFileInfo(sample).baseName().remove(QStringLiteral("bensound-"));
            for (const Variant& variant : kVariants) {
                const QString out = dir.filePath(
                    QStringLiteral("library/%1 (%2).wav").arg(base, QLatin1String(variant.name)));
                // Titled by sample and variant (not the sample's own title, the same for all).
                QStringList args = {
                    QStringLiteral("-loglevel"),
                    QStringLiteral("error"),
                    QStringLiteral("-i"),
                    sample,
                    QStringLiteral("-map_metadata"),
                    QStringLiteral("-1"),
                    QStringLiteral("-metadata"),
                    QStringLiteral("title=%1 (%2)").arg(base, QLatin1String(variant.name))};
                if (*variant.filter) args << QStringLiteral("-af") << QLatin1String(variant.filter);
                args << out;
                if (QProcess::execute(QStringLiteral("ffmpeg"), args) != 0) QSKIP("needs ffmpeg");
            }
        }

        MainWindow window;
        window.tagPanel()->barsView()->setAnimationDuration(0);
        window.setModelChoice(ModelChoice::Both);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addPaths({dir.filePath(QStringLiteral("library"))});
        QVERIFY(test::waitUntilFinished(*window.session(), 300000));
        TrackListModel& tracks = *window.session()->tracks();
        TrackId jazz = 0;
        for (int row = 0; row < tracks.rowCount(); ++row)
            if (tracks.entryAt(row).title.startsWith(QStringLiteral("thejazzpiano (original")))
                jazz = tracks.entryAt(row).id;
        QVERIFY(jazz);
        window.selectTrack(jazz);
        LibraryCharts* charts = window.libraryCharts();

        // Similar tracks.
        window.tagPanel()->tabs()->setCurrentWidget(charts->similarPanel());
        QTRY_VERIFY_WITH_TIMEOUT(charts->similarModel()->rowCount() >= 20, 20000);
        QTest::qWait(100);
        QVERIFY(save(window.grab().toImage(), QStringLiteral("similar.png")));

        // The compare charts, on their own at a readable width, and the tab scrolled to them.
        window.tagPanel()->tabs()->setCurrentIndex(1);
        auto* scroll = window.tagPanel()->findChild<QScrollArea*>(QStringLiteral("compareScroll"));
        QTest::qWait(100);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(100);
        QVERIFY(save(window.grab().toImage(), QStringLiteral("compare_charts_window.png")));
        CompareChartView alone;
        alone.setPalette(window.palette());
        alone.resize(480, alone.height());
        const TrackSession& session = *window.session();
        alone.setResults(session.result(jazz, tagscope::NetworkKind::ConvNet)->central,
                         session.result(jazz, tagscope::NetworkKind::RecurrentNet)->central);
        alone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&alone));
        QVERIFY(save(alone.grab().toImage(), QStringLiteral("compare_charts.png")));
        alone.hide();

        // The map (floating, large) and the tag statistics.
        charts->viewActions().value(0)->trigger();
        charts->mapDock()->setFloating(true);
        charts->mapDock()->resize(1100, 760);
        QTRY_COMPARE_WITH_TIMEOUT(int(charts->mapView()->points().size()), tracks.rowCount(),
                                  20000);
        QTest::qWait(300);
        qInfo() << "map drawn with OpenGL:" << charts->mapView()->usesOpenGl();
        QVERIFY(save(charts->mapView()->grab().toImage(), QStringLiteral("library_map.png")));
        charts->viewActions().value(1)->trigger();
        charts->statisticsDock()->setFloating(true);
        charts->statisticsDock()->resize(520, 900);
        QTest::qWait(300);
        QVERIFY(
            save(charts->statisticsDock()->grab().toImage(), QStringLiteral("tag_statistics.png")));
    }
};

int main(int argc, char** argv) {
    // Without a display: offscreen, on a 1920×1080 screen (the window is 1600 px wide).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" TAGSCOPE_WIDE_SCREEN_CONFIG);
    QApplication app(argc, argv);
    RenderChartScreenshots render;
    return QTest::qExec(&render, argc, argv);
}
#include "render_chart_screenshots.moc"
