// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "context.h"

#include "workspace.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

Result<QString> readSecret(Context &ctx, SecretKind kind)
{
    if (ctx.console().stdinIsTerminal()) {
        const QStringList answers =
            ctx.console().promptHidden({u"%1: "_s.arg(secretKindLabel(kind)),
                                        QCoreApplication::translate("santedb-session", "again: ")});
        if (answers.at(0) != answers.at(1))
            return makeError(ErrorKind::Refused,
                             QCoreApplication::translate(
                                 "santedb-session", "the two entries differ — nothing was stored"));
        return answers.at(0);
    }
    auto in = ctx.console().readStdin(SecretInputLimit);
    if (!in.ok())
        return in.error();
    QByteArray bytes = std::move(in).value();
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    const QString text = QString::fromUtf8(bytes);
    const bool validUtf8 = text.toUtf8() == bytes;
    bytes.fill('\0');
    if (!validUtf8)
        return makeError(ErrorKind::Refused,
                         QCoreApplication::translate(
                             "santedb-session",
                             "the %1 on standard input is not valid UTF-8 — nothing was stored")
                             .arg(secretKindLabel(kind)));
    return text;
}

} // namespace

int secretSet(Context &ctx)
{
    const auto found = ctx.findProfile(ctx.args().positional.at(0));
    if (!found.ok())
        return ctx.fail(found.error());
    const Profile &p = found.value();
    const auto kind = parseSecretKind(ctx.args().positional.at(1));
    if (!kind || *kind == SecretKind::Session)
        return ctx.fail(
            makeError(ErrorKind::Usage,
                      QCoreApplication::translate(
                          "santedb-session",
                          "the secret kind must be client, device, cert-password or password")));
    // Refused before anything is read, so nobody types a secret that is then thrown away.
    if (const QString why = p.whyUnused(*kind); !why.isEmpty())
        return ctx.fail(makeError(
            ErrorKind::Refused,
            QCoreApplication::translate("santedb-session", "%1 — nothing was stored").arg(why)));
    const auto secret = readSecret(ctx, *kind);
    if (!secret.ok())
        return ctx.fail(secret.error());
    const auto stored = waitFor<void>(
        [&](auto done) { ctx.workspace().setSecret(p, *kind, secret.value(), done); });
    if (!stored.ok())
        return ctx.fail(stored.error());
    ctx.out(QCoreApplication::translate("santedb-session",
                                        "stored the %1 of profile \"%2\" in the keychain\n")
                .arg(secretKindLabel(*kind), p.name));
    return 0;
}

int secretClear(Context &ctx)
{
    const auto found = ctx.findProfile(ctx.args().positional.at(0));
    if (!found.ok())
        return ctx.fail(found.error());
    QList<SecretKind> kinds = Workspace::allSecretKinds();
    if (ctx.args().positional.size() > 1) {
        const auto kind = parseSecretKind(ctx.args().positional.at(1));
        if (!kind)
            return ctx.fail(makeError(ErrorKind::Usage,
                                      QCoreApplication::translate(
                                          "santedb-session",
                                          "the secret kind must be client, device, cert-password, "
                                          "password or session")));
        kinds = {*kind};
    }
    const auto cleared = waitFor<QList<std::pair<SecretKind, bool>>>(
        [&](auto done) { ctx.workspace().clearSecrets(found.value(), kinds, done); });
    if (!cleared.ok())
        return ctx.fail(cleared.error());
    QString out;
    for (const auto &[kind, existed] : cleared.value())
        out += (existed ? QCoreApplication::translate("santedb-session", "cleared the %1\n")
                        : QCoreApplication::translate("santedb-session",
                                                      "no %1 was stored; nothing to clear\n"))
                   .arg(secretKindLabel(kind));
    ctx.out(out);
    const bool sessionCleared =
        std::any_of(cleared.value().cbegin(), cleared.value().cend(),
                    [](const auto &c) { return c.first == SecretKind::Session && c.second; });
    if (sessionCleared)
        ctx.err(QCoreApplication::translate(
                    "santedb-session",
                    "note: the session is forgotten here only; the server keeps it valid until it "
                    "expires — `santedb-session logout %1` ends it on the server\n")
                    .arg(found.value().name));
    return 0;
}

} // namespace sdsm::cli
