// SPDX-License-Identifier: Apache-2.0
#include "serverprobe.h"

#include "httpclient.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

QString shown(const QUrl &url)
{
    return cutText(oneLineText(url.toDisplayString(QUrl::RemoveUserInfo)), 200);
}

bool sameUrl(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue() : QJsonValue(url.toString());
}

// SanteDB 3.x added sign-out and the security-question reset grant; 2.x servers advertise
// neither. A plain OAuth server may advertise sign-out too, so this stays a guess.
void guessGeneration(ServerReport &report)
{
    const DiscoveryDocument &d = report.document;
    if (d.grantTypes.contains(u"x_challenge"_s)) {
        report.guessedGeneration = Generation::V3;
        report.generationReason = QCoreApplication::translate(
            "sdsm", "the server offers the x_challenge grant, new in SanteDB 3.x");
    } else if (!d.endSessionEndpoint.isEmpty()) {
        report.guessedGeneration = Generation::V3;
        report.generationReason = QCoreApplication::translate(
            "sdsm", "the document names an end_session_endpoint, which SanteDB 2.x did not have");
    } else {
        report.guessedGeneration = Generation::V2;
        report.generationReason = QCoreApplication::translate(
            "sdsm", "the document names no end_session_endpoint, as SanteDB 2.x's did not");
    }
}

} // namespace

QJsonObject ServerReport::toJson() const
{
    auto orNull = [](const QString &t) { return t.isEmpty() ? QJsonValue() : QJsonValue(t); };
    return QJsonObject {
        {u"server"_s, server.toString()},
        {u"discovery"_s, discovery},
        {u"issuer"_s, orNull(document.issuer)},
        {u"token_endpoint"_s, urlOrNull(document.tokenEndpoint)},
        {u"jwks_uri"_s, urlOrNull(document.jwksUri)},
        {u"userinfo_endpoint"_s, urlOrNull(document.userinfoEndpoint)},
        {u"end_session_endpoint"_s, urlOrNull(document.endSessionEndpoint)},
        {u"grant_types"_s, QJsonArray::fromStringList(document.grantTypes)},
        {u"signing_algorithms"_s, QJsonArray::fromStringList(document.signingAlgorithms)},
        {u"santedb_version"_s,
         guessedGeneration ? QJsonValue(static_cast<int>(*guessedGeneration)) : QJsonValue()},
        {u"santedb_version_reason"_s, orNull(generationReason)},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
    };
}

DiscoveryAnswer readDiscoveryAnswer(const HttpAnswer &answer)
{
    if (answer.status >= 300 && answer.status < 400)
        return {std::nullopt,
                QCoreApplication::translate(
                    "sdsm", "the discovery request got a redirect (HTTP %1), which is not followed")
                    .arg(answer.status)};
    if (answer.status != 200)
        return {std::nullopt,
                QCoreApplication::translate("sdsm", "the discovery request got HTTP %1")
                    .arg(answer.status)};
    auto document = parseDiscovery(answer.body);
    if (!document.ok())
        return {std::nullopt, document.error().message};
    ServerReport report;
    report.discovery = true;
    report.document = std::move(document).value();
    guessGeneration(report);
    return {report, {}};
}

ProbeTarget ProbeTarget::forProfile(const Profile &profile, int timeoutSeconds)
{
    ProbeTarget target;
    target.server = profile.server;
    target.expectedTokenEndpoint = profile.effectiveTokenEndpoint();
    target.transport.timeoutMs = std::max(1, timeoutSeconds) * 1000;
    target.transport.caFile = profile.caFile;
    target.transport.pinSha256 = normalizePin(profile.pinSha256).value_or(profile.pinSha256);
    target.allowHttp = profile.allowHttp;
    return target;
}

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
    , m_ownTransport(std::make_unique<HttpClient>())
    , m_transport(*m_ownTransport)
{ }

ServerProbe::ServerProbe(HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ServerProbe::~ServerProbe()
{
    cancel();
}

QUrl ServerProbe::discoveryUrl(const QUrl &server)
{
    return discoveryUrlFor(server);
}

QUrl ServerProbe::pingUrl(const QUrl &server)
{
    return authUrlFor(server, {});
}

Job<ServerReport> *ServerProbe::probe(const ProbeTarget &target)
{
    auto *job = new Job<ServerReport>;
    if (m_job) {
        job->finish(makeError(ErrorKind::Internal,
                              QCoreApplication::translate(
                                  "sdsm",
                                  "a connection test is already running — wait for it or cancel "
                                  "it")));
        return job;
    }
    m_job = job;
    m_target = target;
    m_started.start();
    job->setCancelHandler([this] { cancel(); });

    if (const QString problem = checkServerUrl(target.server.toString()); !problem.isEmpty()) {
        finish(makeError(ErrorKind::Config, problem));
        return job;
    }
    if (target.server.scheme() == "http"_L1 && !isLoopbackHost(target.server.host())
        && !target.allowHttp) {
        finish(makeError(ErrorKind::Refused,
                         QCoreApplication::translate(
                             "sdsm",
                             "plain http to %1 is not encrypted, so the connection test was not "
                             "run — use https, or allow plain http for this profile")
                             .arg(oneLineText(target.server.host())))
                   .with({RemedyAction::EditProfileField, u"allow_http"_s}));
        return job;
    }
    if (!target.transport.pinSha256.isEmpty() && !normalizePin(target.transport.pinSha256)) {
        finish(
            makeError(
                ErrorKind::Config,
                QCoreApplication::translate(
                    "sdsm", "the certificate pin must be 64 hexadecimal digits (a SHA-256 digest)"))
                .with({RemedyAction::EditProfileField, u"pin_sha256"_s}));
        return job;
    }
    HttpRequest request;
    request.verb = "GET"_ba;
    request.url = discoveryUrl(target.server);
    request.headers = {{"Accept"_ba, "application/json"_ba}};
    m_exchange = m_transport.send(request, target.transport);
    m_exchange->then(this, [this](Result<HttpAnswer> answer) { onDiscovery(std::move(answer)); });
    return job;
}

void ServerProbe::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
    if (m_job)
        finish(makeError(ErrorKind::Interrupted,
                         QCoreApplication::translate("sdsm", "the connection test was cancelled")));
}

int ServerProbe::remainingMs() const
{
    return static_cast<int>(m_target.transport.timeoutMs - m_started.elapsed());
}

void ServerProbe::onDiscovery(Result<HttpAnswer> answer)
{
    if (!answer.ok()) {
        if (answer.error().kind == ErrorKind::Oversize)
            return sendPing(
                QCoreApplication::translate("sdsm", "the discovery answer passed the 1 MiB limit"));
        return finish(answer.error());
    }
    DiscoveryAnswer discovery = readDiscoveryAnswer(answer.value());
    if (!discovery.report)
        return sendPing(discovery.problem);

    ServerReport &report = *discovery.report;
    report.server = m_target.server;
    const DiscoveryDocument &d = report.document;
    const QUrl expectedIssuer = pingUrl(m_target.server);
    if (!d.issuer.isEmpty() && !sameUrl(QUrl(d.issuer), expectedIssuer))
        report.notes << QCoreApplication::translate(
                            "sdsm",
                            "the issuer %1 differs from %2, where the document was fetched — "
                            "OpenID discovery says such metadata must not be trusted; check the "
                            "server URL or the server's external host setting")
                            .arg(d.issuer, shown(expectedIssuer));
    if (d.issuer.isEmpty())
        report.notes << QCoreApplication::translate("sdsm",
                                                    "the discovery document names no issuer");
    if (!m_target.expectedTokenEndpoint.isEmpty()
        && !sameUrl(d.tokenEndpoint, m_target.expectedTokenEndpoint))
        report.notes << QCoreApplication::translate(
                            "sdsm",
                            "the server names the token endpoint %1, but this profile uses %2 — "
                            "check the token endpoint setting")
                            .arg(shown(d.tokenEndpoint), shown(m_target.expectedTokenEndpoint));
    if (!d.jwksUri.isEmpty() && !sameOrigin(d.jwksUri, m_target.server))
        report.notes << QCoreApplication::translate(
                            "sdsm",
                            "the keys (jwks_uri %1) are on another origin; the product fetches "
                            "them from %2 instead")
                            .arg(shown(d.jwksUri), shown(authUrlFor(m_target.server, u"/jwks"_s)));
    if (!d.grantTypes.isEmpty() && !d.grantTypes.contains(u"client_credentials"_s))
        report.notes << QCoreApplication::translate(
            "sdsm",
            "the server does not list client_credentials among its grant types, so "
            "application sessions may be refused");

    auto listed = [](const QStringList &list) {
        return list.isEmpty() ? QCoreApplication::translate("sdsm", "(not listed)")
                              : list.join(u", "_s);
    };
    report.summary =
        QCoreApplication::translate(
            "sdsm",
            "SanteDB OpenID discovery found: issuer %1, token endpoint %2, grants %3, id_token "
            "signed %4")
            .arg(d.issuer.isEmpty() ? QCoreApplication::translate("sdsm", "(none)") : d.issuer,
                 shown(d.tokenEndpoint), listed(d.grantTypes), listed(d.signingAlgorithms));
    finish(std::move(report));
}

void ServerProbe::sendPing(const QString &discoveryProblem)
{
    const int remaining = remainingMs();
    if (remaining <= 0)
        return finish(makeError(ErrorKind::Timeout, {}));
    HttpRequest request;
    request.verb = "PING"_ba;
    request.url = pingUrl(m_target.server);
    TransportOptions options = m_target.transport;
    options.timeoutMs = remaining;
    m_exchange = m_transport.send(request, options);
    m_exchange->then(this, [this, discoveryProblem](Result<HttpAnswer> answer) {
        onPing(std::move(answer), discoveryProblem);
    });
}

void ServerProbe::onPing(Result<HttpAnswer> answer, const QString &discoveryProblem)
{
    if (!answer.ok())
        return finish(answer.error());
    const HttpAnswer &ping = answer.value();
    const QString where = shown(pingUrl(m_target.server));
    if (ping.status == 200 || ping.status == 204) {
        ServerReport report;
        report.server = m_target.server;
        report.summary = QCoreApplication::translate(
                             "sdsm",
                             "the SanteDB auth service at %1 answered PING (HTTP %2), but %3 — the "
                             "server is reachable; the token endpoint is assumed to be at the "
                             "default path")
                             .arg(where, QString::number(ping.status), discoveryProblem);
        return finish(std::move(report));
    }
    Error error;
    error.httpStatus = ping.status;
    if (ping.status >= 300 && ping.status < 400) {
        error.kind = ErrorKind::Redirect;
        error.message =
            QCoreApplication::translate(
                "sdsm",
                "the server at %1 answered with a redirect to %2, which is not followed so that "
                "nothing is sent where you did not configure it — check the server URL (perhaps it "
                "should start with https://)")
                .arg(where,
                     ping.location.isEmpty()
                         ? QCoreApplication::translate("sdsm", "an unnamed address")
                         : cutText(oneLineText(QString::fromUtf8(ping.location)), 200));
    } else {
        error.kind = ErrorKind::Http;
        error.message = QCoreApplication::translate(
                            "sdsm",
                            "the server at %1 does not look like a SanteDB auth service: %2, and "
                            "PING got HTTP %3 — check the server URL")
                            .arg(where, discoveryProblem, QString::number(ping.status));
    }
    finish(std::move(error));
}

void ServerProbe::finish(Result<ServerReport> result)
{
    if (!result.ok() && result.error().kind == ErrorKind::Timeout)
        result =
            makeError(
                ErrorKind::Timeout,
                QCoreApplication::translate(
                    "sdsm",
                    "the server %1 did not answer within %2 s — check that it is "
                    "running and reachable")
                    .arg(oneLineText(m_target.server.adjusted(QUrl::RemoveUserInfo).authority()),
                         QString::number(m_target.transport.timeoutMs / 1000)))
                .with({RemedyAction::RaiseTimeout, {}});
    if (auto job = std::exchange(m_job, nullptr))
        job->finish(std::move(result)); // delivered from the event loop, never inside probe()
}

} // namespace sdsm
