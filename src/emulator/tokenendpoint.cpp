// SPDX-License-Identifier: Apache-2.0
#include "tokenendpoint.h"

#include "hostilebodies.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

using namespace policies;

// SanteDB's OAuthErrorBehavior: an exception message as unspecified_error, status from its type.
HttpResponse unspecified(int status, const QString &message)
{
    return HttpResponse::oauthError(status, u"unspecified_error"_s, message);
}

HttpResponse invalidGrant(const QString &description)
{
    return HttpResponse::oauthError(400, u"invalid_grant"_s, description);
}

HttpResponse invalidRequest(const QString &description)
{
    return HttpResponse::oauthError(400, u"invalid_request"_s, description);
}

QString policyViolation(const QString &policy, const QString &principal)
{
    return u"Policy '"_s % policy % u"' was violated by '"_s % principal
        % u"' with outcome 'Deny'"_s;
}

// .NET's Convert.FromBase64String message, for a header that is not base64.
const QString notBase64 =
    u"The input is not a valid Base-64 string as it contains a non-base 64 character, more "
    u"than two padding characters, or an illegal character among the padding characters."_s;

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

QString grantTypeOf(const FormFields &form)
{
    return formValue(form, u"grant_type").value_or(QString()).trimmed().toLower();
}

HttpResponse unsupportedGrant()
{
    return HttpResponse::oauthError(400, u"unsupported_grant_type"_s, u"unsupported grant type"_s);
}

const QString missingFacility = u"Missing required claim "_s % facilityClaim;

} // namespace

TokenEndpoint::TokenEndpoint(const EmulatorOptions &options, SessionStore &sessions,
                             TokenIssuer &issuer)
    : m_options(options)
    , m_ids(options.identities)
    , m_sessions(sessions)
    , m_issuer(issuer)
{ }

HttpResponse TokenEndpoint::handle(const RecordedRequest &request)
{
    const FormFields form = parseForm(request.body);
    return m_options.santedbVersion == 2 ? token2(request, form) : token3(request, form);
}

TokenEndpoint::Refusal TokenEndpoint::fault(const RecordedRequest &request) const
{
    const QString &fault = m_options.fault;
    HttpResponse response;
    if (fault == u"hang") {
        response.delivery = HttpResponse::Delivery::Never;
    } else if (fault == u"close-early") {
        response.delivery = HttpResponse::Delivery::StatusLineThenClose;
    } else if (fault == u"reset-after-body") {
        response.delivery = HttpResponse::Delivery::Reset;
    } else if (fault == u"chunked-flood") {
        response.headers = {{"Content-Type"_ba, "application/json"_ba},
                            {"Transfer-Encoding"_ba, "chunked"_ba}};
        response.delivery = HttpResponse::Delivery::ChunkedFlood;
    } else if (fault == u"gzip-bomb") {
        response.headers = {{"Content-Type"_ba, "application/json"_ba},
                            {"Content-Encoding"_ba, "gzip"_ba}};
        response.body = hostile::gzipBomb();
    } else if (fault == u"redirect") {
        response.status = 307;
        response.headers = {
            {"Location"_ba,
             "http://127.0.0.2:"_ba + QByteArray::number(m_port) + "/auth/oauth2_token"_ba}};
    } else if (fault == u"wrong-content-type") {
        response.headers = {{"Content-Type"_ba, "text/html; charset=utf-8"_ba}};
        response.body = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>"
                        "<h1>Sign in to continue</h1><form method=\"post\" action=\"/login\">"
                        "<input name=\"username\"><input name=\"password\" type=\"password\">"
                        "<button>Sign in</button></form></body></html>"_ba;
    } else if (fault == u"html-500") {
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
        response.status = 500;
        response.headers = {{"Content-Type"_ba, "text/html; charset=utf-8"_ba}};
        response.body = page.toUtf8();
    } else if (fault == u"echo-credentials") {
        const QString echo = u"Authorization: "_s
            % QString::fromUtf8(request.header("Authorization")) % u"; X-Device-Authorization: "_s
            % QString::fromUtf8(request.header("X-Device-Authorization")) % u"; body: "_s
            % QString::fromUtf8(request.body);
        response = unspecified(401, echo);
    } else if (fault == u"echo-encoded") {
        const QString echo = hostile::echoEncoded(request);
        response = HttpResponse::json(401,
                                      {{u"error"_s, u"unspecified_error"_s},
                                       {u"error_description"_s, echo},
                                       {u"error_detail"_s, echo}});
    } else {
        return std::nullopt;
    }
    return response;
}

HttpResponse TokenEndpoint::spoil(HttpResponse response) const
{
    // The faults that bend an otherwise correct answer.
    const QString &fault = m_options.fault;
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

// --- SanteDB 3.x -------------------------------------------------------------------------------

HttpResponse TokenEndpoint::token3(const RecordedRequest &request, const FormFields &form)
{
    Caller caller;
    if (Refusal refused = device3(request, &caller))
        return *refused;
    // The Basic behaviour and the token endpoint both Add("symm_secret") to one dictionary.
    if (!caller.basicSecret.isNull() && formValue(form, u"client_secret"))
        return unspecified(400,
                           u"An item with the same key has already been added. Key: symm_secret"_s);
    const QString grantType = grantTypeOf(form);
    if (grantType == u"client_credentials")
        return clientCredentials3(form, caller);
    if (grantType == u"password")
        return password3(request, form, caller);
    if (grantType == u"refresh_token")
        return refresh3(form, caller);
    return unsupportedGrant();
}

TokenEndpoint::Refusal TokenEndpoint::device3(const RecordedRequest &request, Caller *caller) const
{
    // ClientAuthorizationAccessBehavior: the Authorization header carries the device; a header
    // wins over a certificate.
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.toLower().startsWith("basic"))
        return authenticateCertificate(request.clientCertificate, caller);
    if (authorization.size() < 6)
        return unspecified(400,
                           u"startIndex cannot be larger than length of string. (Parameter "
                           u"'startIndex')"_s);
    const BasicCredentials credentials = decodeBasic(QByteArrayView(authorization).sliced(6), 0);
    if (!credentials.valid)
        return unspecified(400, notBase64);
    if (credentials.parts.size() != 2)
        return unspecified(403, u"Malformed HTTP Basic Header"_s);
    const Device *candidate = m_ids.findDevice(credentials.parts.at(0));
    if (!candidate)
        return unspecified(401, u"Invalid device credentials"_s);
    if (candidate->locked)
        return unspecified(401, u"Device account is locked"_s);
    if (candidate->secret != credentials.parts.at(1))
        return unspecified(401, u"Invalid device credentials"_s);
    if (!candidate->policies.contains(loginAsService))
        return unspecified(403, policyViolation(loginAsService, candidate->deviceId));
    caller->device = candidate;
    caller->basicSecret = candidate->secret.toUtf8();
    return std::nullopt;
}

TokenEndpoint::Refusal TokenEndpoint::application3(const FormFields &form, const Caller &caller,
                                                   const Application **app) const
{
    // TryGetApplicationIdentity (§3.2): the secret, else on behalf of the device.
    *app = nullptr;
    const QString clientId = formValue(form, u"client_id").value_or(QString());
    const Application *candidate = m_ids.findApplication(clientId);
    if (const std::optional<QString> secret = formValue(form, u"client_secret")) {
        if (!candidate)
            return unspecified(401, u"Invalid client credentials"_s);
        if (candidate->locked)
            return unspecified(401, u"Application account is locked"_s);
        if (candidate->secret != *secret)
            return unspecified(401, u"Invalid client credentials"_s);
    } else if (caller.device) {
        if (!candidate)
            return invalidGrant(u"invalid client_id"_s);
        if (candidate->locked)
            return unspecified(401, u"Application account is locked"_s);
        // The ADO provider's "on behalf of" identity demands LoginAsService.
        if (!candidate->policies.contains(loginAsService))
            return unspecified(403, policyViolation(loginAsService, candidate->clientId));
    } else {
        return std::nullopt;
    }
    *app = candidate;
    return std::nullopt;
}

HttpResponse TokenEndpoint::clientCredentials3(const FormFields &form, const Caller &caller)
{
    if (formValue(form, u"client_id").value_or(QString()).isEmpty())
        return invalidGrant(u"invalid client_id"_s);
    const Application *app = nullptr;
    if (Refusal refused = application3(form, caller, &app))
        return *refused;
    if (!app)
        return HttpResponse::oauthError(400, u"invalid_client"_s, u"invalid client_secret"_s);
    if (Refusal refused = demand(clientCredentialsFlow, app->policies, app->clientId))
        return *refused;
    if (caller.device) {
        if (Refusal refused =
                demand(clientCredentialsFlow, caller.device->policies, caller.device->deviceId))
            return *refused;
    } else {
        if (!m_ids.allowNodelessClientAuth)
            return HttpResponse::oauthError(
                400, u"unauthorized_client"_s,
                u"client_credentials grant type requires device authentication either using "
                u"X509 or X-Device-Authorization or enabling the "
                u"DeviceAuthorizationAccessBehavior in the configuration."_s);
        if (Refusal refused = demand(clientCredentialsNoDevice, app->policies, app->clientId))
            return *refused;
    }
    TokenIssuer::Grant grant;
    QList<std::pair<const QStringList *, QString>> principals {{&app->policies, app->clientId}};
    if (caller.device)
        principals.append({&caller.device->policies, caller.device->deviceId});
    if (Refusal refused = decideScope(form, principals, &grant.scopes))
        return *refused;
    grant.app = app;
    grant.device = caller.device;
    grant.deviceSubject = caller.deviceSubject;
    grant.nonce = formValue(form, u"nonce").value_or(QString());
    grant.secret = formValue(form, u"client_secret").value_or(QString()).toUtf8();
    if (grant.secret.isEmpty())
        grant.secret = caller.basicSecret;
    return m_issuer.establish(grant);
}

HttpResponse TokenEndpoint::password3(const RecordedRequest &request, const FormFields &form,
                                      const Caller &caller)
{
    if (formValue(form, u"username").value_or(QString()).isEmpty())
        return invalidRequest(u"missing username in the request"_s);
    const QString clientId = formValue(form, u"client_id").value_or(QString());
    if (clientId.isEmpty())
        return invalidGrant(u"invalid client_id"_s);
    const Application *app = nullptr;
    if (Refusal refused = application3(form, caller, &app))
        return *refused;
    const User *user = nullptr;
    if (Refusal refused = authenticateUser(form, formValue(form, u"x_mfa"), &user))
        return *refused;
    if (!app) {
        // The application acting on behalf of the user it just authenticated (§3.2 step 4).
        app = m_ids.findApplication(clientId);
        if (!app)
            return HttpResponse::oauthError(400, u"invalid_client"_s, u"invalid client_secret"_s);
        if (app->locked)
            return unspecified(401, u"Application account is locked"_s);
    }
    QList<std::pair<const QStringList *, QString>> principals {{&user->policies, user->username},
                                                               {&app->policies, app->clientId}};
    if (caller.device)
        principals.append({&caller.device->policies, caller.device->deviceId});
    for (const auto &[held, name] : principals) {
        if (Refusal refused = demand(passwordFlow, *held, name))
            return *refused;
        if (!caller.device) {
            if (Refusal refused = demand(passwordNoDevice, *held, name))
                return *refused;
        }
    }
    TokenIssuer::Grant grant;
    if (Refusal refused = chooseFacility(request, *user, &grant.facility))
        return *refused;
    if (Refusal refused = decideScope(form, principals, &grant.scopes))
        return *refused;
    grant.app = app;
    grant.device = caller.device;
    grant.deviceSubject = caller.deviceSubject;
    grant.user = user;
    grant.nonce = formValue(form, u"nonce").value_or(QString());
    grant.secret = formValue(form, u"client_secret").value_or(QString()).toUtf8();
    if (grant.secret.isEmpty())
        grant.secret = caller.basicSecret;
    return m_issuer.establish(grant);
}

HttpResponse TokenEndpoint::refresh3(const FormFields &form, const Caller &caller)
{
    const QByteArray refreshToken = formValue(form, u"refresh_token").value_or(QString()).toUtf8();
    if (refreshToken.isEmpty())
        return invalidGrant(u"missing refresh token"_s);
    const Application *app = nullptr;
    if (Refusal refused = application3(form, caller, &app))
        return *refused;
    if (!app)
        return invalidRequest(u"missing client_id"_s);
    // AdoSessionProvider.Extend: unknown, rotated away, expired (pruned) or another audience.
    const Session *session = m_sessions.findByRefreshToken(refreshToken);
    if (!session || session->app != app)
        return invalidGrant(u"invalid refresh token"_s);
    QByteArray secret = formValue(form, u"client_secret").value_or(QString()).toUtf8();
    if (secret.isEmpty())
        secret = caller.basicSecret;
    return m_issuer.refresh(*session, secret);
}

// --- SanteDB 2.x -------------------------------------------------------------------------------

HttpResponse TokenEndpoint::token2(const RecordedRequest &request, const FormFields &form)
{
    Caller caller;
    if (Refusal refused = device2(request, &caller))
        return *refused;

    // 2.x's Authorization: Basic means the application; its failures were swallowed.
    const Application *app = nullptr;
    QByteArray secret;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const BasicCredentials credentials =
            decodeBasic(QByteArrayView(authorization).sliced(6), 2);
        const Application *candidate = credentials.parts.size() == 2
            ? m_ids.findApplication(credentials.parts.at(0))
            : nullptr;
        if (candidate && !candidate->locked && candidate->secret == credentials.parts.at(1)) {
            app = candidate;
            secret = candidate->secret.toUtf8();
        }
    }

    const QString grantType = grantTypeOf(form);
    if (grantType != u"client_credentials" && grantType != u"password"
        && grantType != u"refresh_token")
        return unsupportedGrant();
    if (!app) {
        const QString clientId = formValue(form, u"client_id").value_or(QString());
        if (clientId.isEmpty())
            return invalidRequest(u"missing client_id"_s);
        const Application *candidate = m_ids.findApplication(clientId);
        const std::optional<QString> clientSecret = formValue(form, u"client_secret");
        if (!candidate || candidate->locked || !clientSecret || candidate->secret != *clientSecret)
            return invalidGrant(u"Invalid client credentials"_s);
        app = candidate;
        secret = clientSecret->toUtf8();
    }
    if (grantType == u"password")
        return password2(request, form, *app, caller, secret);
    if (grantType == u"refresh_token")
        return refresh2(form, *app, secret);
    return clientCredentials2(form, *app, caller, secret);
}

TokenEndpoint::Refusal TokenEndpoint::device2(const RecordedRequest &request, Caller *caller) const
{
    if (!request.hasHeader("X-Device-Authorization"))
        return authenticateCertificate(request.clientCertificate, caller);
    const QByteArray header = request.header("X-Device-Authorization");
    if (!header.toLower().startsWith("basic "))
        return invalidRequest(u"X-Device-Authorization must be BASIC scheme"_s);
    const BasicCredentials credentials = decodeBasic(QByteArrayView(header).sliced(6), 2);
    const Device *candidate =
        credentials.parts.size() == 2 ? m_ids.findDevice(credentials.parts.at(0)) : nullptr;
    if (!candidate || candidate->locked || candidate->secret != credentials.parts.at(1))
        return invalidGrant(u"Invalid device credentials"_s);
    if (!candidate->policies.contains(loginAsService))
        return invalidGrant(policyViolation(loginAsService, candidate->deviceId));
    caller->device = candidate;
    return std::nullopt;
}

HttpResponse TokenEndpoint::clientCredentials2(const FormFields &form, const Application &app,
                                               const Caller &caller, const QByteArray &secret)
{
    if (!caller.device)
        return invalidGrant(u"client_credentials grant requires device authentication either "
                            u"using X509 or X-Device-Authorization"_s);
    if (Refusal refused = demand(clientCredentialsFlow, app.policies, app.clientId))
        return *refused;
    if (Refusal refused =
            demand(clientCredentialsFlow, caller.device->policies, caller.device->deviceId))
        return *refused;
    TokenIssuer::Grant grant;
    if (Refusal refused = decideScope(
            form,
            {{&app.policies, app.clientId}, {&caller.device->policies, caller.device->deviceId}},
            &grant.scopes))
        return *refused;
    grant.app = &app;
    grant.device = caller.device;
    grant.deviceSubject = caller.deviceSubject;
    grant.secret = secret;
    return m_issuer.establish(grant);
}

HttpResponse TokenEndpoint::password2(const RecordedRequest &request, const FormFields &form,
                                      const Application &app, const Caller &caller,
                                      const QByteArray &secret)
{
    // SERVER2's OAuthTokenBehavior: the flow policy on the application and device first.
    if (Refusal refused = demand(passwordFlow, app.policies, app.clientId))
        return *refused;
    if (caller.device) {
        if (Refusal refused =
                demand(passwordFlow, caller.device->policies, caller.device->deviceId))
            return *refused;
    }
    if (formValue(form, u"username").value_or(QString()).trimmed().isEmpty())
        return invalidRequest(u"Invalid client grant message"_s);
    const User *user = nullptr;
    std::optional<QString> code;
    if (request.hasHeader("X-SanteDB-TfaSecret"))
        code = QString::fromUtf8(request.header("X-SanteDB-TfaSecret"));
    if (Refusal refused = authenticateUser(form, code, &user))
        return *refused;
    if (Refusal refused = demand(passwordFlow, user->policies, user->username))
        return *refused;
    TokenIssuer::Grant grant;
    if (Refusal refused = chooseFacility(request, *user, &grant.facility))
        return *refused;
    QList<std::pair<const QStringList *, QString>> principals {{&user->policies, user->username},
                                                               {&app.policies, app.clientId}};
    if (caller.device)
        principals.append({&caller.device->policies, caller.device->deviceId});
    if (Refusal refused = decideScope(form, principals, &grant.scopes))
        return *refused;
    grant.app = &app;
    grant.device = caller.device;
    grant.deviceSubject = caller.deviceSubject;
    grant.user = user;
    grant.secret = secret;
    return m_issuer.establish(grant);
}

HttpResponse TokenEndpoint::refresh2(const FormFields &form, const Application &app,
                                     const QByteArray &secret)
{
    const QByteArray refreshToken = formValue(form, u"refresh_token").value_or(QString()).toUtf8();
    const Session *session =
        refreshToken.isEmpty() ? nullptr : m_sessions.findByRefreshToken(refreshToken);
    if (!session || session->app != &app)
        return invalidGrant(u"invalid refresh token"_s);
    return m_issuer.refresh(*session, secret);
}

// --- Shared by both generations ------------------------------------------------------------------

HttpResponse TokenEndpoint::violation(const QString &policy, const QString &principal) const
{
    if (m_options.santedbVersion == 2)
        return invalidGrant(policyViolation(policy, principal));
    return unspecified(403, policyViolation(policy, principal));
}

TokenEndpoint::Refusal TokenEndpoint::demand(QLatin1StringView policy, const QStringList &held,
                                             const QString &principal) const
{
    if (held.contains(policy))
        return std::nullopt;
    return violation(policy, principal);
}

TokenEndpoint::Refusal TokenEndpoint::authenticateCertificate(const ClientCertificate &certificate,
                                                              Caller *caller) const
{
    // ClientCertificateAccessBehavior and the certificate identity provider (§4.2): the
    // subject's CN names the device; failures are AuthenticationExceptions.
    if (!certificate.presented)
        return std::nullopt;
    const bool v2 = m_options.santedbVersion == 2;
    const auto refuse = [v2](const QString &message) {
        return v2 ? invalidGrant(message) : unspecified(401, message);
    };
    if (!certificate.trusted)
        return refuse(u"No trusted issuer on client chain found"_s);
    const Device *candidate = m_ids.findDevice(certificate.commonName);
    if (!candidate)
        return refuse(u"Invalid device credentials"_s);
    if (candidate->locked)
        return refuse(v2 ? u"Invalid device credentials"_s : u"Device account is locked"_s);
    if (!candidate->policies.contains(loginAsService))
        return violation(loginAsService, candidate->deviceId);
    caller->device = candidate;
    caller->deviceSubject = certificate.subject;
    return std::nullopt;
}

TokenEndpoint::Refusal TokenEndpoint::authenticateUser(const FormFields &form,
                                                       const std::optional<QString> &mfaCode,
                                                       const User **user) const
{
    // The ADO identity provider: lockout, password, expiry, then the second factor. 2.x turns
    // every AuthenticationException into invalid_grant (§9.2).
    const bool v2 = m_options.santedbVersion == 2;
    const User *candidate = m_ids.findUser(formValue(form, u"username").value_or(QString()));
    if (!candidate)
        return invalidGrant(u"Invalid username or password"_s);
    if (candidate->locked)
        return invalidGrant(u"User account is locked"_s);
    if (candidate->password != formValue(form, u"password").value_or(QString()))
        return invalidGrant(u"Invalid username or password"_s);
    if (candidate->passwordExpired) {
        const QString message = u"The password of this account has expired"_s;
        return v2 ? invalidGrant(message)
                  : HttpResponse::oauthError(400, u"password_expired"_s, message);
    }
    if (!candidate->mfaCode.isEmpty()) {
        const QString prompt =
            u"Enter the code sent to the e-mail address registered for "_s % candidate->username;
        if (!mfaCode)
            return v2 ? invalidGrant(u"TFA secret required: "_s % prompt)
                      : HttpResponse::oauthError(400, u"mfa_required"_s, prompt);
        if (*mfaCode != candidate->mfaCode)
            return invalidGrant(u"Invalid TFA secret"_s);
    }
    *user = candidate;
    return std::nullopt;
}

TokenEndpoint::Refusal TokenEndpoint::chooseFacility(const RecordedRequest &request,
                                                     const User &user,
                                                     const Facility **facility) const
{
    // X-SanteDBClient-Claim: base64 of "type=value;type=value" (ClaimsUtility, §3.1).
    const bool v2 = m_options.santedbVersion == 2;
    *facility = nullptr;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("X-SanteDBClient-Claim", Qt::CaseInsensitive) != 0)
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(
            value.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return v2 ? invalidRequest(notBase64) : unspecified(400, notBase64);
        for (const QString &claim : QString::fromUtf8(*decoded).split(u';', Qt::SkipEmptyParts)) {
            const qsizetype equals = claim.indexOf(u'=');
            if (equals > 0 && claim.left(equals).trimmed() == facilityClaim && !*facility)
                *facility = user.findFacility(QUuid::fromString(claim.mid(equals + 1).trimmed()));
        }
    }
    if (user.facilities.isEmpty() || *facility)
        return std::nullopt;
    if (v2)
        return invalidGrant(missingFacility);
    // AdoSessionProvider.Establish's MissingRequiredClaim, data as SecuritySessionException has it.
    QStringList offered;
    for (const Facility &choice : user.facilities)
        offered << choice.id.toString(QUuid::WithoutBraces) % u'=' % choice.name;
    return HttpResponse::json(400,
                              {{u"error"_s, u"missing_claim"_s},
                               {u"error_description"_s, missingFacility},
                               {u"data"_s,
                                QJsonObject {{u"claimType"_s, QString(facilityClaim)},
                                             {u"claimValue"_s, offered.join(u',')}}}});
}

TokenEndpoint::Refusal
TokenEndpoint::decideScope(const FormFields &form,
                           const QList<std::pair<const QStringList *, QString>> &principals,
                           QStringList *granted) const
{
    // "*" or none: every policy all principals hold (SanteDB takes the most restrictive of the
    // user, application and device); otherwise each requested OID is demanded of each.
    const QStringList requested =
        formValue(form, u"scope").value_or(QString()).split(u' ', Qt::SkipEmptyParts);
    if (requested.isEmpty() || requested == QStringList {u"*"_s}) {
        for (const QString &policy : *principals.first().first) {
            bool everyone = true;
            for (const auto &principal : principals)
                everyone = everyone && principal.first->contains(policy);
            if (everyone)
                granted->append(policy);
        }
        return std::nullopt;
    }
    for (const QString &policy : requested) {
        for (const auto &[held, name] : principals) {
            if (!held->contains(policy))
                return violation(policy, name);
        }
        if (!granted->contains(policy))
            granted->append(policy);
    }
    return std::nullopt;
}

} // namespace sdsm::emu
