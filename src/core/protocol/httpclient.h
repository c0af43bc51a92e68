// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock.h"
#include "httpexchange.h"
#include "httptransport.h"

namespace sdsm {

// The transport every request of the core goes through (token, discovery, JWKS, session,
// sign-out, policy lookups): one fresh connection per request, sent exactly once, never
// redirected, bounded in time and memory, no compression, TLS as TlsPolicy says. How and why is
// in HttpExchange.
class HttpClient final : public HttpTransport
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    // `clock` stamps HttpAnswer::receivedAt (the reference for the server's clock skew); it must
    // outlive the client.
    explicit HttpClient(const Clock &clock, QObject *parent = nullptr);
    // Requests still running end with an Interrupted error.
    ~HttpClient() override;

    Job<HttpAnswer> *send(const HttpRequest &request, const TransportOptions &options) override;
    Job<ServerCertificate> *fetchCertificate(const QUrl &url,
                                             const TransportOptions &options) override;

    // The most bytes one exchange of this client has held at once — body, unparsed input, the
    // read in hand and what the socket buffered — so tests can show memory stays within
    // MaxAnswerBytes plus one read whatever a server sends.
    qsizetype peakHeldBytes() const { return m_peakHeldBytes; }
    // The most bytes the socket handed over at once: its read buffer is capped, so at most
    // HttpExchange::ReadChunkBytes however fast the server sends.
    qsizetype peakReadBytes() const { return m_peakReadBytes; }

    // "<application name>/<application version>", the User-Agent when the caller gives none.
    static QByteArray defaultUserAgent();

private:
    HttpExchange::Environment environment();

    const Clock &m_clock;
    qsizetype m_peakHeldBytes = 0;
    qsizetype m_peakReadBytes = 0;
};

} // namespace sdsm
