#include "profilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <mutex>
#include <thread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sdsm {

// The open lock file. Closing it releases the lock.
struct ProfileLock::Handle
{
#ifdef Q_OS_WIN
    HANDLE file = INVALID_HANDLE_VALUE;
    bool open(const QString &path)
    {
        file = CreateFileW(reinterpret_cast<LPCWSTR>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
        return file != INVALID_HANDLE_VALUE;
    }
    bool lock(bool wait)
    {
        OVERLAPPED whole {};
        const DWORD flags = LOCKFILE_EXCLUSIVE_LOCK | (wait ? 0 : LOCKFILE_FAIL_IMMEDIATELY);
        return LockFileEx(file, flags, 0, MAXDWORD, MAXDWORD, &whole);
    }
    void close()
    {
        if (file != INVALID_HANDLE_VALUE)
            CloseHandle(file);
        file = INVALID_HANDLE_VALUE;
    }
#else
    int fd = -1;
    bool open(const QString &path)
    {
        fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
                    0600);
        return fd >= 0;
    }
    bool lock(bool wait)
    {
        int result;
        do
            result = ::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB));
        while (result != 0 && errno == EINTR);
        return result == 0;
    }
    void close()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
    ~Handle()
    {
        close();
    }
};

ProfileLock::ProfileLock(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
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
    const QDir dir(lockDir);
    if (!dir.exists() && !QDir().mkpath(lockDir)) {
        job->finish(makeError(
            ErrorKind::Config,
            QCoreApplication::translate("sdsm", "cannot create the folder %1 for the session locks")
                .arg(QDir::toNativeSeparators(lockDir))));
        return job;
    }
    QFile::setPermissions(lockDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = dir.filePath(profile.toString(QUuid::WithoutBraces) + u".lock"_s);
    auto handle = std::make_shared<std::unique_ptr<Handle>>(std::make_unique<Handle>());
    if (!(*handle)->open(path)) {
        job->finish(makeError(ErrorKind::Config,
                              QCoreApplication::translate("sdsm", "cannot open the lock file %1")
                                  .arg(QDir::toNativeSeparators(path))));
        return job;
    }
    // The usual case: nobody holds it.
    if ((*handle)->lock(false)) {
        job->finish(std::shared_ptr<ProfileLock>(new ProfileLock(std::move(*handle))));
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
                target->finish(std::shared_ptr<ProfileLock>(new ProfileLock(std::move(*handle))));
            },
            Qt::QueuedConnection);
    }).detach();
    return job;
}

} // namespace sdsm
