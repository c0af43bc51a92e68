// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history.h"
#include "httptransport.h"
#include "jsonwriter.h"
#include "knownservers.h"
#include "paths.h"
#include "profile.h"
#include "profilestore.h"
#include "result.h"
#include "secretstore.h"
#include "servercache.h"
#include "servermetadata.h"
#include "sessionservice.h"
#include "statestore.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sdsm {

class Clock;

// Everything a person can do with profiles and their secrets, shared by the CLI and the desktop
// app: the files (profiles, state, history), the keychain and the session service together.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // With the operating system's keychain and the real network.
    explicit Workspace(const AppPaths &paths, const Clock &clock, QObject *parent = nullptr);
    // With another secret store and transport (tests); both outlive the workspace.
    Workspace(const AppPaths &paths, const Clock &clock, SecretStore &secrets,
              HttpTransport &transport, QObject *parent = nullptr);
    ~Workspace() override;

    const AppPaths &paths() const { return m_paths; }
    ProfileStore &profiles() { return m_profiles; }
    StateStore &state() { return m_state; }
    History &history() { return m_history; }
    SessionService &sessions() { return *m_sessions; }
    HttpTransport &transport() { return m_transport; }
    KnownServers &knownServers() { return m_knownServers; }
    ServerMetadata &serverMetadata() { return *m_metadata; }

    // Adds a new profile; a null UUID gets a fresh one (the desktop editor picks the UUID first so
    // it can store the secrets before the profile, and a failure leaves no dangling profile).
    Result<Profile> addProfile(Profile profile);
    // Applies `change` under the profile-file lock. Setting the SanteDB version (even to the same
    // value) or changing it forgets the detected generation; any change forgets the cached
    // session's state (call SessionService::discardSession afterwards for the keychain entry).
    Result<Profile> editProfile(const QString &name,
                                const std::function<Result<void>(Profile &)> &change,
                                bool versionSet = false);

    // Stores one credential after checking it suits the profile; forgets the cached session.
    void setSecret(const Profile &profile, SecretKind kind, const QString &value,
                   std::function<void(Result<void>)> done);
    // Why `value` cannot be stored as the profile's secret of this kind (one sentence), or empty.
    static QString secretProblem(const Profile &profile, SecretKind kind, const QString &value);
    // Deletes entries (the keychain check runs first, so a locked keyring changes nothing).
    // Reports, per kind, whether an entry was there.
    using ClearDone = std::function<void(Result<QList<std::pair<SecretKind, bool>>>)>;
    void clearSecrets(const Profile &profile, const QList<SecretKind> &kinds, ClearDone done);
    // Removes every keychain entry of the profile, then the profile and its state.
    void removeProfile(const QString &name, ClearDone done);
    // Which entries exist (reads the keychain: only for an explicit "show").
    using PresenceDone = std::function<void(Result<QHash<SecretKind, bool>>)>;
    void secretPresence(const Profile &profile, PresenceDone done);

    // Export never includes secrets; import is all or nothing and gives each profile a new UUID.
    // Import reads the export as it comes: any number of profiles, each at most 64 KiB.
    Result<QByteArray> exportProfiles(const QStringList &names);
    Result<QList<Profile>> importProfiles(QIODevice &input);
    // The profiles of an export, checked and with new UUIDs, not yet added.
    static Result<QList<Profile>> readImport(QIODevice &input);

    // The secrets that come with one profile of a provisioning import.
    struct ProvisionedSecrets
    {
        QString profileName;
        QList<std::pair<SecretKind, QString>> values;
    };
    using ProvisionDone = std::function<void(Result<QList<Profile>>)>;
    // Adds new profiles (with their UUIDs) and their secrets, all or nothing: every profile, name
    // and secret is checked first, then the secrets go to the keychain, then the profiles to the
    // file. When the keychain or the file fails, the entries already written are removed again.
    void provisionProfiles(QList<Profile> profiles, QList<ProvisionedSecrets> secrets,
                           ProvisionDone done);

    // A certificate device's certificate as `profile show` presents it: the files are opened,
    // with the stored certificate password when they need one (an expired certificate opens
    // too). Fails with the reason they cannot be opened; Config for other device modes.
    void deviceCertificate(const Profile &profile,
                           std::function<void(Result<CertificateInfo>)> done);

    // The `profile show --json` shape (README). `presence` absent: the secrets are all null;
    // `certificate` absent: a certificate device's subject, issuer, dates and digests are null.
    static void describe(JsonWriter &out, const Profile &profile, const ProfileState &state,
                         const std::optional<QHash<SecretKind, bool>> &presence,
                         const std::optional<CertificateInfo> &certificate = std::nullopt);
    // The same as an object.
    static QJsonObject describe(const Profile &profile, const ProfileState &state,
                                const std::optional<QHash<SecretKind, bool>> &presence,
                                const std::optional<CertificateInfo> &certificate = std::nullopt);

    static QList<SecretKind> allSecretKinds();

private:
    Workspace(const AppPaths &paths, const Clock &clock, std::unique_ptr<SecretStore> ownSecrets,
              SecretStore *secrets, HttpTransport *transport, QObject *parent);
    void clearNext(const Profile &profile, QList<SecretKind> remaining,
                   QList<std::pair<SecretKind, bool>> done, ClearDone finished);
    // Appends imported profiles under the lock, refusing names already taken.
    Result<void> addImported(const QList<Profile> &incoming);
    class Provisioning;

    AppPaths m_paths;
    ProfileStore m_profiles;
    StateStore m_state;
    History m_history;
    std::unique_ptr<SecretStore> m_ownSecrets; // the keychain, unless one was given
    SecretStore &m_secrets;
    HttpTransport &m_transport; // the workspace's own HttpClient, unless one was given
    KnownServers m_knownServers;
    ServerCache m_serverCache;
    ServerMetadata *m_metadata;
    SessionService *m_sessions;
};

} // namespace sdsm
