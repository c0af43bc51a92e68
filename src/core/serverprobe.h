#pragma once

#include "profile.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace sdsm {

class TokenTransport;
struct HttpAnswer;

// What "Test connection" learned about a server. Every text in it came from the server, cleaned
// of control characters and cut to a sane length, so callers can show it as plain text.
struct ServerReport
{
    // One sentence, e.g. "SanteDB OpenID discovery found: issuer …, token endpoint …, grants
    // client_credentials, id_token signed HS256".
    QString summary;
    QString issuer;
    QUrl tokenEndpoint;
    QStringList grantTypes;
    QStringList signingAlgorithms;
    bool discovery = false; // false when only PING answered
    // Facts worth a second look, e.g. an issuer that differs from <server>/auth (RFC 8414 §3.3)
    // or a token endpoint on another origin; one sentence each.
    QStringList notes;
};

// What the answer to the discovery request says: the report for a usable discovery document, or
// why it is not usable (a clause for a longer sentence). Every text is cleaned as above.
struct DiscoveryAnswer
{
    std::optional<ServerReport> report;
    QString problem;
};
DiscoveryAnswer readDiscoveryAnswer(const HttpAnswer &answer);

// Checks that a profile's server is a SanteDB auth service without sending any credential:
// GET <server>/auth/.well-known/openid-configuration, and when that gives no usable discovery
// document, PING <server>/auth (SanteDB answers 204). Uses TokenTransport, so redirects are never
// followed, the deadline is total, bodies are capped and loopback never goes through a proxy.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    using Done = std::function<void(Result<ServerReport>)>;
    // One probe at a time. Honours the profile's CA file, pin and allow-http rule; `done` runs
    // exactly once, on this object's thread, with a report or one sentence saying what failed.
    // `timeoutSeconds` bounds the whole probe, both requests together.
    void probe(const Profile &profile, int timeoutSeconds, Done done);
    // Stops a running probe; its `done` then receives an Interrupted error.
    void cancel();
    bool isRunning() const { return static_cast<bool>(m_done); }

    static QUrl discoveryUrl(const QUrl &server);
    static QUrl pingUrl(const QUrl &server);

private:
    void onDiscovery(Result<HttpAnswer> answer);
    void onPing(Result<HttpAnswer> answer, const QString &discoveryProblem);
    void sendPing(const QString &discoveryProblem);
    void finish(Result<ServerReport> result);
    int remainingMs() const;

    TokenTransport *m_transport;
    Done m_done;
    Profile m_profile;
    QElapsedTimer m_started;
    int m_timeoutMs = 0;
};

} // namespace sdsm
