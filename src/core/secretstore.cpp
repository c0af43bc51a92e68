#include "secretstore.h"

#include "secretserviceprobe.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

template<typename JobType> JobType *makeKeychainJob(const QUuid &profile, SecretKind kind)
{
    auto *job = new JobType(KeychainSecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text, whatever the backend
    job->setKey(KeychainSecretStore::keyFor(profile, kind));
    return job;
}

// A backend error: the probe's precise sentence when it has one (locked, no service), else the
// backend's own words.
template<typename T>
void failWithKeychainError(Job<T> *job, const QString &action, const QString &backendError)
{
    probeSecretService()->then(job, [job, action, backendError](Result<void> probe) {
        if (!probe.ok())
            return job->finish(probe.error());
        job->finish(makeError(ErrorKind::Keychain,
                              u"the keychain could not %1 (%2) — check that it is unlocked"_s.arg(
                                  action, backendError))
                        .with({RemedyAction::UnlockKeyring, {}}));
    });
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return u"org.santedb.session-manager"_s;
}

QString KeychainSecretStore::keyFor(const QUuid &profile, SecretKind kind)
{
    return serviceName() % u'/' % profile.toString(QUuid::WithoutBraces) % u'/'
        % secretKindName(kind);
}

Job<std::optional<QString>> *KeychainSecretStore::read(const QUuid &profile, SecretKind kind)
{
    auto *job = new Job<std::optional<QString>>;
    auto *read = makeKeychainJob<QKeychain::ReadPasswordJob>(profile, kind);
    QObject::connect(read, &QKeychain::Job::finished, job, [job](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (readJob->error()) {
        case QKeychain::NoError:
            return job->finish(std::optional<QString>(readJob->textData()));
        case QKeychain::EntryNotFound:
            // Also what a locked or missing collection looks like through QtKeychain 0.13; the
            // caller asks checkUsable() only when "missing" would matter to a person, so a
            // plain cache miss costs no D-Bus round trips.
            return job->finish(std::optional<QString>());
        default:
            return failWithKeychainError(job, u"be read"_s, readJob->errorString());
        }
    });
    read->start();
    return job;
}

Job<void> *KeychainSecretStore::write(const QUuid &profile, SecretKind kind, const QString &value)
{
    auto *job = new Job<void>;
    auto *write = makeKeychainJob<QKeychain::WritePasswordJob>(profile, kind);
    write->setTextData(value);
    QObject::connect(write, &QKeychain::Job::finished, job, [job](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            return job->finish({});
        failWithKeychainError(job, u"store the secret"_s, finished->errorString());
    });
    write->start();
    return job;
}

Job<bool> *KeychainSecretStore::remove(const QUuid &profile, SecretKind kind)
{
    auto *job = new Job<bool>;
    checkUsable()->then(job, [this, job, profile, kind](Result<void> usable) {
        if (!usable.ok())
            return job->finish(usable.error());
        // Reading first is the only portable way to tell "deleted" from "was not there".
        read(profile, kind)
            ->then(job, [job, profile, kind](Result<std::optional<QString>> existing) {
                if (!existing.ok())
                    return job->finish(existing.error());
                if (!existing.value())
                    return job->finish(false);
                auto *remove = makeKeychainJob<QKeychain::DeletePasswordJob>(profile, kind);
                QObject::connect(
                    remove, &QKeychain::Job::finished, job, [job](QKeychain::Job *finished) {
                        if (finished->error() == QKeychain::NoError
                            || finished->error() == QKeychain::EntryNotFound)
                            return job->finish(true);
                        failWithKeychainError(job, u"delete the secret"_s, finished->errorString());
                    });
                remove->start();
            });
    });
    return job;
}

Job<void> *KeychainSecretStore::checkUsable()
{
    return probeSecretService();
}

} // namespace sdsm
