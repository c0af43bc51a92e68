// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace sdsm::test {

// A raw HTTP/1.1 server on 127.0.0.1 (plain, or TLS through QSslServer) that counts what
// reaches it — connections, complete requests, every byte — and misbehaves on request: each
// complete request is handed to a Respond function that writes whatever bytes it likes, closes,
// resets, half-closes or floods. "Exactly one request arrived" is checked against these counts.
class CountingServer : public QObject
{
    Q_OBJECT

public:
    // Called once per connection, when its request (head and Content-Length body) is complete.
    using Respond = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit CountingServer(Respond respond);
    CountingServer(Respond respond, const QSslConfiguration &tls);
    ~CountingServer() override;

    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/"), bool https = false) const;
    int connections() const { return m_connections; } // TCP connections accepted
    int requests() const { return int(m_requests.size()); } // complete requests read
    const QList<QByteArray> &receivedRequests() const { return m_requests; }
    QByteArray bytesReceived() const { return m_bytes; } // every byte read, complete or not
    bool idle() const { return m_open.isEmpty(); } // every connection has ended
    // TLS: the certificates clients presented, one entry per completed handshake.
    const QList<QSslCertificate> &clientCertificates() const { return m_clientCertificates; }

    // Behaviours
    static Respond reply(QByteArray raw); // write `raw`, then close
    static Respond closeAtOnce(); // close without a byte of answer
    static Respond resetAtOnce(); // RST (SO_LINGER 0) without a byte of answer
    static Respond replyThenReset(QByteArray raw); // the whole answer, then RST
    static Respond halfClose(); // shut down the sending side only, keep the connection
    // `head`, then `unit` again and again for as long as the client reads.
    static Respond flood(QByteArray head, QByteArray unit);
    // `head`, then one byte of `body` every `intervalMs`.
    static Respond drip(QByteArray head, QByteArray body, int intervalMs);

private:
    void accept(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    Respond m_respond;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    QByteArray m_bytes;
    QSet<QObject *> m_open;
    QList<QSslCertificate> m_clientCertificates;
};

} // namespace sdsm::test
