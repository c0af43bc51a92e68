// SPDX-License-Identifier: Apache-2.0
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

constexpr QByteArrayView ActivateMessage = "activate\n";
constexpr int HandOverMs = 1000;

} // namespace

SingleInstance::SingleInstance(const QString &profilesFile, QObject *parent)
    : QObject(parent)
    , m_name(socketName(profilesFile))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString &profilesFile)
{
    // The file's canonical path when it exists, so two spellings of one file are one instance.
    const QFileInfo info(profilesFile);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString name = u"santedb-session-manager-"_s + digest;
#if defined(Q_OS_WIN)
    return name; // a named pipe, private to the session by its access option
#else
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
#endif
}

bool SingleInstance::handOver()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(HandOverMs))
        return false;
    socket.write(ActivateMessage.data(), ActivateMessage.size());
    const bool sent = socket.waitForBytesWritten(HandOverMs);
    socket.disconnectFromServer();
    return sent;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by an instance that crashed: nobody answered handOver(), so it is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith(ActivateMessage.toByteArray()))
                    Q_EMIT activationRequested();
            });
        }
    });
    return true;
}

} // namespace sdsm::gui
