// SPDX-License-Identifier: Apache-2.0
#include "timetext.h"

#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);

// POSIX TZ rules need no tzdata, so the local-time rows mean the same on every machine.
constexpr auto kCentralEurope = "CET-1CEST,M3.5.0,M10.5.0/3";

void setTimeZone(const QByteArray &tz)
{
    if (tz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", tz);
    tzset();
}

} // namespace

class TestTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void expiryRelativeText_data();
    void expiryRelativeText();
    void relativeText_data();
    void relativeText();
    void utcText_data();
    void utcText();
    void localText_data();
    void localText();
    void localeTextFollowsTheLocale();

private:
    QByteArray m_savedTz;
};

void TestTimeText::initTestCase()
{
    m_savedTz = qEnvironmentVariableIsSet("TZ") ? qgetenv("TZ") : QByteArray();
}

void TestTimeText::cleanupTestCase()
{
    setTimeZone(m_savedTz);
}

void TestTimeText::expiryRelativeText_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"expires now"_s;
    QTest::newRow("999 ms ahead") << qint64(999) << u"expires now"_s;
    QTest::newRow("999 ms behind") << qint64(-999) << u"expires now"_s;
    QTest::newRow("1 s ahead") << qint64(1000) << u"expires in 1 s"_s;
    QTest::newRow("45 s") << qint64(45'000) << u"expires in 45 s"_s;
    QTest::newRow("59.9 s") << qint64(59'900) << u"expires in 59 s"_s;
    QTest::newRow("60 s") << qint64(60'000) << u"expires in 1 min"_s;
    QTest::newRow("2.x 1799984 ms") << qint64(1'799'984) << u"expires in 29 min"_s;
    QTest::newRow("3.x 1799 s") << qint64(1'799'000) << u"expires in 29 min"_s;
    QTest::newRow("59 min 59 s") << qint64(3'599'000) << u"expires in 59 min"_s;
    QTest::newRow("1 h") << qint64(3'600'000) << u"expires in 1 h"_s;
    QTest::newRow("2 h 5 min") << qint64(7'500'000) << u"expires in 2 h 5 min"_s;
    QTest::newRow("47 h 59 min") << qint64(172'740'000) << u"expires in 47 h 59 min"_s;
    QTest::newRow("48 h") << qint64(172'800'000) << u"expires in 2 days"_s;
    QTest::newRow("3 days 5 h") << qint64(277'200'000) << u"expires in 3 days"_s;
    QTest::newRow("1 s ago") << qint64(-1000) << u"expired 1 s ago"_s;
    QTest::newRow("3 min ago") << qint64(-180'000) << u"expired 3 min ago"_s;
    QTest::newRow("3 min 30 s ago") << qint64(-210'000) << u"expired 3 min ago"_s;
    QTest::newRow("1 h 1 min ago") << qint64(-3'660'000) << u"expired 1 h 1 min ago"_s;
    QTest::newRow("50 h ago") << qint64(-180'000'000) << u"expired 2 days ago"_s;
}

void TestTimeText::expiryRelativeText()
{
    QFETCH(qint64, offsetMs);
    QFETCH(QString, expected);
    QCOMPARE(sdsm::expiryRelativeText(kNow.addMSecs(offsetMs), kNow), expected);
}

void TestTimeText::relativeText_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("now") << qint64(0) << u"now"_s;
    QTest::newRow("half a second ago") << qint64(-500) << u"now"_s;
    QTest::newRow("in 29 min") << qint64(1'740'000) << u"in 29 min"_s;
    QTest::newRow("in 2 h 5 min") << qint64(7'500'000) << u"in 2 h 5 min"_s;
    QTest::newRow("3 min ago") << qint64(-180'000) << u"3 min ago"_s;
    QTest::newRow("45 s ago") << qint64(-45'000) << u"45 s ago"_s;
    QTest::newRow("in 10 days") << qint64(864'000'000) << u"in 10 days"_s;
}

void TestTimeText::relativeText()
{
    QFETCH(qint64, offsetMs);
    QFETCH(QString, expected);
    QCOMPARE(sdsm::relativeText(kNow.addMSecs(offsetMs), kNow), expected);
}

void TestTimeText::utcText_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << QDateTime(QDate(2026, 11, 29), QTime(10, 15), Qt::UTC)
                         << u"2026-11-29T10:15:00Z"_s;
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2026, 11, 29), QTime(10, 15, 7, 999), Qt::UTC)
        << u"2026-11-29T10:15:07Z"_s;
    QTest::newRow("offset converted")
        << QDateTime(QDate(2026, 11, 29), QTime(11, 15), Qt::OffsetFromUTC, 3600)
        << u"2026-11-29T10:15:00Z"_s;
    QTest::newRow("epoch") << QDateTime::fromSecsSinceEpoch(0, Qt::UTC)
                           << u"1970-01-01T00:00:00Z"_s;
}

void TestTimeText::utcText()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(sdsm::utcText(time), expected);
}

void TestTimeText::localText_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedIso");

    const QDateTime winter(QDate(2026, 11, 29), QTime(10, 15), Qt::UTC);
    const QDateTime summer(QDate(2026, 7, 1), QTime(10, 15), Qt::UTC);
    QTest::newRow("CET winter") << QByteArray(kCentralEurope) << winter
                                << u"2026-11-29 11:15:00 +01:00"_s
                                << u"2026-11-29T11:15:00+01:00"_s;
    QTest::newRow("CEST summer") << QByteArray(kCentralEurope) << summer
                                 << u"2026-07-01 12:15:00 +02:00"_s
                                 << u"2026-07-01T12:15:00+02:00"_s;
    QTest::newRow("negative offset")
        << "EST5"_ba << winter << u"2026-11-29 05:15:00 -05:00"_s << u"2026-11-29T05:15:00-05:00"_s;
    QTest::newRow("half-hour offset") << "IST-5:30"_ba << winter << u"2026-11-29 15:45:00 +05:30"_s
                                      << u"2026-11-29T15:45:00+05:30"_s;
    QTest::newRow("utc") << "UTC0"_ba << winter << u"2026-11-29 10:15:00 +00:00"_s
                         << u"2026-11-29T10:15:00+00:00"_s;
}

void TestTimeText::localText()
{
    QFETCH(QByteArray, tz);
    QFETCH(QDateTime, time);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedIso);

    setTimeZone(tz);
    QCOMPARE(sdsm::localText(time), expectedText);
    QCOMPARE(sdsm::localIsoText(time), expectedIso);
}

// The desktop app writes times as the person's locale does (issue 9 §2); the CLI keeps ISO.
void TestTimeText::localeTextFollowsTheLocale()
{
    setTimeZone("UTC");
    const QDateTime time(QDate(2026, 12, 1), QTime(20, 46, 49), Qt::UTC);
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(sdsm::localeText(time), u"01/12/2026 20:46"_s);
    QCOMPARE(sdsm::localeClockText(time), u"20:46"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(sdsm::localeText(time), u"12/1/26 8:46 PM"_s);
    QCOMPARE(sdsm::localeClockText(time), u"8:46 PM"_s);
    QLocale::setDefault(saved);
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
