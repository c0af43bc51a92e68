// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "clock.h"
#include "context.h"
#include "jwks.h"
#include "jwt.h"
#include "jwtverify.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

// The key set of `--jwks URL|FILE`: a URL is fetched once, through the same bounded transport as
// every other request; anything else is a JWKS JSON file.
Result<QList<Jwk>> readJwks(Context &ctx, const QString &source)
{
    const QUrl url(source, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http"_s || scheme == u"https"_s) {
        HttpRequest request;
        request.verb = "GET"_ba;
        request.url = url;
        request.headers = {{"Accept"_ba, "application/json"_ba}};
        TransportOptions options;
        options.timeoutMs = ctx.timeoutSeconds() * 1000;
        options.noProxy = ctx.args().has(u"no-proxy"_s);
        // A certificate reviewed and trusted for this origin counts here as for sessions.
        if (const auto known = ctx.workspace().knownServers().trusted(url);
            known.ok() && known.value())
            options.trustedSha256 = known.value()->certificate.sha256;
        const auto answer = waitForJob(ctx.workspace().transport().send(request, options));
        if (!answer.ok())
            return answer.error();
        if (answer.value().status != 200) {
            Error e = makeError(ErrorKind::Http,
                                QCoreApplication::translate(
                                    "santedb-session",
                                    "the JWKS at %1 answered HTTP %2, so the signature cannot be "
                                    "checked")
                                    .arg(url.toDisplayString(QUrl::RemoveUserInfo),
                                         QString::number(answer.value().status)));
            e.httpStatus = answer.value().status;
            return e;
        }
        auto keys = parseJwks(answer.value().body);
        if (!keys.ok())
            return makeError(
                ErrorKind::Protocol,
                QCoreApplication::translate("santedb-session", "the JWKS at %1 is unusable: %2")
                    .arg(url.toDisplayString(QUrl::RemoveUserInfo), keys.error().message));
        return keys;
    }
    const auto path =
        readableFile(source, QCoreApplication::translate("santedb-session", "JWKS file"));
    if (!path.ok())
        return path.error();
    QFile file(path.value());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Config,
            QCoreApplication::translate("santedb-session", "the JWKS file %1 cannot be read (%2)")
                .arg(source, file.errorString()));
    // One byte over the limit is enough for the parser to refuse an oversized file.
    auto keys = parseJwks(file.read(MaxAnswerBytes + 1));
    if (!keys.ok())
        return makeError(
            ErrorKind::Config,
            QCoreApplication::translate("santedb-session", "the JWKS file %1 is unusable: %2")
                .arg(source, keys.error().message));
    return keys;
}

} // namespace

int decode(Context &ctx)
{
    QByteArray input;
    if (ctx.args().positional.isEmpty() || ctx.args().positional.first() == u"-"_s) {
        auto in = ctx.console().readStdin(TokenInputLimit);
        if (!in.ok())
            return ctx.fail(in.error());
        input = in.value();
    } else {
        input = ctx.args().positional.first().toUtf8();
    }
    const auto decoded = decodeJwt(stripBearerPrefix(input));
    if (!decoded.ok())
        return ctx.fail(decoded.error());
    const QDateTime now = Clock::system().now();
    if (!ctx.args().has(u"jwks"_s)) {
        ctx.out(ctx.json() ? jsonText(decodedJwtToJson(decoded.value(), now))
                           : describeDecodedJwt(decoded.value(), now));
        return 0;
    }

    const auto keys = readJwks(ctx, ctx.args().value(u"jwks"_s));
    if (!keys.ok())
        return ctx.fail(keys.error());
    // Only the published keys: decode knows no profile, so no secret can verify a token signed
    // with one (its kid then names no key here: unknown_key).
    VerificationKeys verification;
    verification.jwks = keys.value();
    const SignatureCheck check = verifyJwt(decoded.value(), verification);
    if (ctx.json()) {
        QJsonObject json = decodedJwtToJson(decoded.value(), now);
        json.insert(u"signature"_s, signatureStateName(check.state));
        json.insert(u"signature_key"_s,
                    check.keyLabel.isEmpty() ? QJsonValue() : QJsonValue(check.keyLabel));
        ctx.out(jsonText(json));
    } else {
        ctx.out(describeDecodedJwt(
            decoded.value(), now,
            signatureStateLabel(check.state)
                + (check.keyLabel.isEmpty() ? QString() : u" ("_s + check.keyLabel + u')')));
    }
    return 0;
}

} // namespace sdsm::cli
