#include "gui_test_support.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cmath>

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

namespace {

QTemporaryDir& dataFolder() {
    static QTemporaryDir folder;
    return folder;
}

}  // namespace

void prepareApplication() {
    // Settings of their own per test program (they may run in parallel), starting empty.
    QCoreApplication::setOrganizationName(
        QStringLiteral("TagscopeTests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    // Stores and anything else kept in the user's data folder: a temporary one.
    qputenv("XDG_DATA_HOME", dataFolder().path().toLocal8Bit());
    setUpApplication(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    resetSettings();
}

void resetSettings() {
    QSettings settings;
    settings.clear();
    settings.sync();
    static int stores = 0;
    qputenv("TAGSCOPE_STORE",
            dataFolder().filePath(QStringLiteral("store-%1.tagscope").arg(++stores)).toLocal8Bit());
}

QString storePath() {
    return qEnvironmentVariable("TAGSCOPE_STORE");
}

QString writeToneWav(const QTemporaryDir& dir, const QString& name, int rate, double seconds) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    const auto n = quint32(seconds * rate);
    QByteArray header;
    auto put = [&](quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i) header.append(char((v >> (8 * i)) & 0xff));
    };
    header.append("RIFF");
    put(36 + 2 * n, 4);
    header.append("WAVEfmt ");
    put(16, 4);
    put(1, 2);
    put(1, 2);
    put(quint32(rate), 4);
    put(quint32(2 * rate), 4);
    put(2, 2);
    put(16, 2);
    header.append("data");
    put(2 * n, 4);
    file.write(header);
    QByteArray block(1 << 17, '\0');
    quint32 noise = 1;
    for (quint32 done = 0; done < n;) {
        const int count = int(std::min<quint32>(quint32(block.size() / 2), n - done));
        auto* samples = reinterpret_cast<qint16*>(block.data());
        for (int i = 0; i < count; ++i, ++done) {
            noise = noise * 1664525u + 1013904223u;
            samples[i] = qint16(int(4000.0 * std::sin(done * 0.0627)) + int(noise >> 23) - 256);
        }
        file.write(block.constData(), count * 2);
    }
    return path;
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

void recordMeasurement(const QString& line) {
    qInfo().noquote() << line;
    QFile file(screenshotDir() + QStringLiteral("/measurements.txt"));
    if (file.open(QIODevice::Append)) file.write((line + QLatin1Char('\n')).toUtf8());
}

StallMeter::StallMeter() {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(1);
    connect(&timer_, &QTimer::timeout, this, [this] {
        const qint64 now = clock_.nsecsElapsed();
        maxGapNs_ = std::max(maxGapNs_, now - last_);
        last_ = now;
    });
}

void StallMeter::start() {
    clock_.start();
    last_ = 0;
    maxGapNs_ = 0;
    timer_.start();
}

}  // namespace tagscope::ui::test
