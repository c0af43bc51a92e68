// SPDX-License-Identifier: Apache-2.0
#include "hardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace sdsm {

bool hardenProcess()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    const struct rlimit noCore
    {
        0, 0
    };
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0 && ok;
#endif
#if defined(Q_OS_LINUX)
    // Also stops same-user ptrace and /proc/<pid>/mem reads.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace sdsm
