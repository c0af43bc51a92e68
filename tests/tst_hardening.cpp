// SPDX-License-Identifier: Apache-2.0
// What hardenProcess promises on this platform, checked in-process.
#include "hardening.h"

#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCoreDumpsNoSameUserDebugger()
    {
#if defined(Q_OS_UNIX)
        struct rlimit before
        {
        };
        QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
#endif
        QVERIFY(sdsm::hardenProcess());
#if defined(Q_OS_UNIX)
        struct rlimit after
        {
        };
        QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0));
#endif
#if defined(Q_OS_LINUX)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
