// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

namespace sdsm {

// The operating system's exclusive lock on a lock file: flock on Unix, LockFileEx on Windows.
// A waiter blocks in the kernel instead of sleeping and retrying, and the lock is released the
// moment its holder closes the file or dies, so a killed writer never blocks the next one.
// Locks belong to the open file, not the process: one process must not lock the same file twice.
class FileLock
{
    Q_DISABLE_COPY_MOVE(FileLock)

public:
    FileLock() = default;
    ~FileLock(); // releases the lock

    // Opens (creating owner-only) the lock file; on Unix a symbolic link in its place is refused.
    bool open(const QString &path);
    // Takes the lock; with `wait` false, fails at once when another holder has it.
    bool lock(bool wait);
    void close();
    // Why open() or lock() failed, from the operating system.
    QString errorString() const { return m_error; }

private:
#ifdef Q_OS_WIN
    void *m_file = nullptr; // HANDLE; null when closed
#else
    int m_fd = -1;
#endif
    QString m_error;
};

} // namespace sdsm
