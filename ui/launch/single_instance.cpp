#include "ui/launch/single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QtEndian>

namespace tagscope::ui {
namespace {

constexpr qint64 kMaxMessageBytes = 16 * 1024 * 1024;
constexpr int kLengthBytes = 4;

}  // namespace

QString instanceSocketName(const QString& storePath) {
    const QString store = QFileInfo(storePath).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(store.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty()) folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("tagscope-%1.socket").arg(QLatin1String(hash)));
}

bool handOverToRunningInstance(const QString& socketName, const QStringList& paths, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(socketName);
    if (!socket.waitForConnected(timeoutMs)) return false;
    QJsonArray array;
    for (const QString& path : paths) array.append(QFileInfo(path).absoluteFilePath());
    const QByteArray body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    if (body.size() > kMaxMessageBytes) return false;
    QByteArray message(kLengthBytes, '\0');
    qToBigEndian(quint32(body.size()), message.data());
    message += body;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs)) return false;
    return socket.readLine() == "ok\n";
}

InstanceServer::InstanceServer(QObject* parent) : QObject(parent), server_(new QLocalServer(this)) {
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    connect(server_, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = server_->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        }
    });
}

bool InstanceServer::listen(const QString& socketName) {
    // Qt replaces an existing socket file (it binds elsewhere and renames, for the access
    // option), so a live Tagscope must be looked for first; a file nobody answers on is a
    // crashed Tagscope's, and is taken over.
    QLocalSocket probe;
    probe.connectToServer(socketName);
    if (probe.waitForConnected(500)) return false;  // alive: the caller hands over instead
    QLocalServer::removeServer(socketName);
    return server_->listen(socketName);
}

QString InstanceServer::errorString() const {
    return server_->errorString();
}

void InstanceServer::readFrom(QLocalSocket* socket) {
    if (socket->bytesAvailable() < kLengthBytes) return;
    QByteArray head = socket->peek(kLengthBytes);
    const quint32 length = qFromBigEndian<quint32>(head.constData());
    if (length > kMaxMessageBytes) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < kLengthBytes + qint64(length)) return;
    socket->read(kLengthBytes);
    const QJsonDocument document = QJsonDocument::fromJson(socket->read(length));
    if (!document.isArray()) {
        socket->abort();
        return;
    }
    QStringList paths;
    for (const QJsonValue& value : document.array())
        if (value.isString()) paths << value.toString();
    socket->write("ok\n");
    socket->flush();
    emit pathsReceived(paths);
}

}  // namespace tagscope::ui
