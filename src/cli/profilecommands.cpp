// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "clock.h"
#include "context.h"
#include "csv.h"
#include "devicecertificate.h"
#include "presentation.h"
#include "profileedit.h"
#include "profilestatus.h"
#include "profiletext.h"
#include "remedytext.h"
#include "secretbytes.h"
#include "storefile.h"
#include "textrules.h"
#include "timetext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

// Where profile options come from: the command line, or a row of a provisioning CSV file.
struct OptionSource
{
    std::function<bool(const QString &)> has;
    std::function<QString(const QString &)> value;
    std::function<QStringList(const QString &)> values; // every value of a repeatable option
    std::function<QString(const QString &)> label; // how messages name an option
    bool commandLine = true;
};

OptionSource commandLineOptions(const Context &ctx)
{
    const Arguments &args = ctx.args();
    return {[&args](const QString &o) { return args.has(o); },
            [&args](const QString &o) { return args.value(o); },
            [&args](const QString &o) { return args.values(o); },
            [](const QString &o) -> QString { return u"--"_s + o; }};
}

// Shared by add, edit and the CSV import: each option present replaces one field; an empty
// value resets it. New certificate files are checked for their structure only (no password is
// asked or read: `login` opens them); what was found lands in `certificate`.
Result<void> applyProfileOptions(const OptionSource &in, Profile &p, bool editing,
                                 std::optional<CertificateFileCheck> &certificate)
{
    // A file's problem reads without the option it came from; a CSV row names its column.
    const auto located = [&in](const QString &option, Error error) {
        if (!in.commandLine)
            error.message = QCoreApplication::translate("santedb-session", "%1: %2")
                                .arg(in.label(option), error.message);
        return error;
    };
    const QStringList deviceChoices {u"device-id"_s, u"device-cert"_s, u"no-device"_s};
    const auto chosen = std::count_if(deviceChoices.cbegin(), deviceChoices.cend(),
                                      [&](const QString &o) { return in.has(o); });
    if ((!editing && chosen != 1) || chosen > 1)
        return makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("santedb-session", "give exactly one of %1, %2 or %3")
                .arg(in.label(u"device-id"_s), in.label(u"device-cert"_s),
                     in.label(u"no-device"_s)));
    for (const QString &required : {u"server"_s, u"client-id"_s}) {
        if (!editing && !in.has(required))
            return makeError(
                ErrorKind::Usage,
                in.commandLine
                    ? QCoreApplication::translate(
                          "santedb-session",
                          "profile add needs --%1 — see `santedb-session profile add --help`")
                          .arg(required)
                    : QCoreApplication::translate("santedb-session", "%1 is needed")
                          .arg(in.label(required)));
        if (in.has(required) && in.value(required).isEmpty())
            return makeError(ErrorKind::Usage,
                             QCoreApplication::translate("santedb-session", "%1 cannot be empty")
                                 .arg(in.label(required)));
    }
    if (in.has(u"server"_s)) {
        if (const QString problem = checkServerUrl(in.value(u"server"_s)); !problem.isEmpty())
            return located(u"server"_s, makeError(ErrorKind::Config, problem));
        p.server = QUrl(in.value(u"server"_s), QUrl::StrictMode);
    }
    if (in.has(u"client-id"_s))
        p.clientId = in.value(u"client-id"_s);
    if (in.has(u"device-id"_s)) {
        if (in.value(u"device-id"_s).isEmpty())
            return makeError(ErrorKind::Usage,
                             QCoreApplication::translate("santedb-session", "%1 cannot be empty")
                                 .arg(in.label(u"device-id"_s)));
        p.deviceMode = DeviceMode::Secret;
        p.deviceId = in.value(u"device-id"_s);
        p.certificatePath.clear();
    }
    if (in.has(u"device-cert"_s)) {
        const auto path =
            readableFile(in.value(u"device-cert"_s),
                         QCoreApplication::translate("santedb-session", "certificate file"));
        if (!path.ok())
            return located(u"device-cert"_s, path.error());
        p.deviceMode = DeviceMode::Certificate;
        p.certificatePath = path.value();
        p.certificateKeyPath.clear();
        p.deviceId.clear();
    }
    if (in.has(u"device-key"_s)) {
        if (p.deviceMode != DeviceMode::Certificate)
            return makeError(ErrorKind::Usage,
                             QCoreApplication::translate("santedb-session", "%1 goes with a PEM %2")
                                 .arg(in.label(u"device-key"_s), in.label(u"device-cert"_s)));
        p.certificateKeyPath.clear();
        if (!in.value(u"device-key"_s).isEmpty()) {
            const auto path =
                readableFile(in.value(u"device-key"_s),
                             QCoreApplication::translate("santedb-session", "key file"));
            if (!path.ok())
                return located(u"device-key"_s, path.error());
            p.certificateKeyPath = path.value();
        }
    }
    if (in.has(u"no-device"_s)) {
        p.deviceMode = DeviceMode::None;
        p.deviceId.clear();
        p.certificatePath.clear();
        p.certificateKeyPath.clear();
    }
    if ((in.has(u"device-cert"_s) || in.has(u"device-key"_s))
        && p.deviceMode == DeviceMode::Certificate) {
        auto check = inspectCertificateFiles(p.certificatePath, p.certificateKeyPath);
        if (!check.ok())
            return located(in.has(u"device-cert"_s) ? u"device-cert"_s : u"device-key"_s,
                           check.error());
        certificate = check.value();
    }
    if (in.has(u"grant"_s)) {
        const QString text = in.value(u"grant"_s);
        const auto grant =
            text.isEmpty() ? std::optional(GrantType::ClientCredentials) : parseGrant(text);
        if (!grant)
            return makeError(ErrorKind::Usage,
                             QCoreApplication::translate(
                                 "santedb-session", "%1 must be client_credentials or password")
                                 .arg(in.label(u"grant"_s)));
        p.grant = *grant;
    }
    if (in.has(u"username"_s))
        p.username = in.value(u"username"_s);
    if (in.has(u"password-mode"_s)) {
        const QString text = in.value(u"password-mode"_s);
        const auto mode =
            text.isEmpty() ? std::optional(PasswordMode::Stored) : parsePasswordMode(text);
        if (!mode)
            return makeError(
                ErrorKind::Usage,
                QCoreApplication::translate("santedb-session", "%1 must be stored or ask")
                    .arg(in.label(u"password-mode"_s)));
        p.passwordMode = *mode;
    }
    if ((in.has(u"username"_s) || in.has(u"password-mode"_s)) && p.grant != GrantType::Password)
        return makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("santedb-session", "%1 and %2 go with %3 password")
                .arg(in.label(u"username"_s), in.label(u"password-mode"_s), in.label(u"grant"_s)));
    if (p.grant != GrantType::Password) {
        p.username.clear();
        p.passwordMode = PasswordMode::Stored;
    }
    if (in.has(u"facility"_s)) {
        const QString facility = in.value(u"facility"_s).trimmed();
        if (const QString problem = checkFacility(facility); !problem.isEmpty())
            return located(u"facility"_s, makeError(ErrorKind::Usage, problem));
        p.facility = facility.isEmpty()
            ? QString()
            : QUuid::fromString(facility).toString(QUuid::WithoutBraces);
    }
    if (in.has(u"tag"_s)) {
        QStringList tags;
        for (const QString &tag : in.values(u"tag"_s)) {
            if (tag.isEmpty())
                continue; // `--tag ""` clears the tags
            if (const QString problem = checkTag(tag); !problem.isEmpty())
                return located(u"tag"_s, makeError(ErrorKind::Usage, problem));
            tags << tag;
        }
        p.tags = normalizeTags(tags);
    }
    if (in.has(u"santedb-version"_s)) {
        const QString text = in.value(u"santedb-version"_s);
        const auto version =
            text.isEmpty() ? std::optional(SanteDbVersion::Auto) : parseVersion(text);
        if (!version)
            return makeError(
                ErrorKind::Usage,
                QCoreApplication::translate("santedb-session", "%1 must be auto, 2 or 3")
                    .arg(in.label(u"santedb-version"_s)));
        p.version = *version;
    }
    if (in.has(u"scope"_s))
        p.scope = in.value(u"scope"_s).isEmpty() ? defaultScope() : in.value(u"scope"_s);
    if (in.has(u"token-endpoint"_s)) {
        const QString text = in.value(u"token-endpoint"_s);
        if (const QString problem = checkTokenEndpoint(text); !problem.isEmpty())
            return located(u"token-endpoint"_s, makeError(ErrorKind::Config, problem));
        p.tokenEndpoint = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    }
    if (in.has(u"ca-file"_s)) {
        p.caFile.clear();
        if (!in.value(u"ca-file"_s).isEmpty()) {
            const auto path = readableFile(
                in.value(u"ca-file"_s), QCoreApplication::translate("santedb-session", "CA file"));
            if (!path.ok())
                return located(u"ca-file"_s, path.error());
            p.caFile = path.value();
        }
    }
    if (in.has(u"pin-sha256"_s)) {
        p.pinSha256.clear();
        if (!in.value(u"pin-sha256"_s).isEmpty()) {
            const auto pin = normalizePin(in.value(u"pin-sha256"_s));
            if (!pin)
                return makeError(
                    ErrorKind::Usage,
                    QCoreApplication::translate(
                        "santedb-session",
                        "%1 must be the 64 hex digits of a SHA-256 (colons and case are ignored)")
                        .arg(in.label(u"pin-sha256"_s)));
            p.pinSha256 = *pin;
        }
    }
    if (in.has(u"allow-http"_s))
        p.allowHttp = true;
    if (in.has(u"no-allow-http"_s))
        p.allowHttp = false;
    if (in.has(u"note"_s))
        p.note = in.value(u"note"_s);
    if (in.has(u"rename"_s))
        p.name = in.value(u"rename"_s);
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
            return QCoreApplication::translate("santedb-session", "session, expiry unknown");
        return QCoreApplication::translate("santedb-session", "valid, %1")
            .arg(expiryRelativeText(state.expiresAt, now));
    case ProfileStatus::Expired:
        return QCoreApplication::translate("santedb-session", "expired");
    case ProfileStatus::Failed:
    case ProfileStatus::Cancelled:
        return u"%1 (%2) %3"_s.arg(statusLabel(profileStatus(state, now, 0)).toLower(),
                                   state.lastResult, relativeText(state.lastAt, now));
    }
    return QCoreApplication::translate("santedb-session", "no session");
}

// The sentence for a certificate file that is fine but worth a word (a readable plain key).
void warnAbout(Context &ctx, const std::optional<CertificateFileCheck> &certificate)
{
    if (certificate && !certificate->warning.isEmpty())
        ctx.err(QCoreApplication::translate("santedb-session", "warning: %1\n")
                    .arg(certificate->warning));
}

} // namespace

int profileAdd(Context &ctx)
{
    Profile profile;
    profile.name = ctx.args().positional.at(0);
    std::optional<CertificateFileCheck> certificate;
    if (const auto applied =
            applyProfileOptions(commandLineOptions(ctx), profile, false, certificate);
        !applied.ok())
        return ctx.fail(applied.error());
    const auto added = ctx.workspace().addProfile(profile);
    if (!added.ok())
        return ctx.fail(added.error());
    ctx.out(
        QCoreApplication::translate("santedb-session", "added profile \"%1\"\n").arg(profile.name));
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
    ctx.err(QCoreApplication::translate(
                "santedb-session",
                "next: store its secrets with `santedb-session secret set %1 <%2>`\n")
                .arg(profile.name, kinds.join(u'|')));
    return 0;
}

int profileEdit(Context &ctx)
{
    const QString name = ctx.args().positional.at(0);
    std::optional<CertificateFileCheck> certificate;
    const auto edited = waitForJob(editProfileAndDiscardSession(
        ctx.workspace(), name,
        [&](Profile &p) {
            return applyProfileOptions(commandLineOptions(ctx), p, true, certificate);
        },
        ctx.args().has(u"santedb-version"_s)));
    if (!edited.ok())
        return ctx.fail(edited.error());
    warnAbout(ctx, certificate);
    if (!edited.value().warning.isEmpty())
        ctx.err(QCoreApplication::translate("santedb-session", "warning: %1\n")
                    .arg(edited.value().warning));
    ctx.out(QCoreApplication::translate("santedb-session", "updated profile \"%1\"\n")
                .arg(edited.value().profile.name));
    return 0;
}

int profileList(Context &ctx)
{
    const QStringList tags = ctx.args().values(u"tag"_s);
    const auto selected = ctx.selectProfiles({}, tags);
    if (!selected.ok())
        return ctx.fail(selected.error());
    const QList<Profile> &profiles = selected.value();
    const auto states = ctx.workspace().state().all();
    if (ctx.json()) {
        // Written out in pieces of about this size, so that a long list is never held whole.
        constexpr qsizetype Piece = 64 * 1024;
        JsonWriter list;
        list.reserve(Piece + 4096); // a piece and the profile that ends it (~1 KB)
        list.beginArray();
        for (const Profile &p : profiles) {
            Workspace::describe(list, p, states.value(p.uuid), std::nullopt);
            if (const QByteArrayView piece = list.written(); piece.size() >= Piece) {
                ctx.outUtf8(QByteArray::fromRawData(piece.data(), piece.size()));
                list.forgetWritten();
            }
        }
        list.endArray();
        ctx.outUtf8(list.takeText());
        return 0;
    }
    if (profiles.isEmpty()) {
        ctx.err(tags.isEmpty()
                    ? QCoreApplication::translate(
                        "santedb-session",
                        "no profiles yet — add one with `santedb-session profile add`\n")
                    : QCoreApplication::translate("santedb-session", "no profile has the tag %1\n")
                          .arg(oneLineText(tags.join(u", "_s))));
        return 0;
    }
    QList<QStringList> rows {{u"NAME"_s, u"SERVER"_s, u"VERSION"_s, u"DEVICE"_s, u"STATUS"_s}};
    for (const Profile &p : profiles) {
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
        ctx.err(QCoreApplication::translate("santedb-session",
                                            "warning: which secrets are stored is unknown: %1\n")
                    .arg(presence.error().message));
    const ProfileState state = ctx.workspace().state().get(p.uuid);
    std::optional<CertificateInfo> certificate;
    if (p.deviceMode == DeviceMode::Certificate) {
        const auto opened = waitFor<CertificateInfo>(
            [&](auto done) { ctx.workspace().deviceCertificate(p, done); });
        if (opened.ok()) {
            certificate = opened.value();
        } else {
            const QString remedy = remedyText(opened.error().remedy, p.name, false);
            ctx.err(QCoreApplication::translate(
                        "santedb-session",
                        "warning: the device certificate's details cannot be shown: %1\n")
                        .arg(opened.error().message
                             + (remedy.isEmpty() ? QString() : u" — "_s + remedy)));
        }
        const QDateTime now = Clock::system().now();
        if (certificate && now > certificate->notAfter)
            ctx.err(
                QCoreApplication::translate(
                    "santedb-session", "warning: the device certificate expired on %1 — renew it\n")
                    .arg(utcText(certificate->notAfter)));
        else if (certificate && certificateExpiresSoon(*certificate, now))
            ctx.err(
                QCoreApplication::translate(
                    "santedb-session",
                    "warning: the device certificate expires on %1 (%2) — renew it before then\n")
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
            return v.toBool() ? QCoreApplication::translate("santedb-session", "yes")
                              : QCoreApplication::translate("santedb-session", "no");
        return v.isDouble() ? QString::number(v.toInt()) : v.toString();
    };
    QString out;
    auto line = [&](const QString &label, const QString &value) {
        out += labelledLine(label, value);
    };
    line(QCoreApplication::translate("santedb-session", "name"), p.name);
    line(QCoreApplication::translate("santedb-session", "uuid"), text(d.value(u"uuid"_s)));
    line(QCoreApplication::translate("santedb-session", "server"), text(d.value(u"server"_s)));
    line(QCoreApplication::translate("santedb-session", "token endpoint"),
         text(d.value(u"token_endpoint"_s)));
    line(QCoreApplication::translate("santedb-session", "santedb version"),
         santeDbVersionText(p.version, state.detectedVersion));
    line(QCoreApplication::translate("santedb-session", "grant"), text(d.value(u"grant"_s)));
    if (p.grant == GrantType::Password) {
        line(QCoreApplication::translate("santedb-session", "username"), p.username);
        line(QCoreApplication::translate("santedb-session", "password mode"),
             text(d.value(u"password_mode"_s)));
    }
    if (!p.facility.isEmpty())
        line(QCoreApplication::translate("santedb-session", "facility"), p.facility);
    if (!p.tags.isEmpty())
        line(QCoreApplication::translate("santedb-session", "tags"), p.tags.join(u", "_s));
    line(QCoreApplication::translate("santedb-session", "scope"), p.scope);
    line(QCoreApplication::translate("santedb-session", "client id"), p.clientId);
    line(QCoreApplication::translate("santedb-session", "device"),
         deviceModeName(p.deviceMode) + (p.deviceId.isEmpty() ? QString() : u" "_s + p.deviceId)
             + (p.certificatePath.isEmpty() ? QString() : u" "_s + p.certificatePath));
    if (p.deviceMode == DeviceMode::Certificate) {
        line(QCoreApplication::translate("santedb-session", "device key"),
             p.certificateKeyPath.isEmpty()
                 ? QCoreApplication::translate("santedb-session", "(in the certificate file)")
                 : p.certificateKeyPath);
        if (certificate) {
            line(u"  "_s + QCoreApplication::translate("santedb-session", "subject"),
                 certificate->subject);
            line(u"  "_s + QCoreApplication::translate("santedb-session", "issuer"),
                 certificate->issuer);
            line(u"  "_s + QCoreApplication::translate("santedb-session", "valid"),
                 QCoreApplication::translate("santedb-session", "%1 to %2")
                     .arg(utcText(certificate->notBefore), utcText(certificate->notAfter)));
            line(u"  "_s + QCoreApplication::translate("santedb-session", "sha1"),
                 certificate->sha1);
            line(u"  "_s + QCoreApplication::translate("santedb-session", "sha256"),
                 certificate->sha256);
        }
    }
    line(QCoreApplication::translate("santedb-session", "ca file"), text(d.value(u"ca_file"_s)));
    line(QCoreApplication::translate("santedb-session", "pinned sha256"),
         text(d.value(u"pin_sha256"_s)));
    line(QCoreApplication::translate("santedb-session", "allow http"),
         text(d.value(u"allow_http"_s)));
    line(QCoreApplication::translate("santedb-session", "note"), text(d.value(u"note"_s)));
    const QJsonObject secrets = d.value(u"secrets"_s).toObject();
    QStringList stored;
    for (const QString &k :
         {u"client"_s, u"device"_s, u"cert_password"_s, u"password"_s, u"session"_s}) {
        if (!secrets.value(k).isNull())
            stored << k + u'=' + text(secrets.value(k));
    }
    line(QCoreApplication::translate("santedb-session", "keychain"),
         stored.isEmpty() ? QCoreApplication::translate("santedb-session", "unknown")
                          : stored.join(u"  "_s));
    line(QCoreApplication::translate("santedb-session", "status"), statusText(state));
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
    // English has one form for 1 and one for the rest; %n lets a translation have its own plural
    // forms.
    ctx.out((deleted == 1 ? QCoreApplication::translate(
                 "santedb-session", "removed profile \"%1\" and 1 keychain entry\n")
                          : QCoreApplication::translate(
                              "santedb-session", "removed profile \"%1\" and %n keychain entries\n",
                              nullptr, int(deleted)))
                .arg(name));
    return 0;
}

int profileExport(Context &ctx)
{
    QStringList names = ctx.args().positional;
    if (const QStringList tags = ctx.args().values(u"tag"_s); !tags.isEmpty()) {
        if (!names.isEmpty())
            return ctx.fail(
                makeError(ErrorKind::Usage,
                          QCoreApplication::translate(
                              "santedb-session", "give profile names or --tag TAG, not both")));
        const auto tagged = ctx.selectProfiles({}, tags);
        if (!tagged.ok())
            return ctx.fail(tagged.error());
        if (tagged.value().isEmpty())
            return ctx.fail(makeError(ErrorKind::Config,
                                      QCoreApplication::translate("santedb-session",
                                                                  "no profile has the tag %1")
                                          .arg(oneLineText(tags.join(u", "_s))))
                                .with({RemedyAction::ListProfiles, {}}));
        for (const Profile &p : tagged.value())
            names << p.name;
    }
    const auto exported = ctx.workspace().exportProfiles(names);
    if (!exported.ok())
        return ctx.fail(exported.error());
    if (!ctx.args().has(u"output"_s)) {
        ctx.out(QString::fromUtf8(exported.value()));
        return 0;
    }
    QSaveFile file(ctx.args().value(u"output"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) < 0 || !file.commit())
        return ctx.fail(
            makeError(ErrorKind::Config,
                      QCoreApplication::translate("santedb-session",
                                                  "the export could not be written to %1 (%2)")
                          .arg(file.fileName(), file.errorString())));
    ctx.err(QCoreApplication::translate("santedb-session", "exported to %1 (no secrets)\n")
                .arg(file.fileName()));
    return 0;
}

namespace {

constexpr qint64 ProvisionLineLimit = 64 * 1024; // a CSV record or a secrets line

Error importRefused(qint64 line, const QString &problem, const QString &source)
{
    return makeError(
        ErrorKind::Config,
        QCoreApplication::translate("santedb-session", "%1 line %2: %3 — nothing was imported")
            .arg(source, QString::number(line), problem));
}

std::optional<bool> truthValue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"false"_s || t == u"no"_s || t == u"0"_s)
        return false;
    if (t == u"true"_s || t == u"yes"_s || t == u"1"_s || t == u"x"_s)
        return true;
    return std::nullopt;
}

// A provisioning CSV: a header row naming `profile add` options (`client_id` or `client-id`),
// then one profile per row, read as it comes. An empty cell gives nothing, as an absent option.
Result<QList<Profile>> readCsvProfiles(QIODevice &input, const QString &path)
{
    const CommandSpec *add = nullptr;
    for (const CommandSpec &c : commands()) {
        if (c.words == QStringList {u"profile"_s, u"add"_s})
            add = &c;
    }
    Q_ASSERT(add);
    CsvReader reader(input, ProvisionLineLimit);
    QStringList header;
    if (!reader.next(header))
        return makeError(
            ErrorKind::Config,
            reader.problem().isEmpty()
                ? QCoreApplication::translate("santedb-session",
                                              "the CSV file %1 is empty — nothing was imported")
                      .arg(path)
                : QCoreApplication::translate(
                      "santedb-session",
                      "the CSV file %1 cannot be used: %2 — nothing was imported")
                      .arg(path, reader.problem()));
    QHash<QString, qsizetype> columns;
    QSet<QString> flags;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower().replace(u'_', u'-');
        const auto spec = std::find_if(add->options.cbegin(), add->options.cend(),
                                       [&](const OptionSpec &o) { return o.name == name; });
        if (name != u"name"_s && spec == add->options.cend())
            return importRefused(
                reader.recordLine(),
                QCoreApplication::translate("santedb-session",
                                            "the column \"%1\" is not a `profile add` option")
                    .arg(oneLineText(header.at(i))),
                path);
        if (columns.contains(name))
            return importRefused(
                reader.recordLine(),
                QCoreApplication::translate("santedb-session", "the column \"%1\" appears twice")
                    .arg(oneLineText(header.at(i))),
                path);
        columns.insert(name, i);
        if (spec != add->options.cend() && !spec->takesValue)
            flags.insert(name);
    }
    if (!columns.contains(u"name"_s))
        return importRefused(
            reader.recordLine(),
            QCoreApplication::translate("santedb-session", "there is no \"name\" column"), path);

    QList<Profile> profiles;
    QSet<QString> names;
    QStringList row;
    while (reader.next(row)) {
        const qint64 line = reader.recordLine();
        if (row.size() != header.size())
            return importRefused(
                line,
                QCoreApplication::translate("santedb-session",
                                            "the row has %1 fields where the header has %2")
                    .arg(row.size())
                    .arg(header.size()),
                path);
        auto cell = [&](const QString &option) {
            const auto it = columns.constFind(option);
            return it == columns.cend() ? QString() : row.at(*it);
        };
        for (const QString &flag : std::as_const(flags)) {
            if (!truthValue(cell(flag)))
                return importRefused(line,
                                     QCoreApplication::translate(
                                         "santedb-session", "the %1 column must be true or false")
                                         .arg(QString(flag).replace(u'-', u'_')),
                                     path);
        }
        OptionSource source {
            [&](const QString &o) {
                return flags.contains(o) ? *truthValue(cell(o)) : !cell(o).isEmpty();
            },
            cell,
            [&](const QString &o) {
                QStringList values;
                for (const QString &v : cell(o).split(u',', Qt::SkipEmptyParts)) {
                    if (!v.trimmed().isEmpty())
                        values << v.trimmed();
                }
                return values;
            },
            [](const QString &o) {
                return QCoreApplication::translate("santedb-session", "the %1 column")
                    .arg(QString(o).replace(u'-', u'_'));
            },
            false};
        Profile p;
        p.name = cell(u"name"_s);
        p.uuid = QUuid::createUuid();
        std::optional<CertificateFileCheck> certificate;
        auto applied = applyProfileOptions(source, p, false, certificate);
        if (applied.ok())
            applied = validateProfile(p);
        if (!applied.ok())
            return importRefused(line, applied.error().message, path);
        if (names.contains(p.name))
            return importRefused(
                line,
                QCoreApplication::translate("santedb-session", "a second profile is named %1")
                    .arg(quotedName(p.name)),
                path);
        names.insert(p.name);
        profiles.append(std::move(p));
    }
    if (!reader.atEnd())
        return makeError(
            ErrorKind::Config,
            QCoreApplication::translate("santedb-session",
                                        "the CSV file %1 cannot be used: %2 — nothing was imported")
                .arg(path, reader.problem()));
    return profiles;
}

// The secrets of a provisioning import: one JSON object a line on standard input,
// {"name", "client", "device", "password", "cert_password"} (null or absent: none).
Result<QList<Workspace::ProvisionedSecrets>> readSecretLines(QIODevice &input)
{
    static const QList<std::pair<QString, SecretKind>> members {
        {u"client"_s, SecretKind::Client},
        {u"device"_s, SecretKind::Device},
        {u"password"_s, SecretKind::Password},
        {u"cert_password"_s, SecretKind::CertPassword},
    };
    const QString source =
        QCoreApplication::translate("santedb-session", "the secrets on standard input,");
    QList<Workspace::ProvisionedSecrets> all;
    QByteArray buffer;
    qint64 lineNumber = 0;
    bool ended = false;
    while (!ended || !buffer.isEmpty()) {
        qsizetype newline = buffer.indexOf('\n');
        if (newline < 0 && !ended) {
            if (buffer.size() > ProvisionLineLimit)
                return importRefused(lineNumber + 1,
                                     QCoreApplication::translate("santedb-session",
                                                                 "the line is longer than 64 KiB"),
                                     source);
            QByteArray chunk = input.read(16 * 1024);
            if (chunk.isEmpty())
                ended = true;
            appendWiping(buffer, chunk, ProvisionLineLimit * 2);
            wipe(chunk);
            continue;
        }
        if (newline < 0)
            newline = buffer.size();
        QByteArray line = buffer.left(newline);
        dropFrontWiping(buffer, std::min(newline + 1, buffer.size()));
        ++lineNumber;
        if (line.trimmed().isEmpty()) {
            wipe(line);
            continue;
        }
        if (line.size() > ProvisionLineLimit) {
            wipe(line);
            return importRefused(
                lineNumber,
                QCoreApplication::translate("santedb-session", "the line is longer than 64 KiB"),
                source);
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        wipe(line);
        // The parser's message could quote the line: say only where it failed.
        if (!document.isObject())
            return importRefused(
                lineNumber,
                QCoreApplication::translate("santedb-session", "it is not one JSON object"),
                source);
        const QJsonObject object = document.object();
        Workspace::ProvisionedSecrets secrets;
        if (!object.value(u"name"_s).isString() || object.value(u"name"_s).toString().isEmpty())
            return importRefused(
                lineNumber,
                QCoreApplication::translate("santedb-session", "it has no \"name\" string"),
                source);
        secrets.profileName = object.value(u"name"_s).toString();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"name"_s)
                continue;
            const auto member = std::find_if(members.cbegin(), members.cend(),
                                             [&](const auto &m) { return m.first == it.key(); });
            if (member == members.cend())
                return importRefused(
                    lineNumber,
                    QCoreApplication::translate(
                        "santedb-session",
                        "\"%1\" is not one of name, client, device, password, cert_password")
                        .arg(oneLineText(cutText(it.key(), 40))),
                    source);
            if (it.value().isNull())
                continue;
            if (!it.value().isString())
                return importRefused(
                    lineNumber,
                    QCoreApplication::translate("santedb-session", "\"%1\" is not a string")
                        .arg(member->first),
                    source);
            secrets.values.append({member->second, it.value().toString()});
        }
        all.append(std::move(secrets));
    }
    return all;
}

// After a provisioning import: the secrets each profile cannot have a session without (for an
// auto profile, those every generation needs) that standard input did not give.
void reportMissingSecrets(Context &ctx, const QList<Profile> &profiles,
                          const QHash<QString, QList<SecretKind>> &given)
{
    for (const Profile &p : profiles) {
        const auto generation = fixedGeneration(p.version).value_or(Generation::V3);
        for (SecretKind kind : p.requiredSecretKinds(generation)) {
            if (!given.value(p.name).contains(kind))
                ctx.err(QCoreApplication::translate(
                            "santedb-session", "warning: no %1 was given for profile %2 — %3\n")
                            .arg(secretKindLabel(kind), quotedName(p.name),
                                 remedyText({RemedyAction::SetSecret, secretKindName(kind)}, p.name,
                                            false)));
        }
    }
}

} // namespace

int profileImport(Context &ctx)
{
    const QString path = ctx.args().positional.at(0);
    const bool withSecrets = ctx.args().has(u"secrets-stdin"_s);
    std::unique_ptr<QIODevice> input;
    if (path == u"-"_s) {
        if (withSecrets)
            return ctx.fail(makeError(
                ErrorKind::Usage,
                QCoreApplication::translate("santedb-session",
                                            "standard input holds the secrets (--secrets-stdin): "
                                            "give the profiles as a file")));
        input = ctx.console().stdinDevice();
        if (!input)
            return ctx.fail(makeError(ErrorKind::Usage,
                                      QCoreApplication::translate(
                                          "santedb-session", "standard input could not be read")));
    } else {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return ctx.fail(
                makeError(ErrorKind::Config,
                          QCoreApplication::translate("santedb-session",
                                                      "the import file %1 cannot be read (%2)")
                              .arg(path, file->errorString())));
        input = std::move(file);
    }
    Result<QList<Profile>> imported = QList<Profile> {};
    QHash<QString, QList<SecretKind>> given; // by profile name: the kinds standard input held
    if (!ctx.args().has(u"csv"_s) && !withSecrets) {
        imported = ctx.workspace().importProfiles(*input);
    } else {
        const auto read = ctx.args().has(u"csv"_s) ? readCsvProfiles(*input, path)
                                                   : Workspace::readImport(*input);
        if (!read.ok())
            return ctx.fail(read.error());
        QList<Workspace::ProvisionedSecrets> secrets;
        if (withSecrets) {
            auto in = ctx.console().stdinDevice();
            if (!in)
                return ctx.fail(
                    makeError(ErrorKind::Usage,
                              QCoreApplication::translate("santedb-session",
                                                          "standard input could not be read")));
            auto lines = readSecretLines(*in);
            if (!lines.ok())
                return ctx.fail(lines.error());
            secrets = std::move(lines).value();
        }
        for (const Workspace::ProvisionedSecrets &s : std::as_const(secrets)) {
            for (const auto &entry : s.values)
                given[s.profileName].append(entry.first);
        }
        imported = waitFor<QList<Profile>>([&](auto done) {
            ctx.workspace().provisionProfiles(read.value(), std::move(secrets), done);
        });
    }
    if (!imported.ok())
        return ctx.fail(imported.error());
    QStringList names;
    for (const Profile &p : imported.value())
        names << p.name;
    ctx.out(QCoreApplication::translate("santedb-session", "imported %n profile(s): %1\n", nullptr,
                                        int(names.size()))
                .arg(names.join(u", "_s)));
    if (withSecrets) {
        ctx.err(QCoreApplication::translate(
            "santedb-session", "secrets stored in the keychain — delete the secrets file now\n"));
        reportMissingSecrets(ctx, imported.value(), given);
    } else
        ctx.err(QCoreApplication::translate(
            "santedb-session",
            "exports hold no secrets: store them with `santedb-session secret set NAME KIND`\n"));
    return 0;
}

} // namespace sdsm::cli
