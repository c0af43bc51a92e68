// SPDX-License-Identifier: Apache-2.0
#include "policytable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kResourcePath = ":/sdsm/policies.json";
// Every row of santedb-auth.md §8, with shorthand rows expanded into one entry per OID.
constexpr int kSection8Entries = 60;

} // namespace

class TestPolicyTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceReachableFromTestExecutable();
    void resourceEntriesAreWellFormed();
    void everySection8OidResolves_data();
    void everySection8OidResolves();
    void unknownOidsHaveNoName_data();
    void unknownOidsHaveNoName();
    void expandOid_data();
    void expandOid();
    void encodedOidsResolve();
    void builtInIsOneInstance();
};

// sdsm_core is a static library: its compiled-in resource only works if the resource
// initializer objects travel with it into every executable that links it.
void TestPolicyTable::resourceReachableFromTestExecutable()
{
    QFile file(QString::fromLatin1(kResourcePath));
    QVERIFY2(file.exists(), "the :/sdsm/policies.json resource is not linked into the test");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 0);
}

void TestPolicyTable::resourceEntriesAreWellFormed()
{
    QFile file(QString::fromLatin1(kResourcePath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    QVERIFY(!doc.object().value("source"_L1).toString().isEmpty());

    const QJsonArray policies = doc.object().value("policies"_L1).toArray();
    QCOMPARE(policies.size(), kSection8Entries);
    QSet<QString> oids;
    for (const QJsonValue &entry : policies) {
        const QString oid = entry.toObject().value("oid"_L1).toString();
        const QString name = entry.toObject().value("name"_L1).toString();
        QVERIFY2(!oid.isEmpty() && !name.isEmpty(), qPrintable(oid));
        QVERIFY2(oid.startsWith("1.3.6.1.4.1.33349.3.1.5.9."_L1), qPrintable(oid));
        QVERIFY2(!oids.contains(oid), qPrintable(u"duplicate OID "_s + oid));
        oids.insert(oid);
    }
    QCOMPARE(sdsm::PolicyTable::builtIn().size(), kSection8Entries);
}

void TestPolicyTable::everySection8OidResolves_data()
{
    QTest::addColumn<QString>("oid");
    QTest::addColumn<QString>("name");

    QTest::newRow("9.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2"_s << u"Unrestricted All"_s;
    QTest::newRow("9.2.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0"_s
                           << u"Unrestricted Administrative Function"_s;
    QTest::newRow("9.2.0.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.1"_s << u"Change Password"_s;
    QTest::newRow("9.2.0.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.2"_s << u"Create Role"_s;
    QTest::newRow("9.2.0.3") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.3"_s << u"Alter Role"_s;
    QTest::newRow("9.2.0.4") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.4"_s << u"Create Identity"_s;
    QTest::newRow("9.2.0.4.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.4.1"_s << u"Create Local Users"_s;
    QTest::newRow("9.2.0.5") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.5"_s << u"Create Device"_s;
    QTest::newRow("9.2.0.6") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.6"_s << u"Create Application"_s;
    QTest::newRow("9.2.0.7") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.7"_s
                             << u"Administer Concept Dictionary"_s;
    QTest::newRow("9.2.0.8") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.8"_s << u"Alter Identity"_s;
    QTest::newRow("9.2.0.8.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.8.1"_s << u"Alter Local Users"_s;
    QTest::newRow("9.2.0.9") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.9"_s << u"Alter Policy"_s;
    QTest::newRow("9.2.0.10") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.10"_s
                              << u"Administer Data Warehouse"_s;
    QTest::newRow("9.2.0.11") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.11"_s << u"Access Audit Log"_s;
    QTest::newRow("9.2.0.12") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.12"_s << u"Administer Applets"_s;
    QTest::newRow("9.2.0.13") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.13"_s << u"Assign Policy"_s;
    QTest::newRow("9.2.0.22.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.22.0"_s << u"Read System Jobs"_s;
    QTest::newRow("9.2.0.22.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.0.22.1"_s
                                << u"Start/Run System Job"_s;
    QTest::newRow("9.2.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1"_s << u"Login"_s;
    QTest::newRow("9.2.1.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0"_s << u"Login as a Service"_s;
    QTest::newRow("9.2.1.0.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0"_s << u"OAUTH Login"_s;
    QTest::newRow("9.2.1.0.0.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"_s
                                 << u"OAUTH client_credentials flow permission"_s;
    QTest::newRow("9.2.1.0.0.1.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1.0"_s
                                   << u"OAUTH client_credentials flow permission no device cred"_s;
    QTest::newRow("9.2.1.0.0.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.2"_s
                                 << u"OAUTH password flow permission"_s;
    QTest::newRow("9.2.1.0.0.2.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.2.0"_s
                                   << u"OAUTH password flow permission no device cred"_s;
    QTest::newRow("9.2.1.0.0.3") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.3"_s
                                 << u"OAUTH authorization code grant flow permission"_s;
    QTest::newRow("9.2.1.0.0.3.0")
        << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.3.0"_s
        << u"OAUTH authorization code grant flow permission no device cred"_s;
    QTest::newRow("9.2.1.0.0.4") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.4"_s
                                 << u"OAUTH Password Reset grant (extended permission)"_s;
    QTest::newRow("9.2.1.0.0.4.0")
        << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.4.0"_s
        << u"OAUTH Password Reset grant (extended permission) no device cred"_s;
    QTest::newRow("9.2.1.0.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.1"_s
                               << u"Login for Password Reassignment"_s;
    QTest::newRow("9.2.1.0.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.2"_s
                               << u"Allow Impersonation of Application"_s;
    QTest::newRow("9.2.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.2"_s << u"Unrestricted Clinical Data"_s;
    QTest::newRow("9.2.2.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.0"_s << u"Query Clinical Data"_s;
    QTest::newRow("9.2.2.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.1"_s << u"Write Clinical Data"_s;
    QTest::newRow("9.2.2.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.2"_s << u"Delete Clinical Data"_s;
    QTest::newRow("9.2.2.3") << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.3"_s << u"Read Clinical Data"_s;
    QTest::newRow("9.2.2.4") << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.4"_s
                             << u"Export Clinical Data (PHI)"_s;
    QTest::newRow("9.2.2.5") << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.5"_s << u"Elevate Clinical Data"_s;
    QTest::newRow("9.2.4") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4"_s << u"Unrestricted Metadata"_s;
    QTest::newRow("9.2.4.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0"_s << u"Read Metadata"_s;
    QTest::newRow("9.2.4.1.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.1.0"_s << u"Write Materials"_s;
    QTest::newRow("9.2.4.1.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.1.1"_s << u"Delete Materials"_s;
    QTest::newRow("9.2.4.0.1.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.1.2"_s << u"Read Materials"_s;
    QTest::newRow("9.2.4.0.1.3") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.1.3"_s
                                 << u"Query Materials"_s;
    QTest::newRow("9.2.4.2.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.2.0"_s
                               << u"Write Places & Orgs"_s;
    QTest::newRow("9.2.4.2.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.2.1"_s
                               << u"Delete Places & Orgs"_s;
    QTest::newRow("9.2.4.0.2.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.2.2"_s
                                 << u"Read Places & Orgs"_s;
    QTest::newRow("9.2.4.0.2.3") << u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.2.3"_s
                                 << u"Query Places & Orgs"_s;
    QTest::newRow("9.2.5") << u"1.3.6.1.4.1.33349.3.1.5.9.2.5"_s
                           << u"Unrestricted Data Warehouse"_s;
    QTest::newRow("9.2.5.0") << u"1.3.6.1.4.1.33349.3.1.5.9.2.5.0"_s << u"Write Warehouse Data"_s;
    QTest::newRow("9.2.5.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.5.1"_s << u"Delete Warehouse Data"_s;
    QTest::newRow("9.2.5.2") << u"1.3.6.1.4.1.33349.3.1.5.9.2.5.2"_s << u"Read Warehouse Data"_s;
    QTest::newRow("9.2.5.3") << u"1.3.6.1.4.1.33349.3.1.5.9.2.5.3"_s << u"Query Warehouse Data"_s;
    QTest::newRow("9.2.10") << u"1.3.6.1.4.1.33349.3.1.5.9.2.10"_s
                            << u"Access Client Administrative Function"_s;
    QTest::newRow("9.2.600") << u"1.3.6.1.4.1.33349.3.1.5.9.2.600"_s
                             << u"Special Security Elevation"_s;
    QTest::newRow("9.2.600.1") << u"1.3.6.1.4.1.33349.3.1.5.9.2.600.1"_s
                               << u"Change Security Challenge Question"_s;
    QTest::newRow("9.2.900") << u"1.3.6.1.4.1.33349.3.1.5.9.2.900"_s << u"Login Any Facility"_s;
    QTest::newRow("9.2.999") << u"1.3.6.1.4.1.33349.3.1.5.9.2.999"_s << u"Override Disclosure"_s;
    QTest::newRow("1.3.6.1.4.1.33349.3.1.5.9.3")
        << u"1.3.6.1.4.1.33349.3.1.5.9.3"_s << u"Restricted Information"_s;
}

void TestPolicyTable::everySection8OidResolves()
{
    QFETCH(QString, oid);
    QFETCH(QString, name);
    QCOMPARE(sdsm::PolicyTable::builtIn().nameFor(oid), name);
}

void TestPolicyTable::unknownOidsHaveNoName_data()
{
    QTest::addColumn<QString>("oid");

    QTest::newRow("empty") << QString();
    QTest::newRow("foreign OID") << u"1.2.840.113549.1.1.1"_s;
    QTest::newRow("unseeded constant .500") << u"1.3.6.1.4.1.33349.3.1.5.9.2.500"_s;
    QTest::newRow("trailing dot") << u"1.3.6.1.4.1.33349.3.1.5.9.2.1."_s;
    QTest::newRow("bare ua.") << u"ua."_s;
    QTest::newRow("unknown ua. form") << u"ua.2.99"_s;
    QTest::newRow("star") << u"*"_s;
}

void TestPolicyTable::unknownOidsHaveNoName()
{
    QFETCH(QString, oid);
    QVERIFY(sdsm::PolicyTable::builtIn().nameFor(oid).isEmpty());
}

void TestPolicyTable::expandOid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ua.2.0") << u"ua.2.0"_s << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.0"_s;
    QTest::newRow("ua.1.0.0.1") << u"ua.1.0.0.1"_s << u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"_s;
    QTest::newRow("ua.999") << u"ua.999"_s << u"1.3.6.1.4.1.33349.3.1.5.9.2.999"_s;
    QTest::newRow("full OID unchanged")
        << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.0"_s << u"1.3.6.1.4.1.33349.3.1.5.9.2.2.0"_s;
    QTest::newRow("foreign OID unchanged") << u"2.16.840.1"_s << u"2.16.840.1"_s;
    QTest::newRow("bare ua. unchanged") << u"ua."_s << u"ua."_s;
    QTest::newRow("upper case UA unchanged") << u"UA.2.0"_s << u"UA.2.0"_s;
    QTest::newRow("uax unchanged") << u"uax.2.0"_s << u"uax.2.0"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPolicyTable::expandOid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(sdsm::PolicyTable::builtIn().expandOid(input), expected);
}

void TestPolicyTable::encodedOidsResolve()
{
    const sdsm::PolicyTable &table = sdsm::PolicyTable::builtIn();
    QCOMPARE(table.nameFor(u"ua.2.0"_s), u"Query Clinical Data"_s);
    QCOMPARE(table.nameFor(u"ua.1.0.0.2.0"_s), u"OAUTH password flow permission no device cred"_s);
}

void TestPolicyTable::builtInIsOneInstance()
{
    QCOMPARE(&sdsm::PolicyTable::builtIn(), &sdsm::PolicyTable::builtIn());
}

QTEST_GUILESS_MAIN(TestPolicyTable)
#include "tst_policytable.moc"
