#pragma once
// One Tagscope per library: the first launch listens on a local socket named after its
// result store (in the user's runtime folder, so per user); a later launch on the same store
// hands its files to it and ends, and the running one adds them and comes to the front.
//
// Protocol: the client sends a 4-byte big-endian length and that many bytes of a JSON array of
// absolute paths; the server answers "ok\n". At most 16 MiB; anything else is dropped.

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace tagscope::ui {

// The socket's name for a store: a path in the runtime folder (XDG_RUNTIME_DIR).
QString instanceSocketName(const QString& storePath);

// Sends the paths (made absolute against the current folder) to the Tagscope listening on
// `socketName`; true once it confirmed them. False (quickly) when none is listening.
bool handOverToRunningInstance(const QString& socketName, const QStringList& paths,
                               int timeoutMs = 3000);

class InstanceServer : public QObject {
    Q_OBJECT
public:
    explicit InstanceServer(QObject* parent = nullptr);
    // Listens on the name, taking over a socket file left by a Tagscope that crashed. False if
    // a Tagscope is listening there, or if it cannot listen (errorString() says why).
    bool listen(const QString& socketName);
    QString errorString() const;

signals:
    void pathsReceived(const QStringList& paths);  // possibly empty: just come to the front

private:
    void readFrom(QLocalSocket* socket);

    QLocalServer* server_;
};

}  // namespace tagscope::ui
