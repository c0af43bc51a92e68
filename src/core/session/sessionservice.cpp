// SPDX-License-Identifier: Apache-2.0
#include "sessionservice.h"

#include "clock.h"
#include "devicecertificate.h"
#include "discovery.h"
#include "httptransport.h"
#include "knownservers.h"
#include "profilelock.h"
#include "prompter.h"
#include "redactor.h"
#include "secretstore.h"
#include "servermetadata.h"
#include "storefile.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr int CacheFormatVersion = 2;
// SanteDB validates token times with 5 s of clock skew; a hint that expires within it is refused.
constexpr int ClockSkewSeconds = 5;

Generation generationOf(int number)
{
    return number == 2 ? Generation::V2 : Generation::V3;
}

// santedb-auth.md §4.3: a 3.x server without the device says unauthorized_client; a 2.x server
// that never saw X-Device-Authorization says invalid_grant "...requires device authentication...".
bool isDeviceFormatRefusal(const Error &e)
{
    return e.kind == ErrorKind::OAuth && e.httpStatus == 400
        && (e.serverError == u"unauthorized_client"_s
            || (e.serverError == u"invalid_grant"_s
                && e.serverDescription.contains(u"requires device authentication"_s,
                                                Qt::CaseInsensitive)));
}

// 2.x asks for a second factor as a plain invalid_grant whose description says so.
bool mentionsSecondFactor(const QString &description)
{
    static const QRegularExpression words(u"\\b(tfa|mfa|two[- ]factor)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(description).hasMatch();
}

// 2.x reports a missing facility as invalid_grant naming the claim, without the choices.
bool mentionsMissingClaim(const QString &description)
{
    return description.contains(u"claim"_s, Qt::CaseInsensitive);
}

// The non-secret part of the cached session lives with it in the keychain entry: everything a
// later command needs to reuse, renew, check or end it.
struct CacheEntry
{
    QString accessToken, idToken, refreshToken, tokenType;
    QDateTime expiresAt, obtainedAt, renewedAt;
    QString expirySource;
    QString fingerprint;
    Generation generation = Generation::V3;
    bool clientSecretSent = false;
    ObtainedBy obtainedBy = ObtainedBy::ClientCredentials;
    QString facility;

    static std::optional<CacheEntry> parse(const QString &text)
    {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(u"v"_s).toInt() != CacheFormatVersion)
            return std::nullopt;
        CacheEntry e;
        e.accessToken = o.value(u"access_token"_s).toString();
        e.idToken = o.value(u"id_token"_s).toString();
        e.refreshToken = o.value(u"refresh_token"_s).toString();
        e.tokenType = o.value(u"token_type"_s).toString();
        e.expiresAt = QDateTime::fromString(o.value(u"expires_at"_s).toString(), Qt::ISODate);
        e.obtainedAt = QDateTime::fromString(o.value(u"obtained_at"_s).toString(), Qt::ISODate);
        e.renewedAt = QDateTime::fromString(o.value(u"renewed_at"_s).toString(), Qt::ISODate);
        e.expirySource = o.value(u"expiry_source"_s).toString();
        e.fingerprint = o.value(u"fingerprint"_s).toString();
        e.generation = generationOf(o.value(u"santedb_version"_s).toInt());
        e.clientSecretSent = o.value(u"client_secret_sent"_s).toBool();
        e.obtainedBy = o.value(u"obtained_by"_s).toString() == u"password"_s
            ? ObtainedBy::Password
            : ObtainedBy::ClientCredentials;
        e.facility = o.value(u"facility"_s).toString();
        if (e.accessToken.isEmpty() || !e.expiresAt.isValid())
            return std::nullopt;
        e.expiresAt = e.expiresAt.toUTC();
        return e;
    }

    QString toText() const
    {
        auto time = [](const QDateTime &t) { return t.isValid() ? utcText(t) : QString(); };
        QJsonObject o {
            {u"v"_s, CacheFormatVersion},
            {u"access_token"_s, accessToken},
            {u"id_token"_s, idToken},
            {u"refresh_token"_s, refreshToken},
            {u"token_type"_s, tokenType},
            {u"expires_at"_s, time(expiresAt)},
            {u"obtained_at"_s, time(obtainedAt)},
            {u"renewed_at"_s, time(renewedAt)},
            {u"expiry_source"_s, expirySource},
            {u"fingerprint"_s, fingerprint},
            {u"santedb_version"_s, static_cast<int>(generation)},
            {u"client_secret_sent"_s, clientSecretSent},
            {u"obtained_by"_s, obtainedByName(obtainedBy)},
            {u"facility"_s, facility},
        };
        // Only what the session needs: every keychain entry counts against Windows' limit.
        for (auto it = o.begin(); it != o.end();)
            it = it->isString() && it->toString().isEmpty() ? o.erase(it) : std::next(it);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
};

// The cached session as a Session: what `token` prints and `login` describes.
Session sessionFrom(const CacheEntry &entry, const Profile &profile)
{
    Session s;
    s.profileName = profile.name;
    s.obtainedBy = ObtainedBy::Cache;
    s.accessToken = entry.accessToken;
    s.idToken = entry.idToken;
    s.refreshToken = entry.refreshToken;
    s.tokenType = entry.tokenType;
    s.tokenTypeClass = classifyTokenType(entry.tokenType);
    s.expiry.at = entry.expiresAt;
    s.expiry.source = entry.expirySource;
    s.generation = entry.generation;
    s.deviceMode = profile.deviceMode;
    s.clientSecretChecked = entry.clientSecretSent;
    s.obtainedAt = entry.obtainedAt;
    s.renewedAt = entry.renewedAt;
    s.facility = entry.facility;
    if (!entry.idToken.isEmpty()) {
        if (auto decoded = decodeJwt(entry.idToken.toUtf8()); decoded.ok())
            s.idClaims = std::move(decoded).value();
    }
    return s;
}

HttpRequest bearerRequest(const QByteArray &verb, const QUrl &url, const QString &accessToken)
{
    HttpRequest request;
    request.verb = verb;
    request.url = url;
    request.headers = {{"Accept"_ba, "application/json"_ba},
                       {"Authorization"_ba, "Bearer "_ba + accessToken.toUtf8()}};
    return request;
}

// What GET <root>/auth/session says: valid with a fresh id_token, or not (a 200 whose body is
// an error object, an empty body, 401, 403). Anything else is an Error.
struct SessionAnswer
{
    bool valid = false;
    QString idToken;
    std::optional<qint64> expiresIn;
};

Result<SessionAnswer> readSessionAnswer(const HttpAnswer &answer, const QUrl &url)
{
    if (answer.status == 401 || answer.status == 403)
        return SessionAnswer {};
    if (answer.status != 200) {
        Error e = makeError(
            ErrorKind::Http,
            QCoreApplication::translate("sdsm", "the session check at %1 answered HTTP %2")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo), QString::number(answer.status)));
        e.httpStatus = answer.status;
        return e;
    }
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (body.contains(u"error"_s) || !body.value(u"access_token"_s).isString())
        return SessionAnswer {};
    SessionAnswer result;
    result.valid = true;
    result.idToken = body.value(u"id_token"_s).toString();
    if (body.value(u"expires_in"_s).isDouble())
        result.expiresIn = static_cast<qint64>(body.value(u"expires_in"_s).toDouble());
    return result;
}

} // namespace

QString obtainedByName(ObtainedBy by)
{
    switch (by) {
    case ObtainedBy::Cache:
        return u"cache"_s;
    case ObtainedBy::ClientCredentials:
        return u"client_credentials"_s;
    case ObtainedBy::Password:
        return u"password"_s;
    case ObtainedBy::RefreshToken:
        return u"refresh_token"_s;
    }
    return {};
}

// What every operation on a profile's session shares: the transport options for the profile,
// the cached entry, forgetting it.
class SessionWork : public QObject
{
public:
    // A child of the service: it ends with it, and a running step then simply stops.
    SessionWork(SessionService *service, Profile profile, SessionOptions options)
        : QObject(service)
        , m_service(service)
        , m_profile(std::move(profile))
        , m_options(std::move(options))
    { }

protected:
    TransportOptions transportOptions() const
    {
        TransportOptions t;
        t.timeoutMs = m_options.timeoutSeconds * 1000;
        t.noProxy = m_options.noProxy;
        t.caFile = m_profile.caFile;
        t.pinSha256 = m_profile.pinSha256;
        t.userAgent = m_options.userAgent;
        // A certificate the person reviewed and trusted for this origin (profile trust); the
        // profile's own pin wins in the transport.
        t.trustedSha256 = m_service->m_knownServers.trustedSha256(m_profile.server);
        return t;
    }

    void readCache(std::function<void(std::optional<CacheEntry>)> next)
    {
        m_service->m_secrets.read(m_profile.uuid, SecretKind::Session)
            ->then(this, [next = std::move(next)](Result<std::optional<QString>> cached) {
                // An unreadable cache is a miss: the credentials read next will say why the
                // keychain cannot be used, with the right remedy.
                if (!cached.ok() || !cached.value())
                    return next(std::nullopt);
                next(CacheEntry::parse(*cached.value()));
            });
    }

    // Forgets the cached session here; the server is not asked.
    void forgetCache(std::function<void()> next)
    {
        m_service->discardSession(m_profile.uuid)->then(this, [this, next](Result<void> done) {
            if (!done.ok())
                Q_EMIT m_service->warning(
                    QCoreApplication::translate(
                        "sdsm", "warning: the cached session could not be forgotten: %1")
                        .arg(done.error().message));
            next();
        });
    }

    QUrl sessionUrl() const { return authUrlFor(m_profile.server, u"/session"_s); }

    void lockThen(std::function<void(std::shared_ptr<ProfileLock>)> next,
                  std::function<void(const Error &)> failed)
    {
        ProfileLock::acquire(m_service->m_paths.dataDir + u"/locks"_s, m_profile.uuid,
                             m_options.timeoutSeconds * 1000)
            ->then(this, [next, failed](Result<std::shared_ptr<ProfileLock>> lock) {
                if (!lock.ok())
                    return failed(lock.error());
                next(lock.value());
            });
    }

    SessionService *m_service;
    Profile m_profile;
    SessionOptions m_options;
};

// One obtain(): the steps run as a chain of jobs so no event loop is ever blocked.
class SessionService::Attempt final : public SessionWork
{
public:
    Attempt(SessionService *service, Profile profile, SessionOptions options, Prompter *prompter,
            Job<Session> *job)
        : SessionWork(service, std::move(profile), std::move(options))
        , m_prompter(prompter)
        , m_job(job)
        , m_state(service->m_state.get(m_profile.uuid))
    {
        // Cancelling stops the request on the wire too, not just the waiting for it.
        job->setCancelHandler([this] {
            if (m_inFlight)
                m_inFlight->cancel();
            deleteLater();
        });
    }

    void start()
    {
        m_elapsed.start();
        m_startedAt = m_service->m_clock.now();
        if (const auto valid = validateProfile(m_profile); !valid.ok())
            return fail(valid.error());
        if (const QString problem = checkFacility(m_options.facility); !problem.isEmpty())
            return fail(makeError(ErrorKind::Usage, problem));
        m_fixed = fixedGeneration(m_profile.version);
        m_form = m_fixed ? *m_fixed : m_state.detectedVersion.value_or(Generation::V3);
        m_mayDetect = !m_fixed && !m_state.detectedVersion;
        m_facility = !m_options.facility.isEmpty() ? m_options.facility : m_profile.facility;
        m_fingerprint = fingerprint(m_profile, m_fixed ? m_fixed : m_state.detectedVersion);

        if (m_options.fresh)
            return lockThen(
                [this](auto lock) {
                    m_lock = lock;
                    if (!refusedWhileWaiting())
                        login();
                },
                [this](const Error &e) { fail(e); });
        readCache([this](std::optional<CacheEntry> entry) { decide(std::move(entry), false); });
    }

private:
    bool matches(const CacheEntry &entry) const
    {
        return entry.fingerprint == m_fingerprint
            && (m_options.facility.isEmpty() || entry.facility == m_options.facility);
    }

    // Reuse, check, renew or replace the cached session. After the lock is taken the cache is
    // read once more: another program may have done the work meanwhile.
    void decide(std::optional<CacheEntry> entry, bool locked)
    {
        const QDateTime now = m_service->m_clock.now();
        if (entry && matches(*entry)) {
            if (now.secsTo(entry->expiresAt) > m_options.minValidSeconds) {
                if (m_options.checkOnServer && !m_checkedOnServer)
                    return checkCached(*entry);
                return useCached(*entry);
            }
            // SanteDB refuses to extend a session after its NotAfter (santedb-auth.md §3.5).
            if (!entry->refreshToken.isEmpty() && now < entry->expiresAt) {
                if (!locked)
                    return lockThen([this](auto lock) { relock(lock); },
                                    [this](const Error &e) { fail(e); });
                return refresh(*entry);
            }
        }
        if (!locked)
            return lockThen([this](auto lock) { relock(lock); },
                            [this](const Error &e) { fail(e); });
        login();
    }

    void relock(std::shared_ptr<ProfileLock> lock)
    {
        m_lock = std::move(lock);
        if (refusedWhileWaiting())
            return;
        readCache([this](std::optional<CacheEntry> entry) { decide(std::move(entry), true); });
    }

    // The program that held the lock while this attempt waited had its credentials refused:
    // sending the same ones again would only add a failed login towards a lockout (issue 7's 20
    // commands with a wrong secret). Its refusal is this attempt's answer.
    bool refusedWhileWaiting()
    {
        if (!m_lock || !m_lock->waited())
            return false;
        const ProfileState st = m_service->m_state.get(m_profile.uuid);
        const auto kind = parseErrorKind(st.lastResult);
        const bool refusal = kind
            && (*kind == ErrorKind::OAuth || *kind == ErrorKind::PasswordExpired
                || *kind == ErrorKind::MfaRequired || *kind == ErrorKind::MissingClaim);
        // State times have whole seconds: compare at that precision.
        const QDateTime started = m_startedAt.addMSecs(-m_startedAt.time().msec());
        if (!refusal || !st.lastAt.isValid() || st.lastAt < started)
            return false;
        fail(makeError(*kind,
                       QCoreApplication::translate(
                           "sdsm",
                           "another command's attempt for profile %1 was refused while this one "
                           "waited, so the same credentials were not sent again: %2")
                           .arg(quotedName(m_profile.name), st.lastMessage)));
        return true;
    }

    void checkCached(const CacheEntry &entry)
    {
        m_checkedOnServer = true;
        const QUrl url = sessionUrl();
        m_service->m_transport
            .send(bearerRequest("GET"_ba, url, entry.accessToken), transportOptions())
            ->then(this, [this, entry, url](Result<HttpAnswer> answer) {
                if (!answer.ok())
                    return fail(answer.error());
                const auto status = readSessionAnswer(answer.value(), url);
                if (!status.ok())
                    return fail(status.error());
                if (status.value().valid) {
                    Session s = sessionFrom(entry, m_profile);
                    s.validOnServer = true;
                    s.checkedOnServerAt = m_service->m_clock.now();
                    return present(std::move(s), false);
                }
                m_droppedByServer = true;
                m_notes << QCoreApplication::translate(
                    "sdsm", "the server no longer knew the cached session; a new one was obtained");
                // The session is gone (a refresh would be refused too): forget it, log in once.
                forgetCache([this] {
                    lockThen(
                        [this](auto lock) {
                            m_lock = lock;
                            login();
                        },
                        [this](const Error &e) { fail(e); });
                });
            });
    }

    void useCached(const CacheEntry &entry) { present(sessionFrom(entry, m_profile), false); }

    // --- credentials ---------------------------------------------------------------------

    // Reads what this attempt sends, then calls `next`: the client secret (required unless a
    // 3.x device vouches for the application), the device secret, the device certificate, and
    // for a login the user's password (stored, or asked).
    void readCredentials(bool forLogin, std::function<void()> next)
    {
        const QList<SecretKind> required = m_profile.requiredSecretKinds(m_form);
        auto afterClient = [this, forLogin, required, next] {
            if (m_profile.deviceMode == DeviceMode::Secret)
                return readSecret(SecretKind::Device, true, [this, forLogin, next](auto value) {
                    m_deviceSecret = *value;
                    m_redactor.addSecret(*value);
                    m_redactor.addDevicePair(m_profile.deviceId, *value);
                    if (const QString problem = checkDeviceSecret(*value, m_profile.version);
                        !problem.isEmpty())
                        return fail(makeError(ErrorKind::Refused,
                                              u"profile \"%1\": %2"_s.arg(m_profile.name, problem))
                                        .with({RemedyAction::SetSecret,
                                               secretKindName(SecretKind::Device)}));
                    afterDevice(forLogin, next);
                });
            if (m_profile.deviceMode == DeviceMode::Certificate)
                return readSecret(SecretKind::CertPassword, false,
                                  [this, forLogin, next](std::optional<QString> password) {
                                      if (password)
                                          m_redactor.addSecret(*password);
                                      auto identity = loadClientIdentity(
                                          m_profile.certificatePath, m_profile.certificateKeyPath,
                                          password, m_service->m_clock.now());
                                      if (!identity.ok())
                                          return fail(identity.error());
                                      m_identity = std::move(identity).value();
                                      afterDevice(forLogin, next);
                                  });
            afterDevice(forLogin, next);
        };
        readSecret(SecretKind::Client, required.contains(SecretKind::Client),
                   [this, afterClient](std::optional<QString> value) {
                       m_clientSecret = value;
                       if (value)
                           m_redactor.addSecret(*value);
                       afterClient();
                   });
    }

    void afterDevice(bool forLogin, const std::function<void()> &next)
    {
        if (!forLogin || m_profile.grant != GrantType::Password)
            return next();
        if (m_profile.passwordMode == PasswordMode::Stored)
            return readSecret(SecretKind::Password, true, [this, next](auto value) {
                m_password = *value;
                m_redactor.addSecret(*value);
                next();
            });
        if (!m_prompter)
            return fail(passwordNotAsked());
        m_prompter->askPassword(m_profile)->then(this, [this, next](auto answer) {
            if (!answer.ok())
                return fail(answer.error());
            if (!answer.value())
                return fail(passwordNotAsked());
            m_password = *answer.value();
            m_redactor.addSecret(m_password);
            next();
        });
    }

    // A cached session signed with the application's or the device's own secret verifies only
    // with that secret: read it (missing is fine: the signature then stays unverified).
    void readVerificationSecrets(std::function<void()> next)
    {
        m_secretsRead = true;
        readSecret(SecretKind::Client, false, [this, next](std::optional<QString> client) {
            m_clientSecret = client;
            if (m_profile.deviceMode != DeviceMode::Secret)
                return next();
            readSecret(SecretKind::Device, false, [this, next](std::optional<QString> device) {
                m_deviceSecret = device.value_or(QString());
                next();
            });
        });
    }

    Error passwordNotAsked() const
    {
        return makeError(ErrorKind::SecretMissing,
                         QCoreApplication::translate(
                             "sdsm",
                             "profile %1 asks for the password each time, and there was no way to "
                             "ask for it")
                             .arg(quotedName(m_profile.name)))
            .with({RemedyAction::EnterPassword, {}});
    }

    // Reads one secret; a required one that is absent ends the attempt — after the keychain is
    // known to be usable, since QtKeychain 0.13 reads a locked keyring as empty.
    void readSecret(SecretKind kind, bool required,
                    std::function<void(std::optional<QString>)> next)
    {
        m_service->m_secrets.read(m_profile.uuid, kind)
            ->then(this, [this, kind, required, next](Result<std::optional<QString>> value) {
                if (!value.ok())
                    return fail(value.error());
                if (value.value() || !required)
                    return next(value.value());
                m_service->m_secrets.checkUsable()->then(this, [this, kind](Result<void> usable) {
                    fail(usable.ok() ? makeError(ErrorKind::SecretMissing,
                                                 QCoreApplication::translate(
                                                     "sdsm", "no %1 stored for profile %2")
                                                     .arg(secretKindLabel(kind),
                                                          quotedName(m_profile.name)))
                                           .with({RemedyAction::SetSecret, secretKindName(kind)})
                                     : usable.error());
                });
            });
    }

    // --- requests ------------------------------------------------------------------------

    void login()
    {
        m_grant = m_profile.grant == GrantType::Password ? RequestGrant::Password
                                                         : RequestGrant::ClientCredentials;
        readCredentials(true, [this] {
            const bool omit = m_form == Generation::V3 && m_state.omitClientSecretWithDevice
                && m_profile.deviceMode != DeviceMode::None;
            if (omit && m_clientSecret)
                m_notes << clientSecretNotCheckedNote();
            send(m_form, m_clientSecret.has_value() && !omit);
        });
    }

    void refresh(const CacheEntry &entry)
    {
        m_refreshing = entry;
        m_grant = RequestGrant::RefreshToken;
        m_form = entry.generation;
        m_redactor.addSecret(entry.refreshToken);
        readCredentials(false, [this] {
            // Exactly as at login: the client secret only if it went then too.
            send(m_form, m_refreshing->clientSecretSent && m_clientSecret.has_value());
        });
    }

    void send(Generation form, bool includeClientSecret)
    {
        ++m_requestsSent;
        m_form = form;
        m_sentClientSecret = includeClientSecret;

        TokenRequestSpec spec;
        spec.endpoint = m_profile.effectiveTokenEndpoint();
        spec.grant = m_grant;
        spec.scope = m_profile.scope;
        spec.clientId = m_profile.clientId;
        if (includeClientSecret)
            spec.clientSecret = m_clientSecret;
        if (m_profile.deviceMode == DeviceMode::Secret)
            spec.device = DeviceCredentials {m_profile.deviceId, m_deviceSecret};
        spec.form = form;
        if (m_grant == RequestGrant::Password) {
            spec.username = m_profile.username;
            spec.password = m_password;
            spec.mfaCode = m_mfaCode;
        }
        if (m_grant == RequestGrant::RefreshToken)
            spec.refreshToken = m_refreshing->refreshToken;
        else
            spec.facility = m_facility;
        const HttpRequest request = buildTokenRequest(spec);

        if (request.url.scheme() == u"http"_s && !isLoopbackHost(request.url.host()))
            Q_EMIT m_service->warning(
                QCoreApplication::translate(
                    "sdsm",
                    "warning: sending credentials to %1 over plain http (the profile allows plain "
                    "http); anyone on the network path can read them")
                    .arg(request.url.host()));

        TransportOptions transport = transportOptions();
        if (m_identity)
            transport.clientIdentity = m_identity;
        m_sentAt = m_service->m_clock.now();
        auto *exchange = m_service->m_transport.send(request, transport);
        m_inFlight = exchange;
        exchange->then(this, [this](Result<HttpAnswer> answer) {
            if (!answer.ok())
                return fail(answer.error());
            onAnswer(answer.value());
        });
    }

    void onAnswer(const HttpAnswer &answer)
    {
        AnswerContext context;
        context.form = m_form;
        context.grant = m_grant;
        context.endpoint = m_profile.effectiveTokenEndpoint().toString();
        context.redactor = &m_redactor;
        Result<TokenResponse> parsed = parseTokenAnswer(answer, context);
        if (parsed.ok())
            return succeed(std::move(parsed).value(), answer);
        const Error &e = parsed.error();
        if (e.kind == ErrorKind::Http && e.httpStatus == 404)
            return hintTokenEndpoint(e);
        if (e.kind != ErrorKind::OAuth)
            return fail(e);

        if (m_grant == RequestGrant::RefreshToken)
            return refreshRefused(e);

        // A certificate device whose certificate the server never took: it asked for none in the
        // handshake, then wanted a device (santedb-auth.md §4.2). Saying "device headers" or
        // "wrong version" here would send the person the wrong way.
        if (m_profile.deviceMode == DeviceMode::Certificate && isDeviceFormatRefusal(e)) {
            QString said = e.serverDescription;
            while (said.endsWith(u'.'))
                said.chop(1);
            Error notAsked = e;
            notAsked.message =
                QCoreApplication::translate(
                    "sdsm",
                    "the server did not ask for a client certificate — certificate device "
                    "authentication is not configured on this endpoint%1 (%2, HTTP %3)")
                    .arg(said.isEmpty()
                             ? QString()
                             : QCoreApplication::translate("sdsm", "; the server said: %1")
                                   .arg(said),
                         e.serverError)
                    .arg(e.httpStatus);
            return fail(notAsked);
        }

        // santedb-auth.md §4.1: 3.x may reject device Basic together with client_secret as a
        // format problem (HTTP 400 unspecified_error), not a credential failure.
        if (!m_usedFormatFallback && m_form == Generation::V3
            && m_profile.deviceMode == DeviceMode::Secret && m_sentClientSecret
            && e.httpStatus == 400 && e.serverError == u"unspecified_error"_s) {
            m_usedFormatFallback = true;
            m_omittedClientSecretNow = true;
            m_notes << clientSecretNotCheckedNote();
            return send(Generation::V3, false);
        }
        // `auto` learns the generation from a refusal only 2.x gives to the 3.x form.
        const bool tfa2 = e.serverError == u"invalid_grant"_s && m_grant == RequestGrant::Password
            && mentionsSecondFactor(e.serverDescription);
        if (m_mayDetect && !m_usedDetection && m_form == Generation::V3
            && m_profile.deviceMode == DeviceMode::Secret && isDeviceFormatRefusal(e)) {
            m_usedDetection = true;
            m_detected = Generation::V2;
            return send(Generation::V2, m_clientSecret.has_value());
        }
        // A code was sent and the server speaks of codes again: the code was refused (3.x says
        // "Invalid TFA secret" too, so this proves no generation).
        if (!m_mfaCode.isEmpty() && (e.serverError == u"mfa_required"_s || tfa2))
            return codeRefused(e);
        if (e.serverError == u"mfa_required"_s || (tfa2 && m_form == Generation::V2)
            || (tfa2 && m_mayDetect)) {
            if (tfa2 && m_form == Generation::V3) {
                // The code goes in 2.x's header, and the device in 2.x's too.
                m_detected = Generation::V2;
                m_form = Generation::V2;
            }
            return askForMfa(e);
        }
        if (e.serverError == u"missing_claim"_s)
            return askForFacility(e);
        if (e.serverError == u"invalid_grant"_s && m_grant == RequestGrant::Password
            && (m_form == Generation::V2 || m_mayDetect)
            && mentionsMissingClaim(e.serverDescription) && m_facility.isEmpty())
            return fail(makeError(ErrorKind::MissingClaim,
                                  QCoreApplication::translate(
                                      "sdsm",
                                      "the server wants a facility chosen for this user (%1); "
                                      "SanteDB 2.x does not say which ones it offers")
                                      .arg(e.serverDescription))
                            .with({RemedyAction::ChooseFacility, {}}));
        if (m_grant == RequestGrant::Password
            && refusesExpiredPassword(e.serverError, e.serverDescription)) {
            Error expired = e;
            expired.kind = ErrorKind::PasswordExpired;
            return fail(expired);
        }
        fail(e);
    }

    // A token endpoint that is not there: the server's discovery document may say where it is.
    void hintTokenEndpoint(const Error &e)
    {
        m_service->m_metadata.discovery(m_profile, transportOptions())
            ->then(this, [this, e](Result<std::optional<DiscoveryDocument>> d) {
                if (!d.ok() || !d.value()
                    || d.value()->tokenEndpoint.adjusted(QUrl::StripTrailingSlash)
                        == m_profile.effectiveTokenEndpoint().adjusted(QUrl::StripTrailingSlash))
                    return fail(e);
                Error hinted = e;
                hinted.message += QCoreApplication::translate(
                                      "sdsm",
                                      " — the server's discovery document names the token "
                                      "endpoint %1")
                                      .arg(d.value()->tokenEndpoint.toDisplayString());
                hinted.remedy = {RemedyAction::EditProfileField, u"token_endpoint"_s};
                fail(hinted);
            });
    }

    // A wrong code: the server said no; it is never asked for again.
    void codeRefused(const Error &e)
    {
        Error refused = e;
        refused.message =
            QCoreApplication::translate(
                "sdsm",
                "the server refused the one-time code: %1 (%2, HTTP %3); it was not sent again")
                .arg(e.serverDescription, e.serverError, QString::number(e.httpStatus));
        fail(refused);
    }

    void askForMfa(const Error &e)
    {
        const QString prompt = e.serverDescription;
        auto noWay = [this, prompt] {
            fail(makeError(ErrorKind::MfaRequired,
                           QCoreApplication::translate(
                               "sdsm",
                               "the server asks for a one-time code (%1), and there was no way to "
                               "ask for it")
                               .arg(prompt.isEmpty()
                                        ? QCoreApplication::translate("sdsm", "no prompt given")
                                        : prompt))
                     .with({RemedyAction::EnterMfaCode, {}}));
        };
        if (!m_prompter)
            return noWay();
        m_prompter->askMfaCode(m_profile, prompt)->then(this, [this, noWay](auto code) {
            if (!code.ok())
                return fail(code.error());
            if (!code.value())
                return noWay();
            m_mfaCode = *code.value();
            m_redactor.addSecret(m_mfaCode);
            send(m_form, m_sentClientSecret);
        });
    }

    void askForFacility(const Error &e)
    {
        if (m_usedFacility) // the facility the server asked for was refused too
            return fail(e);
        QList<Choice> choices = e.choices;
        auto noWay = [this, e] {
            Error missing =
                makeError(ErrorKind::MissingClaim,
                          QCoreApplication::translate(
                              "sdsm", "the server wants a facility chosen for this user (%1)")
                              .arg(e.serverDescription))
                    .with({RemedyAction::ChooseFacility, {}});
            missing.choices = e.choices;
            missing.serverError = e.serverError;
            missing.serverDescription = e.serverDescription;
            missing.httpStatus = e.httpStatus;
            fail(missing);
        };
        if (!m_prompter || choices.isEmpty())
            return noWay();
        m_prompter->chooseFacility(m_profile, choices)->then(this, [this, noWay](auto chosen) {
            if (!chosen.ok())
                return fail(chosen.error());
            if (!chosen.value())
                return noWay();
            m_facility = *chosen.value();
            m_usedFacility = true;
            send(m_form, m_sentClientSecret);
        });
    }

    void refreshRefused(const Error &e)
    {
        // A refused refresh falls back to one full login when the credentials are at hand
        // (stored, or a password that can be asked); otherwise the person has to log in.
        const bool canLogin = m_profile.grant != GrantType::Password
            || m_profile.passwordMode == PasswordMode::Stored || m_prompter;
        if (!canLogin || m_refreshFellBack)
            return fail(Error(e).with({RemedyAction::Login, {}}));
        m_refreshFellBack = true;
        m_notes << QCoreApplication::translate(
                       "sdsm",
                       "the server refused to renew the session (%1); a new one was obtained")
                       .arg(e.serverDescription.isEmpty() ? e.serverError : e.serverDescription);
        m_refreshing.reset();
        m_form = m_fixed ? *m_fixed : m_state.detectedVersion.value_or(m_form);
        login();
    }

    // --- success -------------------------------------------------------------------------

    void succeed(TokenResponse response, const HttpAnswer &answer)
    {
        Session s;
        s.profileName = m_profile.name;
        s.accessToken = response.accessToken;
        s.idToken = response.idToken;
        // SanteDB rotates refresh tokens; a server that sends none keeps the old one valid.
        s.refreshToken = !response.refreshToken.isEmpty()
            ? response.refreshToken
            : (m_refreshing ? m_refreshing->refreshToken : QString());
        s.tokenType = response.tokenType;
        s.tokenTypeClass = response.tokenTypeClass;
        s.deviceMode = m_profile.deviceMode;
        if (m_identity)
            s.deviceCertificate = m_identity->info;
        s.clientSecretChecked = m_sentClientSecret;
        s.raw = QJsonDocument::fromJson(answer.body).object();
        s.notes = m_notes;
        s.facility = m_refreshing ? m_refreshing->facility : m_facility;
        const QDateTime now = m_service->m_clock.now();
        s.obtainedAt = m_refreshing ? m_refreshing->obtainedAt : now;
        if (m_refreshing)
            s.renewedAt = now;
        s.obtainedBy = m_grant == RequestGrant::RefreshToken ? ObtainedBy::RefreshToken
            : m_grant == RequestGrant::Password              ? ObtainedBy::Password
                                                             : ObtainedBy::ClientCredentials;
        for (const QString &w : std::as_const(response.warnings))
            s.warnings << w;
        if (const QString skew = clockSkewWarning(answer); !skew.isEmpty())
            s.warnings << skew;

        ClaimsSummary claims;
        if (!response.idToken.isEmpty()) {
            if (auto decoded = decodeJwt(response.idToken.toUtf8()); decoded.ok()) {
                claims = summarizeClaims(decoded.value().claims);
                s.idClaims = std::move(decoded).value();
            } else {
                // decodeJwt words its errors for tokens a person pastes ("opaque 3.x access
                // token"); about a server's answer that would be a guess, so only the fact is said.
                s.warnings << QCoreApplication::translate("sdsm",
                                                          "the server's id_token is unreadable");
            }
        }

        ExpiryInput expiryInput;
        expiryInput.sentAt = m_sentAt;
        expiryInput.expiresIn = response.expiresIn;
        // Only a request that needed the 2.x form proves a 2.x server; otherwise `auto` lets the
        // numbers decide the unit.
        expiryInput.unitGeneration = m_fixed
            ? m_fixed
            : (m_form == Generation::V2 ? std::optional(Generation::V2) : std::nullopt);
        expiryInput.idTokenExp = claims.expiresAt;
        expiryInput.idTokenIat = claims.issuedAt;
        s.expiry = computeExpiry(expiryInput);
        s.generation = m_fixed                                        ? *m_fixed
            : (m_form == Generation::V2 || s.expiry.millisecondsUnit) ? Generation::V2
                                                                      : Generation::V3;
        if (m_mayDetect && m_profile.deviceMode == DeviceMode::Secret)
            m_detected = s.generation;
        if (!s.expiry.at.isValid())
            s.warnings << QCoreApplication::translate(
                "sdsm",
                "the server gave neither expires_in nor an id_token exp, so the "
                "session's expiry is unknown and it will not be cached");
        if (m_refreshing && now.secsTo(s.expiry.at) <= m_options.minValidSeconds)
            s.warnings << QCoreApplication::translate(
                              "sdsm", "the renewed session expires %1, sooner than asked for")
                              .arg(relativeText(s.expiry.at, now));
        present(std::move(s), true);
    }

    // Verification, names and bookkeeping shared by fresh and cached sessions.
    void present(Session s, bool fresh)
    {
        m_session = std::move(s);
        m_fresh = fresh;
        // A lean command with a cached session prints the token and nothing about it.
        if (!fresh && !m_options.thorough)
            return finishSession();
        verify(KeyFetch::FetchIfMissing);
    }

    void verify(KeyFetch fetch)
    {
        Session &s = *m_session;
        if (!s.idClaims) {
            s.signature = {SignatureState::Unavailable, {}, false};
            return afterVerify();
        }
        const QString kid = s.idClaims->header.value(u"kid"_s).toString();
        const bool secretSigned = kid.compare(m_profile.clientId, Qt::CaseInsensitive) == 0;
        if (secretSigned && !m_fresh && !m_secretsRead)
            return readVerificationSecrets([this, fetch] { verify(fetch); });
        auto check = [this, secretSigned, fetch](std::optional<QList<Jwk>> keys,
                                                 const QString &problem) {
            VerificationKeys v;
            v.jwks = std::move(keys);
            v.applicationName = m_profile.clientId;
            v.clientSecret = m_clientSecret;
            if (!m_deviceSecret.isEmpty())
                v.deviceSecret = m_deviceSecret;
            m_session->signature = verifyJwt(*m_session->idClaims, v);
            if (m_session->signature.kidNotInJwks && fetch != KeyFetch::Refetch && !secretSigned
                && m_options.thorough)
                return verify(KeyFetch::Refetch); // a new key: fetch the JWKS once more
            if (m_session->signature.state == SignatureState::Unavailable && !problem.isEmpty())
                m_keysProblem = problem;
            afterVerify();
        };
        if (secretSigned)
            return check(std::nullopt, {});
        const KeyFetch mode = m_options.thorough ? fetch : KeyFetch::CachedOnly;
        m_service->m_metadata.signingKeys(m_profile, transportOptions(), mode)
            ->then(this, [check](Result<SigningKeys> keys) {
                if (!keys.ok())
                    return check(std::nullopt, keys.error().message);
                check(keys.value().keys, keys.value().problem);
            });
    }

    void afterVerify()
    {
        Session &s = *m_session;
        const bool verified = s.signature.state == SignatureState::Verified;
        const ClaimsSummary claims =
            s.idClaims ? summarizeClaims(s.idClaims->claims) : ClaimsSummary {};
        if (verified)
            s.deviceAuthenticated = !claims.deviceId.isEmpty();
        else
            s.deviceAuthenticated.reset();

        if (s.idClaims) {
            for (const QString &problem : checkTimes(s.idClaims->claims, m_service->m_clock.now()))
                s.warnings << problem;
        }
        if (!verified && m_profile.deviceMode != DeviceMode::None && m_fresh) {
            if (s.idToken.isEmpty()) {
                s.warnings << QCoreApplication::translate(
                    "sdsm",
                    "whether the device was authenticated cannot be told: the server "
                    "sent no id_token");
            } else if (!s.idClaims) {
                s.warnings << QCoreApplication::translate(
                    "sdsm",
                    "whether the device was authenticated cannot be told without a "
                    "readable id_token");
            } else {
                QString why = signatureStateLabel(s.signature.state);
                if (!m_keysProblem.isEmpty())
                    why += u" — "_s + m_keysProblem;
                s.warnings << QCoreApplication::translate(
                                  "sdsm",
                                  "whether the device was authenticated cannot be told: the "
                                  "id_token's signature is not verified (%1)")
                                  .arg(why);
            }
        }
        if (verified && s.deviceAuthenticated == false && m_profile.deviceMode != DeviceMode::None
            && m_fresh) {
            s.warnings
                << (m_profile.deviceMode == DeviceMode::Certificate
                        ? QCoreApplication::translate(
                            "sdsm",
                            "the server granted an application-only session and did not "
                            "authenticate the device certificate")
                        : QCoreApplication::translate(
                              "sdsm",
                              "the server granted an application-only session and did not "
                              "authenticate device %1 — it ignored the %2 device header; check "
                              "the profile's SanteDB version (2.x reads X-Device-Authorization, "
                              "3.x reads Authorization: Basic)")
                              .arg(m_profile.deviceId,
                                   m_form == Generation::V2 ? u"2.x"_s : u"3.x"_s));
        }
        namePolicies();
    }

    void namePolicies()
    {
        Session &s = *m_session;
        const QList<PolicyGrant> grants =
            s.idClaims ? policiesOf(s.idClaims->claims) : QList<PolicyGrant> {};
        s.policies.clear();
        for (const PolicyGrant &g : grants)
            s.policies.append({g.oid, g.name, g.name.isEmpty() ? QString() : u"built_in"_s});
        if (!m_options.thorough || !m_options.namePolicies || grants.isEmpty())
            return finishSession();
        QStringList oids;
        for (const PolicyGrant &g : grants)
            oids << g.oid;
        m_service->m_metadata.policyNames(m_profile, transportOptions(), s.accessToken, oids)
            ->then(this, [this](Result<ServerMetadata::Names> names) {
                if (names.ok()) {
                    for (SessionPolicy &p : m_session->policies) {
                        const PolicyName n = names.value().names.value(p.oid);
                        p.name = n.name;
                        p.nameSource = n.source;
                    }
                    if (!names.value().note.isEmpty())
                        m_session->notes << names.value().note;
                }
                finishSession();
            });
    }

    void finishSession()
    {
        if (!m_fresh)
            return complete(u"cached"_s);
        Session &s = *m_session;
        // After a renewal (or a refused one) the cached entry's refresh token is spent: replace it.
        const bool renewed = m_refreshing || m_refreshFellBack;
        if (!s.expiry.at.isValid() || (!m_options.cacheSession && !renewed))
            return complete(u"ok"_s);
        CacheEntry entry;
        entry.accessToken = s.accessToken;
        entry.idToken = s.idToken;
        entry.refreshToken = s.refreshToken;
        entry.tokenType = s.tokenType;
        entry.expiresAt = s.expiry.at;
        entry.obtainedAt = s.obtainedAt;
        entry.renewedAt = s.renewedAt;
        entry.expirySource = s.expiry.source;
        entry.fingerprint = fingerprint(
            m_profile, m_fixed ? m_fixed : (m_detected ? m_detected : m_state.detectedVersion));
        entry.generation = s.generation;
        entry.clientSecretSent = m_refreshing ? m_refreshing->clientSecretSent : m_sentClientSecret;
        entry.obtainedBy = m_profile.grant == GrantType::Password ? ObtainedBy::Password
                                                                  : ObtainedBy::ClientCredentials;
        entry.facility = s.facility;
        m_service->m_secrets.write(m_profile.uuid, SecretKind::Session, entry.toText())
            ->then(this, [this](Result<void> written) {
                if (!written.ok())
                    m_session->warnings
                        << QCoreApplication::translate(
                               "sdsm",
                               "the session could not be cached in the keychain (%1); the next "
                               "command will request a new one")
                               .arg(written.error().message);
                complete(u"ok"_s);
            });
    }

    void complete(const QString &result)
    {
        record(result, Error {});
        m_job->finish(std::move(*m_session));
        deleteLater();
    }

    void fail(const Error &error)
    {
        record(u"error"_s, error);
        m_job->finish(error);
        deleteLater();
    }

    void record(const QString &result, const Error &error)
    {
        const QDateTime now = m_service->m_clock.now();
        const Session *session = m_session ? &*m_session : nullptr;
        // A cached session that was simply reused changes nothing worth a write.
        if (result != u"cached"_s || m_checkedOnServer) {
            const auto stateWrite =
                m_service->m_state.update(m_profile.uuid, [&](ProfileState &st) {
                    if (m_detected)
                        st.detectedVersion = m_detected;
                    if (m_omittedClientSecretNow && session)
                        st.omitClientSecretWithDevice = true;
                    st.lastResult = result == u"error"_s ? error.kindName() : result;
                    st.lastAt = now;
                    st.lastMessage = error.message;
                    if (session) {
                        st.expiresAt = session->expiry.at;
                        st.expirySource = session->expiry.source;
                        const ClaimsSummary claims = session->idClaims
                            ? summarizeClaims(session->idClaims->claims)
                            : ClaimsSummary {};
                        st.subject = claims.subject;
                        st.name = claims.name;
                        st.generation = session->generation;
                        st.deviceAuthenticated = session->deviceAuthenticated.value_or(false);
                        st.clientSecretChecked = session->clientSecretChecked;
                    }
                    if (session && session->validOnServer) {
                        st.validOnServer = session->validOnServer;
                        st.checkedOnServerAt = session->checkedOnServerAt;
                    }
                });
            if (!stateWrite.ok())
                Q_EMIT m_service->warning(QCoreApplication::translate("sdsm", "warning: %1")
                                              .arg(stateWrite.error().message));
        }
        HistoryEntry entry;
        entry.at = now;
        entry.profileUuid = m_profile.uuid;
        entry.profileName = m_profile.name;
        entry.result = result;
        entry.errorKind = result == u"error"_s ? error.kindName() : QString();
        entry.message = error.message;
        entry.latencyMs = m_elapsed.elapsed();
        entry.program = m_options.program;
        if (const auto appended = m_service->m_history.append(entry); !appended.ok())
            Q_EMIT m_service->warning(
                QCoreApplication::translate("sdsm", "warning: %1").arg(appended.error().message));
    }

    static QString clientSecretNotCheckedNote()
    {
        return QCoreApplication::translate(
            "sdsm", "application authenticated on behalf of the device; client secret not checked");
    }

    Prompter *m_prompter;
    Job<Session> *m_job;
    QPointer<JobBase> m_inFlight; // the token request on the wire, if any
    ProfileState m_state;
    std::shared_ptr<ProfileLock> m_lock; // held from the second cache read to the end
    Redactor m_redactor;
    QElapsedTimer m_elapsed;
    QString m_fingerprint;
    std::optional<Generation> m_fixed, m_detected;
    Generation m_form = Generation::V3;
    RequestGrant m_grant = RequestGrant::ClientCredentials;
    std::optional<QString> m_clientSecret;
    QString m_deviceSecret, m_password, m_mfaCode, m_facility;
    std::optional<ClientIdentity> m_identity;
    std::optional<CacheEntry> m_refreshing;
    std::optional<Session> m_session;
    QStringList m_notes;
    QString m_keysProblem;
    QDateTime m_sentAt, m_startedAt;
    int m_requestsSent = 0;
    bool m_mayDetect = false;
    bool m_sentClientSecret = false;
    bool m_omittedClientSecretNow = false;
    bool m_usedFormatFallback = false, m_usedDetection = false, m_usedFacility = false;
    bool m_refreshFellBack = false, m_checkedOnServer = false, m_droppedByServer = false;
    bool m_fresh = false, m_secretsRead = false;
};

// `session NAME`: asks the server about the cached session (GET <root>/auth/session).
class SessionService::ServerCheck final : public SessionWork
{
public:
    ServerCheck(SessionService *service, Profile profile, SessionOptions options,
                Job<ServerSessionStatus> *job)
        : SessionWork(service, std::move(profile), std::move(options))
        , m_job(job)
    {
        job->setCancelHandler([this] { deleteLater(); });
    }

    void start()
    {
        readCache([this](std::optional<CacheEntry> entry) {
            if (!entry) {
                m_job->finish(ServerSessionStatus {});
                return deleteLater();
            }
            const QUrl url = sessionUrl();
            m_service->m_transport
                .send(bearerRequest("GET"_ba, url, entry->accessToken), transportOptions())
                ->then(this, [this, entry, url](Result<HttpAnswer> answer) {
                    if (!answer.ok())
                        return done(answer.error());
                    const auto read = readSessionAnswer(answer.value(), url);
                    if (!read.ok())
                        return done(read.error());
                    ServerSessionStatus status;
                    status.sessionCached = true;
                    status.validOnServer = read.value().valid;
                    status.checkedAt = m_service->m_clock.now();
                    if (status.validOnServer) {
                        // The server answers in its generation's unit, as the token endpoint.
                        if (read.value().expiresIn)
                            status.expiresAt = entry->generation == Generation::V2
                                ? status.checkedAt.addMSecs(*read.value().expiresIn)
                                : status.checkedAt.addSecs(*read.value().expiresIn);
                        if (auto jwt = decodeJwt(read.value().idToken.toUtf8()); jwt.ok()) {
                            const ClaimsSummary c = summarizeClaims(jwt.value().claims);
                            status.subject = c.subject;
                            status.name = c.name;
                            if (c.expiresAt)
                                status.expiresAt = *c.expiresAt;
                        }
                    }
                    done(status);
                });
        });
    }

private:
    void done(Result<ServerSessionStatus> result)
    {
        if (result.ok()) {
            const bool valid = result.value().validOnServer;
            const QDateTime at = result.value().checkedAt;
            (void)m_service->m_state.update(m_profile.uuid, [&](ProfileState &st) {
                st.validOnServer = valid;
                st.checkedOnServerAt = at;
            });
        }
        m_job->finish(std::move(result));
        deleteLater();
    }

    Job<ServerSessionStatus> *m_job;
};

// `logout NAME`: ends the session on the server, then forgets it here whatever the server said.
class SessionService::SignOut final : public SessionWork
{
public:
    SignOut(SessionService *service, Profile profile, SessionOptions options,
            Job<SignOutResult> *job)
        : SessionWork(service, std::move(profile), std::move(options))
        , m_job(job)
    {
        job->setCancelHandler([this] { deleteLater(); });
    }

    void start()
    {
        // Under the profile lock, so a refresh running elsewhere cannot bring the session back.
        lockThen(
            [this](std::shared_ptr<ProfileLock> lock) {
                m_lock = std::move(lock);
                readCache([this](std::optional<CacheEntry> entry) {
                    if (!entry)
                        return done(SignOutResult {SignOutResult::Outcome::NothingCached});
                    m_entry = *entry;
                    withLiveHint();
                });
            },
            [this](const Error &e) { done(e); });
    }

private:
    // SanteDB refuses an expired id_token hint; the session endpoint mints a fresh one.
    void withLiveHint()
    {
        const auto jwt = decodeJwt(m_entry.idToken.toUtf8());
        const ClaimsSummary claims =
            jwt.ok() ? summarizeClaims(jwt.value().claims) : ClaimsSummary {};
        const QDateTime now = m_service->m_clock.now();
        if (claims.expiresAt && now.secsTo(*claims.expiresAt) > ClockSkewSeconds)
            return signOut(m_entry.idToken);
        const QUrl url = sessionUrl();
        m_service->m_transport
            .send(bearerRequest("GET"_ba, url, m_entry.accessToken), transportOptions())
            ->then(this, [this, url](Result<HttpAnswer> answer) {
                if (!answer.ok())
                    return forgetThen(answer.error());
                const auto read = readSessionAnswer(answer.value(), url);
                if (!read.ok())
                    return forgetThen(read.error());
                if (!read.value().valid)
                    return forgetThen(SignOutResult {SignOutResult::Outcome::AlreadyGone});
                if (read.value().idToken.isEmpty())
                    return forgetThen(
                        makeError(ErrorKind::Protocol,
                                  QCoreApplication::translate(
                                      "sdsm",
                                      "the server gave no id_token to sign out with; the session "
                                      "was forgotten here but stays valid on the server until it "
                                      "expires")));
                signOut(read.value().idToken);
            });
    }

    void signOut(const QString &idToken)
    {
        HttpRequest request = bearerRequest("POST"_ba, authUrlFor(m_profile.server, u"/signout"_s),
                                            m_entry.accessToken);
        request.headers.append({"Content-Type"_ba, "application/x-www-form-urlencoded"_ba});
        request.body = formEncode({{u"id_token_hint"_s, idToken}});
        m_service->m_transport.send(request, transportOptions())
            ->then(this, [this](Result<HttpAnswer> answer) {
                if (!answer.ok())
                    return forgetThen(answer.error());
                const HttpAnswer &a = answer.value();
                if (a.status >= 200 && a.status < 300)
                    return forgetThen(SignOutResult {SignOutResult::Outcome::SignedOut});
                Redactor redactor;
                redactor.addSecret(m_entry.accessToken);
                redactor.addSecret(m_entry.refreshToken);
                redactor.addSecret(m_entry.idToken);
                AnswerContext context;
                context.form = m_entry.generation;
                context.endpoint = authUrlFor(m_profile.server, u"/signout"_s).toString();
                context.redactor = &redactor;
                const auto parsed = parseTokenAnswer(a, context);
                const Error e = parsed.ok()
                    ? makeError(ErrorKind::Protocol,
                                QCoreApplication::translate(
                                    "sdsm", "the sign-out got an unexpected answer"))
                    : parsed.error();
                if (e.serverError == u"invalid_request"_s
                    && e.serverDescription.contains(u"invalid session"_s, Qt::CaseInsensitive))
                    return forgetThen(SignOutResult {SignOutResult::Outcome::AlreadyGone});
                Error refused = makeError(
                    e.kind == ErrorKind::OAuth ? ErrorKind::OAuth : ErrorKind::Http,
                    QCoreApplication::translate("sdsm",
                                                "the server did not end the session: %1; it was "
                                                "forgotten here anyway")
                        .arg(e.message));
                refused.serverError = e.serverError;
                refused.serverDescription = e.serverDescription;
                refused.httpStatus = a.status;
                forgetThen(refused);
            });
    }

    void forgetThen(Result<SignOutResult> result)
    {
        forgetCache([this, result = std::move(result)] { done(result); });
    }

    void done(Result<SignOutResult> result)
    {
        m_job->finish(std::move(result));
        deleteLater();
    }

    Job<SignOutResult> *m_job;
    std::shared_ptr<ProfileLock> m_lock;
    CacheEntry m_entry;
};

SessionService::SessionService(const AppPaths &paths, StateStore &state, History &history,
                               const Clock &clock, SecretStore &secrets, HttpTransport &transport,
                               ServerMetadata &metadata, KnownServers &knownServers,
                               QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_state(state)
    , m_history(history)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_transport(transport)
    , m_metadata(metadata)
    , m_knownServers(knownServers)
{ }

SessionService::~SessionService() = default;

Job<Session> *SessionService::obtain(const Profile &profile, const SessionOptions &options,
                                     Prompter *prompter)
{
    auto *job = new Job<Session>;
    (new Attempt(this, profile, options, prompter, job))->start();
    return job;
}

Job<ServerSessionStatus> *SessionService::checkOnServer(const Profile &profile,
                                                        const SessionOptions &options)
{
    auto *job = new Job<ServerSessionStatus>;
    (new ServerCheck(this, profile, options, job))->start();
    return job;
}

Job<SignOutResult> *SessionService::signOut(const Profile &profile, const SessionOptions &options)
{
    auto *job = new Job<SignOutResult>;
    (new SignOut(this, profile, options, job))->start();
    return job;
}

QString SessionService::fingerprint(const Profile &profile, std::optional<Generation> generation)
{
    const QJsonArray parts {
        profile.effectiveTokenEndpoint().toString(),
        profile.clientId,
        deviceModeName(profile.deviceMode),
        profile.deviceId,
        profile.certificatePath,
        profile.scope,
        generation ? QString::number(static_cast<int>(*generation)) : u"auto"_s,
        grantName(profile.grant),
        profile.username,
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(parts).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Job<void> *SessionService::discardSession(const QUuid &profile)
{
    auto *job = new Job<void>;
    m_secrets.remove(profile, SecretKind::Session)
        ->then(job, [this, job, profile](Result<bool> removed) {
            if (!removed.ok())
                return job->finish(removed.error());
            job->finish(m_state.update(profile, [](ProfileState &s) { s.forgetSession(); }));
        });
    return job;
}

} // namespace sdsm
