// SPDX-License-Identifier: Apache-2.0
#include "httpexchange.h"

#include "profile.h"
#include "secretbytes.h"

#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslSocket>
#include <QTcpSocket>

#include <cstring>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

bool isTokenText(QByteArrayView text)
{
    static const QByteArrayView Extra = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || Extra.contains(c);
    });
}

bool isFieldValue(QByteArrayView text)
{
    return std::none_of(text.begin(), text.end(),
                        [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

// Framing, connection handling, compression and identification belong to the transport: a caller
// setting one of them would break the one-request-per-connection rule or its limits.
bool isTransportHeader(QByteArrayView name)
{
    static const QList<QByteArrayView> Reserved {
        "Host",
        "Connection",
        "Content-Length",
        "Transfer-Encoding",
        "TE",
        "Upgrade",
        "Keep-Alive",
        "User-Agent",
        "Accept-Encoding",
        "Expect",
        "Proxy-Connection",
        "Proxy-Authorization",
    };
    return std::any_of(Reserved.begin(), Reserved.end(), [&](QByteArrayView reserved) {
        return reserved.compare(name, Qt::CaseInsensitive) == 0;
    });
}

Error internal(const QString &message)
{
    return makeError(ErrorKind::Internal, message);
}

} // namespace

HttpExchange::HttpExchange(HttpRequest request, TransportOptions options, Environment environment,
                           AnswerDone done, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_environment(std::move(environment))
    , m_answerDone(std::move(done))
{ }

HttpExchange::HttpExchange(const QUrl &url, TransportOptions options, Environment environment,
                           CertificateDone done, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_environment(std::move(environment))
    , m_certificateDone(std::move(done))
{
    m_request.verb = "GET";
    m_request.url = url;
}

HttpExchange::~HttpExchange()
{
    if (!m_finished) {
        m_finished = true;
        stop();
        const Error stopped =
            makeError(ErrorKind::Interrupted, tr("the request to %1 was stopped").arg(m_where));
        if (m_answerDone)
            m_answerDone(stopped);
        if (m_certificateDone)
            m_certificateDone(stopped);
    }
    wipe(m_wire);
    wipe(m_request.body);
}

void HttpExchange::start()
{
    // From the very start: asking the system for a proxy and resolving the name count too.
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
    m_deadline.start(std::max(0, m_options.timeoutMs));

    const QUrl &url = m_request.url;
    const QString scheme = url.scheme();
    m_where = url.adjusted(QUrl::RemoveUserInfo).authority();
    const bool secure = scheme == "https"_L1;
    if (!url.isValid() || url.host().isEmpty() || (!secure && scheme != "http"_L1)
        || (fetchingCertificate() && !secure)) {
        return fail(
            makeError(ErrorKind::Config,
                      fetchingCertificate()
                          ? tr("%1 is not an https URL, so there is no certificate to fetch")
                                .arg(url.toDisplayString(QUrl::RemoveUserInfo))
                          : tr("%1 is not an http or https URL — check the server URL")
                                .arg(url.toDisplayString(QUrl::RemoveUserInfo))));
    }
    if (secure) {
        Result<TlsPolicy> policy = TlsPolicy::make(m_options);
        if (!policy.ok())
            return fail(policy.error());
        m_tls = std::move(policy).value();
    }
    m_proxy = chooseProxy();
    m_absoluteForm = !secure && m_proxy.type() == QNetworkProxy::HttpProxy;
    if (!fetchingCertificate()) {
        Result<QByteArray> wire = requestBytes();
        if (!wire.ok())
            return fail(wire.error());
        m_wire = std::move(wire).value();
    }
    m_parser = std::make_unique<HttpResponseParser>(m_where, m_request.verb == "HEAD");
    m_readBuffer = QByteArray(ReadChunkBytes, '\0');

    QSslSocket *tls = secure ? new QSslSocket(this) : nullptr;
    m_socket = tls ? tls : new QTcpSocket(this);
    // Qt stops reading from the kernel once this much waits unread, and every readyRead drains
    // it through the parser: whatever the server sends, one read is all that is in flight.
    m_socket->setReadBufferSize(ReadChunkBytes);
    m_socket->setProxy(m_absoluteForm ? QNetworkProxy(QNetworkProxy::NoProxy) : m_proxy);
    connect(m_socket, &QAbstractSocket::connected, this, &HttpExchange::onConnected);
    connect(m_socket, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpExchange::onClosed);
    if (tls) {
        connect(tls, &QSslSocket::encrypted, this, &HttpExchange::onEncrypted);
        connect(tls, &QSslSocket::sslErrors, this, &HttpExchange::onSslErrors);
    }

    const quint16 port = static_cast<quint16>(url.port(secure ? 443 : 80));
    if (tls) {
        tls->setSslConfiguration(m_tls->configuration());
        tls->connectToHostEncrypted(url.host(), port);
    } else if (m_absoluteForm) {
        m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
    } else {
        m_socket->connectToHost(url.host(), port);
    }
}

void HttpExchange::cancel()
{
    if (m_finished)
        return;
    fail(makeError(ErrorKind::Interrupted, tr("the request to %1 was cancelled").arg(m_where)));
}

QNetworkProxy HttpExchange::chooseProxy() const
{
    // Loopback never detours through a proxy; everything else follows the system or environment
    // proxy unless told not to.
    if (m_options.noProxy || isLoopbackHost(m_request.url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(m_request.url));
    for (const QNetworkProxy &proxy : proxies) {
        switch (proxy.type()) {
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::HttpProxy:
        case QNetworkProxy::Socks5Proxy:
            return proxy;
        default: // caching proxies cannot tunnel; the application default is not ours to use
            break;
        }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

Result<QByteArray> HttpExchange::requestBytes() const
{
    const HttpRequest &request = m_request;
    if (!isTokenText(request.verb))
        return internal(tr("the request method is not an HTTP token"));

    QUrl target = request.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (target.path().isEmpty())
        target.setPath(u"/"_s);
    // Through an HTTP proxy a plain-http request names its whole URL (RFC 9112 §3.2.2).
    const QByteArray requestTarget = m_absoluteForm
        ? target.toEncoded()
        : target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);

    QByteArray userAgent =
        m_options.userAgent.isEmpty() ? m_environment.userAgent : m_options.userAgent;
    if (!isFieldValue(userAgent))
        return internal(tr("the User-Agent holds a line break"));

    QByteArray head = request.verb + ' ' + requestTarget
        + " HTTP/1.1\r\nHost: " + target.authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    if (!userAgent.isEmpty())
        head += "User-Agent: " + userAgent + "\r\n";
    if (m_absoluteForm && !m_proxy.user().isEmpty()) {
        const QByteArray credentials = (m_proxy.user() + u':' + m_proxy.password()).toUtf8();
        head += "Proxy-Authorization: Basic " + credentials.toBase64() + "\r\n";
    }
    for (const HttpHeader &header : request.headers) {
        if (!isTokenText(header.name) || !isFieldValue(header.value))
            return internal(tr("the request header %1 is malformed")
                                .arg(QString::fromLatin1(header.name.toPercentEncoding())));
        if (isTransportHeader(header.name))
            return internal(tr("the request header %1 is the transport's to set")
                                .arg(QString::fromLatin1(header.name)));
        head += header.name + ": " + header.value + "\r\n";
    }
    const bool bodyExpected =
        request.verb == "POST" || request.verb == "PUT" || request.verb == "PATCH";
    if (!request.body.isEmpty() || bodyExpected)
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    // Reserved once, so the body (credentials) is copied exactly once and no grown-out block
    // holding it is freed unwiped.
    QByteArray wire;
    wire.reserve(head.size() + request.body.size());
    wire.append(head);
    wire.append(request.body);
    return wire;
}

void HttpExchange::onConnected()
{
    // TLS connections write once the handshake and the certificate check are done.
    if (!m_tls)
        writeRequest();
}

void HttpExchange::onSslErrors(const QList<QSslError> &errors)
{
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    QList<QSslCertificate> chain = tls->peerCertificateChain();
    if (chain.isEmpty() && !errors.isEmpty() && !errors.first().certificate().isNull())
        chain = {errors.first().certificate()};
    const QSslCertificate leaf = chain.value(0);
    if (m_tls->overrides(leaf)) {
        // Exactly the pinned or trusted certificate: its own errors, and nothing else, are
        // ignored; onEncrypted() checks the leaf again before anything is written.
        tls->ignoreSslErrors(errors);
        return;
    }
    // Not ignored, so Qt ends the handshake; the error that follows reports this verdict.
    m_tlsVerdict = m_tls->verdict(errors, leaf, m_where);
    if (fetchingCertificate())
        m_captured = ServerCertificate {chain, CertificateInfo::of(leaf), m_tlsVerdict->message};
}

void HttpExchange::onEncrypted()
{
    m_encrypted = true;
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    const QSslCertificate leaf = tls->peerCertificate();
    const std::optional<Error> refusal = m_tls->refusal(leaf, m_where);
    if (fetchingCertificate()) {
        return finish(ServerCertificate {tls->peerCertificateChain(), CertificateInfo::of(leaf),
                                         refusal ? refusal->message : QString()});
    }
    if (refusal)
        return finish(Result<HttpAnswer>(*refusal)); // not a byte of the request was written
    writeRequest();
}

void HttpExchange::writeRequest()
{
    m_socket->write(m_wire);
    // The socket keeps its own copy until it is sent; this one is no longer needed.
    wipe(m_wire);
}

void HttpExchange::onReadyRead()
{
    while (!m_finished && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(m_readBuffer.data(), ReadChunkBytes);
        if (n <= 0)
            break;
        const qsizetype inHand =
            static_cast<qsizetype>(n) + static_cast<qsizetype>(m_socket->bytesAvailable());
        if (m_environment.peakReadBytes)
            *m_environment.peakReadBytes = std::max(*m_environment.peakReadBytes, inHand);
        if (m_environment.peakHeldBytes) {
            *m_environment.peakHeldBytes =
                std::max(*m_environment.peakHeldBytes, m_parser->heldBytes() + inHand);
        }
        m_parser->feed(QByteArrayView(m_readBuffer.constData(), static_cast<qsizetype>(n)));
        std::memset(m_readBuffer.data(), 0, static_cast<size_t>(n));
        if (!m_receivedAt.isValid() && m_parser->headersComplete())
            m_receivedAt = m_environment.clock->now();
        if (m_parser->state() != HttpResponseParser::State::Receiving)
            return deliverParsed();
    }
}

void HttpExchange::deliverParsed()
{
    if (m_parser->state() == HttpResponseParser::State::Failed)
        return finish(Result<HttpAnswer>(m_parser->error()));
    HttpAnswer answer = m_parser->takeAnswer();
    answer.receivedAt = m_receivedAt.isValid() ? m_receivedAt : m_environment.clock->now();
    finish(std::move(answer));
}

void HttpExchange::onSocketError()
{
    if (m_finished)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return onClosed();
    if (m_captured)
        return finish(*m_captured);
    if (m_tlsVerdict)
        return fail(*m_tlsVerdict);
    fail(socketError());
}

void HttpExchange::onClosed()
{
    if (m_finished)
        return;
    if (m_tls && !m_encrypted) {
        if (m_captured)
            return finish(*m_captured);
        if (m_tlsVerdict)
            return fail(*m_tlsVerdict);
        return fail(
            m_tls->failure(tr("the server closed the connection during the handshake"), m_where));
    }
    onReadyRead(); // what arrived before the end
    if (m_finished)
        return;
    // TLS 1.3 completes the handshake for the client before the server has judged the client's
    // certificate: a server refusing the device certificate then just ends the connection,
    // without a byte of answer.
    const auto *tls = qobject_cast<QSslSocket *>(m_socket);
    if (tls && m_options.clientIdentity && !m_parser->receivedAnything()
        && tls->sessionProtocol() == QSsl::TlsV1_3)
        return fail(m_tls->failure(
            tr("it ended the connection right after the TLS 1.3 handshake, without an answer"),
            m_where));
    m_parser->finishAtEof();
    deliverParsed();
}

void HttpExchange::onDeadline()
{
    const QString seconds = QString::number(m_options.timeoutMs / 1000.0);
    fail(makeError(ErrorKind::Timeout,
                   fetchingCertificate()
                       ? tr("the server %1 did not complete the TLS handshake within %2 s — check "
                            "that it is reachable")
                             .arg(m_where, seconds)
                       : tr("the server %1 did not answer completely within %2 s — check that it "
                            "is reachable")
                             .arg(m_where, seconds))
             .with({RemedyAction::RaiseTimeout, {}}));
}

Error HttpExchange::socketError() const
{
    const QString detail = m_socket->errorString();
    const QString host = m_request.url.host();
    const bool viaProxy = m_proxy.type() != QNetworkProxy::NoProxy;
    switch (m_socket->error()) {
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyProtocolError:
        return makeError(ErrorKind::Network,
                         tr("the proxy %1 failed for %2 (%3) — check the "
                            "proxy settings")
                             .arg(m_proxy.hostName(), m_where, detail))
            .with({RemedyAction::DisableProxy, {}});
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::ConnectionRefusedError:
        // With an absolute-form request the socket talks to the proxy itself.
        if (m_absoluteForm)
            return makeError(ErrorKind::Network,
                             tr("the proxy %1 failed for %2 (%3) — check "
                                "the proxy settings")
                                 .arg(m_proxy.hostName(), m_where, detail))
                .with({RemedyAction::DisableProxy, {}});
        if (m_socket->error() == QAbstractSocket::HostNotFoundError)
            return makeError(
                ErrorKind::Network,
                tr("the server name %1 could not be resolved — check the server URL").arg(host));
        return makeError(ErrorKind::Network,
                         tr("the connection to %1 was refused — check that the server is "
                            "running and the port is right")
                             .arg(m_where));
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        if (m_tls && !m_parser->receivedAnything())
            return m_tls->failure(detail, m_where);
        break;
    default:
        break;
    }
    Error error = makeError(ErrorKind::Network,
                            tr("the connection to %1 failed (%2) — check the network and the "
                               "server URL")
                                .arg(m_where, detail));
    if (viaProxy)
        error.remedy = {RemedyAction::DisableProxy, {}};
    return error;
}

void HttpExchange::fail(Error error)
{
    if (fetchingCertificate())
        finish(Result<ServerCertificate>(std::move(error)));
    else
        finish(Result<HttpAnswer>(std::move(error)));
}

void HttpExchange::finish(Result<HttpAnswer> answer)
{
    if (m_finished)
        return;
    m_finished = true;
    stop();
    if (auto done = std::exchange(m_answerDone, nullptr))
        done(std::move(answer));
    deleteLater();
}

void HttpExchange::finish(Result<ServerCertificate> certificate)
{
    if (m_finished)
        return;
    m_finished = true;
    stop();
    if (auto done = std::exchange(m_certificateDone, nullptr))
        done(std::move(certificate));
    deleteLater();
}

void HttpExchange::stop()
{
    m_deadline.stop();
    if (m_socket) {
        // Nothing more is read or written: the connection is dropped with this object, and until
        // then whatever the server sends waits in the capped read buffer.
        m_socket->disconnect(this);
    }
}

} // namespace sdsm
