// SPDX-License-Identifier: Apache-2.0
#include "authendpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

AuthEndpoints::AuthEndpoints(EmulatorOptions options)
    : m_options(std::move(options))
    , m_issuer(m_options, m_sessions)
    , m_token(m_options, m_sessions, m_issuer)
    , m_ami(m_options, m_sessions)
{ }

void AuthEndpoints::setBaseUrl(const QUrl &baseUrl)
{
    m_issuer.setIssuer(baseUrl.toString(QUrl::StripTrailingSlash) + u"/auth"_s);
    m_token.setPort(baseUrl.port());
    m_ami.setRealm(baseUrl.host());
}

HttpResponse AuthEndpoints::handle(const RecordedRequest &request)
{
    // Expired sessions go first, so no endpoint ever sees one.
    m_sessions.prune(QDateTime::currentMSecsSinceEpoch());
    if (!m_options.faultHits(request.method, request.route()))
        return route(request);
    if (std::optional<HttpResponse> hostile = m_token.fault(request))
        return *hostile;
    return m_token.spoil(route(request));
}

HttpResponse AuthEndpoints::route(const RecordedRequest &request)
{
    const QByteArray route = request.route();
    const QByteArray &method = request.method;
    if (method == "POST" && route == "/auth/oauth2_token")
        return m_token.handle(request);
    if (method == "GET" && route == "/auth/.well-known/openid-configuration")
        return discovery();
    if (method == "GET" && route == "/auth/jwks")
        return HttpResponse::json(200, m_issuer.signer().jwks());
    if (method == "GET" && route == "/auth/session")
        return sessionInfo(request);
    if (method == "POST" && route == "/auth/signout")
        return signout(parseForm(request.body));
    if (method == "GET" && route == "/auth/signout")
        return signout(request.query());
    if (method == "PING" && (route == "/auth" || route == "/auth/")) {
        HttpResponse response;
        response.status = 204;
        return response;
    }
    if (std::optional<HttpResponse> answer = m_ami.handle(request))
        return *answer;
    return HttpResponse::json(404, {{u"error"_s, u"not_found"_s}});
}

qsizetype AuthEndpoints::sessionCount()
{
    m_sessions.prune(QDateTime::currentMSecsSinceEpoch());
    return m_sessions.size();
}

HttpResponse AuthEndpoints::sessionInfo(const RecordedRequest &request) const
{
    const Session *session = m_sessions.findByAccessToken(request.bearerToken());
    if (!session)
        return HttpResponse::oauthError(200, u"invalid_request"_s, u"No Such Session"_s);
    return m_issuer.describe(*session);
}

HttpResponse AuthEndpoints::signout(const FormFields &fields)
{
    // OAuthServiceBehavior.Signout (§11.5): the hint must be this server's unexpired id_token;
    // then the session its sid (2.x: its jti, the hex session id) names is abandoned.
    const auto answer = [](int status, const QString &description) {
        HttpResponse response = description.isEmpty()
            ? HttpResponse()
            : HttpResponse::oauthError(status, u"invalid_request"_s, description);
        response.headers.append({"Cache-Control"_ba, "no-store"_ba});
        return response;
    };
    const QByteArray hint = formValue(fields, u"id_token_hint").value_or(QString()).toUtf8();
    const std::optional<TokenSigner::Decoded> decoded = TokenSigner::decode(hint);
    if (!decoded)
        return answer(400, u"invalid token"_s);
    const QJsonObject &claims = decoded->claims;
    // The secret modes signed with the application's or the device's secret.
    QList<QByteArray> secrets;
    const Identities &ids = m_options.identities;
    if (const Application *app = ids.findApplication(decoded->header[u"kid"_s].toString()))
        secrets.append(app->secret.toUtf8());
    for (const QString &claim : {u"urn:santedb:org:claim:devid"_s, u"devid"_s}) {
        if (const Device *device = ids.findDeviceBySid(QUuid(claims[claim].toString())))
            secrets.append(device->secret.toUtf8());
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!m_issuer.signer().verify(hint, secrets) || claims[u"iss"_s].toString() != m_issuer.issuer()
        || claims[u"exp"_s].toInteger() <= now)
        return answer(400, u"invalid token"_s);
    const QByteArray id = claims.contains(u"sid"_s)
        ? QUuid(claims[u"sid"_s].toString()).toRfc4122()
        : QByteArray::fromHex(claims[u"jti"_s].toString().toLatin1());
    if (!m_sessions.remove(id))
        return answer(400, u"invalid session"_s);
    return answer(200, QString());
}

HttpResponse AuthEndpoints::discovery() const
{
    QStringList scopes;
    for (const policies::Named &policy : policies::standard())
        scopes += policy.oid;
    for (const policies::Named &policy : m_options.identities.sitePolicies)
        scopes += policy.oid;
    for (const Application &app : m_options.identities.applications)
        scopes += app.policies;
    for (const Device &device : m_options.identities.devices)
        scopes += device.policies;
    for (const User &user : m_options.identities.users)
        scopes += user.policies;
    scopes.removeDuplicates();

    const QString base = m_issuer.issuer();
    QJsonObject document {
        {u"issuer"_s, base},
        {u"token_endpoint"_s, QString(base + u"/oauth2_token"_s)},
        {u"jwks_uri"_s, QString(base + u"/jwks"_s)},
        {u"userinfo_endpoint"_s, QString(base + u"/userinfo"_s)},
        {u"scopes_supported"_s, QJsonArray::fromStringList(scopes)},
        {u"grant_types_supported"_s,
         QJsonArray {u"client_credentials"_s, u"password"_s, u"refresh_token"_s}},
        {u"response_types_supported"_s, QJsonArray {u"code"_s}},
        {u"subject_types_supported"_s, QJsonArray {u"public"_s}},
        {u"id_token_signing_alg_values_supported"_s, QJsonArray {m_issuer.signer().algorithm()}}};
    // SanteDB 2.x's discovery named no sign-out endpoint (its contract had none); 3.x's does.
    if (m_options.santedbVersion == 3)
        document.insert(u"end_session_endpoint"_s, QString(base + u"/signout"_s));
    return HttpResponse::json(200, document);
}

} // namespace sdsm::emu
