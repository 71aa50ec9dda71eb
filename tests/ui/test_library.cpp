// The app's library: a folder added is analysed and kept in the store; the next start lists it
// from the store with the same results and analyses nothing; a rescan finds new, changed and
// removed files; thresholds live in the store; a damaged store is moved aside and reported;
// a folder removed takes its tracks off the list.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>

#include "engine/store/result_store.h"
#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/analysis/analysis_service.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/window/main_window.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

bool waitForOpen(MainWindow& window) {
    return QTest::qWaitFor([&] { return window.library()->isOpen(); }, 10000);
}

// Waits until the rescan under way (and any listing before it) ended and every track is done.
bool waitForLibrary(MainWindow& window, int rows) {
    TrackSession& session = *window.session();
    return QTest::qWaitFor(
        [&] {
            return !window.library()->isRescanning() && !session.isTakingStoredTracks() &&
                   session.tracks()->rowCount() == rows && test::allTracksFinished(session) &&
                   !session.isAnalysing();
        },
        60000);
}

// Each listed file's central CNN prediction, by canonical path.
std::map<QString, std::vector<float>> listedResults(TrackSession& session) {
    std::map<QString, std::vector<float>> results;
    const TrackListModel& tracks = *session.tracks();
    for (int row = 0; row < tracks.rowCount(); ++row) {
        const TrackEntry& e = tracks.entryAt(row);
        if (const ModelResult* r = session.result(e.id, NetworkKind::ConvNet))
            results[e.path] = r->central;
    }
    return results;
}

QString canonical(const QString& path) {
    return QString::fromStdString(canonicalStorePath(path.toStdString()));
}

}  // namespace

class TestLibrary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void aFolderIsKeptAndTheNextStartAnalysesNothing() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!test::writeToneWav(dir, QStringLiteral("a.wav"), 12000, 3.0).isEmpty());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(!test::writeToneWav(dir, QStringLiteral("sub/b.wav"), 22050, 4.0).isEmpty());
        std::map<QString, std::vector<float>> first;
        {
            MainWindow window;
            QVERIFY(waitForOpen(window));
            QVERIFY(window.session()->store());
            window.library()->addFolder(dir.path());
            QVERIFY(QTest::qWaitFor([&] { return window.library()->folders().size() == 1; }));
            QVERIFY(waitForLibrary(window, 2));
            first = listedResults(*window.session());
            QCOMPARE(first.size(), std::size_t(2));
        }
        const std::vector<StoredFile> stored =
            ResultStore::open(test::storePath().toStdString()).store->files();
        QCOMPARE(stored.size(), std::size_t(2));

        MainWindow window;
        QSignalSpy computed(&window.session()->service(), &AnalysisService::centralReady);
        QVERIFY(waitForOpen(window));
        QCOMPARE(window.library()->folders(), QStringList{canonical(dir.path())});
        QVERIFY(waitForLibrary(window, 2));
        QCOMPARE(computed.count(), 0);  // all from the store
        QCOMPARE(window.session()->tracks()->count(TrackStatus::Done), 2);
        QVERIFY(listedResults(*window.session()) == first);  // bit for bit
        QCOMPARE(window.library()->lastRescan().checked, 2);
        QCOMPARE(window.library()->lastRescan().added, 0);
    }

    void tracksOpenedAgainAreShownFromTheStore() {
        QTemporaryDir dir;
        const QStringList files = {test::writeToneWav(dir, QStringLiteral("x.wav"), 12000, 3.0),
                                   test::writeToneWav(dir, QStringLiteral("y.wav"), 12000, 4.0)};
        {
            MainWindow window;
            window.addPaths(files);
            QVERIFY(test::waitUntilFinished(*window.session()));
        }
        MainWindow window;
        TrackSession& session = *window.session();
        QSignalSpy computed(&session.service(), &AnalysisService::centralReady);
        window.addPaths(files);  // before the store is open: the tracks wait for it
        const TrackId shown = session.tracks()->entryAt(0).id;
        window.selectTrack(shown);
        QVERIFY(QTest::qWaitFor([&] { return session.decoded(shown) != nullptr; }, 20000));
        QVERIFY(test::waitUntilFinished(session));
        QCOMPARE(computed.count(), 0);  // results from the store; decoded only to be drawn
        QCOMPARE(session.tracks()->count(TrackStatus::Done), 2);
    }

    void aRescanFindsNewChangedAndRemovedFiles() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString kept = test::writeToneWav(dir, QStringLiteral("kept.wav"), 12000, 3.0);
        const QString changed = test::writeToneWav(dir, QStringLiteral("changed.wav"), 12000, 3.0);
        const QString removed = test::writeToneWav(dir, QStringLiteral("removed.wav"), 16000, 3.0);
        MainWindow window;
        QVERIFY(waitForOpen(window));
        window.library()->addFolder(dir.path());
        QVERIFY(QTest::qWaitFor([&] { return window.library()->folders().size() == 1; }));
        QVERIFY(waitForLibrary(window, 3));
        const auto before = listedResults(*window.session());

        test::writeToneWav(dir, QStringLiteral("new.wav"), 12000, 2.0);
        QVERIFY(QFile::remove(changed));
        test::writeToneWav(dir, QStringLiteral("changed.wav"), 8000, 5.0);  // other content
        QVERIFY(QFile::remove(removed));
        QSignalSpy finished(window.library(), &Library::rescanFinished);
        window.library()->rescan();
        QVERIFY(finished.wait(20000));
        const LibraryScanReport& report = window.library()->lastRescan();
        QCOMPARE(report.checked, 3);
        QCOMPARE(report.added, 1);
        QCOMPARE(report.changed, 1);
        QCOMPARE(report.removed,
                 QStringList{canonical(dir.path()) + QStringLiteral("/removed.wav")});
        QVERIFY(finished.at(0).at(0).toString().contains(
            QStringLiteral("1 new, 1 changed, 1 removed")));

        QVERIFY(waitForLibrary(window, 3));
        const auto after = listedResults(*window.session());
        const QString folder = canonical(dir.path());
        QCOMPARE(after.size(), std::size_t(3));
        QVERIFY(after.count(folder + QStringLiteral("/new.wav")));
        QVERIFY(after.at(folder + QStringLiteral("/kept.wav")) ==
                before.at(folder + QStringLiteral("/kept.wav")));
        QVERIFY(after.at(folder + QStringLiteral("/changed.wav")) !=
                before.at(folder + QStringLiteral("/changed.wav")));  // analysed again
        Q_UNUSED(kept);
    }

    void aRemovedFolderTakesItsTracksOffTheList() {
        QTemporaryDir first, second;
        test::writeToneWav(first, QStringLiteral("one.wav"), 12000, 2.0);
        test::writeToneWav(second, QStringLiteral("two.wav"), 12000, 2.0);
        MainWindow window;
        QVERIFY(waitForOpen(window));
        window.library()->addFolder(first.path());
        QVERIFY(QTest::qWaitFor([&] { return window.library()->folders().size() == 1; }));
        window.library()->addFolder(second.path());
        QVERIFY(QTest::qWaitFor([&] { return window.library()->folders().size() == 2; }));
        QVERIFY(waitForLibrary(window, 2));

        window.library()->removeFolder(canonical(first.path()));
        QVERIFY(QTest::qWaitFor([&] { return window.library()->folders().size() == 1; }));
        QCOMPARE(window.session()->tracks()->rowCount(), 1);
        QCOMPARE(window.session()->tracks()->entryAt(0).path,
                 canonical(second.path()) + QStringLiteral("/two.wav"));
    }

    void thresholdsAreKeptInTheStore() {
        {
            MainWindow window;
            QVERIFY(waitForOpen(window));
            Thresholds thresholds;
            thresholds.globalDefault = 0.35;
            thresholds.perLabel["Jazz"] = 0.6;
            thresholds.topN = 4;
            QCOMPARE(window.session()->decisions().setThresholds(thresholds), QString());
            const std::vector<float> fair(kTagCount, 0.3f);  // under 0.35: no tag
            QVERIFY(window.session()->decider()->decide(fair).empty());
        }
        MainWindow window;
        QVERIFY(waitForOpen(window));
        const Thresholds& kept = window.session()->decisions().thresholds();
        QCOMPARE(kept.globalDefault, 0.35);
        QCOMPARE(kept.topN, 4);
        QCOMPARE(kept.perLabel.size(), std::size_t(1));
        QCOMPARE(kept.perLabel.begin()->second, 0.6);
        const std::vector<float> high(kTagCount, 0.5f);  // what queries use: capped at 4
        QCOMPARE(window.session()->decider()->decide(high).size(), std::size_t(4));
    }

    void aDamagedStoreIsMovedAsideAndReported() {
        const QString path = test::storePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));  // not an SQLite database
        damaged.close();

        MainWindow window;
        QSignalSpy problem(window.library(), &Library::problem);
        QVERIFY(waitForOpen(window));
        QCOMPARE(problem.count(), 1);
        QVERIFY(problem.at(0).at(1).toString().contains(QStringLiteral("moved aside")));
        QVERIFY(window.storeProblemLabel()->isVisibleTo(&window));
        QVERIFY(window.session()->store());  // a new one, in use
        const QStringList aside = QFileInfo(path).dir().entryList(
            {QFileInfo(path).fileName() + QStringLiteral("*")}, QDir::Files);
        bool kept = false;
        for (const QString& name : aside) {
            if (name == QFileInfo(path).fileName() || name.endsWith(QStringLiteral("-wal")) ||
                name.endsWith(QStringLiteral("-shm")))
                continue;
            QFile moved(QFileInfo(path).dir().filePath(name));
            QVERIFY(moved.open(QIODevice::ReadOnly));
            kept = kept || moved.readAll() == QByteArray(8192, 'x');  // nothing lost
        }
        QVERIFY2(kept, qPrintable(aside.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestLibrary)
#include "test_library.moc"
