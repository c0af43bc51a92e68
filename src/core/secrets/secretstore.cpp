// SPDX-License-Identifier: Apache-2.0
#include "secretstore.h"

#include "secretserviceprobe.h"
#include "sessionpack.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#ifdef Q_OS_WIN
#include <wincred.h>
#include <windows.h>
#endif

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

template<typename JobType> JobType *makeKeychainJob(const QString &key)
{
    auto *job = new JobType(KeychainSecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text, whatever the backend
    job->setKey(key);
    return job;
}

// A backend error: the probe's precise sentence when it has one (locked, no service), else the
// backend's own words. `sentence` is translated and has %1 where the backend's words go.
template<typename T>
void failWithKeychainError(Job<T> *job, const QString &sentence, const QString &backendError)
{
    probeSecretService()->then(job, [job, sentence, backendError](Result<void> probe) {
        if (!probe.ok())
            return job->finish(probe.error());
        job->finish(makeError(ErrorKind::Keychain, sentence.arg(backendError))
                        .with({RemedyAction::UnlockKeyring, {}}));
    });
}

QString cannotRead()
{
    return QCoreApplication::translate(
        "sdsm", "the keychain could not be read (%1) — check that it is unlocked");
}

QString cannotStore()
{
    return QCoreApplication::translate(
        "sdsm", "the keychain could not store the secret (%1) — check that it is unlocked");
}

QString cannotDelete()
{
    return QCoreApplication::translate(
        "sdsm", "the keychain could not delete the secret (%1) — check that it is unlocked");
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

namespace {

// Session entries stay on this machine: QtKeychain 0.13 writes Windows credentials with
// CRED_PERSIST_ENTERPRISE, which roams with the user's profile, and a session token has no
// business travelling to other machines.
enum class Reach { Default, ThisMachineOnly };

Job<std::optional<QString>> *readEntry(const QString &key)
{
    auto *job = new Job<std::optional<QString>>;
    auto *read = makeKeychainJob<QKeychain::ReadPasswordJob>(key);
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
            return failWithKeychainError(job, cannotRead(), readJob->errorString());
        }
    });
    read->start();
    return job;
}

#ifdef Q_OS_WIN
Job<void> *writeThisMachineOnly(const QString &key, const QString &value)
{
    auto *job = new Job<void>;
    QByteArray blob = value.toUtf8();
    std::wstring target = key.toStdWString();
    CREDENTIALW credential {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = target.data();
    credential.CredentialBlobSize = DWORD(blob.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    const bool written = CredWriteW(&credential, 0);
    const DWORD error = written ? 0 : GetLastError();
    SecureZeroMemory(blob.data(), size_t(blob.size()));
    if (written)
        job->finish({});
    else
        failWithKeychainError(job, cannotStore(),
                              QCoreApplication::translate("sdsm", "Windows error %1")
                                  .arg(QString::number(error, 16)));
    return job;
}
#endif

Job<void> *writeEntry(const QString &key, const QString &value, Reach reach)
{
#ifdef Q_OS_WIN
    if (reach == Reach::ThisMachineOnly)
        return writeThisMachineOnly(key, value);
#else
    Q_UNUSED(reach) // every other keychain keeps its entries on this machine
#endif
    auto *job = new Job<void>;
    auto *write = makeKeychainJob<QKeychain::WritePasswordJob>(key);
    write->setTextData(value);
    QObject::connect(write, &QKeychain::Job::finished, job, [job](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            return job->finish({});
        failWithKeychainError(job, cannotStore(), finished->errorString());
    });
    write->start();
    return job;
}

// An entry that was not there counts as deleted.
Job<void> *deleteEntry(const QString &key)
{
    auto *job = new Job<void>;
    auto *remove = makeKeychainJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(remove, &QKeychain::Job::finished, job, [job](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError
            || finished->error() == QKeychain::EntryNotFound)
            return job->finish({});
        failWithKeychainError(job, cannotDelete(), finished->errorString());
    });
    remove->start();
    return job;
}

// Runs `step` on each key in turn, stopping at the first failure; `job` gets the outcome.
void inTurn(QStringList keys, std::function<Job<void> *(const QString &)> step, Job<void> *job)
{
    if (keys.isEmpty())
        return job->finish({});
    const QString key = keys.takeFirst();
    step(key)->then(job, [keys = std::move(keys), step, job](Result<void> done) mutable {
        if (!done.ok())
            return job->finish(done.error());
        inTurn(std::move(keys), std::move(step), job);
    });
}

// The keys of a packed session's entries after the first, from entry `from` to entry `to`
// (1-based, inclusive).
QStringList sessionPartKeys(const QUuid &profile, int from, int to)
{
    QStringList keys;
    for (int entry = std::max(from, 2); entry <= to; ++entry)
        keys << KeychainSecretStore::keyFor(profile, SecretKind::Session) % u'.'
                % QString::number(entry);
    return keys;
}

// Reads the first entry, then the others it announces, and gives back the session's text; a
// damaged or half-written session reads as no session (a cache miss, nothing worse).
Job<std::optional<QString>> *readSession(const QUuid &profile)
{
    auto *job = new Job<std::optional<QString>>;
    readEntry(KeychainSecretStore::keyFor(profile, SecretKind::Session))
        ->then(job, [job, profile](Result<std::optional<QString>> first) {
            if (!first.ok() || !first.value())
                return job->finish(std::move(first));
            const std::optional<int> count = sessionpack::entryCount(*first.value());
            if (!count)
                return job->finish(std::optional<QString>());
            auto entries = std::make_shared<QStringList>(QStringList {*first.value()});
            auto *rest = new Job<void>;
            inTurn(
                sessionPartKeys(profile, 2, *count),
                [entries](const QString &key) {
                    auto *part = new Job<void>;
                    readEntry(key)->then(part, [part, entries](Result<std::optional<QString>> r) {
                        if (!r.ok())
                            return part->finish(r.error());
                        *entries << r.value().value_or(QString());
                        part->finish({});
                    });
                    return part;
                },
                rest);
            rest->then(job, [job, entries](Result<void> read) {
                if (!read.ok())
                    return job->finish(read.error());
                job->finish(sessionpack::unpack(*entries));
            });
        });
    return job;
}

// Writes the other entries first and the first entry last, so a reader never meets a first
// entry announcing parts that are not written yet, then deletes the parts an earlier, larger
// session left (a token must not outlive its session in the keychain).
Job<void> *writeSession(const QUuid &profile, const QString &text)
{
    auto *job = new Job<void>;
    const std::optional<QStringList> entries = sessionpack::pack(text);
    if (!entries) {
        job->finish(makeError(ErrorKind::Keychain,
                              QCoreApplication::translate(
                                  "sdsm", "the session is too large to keep in the keychain")));
        return job;
    }
    const QString firstKey = KeychainSecretStore::keyFor(profile, SecretKind::Session);
    readEntry(firstKey)->then(
        job, [job, profile, entries = *entries, firstKey](Result<std::optional<QString>> previous) {
            const int previousCount = previous.ok() && previous.value()
                ? sessionpack::entryCount(*previous.value()).value_or(sessionpack::MaxEntries)
                : 1;
            QStringList partKeys = sessionPartKeys(profile, 2, int(entries.size()));
            auto *parts = new Job<void>;
            inTurn(
                partKeys,
                [entries, partKeys](const QString &key) {
                    return writeEntry(key, entries.at(partKeys.indexOf(key) + 1),
                                      Reach::ThisMachineOnly);
                },
                parts);
            parts->then(
                job, [job, profile, entries, firstKey, previousCount](Result<void> written) {
                    if (!written.ok())
                        return job->finish(written.error());
                    writeEntry(firstKey, entries.first(), Reach::ThisMachineOnly)
                        ->then(job,
                               [job, profile, count = int(entries.size()),
                                previousCount](Result<void> first) {
                                   if (!first.ok())
                                       return job->finish(first.error());
                                   inTurn(sessionPartKeys(profile, count + 1, previousCount),
                                          deleteEntry, job);
                               });
                });
        });
    return job;
}

} // namespace

Job<std::optional<QString>> *KeychainSecretStore::read(const QUuid &profile, SecretKind kind)
{
    if (kind == SecretKind::Session)
        return readSession(profile);
    return readEntry(keyFor(profile, kind));
}

Job<void> *KeychainSecretStore::write(const QUuid &profile, SecretKind kind, const QString &value)
{
    if (kind == SecretKind::Session)
        return writeSession(profile, value);
    return writeEntry(keyFor(profile, kind), value, Reach::Default);
}

Job<bool> *KeychainSecretStore::remove(const QUuid &profile, SecretKind kind)
{
    auto *job = new Job<bool>;
    checkUsable()->then(job, [job, profile, kind](Result<void> usable) {
        if (!usable.ok())
            return job->finish(usable.error());
        // Reading first is the only portable way to tell "deleted" from "was not there"; for a
        // session it also says how many entries it spans.
        const QString firstKey = keyFor(profile, kind);
        readEntry(firstKey)->then(
            job, [job, profile, kind, firstKey](Result<std::optional<QString>> existing) {
                if (!existing.ok())
                    return job->finish(existing.error());
                if (!existing.value())
                    return job->finish(false);
                QStringList keys;
                if (kind == SecretKind::Session)
                    keys = sessionPartKeys(profile, 2,
                                           sessionpack::entryCount(*existing.value())
                                               .value_or(sessionpack::MaxEntries));
                keys << firstKey;
                auto *deleted = new Job<void>;
                inTurn(keys, deleteEntry, deleted);
                deleted->then(job, [job](Result<void> done) {
                    if (!done.ok())
                        return job->finish(done.error());
                    job->finish(true);
                });
            });
    });
    return job;
}

Job<void> *KeychainSecretStore::checkUsable()
{
    return probeSecretService();
}

} // namespace sdsm
