// SPDX-License-Identifier: Apache-2.0
// The session service in-process, driven by a ManualClock: cache reuse and expiry are decided by
// the injected clock, never by waiting. Real HTTP to the in-process emulator, real keychain.
#include "authemulator.h"
#include "clock.h"
#include "testsupport.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

class TestSessionService : public QObject
{
    Q_OBJECT

private:
    std::optional<Result<Session>> obtain(Workspace &w, const Profile &p,
                                          SessionOptions options = {})
    {
        return await(w.sessions().obtain(p, options), 30000);
    }

    Profile appOnlyProfile(Workspace &w, const QUrl &server)
    {
        Profile p;
        p.name = u"svc"_s;
        p.server = server;
        p.clientId = u"fiddler"_s;
        p.version = SanteDbVersion::V3;
        auto added = w.addProfile(p);
        [&] { QVERIFY(added.ok()); }();
        bool stored = false;
        w.setSecret(added.value(), SecretKind::Client, u"fiddler"_s,
                    [&](Result<void> r) { stored = r.ok(); });
        [&] { QTRY_VERIFY(stored); }();
        return added.value();
    }

private Q_SLOTS:
    void initTestCase() { SDSM_REQUIRE_KEYRING(); }

    void cacheFollowsTheInjectedClock()
    {
        emu::EmulatorOptions options;
        options.sessionSeconds = 600;
        emu::AuthEmulator emulator(options);
        QVERIFY(emulator.listen());
        Sandbox sandbox;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Workspace w({sandbox.path(u"profiles.json"_s), sandbox.path(u"data"_s)}, clock);
        const Profile p = appOnlyProfile(w, emulator.baseUrl());

        auto first = obtain(w, p);
        QVERIFY(first && first->ok());
        QCOMPARE(first->value().cached(), false);
        QCOMPARE(emulator.tokenRequestCount(), 1);
        QCOMPARE(first->value().expiry.source, u"expires_in_s"_s);

        // 9 minutes later 60 s remain: still more than --min-valid 0, so reused.
        clock.advance(9 * 60);
        SessionOptions lenient;
        lenient.minValidSeconds = 0;
        auto reused = obtain(w, p, lenient);
        QVERIFY(reused && reused->ok());
        QCOMPARE(reused->value().cached(), true);
        QVERIFY(reused->value().accessToken == first->value().accessToken);
        QCOMPARE(emulator.tokenRequestCount(), 1);

        // The default --min-valid (60 s) no longer accepts it.
        auto renewed = obtain(w, p);
        QVERIFY(renewed && renewed->ok());
        QCOMPARE(renewed->value().cached(), false);
        QCOMPARE(emulator.tokenRequestCount(), 2);

        // Past expiry nothing is reused, whatever --min-valid says.
        clock.advance(20 * 60);
        auto expired = obtain(w, p, lenient);
        QVERIFY(expired && expired->ok());
        QCOMPARE(expired->value().cached(), false);
        QCOMPARE(emulator.tokenRequestCount(), 3);

        const QList<HistoryEntry> history = w.history().read(p.uuid);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(1).result, u"cached"_s);
        QCOMPARE(w.state().get(p.uuid).lastResult, u"ok"_s);
    }

    void fingerprintChangesDiscardTheCache()
    {
        emu::AuthEmulator emulator;
        QVERIFY(emulator.listen());
        Sandbox sandbox;
        Workspace w({sandbox.path(u"profiles.json"_s), sandbox.path(u"data"_s)}, Clock::system());
        const Profile p = appOnlyProfile(w, emulator.baseUrl());
        QVERIFY(obtain(w, p)->ok());
        Profile narrower = p;
        narrower.scope = u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0"_s;
        auto again = obtain(w, narrower);
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().cached(), false);
        QCOMPARE(emulator.tokenRequestCount(), 2);
        QVERIFY(SessionService::fingerprint(p, Generation::V3)
                != SessionService::fingerprint(narrower, Generation::V3));
        QVERIFY(SessionService::fingerprint(p, Generation::V3)
                != SessionService::fingerprint(p, Generation::V2));
    }

    void cancelEndsARunningRequest()
    {
        emu::EmulatorOptions options;
        options.fault = u"hang"_s;
        emu::AuthEmulator emulator(options);
        QVERIFY(emulator.listen());
        Sandbox sandbox;
        Workspace w({sandbox.path(u"profiles.json"_s), sandbox.path(u"data"_s)}, Clock::system());
        const Profile p = appOnlyProfile(w, emulator.baseUrl());
        auto *job = w.sessions().obtain(p, {});
        QTRY_COMPARE(emulator.tokenRequestCount(), 1);
        job->cancel();
        const auto result = await(job);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Interrupted);
    }
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "tst_sessionservice.moc"
