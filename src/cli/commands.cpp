#include "commands.h"

#include "clock.h"
#include "curlcommand.h"
#include "jwt.h"
#include "remedytext.h"
#include "terminal.h"
#include "textrules.h"
#include "timetext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

constexpr qint64 SecretInputLimit = 64 * 1024;
constexpr qint64 TokenInputLimit = 1024 * 1024;

// The CLI runs one command and exits, so waiting in a local event loop is the simple, honest way
// to drive the asynchronous core.
template<typename T>
Result<T> waitFor(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

QString json(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    return QString::fromUtf8(bytes);
}

QString readableFile(const QString &path, const QString &what, Error *error)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = makeError(
            ErrorKind::Config,
            u"the %1 %2 cannot be read — check the path and its permissions"_s.arg(what, path));
        return {};
    }
    return info.absoluteFilePath();
}

// The device's name when the id_token carries it (3.x extensions), and always its id.
QString deviceLabel(const ClaimsSummary &claims)
{
    const QString name =
        claims.extensions.value(u"santedb"_s).toObject().value(u"devname"_s).toString();
    return name.isEmpty() ? claims.deviceId : name + u", "_s + claims.deviceId;
}

// Values can come from the server (claims, token type): one line each, whatever they hold.
QString labelledLine(const QString &label, const QString &value)
{
    return QString(label + u':').leftJustified(18) + oneLineText(value) + u'\n';
}

class Runner
{
public:
    explicit Runner(const Arguments &arguments)
        : m_args(arguments)
        , m_json(arguments.has(u"json"_s))
    { }

    int exec()
    {
        if (const auto setup = readGlobalOptions(); !setup.ok())
            return fail(setup.error());
        const QStringList &w = m_args.command->words;
        const QString name = w.join(u' ');
        if (name == u"profile add"_s)
            return profileAdd();
        if (name == u"profile edit"_s)
            return profileEdit();
        if (name == u"profile list"_s)
            return profileList();
        if (name == u"profile show"_s)
            return profileShow();
        if (name == u"profile remove"_s)
            return profileRemove();
        if (name == u"profile export"_s)
            return profileExport();
        if (name == u"profile import"_s)
            return profileImport();
        if (name == u"secret set"_s)
            return secretSet();
        if (name == u"secret clear"_s)
            return secretClear();
        if (name == u"decode"_s)
            return decode();
        return session(name);
    }

private:
    Result<void> readGlobalOptions()
    {
        if (m_args.has(u"timeout"_s)) {
            bool ok = false;
            m_timeout = m_args.value(u"timeout"_s).toInt(&ok);
            if (!ok || m_timeout < 1 || m_timeout > 3600)
                return makeError(ErrorKind::Usage,
                                 u"--timeout must be a whole number of seconds from 1 to 3600"_s);
        }
        if (m_args.has(u"min-valid"_s)) {
            bool ok = false;
            m_minValid = m_args.value(u"min-valid"_s).toInt(&ok);
            if (!ok || m_minValid < 0)
                return makeError(ErrorKind::Usage,
                                 u"--min-valid must be a whole number of seconds, 0 or more"_s);
        }
        if (m_args.has(u"config"_s) && m_args.value(u"config"_s).isEmpty())
            return makeError(ErrorKind::Usage, u"--config needs a file name"_s);
        return {};
    }

    Workspace &workspace()
    {
        if (!m_workspace) {
            const AppPaths paths = m_args.has(u"config"_s)
                ? AppPaths::withProfilesFile(m_args.value(u"config"_s))
                : AppPaths::standard();
            m_workspace = std::make_unique<Workspace>(paths, Clock::system());
            QObject::connect(&m_workspace->sessions(), &SessionService::warning,
                             [](const QString &text) { writeErr(text + u'\n'); });
        }
        return *m_workspace;
    }

    int fail(const Error &error)
    {
        const QString name = m_args.command->words.join(u' ');
        const bool editing = name == u"profile add"_s || name == u"profile edit"_s;
        const bool aboutProfile =
            m_args.command->minPositional > 0 && name != u"decode"_s && name != u"profile import"_s;
        writeErr(errorLine(error, aboutProfile ? m_args.positional.value(0) : QString(), editing)
                 + u'\n');
        if (m_json)
            writeOut(json(error.toJson()));
        return error.exitCode();
    }

    Result<Profile> findProfile(const QString &name)
    {
        const auto snapshot = workspace().profiles().load();
        if (!snapshot.ok())
            return snapshot.error();
        if (!snapshot.value().warning.isEmpty())
            writeErr(u"warning: "_s + snapshot.value().warning + u'\n');
        for (const Profile &p : snapshot.value().profiles) {
            if (p.name == name)
                return p;
        }
        return workspace().profiles().find(name); // the store words the "no such profile" error
    }

    // Shared by add and edit: each option present replaces one field; an empty value resets it.
    Result<void> applyProfileOptions(Profile &p, bool editing)
    {
        const QStringList deviceChoices {u"device-id"_s, u"device-cert"_s, u"no-device"_s};
        const auto chosen = std::count_if(deviceChoices.cbegin(), deviceChoices.cend(),
                                          [&](const QString &o) { return m_args.has(o); });
        if ((!editing && chosen != 1) || chosen > 1)
            return makeError(ErrorKind::Usage,
                             u"give exactly one of --device-id, --device-cert or --no-device"_s);
        for (const QString &required : {u"server"_s, u"client-id"_s}) {
            if (!editing && !m_args.has(required))
                return makeError(
                    ErrorKind::Usage,
                    u"profile add needs --%1 — see `santedb-session profile add --help`"_s.arg(
                        required));
            if (m_args.has(required) && m_args.value(required).isEmpty())
                return makeError(ErrorKind::Usage, u"--%1 cannot be empty"_s.arg(required));
        }
        Error error;
        if (m_args.has(u"server"_s)) {
            if (const QString problem = checkServerUrl(m_args.value(u"server"_s));
                !problem.isEmpty())
                return makeError(ErrorKind::Config, problem);
            p.server = QUrl(m_args.value(u"server"_s), QUrl::StrictMode);
        }
        if (m_args.has(u"client-id"_s))
            p.clientId = m_args.value(u"client-id"_s);
        if (m_args.has(u"device-id"_s)) {
            if (m_args.value(u"device-id"_s).isEmpty())
                return makeError(ErrorKind::Usage, u"--device-id cannot be empty"_s);
            p.deviceMode = DeviceMode::Secret;
            p.deviceId = m_args.value(u"device-id"_s);
            p.certificatePath.clear();
        }
        if (m_args.has(u"device-cert"_s)) {
            const QString path =
                readableFile(m_args.value(u"device-cert"_s), u"certificate file"_s, &error);
            if (path.isEmpty())
                return error;
            p.deviceMode = DeviceMode::Certificate;
            p.certificatePath = path;
            p.deviceId.clear();
        }
        if (m_args.has(u"no-device"_s)) {
            p.deviceMode = DeviceMode::None;
            p.deviceId.clear();
            p.certificatePath.clear();
        }
        if (m_args.has(u"santedb-version"_s)) {
            const QString text = m_args.value(u"santedb-version"_s);
            const auto version =
                text.isEmpty() ? std::optional(SanteDbVersion::Auto) : parseVersion(text);
            if (!version)
                return makeError(ErrorKind::Usage, u"--santedb-version must be auto, 2 or 3"_s);
            p.version = *version;
        }
        if (m_args.has(u"scope"_s))
            p.scope = m_args.value(u"scope"_s).isEmpty() ? u"*"_s : m_args.value(u"scope"_s);
        if (m_args.has(u"token-endpoint"_s)) {
            const QString text = m_args.value(u"token-endpoint"_s);
            if (const QString problem = checkTokenEndpoint(text); !problem.isEmpty())
                return makeError(ErrorKind::Config, problem);
            p.tokenEndpoint = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
        }
        if (m_args.has(u"ca-file"_s)) {
            p.caFile.clear();
            if (!m_args.value(u"ca-file"_s).isEmpty()) {
                p.caFile = readableFile(m_args.value(u"ca-file"_s), u"CA file"_s, &error);
                if (p.caFile.isEmpty())
                    return error;
            }
        }
        if (m_args.has(u"pin-sha256"_s)) {
            p.pinSha256.clear();
            if (!m_args.value(u"pin-sha256"_s).isEmpty()) {
                const auto pin = normalizePin(m_args.value(u"pin-sha256"_s));
                if (!pin)
                    return makeError(
                        ErrorKind::Usage,
                        u"--pin-sha256 must be the 64 hex digits of a SHA-256 (colons and case are ignored)"_s);
                p.pinSha256 = *pin;
            }
        }
        if (m_args.has(u"allow-http"_s))
            p.allowHttp = true;
        if (m_args.has(u"no-allow-http"_s))
            p.allowHttp = false;
        if (m_args.has(u"note"_s))
            p.note = m_args.value(u"note"_s);
        if (m_args.has(u"rename"_s))
            p.name = m_args.value(u"rename"_s);
        return {};
    }

    int profileAdd()
    {
        Profile profile;
        profile.name = m_args.positional.at(0);
        if (const auto applied = applyProfileOptions(profile, false); !applied.ok())
            return fail(applied.error());
        const auto added = workspace().addProfile(profile);
        if (!added.ok())
            return fail(added.error());
        writeOut(u"added profile \"%1\"\n"_s.arg(profile.name));
        const QStringList kinds = [&] {
            QStringList k;
            for (SecretKind kind : added.value().usedSecretKinds())
                k << secretKindName(kind);
            return k;
        }();
        writeErr(u"next: store its secrets with `santedb-session secret set %1 <%2>`\n"_s.arg(
            profile.name, kinds.join(u'|')));
        return 0;
    }

    int profileEdit()
    {
        const QString name = m_args.positional.at(0);
        const auto edited = workspace().editProfile(
            name, [&](Profile &p) { return applyProfileOptions(p, true); },
            m_args.has(u"santedb-version"_s));
        if (!edited.ok())
            return fail(edited.error());
        const auto discarded = waitFor<void>(
            [&](auto done) { workspace().sessions().discardSession(edited.value().uuid, done); });
        if (!discarded.ok())
            writeErr(
                u"warning: the cached session could not be removed (%1); it will not be reused because its settings changed\n"_s
                    .arg(discarded.error().message));
        writeOut(u"updated profile \"%1\"\n"_s.arg(edited.value().name));
        return 0;
    }

    QString statusText(const ProfileState &state) const
    {
        const QDateTime now = Clock::system().now();
        if (state.lastResult.isEmpty())
            return u"no session"_s;
        if (state.lastResult == u"ok"_s || state.lastResult == u"cached"_s) {
            if (!state.expiresAt.isValid())
                return u"session, expiry unknown"_s;
            return now < state.expiresAt ? u"valid, "_s + expiryRelativeText(state.expiresAt, now)
                                         : u"expired"_s;
        }
        return u"failed (%1) %2"_s.arg(state.lastResult, relativeText(state.lastAt, now));
    }

    int profileList()
    {
        const auto snapshot = workspace().profiles().load();
        if (!snapshot.ok())
            return fail(snapshot.error());
        if (!snapshot.value().warning.isEmpty())
            writeErr(u"warning: "_s + snapshot.value().warning + u'\n');
        const auto states = workspace().state().all();
        if (m_json) {
            QJsonArray list;
            for (const Profile &p : snapshot.value().profiles)
                list.append(Workspace::describe(p, states.value(p.uuid), std::nullopt));
            writeOut(json(list));
            return 0;
        }
        if (snapshot.value().profiles.isEmpty()) {
            writeErr(u"no profiles yet — add one with `santedb-session profile add`\n"_s);
            return 0;
        }
        QList<QStringList> rows {{u"NAME"_s, u"SERVER"_s, u"VERSION"_s, u"DEVICE"_s, u"STATUS"_s}};
        for (const Profile &p : snapshot.value().profiles) {
            const ProfileState s = states.value(p.uuid);
            QString version = versionName(p.version);
            if (p.version == SanteDbVersion::Auto && s.detectedVersion)
                version += u" (%1)"_s.arg(static_cast<int>(*s.detectedVersion));
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
        writeOut(out);
        return 0;
    }

    int profileShow()
    {
        const auto found = findProfile(m_args.positional.at(0));
        if (!found.ok())
            return fail(found.error());
        const Profile &p = found.value();
        const auto presence = waitFor<QHash<SecretKind, bool>>(
            [&](auto done) { workspace().secretPresence(p, done); });
        std::optional<QHash<SecretKind, bool>> known;
        if (presence.ok())
            known = presence.value();
        else
            writeErr(u"warning: which secrets are stored is unknown: "_s + presence.error().message
                     + u'\n');
        const ProfileState state = workspace().state().get(p.uuid);
        const QJsonObject d = Workspace::describe(p, state, known);
        if (m_json) {
            writeOut(json(d));
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
        line(u"santedb version"_s,
             text(d.value(u"santedb_version"_s))
                 + (d.value(u"detected_version"_s).isNull()
                        ? QString()
                        : u" (detected %1)"_s.arg(text(d.value(u"detected_version"_s)))));
        line(u"grant"_s, text(d.value(u"grant"_s)));
        line(u"scope"_s, p.scope);
        line(u"client id"_s, p.clientId);
        line(u"device"_s,
             deviceModeName(p.deviceMode) + (p.deviceId.isEmpty() ? QString() : u" "_s + p.deviceId)
                 + (p.certificatePath.isEmpty() ? QString() : u" "_s + p.certificatePath));
        line(u"ca file"_s, text(d.value(u"ca_file"_s)));
        line(u"pinned sha256"_s, text(d.value(u"pin_sha256"_s)));
        line(u"allow http"_s, text(d.value(u"allow_http"_s)));
        line(u"note"_s, text(d.value(u"note"_s)));
        const QJsonObject secrets = d.value(u"secrets"_s).toObject();
        QStringList stored;
        for (const QString &k : {u"client"_s, u"device"_s, u"cert_password"_s, u"session"_s}) {
            if (!secrets.value(k).isNull())
                stored << k + u'=' + text(secrets.value(k));
        }
        line(u"keychain"_s, stored.isEmpty() ? u"unknown"_s : stored.join(u"  "_s));
        line(u"status"_s, statusText(state));
        writeOut(out);
        return 0;
    }

    int profileRemove()
    {
        const QString name = m_args.positional.at(0);
        const auto removed = waitFor<QList<std::pair<SecretKind, bool>>>(
            [&](auto done) { workspace().removeProfile(name, done); });
        if (!removed.ok())
            return fail(removed.error());
        const auto deleted = std::count_if(removed.value().cbegin(), removed.value().cend(),
                                           [](const auto &r) { return r.second; });
        writeOut(u"removed profile \"%1\" and %2 keychain entr%3\n"_s.arg(name).arg(deleted).arg(
            deleted == 1 ? u"y"_s : u"ies"_s));
        return 0;
    }

    int profileExport()
    {
        const auto exported = workspace().exportProfiles(m_args.positional);
        if (!exported.ok())
            return fail(exported.error());
        if (!m_args.has(u"output"_s)) {
            writeOut(QString::fromUtf8(exported.value()));
            return 0;
        }
        QSaveFile file(m_args.value(u"output"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) < 0 || !file.commit())
            return fail(makeError(ErrorKind::Config,
                                  u"the export could not be written to %1 (%2)"_s.arg(
                                      file.fileName(), file.errorString())));
        writeErr(u"exported to %1 (no secrets)\n"_s.arg(file.fileName()));
        return 0;
    }

    int profileImport()
    {
        const QString path = m_args.positional.at(0);
        QByteArray data;
        if (path == u"-"_s) {
            auto in = readStdin(TokenInputLimit);
            if (!in.ok())
                return fail(in.error());
            data = in.value();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(makeError(
                    ErrorKind::Config,
                    u"the import file %1 cannot be read (%2)"_s.arg(path, file.errorString())));
            data = file.read(TokenInputLimit + 1);
            if (data.size() > TokenInputLimit)
                return fail(makeError(
                    ErrorKind::Config,
                    u"the import file %1 is over 1 MiB — nothing was imported"_s.arg(path)));
        }
        const auto imported = workspace().importProfiles(data);
        if (!imported.ok())
            return fail(imported.error());
        QStringList names;
        for (const Profile &p : imported.value())
            names << p.name;
        writeOut(u"imported %1 profile(s): %2\n"_s.arg(names.size()).arg(names.join(u", "_s)));
        writeErr(
            u"exports hold no secrets: store them with `santedb-session secret set NAME KIND`\n"_s);
        return 0;
    }

    Result<QString> readSecret(SecretKind kind)
    {
        if (stdinIsTerminal()) {
            const QStringList answers =
                promptHidden({u"%1: "_s.arg(secretKindLabel(kind)), u"again: "_s});
            if (answers.at(0) != answers.at(1))
                return makeError(ErrorKind::Refused,
                                 u"the two entries differ — nothing was stored"_s);
            return answers.at(0);
        }
        auto in = readStdin(SecretInputLimit);
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
            return makeError(
                ErrorKind::Refused,
                u"the %1 on standard input is not valid UTF-8 — nothing was stored"_s.arg(
                    secretKindLabel(kind)));
        return text;
    }

    int secretSet()
    {
        const auto found = findProfile(m_args.positional.at(0));
        if (!found.ok())
            return fail(found.error());
        const Profile &p = found.value();
        const auto kind = parseSecretKind(m_args.positional.at(1));
        if (!kind || *kind == SecretKind::Session)
            return fail(makeError(ErrorKind::Usage,
                                  u"the secret kind must be client, device or cert-password"_s));
        if (!p.uses(*kind))
            return fail(makeError(
                ErrorKind::Refused,
                u"profile \"%1\" does not use a %2 (its device mode is %3) — nothing was stored"_s
                    .arg(p.name, secretKindLabel(*kind), deviceModeName(p.deviceMode))));
        const auto secret = readSecret(*kind);
        if (!secret.ok())
            return fail(secret.error());
        const auto stored = waitFor<void>(
            [&](auto done) { workspace().setSecret(p, *kind, secret.value(), done); });
        if (!stored.ok())
            return fail(stored.error());
        writeOut(u"stored the %1 of profile \"%2\" in the keychain\n"_s.arg(secretKindLabel(*kind),
                                                                            p.name));
        return 0;
    }

    int secretClear()
    {
        const auto found = findProfile(m_args.positional.at(0));
        if (!found.ok())
            return fail(found.error());
        QList<SecretKind> kinds = Workspace::allSecretKinds();
        if (m_args.positional.size() > 1) {
            const auto kind = parseSecretKind(m_args.positional.at(1));
            if (!kind)
                return fail(makeError(
                    ErrorKind::Usage,
                    u"the secret kind must be client, device, cert-password or session"_s));
            kinds = {*kind};
        }
        const auto cleared = waitFor<QList<std::pair<SecretKind, bool>>>(
            [&](auto done) { workspace().clearSecrets(found.value(), kinds, done); });
        if (!cleared.ok())
            return fail(cleared.error());
        QString out;
        for (const auto &[kind, existed] : cleared.value())
            out += existed ? u"cleared the %1\n"_s.arg(secretKindLabel(kind))
                           : u"no %1 was stored; nothing to clear\n"_s.arg(secretKindLabel(kind));
        writeOut(out);
        return 0;
    }

    int decode()
    {
        QByteArray input;
        if (m_args.positional.isEmpty() || m_args.positional.first() == u"-"_s) {
            auto in = readStdin(TokenInputLimit);
            if (!in.ok())
                return fail(in.error());
            input = in.value();
        } else {
            input = m_args.positional.first().toUtf8();
        }
        const auto decoded = decodeJwt(stripBearerPrefix(input));
        if (!decoded.ok())
            return fail(decoded.error());
        const QDateTime now = Clock::system().now();
        writeOut(m_json ? json(decodedJwtToJson(decoded.value(), now))
                        : describeDecodedJwt(decoded.value(), now));
        return 0;
    }

    int session(const QString &command)
    {
        const auto found = findProfile(m_args.positional.at(0));
        if (!found.ok())
            return fail(found.error());
        const Profile profile = found.value();
        std::optional<QUrl> target;
        if (command == u"curl"_s) {
            auto url =
                requestTarget(profile, m_args.positional.value(1), m_args.has(u"any-origin"_s));
            if (!url.ok())
                return fail(url.error());
            target = url.value();
        }

        SessionOptions options;
        options.fresh = m_args.has(u"fresh"_s);
        options.minValidSeconds = m_minValid;
        options.timeoutSeconds = m_timeout;
        options.noProxy = m_args.has(u"no-proxy"_s);
        const auto obtained = waitFor<Session>(
            [&](auto done) { workspace().sessions().obtain(profile, options, done); });
        if (!obtained.ok())
            return fail(obtained.error());
        const Session &s = obtained.value();
        for (const QString &note : s.notes)
            writeErr(u"note: "_s + note + u'\n');

        const bool bearer = s.tokenTypeClass != TokenTypeClass::Other;
        if (command == u"token"_s) {
            if (!bearer)
                writeErr(
                    u"warning: the token's type is \"%1\"; it cannot be sent as a Bearer header\n"_s
                        .arg(oneLineText(s.tokenType)));
            writeOut(s.accessToken + u'\n');
            return 0;
        }
        if ((command == u"header"_s || command == u"curl"_s) && !bearer)
            return fail(makeError(
                ErrorKind::Protocol,
                u"the server issued a token of type \"%1\", which cannot be sent as an Authorization: Bearer header — use `santedb-session token %2` and the scheme your server expects"_s
                    .arg(oneLineText(s.tokenType), profile.name)));
        if (command == u"header"_s) {
            writeOut(bearerHeader(s.accessToken) + u'\n');
            return 0;
        }
        if (command == u"curl"_s) {
            writeOut(curlCommandLine(profile, s.accessToken, *target) + u'\n');
            return 0;
        }
        writeOut(m_json ? json(loginJson(s)) : loginText(s));
        return 0;
    }

    static QJsonObject loginJson(const Session &s)
    {
        const QDateTime now = Clock::system().now();
        QJsonArray policies;
        QJsonValue claims;
        ClaimsSummary summary;
        if (s.idClaims) {
            claims = s.idClaims->claims;
            summary = summarizeClaims(s.idClaims->claims);
            for (const PolicyGrant &g : std::as_const(summary.policies))
                policies.append(QJsonObject {
                    {u"oid"_s, g.oid},
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

    static QString loginText(const Session &s)
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
        line(u"token type"_s,
             s.tokenType.isEmpty() ? u"(none sent; used as Bearer)"_s : s.tokenType);
        if (s.expiry.at.isValid()) {
            const QString source = s.expiry.source == u"id_token_exp"_s ? u"id_token exp"_s
                : s.expiry.source == u"expires_in_ms"_s ? u"expires_in, milliseconds"_s
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

    const Arguments &m_args;
    bool m_json;
    int m_timeout = 30;
    int m_minValid = 60;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace

int run(const Arguments &arguments)
{
    if (arguments.version) {
        writeOut(u"santedb-session "_s + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    if (arguments.help) {
        if (arguments.command)
            writeOut(commandHelp(*arguments.command));
        else if (!arguments.group.isEmpty())
            writeOut(groupHelp(arguments.group.first()));
        else
            writeOut(generalHelp());
        return 0;
    }
    return Runner(arguments).exec();
}

} // namespace sdsm::cli
