// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretstore.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace sdsm::test {

// A SecretStore in memory for fast unit tests of the session logic: answers from the event loop
// like a real keychain (optionally after a delay), counts every call, and can play a locked or
// absent keychain.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;
    // Answers still on their way end as cancelled: a slow store may go before its jobs do.
    ~MemorySecretStore() override;

    // Keyed like the real keychain: KeychainSecretStore::keyFor(profile, kind).
    QHash<QString, QString> entries;
    void set(const QUuid &profile, SecretKind kind, const QString &value);
    std::optional<QString> get(const QUuid &profile, SecretKind kind) const;
    int reads = 0, writes = 0, removes = 0;
    int delayMs = 0; // every answer this late (a slow keychain)
    std::optional<Error> unusable; // every call fails with this (a locked keyring, no service)
    // Writes after this many fail with a Keychain error (a keyring locked midway); -1: never.
    int writesBeforeFailure = -1;

    Job<std::optional<QString>> *read(const QUuid &profile, SecretKind kind) override;
    Job<void> *write(const QUuid &profile, SecretKind kind, const QString &value) override;
    Job<bool> *remove(const QUuid &profile, SecretKind kind) override;
    Job<void> *checkUsable() override;

private:
    template<typename T> Job<T> *answer(std::function<Result<T>()> compute);

    QList<QPointer<JobBase>> m_pending;
};

} // namespace sdsm::test
