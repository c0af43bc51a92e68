// SPDX-License-Identifier: Apache-2.0
#include "job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aResultGivenDuringSetUpStillReachesTheConsumer()
    {
        auto *job = new Job<int>;
        job->finish(42); // before anyone listens, as a validation failure would
        QObject context;
        std::optional<Result<int>> got;
        job->then(&context, [&](Result<int> r) { got.emplace(std::move(r)); });
        QVERIFY(!got);
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value(), 42);
    }

    void theFirstResultWinsAndTheJobDeletesItself()
    {
        QPointer<Job<QString>> job = new Job<QString>;
        QSignalSpy finished(job.data(), &JobBase::finished);
        job->finish(u"first"_s);
        job->finish(makeError(ErrorKind::Network, u"late"_s));
        QTRY_COMPARE(finished.size(), 1);
        QTRY_VERIFY(job.isNull());
    }

    void cancelFinishesAtOnceAndIgnoresTheLateAnswer()
    {
        auto *job = new Job<int>;
        bool aborted = false;
        job->setCancelHandler([&] { aborted = true; });
        QObject context;
        std::optional<Result<int>> got;
        job->then(&context, [&](Result<int> r) { got.emplace(std::move(r)); });
        job->cancel();
        QVERIFY(aborted);
        job->finish(7); // the keychain answered after all
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, ErrorKind::Interrupted);
        QVERIFY(!got->error().message.isEmpty());
    }

    void aDestroyedConsumerIsNotCalled()
    {
        QPointer<Job<int>> job = new Job<int>;
        bool called = false;
        {
            QObject context;
            job->then(&context, [&](Result<int>) { called = true; });
            job->finish(1);
        }
        QTRY_VERIFY(job.isNull());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
