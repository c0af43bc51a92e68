#include "serverprobe.h"

#include "textrules.h"
#include "tokentransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaObject>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr qsizetype MaxTextLength = 200;
constexpr qsizetype MaxUrlLength = 2048;
constexpr qsizetype MaxListEntries = 20;

// Server text ends up in labels and sentences: on one line, and short.
QString cleanText(const QString &text)
{
    return cutText(oneLineText(text), MaxTextLength);
}

QStringList cleanList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (list.size() == MaxListEntries)
            break;
        const QString text = cleanText(entry.toString());
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}

QUrl withPath(const QUrl &server, const QString &suffix)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + suffix);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString shown(const QUrl &url)
{
    return cleanText(url.toDisplayString(QUrl::RemoveUserInfo));
}

bool sameUrl(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
}

} // namespace

DiscoveryAnswer readDiscoveryAnswer(const HttpAnswer &answer)
{
    if (answer.status >= 300 && answer.status < 400)
        return {std::nullopt,
                u"the discovery request got a redirect (HTTP %1), which is not followed"_s.arg(
                    answer.status)};
    if (answer.status != 200)
        return {std::nullopt, u"the discovery request got HTTP %1"_s.arg(answer.status)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {std::nullopt, u"the discovery answer is not a JSON object"_s};
    const QJsonObject object = document.object();

    const QString endpointText = object.value(u"token_endpoint"_s).toString();
    const QUrl endpoint(endpointText, QUrl::StrictMode);
    if (endpointText.isEmpty() || endpointText.size() > MaxUrlLength || !endpoint.isValid()
        || (endpoint.scheme() != "http"_L1 && endpoint.scheme() != "https"_L1)
        || endpoint.host().isEmpty())
        return {std::nullopt, u"the discovery document names no usable token_endpoint"_s};

    ServerReport report;
    report.discovery = true;
    report.issuer = cleanText(object.value(u"issuer"_s).toString());
    report.tokenEndpoint = endpoint;
    report.grantTypes = cleanList(object.value(u"grant_types_supported"_s));
    report.signingAlgorithms = cleanList(object.value(u"id_token_signing_alg_values_supported"_s));
    return {report, {}};
}

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
    , m_transport(new TokenTransport(this))
{ }

ServerProbe::~ServerProbe() = default;

QUrl ServerProbe::discoveryUrl(const QUrl &server)
{
    return withPath(server, u"/auth/.well-known/openid-configuration"_s);
}

QUrl ServerProbe::pingUrl(const QUrl &server)
{
    return withPath(server, u"/auth"_s);
}

void ServerProbe::probe(const Profile &profile, int timeoutSeconds, Done done)
{
    if (m_done) {
        QMetaObject::invokeMethod(
            this,
            [refused = std::move(done)] {
                refused(makeError(
                    ErrorKind::Internal,
                    u"a connection test is already running — wait for it or cancel it"_s));
            },
            Qt::QueuedConnection);
        return;
    }
    m_done = std::move(done);
    m_profile = profile;
    m_timeoutMs = std::max(1, timeoutSeconds) * 1000;
    m_started.start();

    if (const QString problem = checkServerUrl(profile.server.toString()); !problem.isEmpty())
        return finish(makeError(ErrorKind::Config, problem));
    if (profile.server.scheme() == "http"_L1 && !isLoopbackHost(profile.server.host())
        && !profile.allowHttp)
        return finish(makeError(
            ErrorKind::Refused,
            u"plain http to %1 is not encrypted, so the connection test was not run — use https, or allow plain http for this profile"_s
                .arg(cleanText(profile.server.host()))));
    if (!profile.pinSha256.isEmpty()) {
        const auto pin = normalizePin(profile.pinSha256);
        if (!pin)
            return finish(makeError(
                ErrorKind::Config,
                u"the certificate pin must be 64 hexadecimal digits (a SHA-256 digest) — fix or remove it"_s));
        m_profile.pinSha256 = *pin;
    }

    TokenRequest request;
    request.verb = "GET"_ba;
    request.url = discoveryUrl(profile.server);
    request.headers = {{"Accept"_ba, "application/json"_ba}};
    TransportOptions options;
    options.timeoutMs = m_timeoutMs;
    options.caFile = m_profile.caFile;
    options.pinSha256 = m_profile.pinSha256;
    m_transport->send(request, options,
                      [this](Result<HttpAnswer> answer) { onDiscovery(std::move(answer)); });
}

void ServerProbe::cancel()
{
    m_transport->cancel();
}

int ServerProbe::remainingMs() const
{
    return static_cast<int>(m_timeoutMs - m_started.elapsed());
}

void ServerProbe::onDiscovery(Result<HttpAnswer> answer)
{
    if (!answer.ok()) {
        if (answer.error().kind == ErrorKind::Oversize)
            return sendPing(u"the discovery answer passed the 1 MiB limit"_s);
        return finish(answer.error());
    }
    DiscoveryAnswer discovery = readDiscoveryAnswer(answer.value());
    if (!discovery.report)
        return sendPing(discovery.problem);

    ServerReport &report = *discovery.report;
    const QUrl expectedIssuer = pingUrl(m_profile.server);
    if (!report.issuer.isEmpty() && !sameUrl(QUrl(report.issuer), expectedIssuer))
        report.notes
            << u"the issuer %1 differs from %2, where the document was fetched — OpenID discovery says such metadata must not be trusted; check the server URL or the server's external host setting"_s
                   .arg(report.issuer, shown(expectedIssuer));
    if (report.issuer.isEmpty())
        report.notes << u"the discovery document names no issuer"_s;
    const QUrl used = m_profile.effectiveTokenEndpoint();
    if (!sameUrl(report.tokenEndpoint, used))
        report.notes
            << u"the server names the token endpoint %1, but this profile uses %2 — check the token endpoint setting"_s
                   .arg(shown(report.tokenEndpoint), shown(used));
    if (!report.grantTypes.isEmpty() && !report.grantTypes.contains(u"client_credentials"_s))
        report.notes
            << u"the server does not list client_credentials among its grant types, so application sessions may be refused"_s;

    report.summary =
        u"SanteDB OpenID discovery found: issuer %1, token endpoint %2, grants %3, id_token signed %4"_s
            .arg(report.issuer.isEmpty() ? u"(none)"_s : report.issuer, shown(report.tokenEndpoint),
                 report.grantTypes.isEmpty() ? u"(not listed)"_s : report.grantTypes.join(u", "_s),
                 report.signingAlgorithms.isEmpty() ? u"(not listed)"_s
                                                    : report.signingAlgorithms.join(u", "_s));
    finish(std::move(report));
}

void ServerProbe::sendPing(const QString &discoveryProblem)
{
    const int remaining = remainingMs();
    if (remaining <= 0)
        return finish(makeError(ErrorKind::Timeout, {}));
    TokenRequest request;
    request.verb = "PING"_ba;
    request.url = pingUrl(m_profile.server);
    TransportOptions options;
    options.timeoutMs = remaining;
    options.caFile = m_profile.caFile;
    options.pinSha256 = m_profile.pinSha256;
    m_transport->send(request, options, [this, discoveryProblem](Result<HttpAnswer> answer) {
        onPing(std::move(answer), discoveryProblem);
    });
}

void ServerProbe::onPing(Result<HttpAnswer> answer, const QString &discoveryProblem)
{
    if (!answer.ok())
        return finish(answer.error());
    const HttpAnswer &ping = answer.value();
    const QString where = shown(pingUrl(m_profile.server));
    if (ping.status == 200 || ping.status == 204) {
        ServerReport report;
        report.summary =
            u"the SanteDB auth service at %1 answered PING (HTTP %2), but %3 — the server is reachable; the token endpoint is assumed to be at the default path"_s
                .arg(where, QString::number(ping.status), discoveryProblem);
        return finish(std::move(report));
    }
    Error error;
    error.httpStatus = ping.status;
    if (ping.status >= 300 && ping.status < 400) {
        error.kind = ErrorKind::Redirect;
        error.message =
            u"the server at %1 answered with a redirect to %2, which is not followed so that nothing is sent where you did not configure it — check the server URL (perhaps it should start with https://)"_s
                .arg(where,
                     ping.location.isEmpty() ? u"an unnamed address"_s
                                             : cleanText(QString::fromUtf8(ping.location)));
    } else {
        error.kind = ErrorKind::Http;
        error.message =
            u"the server at %1 does not look like a SanteDB auth service: %2, and PING got HTTP %3 — check the server URL"_s
                .arg(where, discoveryProblem, QString::number(ping.status));
    }
    finish(std::move(error));
}

void ServerProbe::finish(Result<ServerReport> result)
{
    if (!result.ok()) {
        // The transport's sentences speak of token requests and command-line options; the
        // probe's own wording fits the people who read it in the desktop app too.
        const Error &error = result.error();
        if (error.kind == ErrorKind::Interrupted)
            result = makeError(ErrorKind::Interrupted, u"the connection test was cancelled"_s);
        else if (error.kind == ErrorKind::Timeout)
            result = makeError(
                ErrorKind::Timeout,
                u"the server %1 did not answer within %2 s — check that it is running and reachable, or raise the request timeout"_s
                    .arg(cleanText(m_profile.server.adjusted(QUrl::RemoveUserInfo).authority()),
                         QString::number(m_timeoutMs / 1000)));
    }
    // Always later, never inside probe(): callers can update their state after starting a probe
    // without the answer overtaking them.
    QMetaObject::invokeMethod(
        this,
        [this, outcome = std::move(result)]() mutable {
            if (auto done = std::exchange(m_done, nullptr))
                done(std::move(outcome));
        },
        Qt::QueuedConnection);
}

} // namespace sdsm
