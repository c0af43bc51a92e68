// SPDX-License-Identifier: Apache-2.0
// The emulator's session index: every lookup by key, expiry pruning in NotAfter order, and
// rotation of refresh tokens, without any HTTP.
#include "sessionstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::emu;

namespace {

Session make(const QByteArray &id, qint64 notAfterMs, const QByteArray &refresh = {})
{
    Session session;
    session.id = id;
    session.accessToken = "access-"_ba + id;
    session.refreshToken = refresh;
    session.notAfterMs = notAfterMs;
    return session;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsByEveryKey()
    {
        SessionStore store;
        store.add(make("a"_ba, 100, "refresh-a"_ba));
        store.add(make("b"_ba, 200));
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.findByAccessToken("access-a"_ba)->id, "a"_ba);
        QCOMPARE(store.findByRefreshToken("refresh-a"_ba)->id, "a"_ba);
        QCOMPARE(store.findById("b"_ba)->accessToken, "access-b"_ba);
        QVERIFY(!store.findByAccessToken("access-c"_ba));
        QVERIFY(!store.findByRefreshToken({}));
        QVERIFY(!store.findById("c"_ba));
    }

    void prunesOnlyWhatExpired()
    {
        SessionStore store;
        // Added out of expiry order: the index, not insertion order, decides.
        store.add(make("late"_ba, 300, "r-late"_ba));
        store.add(make("early"_ba, 100, "r-early"_ba));
        store.add(make("middle"_ba, 200));
        store.prune(99);
        QCOMPARE(store.size(), 3);
        store.prune(200); // NotAfter is exclusive: a session ending now is over
        QCOMPARE(store.size(), 1);
        QVERIFY(!store.findById("early"_ba));
        QVERIFY(!store.findByRefreshToken("r-early"_ba));
        QVERIFY(!store.findByAccessToken("access-middle"_ba));
        QVERIFY(store.findById("late"_ba));
        store.prune(1000);
        QCOMPARE(store.size(), 0);
    }

    void extendRotatesAndReindexes()
    {
        SessionStore store;
        store.add(make("s"_ba, 100, "old"_ba));
        const Session &extended = store.extend("s"_ba, 500, "new"_ba, "secret"_ba);
        QCOMPARE(extended.notAfterMs, 500);
        QCOMPARE(extended.signingSecret, "secret"_ba);
        QVERIFY(!store.findByRefreshToken("old"_ba));
        QCOMPARE(store.findByRefreshToken("new"_ba)->id, "s"_ba);
        // The old expiry entry is gone: pruning past it keeps the session.
        store.prune(200);
        QVERIFY(store.findById("s"_ba));
        store.prune(500);
        QVERIFY(!store.findById("s"_ba));
        QVERIFY(!store.findByRefreshToken("new"_ba));
    }

    void removeForgetsEveryKey()
    {
        SessionStore store;
        store.add(make("s"_ba, 100, "r"_ba));
        QVERIFY(store.remove("s"_ba));
        QVERIFY(!store.remove("s"_ba));
        QVERIFY(!store.findByAccessToken("access-s"_ba));
        QVERIFY(!store.findByRefreshToken("r"_ba));
        store.prune(1000); // nothing left in the index to trip over
        QCOMPARE(store.size(), 0);
    }

    void internSharesPolicyLists()
    {
        SessionStore store;
        const QStringList first = store.intern({u"1.2"_s, u"1.3"_s});
        const QStringList second = store.intern(QStringList {u"1.2"_s} << u"1.3"_s);
        QCOMPARE(second, first);
        QVERIFY(second.constData() == first.constData());
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
