// SPDX-License-Identifier: Apache-2.0
#include "authemulator.h"

#include "authendpoints.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

constexpr int dripIntervalMs = 250;
constexpr int handshakeTimeoutMs = 10000;
// chunked-flood keeps at most this much queued in the emulator; the rest waits for the client.
constexpr qint64 floodQueueBytes = 64 * 1024;
constexpr qsizetype floodChunkBytes = 16 * 1024;

// Per-connection state is a child of its socket, so it goes away with the connection.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, ClientCertificate presented)
        : QObject(socket)
        , certificate(std::move(presented))
    { }

    RequestParser parser;
    ClientCertificate certificate;
    bool continued = false;
    bool answered = false;
};

HttpResponse refusal(int status, const QString &description)
{
    return HttpResponse::oauthError(status, u"invalid_request"_s, description);
}

QByteArray routeKey(QByteArrayView method, QByteArrayView route)
{
    return method.toByteArray() + ' ' + route.toByteArray();
}

// SO_LINGER with a zero timeout: closing sends RST instead of FIN.
void resetOnClose(QTcpSocket *socket)
{
    struct linger option = {1, 0};
#ifdef Q_OS_WIN
    ::setsockopt(SOCKET(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&option), sizeof(option));
#else
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
#endif
}

} // namespace

AuthEmulator::AuthEmulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(m_options.tls() ? new QSslServer(this) : new QTcpServer(this))
    , m_endpoints(std::make_unique<AuthEndpoints>(m_options))
{
    // QSslServer offers a socket only once its handshake is done; a QTcpServer at once.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &AuthEmulator::acceptConnections);
    m_running.start();
}

AuthEmulator::~AuthEmulator()
{
    // The sockets hang off the server; end them while the endpoints they use still exist.
    delete m_server;
}

bool AuthEmulator::listen(quint16 port)
{
    m_error.clear();
    const QString problem = m_options.validate();
    if (!problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    if (!m_endpoints->signer().isValid()) {
        m_error = u"OpenSSL could not make the RS256 signing key."_s;
        return false;
    }
    if (m_options.tls() && !loadTls())
        return false;
    if (!m_options.requestLogPath.isEmpty() && !m_requestLog.isOpen()) {
        m_requestLog.setFileName(m_options.requestLogPath);
        if (!m_requestLog.open(QIODevice::WriteOnly | QIODevice::Append)) {
            m_error = u"Cannot open the request log \"%1\" (%2); choose a writable file."_s.arg(
                m_options.requestLogPath, m_requestLog.errorString());
            return false;
        }
    }
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error =
            u"Cannot listen on 127.0.0.1:%1 (%2); choose another port, or 0 for a free one."_s.arg(
                QString::number(port), m_server->errorString());
        return false;
    }
    m_endpoints->setBaseUrl(baseUrl());
    return true;
}

bool AuthEmulator::loadTls()
{
    if (!QSslSocket::supportsSsl()) {
        m_error = u"This Qt has no TLS backend, so the emulator cannot serve HTTPS."_s;
        return false;
    }
    const QList<QSslCertificate> chain =
        QSslCertificate::fromPath(m_options.tlsCertificatePath, QSsl::Pem);
    if (chain.isEmpty()) {
        m_error = u"The TLS certificate file \"%1\" holds no PEM certificate."_s.arg(
            m_options.tlsCertificatePath);
        return false;
    }
    QFile keyFile(m_options.tlsKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        m_error = u"Cannot read the TLS key file \"%1\" (%2)."_s.arg(m_options.tlsKeyPath,
                                                                     keyFile.errorString());
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull()) {
        m_error = u"The TLS key file \"%1\" holds no unencrypted PEM RSA or EC private key."_s.arg(
            m_options.tlsKeyPath);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    // QueryPeer asks for a certificate without requiring one, so device-secret clients still
    // connect; the chain is judged per connection against the client CA alone.
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!m_options.clientCaPath.isEmpty()) {
        if (!m_clientCertificates.load(m_options.clientCaPath, &m_error))
            return false;
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    }
    auto *server = static_cast<QSslServer *>(m_server);
    server->setSslConfiguration(tls);
    server->setHandshakeTimeout(handshakeTimeoutMs);
    // A connection whose handshake fails or times out never reaches acceptConnections(); it must
    // not stay behind as a child of the server for the rest of the run.
    connect(server, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater,
                Qt::UniqueConnection);
    });
    connect(server, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
    return true;
}

quint16 AuthEmulator::port() const
{
    return m_server->serverPort();
}

QUrl AuthEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls() ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QString AuthEmulator::errorString() const
{
    return m_error;
}

const EmulatorOptions &AuthEmulator::options() const
{
    return m_options;
}

int AuthEmulator::tokenRequestCount() const
{
    return requestCount("POST", "/auth/oauth2_token");
}

int AuthEmulator::requestCount(QByteArrayView method, QByteArrayView route) const
{
    return m_routeCounts.value(routeKey(method, route));
}

QList<RecordedRequest> AuthEmulator::requests() const
{
    return m_requests;
}

qsizetype AuthEmulator::sessionCount() const
{
    return m_endpoints->sessionCount();
}

void AuthEmulator::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ClientCertificate certificate;
        auto *tls = qobject_cast<QSslSocket *>(socket);
        if (tls && !m_options.clientCaPath.isEmpty())
            certificate =
                m_clientCertificates.inspect(tls->peerCertificate(), tls->peerCertificateChain());
        serve(socket, certificate);
    }
}

void AuthEmulator::serve(QTcpSocket *socket, const ClientCertificate &certificate)
{
    auto *connection = new Connection(socket, certificate);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater, Qt::UniqueConnection);
    const auto readable = [this, socket, connection] {
        if (connection->answered) {
            socket->readAll();
            return;
        }
        const RequestParser::Status status = connection->parser.feed(socket->readAll());
        if (status == RequestParser::Status::NeedMore) {
            // curl and others wait for this before sending a larger body.
            if (connection->parser.awaitingBody() && !connection->continued
                && connection->parser.request().header("Expect").toLower() == "100-continue") {
                connection->continued = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
            }
            return;
        }
        connection->answered = true;
        switch (status) {
        case RequestParser::Status::NeedMore:
            return;
        case RequestParser::Status::Malformed:
            deliver(socket, refusal(400, u"The request is not valid HTTP/1.1."_s));
            return;
        case RequestParser::Status::LengthRequired:
            deliver(socket,
                    refusal(411,
                            u"Send the body with a Content-Length header; chunked "
                            u"request bodies are not accepted."_s));
            return;
        case RequestParser::Status::BodyTooLarge:
            deliver(socket, refusal(413, u"The request body is larger than 1 MiB."_s));
            return;
        case RequestParser::Status::HeadersTooLarge:
            deliver(socket, refusal(431, u"The request headers are larger than 64 KiB."_s));
            return;
        case RequestParser::Status::Complete:
            break;
        }
        RecordedRequest request = connection->parser.request();
        request.clientCertificate = connection->certificate;
        request.inFlight = ++m_inFlight;
        request.receivedMs = m_running.elapsed();
        m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
        ++m_routeCounts[routeKey(request.method, request.route())];
        ++m_totalRequests;
        record(request);
        // In flight until the answer is written, or the connection ends without one (a hang).
        auto counted = std::make_shared<bool>(true);
        const auto settle = [this, counted] {
            if (std::exchange(*counted, false))
                --m_inFlight;
        };
        connect(socket, &QObject::destroyed, this, settle);
        answer(socket, m_endpoints->handle(request), settle);
    };
    connect(socket, &QTcpSocket::readyRead, connection, readable);
    // A TLS client may send its request together with the end of the handshake.
    if (socket->bytesAvailable() > 0)
        readable();
}

void AuthEmulator::record(const RecordedRequest &request)
{
    m_requests.append(request);
    if (m_requests.size() > maxRecordedRequests)
        m_requests.removeFirst();
    if (m_requestLog.isOpen()) {
        m_requestLog.write(request.toJsonLine() + '\n');
        m_requestLog.flush();
    }
    Q_EMIT requestReceived(request);
}

void AuthEmulator::answer(QTcpSocket *socket, const HttpResponse &response,
                          const std::function<void()> &answering)
{
    const auto respond = [this, socket, response, answering] {
        if (response.delivery != HttpResponse::Delivery::Never)
            answering();
        deliver(socket, response);
    };
    if (m_options.delayMs <= 0)
        return respond();
    QTimer::singleShot(m_options.delayMs, socket, respond);
}

void AuthEmulator::deliver(QTcpSocket *socket, const HttpResponse &response)
{
    switch (response.delivery) {
    case HttpResponse::Delivery::Never:
        return;
    case HttpResponse::Delivery::Complete:
        socket->write(response.head() + response.body);
        socket->disconnectFromHost();
        return;
    case HttpResponse::Delivery::HalfBody:
        socket->write(response.head() + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case HttpResponse::Delivery::StatusLineThenClose:
        socket->write("HTTP/1.1 200 OK\r\n"_ba);
        socket->disconnectFromHost();
        return;
    case HttpResponse::Delivery::Reset:
        resetOnClose(socket);
        socket->abort();
        socket->deleteLater();
        return;
    case HttpResponse::Delivery::ChunkedFlood:
        socket->write(response.head());
        flood(socket);
        return;
    case HttpResponse::Delivery::Drip: {
        socket->write(response.head());
        auto *timer = new QTimer(socket);
        timer->setInterval(dripIntervalMs);
        timer->callOnTimeout(socket,
                             [socket, timer, body = response.body, next = qsizetype(0)]() mutable {
                                 if (next < body.size())
                                     socket->write(body.sliced(next++, 1));
                                 if (next >= body.size()) {
                                     timer->stop();
                                     socket->disconnectFromHost();
                                 }
                             });
        timer->start();
        return;
    }
    }
}

void AuthEmulator::flood(QTcpSocket *socket)
{
    // A body that never ends, written only as fast as the client takes it: the queue is topped
    // up each time some of it has gone out, so the emulator itself holds at most
    // floodQueueBytes whatever the client does.
    static const QByteArray chunk = QByteArray::number(floodChunkBytes, 16) + "\r\n"_ba
        + QByteArray(floodChunkBytes, 'A') + "\r\n"_ba;
    const QByteArray opening = "{\"access_token\":\""_ba;
    socket->write(QByteArray::number(opening.size(), 16) + "\r\n"_ba + opening + "\r\n"_ba);
    auto *tls = qobject_cast<QSslSocket *>(socket);
    const auto topUp = [socket, tls] {
        while (socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0)
                   < floodQueueBytes)
            socket->write(chunk);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, topUp);
    if (tls)
        connect(tls, &QSslSocket::encryptedBytesWritten, socket, topUp);
    topUp();
}

} // namespace sdsm::emu
