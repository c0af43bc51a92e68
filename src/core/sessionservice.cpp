#include "sessionservice.h"

#include "clock.h"
#include "redactor.h"
#include "timetext.h"
#include "tokentransport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr int CacheFormatVersion = 1;

std::optional<Generation> fixedGeneration(SanteDbVersion version)
{
    switch (version) {
    case SanteDbVersion::V2:
        return Generation::V2;
    case SanteDbVersion::V3:
        return Generation::V3;
    case SanteDbVersion::Auto:
        break;
    }
    return std::nullopt;
}

bool isDeviceFormatRefusal(const Error &e)
{
    // santedb-auth.md §4.3: a 3.x server without the device says unauthorized_client; a 2.x
    // server that never saw X-Device-Authorization says invalid_grant "...requires device
    // authentication...".
    return e.kind == ErrorKind::OAuth && e.httpStatus == 400
        && (e.serverError == u"unauthorized_client"_s
            || (e.serverError == u"invalid_grant"_s
                && e.serverDescription.contains(u"requires device authentication"_s,
                                                Qt::CaseInsensitive)));
}

} // namespace

// One obtain(): the steps run as a chain of callbacks so neither the CLI's event loop nor the
// desktop app's is ever blocked.
class SessionService::Job : public QObject
{
public:
    Job(SessionService *service, Profile profile, SessionOptions options, Done done)
        : QObject(service)
        , m_service(service)
        , m_profile(std::move(profile))
        , m_options(std::move(options))
        , m_done(std::move(done))
        , m_state(service->m_state.get(m_profile.uuid))
    { }

    void start()
    {
        m_elapsed.start();
        if (const auto valid = validateProfile(m_profile); !valid.ok())
            return fail(valid.error());
        if (m_profile.grant != GrantType::ClientCredentials)
            return fail(makeError(
                ErrorKind::Refused,
                u"profile \"%1\" uses the password grant, which this version cannot run yet — use client_credentials"_s
                    .arg(m_profile.name)));
        if (m_profile.deviceMode == DeviceMode::Certificate)
            return fail(makeError(
                ErrorKind::Refused,
                u"profile \"%1\" authenticates its device with a certificate, which this version cannot send yet — use a device secret for now"_s
                    .arg(m_profile.name)));

        const auto fixed = fixedGeneration(m_profile.version);
        m_hasDevice = m_profile.deviceMode == DeviceMode::Secret;
        m_form = fixed ? *fixed : m_state.detectedVersion.value_or(Generation::V3);
        m_mayDetect = !fixed && !m_state.detectedVersion && m_hasDevice;
        m_fingerprint = fingerprint(m_profile, fixed ? fixed : m_state.detectedVersion);

        if (m_options.fresh)
            return readClientSecret();
        m_service->m_secrets.read(m_profile.uuid, SecretKind::Session)
            ->then(this, [this](Result<std::optional<QString>> cached) {
                if (!cached.ok())
                    return fail(cached.error());
                if (cached.value() && useCached(*cached.value()))
                    return;
                readClientSecret();
            });
    }

    void cancel() { m_service->m_transport->cancel(); }

private:
    bool useCached(const QString &text)
    {
        const QJsonObject entry = QJsonDocument::fromJson(text.toUtf8()).object();
        const QDateTime expiresAt =
            QDateTime::fromString(entry.value(u"expires_at"_s).toString(), Qt::ISODate);
        const QDateTime now = m_service->m_clock.now();
        if (entry.value(u"v"_s).toInt() != CacheFormatVersion
            || entry.value(u"fingerprint"_s).toString() != m_fingerprint || !expiresAt.isValid()
            || now.secsTo(expiresAt) <= m_options.minValidSeconds
            || entry.value(u"access_token"_s).toString().isEmpty())
            return false;

        Session session;
        session.profileName = m_profile.name;
        session.cached = true;
        session.accessToken = entry.value(u"access_token"_s).toString();
        session.idToken = entry.value(u"id_token"_s).toString();
        session.refreshToken = entry.value(u"refresh_token"_s).toString();
        session.tokenType = entry.value(u"token_type"_s).toString();
        session.tokenTypeClass = classifyTokenType(session.tokenType);
        session.expiry.at = expiresAt.toUTC();
        session.expiry.source = entry.value(u"expiry_source"_s).toString();
        session.generation =
            entry.value(u"santedb_version"_s).toInt() == 2 ? Generation::V2 : Generation::V3;
        session.deviceConfigured = m_hasDevice;
        session.deviceAuthenticated = entry.value(u"device_authenticated"_s).toBool();
        session.clientSecretChecked = entry.value(u"client_secret_checked"_s).toBool();
        session.raw = entry;
        if (!session.idToken.isEmpty()) {
            auto decoded = decodeJwt(session.idToken.toUtf8());
            if (decoded.ok())
                session.idClaims = std::move(decoded).value();
        }
        record(u"cached"_s, Error {}, session);
        finish(std::move(session));
        return true;
    }

    void readClientSecret()
    {
        // Without a device, or on 2.x, the application must prove itself with its secret; a
        // 3.x device lets the application act on its behalf, so there the secret is optional.
        const bool required = !m_hasDevice || m_form == Generation::V2;
        m_service->m_secrets.read(m_profile.uuid, SecretKind::Client)
            ->then(this, [this, required](Result<std::optional<QString>> secret) {
                if (!secret.ok())
                    return fail(secret.error());
                if (!secret.value() && required)
                    return failMissing(SecretKind::Client);
                m_clientSecret = secret.value();
                if (m_clientSecret)
                    m_redactor.addSecret(*m_clientSecret);
                if (m_hasDevice)
                    return readDeviceSecret();
                send(m_form, m_clientSecret.has_value());
            });
    }

    void readDeviceSecret()
    {
        m_service->m_secrets.read(m_profile.uuid, SecretKind::Device)
            ->then(this, [this](Result<std::optional<QString>> secret) {
                if (!secret.ok())
                    return fail(secret.error());
                if (!secret.value())
                    return failMissing(SecretKind::Device);
                m_deviceSecret = *secret.value();
                m_redactor.addSecret(m_deviceSecret);
                m_redactor.addDevicePair(m_profile.deviceId, m_deviceSecret);
                if (const QString problem = checkDeviceSecret(m_deviceSecret, m_profile.version);
                    !problem.isEmpty())
                    return fail(
                        makeError(ErrorKind::Refused,
                                  u"profile \"%1\": %2"_s.arg(m_profile.name, problem))
                            .with({RemedyAction::SetSecret, secretKindName(SecretKind::Device)}));
                const bool omitSecret =
                    m_form == Generation::V3 && m_state.omitClientSecretWithDevice;
                if (omitSecret)
                    m_notes << clientSecretNotCheckedNote();
                send(m_form, m_clientSecret.has_value() && !omitSecret);
            });
    }

    void send(Generation form, bool includeClientSecret)
    {
        ++m_requestsSent;
        m_form = form;
        m_sentClientSecret = includeClientSecret;

        TokenRequestSpec spec;
        spec.endpoint = m_profile.effectiveTokenEndpoint();
        spec.scope = m_profile.scope;
        spec.clientId = m_profile.clientId;
        if (includeClientSecret)
            spec.clientSecret = m_clientSecret;
        if (m_hasDevice)
            spec.device = DeviceCredentials {m_profile.deviceId, m_deviceSecret};
        spec.form = form;
        const TokenRequest request = buildTokenRequest(spec);

        if (request.url.scheme() == u"http"_s && !isLoopbackHost(request.url.host()))
            Q_EMIT m_service->warning(
                u"warning: sending credentials to %1 over plain http (the profile allows plain http); anyone on the network path can read them"_s
                    .arg(request.url.host()));

        TransportOptions transport;
        transport.timeoutMs = m_options.timeoutSeconds * 1000;
        transport.noProxy = m_options.noProxy;
        transport.caFile = m_profile.caFile;
        transport.pinSha256 = m_profile.pinSha256;
        m_sentAt = m_service->m_clock.now();
        m_service->m_transport->send(request, transport, [this](Result<HttpAnswer> answer) {
            if (!answer.ok())
                return fail(answer.error());
            onAnswer(answer.value());
        });
    }

    void onAnswer(const HttpAnswer &answer)
    {
        AnswerContext context;
        context.form = m_form;
        context.endpoint = m_profile.effectiveTokenEndpoint().toString();
        context.redactor = &m_redactor;
        Result<TokenResponse> parsed = parseTokenAnswer(answer, context);
        if (parsed.ok())
            return succeed(std::move(parsed).value(),
                           QJsonDocument::fromJson(answer.body).object());

        const Error &e = parsed.error();
        if (m_requestsSent < 2) {
            // santedb-auth.md §4.1: 3.x may reject device Basic together with client_secret as a
            // format problem (HTTP 400 unspecified_error), not a credential failure.
            if (m_form == Generation::V3 && m_hasDevice && m_sentClientSecret
                && e.kind == ErrorKind::OAuth && e.httpStatus == 400
                && e.serverError == u"unspecified_error"_s) {
                m_omittedClientSecretNow = true;
                m_notes << clientSecretNotCheckedNote();
                return send(Generation::V3, false);
            }
            if (m_mayDetect && m_form == Generation::V3 && isDeviceFormatRefusal(e))
                return send(Generation::V2, m_clientSecret.has_value());
        }
        fail(e);
    }

    void succeed(TokenResponse response, const QJsonObject &raw)
    {
        for (const QString &w : std::as_const(response.warnings))
            Q_EMIT m_service->warning(u"warning: "_s + w);

        Session session;
        session.profileName = m_profile.name;
        session.accessToken = response.accessToken;
        session.idToken = response.idToken;
        session.refreshToken = response.refreshToken;
        session.tokenType = response.tokenType;
        session.tokenTypeClass = response.tokenTypeClass;
        session.deviceConfigured = m_hasDevice;
        session.clientSecretChecked = m_sentClientSecret;
        session.notes = m_notes;
        session.raw = raw;

        ClaimsSummary claims;
        if (!response.idToken.isEmpty()) {
            auto decoded = decodeJwt(response.idToken.toUtf8());
            if (decoded.ok()) {
                claims = summarizeClaims(decoded.value().claims);
                session.idClaims = std::move(decoded).value();
            } else {
                Q_EMIT m_service->warning(u"warning: the id_token could not be decoded: "_s
                                          + decoded.error().message);
            }
        }

        const auto fixed = fixedGeneration(m_profile.version);
        ExpiryInput expiryInput;
        expiryInput.sentAt = m_sentAt;
        expiryInput.expiresIn = response.expiresIn;
        // Only a request that needed the 2.x device header proves a 2.x server; otherwise `auto`
        // lets the numbers decide the unit.
        expiryInput.unitGeneration = fixed
            ? fixed
            : (m_form == Generation::V2 ? std::optional(Generation::V2) : std::nullopt);
        expiryInput.idTokenExp = claims.expiresAt;
        expiryInput.idTokenIat = claims.issuedAt;
        session.expiry = computeExpiry(expiryInput);
        session.generation = fixed
            ? *fixed
            : ((m_form == Generation::V2 || session.expiry.millisecondsUnit) ? Generation::V2
                                                                             : Generation::V3);
        session.deviceAuthenticated = !claims.deviceId.isEmpty();

        if (m_hasDevice && !session.deviceAuthenticated) {
            if (response.idToken.isEmpty())
                Q_EMIT m_service->warning(
                    u"warning: the server sent no id_token, so whether device %1 was authenticated cannot be told"_s
                        .arg(m_profile.deviceId));
            else
                Q_EMIT m_service->warning(
                    u"warning: the server granted an application-only session and did not authenticate device %1 — it ignored the %2 device header; check the profile's SanteDB version (2.x reads X-Device-Authorization, 3.x reads Authorization: Basic)"_s
                        .arg(m_profile.deviceId, m_form == Generation::V2 ? u"2.x"_s : u"3.x"_s));
        }
        if (!session.expiry.at.isValid())
            Q_EMIT m_service->warning(
                u"warning: the server gave neither expires_in nor an id_token exp, so the session's expiry is unknown and it will not be cached"_s);

        if (m_mayDetect)
            m_detected = session.generation;
        if (session.expiry.at.isValid())
            storeInCache(session);
        else
            complete(std::move(session));
    }

    void storeInCache(Session session)
    {
        const std::optional<Generation> cacheGeneration = fixedGeneration(m_profile.version)
            ? fixedGeneration(m_profile.version)
            : (m_detected ? m_detected : m_state.detectedVersion);
        const QJsonObject entry {
            {u"v"_s, CacheFormatVersion},
            {u"access_token"_s, session.accessToken},
            {u"id_token"_s, session.idToken},
            {u"refresh_token"_s, session.refreshToken},
            {u"expires_at"_s, utcText(session.expiry.at)},
            {u"fingerprint"_s, fingerprint(m_profile, cacheGeneration)},
            {u"token_type"_s, session.tokenType},
            {u"expiry_source"_s, session.expiry.source},
            {u"santedb_version"_s, static_cast<int>(session.generation)},
            {u"device_authenticated"_s, session.deviceAuthenticated},
            {u"client_secret_checked"_s, session.clientSecretChecked},
        };
        m_service->m_secrets
            .write(m_profile.uuid, SecretKind::Session,
                   QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)))
            ->then(this, [this, session = std::move(session)](Result<void> written) mutable {
                if (!written.ok())
                    Q_EMIT m_service->warning(
                        u"warning: the session could not be cached in the keychain (%1); the next command will request a new one"_s
                            .arg(written.error().message));
                complete(std::move(session));
            });
    }

    void complete(Session session)
    {
        record(u"ok"_s, Error {}, session);
        finish(std::move(session));
    }

    void fail(const Error &error)
    {
        record(u"error"_s, error, std::nullopt);
        finish(error);
    }

    void record(const QString &result, const Error &error, const std::optional<Session> &session)
    {
        const QDateTime now = m_service->m_clock.now();
        const auto stateWrite = m_service->m_state.update(m_profile.uuid, [&](ProfileState &s) {
            if (m_detected)
                s.detectedVersion = m_detected;
            if (m_omittedClientSecretNow && session)
                s.omitClientSecretWithDevice = true;
            s.lastResult = result == u"error"_s ? error.kindName() : result;
            s.lastAt = now;
            s.lastMessage = error.message;
            if (session) {
                s.expiresAt = session->expiry.at;
                s.expirySource = session->expiry.source;
                const ClaimsSummary claims = session->idClaims
                    ? summarizeClaims(session->idClaims->claims)
                    : ClaimsSummary {};
                s.subject = claims.subject;
                s.name = claims.name;
                s.generation = session->generation;
                s.deviceAuthenticated = session->deviceAuthenticated;
                s.clientSecretChecked = session->clientSecretChecked;
            }
        });
        if (!stateWrite.ok())
            Q_EMIT m_service->warning(u"warning: "_s + stateWrite.error().message);

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
            Q_EMIT m_service->warning(u"warning: "_s + appended.error().message);
    }

    void finish(Result<Session> result)
    {
        auto done = std::move(m_done);
        // The service is free again before `done` runs, so it may start the next request.
        m_service->m_job = nullptr;
        deleteLater();
        done(std::move(result));
    }

    // "Missing" is only said once the keychain itself is known to be usable: QtKeychain 0.13
    // reads a locked keyring as empty.
    void failMissing(SecretKind kind)
    {
        m_service->m_secrets.checkUsable()->then(this, [this, kind](Result<void> usable) {
            fail(usable.ok() ? missingSecret(kind) : usable.error());
        });
    }

    Error missingSecret(SecretKind kind) const
    {
        return makeError(
                   ErrorKind::SecretMissing,
                   u"no %1 stored for profile %2"_s.arg(secretKindLabel(kind), m_profile.name))
            .with({RemedyAction::SetSecret, secretKindName(kind)});
    }

    static QString clientSecretNotCheckedNote()
    {
        return u"application authenticated on behalf of the device; client secret not checked"_s;
    }

    SessionService *m_service;
    Profile m_profile;
    SessionOptions m_options;
    Done m_done;
    ProfileState m_state;
    Redactor m_redactor;
    QElapsedTimer m_elapsed;
    QString m_fingerprint;
    std::optional<QString> m_clientSecret;
    QString m_deviceSecret;
    QStringList m_notes;
    QDateTime m_sentAt;
    Generation m_form = Generation::V3;
    std::optional<Generation> m_detected;
    int m_requestsSent = 0;
    bool m_hasDevice = false;
    bool m_mayDetect = false;
    bool m_sentClientSecret = false;
    bool m_omittedClientSecretNow = false;
};

SessionService::SessionService(StateStore &state, History &history, const Clock &clock,
                               SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_history(history)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_transport(new TokenTransport(this))
{ }

SessionService::~SessionService() = default;

void SessionService::obtain(const Profile &profile, const SessionOptions &options, Done done)
{
    if (m_job) {
        done(makeError(ErrorKind::Internal, u"a session request is already running"_s));
        return;
    }
    auto *job = new Job(this, profile, options, std::move(done));
    m_job = job;
    job->start();
}

void SessionService::cancel()
{
    if (m_job)
        m_job->cancel();
}

QString SessionService::fingerprint(const Profile &profile, std::optional<Generation> generation)
{
    const QJsonArray parts {
        profile.effectiveTokenEndpoint().toString(),
        profile.clientId,
        deviceModeName(profile.deviceMode),
        profile.deviceId,
        profile.scope,
        generation ? QString::number(static_cast<int>(*generation)) : u"auto"_s,
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(parts).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

void SessionService::discardSession(const QUuid &profile, std::function<void(Result<void>)> done)
{
    m_secrets.remove(profile, SecretKind::Session)
        ->then(this, [this, profile, done = std::move(done)](Result<bool> removed) {
            if (!removed.ok())
                return done(removed.error());
            done(m_state.update(profile, [](ProfileState &s) { s.forgetSession(); }));
        });
}

} // namespace sdsm
