// SPDX-License-Identifier: Apache-2.0
#include "tokenprotocol.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

static const QDateTime Sent = QDateTime(QDate(2021, 1, 11), QTime(17, 16, 3), Qt::UTC);

// Optional inputs travel through the data table as sentinels: -1 = absent, and for unitGeneration
// 0.
class TestExpiry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data();
    void table();
    void sentAtIsTheBase();
};

void TestExpiry::table_data()
{
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<int>("unit"); // 0 auto, 2, 3
    QTest::addColumn<qint64>("expAfterSent"); // seconds; LLONG_MIN: no exp
    QTest::addColumn<qint64>("iatAfterSent"); // seconds; LLONG_MIN: no iat
    QTest::addColumn<qint64>("expectedMsAfterSent"); // LLONG_MIN: invalid
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("milliseconds");
    QTest::addColumn<bool>("disagree");
    QTest::addColumn<qint64>("fromExpiresInMs"); // LLONG_MIN: invalid

    constexpr qint64 None = std::numeric_limits<qint64>::min();
    QTest::newRow("3.x seconds") << qint64(3599) << 3 << None << None << qint64(3599000)
                                 << u"expires_in_s"_s << false << false << qint64(3599000);
    QTest::newRow("2.x seed 1799984 ms is 30 min")
        << qint64(1799984) << 2 << None << None << qint64(1799984) << u"expires_in_ms"_s << true
        << false << qint64(1799984);
    QTest::newRow("2.x unit even for small values")
        << qint64(3599) << 2 << None << None << qint64(3599) << u"expires_in_ms"_s << true << false
        << qint64(3599);
    QTest::newRow("3.x unit even for big values")
        << qint64(1799984) << 3 << None << None << qint64(1799984000) << u"expires_in_s"_s << false
        << false << qint64(1799984000);
    QTest::newRow("auto without id_token: seconds at the threshold")
        << qint64(604800) << 0 << None << None << qint64(604800000) << u"expires_in_s"_s << false
        << false << qint64(604800000);
    QTest::newRow("auto without id_token: ms above a week")
        << qint64(1799984) << 0 << None << None << qint64(1799984) << u"expires_in_ms"_s << true
        << false << qint64(1799984);
    QTest::newRow("auto without id_token: small is seconds")
        << qint64(3599) << 0 << None << None << qint64(3599000) << u"expires_in_s"_s << false
        << false << qint64(3599000);
    // With exp and iat the unit follows the lifetime, even below the one-week threshold.
    QTest::newRow("auto with id_token says ms")
        << qint64(299984) << 0 << qint64(300) << qint64(0) << qint64(299984) << u"expires_in_ms"_s
        << true << false << qint64(299984);
    QTest::newRow("auto with id_token says seconds, above a week")
        << qint64(2592000) << 0 << qint64(2592000) << qint64(0) << qint64(2592000000)
        << u"id_token_exp"_s << false << false << qint64(2592000000);
    QTest::newRow("auto with exp only uses exp - sent")
        << qint64(1799) << 0 << qint64(1800) << None << qint64(1799000) << u"expires_in_s"_s
        << false << false << qint64(1799000);
    QTest::newRow("id_token exp earlier wins")
        << qint64(3600) << 3 << qint64(1800) << qint64(0) << qint64(1800000) << u"id_token_exp"_s
        << false << true << qint64(3600000);
    QTest::newRow("expires_in earlier wins")
        << qint64(600) << 3 << qint64(3600) << qint64(0) << qint64(600000) << u"expires_in_s"_s
        << false << true << qint64(600000);
    QTest::newRow("within 60 s is agreement")
        << qint64(3599) << 3 << qint64(3650) << qint64(50) << qint64(3599000) << u"expires_in_s"_s
        << false << false << qint64(3599000);
    QTest::newRow("61 s apart disagrees")
        << qint64(3539) << 3 << qint64(3600) << qint64(0) << qint64(3539000) << u"expires_in_s"_s
        << false << true << qint64(3539000);
    QTest::newRow("equal prefers id_token")
        << qint64(3600) << 3 << qint64(3600) << qint64(0) << qint64(3600000) << u"id_token_exp"_s
        << false << false << qint64(3600000);
    QTest::newRow("only id_token") << qint64(-1) << 3 << qint64(900) << qint64(0) << qint64(900000)
                                   << u"id_token_exp"_s << false << false << None;
    QTest::newRow("missing both") << qint64(-1) << 0 << None << None << None << QString() << false
                                  << false << None;
    QTest::newRow("zero expires now") << qint64(0) << 3 << None << None << qint64(0)
                                      << u"expires_in_s"_s << false << false << qint64(0);
    QTest::newRow("out of range is ignored")
        << qint64(315360000000) << 3 << None << None << None << QString() << false << false << None;
    QTest::newRow("negative is ignored")
        << qint64(-5) << 3 << qint64(60) << qint64(0) << qint64(60000) << u"id_token_exp"_s << false
        << false << None;
}

void TestExpiry::table()
{
    QFETCH(qint64, expiresIn);
    QFETCH(int, unit);
    QFETCH(qint64, expAfterSent);
    QFETCH(qint64, iatAfterSent);
    QFETCH(qint64, expectedMsAfterSent);
    QFETCH(QString, source);
    QFETCH(bool, milliseconds);
    QFETCH(bool, disagree);
    QFETCH(qint64, fromExpiresInMs);

    constexpr qint64 None = std::numeric_limits<qint64>::min();
    ExpiryInput input;
    input.sentAt = Sent;
    // -1 stands for "absent"; -5 in one row exercises a present negative value.
    if (expiresIn != -1)
        input.expiresIn = expiresIn;
    if (unit == 2)
        input.unitGeneration = Generation::V2;
    else if (unit == 3)
        input.unitGeneration = Generation::V3;
    if (expAfterSent != None)
        input.idTokenExp = Sent.addSecs(expAfterSent);
    if (iatAfterSent != None)
        input.idTokenIat = Sent.addSecs(iatAfterSent);

    const Expiry expiry = computeExpiry(input);
    if (expectedMsAfterSent == None) {
        QVERIFY(!expiry.at.isValid());
    } else {
        QVERIFY(expiry.at.isValid());
        QCOMPARE(Sent.msecsTo(expiry.at), expectedMsAfterSent);
        QCOMPARE(expiry.at.timeSpec(), Qt::UTC);
    }
    QCOMPARE(expiry.source, source);
    QCOMPARE(expiry.millisecondsUnit, milliseconds);
    QCOMPARE(expiry.sourcesDisagree, disagree);
    if (fromExpiresInMs == None)
        QVERIFY(!expiry.fromExpiresIn.isValid());
    else
        QCOMPARE(Sent.msecsTo(expiry.fromExpiresIn), fromExpiresInMs);
    QCOMPARE(expiry.fromIdToken.isValid(), expAfterSent != None);
}

void TestExpiry::sentAtIsTheBase()
{
    // The seed page's answer: sent at 17:16:03, 1799984 ms later is 17:46:02.984 — a 30-minute
    // session measured conservatively from the send time.
    ExpiryInput input;
    input.sentAt = Sent;
    input.expiresIn = 1799984;
    input.unitGeneration = Generation::V2;
    const Expiry expiry = computeExpiry(input);
    QCOMPARE(expiry.at, QDateTime(QDate(2021, 1, 11), QTime(17, 46, 2, 984), Qt::UTC));
    QVERIFY(qAbs(Sent.secsTo(expiry.at) - 30 * 60) <= 1);
}

QTEST_GUILESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
