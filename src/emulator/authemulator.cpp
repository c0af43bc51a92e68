#include "authemulator.h"

#include "authendpoints.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

constexpr int dripIntervalMs = 250;

// Per-connection state is a child of its socket, so it goes away with the connection.
class Connection : public QObject
{
public:
    explicit Connection(QTcpSocket *socket)
        : QObject(socket)
    { }

    RequestParser parser;
    bool continued = false;
    bool answered = false;
};

HttpResponse refusal(int status, const QString &description)
{
    return HttpResponse::oauthError(status, u"invalid_request"_s, description);
}

} // namespace

AuthEmulator::AuthEmulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(new QTcpServer(this))
    , m_endpoints(std::make_unique<AuthEndpoints>(m_options))
{
    connect(m_server, &QTcpServer::newConnection, this, &AuthEmulator::acceptConnections);
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

quint16 AuthEmulator::port() const
{
    return m_server->serverPort();
}

QUrl AuthEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
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
    return m_tokenRequests;
}

QList<RecordedRequest> AuthEmulator::requests() const
{
    return m_requests;
}

void AuthEmulator::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, connection, [this, socket, connection] {
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
            const RecordedRequest &request = connection->parser.request();
            if (request.method == "POST" && request.route() == "/auth/oauth2_token")
                ++m_tokenRequests;
            record(request);
            answer(socket, m_endpoints->handle(request));
        });
    }
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

void AuthEmulator::answer(QTcpSocket *socket, const HttpResponse &response)
{
    if (m_options.delayMs <= 0) {
        deliver(socket, response);
        return;
    }
    QTimer::singleShot(m_options.delayMs, socket,
                       [this, socket, response] { deliver(socket, response); });
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

} // namespace sdsm::emu
