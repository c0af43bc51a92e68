#include "authendpoints.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          count / qsizetype(sizeof(quint32)));
    return bytes;
}

QString uuidText(const QByteArray &sixteenBytes)
{
    return QUuid::fromRfc4122(sixteenBytes).toString(QUuid::WithoutBraces);
}

QString sidText(const QUuid &sid)
{
    return sid.toString(QUuid::WithoutBraces);
}

std::optional<QString> formValue(const AuthEndpoints::FormFields &form, QStringView name)
{
    for (const auto &[key, value] : form) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

// SanteDB's OAuthErrorBehavior: an exception message as unspecified_error, status from its type.
HttpResponse unspecified(int status, const QString &message)
{
    return HttpResponse::oauthError(status, u"unspecified_error"_s, message);
}

QString policyViolation(const QString &policy, const QString &principal)
{
    return u"Policy '"_s % policy % u"' was violated by '"_s % principal
        % u"' with outcome 'Deny'"_s;
}

// A multi-valued claim is an array, a single value a plain string (santedb-auth.md §7.3).
QJsonValue claimValue(const QStringList &values)
{
    if (values.size() == 1)
        return values.first();
    return QJsonArray::fromStringList(values);
}

struct ScopeDecision
{
    QStringList granted;
    QString deniedPolicy; // empty when granted
    QString deniedTo;
};

ScopeDecision decideScope(const std::optional<QString> &scope, const Application &app,
                          const Device *device)
{
    ScopeDecision decision;
    const QStringList requested = scope.value_or(QString()).split(u' ', Qt::SkipEmptyParts);
    if (requested.isEmpty() || requested == QStringList {u"*"_s}) {
        for (const QString &policy : app.policies) {
            if (!device || device->policies.contains(policy))
                decision.granted.append(policy);
        }
        return decision;
    }
    for (const QString &policy : requested) {
        if (!app.policies.contains(policy)) {
            decision.deniedPolicy = policy;
            decision.deniedTo = app.clientId;
            return decision;
        }
        if (device && !device->policies.contains(policy)) {
            decision.deniedPolicy = policy;
            decision.deniedTo = device->deviceId;
            return decision;
        }
        if (!decision.granted.contains(policy))
            decision.granted.append(policy);
    }
    return decision;
}

// Where the basic credentials came from decides the answers, so split them in one place.
struct BasicCredentials
{
    bool valid = false; // base64 decoded
    QStringList parts;
};

BasicCredentials decodeBasic(QByteArrayView encoded, int maxParts)
{
    const auto decoded = QByteArray::fromBase64Encoding(encoded.trimmed().toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QString text = QString::fromUtf8(*decoded);
    if (maxParts == 2) {
        const qsizetype colon = text.indexOf(u':');
        if (colon < 0)
            return {true, {text}};
        return {true, {text.left(colon), text.mid(colon + 1)}};
    }
    return {true, text.split(u':')};
}

QString htmlPre(const QString &text)
{
    return u"<pre>"_s % text.toHtmlEscaped() % u"</pre>"_s;
}

QByteArray hexUpper(const QByteArray &bytes)
{
    return bytes.toHex().toUpper();
}

} // namespace

AuthEndpoints::AuthEndpoints(EmulatorOptions options)
    : m_options(std::move(options))
    , m_key(randomBytes(32))
{ }

void AuthEndpoints::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

AuthEndpoints::FormFields AuthEndpoints::parseForm(QByteArrayView body)
{
    const auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    const auto decode = [&hexValue](QByteArrayView part) {
        QByteArray bytes;
        bytes.reserve(part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            const char c = part.at(i);
            if (c == '+') {
                bytes.append(' ');
            } else if (c == '%' && i + 2 < part.size() && hexValue(part.at(i + 1)) >= 0
                       && hexValue(part.at(i + 2)) >= 0) {
                bytes.append(char(hexValue(part.at(i + 1)) * 16 + hexValue(part.at(i + 2))));
                i += 2;
            } else {
                bytes.append(c);
            }
        }
        return QString::fromUtf8(bytes);
    };
    FormFields fields;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                fields.append({decode(pair), QString()});
            else
                fields.append({decode(pair.first(equals)), decode(pair.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return fields;
}

HttpResponse AuthEndpoints::handle(const RecordedRequest &request)
{
    const QByteArray route = request.route();
    const QByteArray method = request.method;
    if (method == "POST" && route == "/auth/oauth2_token")
        return token(request);
    if (method == "GET" && route == "/auth/.well-known/openid-configuration")
        return discovery();
    if (method == "GET" && route == "/auth/jwks")
        return jwks();
    if (method == "GET" && route == "/auth/session")
        return sessionInfo(request);
    if (method == "PING" && (route == "/auth" || route == "/auth/")) {
        HttpResponse response;
        response.status = 204;
        return response;
    }
    return HttpResponse::json(404, {{u"error"_s, u"not_found"_s}});
}

HttpResponse AuthEndpoints::token(const RecordedRequest &request)
{
    const QString &fault = m_options.fault;
    if (fault == u"hang") {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::Never;
        return response;
    }
    if (fault == u"redirect") {
        HttpResponse response;
        response.status = 307;
        response.headers = {{"Location"_ba,
                             "http://127.0.0.2:"_ba + QByteArray::number(m_baseUrl.port())
                                 + "/auth/oauth2_token"_ba}};
        return response;
    }
    if (fault == u"wrong-content-type") {
        HttpResponse response;
        response.headers = {{"Content-Type"_ba, "text/html; charset=utf-8"_ba}};
        response.body = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>"
                        "<h1>Sign in to continue</h1><form method=\"post\" action=\"/login\">"
                        "<input name=\"username\"><input name=\"password\" type=\"password\">"
                        "<button>Sign in</button></form></body></html>"_ba;
        return response;
    }
    if (fault == u"html-500") {
        // Like a framework error page: it shows the request back, secrets included.
        QString headerText;
        for (const auto &[name, value] : request.headers)
            headerText += QString::fromUtf8(name) % u": "_s % QString::fromUtf8(value) % u'\n';
        const QString page =
            u"<!DOCTYPE html><html><head><title>Server Error</title></head><body>"
            u"<h1>Server Error in '/auth' Application.</h1>"
            u"<h2>System.NullReferenceException: Object reference not set to an "
            u"instance of an object.</h2><h3>Request headers</h3>"_s
            % htmlPre(headerText) % u"<h3>Request body</h3>"_s
            % htmlPre(QString::fromUtf8(request.body)) % u"<h3>Stack trace</h3>"_s
            % htmlPre(
                u"   at SanteDB.Rest.OAuth.Rest.OAuthServiceBehavior.Token(NameValueCollection "
                u"formFields)\n   at RestSrvr.ServiceDispatcher.Dispatch(RestOperationContext "
                u"context)"_s)
            % u"</body></html>"_s;
        HttpResponse response;
        response.status = 500;
        response.headers = {{"Content-Type"_ba, "text/html; charset=utf-8"_ba}};
        response.body = page.toUtf8();
        return response;
    }
    if (fault == u"echo-credentials") {
        const QString echo = u"Authorization: "_s
            % QString::fromUtf8(request.header("Authorization")) % u"; X-Device-Authorization: "_s
            % QString::fromUtf8(request.header("X-Device-Authorization")) % u"; body: "_s
            % QString::fromUtf8(request.body);
        return unspecified(401, echo);
    }

    const FormFields form = parseForm(request.body);
    HttpResponse response =
        m_options.santedbVersion == 2 ? token2(request, form) : token3(request, form);

    if (fault == u"truncated-json") {
        response.delivery = HttpResponse::Delivery::HalfBody;
    } else if (fault == u"slow-drip") {
        response.delivery = HttpResponse::Delivery::Drip;
    } else if (fault == u"huge-body" || (response.status == 200 && !fault.isEmpty())) {
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (fault == u"huge-body")
            body.insert(u"x_debug_padding"_s, QString(2 * 1024 * 1024, u'A'));
        else if (fault == u"no-access-token")
            body.remove(u"access_token"_s);
        else if (fault == u"token-type-mac")
            body.insert(u"token_type"_s, u"mac"_s);
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return response;
}

HttpResponse AuthEndpoints::token3(const RecordedRequest &request, const FormFields &form)
{
    using namespace policies;
    const Identities &ids = m_options.identities;

    // ClientAuthorizationAccessBehavior: the Authorization header carries the device.
    const Device *device = nullptr;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.toLower().startsWith("basic")) {
        if (authorization.size() < 6)
            return unspecified(400,
                               u"startIndex cannot be larger than length of string. (Parameter "
                               u"'startIndex')"_s);
        const BasicCredentials credentials =
            decodeBasic(QByteArrayView(authorization).sliced(6), 0);
        if (!credentials.valid)
            return unspecified(400,
                               u"The input is not a valid Base-64 string as it contains a non-base "
                               u"64 character, more than two padding characters, or an illegal "
                               u"character among the padding characters."_s);
        if (credentials.parts.size() != 2)
            return unspecified(403, u"Malformed HTTP Basic Header"_s);
        const Device *candidate = ids.findDevice(credentials.parts.at(0));
        if (!candidate)
            return unspecified(401, u"Invalid device credentials"_s);
        if (candidate->locked)
            return unspecified(401, u"Device account is locked"_s);
        if (candidate->secret != credentials.parts.at(1))
            return unspecified(401, u"Invalid device credentials"_s);
        if (!candidate->policies.contains(loginAsService))
            return unspecified(403, policyViolation(loginAsService, candidate->deviceId));
        device = candidate;
    }

    const std::optional<QString> clientSecret = formValue(form, u"client_secret");
    // The behaviour above and the token endpoint both Add("symm_secret") to one dictionary.
    if (device && clientSecret)
        return unspecified(400,
                           u"An item with the same key has already been added. Key: symm_secret"_s);

    const QString grantType =
        formValue(form, u"grant_type").value_or(QString()).trimmed().toLower();
    if (grantType != u"client_credentials")
        return HttpResponse::oauthError(400, u"unsupported_grant_type"_s,
                                        u"unsupported grant type"_s);
    const QString clientId = formValue(form, u"client_id").value_or(QString());
    if (clientId.isEmpty())
        return HttpResponse::oauthError(400, u"invalid_grant"_s, u"invalid client_id"_s);

    const Application *app = ids.findApplication(clientId);
    if (clientSecret) {
        if (!app)
            return unspecified(401, u"Invalid client credentials"_s);
        if (app->locked)
            return unspecified(401, u"Application account is locked"_s);
        if (app->secret != *clientSecret)
            return unspecified(401, u"Invalid client credentials"_s);
    } else if (device) {
        if (!app)
            return HttpResponse::oauthError(400, u"invalid_grant"_s, u"invalid client_id"_s);
        if (app->locked)
            return unspecified(401, u"Application account is locked"_s);
        // The ADO provider's "on behalf of" identity demands LoginAsService.
        if (!app->policies.contains(loginAsService))
            return unspecified(403, policyViolation(loginAsService, app->clientId));
    } else {
        return HttpResponse::oauthError(400, u"invalid_client"_s, u"invalid client_secret"_s);
    }

    if (!app->policies.contains(clientCredentialsFlow))
        return unspecified(403, policyViolation(clientCredentialsFlow, app->clientId));
    if (device && !device->policies.contains(clientCredentialsFlow))
        return unspecified(403, policyViolation(clientCredentialsFlow, device->deviceId));
    if (!device) {
        if (!ids.allowNodelessClientAuth)
            return HttpResponse::oauthError(
                400, u"unauthorized_client"_s,
                u"client_credentials grant type requires device authentication either using "
                u"X509 or X-Device-Authorization or enabling the "
                u"DeviceAuthorizationAccessBehavior in the configuration."_s);
        if (!app->policies.contains(clientCredentialsNoDevice))
            return unspecified(403, policyViolation(clientCredentialsNoDevice, app->clientId));
    }

    const ScopeDecision scope = decideScope(formValue(form, u"scope"), *app, device);
    if (!scope.deniedPolicy.isEmpty())
        return unspecified(403, policyViolation(scope.deniedPolicy, scope.deniedTo));
    return issue(*app, device, scope.granted, formValue(form, u"nonce").value_or(QString()));
}

HttpResponse AuthEndpoints::token2(const RecordedRequest &request, const FormFields &form)
{
    using namespace policies;
    const Identities &ids = m_options.identities;
    const auto invalidGrant = [](const QString &description) {
        return HttpResponse::oauthError(400, u"invalid_grant"_s, description);
    };

    const Device *device = nullptr;
    if (request.hasHeader("X-Device-Authorization")) {
        const QByteArray header = request.header("X-Device-Authorization");
        if (!header.toLower().startsWith("basic "))
            return HttpResponse::oauthError(400, u"invalid_request"_s,
                                            u"X-Device-Authorization must be BASIC scheme"_s);
        const BasicCredentials credentials = decodeBasic(QByteArrayView(header).sliced(6), 2);
        const Device *candidate =
            credentials.parts.size() == 2 ? ids.findDevice(credentials.parts.at(0)) : nullptr;
        if (!candidate || candidate->locked || candidate->secret != credentials.parts.at(1))
            return invalidGrant(u"Invalid device credentials"_s);
        if (!candidate->policies.contains(loginAsService))
            return invalidGrant(policyViolation(loginAsService, candidate->deviceId));
        device = candidate;
    }

    // 2.x's Authorization: Basic means the application; its failures were swallowed.
    const Application *app = nullptr;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const BasicCredentials credentials =
            decodeBasic(QByteArrayView(authorization).sliced(6), 2);
        const Application *candidate =
            credentials.parts.size() == 2 ? ids.findApplication(credentials.parts.at(0)) : nullptr;
        if (candidate && !candidate->locked && candidate->secret == credentials.parts.at(1))
            app = candidate;
    }

    const QString grantType =
        formValue(form, u"grant_type").value_or(QString()).trimmed().toLower();
    if (grantType != u"client_credentials")
        return HttpResponse::oauthError(400, u"unsupported_grant_type"_s,
                                        u"unsupported grant type"_s);
    if (!app) {
        const QString clientId = formValue(form, u"client_id").value_or(QString());
        if (clientId.isEmpty())
            return HttpResponse::oauthError(400, u"invalid_request"_s, u"missing client_id"_s);
        const Application *candidate = ids.findApplication(clientId);
        const std::optional<QString> secret = formValue(form, u"client_secret");
        if (!candidate || candidate->locked || !secret || candidate->secret != *secret)
            return invalidGrant(u"Invalid client credentials"_s);
        app = candidate;
    }
    if (!device)
        return invalidGrant(u"client_credentials grant requires device authentication either "
                            u"using X509 or X-Device-Authorization"_s);
    if (!app->policies.contains(clientCredentialsFlow))
        return invalidGrant(policyViolation(clientCredentialsFlow, app->clientId));
    if (!device->policies.contains(clientCredentialsFlow))
        return invalidGrant(policyViolation(clientCredentialsFlow, device->deviceId));

    const ScopeDecision scope = decideScope(formValue(form, u"scope"), *app, device);
    if (!scope.deniedPolicy.isEmpty())
        return invalidGrant(policyViolation(scope.deniedPolicy, scope.deniedTo));
    return issue(*app, device, scope.granted, QString());
}

HttpResponse AuthEndpoints::issue(const Application &app, const Device *device,
                                  const QStringList &scopes, const QString &nonce)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    dropExpiredSessions(nowMs);

    Session session;
    session.id = QUuid::createUuid().toRfc4122();
    session.app = &app;
    session.device = device;
    session.scopes = scopes;
    session.nonce = nonce;
    session.notBeforeMs = nowMs;
    session.notAfterMs = nowMs + qint64(m_options.sessionSeconds) * 1000;

    const QByteArray signature = sign(session.id);
    QJsonObject body {{u"token_type"_s, u"bearer"_s}};
    QByteArray accessToken;
    if (m_options.santedbVersion == 2) {
        accessToken = hexUpper(session.id + signature);
        body.insert(u"expires_in"_s, qint64(m_options.sessionSeconds) * 1000 - 16);
        body.insert(u"refresh_token"_s, QString::fromLatin1(hexUpper(randomBytes(48))));
    } else {
        accessToken = session.id.toBase64(base64Url) + '.' + signature.toBase64(base64Url);
        body.insert(u"expires_in"_s, m_options.sessionSeconds - 1);
        if (!nonce.isEmpty())
            body.insert(u"nonce"_s, nonce);
    }
    body.insert(u"access_token"_s, QString::fromLatin1(accessToken));
    body.insert(u"id_token"_s, QString::fromLatin1(idToken(session, accessToken, false)));
    m_sessions.insert(accessToken, session);

    HttpResponse response = HttpResponse::json(200, body);
    response.headers.append({"Cache-Control"_ba, "no-store"_ba});
    return response;
}

HttpResponse AuthEndpoints::sessionInfo(const RecordedRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto found = authorization.toLower().startsWith("bearer ")
        ? m_sessions.constFind(authorization.mid(7).trimmed())
        : m_sessions.constEnd();
    if (found == m_sessions.constEnd() || found->notAfterMs <= nowMs)
        return HttpResponse::oauthError(200, u"invalid_request"_s, u"No Such Session"_s);
    HttpResponse response = HttpResponse::json(
        200,
        {{u"access_token"_s, QString::fromLatin1(found.key())},
         {u"id_token"_s, QString::fromLatin1(idToken(found.value(), found.key(), true))},
         {u"token_type"_s, u"bearer"_s},
         {u"expires_in"_s, (found->notAfterMs - nowMs) / 1000}});
    response.headers.append({"Cache-Control"_ba, "no-store"_ba});
    return response;
}

HttpResponse AuthEndpoints::discovery() const
{
    QStringList scopes = policies::wellKnown();
    for (const Application &app : m_options.identities.applications)
        scopes += app.policies;
    for (const Device &device : m_options.identities.devices)
        scopes += device.policies;
    scopes.removeDuplicates();

    const QString base = issuer();
    return HttpResponse::json(
        200,
        {{u"issuer"_s, base},
         {u"token_endpoint"_s, QString(base + u"/oauth2_token"_s)},
         {u"jwks_uri"_s, QString(base + u"/jwks"_s)},
         {u"userinfo_endpoint"_s, QString(base + u"/userinfo"_s)},
         {u"end_session_endpoint"_s, QString(base + u"/signout"_s)},
         {u"scopes_supported"_s, QJsonArray::fromStringList(scopes)},
         {u"grant_types_supported"_s, QJsonArray {u"client_credentials"_s}},
         {u"response_types_supported"_s, QJsonArray {u"code"_s}},
         {u"subject_types_supported"_s, QJsonArray {u"public"_s}},
         {u"id_token_signing_alg_values_supported"_s, QJsonArray {u"HS256"_s}}});
}

HttpResponse AuthEndpoints::jwks() const
{
    // SanteDB publishes HS256 keys as kty "oct" with k, the shared secret (§7.2).
    const QJsonObject key {{u"kty"_s, u"oct"_s},
                           {u"alg"_s, u"HS256"_s},
                           {u"use"_s, u"sig"_s},
                           {u"kid"_s, u"default"_s},
                           {u"k"_s, QString::fromLatin1(m_key.toBase64(base64Url))}};
    return HttpResponse::json(200, {{u"keys"_s, QJsonArray {key}}});
}

QByteArray AuthEndpoints::idToken(const Session &session, const QByteArray &accessToken,
                                  bool freshlyMinted) const
{
    const qint64 issuedAt = session.notBeforeMs / 1000;
    const qint64 expires = issuedAt + m_options.sessionSeconds;
    const QString appSid = sidText(session.app->sid);
    QJsonObject claims {{u"iss"_s, issuer()}, {u"aud"_s, session.app->clientId},
                        {u"exp"_s, expires},  {u"nbf"_s, issuedAt},
                        {u"iat"_s, issuedAt}, {u"sub"_s, appSid}};
    if (!session.scopes.isEmpty())
        claims.insert(u"scope"_s, claimValue(session.scopes));

    if (m_options.santedbVersion == 2) {
        claims.insert(u"unique_name"_s, session.app->clientId);
        claims.insert(u"authmethod"_s, u"OAuth"_s);
        claims.insert(u"appid"_s, appSid);
        if (session.device)
            claims.insert(u"devid"_s, sidText(session.device->sid));
        return signJwt(claims);
    }

    const QString sid = uuidText(session.id);
    claims.insert(u"name"_s, session.app->clientId);
    claims.insert(u"sid"_s, sid);
    if (!session.nonce.isEmpty() && !freshlyMinted)
        claims.insert(u"nonce"_s, session.nonce);
    const QByteArray accessHash = QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256);
    claims.insert(u"at_hash"_s, QString::fromLatin1(accessHash.left(16).toBase64(base64Url)));
    const QByteArray jtiSource = session.app->clientId.toUtf8() + sid.toUtf8()
        + session.nonce.toUtf8() + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + randomBytes(8);
    claims.insert(
        u"jti"_s,
        QString::fromLatin1(
            QCryptographicHash::hash(jtiSource, QCryptographicHash::Sha256).toBase64(base64Url)));
    claims.insert(u"urn:santedb:org:claim:appid"_s, appSid);
    QJsonObject santedb {{u"appid"_s, appSid}, {u"appname"_s, session.app->clientId}};
    if (session.device) {
        const QString deviceSid = sidText(session.device->sid);
        claims.insert(u"urn:santedb:org:claim:devid"_s, deviceSid);
        santedb.insert(u"devid"_s, deviceSid);
        santedb.insert(u"devname"_s, session.device->deviceId);
    }
    claims.insert(u"extensions"_s, QJsonObject {{u"santedb"_s, santedb}});
    return signJwt(claims);
}

QByteArray AuthEndpoints::signJwt(const QJsonObject &claims) const
{
    const QJsonObject header {
        {u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"default"_s}};
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(base64Url) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64Url);
    return signingInput + '.' + sign(signingInput).toBase64(base64Url);
}

QByteArray AuthEndpoints::sign(QByteArrayView data) const
{
    return QMessageAuthenticationCode::hash(data.toByteArray(), m_key, QCryptographicHash::Sha256);
}

QString AuthEndpoints::issuer() const
{
    return m_baseUrl.toString(QUrl::StripTrailingSlash) + u"/auth"_s;
}

void AuthEndpoints::dropExpiredSessions(qint64 nowMs)
{
    m_sessions.removeIf([nowMs](const auto &entry) { return entry.value().notAfterMs <= nowMs; });
}

} // namespace sdsm::emu
