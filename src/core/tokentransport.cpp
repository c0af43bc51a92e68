#include "tokentransport.h"

#include "profile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// Credentials to loopback must never detour through a proxy; everything else follows the
// system or environment proxy unless --no-proxy.
class CredentialProxyFactory final : public QNetworkProxyFactory
{
public:
    bool noProxy = false;
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (noProxy || isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

// Cookies from a token endpoint have no use here and must not be kept, even in memory.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
};

QString leafPin(const QSslCertificate &certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

Error pinMismatch(const QUrl &url)
{
    return makeError(
        ErrorKind::Tls,
        u"the certificate of %1 does not match the pinned SHA-256 — the server changed its certificate or this is not the right server; update the pin only if you trust the new certificate"_s
            .arg(url.authority()));
}

Error networkError(QNetworkReply::NetworkError code, const QUrl &url, const QString &detail)
{
    const QString host = url.host();
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return makeError(
            ErrorKind::Network,
            u"the server name %1 could not be resolved — check the server URL"_s.arg(host));
    case QNetworkReply::ConnectionRefusedError:
        return makeError(
            ErrorKind::Network,
            u"the connection to %1 was refused — check that the server is running and the port is right"_s
                .arg(url.authority()));
    case QNetworkReply::RemoteHostClosedError:
        return makeError(
            ErrorKind::Network,
            u"%1 closed the connection before answering completely — check the server's logs"_s.arg(
                url.authority()));
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(
            ErrorKind::Tls,
            u"the TLS handshake with %1 failed (%2) — check the server certificate, the CA file or the pinned certificate"_s
                .arg(url.authority(), detail));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return makeError(ErrorKind::Network,
                         u"the proxy for %1 failed (%2) — check the proxy settings"_s.arg(
                             url.authority(), detail))
            .with({RemedyAction::DisableProxy, {}});
    default:
        return makeError(
            ErrorKind::Network,
            u"the request to %1 failed (%2) — check the network and the server URL"_s.arg(
                url.authority(), detail));
    }
}

} // namespace

TokenTransport::TokenTransport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxyFactory(new CredentialProxyFactory); // the manager takes ownership
    m_network->setCookieJar(new NoCookieJar(m_network));
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TokenTransport::~TokenTransport()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void TokenTransport::send(const TokenRequest &request, const TransportOptions &options, Done done)
{
    Q_ASSERT(!m_reply);
    m_done = std::move(done);
    m_body.clear();
    m_aborted = false;

    // The factory is owned by the manager; only its flag changes per request.
    static_cast<CredentialProxyFactory *>(m_network->proxyFactory())->noProxy = options.noProxy;

    QNetworkRequest netRequest(request.url);
    for (const HttpHeader &header : request.headers)
        netRequest.setRawHeader(header.name, header.value);
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::ManualRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::AlwaysNetwork);
    netRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    netRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    netRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);

    if (request.url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!options.pinSha256.isEmpty()) {
            // A pin trusts exactly one certificate: no chain may vouch for any other, so every
            // handshake goes through the pin check in sslErrors below.
            tls.setCaCertificates({});
        }
        if (!options.caFile.isEmpty()) {
            const auto extra = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
            if (extra.isEmpty()) {
                finish(makeError(
                    ErrorKind::Config,
                    u"the CA file %1 holds no readable PEM certificate — fix the path or the file"_s
                        .arg(options.caFile)));
                return;
            }
            if (options.pinSha256.isEmpty())
                tls.setCaCertificates(tls.caCertificates() + extra);
        }
        netRequest.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_network->sendCustomRequest(netRequest, request.verb, request.body);
    m_reply = reply;

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply, options, url = request.url] {
        m_aborted = true;
        m_abortReason =
            makeError(
                ErrorKind::Timeout,
                u"the server %1 did not answer completely within %2 s — check that it is reachable"_s
                    .arg(url.authority())
                    .arg(options.timeoutMs / 1000.0))
                .with({RemedyAction::RaiseTimeout, {}});
        reply->abort();
    });
    deadline->start(options.timeoutMs);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > MaxTokenResponseBytes) {
            m_aborted = true;
            m_abortReason = makeError(
                ErrorKind::Oversize,
                u"the server announced a %1-byte answer, over the 1 MiB limit for a token response — check the token endpoint"_s
                    .arg(length.toLongLong()));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_body += reply->readAll();
        if (m_body.size() > MaxTokenResponseBytes) {
            m_aborted = true;
            m_abortReason = makeError(
                ErrorKind::Oversize,
                u"the server's answer passed the 1 MiB limit for a token response — check the token endpoint"_s);
            reply->abort();
        }
    });

    const QString pin = options.pinSha256;
    // QNAM waits for this slot before it sends anything, so a pin decided here keeps the
    // credentials from ever reaching a server with another certificate.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply, pin, url = request.url](const QList<QSslError> &errors) {
                if (pin.isEmpty())
                    return;
                const QList<QSslCertificate> chain =
                    reply->sslConfiguration().peerCertificateChain();
                const QSslCertificate leaf =
                    chain.isEmpty() ? errors.first().certificate() : chain.first();
                if (leafPin(leaf) == pin) {
                    reply->ignoreSslErrors(errors);
                    return;
                }
                m_aborted = true;
                m_abortReason = pinMismatch(url);
            });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, pin, url = request.url] {
        if (!pin.isEmpty() && leafPin(reply->sslConfiguration().peerCertificate()) != pin) {
            m_aborted = true;
            m_abortReason = pinMismatch(url);
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::finished, this, [this, reply, url = request.url] {
        if (reply->isOpen())
            m_body += reply->readAll();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (m_aborted) {
            finish(m_abortReason);
        } else if (status.isValid() && status.toInt() > 0
                   && (reply->error() == QNetworkReply::NoError
                       || reply->error() >= QNetworkReply::ContentAccessDenied)) {
            // An HTTP answer arrived (Qt flags 4xx/5xx as errors; they are answers to judge).
            HttpAnswer answer;
            answer.status = status.toInt();
            answer.contentType = reply->rawHeader("Content-Type");
            answer.location = reply->rawHeader("Location");
            answer.body = m_body;
            finish(std::move(answer));
        } else if (reply->error() == QNetworkReply::NoError) {
            finish(makeError(
                ErrorKind::Protocol,
                u"%1 sent no HTTP status — check that the token endpoint is an HTTP server"_s.arg(
                    url.authority())));
        } else {
            finish(networkError(reply->error(), url, reply->errorString()));
        }
        reply->deleteLater();
    });
}

void TokenTransport::cancel()
{
    if (!m_reply)
        return;
    m_aborted = true;
    m_abortReason = makeError(ErrorKind::Interrupted, u"the request was cancelled"_s);
    m_reply->abort();
}

void TokenTransport::finish(Result<HttpAnswer> result)
{
    m_reply = nullptr;
    // Bodies can hold tokens: drop our copy before handing over.
    m_body.fill('\0');
    m_body.clear();
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
}

} // namespace sdsm
