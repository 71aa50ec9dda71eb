#include "ui/window/main_window.h"

#include <QGuiApplication>
#include <QScreen>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/model/track_filter_proxy.h"
#include "ui/model/track_list_model.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/audio_files.h"
#include "ui/session/library.h"
#include "ui/session/store_location.h"
#include "ui/session/track_session.h"
#include "ui/views/level_range.h"
#include "ui/views/tag_bars_view.h"
#include "ui/window/about_dialog.h"
#include "ui/window/library_charts.h"
#include "ui/window/playback_bar.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"
#include "ui/window/track_display.h"
#include "ui/window/window_placement.h"

namespace tagscope::ui {

MainWindow::MainWindow(QWidget* parent) : MainWindow(defaultStorePath(), parent) {}

MainWindow::MainWindow(const QString& storePath, QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tagscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tagscope.svg")));
    setAcceptDrops(true);

    session_ = new TrackSession(this);
    library_ = new Library(*session_, storePath, this);
    playback_ = new PlaybackController(this);
    playback_->setVolume(settings_.volume());
    playback_->setMuted(settings_.muted());
    proxy_ = new TrackFilterProxy(this);
    proxy_->setSourceModel(session_->tracks());

    createActions();
    createLibraryActions();
    createDecisionActions();
    createTagWritingActions();
    createNavigationActions();
    createCentralWidget();
    libraryCharts_ = new LibraryCharts(*this);
    createMenus();
    createToolBar();
    createStatusBar();
    display_ = new TrackDisplay(*session_, *timeline_, *tagPanel_, this);
    createRelevance();
    setUpKeyboard();
    restoreSettings();

    connect(display_, &TrackDisplay::durationKnown, playbackBar_, &PlaybackBar::setTrackDuration);
    connect(playback_, &PlaybackController::positionChanged, this, [this](double seconds) {
        display_->setPlayhead(seconds, playback_->isPlaying() || seconds > 0.0);
    });
    connect(playback_, &PlaybackController::playingChanged, this, [this](bool playing) {
        if (playing) display_->setPlayhead(playback_->position(), true);
    });
    connect(playback_, &PlaybackController::volumeChanged, this,
            [this](double volume) { settings_.setVolume(volume); });
    connect(playback_, &PlaybackController::mutedChanged, this,
            [this](bool muted) { settings_.setMuted(muted); });
    connect(playback_, &PlaybackController::canPlayChanged, this, [this](bool canPlay) {
        playPauseAction_->setEnabled(canPlay);
        stopAction_->setEnabled(canPlay);
        audioLabel_->setVisible(!canPlay);
    });
    connect(playback_, &PlaybackController::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Playback error: %1").arg(message), 8000);
    });
    connect(timeline_, &TimelinePanel::seekRequested, playback_, &PlaybackController::seek);
    // A selected time range is played in a loop until the selection is cleared.
    connect(timeline_, &TimelinePanel::loopRangeSelected, playback_, &PlaybackController::setLoop);
    connect(timeline_, &TimelinePanel::loopRangeCleared, playback_, &PlaybackController::clearLoop);
    // O(1) each (the list counts its statuses), so it may follow every change.
    const TrackListModel* tracks = session_->tracks();
    connect(tracks, &QAbstractItemModel::dataChanged, this, &MainWindow::updateAnalysisStatus);
    connect(tracks, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateAnalysisStatus);
    connect(tracks, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateAnalysisStatus);
    connect(tracks, &QAbstractItemModel::modelReset, this, &MainWindow::updateAnalysisStatus);
    proxy_->setDecider(session_->decider());
    connect(session_, &TrackSession::deciderChanged, this,
            [this] { proxy_->setDecider(session_->decider()); });
    connect(session_, &TrackSession::storeWarning, this,
            [this](const QString& warning) { statusBar()->showMessage(warning, 8000); });
    connect(proxy_, &TrackFilterProxy::tagFilterChanged, this, &MainWindow::showFilterState);
    connectLibrary();
    session_->service().warmUp(session_->activeConfigs());
    library_->open();
    updateAnalysisStatus();
    // The list, not the filter box: keys like Space and Delete act on tracks from the start.
    trackView_->setFocus();
}

MainWindow::~MainWindow() {
    // Before any child (the session included) is destroyed: no job may outlive what it uses.
    session_->shutdown();
}

void MainWindow::createActions() {
    openAction_ =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    openAction_->setShortcut(QKeySequence::Open);
    openAction_->setStatusTip(tr("Add audio files to the list"));
    connect(openAction_, &QAction::triggered, this, &MainWindow::openFiles);

    openFolderAction_ =
        new QAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Folder…"), this);
    openFolderAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openFolderAction_->setStatusTip(tr("Add every audio file in a folder and its subfolders"));
    connect(openFolderAction_, &QAction::triggered, this, &MainWindow::openFolder);

    exportAction_ = new QAction(tr("&Export CSV…"), this);
    exportAction_->setObjectName(QStringLiteral("exportAction"));
    exportAction_->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction_->setStatusTip(tr("Save the tag probabilities in the command line's CSV format"));
    connect(exportAction_, &QAction::triggered, this, &MainWindow::exportCsvInteractively);

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    removeAction_ = new QAction(tr("&Remove from List"), this);
    removeAction_->setShortcut(QKeySequence::Delete);
    removeAction_->setStatusTip(tr("Remove the selected tracks and stop their analysis"));
    connect(removeAction_, &QAction::triggered, this, &MainWindow::removeSelectedTracks);

    selectAllAction_ = new QAction(tr("Select &All"), this);
    selectAllAction_->setShortcut(QKeySequence::SelectAll);
    connect(selectAllAction_, &QAction::triggered, this, [this] { trackView_->selectAll(); });

    findAction_ = new QAction(tr("&Filter by Tag or Query"), this);
    findAction_->setShortcut(QKeySequence::Find);
    connect(findAction_, &QAction::triggered, this, [this] {
        filterEdit_->setFocus();
        filterEdit_->selectAll();
    });

    playPauseAction_ = new QAction(tr("&Play"), this);  // icons: PlaybackBar
    playPauseAction_->setObjectName(QStringLiteral("playPauseAction"));
    playPauseAction_->setShortcut(QKeySequence(Qt::Key_Space));
    playPauseAction_->setToolTip(tr("Play / pause (Space)"));
    connect(playPauseAction_, &QAction::triggered, playback_, &PlaybackController::togglePlayPause);

    stopAction_ = new QAction(tr("&Stop"), this);
    stopAction_->setShortcut(QKeySequence(tr("Ctrl+.")));
    connect(stopAction_, &QAction::triggered, playback_, &PlaybackController::stop);
    playPauseAction_->setEnabled(playback_->canPlay());
    stopAction_->setEnabled(playback_->canPlay());

    summaryAction_ = new QAction(tr("Track &Summary"), this);
    summaryAction_->setCheckable(true);
    summaryAction_->setShortcut(QKeySequence(tr("Ctrl+T")));
    summaryAction_->setToolTip(
        tr("Show the mean over all analysis windows instead of the window under the playhead"));
    connect(summaryAction_, &QAction::toggled, this,
            [this](bool on) { display_->setShowSummary(on); });
    smoothAction_ = new QAction(tr("S&mooth Tags over Time"), this);
    smoothAction_->setObjectName(QStringLiteral("smoothAction"));
    smoothAction_->setCheckable(true);
    smoothAction_->setChecked(true);
    smoothAction_->setToolTip(
        tr("Blend the windows around the playhead and draw the taggram "
           "smooth, instead of window by window"));
    connect(smoothAction_, &QAction::toggled, this, [this](bool on) { display_->setSmooth(on); });

    calibrateAction_ = new QAction(tr("&Calibrate on These Tracks…"), this);
    calibrateAction_->setObjectName(QStringLiteral("calibrateAction"));
    calibrateAction_->setStatusTip(
        tr("Compute normalisation statistics from the loaded tracks, as if run as one batch"));
    connect(calibrateAction_, &QAction::triggered, this, &MainWindow::calibrateOnTracks);
    loadCalibrationAction_ = new QAction(tr("&Load Calibration…"), this);
    connect(loadCalibrationAction_, &QAction::triggered, this, &MainWindow::loadCalibration);
    saveCalibrationAction_ = new QAction(tr("&Save Calibration…"), this);
    saveCalibrationAction_->setEnabled(false);
    connect(saveCalibrationAction_, &QAction::triggered, this, &MainWindow::saveCalibration);

    aboutAction_ = new QAction(tr("&About Tagscope"), this);
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, [this] { showAboutDialog(this); });
    aboutQtAction_ = new QAction(tr("About &Qt"), this);
    aboutQtAction_->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction_, &QAction::triggered, qApp, &QApplication::aboutQt);

    colorMapGroup_ = new QActionGroup(this);
    for (ColorMap map : allColorMaps()) {
        QAction* action = colorMapGroup_->addAction(colorMapName(map));
        action->setCheckable(true);
        action->setData(colorMapId(map));
    }
    connect(colorMapGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
        const ColorMap map = colorMapFromId(action->data().toString());
        timeline_->setColorMap(map);
        settings_.setColorMap(map);
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    fileMenu_ = file;
    file->addAction(openAction_);
    file->addAction(openFolderAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(addToLibraryAction_);
    file->addAction(libraryFoldersAction_);
    file->addSeparator();
    file->addAction(exportAction_);
    file->addAction(playlistAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(removeAction_);
    edit->addAction(selectAllAction_);
    edit->addSeparator();
    edit->addAction(findAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    viewMenu_ = view;
    view->addAction(summaryAction_);
    view->addAction(smoothAction_);
    colorMapMenu_ = view->addMenu(tr("&Colour Map"));
    colorMapMenu_->addActions(colorMapGroup_->actions());
    view->addMenu(tr("&Level Range"))->addActions(timeline_->levelRangeActions());
    view->addAction(timeline_->followPlaybackAction());
    view->addSeparator();
    view->addAction(rescanAction_);
    view->addAction(stopRescanAction_);
    view->addSeparator();
    view->addActions(libraryCharts_->viewActions());

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playbackMenu_ = playback;
    playback->addAction(playPauseAction_);
    playback->addAction(stopAction_);
    addNavigationMenuItems(view, playback);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(calibrateAction_);
    tools->addAction(loadCalibrationAction_);
    tools->addAction(saveCalibrationAction_);
    tools->addSeparator();
    tools->addAction(thresholdsAction_);
    tools->addAction(vocabularyAction_);
    tools->addAction(shippedVocabularyAction_);
    addTagWritingMenuItems(edit, tools);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(aboutAction_);
    help->addAction(aboutQtAction_);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(openAction_);
    bar->addAction(openFolderAction_);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("Model") + QLatin1Char(' '), bar));
    modelCombo_ = new QComboBox(bar);
    modelCombo_->setObjectName(QStringLiteral("modelCombo"));
    modelCombo_->addItem(tr("CNN"), modelChoiceId(ModelChoice::Cnn));
    modelCombo_->addItem(tr("RNN"), modelChoiceId(ModelChoice::Rnn));
    modelCombo_->addItem(tr("CNN + RNN"), modelChoiceId(ModelChoice::Both));
    modelCombo_->setToolTip(tr("Which network tags the tracks (both: compare them)"));
    connect(modelCombo_, &QComboBox::currentIndexChanged, this, [this] {
        const ModelChoice choice = modelChoiceFromId(modelCombo_->currentData().toString());
        session_->setModelChoice(choice);
        settings_.setModelChoice(choice);
    });
    bar->addWidget(modelCombo_);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("Normalisation") + QLatin1Char(' '), bar));
    normCombo_ = new QComboBox(bar);
    normCombo_->setObjectName(QStringLiteral("normalisationCombo"));
    normCombo_->addItem(tr("Calibrated (bundled)"), int(NormalisationChoice::BundledCalibration));
    normCombo_->addItem(tr("Track (each alone)"), int(NormalisationChoice::Track));
    normCombo_->setToolTip(
        tr("Calibrated: frozen statistics, a track gets the tags it had in the original batch. "
           "Track: each track normalised alone."));
    connect(normCombo_, &QComboBox::currentIndexChanged, this,
            &MainWindow::setNormalisationFromCombo);
    bar->addWidget(normCombo_);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("Top") + QLatin1Char(' '), bar));
    topNSpin_ = new QSpinBox(bar);
    topNSpin_->setObjectName(QStringLiteral("topNSpin"));
    topNSpin_->setRange(1, 50);
    topNSpin_->setToolTip(tr("Number of tags shown as bars"));
    connect(topNSpin_, &QSpinBox::valueChanged, this, [this](int n) {
        tagPanel_->setTopN(n);
        settings_.setTopN(n);
    });
    bar->addWidget(topNSpin_);
    bar->addAction(summaryAction_);
}

void MainWindow::createCentralWidget() {
    filterEdit_ = new QLineEdit(this);
    filterEdit_->setObjectName(QStringLiteral("tagFilterEdit"));
    filterEdit_->setPlaceholderText(tr("Filter by tag or query, e.g. jazz > 0.5 and not rock"));
    filterEdit_->setClearButtonEnabled(true);
    connect(filterEdit_, &QLineEdit::textChanged, proxy_, &TrackFilterProxy::setTagFilter);
    filterErrorLabel_ = new QLabel(this);
    filterErrorLabel_->setObjectName(QStringLiteral("filterErrorLabel"));
    filterErrorLabel_->setWordWrap(true);
    filterErrorLabel_->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    filterErrorLabel_->hide();

    trackView_ = new QTableView(this);
    trackView_->setObjectName(QStringLiteral("trackView"));
    trackView_->setModel(proxy_);
    trackView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    trackView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    trackView_->setSortingEnabled(true);
    trackView_->sortByColumn(-1, Qt::AscendingOrder);  // list order until a header is clicked
    trackView_->setAlternatingRowColors(true);
    trackView_->setShowGrid(false);
    trackView_->setWordWrap(false);
    trackView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    trackView_->verticalHeader()->hide();
    trackView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = trackView_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Title and top tags share what the fixed columns leave.
    header->setSectionResizeMode(TrackListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TrackListModel::TopTagsColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(TrackListModel::DurationColumn, 58);
    // Room for the longest status, "Decoding 100 %" (in the user's language).
    header->resizeSection(
        TrackListModel::StatusColumn,
        fontMetrics().horizontalAdvance(trackStatusText(TrackStatus::Decoding, 100)) + 16);
    header->setHighlightSections(false);
    trackView_->addAction(removeAction_);
    connect(trackView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentTrackChanged);
    connect(trackView_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        trackView_->setCurrentIndex(index);
        playback_->play();
    });

    listPanel_ = new QWidget(this);
    listPanel_->setObjectName(QStringLiteral("listPanel"));
    listPanel_->setMinimumWidth(180);
    auto* listLayout = new QVBoxLayout(listPanel_);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(filterEdit_);
    listLayout->addWidget(filterErrorLabel_);
    listLayout->addWidget(trackView_, 1);

    timeline_ = new TimelinePanel(this);
    tagPanel_ = new TagPanel(this);
    tagPanel_->barsView()->setMinimumWidth(200);
    rightSplitter_ = new QSplitter(Qt::Horizontal, this);
    rightSplitter_->setObjectName(QStringLiteral("rightSplitter"));
    rightSplitter_->addWidget(timeline_);
    rightSplitter_->addWidget(tagPanel_);
    // Spare width goes to the picture; the side panels keep theirs (balancePanes).
    rightSplitter_->setStretchFactor(0, 1);
    rightSplitter_->setStretchFactor(1, 0);
    rightSplitter_->setCollapsible(0, false);

    playbackBar_ = new PlaybackBar(playback_, playPauseAction_, stopAction_, this);
    auto* rightPanel = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(rightPanel);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    rightLayout->addWidget(rightSplitter_, 1);
    rightLayout->addWidget(playbackBar_);

    mainSplitter_ = new QSplitter(Qt::Horizontal, this);
    mainSplitter_->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter_->addWidget(listPanel_);
    mainSplitter_->addWidget(rightPanel);
    mainSplitter_->setStretchFactor(0, 0);
    mainSplitter_->setStretchFactor(1, 1);
    mainSplitter_->setCollapsible(1, false);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(mainSplitter_);
    setCentralWidget(central);
}

void MainWindow::createStatusBar() {
    progressLabel_ = new QLabel(this);
    progressLabel_->setObjectName(QStringLiteral("progressLabel"));
    // A fixed size: a label whose size may change re-lays out the whole window on every update.
    progressLabel_->setFixedSize(
        fontMetrics().horizontalAdvance(tr("Tagging… %1 of %2 tracks done").arg(88888).arg(88888)) +
            fontMetrics().horizontalAdvance(tr("%n failed", nullptr, 888)) + 24,
        fontMetrics().height() + 4);
    progressLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(progressLabel_);
    rescanLabel_ = new QLabel(this);
    rescanLabel_->setObjectName(QStringLiteral("rescanLabel"));
    rescanLabel_->hide();
    statusBar()->addPermanentWidget(rescanLabel_);
    auto* stopRescan = new QToolButton(this);
    stopRescan->setObjectName(QStringLiteral("stopRescanButton"));
    stopRescan->setDefaultAction(stopRescanAction_);
    stopRescan->setAutoRaise(true);
    stopRescan->setVisible(false);
    connect(stopRescanAction_, &QAction::enabledChanged, stopRescan, &QWidget::setVisible);
    statusBar()->addPermanentWidget(stopRescan);
    storeProblemLabel_ = new QLabel(this);
    storeProblemLabel_->setObjectName(QStringLiteral("storeProblemLabel"));
    storeProblemLabel_->setStyleSheet(QStringLiteral("color: #ffb74d;"));
    storeProblemLabel_->hide();
    statusBar()->addPermanentWidget(storeProblemLabel_);
    audioLabel_ = new QLabel(this);
    audioLabel_->setObjectName(QStringLiteral("audioLabel"));
    if (!playback_->canPlay()) {
        audioLabel_->setText(tr("No audio output device"));
        audioLabel_->setToolTip(tr("Playback is off; everything else works"));
        statusBar()->addPermanentWidget(audioLabel_);
    } else {
        audioLabel_->hide();
    }
}

void MainWindow::restoreSettings() {
    if (!restoreGeometry(settings_.windowGeometry())) resize(1440, 860);
    placeOnScreen();
    restoreState(settings_.windowState());
    mainSplitter_->restoreState(settings_.splitterState(QStringLiteral("main")));
    rightSplitter_->restoreState(settings_.splitterState(QStringLiteral("right")));

    const ModelChoice model = settings_.modelChoice();
    modelCombo_->setCurrentIndex(modelCombo_->findData(modelChoiceId(model)));
    session_->setModelChoice(model);
    topNSpin_->setValue(settings_.topN());
    tagPanel_->setTopN(settings_.topN());
    // View choices, kept as they change.
    QAction* followAction = timeline_->followPlaybackAction();
    for (QAction* option : {smoothAction_, followAction, showListAction_, showTagsAction_}) {
        option->setChecked(settings_.viewOption(option->objectName(), option->isChecked()));
        connect(option, &QAction::toggled, this,
                [this, option](bool on) { settings_.setViewOption(option->objectName(), on); });
    }
    if (const QString range = settings_.levelRange(); !range.isEmpty())
        timeline_->setLevelRange(levelRangeFromId(range));
    for (QAction* action : timeline_->levelRangeActions())
        connect(action, &QAction::triggered, this,
                [this, action] { settings_.setLevelRange(action->data().toString()); });
    const ColorMap map = settings_.colorMap();
    for (QAction* action : colorMapGroup_->actions())
        action->setChecked(action->data().toString() == colorMapId(map));
    timeline_->setColorMap(map);
    rebuildRecentMenu();
}

void MainWindow::saveSettings() {
    settings_.setWindowGeometry(saveGeometry());
    settings_.setWindowState(saveState());
    settings_.setSplitterState(QStringLiteral("main"), mainSplitter_->saveState());
    settings_.setSplitterState(QStringLiteral("right"), rightSplitter_->saveState());
    settings_.setVolume(playback_->volume());
}

void MainWindow::placeOnScreen() {
    // Saved on another screen (larger, or no longer attached): brought inside this one, frame
    // included (known once shown, hence again from showEvent).
    const QScreen* screen = QGuiApplication::screenAt(geometry().center());
    if (!screen) screen = QGuiApplication::primaryScreen();
    if (!screen) return;
    const QRect frame = frameGeometry();
    const QRect placed = clampedToScreen(frame, screen->availableGeometry());
    if (placed == frame) return;
    setGeometry(geometry().adjusted(placed.left() - frame.left(), placed.top() - frame.top(),
                                    placed.right() - frame.right(),
                                    placed.bottom() - frame.bottom()));
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!placedOnScreen_) {
        placedOnScreen_ = true;
        placeOnScreen();
        balancePanes();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    playback_->stop();
    session_->shutdown();  // stops and joins every job: quitting never waits for a decode
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (hasLocalPaths(event->mimeData())) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (!hasLocalPaths(event->mimeData())) return;
    event->acceptProposedAction();
    addPaths(localPaths(event->mimeData()->urls()));
}

void MainWindow::addPaths(const QStringList& paths) {
    addCollected(collectAudioFiles(paths));
}

void MainWindow::addCollected(const CollectedAudio& collected) {
    const std::vector<TrackId> added = session_->addFiles(collected.files);
    QString message;
    if (!added.empty())
        message = tr("Added %n track(s)", nullptr, int(added.size()));
    else if (!collected.files.isEmpty())
        message = tr("Those tracks are already in the list");
    if (!collected.ignored.isEmpty()) {
        // Every input named gives tracks or a reason.
        const QString ignored =
            tr("%n input(s) ignored: %1", nullptr, int(collected.ignored.size()))
                .arg(collected.ignored.join(QStringLiteral("; ")));
        message = message.isEmpty() ? ignored : message + QStringLiteral(" · ") + ignored;
    }
    statusBar()->showMessage(message, collected.ignored.isEmpty() ? 5000 : 15000);
    if (added.empty()) return;
    // What was just added is what the user wants to see, also when the list was not empty.
    selectTrack(added.front());
    updateAnalysisStatus();
}

void MainWindow::addPathsUnlessLibrary(const QStringList& paths) {
    if (!library_->isOpen()) {
        pathsUnlessLibrary_ = paths;
        return;
    }
    if (library_->folders().isEmpty()) addPaths(paths);
}

void MainWindow::showFilterState() {
    const TrackFilter& filter = proxy_->filter();
    const bool error = !filter.error().isEmpty();
    filterErrorLabel_->setVisible(error);
    filterErrorLabel_->setText(error ? filter.error() : QString());
    filterEdit_->setStyleSheet(error ? QStringLiteral("QLineEdit { border: 1px solid #e57373; }")
                                     : QString());
    filterEdit_->setToolTip(error              ? filter.error()
                            : filter.isQuery() ? tr("Tag query: %1").arg(filter.text())
                                               : tr("Tracks whose top tags contain the text, or a "
                                                    "tag query such as: jazz > 0.5 and not rock"));
}

void MainWindow::selectTrack(TrackId id) {
    const int row = session_->tracks()->rowOf(id);
    if (row < 0) return;
    const QModelIndex index = proxy_->mapFromSource(session_->tracks()->index(row, 0));
    if (!index.isValid()) return;
    trackView_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    trackView_->scrollTo(index);
}

void MainWindow::setModelChoice(ModelChoice choice) {
    modelCombo_->setCurrentIndex(modelCombo_->findData(modelChoiceId(choice)));
}

void MainWindow::setTopN(int n) {
    topNSpin_->setValue(n);
}

void MainWindow::onCurrentTrackChanged() {
    const QModelIndex current = trackView_->currentIndex();
    const TrackId id =
        current.isValid() ? current.data(TrackListModel::TrackIdRole).value<TrackId>() : 0;
    if (id == display_->track()) return;
    playback_->setSource(session_->path(id));
    display_->setTrack(id);
    if (id) session_->prioritise(id);
}

std::vector<TrackId> MainWindow::selectedTracks() const {
    std::vector<TrackId> ids;
    for (const QModelIndex& index : trackView_->selectionModel()->selectedRows())
        ids.push_back(index.data(TrackListModel::TrackIdRole).value<TrackId>());
    return ids;
}

void MainWindow::removeSelectedTracks() {
    const std::vector<TrackId> ids = selectedTracks();
    if (ids.empty()) return;
    if (std::find(ids.begin(), ids.end(), display_->track()) != ids.end()) {
        playback_->setSource({});
        display_->setTrack(0);
    }
    session_->removeTracks(ids);
    onCurrentTrackChanged();
    statusBar()->showMessage(tr("Removed %n track(s)", nullptr, int(ids.size())), 4000);
}

void MainWindow::updateAnalysisStatus() {
    const TrackListModel* tracks = session_->tracks();
    const int done = tracks->count(TrackStatus::Done);
    const int failed = tracks->count(TrackStatus::Error);
    const int total = tracks->rowCount();
    QString text;
    if (total == 0)
        text = tr("Drop audio files or folders here");
    else if (done + failed < total)
        text = tr("Tagging… %1 of %2 tracks done").arg(done).arg(total);
    else
        text = tr("%n track(s) tagged", nullptr, done);
    if (failed > 0) text += QStringLiteral(" · ") + tr("%n failed", nullptr, failed);
    progressLabel_->setText(text);
}

}  // namespace tagscope::ui
