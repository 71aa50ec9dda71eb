// The keyboard and the panes: seeking and zooming from anywhere, Tab and F6 through the panes,
// shortcuts that a focused text field or slider does not swallow, the panes shown or hidden,
// and the split that gives the spectrogram the spare width.

#include <QAbstractSlider>
#include <QAction>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <algorithm>

#include "ui/playback/playback_controller.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/time_axis.h"
#include "ui/window/main_window.h"
#include "ui/window/playback_bar.h"
#include "ui/window/shortcut_routing.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

namespace tagscope::ui {
namespace {

constexpr double kSeekStep = 5.0, kLongSeekStep = 30.0;  // seconds
constexpr double kZoomStep = 1.5;

}  // namespace

void MainWindow::createNavigationActions() {
    const auto seekAction = [this](const QString& text, const QList<QKeySequence>& keys,
                                   double step) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this,
                [this, step] { playback_->seek(std::max(0.0, playback_->position() + step)); });
        addAction(action);  // window-wide, also while the menu bar is hidden
        return action;
    };
    seekBackAction_ = seekAction(tr("Seek &Back 5 s"), {QKeySequence(Qt::Key_Left)}, -kSeekStep);
    seekForwardAction_ =
        seekAction(tr("Seek &Forward 5 s"), {QKeySequence(Qt::Key_Right)}, kSeekStep);
    seekBackLongAction_ =
        seekAction(tr("Seek Back 30 s"), {QKeySequence(Qt::SHIFT | Qt::Key_Left)}, -kLongSeekStep);
    seekForwardLongAction_ = seekAction(tr("Seek Forward 30 s"),
                                        {QKeySequence(Qt::SHIFT | Qt::Key_Right)}, kLongSeekStep);

    const auto zoomAction = [this](const QString& text, const QList<QKeySequence>& keys,
                                   double factor) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, [this, factor] { zoomTimeline(factor); });
        addAction(action);
        return action;
    };
    zoomInAction_ = zoomAction(tr("Zoom &In"),
                               {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal),
                                QKeySequence(QKeySequence::ZoomIn)},
                               kZoomStep);
    zoomOutAction_ = zoomAction(tr("Zoom &Out"),
                                {QKeySequence(Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut)},
                                1.0 / kZoomStep);
    zoomWholeAction_ = new QAction(tr("&Whole Track"), this);
    zoomWholeAction_->setShortcuts({QKeySequence(Qt::Key_0), QKeySequence(tr("Ctrl+0"))});
    connect(zoomWholeAction_, &QAction::triggered, this, [this] {
        TimeAxis* axis = timeline_->axis();
        axis->setVisibleRange(0.0, axis->duration());
    });
    addAction(zoomWholeAction_);

    nextPaneAction_ = new QAction(tr("&Next Pane"), this);
    nextPaneAction_->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPaneAction_, &QAction::triggered, this, [this] { focusPane(+1); });
    addAction(nextPaneAction_);
    previousPaneAction_ = new QAction(tr("Pre&vious Pane"), this);
    previousPaneAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPaneAction_, &QAction::triggered, this, [this] { focusPane(-1); });
    addAction(previousPaneAction_);

    showListAction_ = new QAction(tr("Trac&k List"), this);
    showListAction_->setObjectName(QStringLiteral("showTrackListAction"));
    showListAction_->setCheckable(true);
    showListAction_->setChecked(true);
    showListAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    showTagsAction_ = new QAction(tr("T&ag Panel"), this);
    showTagsAction_->setObjectName(QStringLiteral("showTagPanelAction"));
    showTagsAction_->setCheckable(true);
    showTagsAction_->setChecked(true);
    showTagsAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    // Hiding the pane that has the keyboard would leave it nowhere: it moves to the timeline.
    connect(showListAction_, &QAction::toggled, this, [this](bool on) {
        if (!on && listPanel_->isAncestorOf(focusWidget())) timeline_->spectrogram()->setFocus();
        listPanel_->setVisible(on);
    });
    connect(showTagsAction_, &QAction::toggled, this, [this](bool on) {
        if (!on && tagPanel_->isAncestorOf(focusWidget())) timeline_->spectrogram()->setFocus();
        tagPanel_->setVisible(on);
    });
}

void MainWindow::addNavigationMenuItems(QMenu* view, QMenu* playback) {
    view->addSeparator();
    view->addAction(zoomInAction_);
    view->addAction(zoomOutAction_);
    view->addAction(zoomWholeAction_);
    view->addSeparator();
    view->addAction(showListAction_);
    view->addAction(showTagsAction_);
    view->addAction(nextPaneAction_);
    view->addAction(previousPaneAction_);
    playback->addSeparator();
    playback->addAction(seekBackAction_);
    playback->addAction(seekForwardAction_);
    playback->addAction(seekBackLongAction_);
    playback->addAction(seekForwardLongAction_);
}

void MainWindow::setUpKeyboard() {
    // Tab leaves the list (rather than walking its cells and changing the track on show).
    trackView_->setTabKeyNavigation(false);

    // The window's Ctrl/Alt/F-key shortcuts work in the filter box too.
    QList<QKeySequence> windowShortcuts;
    for (QAction* action : findChildren<QAction*>())
        for (const QKeySequence& key : action->shortcuts()) {
            if (key.isEmpty()) continue;
            const QKeyCombination combo = key[0];
            const bool command =
                combo.keyboardModifiers() & (Qt::ControlModifier | Qt::AltModifier);
            const bool functionKey = combo.key() >= Qt::Key_F1 && combo.key() <= Qt::Key_F35;
            if (command || functionKey) windowShortcuts.push_back(key);
        }
    letShortcutsThrough(filterEdit_, windowShortcuts);
    // Sliders keep their arrows (a focused volume slider changes the volume, not the position).
    for (QAbstractSlider* slider : playbackBar_->findChildren<QAbstractSlider*>())
        keepKeys(slider, {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right),
                          QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)});

    // Tab order: the panes left to right, then the transport, then the toolbar's settings.
    QList<QWidget*> chain{filterEdit_, trackView_, timeline_->spectrogram(),
                          tagPanel_->tabs()->tabBar()};
    for (QWidget* w : playbackBar_->findChildren<QWidget*>())
        if (w->focusPolicy() & Qt::TabFocus) chain.push_back(w);
    for (QToolBar* bar : findChildren<QToolBar*>())
        for (QWidget* w : bar->findChildren<QWidget*>())
            if ((w->focusPolicy() & Qt::TabFocus) && !w->inherits("QToolButton"))
                chain.push_back(w);
    for (qsizetype i = 1; i < chain.size(); ++i) setTabOrder(chain[i - 1], chain[i]);
}

QList<QWidget*> MainWindow::panes() const {
    QList<QWidget*> list;
    if (listPanel_->isVisible()) list.push_back(trackView_);
    list.push_back(timeline_->spectrogram());
    if (tagPanel_->isVisible()) list.push_back(tagPanel_->tabs()->tabBar());
    list.push_back(playbackBar_);
    return list;
}

void MainWindow::focusPane(int direction) {
    const QList<QWidget*> list = panes();
    const QWidget* focus = focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i] == focus || list[i]->isAncestorOf(focus)) current = i;
    const qsizetype n = list.size();
    const qsizetype next = current < 0 ? 0 : ((current + direction) % n + n) % n;
    QWidget* target = list[next];
    if (target == playbackBar_) {  // the transport's first focusable control
        for (QWidget* w : playbackBar_->findChildren<QWidget*>())
            if (w->focusPolicy() & Qt::TabFocus) {
                target = w;
                break;
            }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::zoomTimeline(double factor) {
    TimeAxis* axis = timeline_->axis();
    if (axis->duration() <= 0.0) return;
    // About the playhead when it is in view, else about the middle.
    const double playhead = timeline_->spectrogram()->playhead();
    const bool visible = playhead >= axis->visibleStart() && playhead <= axis->visibleEnd();
    axis->zoom(factor, visible ? playhead : (axis->visibleStart() + axis->visibleEnd()) / 2.0);
}

void MainWindow::balancePanes() {
    // Without a saved split, or with one that leaves the picture narrower than a side panel
    // (saved in a wider window): the list gets 30 % (240–480 px), the tags 22 % (220–380 px),
    // the spectrogram the rest. Later growth goes to the spectrogram (stretch factors).
    if (QLayout* l = centralWidget()->layout()) l->activate();
    const QList<int> right = rightSplitter_->sizes();
    const QList<int> main = mainSplitter_->sizes();
    const bool saved = !settings_.splitterState(QStringLiteral("main")).isEmpty();
    if (saved && right.size() == 2 && main.size() == 2 && right[0] >= right[1] &&
        right[0] >= main[0])
        return;
    const int total = std::max(0, mainSplitter_->width() - 2 * mainSplitter_->handleWidth());
    const int list = listPanel_->isVisible() ? std::clamp(total * 3 / 10, 240, 480) : 0;
    const int tags = tagPanel_->isVisible() ? std::clamp(total * 22 / 100, 220, 380) : 0;
    mainSplitter_->setSizes({list, std::max(0, total - list)});
    rightSplitter_->setSizes({std::max(0, total - list - tags), tags});
}

}  // namespace tagscope::ui
