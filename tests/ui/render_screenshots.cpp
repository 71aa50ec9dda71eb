// Renders the main window with the four sample tracks tagged (both networks, playhead in the
// second window) to PNGs in the build tree, for looking at.
#include <QImage>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "gui_test_support.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/tag_bars_view.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

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

    // A 3-minute track (the samples one after another, made with ffmpeg) in CNN + RNN mode:
    // both networks' smooth taggrams over the 3 s display windows, the bars blended at 1:10.
    void smoothTaggramPerNetwork() {
        QTemporaryDir dir;
        const QString track = dir.filePath(QStringLiteral("three-minutes.mp3"));
        QStringList args = {QStringLiteral("-loglevel"), QStringLiteral("error")};
        const QStringList samples = test::sampleTracks();
        for (int k = 0; k < 7; ++k) args << QStringLiteral("-i") << samples[k % samples.size()];
        args << QStringLiteral("-filter_complex") << QStringLiteral("concat=n=7:v=0:a=1")
             << QStringLiteral("-t") << QStringLiteral("180") << track;
        if (QProcess::execute(QStringLiteral("ffmpeg"), args) != 0) QSKIP("needs ffmpeg");

        MainWindow window;
        window.tagPanel()->barsView()->setAnimationDuration(0);
        window.setModelChoice(ModelChoice::Both);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addPaths({track});
        QVERIFY(test::waitUntilFinished(*window.session(), 120000));
        TrackSession& session = *window.session();
        const TrackId id = session.tracks()->entryAt(0).id;
        QTRY_VERIFY_WITH_TIMEOUT(
            !session.result(id, tagscope::NetworkKind::ConvNet)->fineSegments.empty() &&
                !session.result(id, tagscope::NetworkKind::RecurrentNet)->fineSegments.empty(),
            120000);
        window.playback()->seek(70.0);
        QTest::qWait(100);
        const QString prefix =
            qgetenv("QT_QPA_PLATFORM") == "offscreen" ? QString() : QStringLiteral("xvfb-");
        const QImage image = window.grab().toImage();
        QVERIFY(image.save(test::screenshotDir() +
                           QStringLiteral("/%1smooth_taggram.png").arg(prefix)));
        QVERIFY(distinctColours(image) > 50);
    }

    // A 10 s clip: its one window hatched as mostly padding, the tag panel's warning.
    void shortClipWarning() {
        QTemporaryDir dir;
        const QString clip =
            test::writeToneWav(dir, QStringLiteral("ten-seconds.wav"), 22050, 10.0);
        MainWindow window;
        window.tagPanel()->barsView()->setAnimationDuration(0);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addPaths({clip});
        QVERIFY(test::waitUntilFinished(*window.session()));
        QTest::qWait(200);
        const QString prefix =
            qgetenv("QT_QPA_PLATFORM") == "offscreen" ? QString() : QStringLiteral("xvfb-");
        QVERIFY(window.grab().toImage().save(test::screenshotDir() +
                                             QStringLiteral("/%1short_clip.png").arg(prefix)));
    }
};

QTEST_MAIN(TestScreenshot)
#include "render_screenshots.moc"
