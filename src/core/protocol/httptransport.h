// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateinfo.h"
#include "devicecertificate.h"
#include "job.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <optional>

namespace sdsm {

// Every answer the core reads is small (a token response, a discovery document, a JWKS): the
// transport refuses a body past this many bytes while it arrives.
inline constexpr qsizetype MaxAnswerBytes = 1024 * 1024;
// A server's clock further off than this is worth a warning (SanteDB allows 5 s of skew on
// token times, so half a minute already breaks sessions).
inline constexpr qint64 NotableClockSkewSeconds = 30;

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
};

struct HttpRequest
{
    QByteArray verb = "POST";
    QUrl url;
    // Host, Connection, Content-Length, Transfer-Encoding, User-Agent and Accept-Encoding belong
    // to the transport; a request naming one of them is refused as a bug.
    QList<HttpHeader> headers;
    QByteArray body;
};
using TokenRequest = HttpRequest; // the name the session code grew up with

struct HttpAnswer
{
    int status = 0;
    QList<HttpHeader> headers; // as received, in order (trailers of a chunked body excluded)
    QByteArray body;
    QByteArray contentType; // the Content-Type header, or empty
    QByteArray location; // the Location header (a 3xx is an answer, never followed), or empty
    QDateTime serverDate; // the server's Date header in UTC; invalid when absent or unreadable
    QDateTime receivedAt; // when the headers arrived, by the transport's clock (UTC)

    // The first value of a header, name compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // How far the server's clock is ahead of ours (negative: behind); nullopt without a Date.
    std::optional<qint64> clockSkewSeconds() const;
};

// "the server's clock is 95 s ahead of this computer's", or empty when the skew is within
// NotableClockSkewSeconds or unknown.
QString clockSkewWarning(const HttpAnswer &answer);

struct TransportOptions
{
    int timeoutMs = 30000; // total deadline of the whole exchange, connecting included
    bool noProxy = false; // else the system or environment proxy, never for loopback
    QString caFile; // extra trusted CA certificates (PEM)
    // SHA-256 of the server's leaf certificate (hex; colons and case ignored): exactly that
    // certificate is accepted, whatever its chain says. The pin wins over trustedSha256.
    QString pinSha256;
    // The same, from the known-servers record of the request's origin.
    QString trustedSha256;
    // The device's certificate, presented in the TLS handshake (loadClientIdentity opens it).
    std::optional<ClientIdentity> clientIdentity;
    // Empty: "<application name>/<application version>" from QCoreApplication.
    QByteArray userAgent;
};

// What a server presented in the TLS handshake, fetched without sending a byte of HTTP, so a
// person can review it before trusting it.
struct ServerCertificate
{
    QList<QSslCertificate> chain; // leaf first, as sent
    CertificateInfo leaf;
    // Empty when this computer accepts the certificate as it is (system CAs, the CA file, the pin
    // or the trusted record); else one sentence saying why not.
    QString problem;
};

// The seam between the core and the network: the session code takes a transport by injection,
// the real one (HttpClient) in the programs and integration tests, a scripted fake in unit
// tests. Any number of requests may be in flight at once; each job finishes exactly once, and
// cancelling it aborts its connection.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Sends the request once — never again, whatever the connection does — and finishes with
    // the server's answer (any status; a 3xx is an answer with its Location) or an Error.
    virtual Job<HttpAnswer> *send(const HttpRequest &request, const TransportOptions &options) = 0;
    // Connects to an https URL's origin, completes the TLS handshake, captures the certificate
    // chain and closes: no HTTP is sent. Fails only when no certificate could be obtained.
    virtual Job<ServerCertificate> *fetchCertificate(const QUrl &url,
                                                     const TransportOptions &options) = 0;
};

} // namespace sdsm
