// The tagscope executable's command line and its single instance: --help and --version print
// and exit (no display needed), bad options are refused; a second launch on the same library
// hands its files to the running one (which analyses them) and ends; a socket file left by a
// crashed Tagscope is taken over.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstring>
#include <memory>

#include "engine/build_config.h"
#include "engine/store/result_store.h"
#include "gui_test_support.h"
#include "ui/launch/launch_arguments.h"
#include "ui/launch/single_instance.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runTagscope(const QStringList& arguments, const QProcessEnvironment& environment,
                const QString& workingDirectory = {}) {
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty()) process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(TAGSCOPE_GUI_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QProcessEnvironment withoutDisplay() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QProcessEnvironment offscreenWithStore(const QString& store) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("TAGSCOPE_STORE"), store);
    return environment;
}

std::size_t storedFiles(const QString& store) {
    try {
        return ResultStore::open(store.toStdString()).store->files().size();
    } catch (const std::exception&) {
        return 0;  // not made yet
    }
}

}  // namespace

class TestLaunch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void argumentsAreParsed() {
        using Action = LaunchArguments::Action;
        QCOMPARE(parseLaunchArguments({}).action, Action::Run);
        QCOMPARE(parseLaunchArguments({QStringLiteral("a.mp3"), QStringLiteral("--help")}).action,
                 Action::Help);
        QCOMPARE(parseLaunchArguments({QStringLiteral("--version")}).action, Action::Version);
        const LaunchArguments run = parseLaunchArguments(
            {QStringLiteral("--store"), QStringLiteral("/x/lib.tagscope"), QStringLiteral("a.mp3"),
             QStringLiteral("--new-instance"), QStringLiteral("--"), QStringLiteral("-b.flac")});
        QCOMPARE(run.action, Action::Run);
        QCOMPARE(run.store, QStringLiteral("/x/lib.tagscope"));
        QVERIFY(run.newInstance);
        QCOMPARE(run.inputs, (QStringList{QStringLiteral("a.mp3"), QStringLiteral("-b.flac")}));
        QCOMPARE(parseLaunchArguments({QStringLiteral("--store=/y.tagscope")}).store,
                 QStringLiteral("/y.tagscope"));
        const LaunchArguments bad = parseLaunchArguments({QStringLiteral("--frobnicate")});
        QCOMPARE(bad.action, Action::Invalid);
        QVERIFY(bad.error.contains(QStringLiteral("--frobnicate")));
        QCOMPARE(parseLaunchArguments({QStringLiteral("--store")}).action, Action::Invalid);
    }

    void helpAndVersionPrintAndExitWithoutADisplay() {
        const Run help = runTagscope({QStringLiteral("--help")}, withoutDisplay());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: tagscope")));
        QVERIFY(help.out.contains(QStringLiteral("--new-instance")));
        const Run version = runTagscope({QStringLiteral("--version")}, withoutDisplay());
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("tagscope %1\n").arg(QLatin1String(build::kVersion)));
        const Run bad = runTagscope({QStringLiteral("--frobnicate")}, withoutDisplay());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("unknown option '--frobnicate'")));
        QVERIFY(bad.out.isEmpty());
    }

    void aSecondLaunchHandsItsFilesToTheRunningOne() {
        QTemporaryDir dir;
        const QString first = test::writeToneWav(dir, QStringLiteral("first.wav"), 12000, 2.0);
        test::writeToneWav(dir, QStringLiteral("second.wav"), 12000, 3.0);
        const QString store = dir.filePath(QStringLiteral("library.tagscope"));
        const QProcessEnvironment environment = offscreenWithStore(store);

        QProcess running;
        running.setProcessEnvironment(environment);
        running.start(QStringLiteral(TAGSCOPE_GUI_BINARY), {first});
        QVERIFY(running.waitForStarted());
        // Running once it analysed its file (and so listens: that comes before the window).
        QVERIFY(QTest::qWaitFor([&] { return storedFiles(store) == 1; }, 30000));

        // Relative to the second launch's folder: handed over as absolute paths.
        const Run second = runTagscope({QStringLiteral("second.wav")}, environment, dir.path());
        QCOMPARE(second.exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return storedFiles(store) == 2; }, 30000));
        QCOMPARE(running.state(), QProcess::Running);  // it was not a second window

        // --new-instance does not hand over: it runs (and is stopped here).
        QProcess another;
        another.setProcessEnvironment(environment);
        another.start(QStringLiteral(TAGSCOPE_GUI_BINARY), {QStringLiteral("--new-instance")});
        QVERIFY(another.waitForStarted());
        QVERIFY(!another.waitForFinished(1500));
        another.terminate();
        QVERIFY(another.waitForFinished(10000));

        running.terminate();
        QVERIFY(running.waitForFinished(10000));
    }

    void theServerReceivesPathsAndTakesOverAStaleSocket() {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("stale.socket"));
        // A socket file nobody listens on, as a crashed Tagscope leaves it.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        QVERIFY(std::size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(name));
        QVERIFY(!handOverToRunningInstance(name, {QStringLiteral("/a.mp3")}, 500));

        InstanceServer server;
        QVERIFY2(server.listen(name), qPrintable(server.errorString()));
        QSignalSpy received(&server, &InstanceServer::pathsReceived);
        // The client blocks; the server answers from this thread's event loop, so the client
        // runs in a thread of its own.
        bool delivered = false;
        std::unique_ptr<QThread> client(QThread::create([&] {
            delivered = handOverToRunningInstance(
                name, {QStringLiteral("/music/a.mp3"), QStringLiteral("/music/ü b.flac")});
        }));
        client->start();
        QVERIFY(QTest::qWaitFor([&] { return client->isFinished(); }, 10000));
        QVERIFY(delivered);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("/music/a.mp3"), QStringLiteral("/music/ü b.flac")}));

        InstanceServer second;  // a live server is not taken over
        QVERIFY(!second.listen(name));
    }
};

QTEST_MAIN(TestLaunch)
#include "test_launch.moc"
