// The keyboard: where it starts, Tab and F6 through the panes, shortcuts that work wherever the
// focus is (Space unless typing, Ctrl+E from the filter box, arrows seek, +/-/0 zoom), sliders
// that keep their arrows, and every menu item reachable by a mnemonic or a shortcut.
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "gui_test_support.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/time_axis.h"
#include "ui/window/main_window.h"
#include "ui/window/playback_bar.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

using namespace tagscope::ui;

namespace {

QAction* actionNamed(MainWindow& window, const char* name) {
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

// Rejects every modal dialog that opens while alive (the Export dialog in these tests).
class ModalCloser {
public:
    ModalCloser() {
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                ++closed_;
                modal->close();
            }
        });
        timer_.start(20);
    }
    int closed() const { return closed_; }

private:
    QTimer timer_;
    int closed_ = 0;
};

}  // namespace

class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void spacePlaysFromTheListButIsTypedInTheFilter() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction* play = actionNamed(window, "playPauseAction");
        QVERIFY(play);
        play->setEnabled(true);  // no audio device here: only that the key reaches it matters
        QSignalSpy triggered(play, &QAction::triggered);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.trackView()));
        QTest::keyClick(window.trackView(), Qt::Key_Space);
        QCOMPARE(triggered.count(), 1);
        window.filterEdit()->setFocus();
        QTest::keyClicks(window.filterEdit(), QStringLiteral("female vocalists"));
        QCOMPARE(window.filterEdit()->text(), QStringLiteral("female vocalists"));
        QCOMPARE(triggered.count(), 1);
    }

    void ctrlEExportsEvenFromTheFilterBox() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy triggered(actionNamed(window, "exportAction"), &QAction::triggered);
        window.filterEdit()->setFocus();
        QTest::keyClicks(window.filterEdit(), QStringLiteral("jazz"));
        window.filterEdit()->setCursorPosition(1);
        ModalCloser closer;
        QTest::keyClick(window.filterEdit(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(closer.closed(), 1);
        QCOMPARE(window.filterEdit()->cursorPosition(), 1);  // not "end of line"
        // The editing keys stay with the field.
        QTest::keyClick(window.filterEdit(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(window.filterEdit()->selectedText(), QStringLiteral("jazz"));
    }

    void arrowsSeekAndPlusMinusZoomWhereverTheFocusIsUnlessTyping() {
        QTemporaryDir dir;
        const QString track =
            test::writeToneWav(dir, QStringLiteral("two-minutes.wav"), 22050, 120);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.addPaths({track});
        QVERIFY(test::waitUntilFinished(*window.session()));
        QTRY_VERIFY(window.timeline()->axis()->duration() > 60.0);
        window.trackView()->setFocus();
        PlaybackController* playback = window.playback();
        QCOMPARE(playback->position(), 0.0);
        QTest::keyClick(window.trackView(), Qt::Key_Right);
        QCOMPARE(playback->position(), 5.0);
        QTest::keyClick(window.trackView(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(playback->position(), 35.0);
        QTest::keyClick(window.trackView(), Qt::Key_Left);
        QCOMPARE(playback->position(), 30.0);

        TimeAxis* axis = window.timeline()->axis();
        const double whole = axis->visibleEnd() - axis->visibleStart();
        QTest::keyClick(window.trackView(), Qt::Key_Plus);
        QCOMPARE(axis->visibleEnd() - axis->visibleStart(), whole / 1.5);
        QTest::keyClick(window.timeline()->spectrogram(), Qt::Key_Plus);
        QCOMPARE(axis->visibleEnd() - axis->visibleStart(), whole / 2.25);
        QTest::keyClick(window.trackView(), Qt::Key_Minus);
        QCOMPARE(axis->visibleEnd() - axis->visibleStart(), whole / 1.5);
        QTest::keyClick(window.trackView(), Qt::Key_0);
        QCOMPARE(axis->visibleEnd() - axis->visibleStart(), whole);

        // In the filter box the same keys type and move the cursor.
        window.filterEdit()->setFocus();
        QTest::keyClicks(window.filterEdit(), QStringLiteral("a+b-0"));
        QTest::keyClick(window.filterEdit(), Qt::Key_Left);
        QCOMPARE(window.filterEdit()->text(), QStringLiteral("a+b-0"));
        QCOMPARE(window.filterEdit()->cursorPosition(), 4);
        QCOMPARE(playback->position(), 30.0);
        QCOMPARE(axis->visibleEnd() - axis->visibleStart(), whole);
    }

    void aSelectedRangeLoopsPlaybackUntilEscape() {
        QTemporaryDir dir;
        const QString track = test::writeToneWav(dir, QStringLiteral("one-minute.wav"), 22050, 60);
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.addPaths({track});
        QVERIFY(test::waitUntilFinished(*window.session()));
        SpectrogramView* view = window.timeline()->spectrogram();
        QTRY_VERIFY(view->hasMelgram());
        view->setFocus();
        const int y = view->dataRect().center().y();
        const QPoint from(int(view->xForSeconds(10.0)), y), to(int(view->xForSeconds(20.0)), y);
        QTest::mousePress(view, Qt::LeftButton, Qt::ShiftModifier, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), view->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        QApplication::sendEvent(view, &move);
        QTest::mouseRelease(view, Qt::LeftButton, Qt::ShiftModifier, to);
        QVERIFY(window.playback()->hasLoop());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!window.playback()->hasLoop());
    }

    void aFocusedSliderKeepsItsArrows() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSlider* volume = nullptr;
        for (QSlider* slider : window.playbackBar()->findChildren<QSlider*>())
            if (slider->maximum() <= 100 && slider->objectName().contains("olume")) volume = slider;
        QVERIFY2(volume, "no volume slider named …volume…");
        volume->setFocus();
        const int before = volume->value();
        QTest::keyClick(volume, before > volume->minimum() ? Qt::Key_Left : Qt::Key_Right);
        QVERIFY(volume->value() != before);
        QCOMPARE(window.playback()->position(), 0.0);
    }

    void tabLeavesTheListAndWalksThePanes() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.addPaths(test::sampleTracks());
        QTRY_COMPARE(window.trackView()->model()->rowCount(), 4);
        window.trackView()->setFocus();
        const QModelIndex current = window.trackView()->currentIndex();
        QVERIFY(current.isValid());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(window.timeline()->spectrogram()));
        QCOMPARE(window.trackView()->currentIndex(), current);  // the track on show stays
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(window.tagPanel()->tabs()->tabBar()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(window.playbackBar()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(window.tagPanel()->tabs()->tabBar()));

        // F6 visits the panes, Shift+F6 goes back, whatever has the focus inside them.
        window.trackView()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(window.timeline()->spectrogram()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.trackView()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(window.playbackBar()->isAncestorOf(QApplication::focusWidget()));
    }

    void panesHideAndShowFromTheKeyboard() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int spectrogramWidth = window.timeline()->width();
        QTest::keyClick(window.trackView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.listPanel()->isVisible());
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(window.timeline()->spectrogram()));
        QTRY_VERIFY(window.timeline()->width() > spectrogramWidth);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.tagPanel()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.listPanel()->isVisible());
        QVERIFY(window.tagPanel()->isVisible());
    }

    void viewChoicesComeBackInTheNextWindow() {
        QString fixedId;
        {
            MainWindow window;
            actionNamed(window, "smoothAction")->setChecked(false);
            window.timeline()->followPlaybackAction()->setChecked(false);
            actionNamed(window, "showTrackListAction")->setChecked(false);
            QAction* fixed = window.timeline()->levelRangeActions().last();
            QVERIFY(!fixed->isChecked());
            fixed->trigger();
            fixedId = fixed->data().toString();
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!actionNamed(window, "smoothAction")->isChecked());
        QVERIFY(!window.timeline()->followPlaybackAction()->isChecked());
        QVERIFY(!actionNamed(window, "showTrackListAction")->isChecked());
        QVERIFY(!window.listPanel()->isVisible());
        QVERIFY(actionNamed(window, "showTagPanelAction")->isChecked());
        QAction* checked = nullptr;
        for (QAction* a : window.timeline()->levelRangeActions())
            if (a->isChecked()) checked = a;
        QVERIFY(checked);
        QCOMPARE(checked->data().toString(), fixedId);
    }

    void everyMenuItemHasAMnemonicOrAShortcut() {
        MainWindow window;
        QStringList problems;
        QSet<QChar> menuKeys;
        for (QAction* menuAction : window.menuBar()->actions()) {
            QMenu* menu = menuAction->menu();
            if (!menu) continue;
            const QString title = menuAction->text();
            const qsizetype amp = title.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
            QVERIFY2(!menuKeys.contains(title[amp + 1].toLower()), qPrintable(title));
            menuKeys.insert(title[amp + 1].toLower());
            QSet<QChar> itemKeys;
            QList<QMenu*> menus{menu};
            while (!menus.isEmpty()) {
                QMenu* m = menus.takeFirst();
                itemKeys.clear();
                for (QAction* item : m->actions()) {
                    if (item->isSeparator()) continue;
                    if (item->menu()) menus.push_back(item->menu());
                    const QString text = item->text();
                    const qsizetype at = text.indexOf(QLatin1Char('&'));
                    if (at >= 0 && at + 1 < text.size()) {
                        const QChar key = text[at + 1].toLower();
                        if (itemKeys.contains(key))
                            problems << QStringLiteral("%1 ▸ %2: mnemonic %3 used twice")
                                            .arg(m->title(), text, key);
                        itemKeys.insert(key);
                    } else {
                        // Dynamic lists (recent files, colour maps) are reached by arrows.
                        const bool listed = m->title().contains(QStringLiteral("Recent")) ||
                                            m->title().contains(QStringLiteral("Colour"));
                        if (!listed && item->shortcut().isEmpty())
                            problems << QStringLiteral("%1 ▸ %2: no mnemonic, no shortcut")
                                            .arg(m->title(), text);
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
