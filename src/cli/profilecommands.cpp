#include "commands.h"

#include "clock.h"
#include "context.h"
#include "devicecertificate.h"
#include "presentation.h"
#include "profileedit.h"
#include "profilestatus.h"
#include "profiletext.h"
#include "remedytext.h"
#include "timetext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("santedb-session", text);
}

// Shared by add and edit: each option present replaces one field; an empty value resets it.
// New certificate files are checked for their structure only (no password is asked or read:
// `login` opens them); what was found lands in `certificate`.
Result<void> applyProfileOptions(Context &ctx, Profile &p, bool editing,
                                 std::optional<CertificateFileCheck> &certificate)
{
    const QStringList deviceChoices {u"device-id"_s, u"device-cert"_s, u"no-device"_s};
    const auto chosen = std::count_if(deviceChoices.cbegin(), deviceChoices.cend(),
                                      [&](const QString &o) { return ctx.args().has(o); });
    if ((!editing && chosen != 1) || chosen > 1)
        return makeError(ErrorKind::Usage,
                         u"give exactly one of --device-id, --device-cert or --no-device"_s);
    for (const QString &required : {u"server"_s, u"client-id"_s}) {
        if (!editing && !ctx.args().has(required))
            return makeError(
                ErrorKind::Usage,
                u"profile add needs --%1 — see `santedb-session profile add --help`"_s.arg(
                    required));
        if (ctx.args().has(required) && ctx.args().value(required).isEmpty())
            return makeError(ErrorKind::Usage, u"--%1 cannot be empty"_s.arg(required));
    }
    if (ctx.args().has(u"server"_s)) {
        if (const QString problem = checkServerUrl(ctx.args().value(u"server"_s));
            !problem.isEmpty())
            return makeError(ErrorKind::Config, problem);
        p.server = QUrl(ctx.args().value(u"server"_s), QUrl::StrictMode);
    }
    if (ctx.args().has(u"client-id"_s))
        p.clientId = ctx.args().value(u"client-id"_s);
    if (ctx.args().has(u"device-id"_s)) {
        if (ctx.args().value(u"device-id"_s).isEmpty())
            return makeError(ErrorKind::Usage, u"--device-id cannot be empty"_s);
        p.deviceMode = DeviceMode::Secret;
        p.deviceId = ctx.args().value(u"device-id"_s);
        p.certificatePath.clear();
    }
    if (ctx.args().has(u"device-cert"_s)) {
        const auto path = readableFile(ctx.args().value(u"device-cert"_s), u"certificate file"_s);
        if (!path.ok())
            return path.error();
        p.deviceMode = DeviceMode::Certificate;
        p.certificatePath = path.value();
        p.certificateKeyPath.clear();
        p.deviceId.clear();
    }
    if (ctx.args().has(u"device-key"_s)) {
        if (p.deviceMode != DeviceMode::Certificate)
            return makeError(ErrorKind::Usage, u"--device-key goes with a PEM --device-cert"_s);
        p.certificateKeyPath.clear();
        if (!ctx.args().value(u"device-key"_s).isEmpty()) {
            const auto path = readableFile(ctx.args().value(u"device-key"_s), u"key file"_s);
            if (!path.ok())
                return path.error();
            p.certificateKeyPath = path.value();
        }
    }
    if (ctx.args().has(u"no-device"_s)) {
        p.deviceMode = DeviceMode::None;
        p.deviceId.clear();
        p.certificatePath.clear();
        p.certificateKeyPath.clear();
    }
    if ((ctx.args().has(u"device-cert"_s) || ctx.args().has(u"device-key"_s))
        && p.deviceMode == DeviceMode::Certificate) {
        auto check = inspectCertificateFiles(p.certificatePath, p.certificateKeyPath);
        if (!check.ok())
            return check.error();
        certificate = check.value();
    }
    if (ctx.args().has(u"grant"_s)) {
        const QString text = ctx.args().value(u"grant"_s);
        const auto grant =
            text.isEmpty() ? std::optional(GrantType::ClientCredentials) : parseGrant(text);
        if (!grant)
            return makeError(ErrorKind::Usage, u"--grant must be client_credentials or password"_s);
        p.grant = *grant;
    }
    if (ctx.args().has(u"username"_s))
        p.username = ctx.args().value(u"username"_s);
    if (ctx.args().has(u"password-mode"_s)) {
        const QString text = ctx.args().value(u"password-mode"_s);
        const auto mode =
            text.isEmpty() ? std::optional(PasswordMode::Stored) : parsePasswordMode(text);
        if (!mode)
            return makeError(ErrorKind::Usage, u"--password-mode must be stored or ask"_s);
        p.passwordMode = *mode;
    }
    if ((ctx.args().has(u"username"_s) || ctx.args().has(u"password-mode"_s))
        && p.grant != GrantType::Password)
        return makeError(ErrorKind::Usage,
                         u"--username and --password-mode go with --grant password"_s);
    if (p.grant != GrantType::Password) {
        p.username.clear();
        p.passwordMode = PasswordMode::Stored;
    }
    if (ctx.args().has(u"facility"_s)) {
        const QString facility = ctx.args().value(u"facility"_s).trimmed();
        if (const QString problem = checkFacility(facility); !problem.isEmpty())
            return makeError(ErrorKind::Usage, problem);
        p.facility = facility.isEmpty()
            ? QString()
            : QUuid::fromString(facility).toString(QUuid::WithoutBraces);
    }
    if (ctx.args().has(u"tag"_s)) {
        QStringList tags;
        for (const QString &tag : ctx.args().values(u"tag"_s)) {
            if (tag.isEmpty())
                continue; // `--tag ""` clears the tags
            if (const QString problem = checkTag(tag); !problem.isEmpty())
                return makeError(ErrorKind::Usage, problem);
            tags << tag;
        }
        p.tags = normalizeTags(tags);
    }
    if (ctx.args().has(u"santedb-version"_s)) {
        const QString text = ctx.args().value(u"santedb-version"_s);
        const auto version =
            text.isEmpty() ? std::optional(SanteDbVersion::Auto) : parseVersion(text);
        if (!version)
            return makeError(ErrorKind::Usage, u"--santedb-version must be auto, 2 or 3"_s);
        p.version = *version;
    }
    if (ctx.args().has(u"scope"_s))
        p.scope =
            ctx.args().value(u"scope"_s).isEmpty() ? defaultScope() : ctx.args().value(u"scope"_s);
    if (ctx.args().has(u"token-endpoint"_s)) {
        const QString text = ctx.args().value(u"token-endpoint"_s);
        if (const QString problem = checkTokenEndpoint(text); !problem.isEmpty())
            return makeError(ErrorKind::Config, problem);
        p.tokenEndpoint = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    }
    if (ctx.args().has(u"ca-file"_s)) {
        p.caFile.clear();
        if (!ctx.args().value(u"ca-file"_s).isEmpty()) {
            const auto path = readableFile(ctx.args().value(u"ca-file"_s), u"CA file"_s);
            if (!path.ok())
                return path.error();
            p.caFile = path.value();
        }
    }
    if (ctx.args().has(u"pin-sha256"_s)) {
        p.pinSha256.clear();
        if (!ctx.args().value(u"pin-sha256"_s).isEmpty()) {
            const auto pin = normalizePin(ctx.args().value(u"pin-sha256"_s));
            if (!pin)
                return makeError(
                    ErrorKind::Usage,
                    u"--pin-sha256 must be the 64 hex digits of a SHA-256 (colons and case are ignored)"_s);
            p.pinSha256 = *pin;
        }
    }
    if (ctx.args().has(u"allow-http"_s))
        p.allowHttp = true;
    if (ctx.args().has(u"no-allow-http"_s))
        p.allowHttp = false;
    if (ctx.args().has(u"note"_s))
        p.note = ctx.args().value(u"note"_s);
    if (ctx.args().has(u"rename"_s))
        p.name = ctx.args().value(u"rename"_s);
    return {};
}

QString statusText(const ProfileState &state)
{
    const QDateTime now = Clock::system().now();
    // The list has no expiry warning setting: "expiring" is only a lifetime share here.
    switch (profileStatus(state, now, 0)) {
    case ProfileStatus::NoSession:
    case ProfileStatus::Working:
        break;
    case ProfileStatus::Valid:
    case ProfileStatus::Expiring:
        if (!state.expiresAt.isValid())
            return u"session, expiry unknown"_s;
        return u"valid, "_s + expiryRelativeText(state.expiresAt, now);
    case ProfileStatus::Expired:
        return u"expired"_s;
    case ProfileStatus::Failed:
    case ProfileStatus::Cancelled:
        return u"%1 (%2) %3"_s.arg(statusLabel(profileStatus(state, now, 0)).toLower(),
                                   state.lastResult, relativeText(state.lastAt, now));
    }
    return u"no session"_s;
}

// The sentence for a certificate file that is fine but worth a word (a readable plain key).
void warnAbout(Context &ctx, const std::optional<CertificateFileCheck> &certificate)
{
    if (certificate && !certificate->warning.isEmpty())
        ctx.err(tr("warning: %1\n").arg(certificate->warning));
}

} // namespace

int profileAdd(Context &ctx)
{
    Profile profile;
    profile.name = ctx.args().positional.at(0);
    std::optional<CertificateFileCheck> certificate;
    if (const auto applied = applyProfileOptions(ctx, profile, false, certificate); !applied.ok())
        return ctx.fail(applied.error());
    const auto added = ctx.workspace().addProfile(profile);
    if (!added.ok())
        return ctx.fail(added.error());
    ctx.out(u"added profile \"%1\"\n"_s.arg(profile.name));
    warnAbout(ctx, certificate);
    const QStringList kinds = [&] {
        QStringList k;
        for (SecretKind kind : added.value().usedSecretKinds()) {
            // An unencrypted key or an unprotected PKCS#12 file needs no password.
            if (kind == SecretKind::CertPassword && certificate && !certificate->passwordNeeded)
                continue;
            k << secretKindName(kind);
        }
        return k;
    }();
    ctx.err(u"next: store its secrets with `santedb-session secret set %1 <%2>`\n"_s.arg(
        profile.name, kinds.join(u'|')));
    return 0;
}

int profileEdit(Context &ctx)
{
    const QString name = ctx.args().positional.at(0);
    std::optional<CertificateFileCheck> certificate;
    const auto edited = waitForJob(editProfileAndDiscardSession(
        ctx.workspace(), name,
        [&](Profile &p) { return applyProfileOptions(ctx, p, true, certificate); },
        ctx.args().has(u"santedb-version"_s)));
    if (!edited.ok())
        return ctx.fail(edited.error());
    warnAbout(ctx, certificate);
    if (!edited.value().warning.isEmpty())
        ctx.err(u"warning: "_s + edited.value().warning + u'\n');
    ctx.out(u"updated profile \"%1\"\n"_s.arg(edited.value().profile.name));
    return 0;
}

int profileList(Context &ctx)
{
    const auto snapshot = ctx.workspace().profiles().load();
    if (!snapshot.ok())
        return ctx.fail(snapshot.error());
    if (!snapshot.value().warning.isEmpty())
        ctx.err(u"warning: "_s + snapshot.value().warning + u'\n');
    const auto states = ctx.workspace().state().all();
    if (ctx.json()) {
        QJsonArray list;
        for (const Profile &p : snapshot.value().profiles)
            list.append(Workspace::describe(p, states.value(p.uuid), std::nullopt));
        ctx.out(jsonText(list));
        return 0;
    }
    if (snapshot.value().profiles.isEmpty()) {
        ctx.err(u"no profiles yet — add one with `santedb-session profile add`\n"_s);
        return 0;
    }
    QList<QStringList> rows {{u"NAME"_s, u"SERVER"_s, u"VERSION"_s, u"DEVICE"_s, u"STATUS"_s}};
    for (const Profile &p : snapshot.value().profiles) {
        const ProfileState s = states.value(p.uuid);
        const QString version = santeDbVersionText(p.version, s.detectedVersion);
        const QString device =
            p.deviceMode == DeviceMode::Secret ? p.deviceId : deviceModeName(p.deviceMode);
        rows.append({p.name, p.server.toString(), version, device, statusText(s)});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out += line + u'\n';
    }
    ctx.out(out);
    return 0;
}

int profileShow(Context &ctx)
{
    const auto found = ctx.findProfile(ctx.args().positional.at(0));
    if (!found.ok())
        return ctx.fail(found.error());
    const Profile &p = found.value();
    const auto presence = waitFor<QHash<SecretKind, bool>>(
        [&](auto done) { ctx.workspace().secretPresence(p, done); });
    std::optional<QHash<SecretKind, bool>> known;
    if (presence.ok())
        known = presence.value();
    else
        ctx.err(u"warning: which secrets are stored is unknown: "_s + presence.error().message
                + u'\n');
    const ProfileState state = ctx.workspace().state().get(p.uuid);
    std::optional<CertificateInfo> certificate;
    if (p.deviceMode == DeviceMode::Certificate) {
        const auto opened = waitFor<CertificateInfo>(
            [&](auto done) { ctx.workspace().deviceCertificate(p, done); });
        if (opened.ok()) {
            certificate = opened.value();
        } else {
            const QString remedy = remedyText(opened.error().remedy, p.name, false);
            ctx.err(tr("warning: the device certificate's details cannot be shown: %1\n")
                        .arg(opened.error().message
                             + (remedy.isEmpty() ? QString() : u" — "_s + remedy)));
        }
        const QDateTime now = Clock::system().now();
        if (certificate && now > certificate->notAfter)
            ctx.err(tr("warning: the device certificate expired on %1 — renew it\n")
                        .arg(utcText(certificate->notAfter)));
        else if (certificate && certificateExpiresSoon(*certificate, now))
            ctx.err(
                tr("warning: the device certificate expires on %1 (%2) — renew it before then\n")
                    .arg(utcText(certificate->notAfter),
                         expiryRelativeText(certificate->notAfter, now)));
    }
    const QJsonObject d = Workspace::describe(p, state, known, certificate);
    if (ctx.json()) {
        ctx.out(jsonText(d));
        return 0;
    }
    auto text = [](const QJsonValue &v) {
        if (v.isNull() || v.isUndefined())
            return u"-"_s;
        if (v.isBool())
            return v.toBool() ? u"yes"_s : u"no"_s;
        return v.isDouble() ? QString::number(v.toInt()) : v.toString();
    };
    QString out;
    auto line = [&](const QString &label, const QString &value) {
        out += labelledLine(label, value);
    };
    line(u"name"_s, p.name);
    line(u"uuid"_s, text(d.value(u"uuid"_s)));
    line(u"server"_s, text(d.value(u"server"_s)));
    line(u"token endpoint"_s, text(d.value(u"token_endpoint"_s)));
    line(u"santedb version"_s, santeDbVersionText(p.version, state.detectedVersion));
    line(u"grant"_s, text(d.value(u"grant"_s)));
    if (p.grant == GrantType::Password) {
        line(u"username"_s, p.username);
        line(u"password mode"_s, text(d.value(u"password_mode"_s)));
    }
    if (!p.facility.isEmpty())
        line(u"facility"_s, p.facility);
    if (!p.tags.isEmpty())
        line(u"tags"_s, p.tags.join(u", "_s));
    line(u"scope"_s, p.scope);
    line(u"client id"_s, p.clientId);
    line(u"device"_s,
         deviceModeName(p.deviceMode) + (p.deviceId.isEmpty() ? QString() : u" "_s + p.deviceId)
             + (p.certificatePath.isEmpty() ? QString() : u" "_s + p.certificatePath));
    if (p.deviceMode == DeviceMode::Certificate) {
        line(u"device key"_s,
             p.certificateKeyPath.isEmpty() ? tr("(in the certificate file)")
                                            : p.certificateKeyPath);
        if (certificate) {
            line(u"  subject"_s, certificate->subject);
            line(u"  issuer"_s, certificate->issuer);
            line(u"  valid"_s,
                 tr("%1 to %2")
                     .arg(utcText(certificate->notBefore), utcText(certificate->notAfter)));
            line(u"  sha1"_s, certificate->sha1);
            line(u"  sha256"_s, certificate->sha256);
        }
    }
    line(u"ca file"_s, text(d.value(u"ca_file"_s)));
    line(u"pinned sha256"_s, text(d.value(u"pin_sha256"_s)));
    line(u"allow http"_s, text(d.value(u"allow_http"_s)));
    line(u"note"_s, text(d.value(u"note"_s)));
    const QJsonObject secrets = d.value(u"secrets"_s).toObject();
    QStringList stored;
    for (const QString &k :
         {u"client"_s, u"device"_s, u"cert_password"_s, u"password"_s, u"session"_s}) {
        if (!secrets.value(k).isNull())
            stored << k + u'=' + text(secrets.value(k));
    }
    line(u"keychain"_s, stored.isEmpty() ? u"unknown"_s : stored.join(u"  "_s));
    line(u"status"_s, statusText(state));
    ctx.out(out);
    return 0;
}

int profileRemove(Context &ctx)
{
    const QString name = ctx.args().positional.at(0);
    const auto removed = waitFor<QList<std::pair<SecretKind, bool>>>(
        [&](auto done) { ctx.workspace().removeProfile(name, done); });
    if (!removed.ok())
        return ctx.fail(removed.error());
    const auto deleted = std::count_if(removed.value().cbegin(), removed.value().cend(),
                                       [](const auto &r) { return r.second; });
    ctx.out(u"removed profile \"%1\" and %2 keychain entr%3\n"_s.arg(name).arg(deleted).arg(
        deleted == 1 ? u"y"_s : u"ies"_s));
    return 0;
}

int profileExport(Context &ctx)
{
    const auto exported = ctx.workspace().exportProfiles(ctx.args().positional);
    if (!exported.ok())
        return ctx.fail(exported.error());
    if (!ctx.args().has(u"output"_s)) {
        ctx.out(QString::fromUtf8(exported.value()));
        return 0;
    }
    QSaveFile file(ctx.args().value(u"output"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) < 0 || !file.commit())
        return ctx.fail(makeError(ErrorKind::Config,
                                  u"the export could not be written to %1 (%2)"_s.arg(
                                      file.fileName(), file.errorString())));
    ctx.err(u"exported to %1 (no secrets)\n"_s.arg(file.fileName()));
    return 0;
}

int profileImport(Context &ctx)
{
    const QString path = ctx.args().positional.at(0);
    std::unique_ptr<QIODevice> input;
    if (path == u"-"_s) {
        input = ctx.console().stdinDevice();
        if (!input)
            return ctx.fail(makeError(ErrorKind::Usage, u"standard input could not be read"_s));
    } else {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return ctx.fail(makeError(
                ErrorKind::Config,
                u"the import file %1 cannot be read (%2)"_s.arg(path, file->errorString())));
        input = std::move(file);
    }
    const auto imported = ctx.workspace().importProfiles(*input);
    if (!imported.ok())
        return ctx.fail(imported.error());
    QStringList names;
    for (const Profile &p : imported.value())
        names << p.name;
    ctx.out(u"imported %1 profile(s): %2\n"_s.arg(names.size()).arg(names.join(u", "_s)));
    ctx.err(u"exports hold no secrets: store them with `santedb-session secret set NAME KIND`\n"_s);
    return 0;
}

} // namespace sdsm::cli
