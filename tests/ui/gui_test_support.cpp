#include "gui_test_support.h"

#include <QEventLoop>
#include <QTimer>

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "ui/session/track_session.h"
#include "ui/window/application_setup.h"

namespace tagscope::ui::test {

QStringList sampleTracks() {
    QStringList tracks;
    for (const char* name : {"bensound-cute.mp3", "bensound-actionable.mp3", "bensound-dubstep.mp3",
                             "bensound-thejazzpiano.mp3"})
        tracks << sampleTrack(QString::fromLatin1(name));
    return tracks;
}

QString sampleTrack(const QString& name) {
    return QDir(QStringLiteral(TAGSCOPE_TEST_SAMPLES_DIR)).filePath(name);
}

void prepareApplication() {
    // Settings of their own per test program (they may run in parallel), starting empty.
    QCoreApplication::setOrganizationName(
        QStringLiteral("TagscopeTests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    setUpApplication(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    resetSettings();
}

void resetSettings() {
    QSettings settings;
    settings.clear();
    settings.sync();
}

QString writeBrokenFile(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    QByteArray bytes(64 * 1024, '\0');
    QRandomGenerator generator(12345);
    for (char& b : bytes) b = char(generator.bounded(256));
    file.write(bytes);
    return path;
}

QString copyInto(const QTemporaryDir& dir, const QString& source, const QString& name) {
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    return QFile::copy(source, path) ? path : QString();
}

bool dropPaths(QWidget* target, const QStringList& paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths) urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint where = target->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) return false;
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

bool allTracksFinished(TrackSession& session) {
    const TrackListModel* tracks = session.tracks();
    for (int row = 0; row < tracks->rowCount(); ++row) {
        const TrackStatus s = tracks->entryAt(row).status;
        if (s != TrackStatus::Done && s != TrackStatus::Error) return false;
    }
    return true;
}

bool waitUntilFinished(TrackSession& session, int timeoutMs) {
    return QTest::qWaitFor([&] { return allTracksFinished(session) && !session.isAnalysing(); },
                           timeoutMs);
}

bool runEventLoopUntil(const std::function<bool()>& done, int timeoutMs) {
    if (done()) return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

QString screenshotDir() {
    QDir().mkpath(QStringLiteral(TAGSCOPE_UI_SCREENSHOT_DIR));
    return QStringLiteral(TAGSCOPE_UI_SCREENSHOT_DIR);
}

}  // namespace tagscope::ui::test
