// The window as it opens: inside the screen whatever geometry was saved (a larger screen's, or
// a position on a screen no longer attached), and with the keyboard in the track list.
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include "gui_test_support.h"
#include "ui/window/main_window.h"
#include "ui/window/window_placement.h"

using namespace tagscope::ui;

class TestWindowLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void clampingKeepsWhatFitsAndBringsInWhatDoesNot() {
        const QRect screen(0, 0, 1280, 800);
        QCOMPARE(clampedToScreen(QRect(10, 20, 800, 600), screen), QRect(10, 20, 800, 600));
        QCOMPARE(clampedToScreen(QRect(3000, 2000, 800, 600), screen), QRect(480, 200, 800, 600));
        QCOMPARE(clampedToScreen(QRect(-500, -40, 800, 600), screen), QRect(0, 0, 800, 600));
        QCOMPARE(clampedToScreen(QRect(100, 100, 2560, 1600), screen), screen);  // shrunk
        const QRect second(1280, 0, 1920, 1080);  // a screen to the right
        QCOMPARE(clampedToScreen(QRect(1300, 50, 1440, 860), second), QRect(1300, 50, 1440, 860));
    }

    void aSavedGeometryFromALargerScreenIsBroughtInside() {
        const QScreen* screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        const QRect available = screen->availableGeometry();
        {
            QWidget elsewhere;  // as saved on a big screen to the right of this one
            elsewhere.setGeometry(available.right() + 400, available.top() + 300,
                                  available.width() * 2, available.height() * 2);
            QSettings().setValue("window/geometry", elsewhere.saveGeometry());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5x%6")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void theKeyboardStartsInTheTrackList() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.trackView()));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "test_window_layout.moc"
