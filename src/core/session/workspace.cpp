// SPDX-License-Identifier: Apache-2.0
#include "workspace.h"

#include "clock.h"
#include "devicecertificate.h"
#include "httpclient.h"
#include "jsonwriter.h"
#include "profilelistreader.h"
#include "storefile.h"
#include "textrules.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// Far beyond any real profile; the number of profiles is not limited.
constexpr qsizetype MaxImportEntryBytes = 64 * 1024;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

void textOrNull(JsonWriter &out, const QString &text)
{
    if (text.isEmpty())
        out.null();
    else
        out.value(text);
}

void timeOrNull(JsonWriter &out, const QDateTime &time)
{
    if (time.isValid())
        out.value(utcText(time));
    else
        out.null();
}

} // namespace

Workspace::Workspace(const AppPaths &paths, const Clock &clock, QObject *parent)
    : Workspace(paths, clock, std::make_unique<KeychainSecretStore>(), nullptr, nullptr, parent)
{ }

Workspace::Workspace(const AppPaths &paths, const Clock &clock, SecretStore &secrets,
                     HttpTransport &transport, QObject *parent)
    : Workspace(paths, clock, nullptr, &secrets, &transport, parent)
{ }

Workspace::Workspace(const AppPaths &paths, const Clock &clock,
                     std::unique_ptr<SecretStore> ownSecrets, SecretStore *secrets,
                     HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_profiles(paths.profilesFile)
    , m_state(paths.stateDir(), paths.legacyStateFile())
    , m_history(paths.historyFile(), paths.legacyHistoryFile())
    , m_ownSecrets(std::move(ownSecrets))
    , m_secrets(secrets ? *secrets : *m_ownSecrets)
    , m_transport(transport ? *transport : *new HttpClient(clock, this))
    , m_knownServers(paths.knownServersFile(), clock)
    , m_serverCache(paths.dataDir + u"/servers"_s, clock)
    , m_metadata(new ServerMetadata(m_transport, m_serverCache, this))
    , m_sessions(new SessionService(m_paths, m_state, m_history, clock, m_secrets, m_transport,
                                    *m_metadata, m_knownServers, this))
{ }

Workspace::~Workspace() = default;

QList<SecretKind> Workspace::allSecretKinds()
{
    return {SecretKind::Client, SecretKind::Device, SecretKind::CertPassword, SecretKind::Password,
            SecretKind::Session};
}

Result<Profile> Workspace::addProfile(Profile profile)
{
    if (profile.uuid.isNull())
        profile.uuid = QUuid::createUuid();
    if (const auto valid = validateProfile(profile); !valid.ok())
        return valid.error();
    const auto saved = m_profiles.update([&](QList<Profile> &list) -> Result<void> {
        list.append(profile);
        return {};
    });
    if (!saved.ok())
        return saved.error();
    return profile;
}

Result<Profile> Workspace::editProfile(const QString &name,
                                       const std::function<Result<void>(Profile &)> &change,
                                       bool versionSet)
{
    Profile edited;
    bool versionChanged = false;
    const auto saved = m_profiles.update([&](QList<Profile> &list) -> Result<void> {
        const auto it = std::find_if(list.begin(), list.end(),
                                     [&](const Profile &p) { return p.name == name; });
        if (it == list.end())
            return noSuchProfile(name);
        const SanteDbVersion before = it->version;
        if (const auto changed = change(*it); !changed.ok())
            return changed;
        versionChanged = versionSet || it->version != before;
        edited = *it;
        return validateProfile(edited);
    });
    if (!saved.ok())
        return saved.error();
    const auto forgotten = m_state.update(edited.uuid, [&](ProfileState &s) {
        s.forgetSession();
        if (versionChanged) {
            s.detectedVersion.reset();
            s.omitClientSecretWithDevice = false;
        }
    });
    if (!forgotten.ok())
        return forgotten.error();
    return edited;
}

QString Workspace::secretProblem(const Profile &profile, SecretKind kind, const QString &value)
{
    if (kind == SecretKind::Session)
        return QCoreApplication::translate(
            "sdsm", "the session entry is written when a session is obtained, not by hand");
    if (const QString why = profile.whyUnused(kind); !why.isEmpty())
        return why;
    if (value.isEmpty())
        return QCoreApplication::translate("sdsm", "the %1 is empty").arg(secretKindLabel(kind));
    if (containsForbiddenCharacter(value))
        return QCoreApplication::translate("sdsm",
                                           "the %1 contains a control character, a line break or "
                                           "an invisible formatting character")
            .arg(secretKindLabel(kind));
    if (kind == SecretKind::Device)
        return checkDeviceSecret(value, profile.version);
    return {};
}

void Workspace::setSecret(const Profile &profile, SecretKind kind, const QString &value,
                          std::function<void(Result<void>)> done)
{
    if (const QString why = secretProblem(profile, kind, value); !why.isEmpty())
        return done(
            makeError(ErrorKind::Refused,
                      QCoreApplication::translate("sdsm", "%1 — nothing was stored").arg(why)));
    m_secrets.write(profile.uuid, kind, value)
        ->then(this, [this, uuid = profile.uuid, done = std::move(done)](Result<void> written) {
            if (!written.ok())
                return done(written.error());
            // A new credential makes any cached session a lie about it.
            m_sessions->discardSession(uuid)->then(this, done);
        });
}

void Workspace::clearSecrets(const Profile &profile, const QList<SecretKind> &kinds, ClearDone done)
{
    clearNext(profile, kinds, {}, std::move(done));
}

void Workspace::clearNext(const Profile &profile, QList<SecretKind> remaining,
                          QList<std::pair<SecretKind, bool>> cleared, ClearDone finished)
{
    if (remaining.isEmpty()) {
        const bool credentialCleared =
            std::any_of(cleared.cbegin(), cleared.cend(),
                        [](const auto &c) { return c.first != SecretKind::Session && c.second; });
        if (credentialCleared) {
            m_sessions->discardSession(profile.uuid)
                ->then(this, [cleared, finished](Result<void> discarded) {
                    if (!discarded.ok())
                        return finished(discarded.error());
                    finished(cleared);
                });
            return;
        }
        const auto forgotten = m_state.update(profile.uuid, [&](ProfileState &s) {
            if (std::any_of(cleared.cbegin(), cleared.cend(),
                            [](const auto &c) { return c.first == SecretKind::Session; }))
                s.forgetSession();
        });
        if (!forgotten.ok())
            return finished(forgotten.error());
        return finished(cleared);
    }
    const SecretKind kind = remaining.takeFirst();
    m_secrets.remove(profile.uuid, kind)
        ->then(this,
               [this, profile, kind, remaining, cleared, finished](Result<bool> removed) mutable {
                   if (!removed.ok())
                       return finished(removed.error());
                   cleared.append({kind, removed.value()});
                   clearNext(profile, remaining, cleared, finished);
               });
}

void Workspace::removeProfile(const QString &name, ClearDone done)
{
    const auto found = m_profiles.find(name);
    if (!found.ok())
        return done(found.error());
    const Profile profile = found.value();
    clearSecrets(
        profile, allSecretKinds(),
        [this, profile, done](Result<QList<std::pair<SecretKind, bool>>> cleared) {
            if (!cleared.ok())
                return done(cleared.error());
            const auto saved = m_profiles.update([&](QList<Profile> &list) -> Result<void> {
                list.removeIf([&](const Profile &p) { return p.uuid == profile.uuid; });
                return {};
            });
            if (!saved.ok())
                return done(saved.error());
            if (const auto forgotten = m_state.remove(profile.uuid); !forgotten.ok())
                return done(forgotten.error());
            done(cleared);
        });
}

void Workspace::secretPresence(const Profile &profile, PresenceDone done)
{
    // "Not stored" is only believed from a usable keychain (a locked one reads as empty).
    m_secrets.checkUsable()->then(this, [this, profile, done](Result<void> usable) {
        if (!usable.ok())
            return done(usable.error());
        QList<SecretKind> kinds = profile.usedSecretKinds();
        kinds.append(SecretKind::Session);
        auto presence = std::make_shared<QHash<SecretKind, bool>>();
        auto failed = std::make_shared<bool>(false);
        for (const SecretKind kind : std::as_const(kinds)) {
            m_secrets.read(profile.uuid, kind)
                ->then(this,
                       [presence, failed, kind, total = kinds.size(),
                        done](Result<std::optional<QString>> value) {
                           if (*failed)
                               return;
                           if (!value.ok()) {
                               *failed = true;
                               return done(value.error());
                           }
                           presence->insert(kind, value.value().has_value());
                           if (presence->size() == total)
                               done(*presence);
                       });
        }
    });
}

Result<QByteArray> Workspace::exportProfiles(const QStringList &names)
{
    const auto snapshot = m_profiles.load();
    if (!snapshot.ok())
        return snapshot.error();
    QJsonArray exported;
    QSet<QString> wanted(names.cbegin(), names.cend());
    QSet<QString> existing;
    for (const Profile &p : snapshot.value().profiles)
        existing.insert(p.name);
    for (const QString &name : names) {
        if (!existing.contains(name))
            return noSuchProfile(name);
    }
    for (const Profile &p : snapshot.value().profiles) {
        if (names.isEmpty() || wanted.contains(p.name))
            exported.append(p.toJson());
    }
    const QJsonObject document {{u"schema"_s, ProfileStore::SchemaVersion},
                                {u"profiles"_s, exported}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<QList<Profile>> Workspace::importProfiles(QIODevice &input)
{
    auto incoming = readImport(input);
    if (!incoming.ok())
        return incoming.error();
    if (const auto added = addImported(incoming.value()); !added.ok())
        return added.error();
    return incoming;
}

Result<QList<Profile>> Workspace::readImport(QIODevice &input)
{
    auto refuse = [](const QString &problem) {
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate(
                             "sdsm", "the import file cannot be used: %1 — nothing was imported")
                             .arg(problem));
    };
    // Read one entry at a time, so an export of any length imports back.
    ProfileListReader reader(input, MaxImportEntryBytes);
    ProfileListReader::Entry entry;
    QList<Profile> incoming;
    QSet<QString> names;
    // The first bad entry; reading goes on, as a newer schema (said at the end) explains it.
    std::optional<Error> badEntry;
    while (reader.next(entry)) {
        if (badEntry)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(entry.json.toByteArray());
        if (!document.isObject()) {
            badEntry =
                refuse(QCoreApplication::translate("sdsm", "profile entry %1 is not valid JSON")
                           .arg(reader.entryCount()));
            continue;
        }
        QJsonObject object = document.object();
        // The file's UUIDs are never trusted: imported profiles get their own keychain keys.
        object.insert(u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto profile = Profile::fromJson(object);
        if (!profile.ok()) {
            badEntry = makeError(ErrorKind::Config,
                                 QCoreApplication::translate("sdsm", "%1 — nothing was imported")
                                     .arg(profile.error().message));
        } else if (names.contains(profile.value().name)) {
            badEntry = makeError(
                ErrorKind::Config,
                QCoreApplication::translate(
                    "sdsm",
                    "the import file holds two profiles named \"%1\" — nothing was imported")
                    .arg(profile.value().name));
        } else {
            names.insert(profile.value().name);
            incoming.append(std::move(profile).value());
        }
    }
    if (!reader.atEnd())
        return refuse(reader.problem());
    if (reader.schema().toInt(1) > ProfileStore::SchemaVersion)
        return makeError(
            ErrorKind::Config,
            QCoreApplication::translate(
                "sdsm", "the import file was written by a newer version — nothing was imported"));
    if (badEntry)
        return *badEntry;
    return incoming;
}

Result<void> Workspace::addImported(const QList<Profile> &incoming)
{
    return m_profiles.update([&](QList<Profile> &existing) -> Result<void> {
        QSet<QString> taken;
        for (const Profile &e : std::as_const(existing))
            taken.insert(e.name);
        for (const Profile &p : std::as_const(incoming)) {
            if (taken.contains(p.name))
                return makeError(
                    ErrorKind::Config,
                    u"a profile named \"%1\" already exists — nothing was imported; rename or remove it first"_s
                        .arg(p.name));
        }
        existing.append(incoming);
        return {};
    });
}

// One provisioning import after its checks: the keychain writes, a few at a time, then the
// profiles; on any failure the entries written so far are removed before it reports.
class Workspace::Provisioning final : public QObject
{
public:
    struct Write
    {
        QUuid profile;
        SecretKind kind;
        QString value;
    };

    Provisioning(Workspace *workspace, QList<Profile> profiles, QList<Write> writes,
                 ProvisionDone done)
        : QObject(workspace)
        , m_workspace(workspace)
        , m_profiles(std::move(profiles))
        , m_writes(std::move(writes))
        , m_done(std::move(done))
    { }

    void start() { writeMore(); }

private:
    // Keychain calls overlap a little: thousands of entries should not take one round trip each.
    static constexpr int Window = 8;

    void writeMore()
    {
        while (!m_failure && m_inFlight < Window && m_next < m_writes.size()) {
            const qsizetype index = m_next++;
            const Write &w = m_writes.at(index);
            ++m_inFlight;
            m_workspace->m_secrets.write(w.profile, w.kind, w.value)
                ->then(this, [this, index](Result<void> written) {
                    --m_inFlight;
                    m_writes[index].value.fill(u'\0'); // no longer needed here
                    if (written.ok())
                        m_written.append(index);
                    else if (!m_failure)
                        m_failure = failure(written.error());
                    writeMore();
                });
        }
        if (m_inFlight > 0)
            return;
        if (m_failure)
            return rollBack();
        if (const auto added = m_workspace->addImported(m_profiles); !added.ok()) {
            m_failure = added.error();
            return rollBack();
        }
        finish(m_profiles);
    }

    void rollBack()
    {
        if (m_written.isEmpty())
            return finish(Error(*m_failure));
        const Write &w = m_writes.at(m_written.takeLast());
        m_workspace->m_secrets.remove(w.profile, w.kind)->then(this, [this](Result<bool> removed) {
            if (!removed.ok())
                m_leftBehind = true;
            rollBack();
        });
    }

    static Error failure(Error keychain)
    {
        keychain.message =
            QCoreApplication::translate("sdsm", "%1 — nothing was imported").arg(keychain.message);
        return keychain;
    }

    void finish(Result<QList<Profile>> result)
    {
        if (!result.ok() && m_leftBehind) {
            Error e = result.error();
            e.message += QCoreApplication::translate(
                "sdsm", "; some keychain entries it had written could not be removed again");
            result = e;
        }
        auto done = std::move(m_done);
        deleteLater();
        done(std::move(result));
    }

    Workspace *m_workspace;
    QList<Profile> m_profiles;
    QList<Write> m_writes;
    ProvisionDone m_done;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    QList<qsizetype> m_written;
    std::optional<Error> m_failure;
    bool m_leftBehind = false;
};

void Workspace::provisionProfiles(QList<Profile> profiles, QList<ProvisionedSecrets> secrets,
                                  ProvisionDone done)
{
    auto refuse = [&](const QString &problem) {
        done(makeError(
            ErrorKind::Refused,
            QCoreApplication::translate("sdsm", "%1 — nothing was imported").arg(problem)));
    };
    const auto snapshot = m_profiles.load();
    if (!snapshot.ok())
        return done(snapshot.error());
    QSet<QString> taken;
    for (const Profile &p : snapshot.value().profiles)
        taken.insert(p.name);
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        if (const auto valid = validateProfile(p); !valid.ok())
            return refuse(valid.error().message);
        if (byName.contains(p.name))
            return refuse(QCoreApplication::translate("sdsm", "two profiles are named %1")
                              .arg(quotedName(p.name)));
        if (taken.contains(p.name))
            return refuse(QCoreApplication::translate("sdsm", "a profile named %1 already exists")
                              .arg(quotedName(p.name)));
        byName.insert(p.name, i);
    }
    QList<Provisioning::Write> writes;
    QSet<QString> withSecrets;
    for (ProvisionedSecrets &s : secrets) {
        const auto it = byName.constFind(s.profileName);
        if (it == byName.cend())
            return refuse(QCoreApplication::translate(
                              "sdsm", "there are secrets for %1, which is not among the profiles")
                              .arg(quotedName(s.profileName)));
        if (withSecrets.contains(s.profileName))
            return refuse(QCoreApplication::translate("sdsm", "the secrets of %1 are given twice")
                              .arg(quotedName(s.profileName)));
        withSecrets.insert(s.profileName);
        const Profile &p = profiles.at(*it);
        for (auto &[kind, value] : s.values) {
            if (const QString problem = secretProblem(p, kind, value); !problem.isEmpty())
                return refuse(u"%1: %2"_s.arg(quotedName(p.name), problem));
            writes.append({p.uuid, kind, std::exchange(value, QString())});
        }
    }
    (new Provisioning(this, std::move(profiles), std::move(writes), std::move(done)))->start();
}

void Workspace::deviceCertificate(const Profile &profile,
                                  std::function<void(Result<CertificateInfo>)> done)
{
    if (profile.deviceMode != DeviceMode::Certificate)
        return done(
            makeError(ErrorKind::Config,
                      tr("profile %1 has no device certificate").arg(quotedName(profile.name))));
    const auto check = inspectCertificateFiles(profile.certificatePath, profile.certificateKeyPath);
    if (!check.ok())
        return done(check.error());
    auto open = [profile, done](const std::optional<QString> &password) {
        const auto identity =
            openClientIdentity(profile.certificatePath, profile.certificateKeyPath, password);
        if (!identity.ok())
            return done(identity.error());
        done(identity.value().info);
    };
    if (!check.value().passwordNeeded)
        return open(std::nullopt);
    m_secrets.read(profile.uuid, SecretKind::CertPassword)
        ->then(this, [open, done](Result<std::optional<QString>> password) {
            if (!password.ok())
                return done(password.error());
            open(password.value());
        });
}

void Workspace::describe(JsonWriter &out, const Profile &profile, const ProfileState &state,
                         const std::optional<QHash<SecretKind, bool>> &presence,
                         const std::optional<CertificateInfo> &certificateInfo)
{
    // Members in QJsonObject's order (sorted by key), so the text is what QJsonDocument writes.
    const auto secret = [&](JsonWriter &w, SecretKind kind) {
        if (!presence || (kind != SecretKind::Session && !profile.uses(kind)))
            w.null();
        else
            w.value(presence->value(kind, false));
    };
    const bool password = profile.grant == GrantType::Password;
    const QString server = profile.server.toString();
    out.beginObject();
    out.key("allow_http"_L1).value(profile.allowHttp);
    textOrNull(out.key("ca_file"_L1), profile.caFile);
    out.key("client_id"_L1).value(profile.clientId);
    out.key("detected_version"_L1);
    if (state.detectedVersion)
        out.value(static_cast<int>(*state.detectedVersion));
    else
        out.null();
    out.key("device"_L1).beginObject();
    out.key("certificate"_L1);
    if (profile.deviceMode == DeviceMode::Certificate) {
        QJsonObject details {{u"subject"_s, QJsonValue()},    {u"issuer"_s, QJsonValue()},
                             {u"not_before"_s, QJsonValue()}, {u"not_after"_s, QJsonValue()},
                             {u"sha1"_s, QJsonValue()},       {u"sha256"_s, QJsonValue()}};
        if (certificateInfo)
            details = certificateInfo->toJson();
        details.insert(u"path"_s, profile.certificatePath);
        details.insert(u"key_path"_s, orNull(profile.certificateKeyPath));
        out.jsonValue(details);
    } else {
        out.null();
    }
    textOrNull(out.key("id"_L1), profile.deviceId);
    out.key("mode"_L1).value(deviceModeName(profile.deviceMode));
    out.endObject();
    textOrNull(out.key("facility"_L1), profile.facility);
    out.key("grant"_L1).value(grantName(profile.grant));
    out.key("last"_L1);
    if (state.lastResult.isEmpty()) {
        out.null();
    } else {
        out.beginObject();
        timeOrNull(out.key("at"_L1), state.lastAt);
        timeOrNull(out.key("expires_at"_L1), state.expiresAt);
        out.key("result"_L1).value(state.lastResult);
        out.endObject();
    }
    out.key("name"_L1).value(profile.name);
    textOrNull(out.key("note"_L1), profile.note);
    out.key("password_mode"_L1);
    if (password)
        out.value(passwordModeName(profile.passwordMode));
    else
        out.null();
    textOrNull(out.key("pin_sha256"_L1), profile.pinSha256);
    out.key("santedb_version"_L1).value(versionName(profile.version));
    out.key("scope"_L1).value(profile.scope);
    out.key("secrets"_L1).beginObject();
    secret(out.key("cert_password"_L1), SecretKind::CertPassword);
    secret(out.key("client"_L1), SecretKind::Client);
    secret(out.key("device"_L1), SecretKind::Device);
    secret(out.key("password"_L1), SecretKind::Password);
    secret(out.key("session"_L1), SecretKind::Session);
    out.endObject();
    out.key("server"_L1).value(server);
    out.key("tags"_L1).beginArray();
    for (const QString &tag : profile.tags)
        out.value(tag);
    out.endArray();
    out.key("token_endpoint"_L1).value(profile.effectiveTokenEndpointText(server));
    out.key("username"_L1);
    if (password)
        textOrNull(out, profile.username);
    else
        out.null();
    out.key("uuid"_L1).value(profile.uuid.toString(QUuid::WithoutBraces));
    out.endObject();
}

QJsonObject Workspace::describe(const Profile &profile, const ProfileState &state,
                                const std::optional<QHash<SecretKind, bool>> &presence,
                                const std::optional<CertificateInfo> &certificate)
{
    JsonWriter out;
    describe(out, profile, state, presence, certificate);
    return QJsonDocument::fromJson(out.takeText()).object();
}

} // namespace sdsm
