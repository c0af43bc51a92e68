#pragma once

#include "history.h"
#include "jwt.h"
#include "profile.h"
#include "result.h"
#include "secretstore.h"
#include "statestore.h"
#include "tokenprotocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace sdsm {

class Clock;
class TokenTransport;

struct SessionOptions
{
    bool fresh = false; // ignore a cached session
    int minValidSeconds = 60; // a cached session must have more than this left
    int timeoutSeconds = 30;
    bool noProxy = false;
    QString program = QStringLiteral("cli"); // recorded in the history
};

// A session as the CLI and the desktop app present it. Only accessToken is ever printed.
struct Session
{
    QString profileName;
    QString accessToken;
    QString idToken;
    QString refreshToken;
    QString tokenType; // as the server sent it
    TokenTypeClass tokenTypeClass = TokenTypeClass::Bearer;
    Expiry expiry; // expiry.at is invalid when the server said nothing usable
    Generation generation = Generation::V3;
    bool deviceConfigured = false;
    bool deviceAuthenticated = false;
    bool clientSecretChecked = false;
    bool cached = false;
    std::optional<DecodedJwt> idClaims;
    // The token response as received (fresh) or as cached, for a "raw" view; holds tokens, so
    // only ever shown masked unless the user reveals it.
    QJsonObject raw;
    QStringList notes; // facts worth a line, e.g. "client secret not checked"
};

// Obtains client_credentials sessions: cache first, then at most two token requests, with the
// SanteDB 2.x/3.x detection and format fallbacks described in README. Records the non-secret
// outcome in the state file and the history. One obtain() at a time per service.
class SessionService : public QObject
{
    Q_OBJECT
public:
    SessionService(StateStore &state, History &history, const Clock &clock, SecretStore &secrets,
                   QObject *parent = nullptr);
    ~SessionService() override;

    using Done = std::function<void(Result<Session>)>;
    void obtain(const Profile &profile, const SessionOptions &options, Done done);
    void cancel();

    // The cache fingerprint: what a cached session must have been obtained with to be reused.
    static QString fingerprint(const Profile &profile, std::optional<Generation> generation);
    // Forget the cached session of a profile (keychain entry and its state); used after edits.
    void discardSession(const QUuid &profile, std::function<void(Result<void>)> done);

Q_SIGNALS:
    // A sentence for stderr / the status area, e.g. the plain-http warning. Never holds a secret.
    void warning(const QString &text);

private:
    class Job;
    StateStore &m_state;
    History &m_history;
    const Clock &m_clock;
    SecretStore &m_secrets;
    TokenTransport *m_transport;
    QPointer<Job> m_job;
};

} // namespace sdsm
