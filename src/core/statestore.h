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

// state.json in the data folder: {"schema": 1, "profiles": {"<uuid>": {...}}}, written under a
// lock like the profile file. A damaged state file reads as empty (it holds nothing the user
// typed).
class StateStore
{
public:
    explicit StateStore(QString filePath);

    ProfileState get(const QUuid &uuid) const;
    QHash<QUuid, ProfileState> all() const;
    Result<void> update(const QUuid &uuid, const std::function<void(ProfileState &)> &change);
    Result<void> remove(const QUuid &uuid);

private:
    QString m_filePath;
};

} // namespace sdsm
