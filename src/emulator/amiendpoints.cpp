// SPDX-License-Identifier: Apache-2.0
#include "amiendpoints.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

constexpr auto sessionInfoPrefix = "/ami/sessioninfo/"_L1;

// RestServiceFault (RESTSVC SanteDB.Rest.Common/Fault/RestServiceFault.cs).
HttpResponse fault(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, body);
}

QString principalName(const Session &session)
{
    return session.user ? session.user->username : session.app->clientId;
}

QString policyName(const QString &oid, const Identities &identities)
{
    for (const policies::Named &policy : policies::standard()) {
        if (policy.oid == oid)
            return policy.name;
    }
    for (const policies::Named &policy : identities.sitePolicies) {
        if (policy.oid == oid)
            return policy.name;
    }
    return {};
}

} // namespace

AmiEndpoints::AmiEndpoints(const EmulatorOptions &options, SessionStore &sessions)
    : m_options(options)
    , m_sessions(sessions)
{ }

std::optional<HttpResponse> AmiEndpoints::handle(const RecordedRequest &request)
{
    const QByteArray route = request.route();
    const bool policies = request.method == "GET" && route == "/ami/securitypolicy";
    const bool dropping = request.method == "DELETE" && route.startsWith(sessionInfoPrefix)
        && route.size() > sessionInfoPrefix.size();
    if (!policies && !dropping)
        return std::nullopt;
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return invalidToken(u"No bearer token was sent"_s);
    const Session *session = m_sessions.findByAccessToken(token);
    if (!session)
        return invalidToken(u"Invalid bearer token"_s);
    if (dropping)
        return dropSession(request.path.left(route.size()).mid(sessionInfoPrefix.size()));
    return securityPolicies(request, *session);
}

HttpResponse AmiEndpoints::securityPolicies(const RecordedRequest &request,
                                            const Session &session) const
{
    if (!session.scopes.contains(policies::readMetadata)) {
        const QString oid = policies::readMetadata;
        return fault(403,
                     {{u"$type"_s, u"PolicyViolationException"_s},
                      {u"message"_s,
                       QString(u"Policy '"_s % oid % u"' was violated by '"_s
                               % principalName(session) % u"' with outcome 'Deny'"_s)},
                      {u"policyId"_s, oid},
                      {u"policyName"_s, policyName(oid, m_options.identities)},
                      {u"policyOutcome"_s, u"Deny"_s}});
    }
    // ?oid=X, repeatable: HDSI query syntax ORs the values of one parameter.
    QStringList wanted;
    for (const auto &[name, value] : request.query()) {
        if (name == u"oid")
            wanted.append(value);
    }
    QJsonArray items;
    const auto add = [&items, &wanted](const policies::Named &policy) {
        if (!wanted.isEmpty() && !wanted.contains(policy.oid))
            return;
        items.append(QJsonObject {
            {u"$type"_s, u"SecurityPolicy"_s},
            {u"id"_s, Identities::derivedSid(policy.oid).toString(QUuid::WithoutBraces)},
            {u"oid"_s, policy.oid},
            {u"name"_s, policy.name},
            {u"isPublic"_s, true},
            {u"canOverride"_s, false}});
    };
    for (const policies::Named &policy : policies::standard())
        add(policy);
    for (const policies::Named &policy : m_options.identities.sitePolicies)
        add(policy);
    return HttpResponse::json(200,
                              {{u"$type"_s, u"AmiCollection"_s},
                               {u"item"_s, items},
                               {u"offset"_s, 0},
                               {u"size"_s, items.size()}});
}

HttpResponse AmiEndpoints::dropSession(const QByteArray &sidText)
{
    const QUuid sid =
        QUuid::fromString(QString::fromUtf8(QByteArray::fromPercentEncoding(sidText)));
    if (sid.isNull() || !m_sessions.remove(sid.toRfc4122()))
        return fault(404,
                     {{u"$type"_s, u"KeyNotFoundException"_s},
                      {u"message"_s,
                       QString(u"No session "_s % QString::fromUtf8(sidText) % u" exists"_s)}});
    return HttpResponse::json(
        200, {{u"$type"_s, u"SessionInfo"_s}, {u"id"_s, sid.toString(QUuid::WithoutBraces)}});
}

HttpResponse AmiEndpoints::invalidToken(const QString &description) const
{
    HttpResponse response =
        fault(401, {{u"$type"_s, u"SecuritySessionException"_s}, {u"message"_s, description}});
    // RestResponseMessage.AddAuthenticateHeader's format (RESTSRVR).
    response.headers.append({"WWW-Authenticate"_ba,
                             (u"bearer realm=\""_s % m_realm
                              % u"\" error=\"invalid_token\" "
                                u"error_description=\""_s
                              % description % u'"')
                                 .toUtf8()});
    return response;
}

} // namespace sdsm::emu
