// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptransport.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>

#include <optional>

namespace sdsm::test {

// A scripted HttpTransport for unit tests of the session logic: answers per method and URL,
// every request recorded with its options, answers delivered from the event loop (at once or
// after a delay), and requests that stall until they are cancelled.
class FakeTransport : public HttpTransport
{
    Q_OBJECT

public:
    struct Reply
    {
        Result<HttpAnswer> answer = HttpAnswer {};
        int delayMs = 0; // answered this long after the request, by a timer
        bool stall = false; // never answered; only cancel() ends it
    };
    struct Sent
    {
        HttpRequest request;
        TransportOptions options;
    };

    using HttpTransport::HttpTransport;
    // Stalled requests end with an Interrupted error, as with the real transport.
    ~FakeTransport() override;

    // Answers every request with this method and URL (query included) from now on.
    void setReply(const QByteArray &verb, const QUrl &url, Reply reply);
    // Answers the next such request only; queued replies go before the one set by setReply().
    void queueReply(const QByteArray &verb, const QUrl &url, Reply reply);
    // What fetchCertificate() finishes with (a Network error until set).
    void setCertificate(Result<ServerCertificate> certificate);

    // A request without a reply fails with a Network error naming it, so a test that forgot a
    // script fails loudly instead of hanging.
    Job<HttpAnswer> *send(const HttpRequest &request, const TransportOptions &options) override;
    Job<ServerCertificate> *fetchCertificate(const QUrl &url,
                                             const TransportOptions &options) override;

    const QList<Sent> &sent() const { return m_sent; }
    int sentCount(const QByteArray &verb, const QUrl &url) const;
    int inFlight() const { return m_inFlight; }
    int cancelled() const { return m_cancelled; }

    // An answer with a status and a body, Content-Type application/json unless told otherwise.
    static HttpAnswer answer(int status, const QByteArray &body = {},
                             const QByteArray &contentType = "application/json");

private:
    using Key = QPair<QByteArray, QString>;
    static Key keyOf(const QByteArray &verb, const QUrl &url);

    QHash<Key, Reply> m_replies;
    QHash<Key, QList<Reply>> m_queued;
    std::optional<Result<ServerCertificate>> m_certificate;
    QList<Sent> m_sent;
    QList<QPointer<JobBase>> m_stalled;
    int m_inFlight = 0;
    int m_cancelled = 0;
};

} // namespace sdsm::test
