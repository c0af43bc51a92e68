// SPDX-License-Identifier: Apache-2.0
#include "memorysecretstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace sdsm::test {

template<typename T> Job<T> *MemorySecretStore::answer(std::function<Result<T>()> compute)
{
    auto *job = new Job<T>;
    m_pending.removeAll(nullptr);
    m_pending.append(job);
    // The value is taken when the answer is due, as a real keychain would read it then.
    QTimer::singleShot(delayMs, job, [this, job, compute = std::move(compute)] {
        if (job->isFinished())
            return; // cancelled, perhaps because the store is gone
        if (unusable)
            return job->finish(*unusable);
        job->finish(compute());
    });
    return job;
}

MemorySecretStore::~MemorySecretStore()
{
    for (const QPointer<JobBase> &job : std::as_const(m_pending)) {
        if (job && !job->isFinished())
            job->cancel();
    }
}

void MemorySecretStore::set(const QUuid &profile, SecretKind kind, const QString &value)
{
    entries.insert(KeychainSecretStore::keyFor(profile, kind), value);
}

std::optional<QString> MemorySecretStore::get(const QUuid &profile, SecretKind kind) const
{
    const auto it = entries.constFind(KeychainSecretStore::keyFor(profile, kind));
    return it == entries.cend() ? std::nullopt : std::optional<QString>(*it);
}

Job<std::optional<QString>> *MemorySecretStore::read(const QUuid &profile, SecretKind kind)
{
    ++reads;
    return answer<std::optional<QString>>([this, profile, kind] { return get(profile, kind); });
}

Job<void> *MemorySecretStore::write(const QUuid &profile, SecretKind kind, const QString &value)
{
    const bool fails = writesBeforeFailure >= 0 && writes >= writesBeforeFailure;
    ++writes;
    return answer<void>([this, key = KeychainSecretStore::keyFor(profile, kind), value, fails] {
        if (fails)
            return Result<void>(makeError(ErrorKind::Keychain, u"the keyring was locked"_s));
        entries.insert(key, value);
        return Result<void>();
    });
}

Job<bool> *MemorySecretStore::remove(const QUuid &profile, SecretKind kind)
{
    ++removes;
    return answer<bool>([this, key = KeychainSecretStore::keyFor(profile, kind)] {
        return entries.remove(key) > 0;
    });
}

Job<void> *MemorySecretStore::checkUsable()
{
    return answer<void>([] { return Result<void>(); });
}

} // namespace sdsm::test
