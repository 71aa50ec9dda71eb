// "See it" and "Hear it" in the window: the RelevanceController's actions in the menus, its
// messages in the status bar (docs/GUI.md, The relevance of a tag).
#include <QMenu>
#include <QStatusBar>

#include "ui/window/main_window.h"
#include "ui/window/relevance_controller.h"

namespace tagscope::ui {

void MainWindow::createRelevance() {
    relevance_ =
        new RelevanceController(*session_, *display_, *timeline_, *tagPanel_, *playback_, this);
    connect(relevance_, &RelevanceController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    fileMenu_->insertAction(quitAction_, relevance_->exportImageAction());
    fileMenu_->insertAction(quitAction_, relevance_->exportAudioAction());
    fileMenu_->insertSeparator(quitAction_);

    viewMenu_->insertAction(rescanAction_, relevance_->overlayAction());
    QMenu* opacity = new QMenu(tr("Overlay O&pacity"), viewMenu_);
    opacity->addActions(relevance_->opacityActions());
    viewMenu_->insertMenu(rescanAction_, opacity);
    viewMenu_->insertSeparator(rescanAction_);

    playbackMenu_->addSeparator();
    playbackMenu_->addAction(relevance_->listenAction());
}

}  // namespace tagscope::ui
