// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "job.h"
#include "profile.h"
#include "result.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace sdsm {

// Where secrets live. The product's only real store is the operating system's keychain
// (KeychainSecretStore); tests exercise the session logic against an in-memory one
// (tests/support) without a keyring. Every call answers through a Job, on the event loop.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // The entry's value, or nullopt when there is none. A keychain may not be able to tell "no
    // entry" from "locked" (QtKeychain 0.13 cannot): ask checkUsable() before telling a person a
    // secret is missing.
    virtual Job<std::optional<QString>> *read(const QUuid &profile, SecretKind kind) = 0;
    virtual Job<void> *write(const QUuid &profile, SecretKind kind, const QString &value) = 0;
    // Deletes one entry; the result says whether one was there. A locked keyring is an error,
    // never a pretended success.
    virtual Job<bool> *remove(const QUuid &profile, SecretKind kind) = 0;
    // Succeeds when the store is usable, else fails with the Keychain error that explains why
    // (no service, locked).
    virtual Job<void> *checkUsable() = 0;
};

// The operating system's keychain through QtKeychain, with the insecure plain-text fallback
// explicitly off. Keys are "org.santedb.session-manager/<uuid>/<kind>" on every platform (Windows
// ignores QtKeychain's service name, so the prefix lives in the key).
class KeychainSecretStore final : public SecretStore
{
public:
    static QString serviceName();
    static QString keyFor(const QUuid &profile, SecretKind kind);

    Job<std::optional<QString>> *read(const QUuid &profile, SecretKind kind) override;
    Job<void> *write(const QUuid &profile, SecretKind kind, const QString &value) override;
    Job<bool> *remove(const QUuid &profile, SecretKind kind) override;
    Job<void> *checkUsable() override;
};

} // namespace sdsm
