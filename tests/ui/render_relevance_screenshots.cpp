// Renders the relevance overlay for looking at (docs/screenshot-relevance.png comes from here):
// the four samples tagged, "The Jazz Piano" selected, its top tag "jazz" chosen by a click on
// its bar, the overlay on; the window and the spectrogram alone, with and without the overlay.
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "gui_test_support.h"
#include "ui/session/track_session.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/tag_bars_view.h"
#include "ui/window/main_window.h"
#include "ui/window/relevance_controller.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

using namespace tagscope::ui;

class RenderRelevance : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void relevanceOverlay() {
        MainWindow window;
        TagBarsView* bars = window.tagPanel()->barsView();
        bars->setAnimationDuration(0);
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addPaths(test::sampleTracks());
        QVERIFY(test::waitUntilFinished(*window.session()));
        const TrackId jazzPiano = window.session()->tracks()->entryAt(3).id;
        window.selectTrack(jazzPiano);
        QVERIFY(QTest::qWaitFor([&] { return window.session()->decoded(jazzPiano) != nullptr; },
                                30000));
        RelevanceController& relevance = *window.relevance();
        QSignalSpy shown(&relevance, &RelevanceController::overlayShown);
        relevance.setOverlayShown(true);
        QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(0).center());
        QVERIFY(shown.wait(30000));
        QTest::qWait(100);

        const QString dir = test::screenshotDir();
        const QString prefix =
            qgetenv("QT_QPA_PLATFORM") == "offscreen" ? QString() : QStringLiteral("xvfb-");
        QVERIFY(window.grab().toImage().save(
            dir + QStringLiteral("/%1relevance_window.png").arg(prefix)));
        QVERIFY(relevance
                    .exportSpectrogramImage(
                        dir + QStringLiteral("/%1relevance_spectrogram.png").arg(prefix), true)
                    .isEmpty());
        QVERIFY(
            relevance
                .exportSpectrogramImage(
                    dir + QStringLiteral("/%1relevance_spectrogram_plain.png").arg(prefix), false)
                .isEmpty());
    }
};

QTEST_MAIN(RenderRelevance)
#include "render_relevance_screenshots.moc"
