// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "clock.h"
#include "context.h"
#include "curlcommand.h"
#include "presentation.h"
#include "profiletext.h"
#include "terminalprompter.h"
#include "textrules.h"
#include "timetext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

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
    for (const SessionPolicy &p : s.policies)
        policies.append(QJsonObject {{u"oid"_s, p.oid},
                                     {u"name"_s, orNull(p.name)},
                                     {u"name_source"_s, orNull(p.nameSource)}});
    const ClaimsSummary summary =
        s.idClaims ? summarizeClaims(s.idClaims->claims) : ClaimsSummary {};
    const bool known = s.expiry.at.isValid();
    return QJsonObject {
        {u"profile"_s, s.profileName},
        {u"token_type"_s, s.tokenType.isEmpty() ? u"bearer"_s : s.tokenType},
        {u"access_token"_s, s.accessToken},
        {u"expires_at"_s, known ? QJsonValue(utcText(s.expiry.at)) : QJsonValue()},
        {u"expires_in"_s, known ? QJsonValue(now.secsTo(s.expiry.at)) : QJsonValue()},
        {u"expiry_source"_s, orNull(s.expiry.source)},
        {u"has_refresh_token"_s, !s.refreshToken.isEmpty()},
        {u"obtained_by"_s, obtainedByName(s.obtainedBy)},
        {u"renewed_at"_s, s.renewedAt.isValid() ? QJsonValue(utcText(s.renewedAt)) : QJsonValue()},
        {u"subject"_s, orNull(summary.subject)},
        {u"name"_s, orNull(summary.name)},
        {u"facility"_s, orNull(s.facility)},
        {u"policies"_s, policies},
        {u"claims"_s, s.idClaims ? QJsonValue(s.idClaims->claims) : QJsonValue()},
        {u"signature"_s, signatureStateName(s.signature.state)},
        {u"signature_key"_s, orNull(s.signature.keyLabel)},
        {u"santedb_version"_s, static_cast<int>(s.generation)},
        {u"device_authenticated"_s,
         s.deviceAuthenticated ? QJsonValue(*s.deviceAuthenticated) : QJsonValue()},
        {u"client_secret_checked"_s, s.clientSecretChecked},
        {u"valid_on_server"_s, s.validOnServer ? QJsonValue(*s.validOnServer) : QJsonValue()},
        {u"cached"_s, s.cached()},
        {u"warnings"_s, QJsonArray::fromStringList(s.warnings)},
    };
}

QString deviceText(const Session &s, const ClaimsSummary &claims)
{
    if (s.deviceMode == DeviceMode::None)
        return QCoreApplication::translate("santedb-session", "none configured");
    const QString how = s.deviceMode == DeviceMode::Certificate && !s.deviceCertificate.isNull()
        ? QCoreApplication::translate("santedb-session", "certificate (%1)")
              .arg(s.deviceCertificate.subject)
        : QString();
    if (!s.deviceAuthenticated)
        return how.isEmpty() ? QCoreApplication::translate(
                   "santedb-session", "unknown (the signature is not verified)")
                             : how + u", "_s
                + QCoreApplication::translate("santedb-session",
                                              "unknown (the signature is not verified)");
    if (*s.deviceAuthenticated)
        return QCoreApplication::translate("santedb-session", "authenticated (%1)")
                   .arg(deviceLabel(claims))
            + (how.isEmpty() ? QString() : u", "_s + how);
    return QCoreApplication::translate("santedb-session", "NOT authenticated");
}

QString loginText(const Session &s)
{
    const QDateTime now = Clock::system().now();
    const ClaimsSummary c = s.idClaims ? summarizeClaims(s.idClaims->claims) : ClaimsSummary {};
    QString out;
    auto line = [&](const QString &label, const QString &value) {
        out += labelledLine(label, value);
    };
    out += (s.cached() ? QCoreApplication::translate(
                "santedb-session", "Session for profile \"%1\" (SanteDB %2.x, cached)\n")
                       : QCoreApplication::translate("santedb-session",
                                                     "Session for profile \"%1\" (SanteDB %2.x)\n"))
               .arg(oneLineText(s.profileName), QString::number(static_cast<int>(s.generation)));
    line(QCoreApplication::translate("santedb-session", "token type"),
         s.tokenType.isEmpty()
             ? QCoreApplication::translate("santedb-session", "(none sent; used as Bearer)")
             : s.tokenType);
    if (s.expiry.at.isValid()) {
        const QString source = expirySourceLabel(s.expiry.source);
        line(QCoreApplication::translate("santedb-session", "expires"),
             u"%1 (%2) — %3 [%4]"_s.arg(utcText(s.expiry.at), localText(s.expiry.at),
                                        expiryRelativeText(s.expiry.at, now), source));
        if (s.expiry.sourcesDisagree)
            line(QString(),
                 QCoreApplication::translate("santedb-session",
                                             "id_token exp %1, expires_in %2 — the earlier is used")
                     .arg(utcText(s.expiry.fromIdToken), utcText(s.expiry.fromExpiresIn)));
    } else {
        line(QCoreApplication::translate("santedb-session", "expires"),
             QCoreApplication::translate("santedb-session", "unknown"));
    }
    line(QCoreApplication::translate("santedb-session", "obtained by"),
         obtainedByName(s.obtainedBy));
    if (s.renewedAt.isValid())
        line(QCoreApplication::translate("santedb-session", "renewed"), utcText(s.renewedAt));
    line(QCoreApplication::translate("santedb-session", "subject"),
         c.subject.isEmpty() ? u"-"_s : c.subject);
    line(QCoreApplication::translate("santedb-session", "name"),
         c.name.isEmpty() ? u"-"_s : c.name);
    if (!s.facility.isEmpty())
        line(QCoreApplication::translate("santedb-session", "facility"), s.facility);
    line(QCoreApplication::translate("santedb-session", "device"), deviceText(s, c));
    line(QCoreApplication::translate("santedb-session", "client secret"),
         s.clientSecretChecked ? QCoreApplication::translate("santedb-session", "checked")
                               : QCoreApplication::translate("santedb-session", "not checked"));
    line(QCoreApplication::translate("santedb-session", "refresh token"),
         s.refreshToken.isEmpty() ? QCoreApplication::translate("santedb-session", "no")
                                  : QCoreApplication::translate("santedb-session", "yes"));
    line(
        QCoreApplication::translate("santedb-session", "signature"),
        signatureStateLabel(s.signature.state)
            + (s.signature.keyLabel.isEmpty() ? QString() : u" ("_s + s.signature.keyLabel + u')'));
    if (s.validOnServer)
        line(QCoreApplication::translate("santedb-session", "on the server"),
             *s.validOnServer ? QCoreApplication::translate("santedb-session", "valid (checked %1)")
                                    .arg(utcText(s.checkedOnServerAt))
                              : QCoreApplication::translate("santedb-session", "not valid"));
    line(QCoreApplication::translate("santedb-session", "policies"),
         QString::number(s.policies.size()));
    for (const SessionPolicy &p : s.policies)
        out += u"  %1  %2\n"_s.arg(oneLineText(p.oid).leftJustified(44),
                                   p.name.isEmpty()
                                       ? QCoreApplication::translate("santedb-session", "(unknown)")
                                       : oneLineText(p.name));
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

    SessionOptions options = ctx.sessionOptions();
    // `login` describes the session: it may fetch keys and policy names; the others stay lean.
    options.thorough = command == u"login"_s;
    TerminalPrompter prompter(ctx.console(), ctx.args().has(u"password-stdin"_s),
                              ctx.args().has(u"mfa-stdin"_s));
    const auto obtained =
        waitForJob(ctx.workspace().sessions().obtain(profile, options, &prompter));
    if (!obtained.ok())
        return ctx.fail(obtained.error());
    const Session &s = obtained.value();
    for (const QString &note : s.notes)
        ctx.err(QCoreApplication::translate("santedb-session", "note: %1\n").arg(note));
    for (const QString &warning : s.warnings)
        ctx.err(QCoreApplication::translate("santedb-session", "warning: %1\n").arg(warning));

    const bool bearer = s.tokenTypeClass != TokenTypeClass::Other;
    if (command == u"token"_s) {
        if (!bearer)
            ctx.err(
                QCoreApplication::translate(
                    "santedb-session",
                    "warning: the token's type is \"%1\"; it cannot be sent as a Bearer header\n")
                    .arg(oneLineText(s.tokenType)));
        ctx.out(s.accessToken + u'\n');
        return 0;
    }
    if ((command == u"header"_s || command == u"curl"_s) && !bearer)
        return ctx.fail(makeError(
            ErrorKind::Protocol,
            QCoreApplication::translate(
                "santedb-session",
                "the server issued a token of type \"%1\", which cannot be sent as an "
                "Authorization: Bearer header — use `santedb-session token %2` and the scheme your "
                "server expects")
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

int sessionCheck(Context &ctx)
{
    const auto found = ctx.findProfile(ctx.args().positional.at(0));
    if (!found.ok())
        return ctx.fail(found.error());
    const auto checked =
        waitForJob(ctx.workspace().sessions().checkOnServer(found.value(), ctx.sessionOptions()));
    if (!checked.ok())
        return ctx.fail(checked.error());
    const ServerSessionStatus &st = checked.value();
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(utcText(t)) : QJsonValue();
    };
    if (ctx.json()) {
        ctx.out(jsonText(QJsonObject {
            {u"profile"_s, found.value().name},
            {u"session_cached"_s, st.sessionCached},
            {u"valid_on_server"_s, st.validOnServer},
            {u"expires_at"_s, time(st.expiresAt)},
            {u"subject"_s, orNull(st.subject)},
            {u"name"_s, orNull(st.name)},
            {u"checked_at"_s, time(st.checkedAt)},
        }));
    }
    const QString name = oneLineText(found.value().name);
    if (!st.sessionCached) {
        ctx.err(QCoreApplication::translate(
                    "santedb-session",
                    "no session is cached for profile \"%1\" — get one with `santedb-session login "
                    "%1`\n")
                    .arg(name));
        return 3;
    }
    if (!st.validOnServer) {
        ctx.err(QCoreApplication::translate(
                    "santedb-session",
                    "the server no longer knows the cached session of profile \"%1\" — get a new "
                    "one with `santedb-session login %1 --fresh`\n")
                    .arg(name));
        return 3;
    }
    if (!ctx.json()) {
        QString out =
            QCoreApplication::translate("santedb-session",
                                        "The session of profile \"%1\" is valid on the server\n")
                .arg(name);
        if (st.expiresAt.isValid())
            out += labelledLine(QCoreApplication::translate("santedb-session", "expires"),
                                utcText(st.expiresAt) + u" — "_s
                                    + expiryRelativeText(st.expiresAt, Clock::system().now()));
        if (!st.subject.isEmpty())
            out +=
                labelledLine(QCoreApplication::translate("santedb-session", "subject"), st.subject);
        if (!st.name.isEmpty())
            out += labelledLine(QCoreApplication::translate("santedb-session", "name"), st.name);
        ctx.out(out);
    }
    return 0;
}

int logout(Context &ctx)
{
    const auto found = ctx.findProfile(ctx.args().positional.at(0));
    if (!found.ok())
        return ctx.fail(found.error());
    const auto signedOut =
        waitForJob(ctx.workspace().sessions().signOut(found.value(), ctx.sessionOptions()));
    if (!signedOut.ok())
        return ctx.fail(signedOut.error());
    const QString name = oneLineText(found.value().name);
    switch (signedOut.value().outcome) {
    case SignOutResult::Outcome::SignedOut:
        ctx.out(QCoreApplication::translate(
                    "santedb-session",
                    "signed out on the server; the session of profile \"%1\" is forgotten\n")
                    .arg(name));
        break;
    case SignOutResult::Outcome::AlreadyGone:
        ctx.out(QCoreApplication::translate(
                    "santedb-session",
                    "the server had already ended the session of profile \"%1\"; it is forgotten "
                    "here too\n")
                    .arg(name));
        break;
    case SignOutResult::Outcome::NothingCached:
        ctx.out(
            QCoreApplication::translate(
                "santedb-session", "no session is cached for profile \"%1\"; nothing to sign out\n")
                .arg(name));
        break;
    }
    return 0;
}

} // namespace sdsm::cli
