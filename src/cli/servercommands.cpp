// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "context.h"
#include "knownservers.h"
#include "presentation.h"
#include "serverprobe.h"
#include "storefile.h"
#include "textrules.h"
#include "timetext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

// The server root a person may paste: also accepts the auth path or the discovery document's
// own URL, which people copy from SanteDB's documentation.
QUrl serverRoot(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    QString path = url.path();
    for (const QString &suffix : {u"/.well-known/openid-configuration"_s, u"/auth"_s}) {
        while (path.endsWith(u'/'))
            path.chop(1);
        if (path.endsWith(suffix))
            path.chop(suffix.size());
    }
    url.setPath(path);
    return url;
}

QString certificateText(const CertificateInfo &c)
{
    return labelledLine(QCoreApplication::translate("santedb-session", "subject"), c.subject)
        + labelledLine(QCoreApplication::translate("santedb-session", "issuer"), c.issuer)
        + labelledLine(QCoreApplication::translate("santedb-session", "valid"),
                       QCoreApplication::translate("santedb-session", "%1 to %2")
                           .arg(utcText(c.notBefore), utcText(c.notAfter)))
        + labelledLine(u"SHA-256"_s, c.sha256) + labelledLine(u"SHA-1"_s, c.sha1);
}

} // namespace

int discover(Context &ctx)
{
    const QUrl server = serverRoot(ctx.args().positional.at(0));
    if (const QString problem = checkServerUrl(server.toString()); !problem.isEmpty())
        return ctx.fail(makeError(ErrorKind::Usage, problem));
    ProbeTarget target;
    target.server = server;
    // Discovery sends no credential, so plain http is allowed; the note below says what it means.
    target.allowHttp = true;
    target.transport.timeoutMs = ctx.timeoutSeconds() * 1000;
    target.transport.noProxy = ctx.args().has(u"no-proxy"_s);
    if (ctx.args().has(u"ca-file"_s)) {
        const auto path = readableFile(ctx.args().value(u"ca-file"_s),
                                       QCoreApplication::translate("santedb-session", "CA file"));
        if (!path.ok())
            return ctx.fail(path.error());
        target.transport.caFile = path.value();
    }
    if (ctx.args().has(u"pin-sha256"_s)) {
        const auto pin = normalizePin(ctx.args().value(u"pin-sha256"_s));
        if (!pin)
            return ctx.fail(makeError(
                ErrorKind::Usage,
                QCoreApplication::translate("santedb-session",
                                            "--pin-sha256 must be the 64 hex digits of a SHA-256 "
                                            "(colons and case are ignored)")));
        target.transport.pinSha256 = *pin;
    }
    target.transport.trustedSha256 = ctx.workspace().knownServers().trustedSha256(server);

    ServerProbe probe(ctx.workspace().transport());
    const auto report = waitForJob(probe.probe(target));
    if (!report.ok())
        return ctx.fail(report.error());
    ServerReport r = report.value();
    if (server.scheme() == u"http"_s && !isLoopbackHost(server.host()))
        r.notes << QCoreApplication::translate(
            "santedb-session",
            "plain http: anything on the network path could have changed these answers");
    if (ctx.json()) {
        ctx.out(jsonText(r.toJson()));
        return 0;
    }
    QString out = QCoreApplication::translate("santedb-session", "Server %1\n")
                      .arg(oneLineText(server.toDisplayString()));
    if (!r.discovery) {
        out += r.summary + u'\n';
    } else {
        const DiscoveryDocument &d = r.document;
        auto url = [](const QUrl &u) { return u.isEmpty() ? u"-"_s : u.toDisplayString(); };
        out += labelledLine(QCoreApplication::translate("santedb-session", "issuer"),
                            d.issuer.isEmpty() ? u"-"_s : d.issuer);
        out += labelledLine(QCoreApplication::translate("santedb-session", "token endpoint"),
                            url(d.tokenEndpoint));
        out += labelledLine(QCoreApplication::translate("santedb-session", "jwks"), url(d.jwksUri));
        out += labelledLine(QCoreApplication::translate("santedb-session", "userinfo"),
                            url(d.userinfoEndpoint));
        out += labelledLine(QCoreApplication::translate("santedb-session", "end session"),
                            url(d.endSessionEndpoint));
        out += labelledLine(QCoreApplication::translate("santedb-session", "grant types"),
                            d.grantTypes.isEmpty() ? u"-"_s : d.grantTypes.join(u", "_s));
        out += labelledLine(QCoreApplication::translate("santedb-session", "signing"),
                            d.signingAlgorithms.isEmpty() ? u"-"_s
                                                          : d.signingAlgorithms.join(u", "_s));
        if (r.guessedGeneration)
            out += labelledLine(QCoreApplication::translate("santedb-session", "SanteDB version"),
                                QCoreApplication::translate("santedb-session", "%1.x probably (%2)")
                                    .arg(static_cast<int>(*r.guessedGeneration))
                                    .arg(r.generationReason));
    }
    ctx.out(out);
    for (const QString &note : std::as_const(r.notes))
        ctx.err(QCoreApplication::translate("santedb-session", "note: %1\n").arg(note));
    return 0;
}

int profileTrust(Context &ctx)
{
    const auto found = ctx.findProfile(ctx.args().positional.at(0));
    if (!found.ok())
        return ctx.fail(found.error());
    const Profile &p = found.value();
    if (p.server.scheme() != u"https"_s)
        return ctx.fail(makeError(
            ErrorKind::Refused,
            QCoreApplication::translate("santedb-session",
                                        "profile %1 uses plain http, which has no certificate to "
                                        "trust")
                .arg(quotedName(p.name))));
    KnownServers &known = ctx.workspace().knownServers();
    const auto origin = KnownServers::originOf(p.server);
    if (!origin.ok())
        return ctx.fail(origin.error());
    const auto previous = known.trusted(p.server);
    if (!previous.ok())
        return ctx.fail(previous.error());

    TransportOptions options;
    options.timeoutMs = ctx.timeoutSeconds() * 1000;
    options.noProxy = ctx.args().has(u"no-proxy"_s);
    options.caFile = p.caFile;
    const auto fetched =
        waitForJob(ctx.workspace().transport().fetchCertificate(p.server, options));
    if (!fetched.ok())
        return ctx.fail(fetched.error());
    const ServerCertificate &certificate = fetched.value();
    const CertificateInfo &leaf = certificate.leaf;

    ctx.out(QCoreApplication::translate("santedb-session",
                                        "The server at %1 presents this certificate:\n")
                .arg(origin.value())
            + certificateText(leaf));
    if (!p.pinSha256.isEmpty())
        ctx.err(QCoreApplication::translate(
                    "santedb-session",
                    "note: profile %1 pins the SHA-256 %2, which takes precedence over what is "
                    "trusted here\n")
                    .arg(quotedName(p.name), p.pinSha256));
    if (previous.value() && previous.value()->certificate.sha256 == leaf.sha256) {
        ctx.out(QCoreApplication::translate(
                    "santedb-session", "It has been trusted for %1 since %2; nothing to change.\n")
                    .arg(origin.value(), utcText(previous.value()->trustedAt)));
        return 0;
    }
    if (certificate.problem.isEmpty() && !previous.value()) {
        ctx.out(QCoreApplication::translate(
            "santedb-session",
            "This computer already trusts it (its issuer is a trusted certificate "
            "authority); nothing to change.\n"));
        return 0;
    }
    if (previous.value())
        ctx.err(QCoreApplication::translate(
                    "santedb-session",
                    "warning: it is NOT the certificate trusted for %1 until now (SHA-256 %2) — "
                    "trust the new one only if you know why the server's certificate changed\n")
                    .arg(origin.value(), previous.value()->certificate.sha256));
    else
        ctx.err(QCoreApplication::translate("santedb-session",
                                            "This computer does not trust it yet.\n"));

    if (!ctx.args().has(u"yes"_s)) {
        if (!ctx.console().stdinIsTerminal())
            return ctx.fail(makeError(
                ErrorKind::Usage,
                QCoreApplication::translate("santedb-session",
                                            "nothing was trusted: confirm on a terminal, or add "
                                            "`--yes` after checking the SHA-256 above with the "
                                            "server's administrator")));
        const QString answer =
            ctx.console()
                .promptLine(QCoreApplication::translate(
                                "santedb-session",
                                "Compare the SHA-256 with what the server's administrator gave "
                                "you. Type yes to trust it for %1: ")
                                .arg(origin.value()))
                .trimmed();
        if (answer.compare(u"yes"_s, Qt::CaseInsensitive) != 0
            && answer.compare(QCoreApplication::translate("santedb-session", "yes"),
                              Qt::CaseInsensitive)
                != 0) {
            ctx.err(QCoreApplication::translate("santedb-session", "nothing was trusted\n"));
            return 2;
        }
    }
    if (const auto trusted = known.trust(p.server, leaf); !trusted.ok())
        return ctx.fail(trusted.error());
    ctx.out(QCoreApplication::translate(
                "santedb-session",
                "trusted for %1: every profile on this origin and `discover` accept it from now "
                "on\n")
                .arg(origin.value()));
    return 0;
}

} // namespace sdsm::cli
