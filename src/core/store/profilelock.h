// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "job.h"

#include <QString>
#include <QUuid>

#include <memory>

namespace sdsm {

class FileLock;

// One credential request in flight per profile, across every process of the product (issue 7
// §4): the CLI and the desktop app take this lock before they look at the cached session a second
// time and ask the server, so 20 commands started together send one token request and a rotating
// refresh token is never spent twice.
//
// The lock is the operating system's (flock on Unix, LockFileEx on Windows) on a file in the
// data folder: waiters block in the kernel instead of sleeping and retrying, and a holder that
// dies releases it at that moment.
class ProfileLock
{
    Q_DISABLE_COPY_MOVE(ProfileLock)

public:
    ~ProfileLock(); // releases the lock

    // Finishes with the held lock, or a Timeout error after `timeoutMs`, or a Config error when
    // the lock file cannot be made. Waiting never blocks the caller's thread.
    static Job<std::shared_ptr<ProfileLock>> *acquire(const QString &lockDir, const QUuid &profile,
                                                      int timeoutMs);

    // Whether another program held the lock when it was asked for: what it did meanwhile (a
    // session obtained, credentials refused) is then worth looking at before doing it again.
    bool waited() const { return m_waited; }

private:
    ProfileLock(std::unique_ptr<FileLock> lock, bool waited);
    std::unique_ptr<FileLock> m_lock;
    bool m_waited;
};

} // namespace sdsm
