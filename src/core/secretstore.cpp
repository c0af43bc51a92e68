#include "secretstore.h"

#include "secretserviceprobe.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

template<typename JobType> JobType *makeJob(const QUuid &profile, SecretKind kind)
{
    auto *job = new JobType(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text, whatever the backend
    job->setKey(SecretStore::keyFor(profile, kind));
    return job;
}

Error keychainFailure(const QString &action, const QKeychain::Job &job)
{
    if (auto probe = probeSecretService())
        return *probe;
    return makeError(ErrorKind::Keychain,
                     u"the keychain could not %1 (%2) — check that it is unlocked and retry"_s.arg(
                         action, job.errorString()));
}

} // namespace

QString SecretStore::serviceName()
{
    return u"org.santedb.session-manager"_s;
}

QString SecretStore::keyFor(const QUuid &profile, SecretKind kind)
{
    return serviceName() % u'/' % profile.toString(QUuid::WithoutBraces) % u'/'
        % secretKindName(kind);
}

void SecretStore::read(const QUuid &profile, SecretKind kind, QObject *context, ReadDone done) const
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profile, kind);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (readJob->error()) {
        case QKeychain::NoError:
            done(std::optional<QString>(readJob->textData()));
            return;
        case QKeychain::EntryNotFound:
            // Also what a locked or missing collection looks like through QtKeychain 0.13.
            if (auto probe = probeSecretService()) {
                done(*probe);
                return;
            }
            done(std::optional<QString>());
            return;
        default:
            done(keychainFailure(u"be read"_s, *readJob));
            return;
        }
    });
    job->start();
}

void SecretStore::write(const QUuid &profile, SecretKind kind, const QString &value,
                        QObject *context, WriteDone done) const
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile, kind);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            done({});
        else
            done(keychainFailure(u"store the secret"_s, *finished));
    });
    job->start();
}

void SecretStore::remove(const QUuid &profile, SecretKind kind, QObject *context,
                         RemoveDone done) const
{
    if (auto probe = probeSecretService()) {
        done(*probe);
        return;
    }
    // Reading first is the only portable way to tell "deleted" from "was not there".
    read(profile, kind, context,
         [profile, kind, context, done](Result<std::optional<QString>> existing) {
             if (!existing.ok()) {
                 done(existing.error());
                 return;
             }
             if (!existing.value().has_value()) {
                 done(false);
                 return;
             }
             auto *job = makeJob<QKeychain::DeletePasswordJob>(profile, kind);
             QObject::connect(job, &QKeychain::Job::finished, context,
                              [done](QKeychain::Job *finished) {
                                  if (finished->error() == QKeychain::NoError
                                      || finished->error() == QKeychain::EntryNotFound)
                                      done(true);
                                  else
                                      done(keychainFailure(u"delete the secret"_s, *finished));
                              });
             job->start();
         });
}

} // namespace sdsm
