// SPDX-License-Identifier: Apache-2.0
#include "profilelock.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

class TestProfileLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString lockDir() const { return m_dir.filePath(u"locks"_s); }

    // Another process holding the lock, as another santedb-session would: util-linux flock(1)
    // keeps it while `cat` waits for input, and releases it when cat ends or is killed.
    std::unique_ptr<QProcess> holdInAnotherProcess(const QUuid &profile)
    {
        auto holder = std::make_unique<QProcess>();
        const QString file = lockDir() + u'/' + profile.toString(QUuid::WithoutBraces) + u".lock"_s;
        QDir().mkpath(lockDir());
        holder->start(QStandardPaths::findExecutable(u"flock"_s),
                      {file, u"sh"_s, u"-c"_s, u"echo held; exec cat"_s});
        if (!holder->waitForReadyRead(10000) || !holder->readAll().startsWith("held"))
            return nullptr;
        return holder;
    }

private Q_SLOTS:
    void freeLockIsTakenAtOnce()
    {
        const QUuid id = QUuid::createUuid();
        auto first = await(ProfileLock::acquire(lockDir(), id, 5000));
        QVERIFY(first && first->ok());
        // Another profile is independent.
        auto other = await(ProfileLock::acquire(lockDir(), QUuid::createUuid(), 5000));
        QVERIFY(other && other->ok());
    }

    void aWaiterGetsTheLockWhenItIsReleased()
    {
        const QUuid id = QUuid::createUuid();
        auto held = await(ProfileLock::acquire(lockDir(), id, 5000));
        QVERIFY(held && held->ok());
        std::optional<Result<std::shared_ptr<ProfileLock>>> second;
        QObject context;
        ProfileLock::acquire(lockDir(), id, 20000)
            ->then(&context,
                   [&](Result<std::shared_ptr<ProfileLock>> r) { second.emplace(std::move(r)); });
        QTest::qWait(0); // let the waiter start; it must still be waiting
        QVERIFY(!second);
        held.reset(); // releases the first lock
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 10000);
        QVERIFY(second->ok());
    }

    void waitingEndsAtTheTimeout()
    {
        const QUuid id = QUuid::createUuid();
        auto holder = holdInAnotherProcess(id);
        QVERIFY(holder);
        auto timedOut = await(ProfileLock::acquire(lockDir(), id, 300), 10000);
        QVERIFY(timedOut.has_value());
        QVERIFY(!timedOut->ok());
        QCOMPARE(timedOut->error().kind, ErrorKind::Timeout);
        QCOMPARE(timedOut->error().remedy.action, RemedyAction::RaiseTimeout);
        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(10000));
        // The waiter that gave up does not keep the lock it got too late.
        auto after = await(ProfileLock::acquire(lockDir(), id, 5000));
        QVERIFY(after && after->ok());
    }

    void aDeadHolderFreesTheLockAtOnce()
    {
        const QUuid id = QUuid::createUuid();
        auto holder = holdInAnotherProcess(id);
        QVERIFY(holder);
        std::optional<Result<std::shared_ptr<ProfileLock>>> got;
        QObject context;
        ProfileLock::acquire(lockDir(), id, 30000)
            ->then(&context,
                   [&](Result<std::shared_ptr<ProfileLock>> r) { got.emplace(std::move(r)); });
        holder->kill(); // SIGKILL: no clean-up runs in the holder
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(got->ok());
    }

    void cancelStopsWaiting()
    {
        const QUuid id = QUuid::createUuid();
        auto holder = holdInAnotherProcess(id);
        QVERIFY(holder);
        auto *job = ProfileLock::acquire(lockDir(), id, 30000);
        job->cancel();
        auto cancelled = await(job);
        QVERIFY(cancelled && !cancelled->ok());
        QCOMPARE(cancelled->error().kind, ErrorKind::Interrupted);
        holder->kill();
        QVERIFY(holder->waitForFinished(10000));
        auto after = await(ProfileLock::acquire(lockDir(), id, 5000));
        QVERIFY(after && after->ok());
    }
};

QTEST_GUILESS_MAIN(TestProfileLock)
#include "tst_profilelock.moc"
