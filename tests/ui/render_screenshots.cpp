// Renders the main window with the four sample tracks tagged (both networks, playhead in the
// second window) to PNGs in the build tree, for looking at.
#include <QImage>
#include <QTabWidget>
#include <QTest>

#include "gui_test_support.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/tag_bars_view.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"

using namespace tagscope::ui;

namespace {

// Not blank: many distinct colours.
int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
    return int(colours.size());
}

}  // namespace

class TestScreenshot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void mainWindowWithSampleTracks() {
        MainWindow window;
        window.tagPanel()->barsView()->setAnimationDuration(0);
        window.setModelChoice(ModelChoice::Both);
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addPaths(test::sampleTracks());
        QVERIFY(test::waitUntilFinished(*window.session()));
        window.selectTrack(window.session()->tracks()->entryAt(3).id);  // the jazz piano
        window.playback()->seek(20.0);
        QTest::qWait(100);

        const QString dir = test::screenshotDir();
        const QString prefix =
            qgetenv("QT_QPA_PLATFORM") == "offscreen" ? QString() : QStringLiteral("xvfb-");
        QImage tags = window.grab().toImage();
        QVERIFY(tags.save(dir + QStringLiteral("/%1main_window.png").arg(prefix)));
        QVERIFY(distinctColours(tags) > 50);

        window.tagPanel()->tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        QImage compare = window.grab().toImage();
        QVERIFY(compare.save(dir + QStringLiteral("/%1main_window_compare.png").arg(prefix)));
        qInfo().noquote() << "screenshots in" << dir;
    }
};

QTEST_MAIN(TestScreenshot)
#include "render_screenshots.moc"
