// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace sdsm {

// What the product found out about a profile, kept apart from what the user set, and the
// non-secret view of its last session, so listing profiles and their status reads no keychain.
struct ProfileState
{
    // Detected state: the generation `auto` found, and whether a 3.x server refused
    // device Basic together with client_secret (then client_secret is left out).
    std::optional<Generation> detectedVersion;
    bool omitClientSecretWithDevice = false;

    // Last attempt.
    QString lastResult; // "ok", "cached" or an ErrorKind name; empty: never tried
    QDateTime lastAt; // UTC
    QString lastMessage; // redacted one-sentence error, empty on success

    // Last session obtained (non-secret).
    QDateTime expiresAt; // UTC; invalid when unknown
    QString expirySource; // "id_token_exp" | "expires_in_s" | "expires_in_ms"
    QString subject;
    QString name;
    std::optional<Generation> generation;
    bool deviceAuthenticated = false;
    bool clientSecretChecked = false;
    // What the server said when last asked about the session (GET /auth/session).
    std::optional<bool> validOnServer;
    QDateTime checkedOnServerAt; // UTC

    QJsonObject toJson() const;
    static ProfileState fromJson(const QJsonObject &object);
    // Clears what describes a session (after profile edits or credential changes).
    void forgetSession();
};

// The state of each profile in a file of its own, `<folder>/<uuid>.json`, so one profile's
// update rewrites one small file: read-modify-write under a short lock (`<folder>.lock`), saved
// atomically without a flush. A damaged or missing file reads as empty (it holds nothing the
// user typed); a symbolic link in place of a file is never followed, and an update refuses it.
// `legacyFile` is the single state.json of older versions, spread into the folder once.
class StateStore
{
public:
    explicit StateStore(QString folder, QString legacyFile = {});

    ProfileState get(const QUuid &uuid) const;
    QHash<QUuid, ProfileState> all() const;
    Result<void> update(const QUuid &uuid, const std::function<void(ProfileState &)> &change);
    Result<void> remove(const QUuid &uuid);

private:
    QString fileFor(const QUuid &uuid) const;
    void migrateOnce() const;

    QString m_folder;
    QString m_legacyFile;
    mutable bool m_migrationChecked = false;
};

} // namespace sdsm
