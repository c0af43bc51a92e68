// SPDX-License-Identifier: Apache-2.0
#include "tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// UserClassKeys.HumanUser: the actor of every user session (DOCS identity-token-contents.md).
constexpr auto humanUserActor = "33932b42-6f4b-4659-8849-6aca54139d8e"_L1;
// The seed page's 2.x answer reports 16 ms already gone: 1799984 for 30 minutes.
constexpr qint64 elapsed2xMs = 16;

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          count / qsizetype(sizeof(quint32)));
    return bytes;
}

QString sidText(const QUuid &sid)
{
    return sid.toString(QUuid::WithoutBraces);
}

// A multi-valued claim is an array, a single value a plain string (santedb-auth.md §7.3).
QJsonValue claimValue(const QStringList &values)
{
    if (values.size() == 1)
        return values.first();
    return QJsonArray::fromStringList(values);
}

HttpResponse noStore(HttpResponse response)
{
    response.headers.append({"Cache-Control"_ba, "no-store"_ba});
    return response;
}

} // namespace

TokenIssuer::TokenIssuer(const EmulatorOptions &options, SessionStore &sessions)
    : m_options(options)
    , m_sessions(sessions)
    , m_signer(options.effectiveSigning())
    , m_dataKey(randomBytes(32))
{ }

HttpResponse TokenIssuer::establish(const Grant &grant)
{
    // SanteDB with no configured key and no secret in the request cannot sign (§7.1 step 3).
    if (m_signer.usesRequestSecret() && grant.secret.isEmpty())
        return HttpResponse::oauthError(500, u"unspecified_error"_s,
                                        u"No signing key found in configuration"_s);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    Session session;
    session.id = QUuid::createUuid().toRfc4122();
    session.app = grant.app;
    session.device = grant.device;
    session.deviceSubject = grant.deviceSubject;
    session.user = grant.user;
    session.facility = grant.facility;
    session.scopes = m_sessions.intern(grant.scopes);
    session.nonce = grant.nonce;
    // Kept only where the signature needs it, so long runs hold no secrets they do not use.
    if (m_signer.usesRequestSecret())
        session.signingSecret = grant.secret;
    session.notBeforeMs = nowMs;
    session.notAfterMs = nowMs + qint64(m_options.sessionSeconds) * 1000;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(session.id, m_dataKey, QCryptographicHash::Sha256);
    if (m_options.santedbVersion == 2) {
        session.accessToken = QByteArray(session.id + signature).toHex().toUpper();
        session.refreshToken = newRefreshToken();
    } else {
        session.accessToken = session.id.toBase64(base64Url) + '.' + signature.toBase64(base64Url);
        // AdoSessionProvider: refresh tokens for user sessions only (§3.3).
        if (grant.user)
            session.refreshToken = newRefreshToken();
    }
    const Session &stored = m_sessions.add(std::move(session));
    return tokenResponse(stored, expiresIn(stored, nowMs));
}

HttpResponse TokenIssuer::refresh(const Session &session, const QByteArray &secret)
{
    if (m_signer.usesRequestSecret() && secret.isEmpty() && session.signingSecret.isEmpty())
        return HttpResponse::oauthError(500, u"unspecified_error"_s,
                                        u"No signing key found in configuration"_s);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray signingSecret = !m_signer.usesRequestSecret() ? QByteArray()
        : secret.isEmpty()                                         ? session.signingSecret
                                                                   : secret;
    const Session &extended =
        m_sessions.extend(session.id, nowMs + qint64(m_options.sessionSeconds) * 1000,
                          newRefreshToken(), signingSecret);
    return tokenResponse(extended, expiresIn(extended, nowMs));
}

HttpResponse TokenIssuer::describe(const Session &session) const
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 leftMs = session.notAfterMs - nowMs;
    return noStore(HttpResponse::json(
        200,
        {{u"access_token"_s, QString::fromLatin1(session.accessToken)},
         {u"id_token"_s, QString::fromLatin1(idToken(session, true))},
         {u"token_type"_s, u"bearer"_s},
         {u"expires_in"_s, m_options.santedbVersion == 2 ? leftMs : leftMs / 1000}}));
}

HttpResponse TokenIssuer::tokenResponse(const Session &session, qint64 expiresIn) const
{
    QJsonObject body {{u"token_type"_s, u"bearer"_s},
                      {u"access_token"_s, QString::fromLatin1(session.accessToken)},
                      {u"id_token"_s, QString::fromLatin1(idToken(session, false))},
                      {u"expires_in"_s, expiresIn}};
    if (!session.refreshToken.isEmpty())
        body.insert(u"refresh_token"_s, QString::fromLatin1(session.refreshToken));
    if (m_options.santedbVersion == 3 && !session.nonce.isEmpty())
        body.insert(u"nonce"_s, session.nonce);
    return noStore(HttpResponse::json(200, body));
}

qint64 TokenIssuer::expiresIn(const Session &session, qint64 nowMs) const
{
    if (m_options.santedbVersion == 2)
        return session.notAfterMs - nowMs - elapsed2xMs;
    // floor((NotAfter - UtcNow).TotalSeconds) a moment after NotAfter was set.
    return (session.notAfterMs - nowMs) / 1000 - 1;
}

QByteArray TokenIssuer::newRefreshToken() const
{
    if (m_options.santedbVersion == 2)
        return randomBytes(48).toHex().toUpper();
    const QByteArray secret = randomBytes(32);
    return secret.toBase64(base64Url) + '.'
        + QMessageAuthenticationCode::hash(secret, m_dataKey, QCryptographicHash::Sha256)
              .toBase64(base64Url);
}

QByteArray TokenIssuer::idToken(const Session &session, bool freshlyMinted) const
{
    const QJsonObject claims =
        m_options.santedbVersion == 2 ? claims2(session) : claims3(session, freshlyMinted);
    return m_signer.sign(claims, session.signingSecret, session.app->clientId);
}

QJsonObject TokenIssuer::claims2(const Session &session) const
{
    // Short 2.x names (santedb-auth.md §1); jti is the hex session id, as SERVER2 wrote it.
    const qint64 issuedAt = session.notBeforeMs / 1000;
    const QString appSid = sidText(session.app->sid);
    QJsonObject claims {{u"iss"_s, m_issuer},
                        {u"aud"_s, session.app->clientId},
                        {u"exp"_s, session.notAfterMs / 1000},
                        {u"nbf"_s, issuedAt},
                        {u"iat"_s, issuedAt},
                        {u"authmethod"_s, u"OAuth"_s},
                        {u"appid"_s, appSid},
                        {u"jti"_s, QString::fromLatin1(session.id.toHex().toUpper())}};
    if (session.user) {
        claims.insert(u"sub"_s, sidText(session.user->sid));
        claims.insert(u"unique_name"_s, session.user->username);
        if (!session.user->roles.isEmpty())
            claims.insert(u"role"_s, claimValue(session.user->roles));
    } else {
        claims.insert(u"sub"_s, appSid);
        claims.insert(u"unique_name"_s, session.app->clientId);
    }
    if (!session.scopes.isEmpty())
        claims.insert(u"scope"_s, claimValue(session.scopes));
    if (session.device)
        claims.insert(u"devid"_s, sidText(session.device->sid));
    if (session.facility)
        claims.insert(policies::facilityClaim, sidText(session.facility->id));
    return claims;
}

QJsonObject TokenIssuer::claims3(const Session &session, bool freshlyMinted) const
{
    const qint64 issuedAt = session.notBeforeMs / 1000;
    const QString appSid = sidText(session.app->sid);
    const QString sid = sidText(QUuid::fromRfc4122(session.id));
    QJsonObject claims {{u"iss"_s, m_issuer},
                        {u"aud"_s, session.app->clientId},
                        {u"exp"_s, session.notAfterMs / 1000},
                        {u"nbf"_s, issuedAt},
                        {u"iat"_s, issuedAt},
                        {u"sid"_s, sid},
                        {u"urn:santedb:org:claim:appid"_s, appSid}};
    QJsonObject santedb {{u"appid"_s, appSid}, {u"appname"_s, session.app->clientId}};
    if (session.user) {
        const QString userSid = sidText(session.user->sid);
        claims.insert(u"sub"_s, userSid);
        claims.insert(u"name"_s, session.user->username);
        claims.insert(u"actor"_s, humanUserActor);
        claims.insert(u"urn:santedb:org:claim:usrid"_s, userSid);
        if (!session.user->roles.isEmpty())
            claims.insert(u"role"_s, claimValue(session.user->roles));
        santedb.insert(u"usrid"_s, userSid);
    } else {
        claims.insert(u"sub"_s, appSid);
        claims.insert(u"name"_s, session.app->clientId);
    }
    if (!session.scopes.isEmpty())
        claims.insert(u"scope"_s, claimValue(session.scopes));
    // GET /auth/session mints without the request's nonce (§11.3).
    if (!session.nonce.isEmpty() && !freshlyMinted)
        claims.insert(u"nonce"_s, session.nonce);
    const QByteArray accessHash =
        QCryptographicHash::hash(session.accessToken, QCryptographicHash::Sha256);
    claims.insert(u"at_hash"_s, QString::fromLatin1(accessHash.left(16).toBase64(base64Url)));
    const QByteArray jtiSource = session.app->clientId.toUtf8() + sid.toUtf8()
        + session.nonce.toUtf8() + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + randomBytes(8);
    claims.insert(
        u"jti"_s,
        QString::fromLatin1(
            QCryptographicHash::hash(jtiSource, QCryptographicHash::Sha256).toBase64(base64Url)));
    if (session.device) {
        const QString deviceSid = sidText(session.device->sid);
        claims.insert(u"urn:santedb:org:claim:devid"_s, deviceSid);
        santedb.insert(u"devid"_s, deviceSid);
        santedb.insert(u"devname"_s, session.device->deviceId);
        if (!session.deviceSubject.isEmpty())
            santedb.insert(u"x509sub"_s, session.deviceSubject);
    }
    QJsonObject extensions {{u"santedb"_s, santedb}};
    if (session.facility)
        extensions.insert(u"ihe_iua"_s,
                          QJsonObject {{u"subject_facility_id"_s, sidText(session.facility->id)}});
    claims.insert(u"extensions"_s, extensions);
    return claims;
}

} // namespace sdsm::emu
