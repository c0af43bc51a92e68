// SPDX-License-Identifier: Apache-2.0
#include "countingserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace sdsm::test {

namespace {

constexpr qint64 FloodBacklog = 256 * 1024;

// The length of a complete request at the start of `bytes`, or -1 while it is incomplete.
qsizetype completeRequestLength(const QByteArray &bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype bodyLength = 0;
    for (const QByteArray &line : bytes.left(headEnd).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            bodyLength = trimmed.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    return bytes.size() >= total ? total : -1;
}

void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const struct linger lingerNone
    {
        1, 0
    };
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerNone,
                 sizeof lingerNone);
#endif
    socket->abort();
}

} // namespace

CountingServer::CountingServer(Respond respond)
    : m_server(std::make_unique<QTcpServer>())
    , m_respond(std::move(respond))
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            accept(socket);
        }
    });
    m_server->listen(QHostAddress::LocalHost);
}

CountingServer::CountingServer(Respond respond, const QSslConfiguration &tls)
    : m_server(std::make_unique<QSslServer>())
    , m_respond(std::move(respond))
{
    auto *server = static_cast<QSslServer *>(m_server.get());
    server->setSslConfiguration(tls);
    // A TLS connection counts from its first handshake byte: a refused handshake never becomes
    // a pending connection, yet it reached the server.
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        ++m_connections;
        m_open.insert(socket);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_open.remove(socket); });
        connect(socket, &QAbstractSocket::disconnected, this,
                [this, socket] { m_open.remove(socket); });
    });
    connect(server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *socket, QAbstractSocket::SocketError) { m_open.remove(socket); });
    connect(server, &QSslServer::pendingConnectionAvailable, this, [this, server] {
        while (auto *socket = qobject_cast<QSslSocket *>(server->nextPendingConnection())) {
            m_clientCertificates.append(socket->peerCertificate());
            accept(socket);
        }
    });
    server->listen(QHostAddress::LocalHost);
}

CountingServer::~CountingServer() = default;

QUrl CountingServer::url(const QString &path, bool https) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(https ? u"https"_s : u"http"_s).arg(port()).arg(path));
}

void CountingServer::accept(QTcpSocket *socket)
{
    socket->setParent(this);
    m_open.insert(socket);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        m_open.remove(socket);
        socket->deleteLater();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    m_open.remove(socket);
            });
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    onReadyRead(socket);
}

void CountingServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray bytes = socket->readAll();
    m_bytes += bytes;
    // Every complete request counts, also a second one on the same connection (a client that
    // resent on its open connection); only the first is answered.
    QByteArray pending = socket->property("sdsm.pending").toByteArray() + bytes;
    for (qsizetype length = completeRequestLength(pending); length >= 0;
         length = completeRequestLength(pending)) {
        m_requests.append(pending.left(length));
        pending.remove(0, length);
        if (!socket->property("sdsm.answered").toBool()) {
            socket->setProperty("sdsm.answered", true);
            socket->setProperty("sdsm.pending", pending);
            m_respond(socket, m_requests.last());
            if (!m_open.contains(socket))
                return; // the behaviour dropped the connection
        }
    }
    socket->setProperty("sdsm.pending", pending);
}

CountingServer::Respond CountingServer::reply(QByteArray raw)
{
    return [raw](QTcpSocket *socket, const QByteArray &) {
        socket->write(raw);
        socket->disconnectFromHost();
    };
}

CountingServer::Respond CountingServer::closeAtOnce()
{
    return [](QTcpSocket *socket, const QByteArray &) { socket->disconnectFromHost(); };
}

CountingServer::Respond CountingServer::resetAtOnce()
{
    return [](QTcpSocket *socket, const QByteArray &) { resetConnection(socket); };
}

CountingServer::Respond CountingServer::replyThenReset(QByteArray raw)
{
    return [raw](QTcpSocket *socket, const QByteArray &) {
        socket->write(raw);
        socket->flush(); // into the kernel before the reset discards what is unsent
        resetConnection(socket);
    };
}

CountingServer::Respond CountingServer::halfClose()
{
    return [](QTcpSocket *socket, const QByteArray &) {
#ifdef Q_OS_UNIX
        ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
#else
        socket->disconnectFromHost();
#endif
    };
}

CountingServer::Respond CountingServer::flood(QByteArray head, QByteArray unit)
{
    return [head, unit](QTcpSocket *socket, const QByteArray &) {
        auto refill = [socket, unit] {
            while (socket->state() == QAbstractSocket::ConnectedState
                   && socket->bytesToWrite() < FloodBacklog)
                socket->write(unit);
        };
        QObject::connect(socket, &QIODevice::bytesWritten, socket, refill);
        socket->write(head);
        refill();
    };
}

CountingServer::Respond CountingServer::drip(QByteArray head, QByteArray body, int intervalMs)
{
    return [head, body, intervalMs](QTcpSocket *socket, const QByteArray &) {
        socket->write(head);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, body, sent] {
            if (*sent < body.size())
                socket->write(body.mid((*sent)++, 1));
        });
        timer->start(intervalMs);
    };
}

} // namespace sdsm::test
