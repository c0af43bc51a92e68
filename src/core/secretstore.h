#pragma once

#include "profile.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace sdsm {

// The only place secrets are kept: the operating system's keychain through QtKeychain, with the
// insecure plain-text fallback explicitly off. Keys are "org.santedb.session-manager/<uuid>/<kind>"
// on every platform (Windows ignores QtKeychain's service name, so the prefix lives in the key).
//
// Every call is asynchronous: the callback runs on the caller's thread once the keychain answers,
// unless `context` was destroyed first.
class SecretStore
{
public:
    static QString serviceName();
    static QString keyFor(const QUuid &profile, SecretKind kind);

    // nullopt: the keychain is usable and holds no such entry. An EntryNotFound answer is only
    // believed after the Secret Service probe says the keyring is unlocked.
    using ReadDone = std::function<void(Result<std::optional<QString>>)>;
    void read(const QUuid &profile, SecretKind kind, QObject *context, ReadDone done) const;

    using WriteDone = std::function<void(Result<void>)>;
    void write(const QUuid &profile, SecretKind kind, const QString &value, QObject *context,
               WriteDone done) const;

    // Deletes one entry. The probe runs first, so a locked keyring is an error, not a fake success.
    // The result says whether an entry was there.
    using RemoveDone = std::function<void(Result<bool>)>;
    void remove(const QUuid &profile, SecretKind kind, QObject *context, RemoveDone done) const;
};

} // namespace sdsm
