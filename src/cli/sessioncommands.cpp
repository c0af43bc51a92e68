#include "commands.h"

#include "clock.h"
#include "context.h"
#include "curlcommand.h"
#include "presentation.h"
#include "textrules.h"
#include "timetext.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

// The device's name when the id_token carries it (3.x extensions), and always its id.
QString deviceLabel(const ClaimsSummary &claims)
{
    const QString name =
        claims.extensions.value(u"santedb"_s).toObject().value(u"devname"_s).toString();
    return name.isEmpty() ? claims.deviceId : name + u", "_s + claims.deviceId;
}

QJsonObject loginJson(const Session &s)
{
    const QDateTime now = Clock::system().now();
    QJsonArray policies;
    QJsonValue claims;
    ClaimsSummary summary;
    if (s.idClaims) {
        claims = s.idClaims->claims;
        summary = summarizeClaims(s.idClaims->claims);
        for (const PolicyGrant &g : std::as_const(summary.policies))
            policies.append(
                QJsonObject {{u"oid"_s, g.oid},
                             {u"name"_s, g.name.isEmpty() ? QJsonValue() : QJsonValue(g.name)}});
    }
    auto orNull = [](const QString &t) { return t.isEmpty() ? QJsonValue() : QJsonValue(t); };
    const bool known = s.expiry.at.isValid();
    return QJsonObject {
        {u"profile"_s, s.profileName},
        {u"token_type"_s, s.tokenType.isEmpty() ? u"bearer"_s : s.tokenType},
        {u"access_token"_s, s.accessToken},
        {u"expires_at"_s, known ? QJsonValue(utcText(s.expiry.at)) : QJsonValue()},
        {u"expires_in"_s, known ? QJsonValue(now.secsTo(s.expiry.at)) : QJsonValue()},
        {u"expiry_source"_s, orNull(s.expiry.source)},
        {u"has_refresh_token"_s, !s.refreshToken.isEmpty()},
        {u"subject"_s, orNull(summary.subject)},
        {u"name"_s, orNull(summary.name)},
        {u"policies"_s, policies},
        {u"claims"_s, claims},
        {u"signature"_s, u"not_verified"_s},
        {u"santedb_version"_s, static_cast<int>(s.generation)},
        {u"device_authenticated"_s, s.deviceAuthenticated},
        {u"client_secret_checked"_s, s.clientSecretChecked},
        {u"cached"_s, s.cached},
    };
}

QString loginText(const Session &s)
{
    const QDateTime now = Clock::system().now();
    const ClaimsSummary c = s.idClaims ? summarizeClaims(s.idClaims->claims) : ClaimsSummary {};
    QString out;
    auto line = [&](const QString &label, const QString &value) {
        out += labelledLine(label, value);
    };
    out += u"Session for profile \"%1\" (SanteDB %2.x%3)\n"_s.arg(s.profileName)
               .arg(static_cast<int>(s.generation))
               .arg(s.cached ? u", cached"_s : QString());
    line(u"token type"_s, s.tokenType.isEmpty() ? u"(none sent; used as Bearer)"_s : s.tokenType);
    if (s.expiry.at.isValid()) {
        const QString source = s.expiry.source == u"id_token_exp"_s ? u"id_token exp"_s
            : s.expiry.source == u"expires_in_ms"_s                 ? u"expires_in, milliseconds"_s
                                                                    : u"expires_in, seconds"_s;
        line(u"expires"_s,
             u"%1 (%2) — %3 [from %4]"_s.arg(utcText(s.expiry.at), localText(s.expiry.at),
                                             expiryRelativeText(s.expiry.at, now), source));
        if (s.expiry.sourcesDisagree)
            line(u""_s,
                 u"id_token exp %1, expires_in %2 — the earlier is used"_s.arg(
                     utcText(s.expiry.fromIdToken), utcText(s.expiry.fromExpiresIn)));
    } else {
        line(u"expires"_s, u"unknown"_s);
    }
    line(u"subject"_s, c.subject.isEmpty() ? u"-"_s : c.subject);
    line(u"name"_s, c.name.isEmpty() ? u"-"_s : c.name);
    line(u"device"_s,
         !s.deviceConfigured         ? u"none configured"_s
             : s.deviceAuthenticated ? u"authenticated (%1)"_s.arg(deviceLabel(c))
                                     : u"NOT authenticated"_s);
    line(u"client secret"_s, s.clientSecretChecked ? u"checked"_s : u"not checked"_s);
    line(u"refresh token"_s, s.refreshToken.isEmpty() ? u"no"_s : u"yes"_s);
    line(u"signature"_s, u"not verified"_s);
    line(u"policies"_s, QString::number(c.policies.size()));
    for (const PolicyGrant &g : c.policies)
        out += u"  %1  %2\n"_s.arg(oneLineText(g.oid).leftJustified(44),
                                   g.name.isEmpty() ? u"(unknown)"_s : g.name);
    return out;
}

} // namespace

int session(Context &ctx)
{
    const QString command = ctx.commandName();
    const auto found = ctx.findProfile(ctx.args().positional.at(0));
    if (!found.ok())
        return ctx.fail(found.error());
    const Profile profile = found.value();
    std::optional<QUrl> target;
    if (command == u"curl"_s) {
        auto url =
            requestTarget(profile, ctx.args().positional.value(1), ctx.args().has(u"any-origin"_s));
        if (!url.ok())
            return ctx.fail(url.error());
        target = url.value();
    }

    SessionOptions options;
    options.fresh = ctx.args().has(u"fresh"_s);
    options.minValidSeconds = ctx.minValidSeconds();
    options.timeoutSeconds = ctx.timeoutSeconds();
    options.noProxy = ctx.args().has(u"no-proxy"_s);
    const auto obtained = waitFor<Session>(
        [&](auto done) { ctx.workspace().sessions().obtain(profile, options, done); });
    if (!obtained.ok())
        return ctx.fail(obtained.error());
    const Session &s = obtained.value();
    for (const QString &note : s.notes)
        ctx.err(u"note: "_s + note + u'\n');

    const bool bearer = s.tokenTypeClass != TokenTypeClass::Other;
    if (command == u"token"_s) {
        if (!bearer)
            ctx.err(u"warning: the token's type is \"%1\"; it cannot be sent as a Bearer header\n"_s
                        .arg(oneLineText(s.tokenType)));
        ctx.out(s.accessToken + u'\n');
        return 0;
    }
    if ((command == u"header"_s || command == u"curl"_s) && !bearer)
        return ctx.fail(makeError(
            ErrorKind::Protocol,
            u"the server issued a token of type \"%1\", which cannot be sent as an Authorization: Bearer header — use `santedb-session token %2` and the scheme your server expects"_s
                .arg(oneLineText(s.tokenType), profile.name)));
    if (command == u"header"_s) {
        ctx.out(bearerHeader(s.accessToken) + u'\n');
        return 0;
    }
    if (command == u"curl"_s) {
        ctx.out(curlCommandLine(profile, s.accessToken, *target) + u'\n');
        return 0;
    }
    ctx.out(ctx.json() ? jsonText(loginJson(s)) : loginText(s));
    return 0;
}

} // namespace sdsm::cli
