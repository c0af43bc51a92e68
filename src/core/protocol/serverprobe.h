// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "discovery.h"
#include "httptransport.h"
#include "job.h"
#include "profile.h"
#include "result.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace sdsm {

// What discovery (or, without it, PING) learned about a server. Every text in it came from the
// server, cleaned of forbidden characters and cut to a sane length, so callers can show it as
// plain text.
struct ServerReport
{
    // One sentence, e.g. "SanteDB OpenID discovery found: issuer …, token endpoint …, grants
    // client_credentials, id_token signed HS256".
    QString summary;
    QUrl server; // the root that was probed
    bool discovery = false; // false when only PING answered
    DiscoveryDocument document; // empty unless `discovery`
    // SanteDB's generation as far as the document tells: 3.x advertises sign-out
    // (end_session_endpoint) and the x_challenge grant, which 2.x lacked. nullopt: cannot tell.
    std::optional<Generation> guessedGeneration;
    QString generationReason; // one clause, e.g. "the document names an end_session_endpoint"
    // Facts worth a second look, e.g. an issuer that differs from <server>/auth (RFC 8414 §3.3)
    // or a token endpoint other than the profile's; one sentence each.
    QStringList notes;

    // The `discover --json` shape: {server, discovery, issuer, token_endpoint, jwks_uri,
    // userinfo_endpoint, end_session_endpoint, grant_types, signing_algorithms, santedb_version,
    // santedb_version_reason, notes} (absent values are null).
    QJsonObject toJson() const;
};

// What the answer to the discovery request says: the report for a usable discovery document, or
// why it is not usable (a clause for a longer sentence). Every text is cleaned as above.
struct DiscoveryAnswer
{
    std::optional<ServerReport> report;
    QString problem;
};
DiscoveryAnswer readDiscoveryAnswer(const HttpAnswer &answer);

// Where and how to probe: a server root with the TLS settings to use.
struct ProbeTarget
{
    QUrl server;
    QUrl expectedTokenEndpoint; // empty: no comparison note
    TransportOptions transport; // timeoutMs bounds the whole probe, both requests together
    bool allowHttp = false; // plain http to a host other than loopback

    static ProbeTarget forProfile(const Profile &profile, int timeoutSeconds);
};

// Checks that a server is a SanteDB (or OpenID) auth service without sending any credential:
// GET <server>/auth/.well-known/openid-configuration, and when that gives no usable discovery
// document, PING <server>/auth (SanteDB answers 204). Used by the editor's "Test connection" and
// by `santedb-session discover`. Every request goes through the transport, so redirects are never
// followed, the deadline is total, bodies are capped and loopback never goes through a proxy.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    // With its own HttpClient.
    explicit ServerProbe(QObject *parent = nullptr);
    // With the given transport (it must outlive the probe).
    explicit ServerProbe(HttpTransport &transport, QObject *parent = nullptr);
    ~ServerProbe() override;

    // One probe at a time: a second while one runs fails at once. The job finishes on this
    // object's thread, never inside probe(), with a report or one sentence saying what failed.
    Job<ServerReport> *probe(const ProbeTarget &target);
    // Stops a running probe; its job then finishes with an Interrupted error.
    void cancel();
    bool isRunning() const { return static_cast<bool>(m_job); }

    static QUrl discoveryUrl(const QUrl &server);
    static QUrl pingUrl(const QUrl &server);

private:
    void onDiscovery(Result<HttpAnswer> answer);
    void sendPing(const QString &discoveryProblem);
    void onPing(Result<HttpAnswer> answer, const QString &discoveryProblem);
    void finish(Result<ServerReport> result);
    int remainingMs() const;

    std::unique_ptr<HttpTransport> m_ownTransport;
    HttpTransport &m_transport;
    QPointer<Job<ServerReport>> m_job;
    QPointer<Job<HttpAnswer>> m_exchange;
    ProbeTarget m_target;
    QElapsedTimer m_started;
};

} // namespace sdsm
