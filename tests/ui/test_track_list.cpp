// The track list: drops of files and folders, Open Folder's walk in the background, filtering
// and sorting, removal, translation, and the no-audio-device fallback.
#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "gui_test_support.h"
#include "ui/model/track_filter_proxy.h"
#include "ui/model/track_list_model.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/tag_bars_view.h"
#include "ui/window/application_setup.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"

using namespace tagscope::ui;

namespace {

QStringList listedPaths(const TrackListModel& model) {
    QStringList paths;
    for (int row = 0; row < model.rowCount(); ++row) paths << model.entryAt(row).path;
    return paths;
}

}  // namespace

class TestTrackList : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void dropAddsAudioFilesRecursively() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("library"));
        // Random bytes: only the rows matter here, and broken files fail fast.
        const QString a = test::writeBrokenFile(dir, QStringLiteral("library/a.mp3"));
        const QString b = test::writeBrokenFile(dir, QStringLiteral("library/sub/b.flac"));
        const QString c = test::writeBrokenFile(dir, QStringLiteral("library/sub/deeper/c.MP3"));
        test::writeBrokenFile(dir, QStringLiteral("library/cover.jpg"));
        test::writeBrokenFile(dir, QStringLiteral("library/sub/notes.txt"));
        const QString single = test::writeBrokenFile(dir, QStringLiteral("single.wav"));
        const QString text = test::writeBrokenFile(dir, QStringLiteral("readme.txt"));

        MainWindow window;
        QVERIFY(test::dropPaths(&window, {folder, single, text}));
        const QStringList expected{a, b, c, single};
        QCOMPARE(listedPaths(*window.session()->tracks()), expected);
        QCOMPARE(window.trackView()->model()->rowCount(), 4);
        QVERIFY(window.trackView()->currentIndex().isValid());  // the first new track is shown

        // Dropping the same files again adds nothing.
        QVERIFY(test::dropPaths(&window, {folder}));
        QCOMPARE(window.session()->tracks()->rowCount(), 4);
        QVERIFY(test::waitUntilFinished(*window.session()));
    }

    // Open Folder: the walk runs on a worker thread; the GUI thread returns at once and adds
    // the tracks when it ends.
    void openFolderWalksTheFolderInTheBackground() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("library"));
        const QString a = test::writeBrokenFile(dir, QStringLiteral("library/a.mp3"));
        const QString b = test::writeBrokenFile(dir, QStringLiteral("library/sub/b.flac"));
        const QString c = test::writeBrokenFile(dir, QStringLiteral("library/sub/deeper/c.MP3"));
        test::writeBrokenFile(dir, QStringLiteral("library/cover.jpg"));

        MainWindow window;
        window.addPathsInBackground({folder});
        QCOMPARE(window.session()->tracks()->rowCount(), 0);  // not walked on this thread
        const QString looking = window.statusBar()->currentMessage();
        QVERIFY2(looking.contains(QStringLiteral("Looking for audio files in ") + folder),
                 qPrintable(looking));

        QVERIFY(test::runEventLoopUntil([&] { return window.session()->tracks()->rowCount() == 3; },
                                        10000));
        QCOMPARE(listedPaths(*window.session()->tracks()), (QStringList{a, b, c}));
        QCOMPARE(window.trackView()->currentIndex().data(TrackListModel::PathRole).toString(), a);
        const QString added = window.statusBar()->currentMessage();
        QVERIFY2(added.contains(QStringLiteral("Added 3 track")), qPrintable(added));

        // A folder without audio files is named, as with a drop.
        const QString empty = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        // Every message is recorded: the analysis of the three files may replace this one at once.
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        window.addPathsInBackground({empty});
        QVERIFY(test::runEventLoopUntil(
            [&] {
                return std::any_of(messages.begin(), messages.end(), [](const QList<QVariant>& m) {
                    return m.at(0).toString().contains(
                        QStringLiteral("no audio files in this folder"));
                });
            },
            10000));
        QCOMPARE(window.session()->tracks()->rowCount(), 3);
        QVERIFY(test::waitUntilFinished(*window.session()));
    }

    void dropWithoutLocalFilesIsRefused() {
        MainWindow window;
        QMimeData mime;
        mime.setText(QStringLiteral("not a file"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void filterShowsTracksWhoseTopTagsMatch() {
        TrackListModel model;
        const TrackId rock = model.addTrack(QStringLiteral("/music/one.mp3"));
        const TrackId jazz = model.addTrack(QStringLiteral("/music/two.mp3"));
        model.addTrack(QStringLiteral("/music/three.mp3"));
        model.setTopTags(rock, {QStringLiteral("rock"), QStringLiteral("classic rock")});
        model.setTopTags(jazz, {QStringLiteral("jazz"), QStringLiteral("instrumental")});
        TrackFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTagFilter(QStringLiteral("JAZ"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TrackListModel::TrackIdRole).value<TrackId>(), jazz);
        proxy.setTagFilter(QStringLiteral("rock"));
        QCOMPARE(proxy.rowCount(), 1);
        // A track whose tags arrive later appears once they match.
        model.setTopTags(3, {QStringLiteral("hard rock")});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTagFilter(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void sortsDurationsNumerically() {
        TrackListModel model;
        model.setInfo(model.addTrack(QStringLiteral("/a.mp3")), QStringLiteral("A"), 100.0);
        model.setInfo(model.addTrack(QStringLiteral("/b.mp3")), QStringLiteral("B"), 5.0);
        model.setInfo(model.addTrack(QStringLiteral("/c.mp3")), QStringLiteral("C"), 20.0);
        TrackFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TrackListModel::DurationColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("B"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("C"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("A"));
        QCOMPARE(proxy.index(0, TrackListModel::DurationColumn).data().toString(),
                 QStringLiteral("0:05"));
        QCOMPARE(proxy.index(2, TrackListModel::DurationColumn).data().toString(),
                 QStringLiteral("1:40"));
    }

    void filterEditFiltersTheWindowList() {
        MainWindow window;
        TrackListModel* model = window.session()->tracks();
        QTemporaryDir dir;
        window.addPaths({test::writeBrokenFile(dir, QStringLiteral("x.mp3")),
                         test::writeBrokenFile(dir, QStringLiteral("y.mp3"))});
        QVERIFY(test::waitUntilFinished(*window.session()));
        model->setTopTags(model->entryAt(0).id, {QStringLiteral("ambient")});
        window.filterEdit()->setText(QStringLiteral("amb"));
        QCOMPARE(window.trackView()->model()->rowCount(), 1);
        window.filterEdit()->clear();
        QCOMPARE(window.trackView()->model()->rowCount(), 2);
    }

    void deleteKeyRemovesSelectedTracks() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QStringList files;
        for (const char* name : {"1.mp3", "2.mp3", "3.mp3"})
            files << test::writeBrokenFile(dir, QString::fromLatin1(name));
        window.addPaths(files);
        QVERIFY(test::waitUntilFinished(*window.session()));
        QTableView* view = window.trackView();
        view->selectRow(0);
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(listedPaths(*window.session()->tracks()), QStringList{files[1]});
    }

    void aFailedTrackSaysWhyEverywhere() {
        MainWindow window;
        QTemporaryDir dir;
        const QString good = test::writeToneWav(dir, QStringLiteral("good.wav"), 12000, 40.0);
        const QString broken = test::writeBrokenFile(dir, QStringLiteral("broken.mp3"));
        window.addPaths({good, broken});
        QVERIFY(test::waitUntilFinished(*window.session()));
        TrackListModel& tracks = *window.session()->tracks();
        const QModelIndex status = tracks.index(1, TrackListModel::StatusColumn);
        const QString error = tracks.entryAt(1).errorText;
        QVERIFY(error.contains(QStringLiteral("broken.mp3")));
        QCOMPARE(status.data().toString(), QStringLiteral("Failed: ") + error);
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), error);

        // The good track first (its duration shown), then the failed one.
        auto* time = window.findChild<QLabel*>(QStringLiteral("timeLabel"));
        QVERIFY(time);
        window.selectTrack(tracks.entryAt(0).id);
        QTRY_VERIFY(time->text().endsWith(QStringLiteral("0:40")));
        window.selectTrack(tracks.entryAt(1).id);
        QCOMPARE(window.timeline()->spectrogram()->emptyHint(), QStringLiteral("Failed: ") + error);
        QCOMPARE(window.tagPanel()->heading(), QStringLiteral("Failed: ") + error);
        QCOMPARE(window.tagPanel()->barsView()->emptyText(), QStringLiteral("Failed: ") + error);
        QVERIFY(!time->text().contains(QStringLiteral("0:40")));  // not the previous track's
        // Selecting it played nothing, so no playback error either.
        QTest::qWait(300);
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Playback")));
    }

    void addedTracksAreSelectedAndIgnoredInputsNamed() {
        MainWindow window;
        QTemporaryDir dir;
        const QString first = test::writeToneWav(dir, QStringLiteral("a.wav"), 12000, 2.0);
        const QString second = test::writeToneWav(dir, QStringLiteral("b.wav"), 12000, 2.0);
        QDir(dir.path()).mkdir(QStringLiteral("empty"));
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.close();
        window.addPaths({first});
        QCOMPARE(window.trackView()->currentIndex().data(TrackListModel::PathRole).toString(),
                 first);
        window.addPaths({second, dir.filePath(QStringLiteral("empty")),
                         dir.filePath(QStringLiteral("notes.txt")),
                         dir.filePath(QStringLiteral("missing.mp3"))});
        // The list was not empty: the new track is selected all the same.
        QCOMPARE(window.trackView()->currentIndex().data(TrackListModel::PathRole).toString(),
                 second);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Added 1 track")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("3 input")) &&
                     message.contains(QStringLiteral("ignored: ")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("empty: no audio files in this folder")));
        QVERIFY(message.contains(QStringLiteral("notes.txt: not an audio file")));
        QVERIFY(message.contains(QStringLiteral("missing.mp3: not found")));
    }

    void theExportCountsOnlyWhatItWrites() {
        MainWindow window;
        QTemporaryDir dir;
        window.addPaths({test::writeToneWav(dir, QStringLiteral("good.wav"), 12000, 2.0),
                         test::writeBrokenFile(dir, QStringLiteral("bad.mp3"))});
        QVERIFY(test::waitUntilFinished(*window.session()));
        QCOMPARE(window.exportableTracks(false), 1);
        window.trackView()->selectAll();
        QCOMPARE(window.exportableTracks(true), 1);
        window.selectTrack(window.session()->tracks()->entryAt(1).id);
        QCOMPARE(window.exportableTracks(true), 0);
    }

    void withoutAudioDeviceThePlayerSaysSoAndSeekStillWorks() {
        MainWindow window;
        PlaybackController* playback = window.playback();
        auto* label = window.findChild<QLabel*>(QStringLiteral("audioLabel"));
        QVERIFY(label);
        QCOMPARE(playback->canPlay(), PlaybackController::audioOutputAvailable());
        if (!playback->canPlay()) QCOMPARE(label->text(), QStringLiteral("No audio output device"));
        QSignalSpy moved(playback, &PlaybackController::positionChanged);
        playback->seek(12.5);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(playback->position(), 12.5);
    }

    void germanTranslationIsComplete() {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("tagscope"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(german.translate("TrackStatus", "Done"), QStringLiteral("Fertig"));
        QCOMPARE(german.translate("tagscope::ui::MainWindow", "No audio output device"),
                 QStringLiteral("Kein Audioausgabegerät"));
    }
};

QTEST_MAIN(TestTrackList)
#include "test_track_list.moc"
