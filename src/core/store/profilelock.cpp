// SPDX-License-Identifier: Apache-2.0
#include "profilelock.h"

#include "filelock.h"
#include "storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QTimer>

#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace sdsm {

ProfileLock::ProfileLock(std::unique_ptr<FileLock> lock, bool waited)
    : m_lock(std::move(lock))
    , m_waited(waited)
{ }

ProfileLock::~ProfileLock() = default;

namespace {

// What the waiting thread and the caller's thread share. Whoever comes second cleans up: a lock
// obtained after the caller gave up is released at once.
struct Wait
{
    std::mutex mutex;
    bool abandoned = false;
    bool acquired = false;
};

} // namespace

Job<std::shared_ptr<ProfileLock>> *ProfileLock::acquire(const QString &lockDir,
                                                        const QUuid &profile, int timeoutMs)
{
    using LockJob = Job<std::shared_ptr<ProfileLock>>;
    auto *job = new LockJob;
    if (const Result<void> folder =
            ensurePrivateFolder(lockDir, QCoreApplication::translate("sdsm", "session locks"));
        !folder.ok()) {
        job->finish(folder.error());
        return job;
    }
    const QDir dir(lockDir);
    const QString path = dir.filePath(profile.toString(QUuid::WithoutBraces) + u".lock"_s);
    auto handle = std::make_shared<std::unique_ptr<FileLock>>(std::make_unique<FileLock>());
    if (!(*handle)->open(path)) {
        job->finish(makeError(ErrorKind::Config,
                              QCoreApplication::translate("sdsm", "cannot open the lock file %1")
                                  .arg(QDir::toNativeSeparators(path))));
        return job;
    }
    // The usual case: nobody holds it.
    if ((*handle)->lock(false)) {
        job->finish(std::shared_ptr<ProfileLock>(new ProfileLock(std::move(*handle), false)));
        return job;
    }

    auto wait = std::make_shared<Wait>();
    auto giveUp = [wait, handle] {
        std::lock_guard guard(wait->mutex);
        wait->abandoned = true;
        if (wait->acquired && *handle)
            (*handle)->close(); // got it after all, too late: let the next one have it
    };
    job->setCancelHandler(giveUp);
    QTimer::singleShot(timeoutMs, job, [job, giveUp, timeoutMs] {
        giveUp();
        job->finish(makeError(ErrorKind::Timeout,
                              QCoreApplication::translate(
                                  "sdsm",
                                  "another program has been getting a session for this profile "
                                  "for %1 s; try again when it is done")
                                  .arg(timeoutMs / 1000))
                        .with({RemedyAction::RaiseTimeout, {}}));
    });

    // The kernel wakes this thread when the lock is free; the result goes back to the caller's
    // thread through the application object, which outlives every job.
    QPointer<LockJob> target(job);
    std::thread([wait, handle, target] {
        const bool locked = (*handle)->lock(true);
        {
            std::lock_guard guard(wait->mutex);
            if (wait->abandoned) {
                (*handle)->close();
                return;
            }
            wait->acquired = locked;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [wait, handle, target, locked] {
                std::lock_guard guard(wait->mutex);
                if (wait->abandoned || !target) {
                    if (*handle)
                        (*handle)->close();
                    return;
                }
                if (!locked)
                    return target->finish(
                        makeError(ErrorKind::Internal,
                                  QCoreApplication::translate(
                                      "sdsm", "the session lock could not be taken")));
                target->finish(
                    std::shared_ptr<ProfileLock>(new ProfileLock(std::move(*handle), true)));
            },
            Qt::QueuedConnection);
    }).detach();
    return job;
}

} // namespace sdsm
