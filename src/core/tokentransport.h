#pragma once

#include "result.h"
#include "tokenprotocol.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sdsm {

struct TransportOptions
{
    int timeoutMs = 30000; // total deadline from send to last byte
    bool noProxy = false;
    QString caFile; // extra trusted CA certificates (PEM)
    QString pinSha256; // normalised hex SHA-256 of the server's leaf certificate, or empty
};

// Sends one credential-bearing request the careful way: no redirects followed, a total deadline
// enforced by a timer (Qt's transfer timeout only measures inactivity), bodies over 1 MiB
// refused while they arrive, no cookies or cache, no proxy for loopback, and TLS problems turned
// into one sentence. Network failures come back as Errors; any HTTP answer comes back as an
// HttpAnswer for parseTokenAnswer to judge.
class TokenTransport : public QObject
{
    Q_OBJECT
public:
    explicit TokenTransport(QObject *parent = nullptr);
    ~TokenTransport() override;

    using Done = std::function<void(Result<HttpAnswer>)>;
    // One request at a time per transport.
    void send(const TokenRequest &request, const TransportOptions &options, Done done);
    void cancel();

private:
    void finish(Result<HttpAnswer> result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    Done m_done;
    QByteArray m_body;
    Error m_abortReason;
    bool m_aborted = false;
};

} // namespace sdsm
