// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateinfo.h"
#include "history.h"
#include "job.h"
#include "jwt.h"
#include "jwtverify.h"
#include "paths.h"
#include "profile.h"
#include "result.h"
#include "statestore.h"
#include "tokenprotocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace sdsm {

class Clock;
class HttpTransport;
class KnownServers;
class Prompter;
class SecretStore;
class ServerMetadata;

struct SessionOptions
{
    bool fresh = false; // ignore a cached session
    // A cached session must have more than this left; one with a refresh token is renewed
    // before it gets that short.
    int minValidSeconds = 60;
    int timeoutSeconds = 30; // each request's total deadline, and the wait for the profile lock
    bool noProxy = false;
    // Ask the server whether a cached session is still valid before using it (--check).
    bool checkOnServer = false;
    // login, session, check and the desktop app: fetch the server's keys when they are not
    // cached, verify cached sessions too, and name policies from the server. token, header and
    // curl stay lean: cached keys only, built-in names.
    bool thorough = false;
    // With `thorough`: name the policies (a check only counts them, and spares the server a
    // lookup per identity).
    bool namePolicies = true;
    // False: a newly obtained session is not written to the keychain (a check of hundreds of
    // identities would spend most of its time on keychain writes nobody reads). A renewed one
    // still is: the cached entry's refresh token is spent.
    bool cacheSession = true;
    QString facility; // a facility UUID that wins over the profile's remembered one
    QString program = QStringLiteral("cli"); // recorded in the history
    QByteArray userAgent; // empty: the transport's default (application name/version)
};

// How a session was had, as `login --json` reports it.
enum class ObtainedBy { Cache, ClientCredentials, Password, RefreshToken };
QString
obtainedByName(ObtainedBy by); // "cache" | "client_credentials" | "password" | "refresh_token"

struct SessionPolicy
{
    QString oid;
    QString name; // empty when unknown
    QString nameSource; // "server", "built_in" or empty
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
    DeviceMode deviceMode = DeviceMode::None;
    CertificateInfo deviceCertificate; // DeviceMode::Certificate, when it was opened
    // Only a verified id_token can say: true when it carries a device claim, false when it does
    // not, nullopt when the signature could not be verified (the reason is in `warnings`).
    std::optional<bool> deviceAuthenticated;
    bool clientSecretChecked = false;
    ObtainedBy obtainedBy = ObtainedBy::Cache;
    std::optional<DecodedJwt> idClaims;
    SignatureCheck signature;
    QList<SessionPolicy> policies; // the id_token's scope, named
    QString facility; // the facility this session was granted for, or empty
    QDateTime obtainedAt, renewedAt; // UTC; renewedAt invalid when never refreshed
    std::optional<bool> validOnServer; // asked the server (--check, `session`); nullopt: not asked
    QDateTime checkedOnServerAt;
    // The token response as received (fresh sessions only); holds tokens, so only ever shown
    // masked unless the user reveals it.
    QJsonObject raw;
    QStringList notes; // facts worth a line, e.g. "client secret not checked"
    QStringList warnings; // what a person should know: an unverified device, a clock far off

    bool cached() const { return obtainedBy == ObtainedBy::Cache; }
};

// What the server says about the cached session (GET <root>/auth/session).
struct ServerSessionStatus
{
    bool sessionCached = false; // false: nothing to ask about
    bool validOnServer = false;
    QDateTime expiresAt; // from the server's answer when valid; invalid otherwise
    QString subject, name; // from the freshly minted id_token when valid
    QDateTime checkedAt;
};

// The outcome of a sign-out that reached a conclusion (errors are Errors).
struct SignOutResult
{
    enum class Outcome { SignedOut, AlreadyGone, NothingCached };
    Outcome outcome = Outcome::SignedOut;
};

// Obtains, renews, checks and ends sessions, for both SanteDB generations and plain OAuth2
// servers. One credential request per attempt, plus at most one more for each of these that
// actually happened (README "the one rule for resends"): the 3.x device+secret format fallback,
// 2.x detection in `auto`, an MFA code the server asked for, a facility the server asked for, a
// refused refresh followed by one login, a session the server dropped (--check) followed by one
// login. Credentials the server refused are never resent; a network fault is never a reason to
// resend. Across processes, one request is in flight per profile (ProfileLock).
class SessionService : public QObject
{
    Q_OBJECT

public:
    // Every reference must outlive the service.
    SessionService(const AppPaths &paths, StateStore &state, History &history, const Clock &clock,
                   SecretStore &secrets, HttpTransport &transport, ServerMetadata &metadata,
                   KnownServers &knownServers, QObject *parent = nullptr);
    ~SessionService() override;

    // `prompter` answers questions mid-attempt (password, MFA code, facility); without one (or
    // when it cannot ask) they end the attempt with an error saying how to give the answer.
    // Any number of attempts may run at once.
    Job<Session> *obtain(const Profile &profile, const SessionOptions &options,
                         Prompter *prompter = nullptr);
    Job<ServerSessionStatus> *checkOnServer(const Profile &profile, const SessionOptions &options);
    Job<SignOutResult> *signOut(const Profile &profile, const SessionOptions &options);
    // Forget the cached session of a profile (keychain entry and its state); used after edits.
    Job<void> *discardSession(const QUuid &profile);

    // The cache fingerprint: what a cached session must have been obtained with to be reused.
    static QString fingerprint(const Profile &profile, std::optional<Generation> generation);

Q_SIGNALS:
    // A sentence for stderr / the status area that no result carries (the plain-http warning).
    // Never holds a secret.
    void warning(const QString &text);

private:
    class Attempt;
    class ServerCheck;
    class SignOut;
    friend class SessionWork;

    const AppPaths &m_paths;
    StateStore &m_state;
    History &m_history;
    const Clock &m_clock;
    SecretStore &m_secrets;
    HttpTransport &m_transport;
    ServerMetadata &m_metadata;
    KnownServers &m_knownServers;
};

} // namespace sdsm
