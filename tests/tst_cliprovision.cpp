// SPDX-License-Identifier: Apache-2.0
// `profile import --csv FILE --secrets-stdin` as an administrator provisions devices with it
// (issue 10 §1): real processes, the real keychain, the emulator for the proof that an imported
// identity works. All or nothing: a bad row or a secret for an unknown name leaves no profile
// and no keychain entry (counted on a keyring of the test's own). No secret appears in any output
// or file.
#include "secretstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

// The emulator's built-in identities (README, "Built-in identities").
const QString appSecret = u"4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV"_s;
const QString deviceSecret = u"qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"_s;

QByteArray secretLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

class TestCliProvision : public QObject
{
    Q_OBJECT

private:
    QList<CliRun> m_runs;
    QStringList m_secrets;

    CliRun cli(const Sandbox &sandbox, const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = {})
    {
        CliRun run =
            runCli(sandbox, QStringList {u"--config"_s, sandbox.configFile()} + args, input, env);
        m_runs << run;
        return run;
    }
    CliRun cli(const PrivateBus &bus, const QStringList &args, const QByteArray &input = {})
    {
        return cli(bus.sandbox(), args, input, bus.environment());
    }

    static QString writeFile(const Sandbox &sandbox, const QString &name, const QByteArray &bytes)
    {
        QFile file(sandbox.path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

    static QJsonArray list(const CliRun &run) { return QJsonDocument::fromJson(run.out).array(); }

private Q_SLOTS:
    void init()
    {
        m_runs.clear();
        m_secrets = {appSecret, deviceSecret};
    }

    void cleanup()
    {
        for (const CliRun &r : std::as_const(m_runs)) {
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(findLeak(r.out + r.err, secret) < 0, "a secret was printed");
        }
    }

    void importsRowsAndStoresTheirSecrets()
    {
        SDSM_REQUIRE_KEYRING();
        Emulator emulator;
        QVERIFY(emulator.started());
        Sandbox sandbox;
        // The emulator's sample clerk (README, "Built-in identities").
        const QString password = u"Mohawk123"_s;
        m_secrets << password;
        const QByteArray csv =
            "name,server,client_id,device_id,grant,username,santedb_version,scope,tag,note,"
            "allow_http\r\n"
            "ward-1,"_ba
            + emulator.url().toUtf8()
            + ",EXAMPLE_APPLICATION,EXAMPLE_DEVICE_NODE,,,3,,\"north,new\",\"first, \"\"the\"\" "
              "one\",\r\n"
              "clerk,"
            + emulator.url().toUtf8()
            + ",EXAMPLE_APPLICATION,EXAMPLE_DEVICE_NODE,password,allison,auto,,north,,no\r\n";
        const QString file = writeFile(sandbox, u"devices.csv"_s, csv);
        const QByteArray secrets =
            secretLine({{u"name"_s, u"ward-1"_s}, {u"device"_s, deviceSecret}})
            + "\n" // blank lines are fine
            + secretLine({{u"name"_s, u"clerk"_s},
                          {u"client"_s, appSecret},
                          {u"device"_s, deviceSecret},
                          {u"password"_s, password},
                          {u"cert_password"_s, QJsonValue()}});
        const CliRun run = cli(
            sandbox, {u"profile"_s, u"import"_s, u"--csv"_s, file, u"--secrets-stdin"_s}, secrets);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, "imported 2 profile(s): ward-1, clerk\n"_ba);
        QVERIFY(run.err.contains("delete the secrets file"));
        QVERIFY2(!run.err.contains("warning"), run.err.constData()); // every secret was given

        const CliRun shown = cli(sandbox, {u"profile"_s, u"show"_s, u"ward-1"_s, u"--json"_s});
        const QJsonObject ward = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(ward[u"tags"_s].toArray(), (QJsonArray {u"new"_s, u"north"_s}));
        QCOMPARE(ward[u"note"_s].toString(), u"first, \"the\" one"_s);
        QCOMPARE(ward[u"santedb_version"_s].toString(), u"3"_s);
        QCOMPARE(ward[u"secrets"_s][u"device"_s].toBool(), true);
        QCOMPARE(ward[u"secrets"_s][u"client"_s].toBool(), false);
        const QJsonObject clerk =
            QJsonDocument::fromJson(
                cli(sandbox, {u"profile"_s, u"show"_s, u"clerk"_s, u"--json"_s}).out)
                .object();
        QCOMPARE(clerk[u"grant"_s].toString(), u"password"_s);
        QCOMPARE(clerk[u"username"_s].toString(), u"allison"_s);
        QCOMPARE(clerk[u"secrets"_s][u"password"_s].toBool(), true);

        // The identities work as imported: one check, no secret typed anywhere.
        const CliRun check = cli(sandbox, {u"check"_s, u"--all"_s, u"--json"_s});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        const QByteArray files = sandbox.allFileBytes();
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(findLeak(files, secret) < 0, "a secret is in a file");

        QCOMPARE(cli(sandbox, {u"profile"_s, u"remove"_s, u"ward-1"_s}).exitCode, 0);
        QCOMPARE(cli(sandbox, {u"profile"_s, u"remove"_s, u"clerk"_s}).exitCode, 0);
    }

    // Secrets a profile cannot have a session without and that standard input lacks are named,
    // each with the command that stores it; the import itself goes ahead.
    void missingSecretsAreReported()
    {
        SDSM_REQUIRE_KEYRING();
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        QVERIFY(bus.unlockNewKeyring());
        const QString file =
            writeFile(bus.sandbox(), u"devices.csv"_s,
                      "name,server,client_id,device_id,santedb_version,grant,username\n"
                      "ward-1,https://sdb.example,APP,DEV,3,,\n"
                      "ward 2,https://sdb.example,APP,DEV,2,,\n"
                      "clerk,https://sdb.example,APP,DEV,3,password,allison\n");
        const QByteArray secrets =
            secretLine({{u"name"_s, u"ward-1"_s}, {u"device"_s, deviceSecret}})
            + secretLine({{u"name"_s, u"ward 2"_s}, {u"device"_s, deviceSecret}});
        const CliRun run =
            cli(bus, {u"profile"_s, u"import"_s, u"--csv"_s, file, u"--secrets-stdin"_s}, secrets);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(bus.productSecretCount(), 2);
        const QList<QByteArray> warnings = run.err.trimmed().split('\n').mid(1);
        QCOMPARE(
            warnings,
            (QList<QByteArray> {"warning: no client secret was given for profile \"ward 2\" — run "
                                "`santedb-session secret set 'ward 2' client`",
                                "warning: no device secret was given for profile \"clerk\" — run "
                                "`santedb-session secret set clerk device`",
                                "warning: no password was given for profile \"clerk\" — run "
                                "`santedb-session secret set clerk password`"}));
    }

    void aBadRowImportsNothing()
    {
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        QVERIFY(bus.unlockNewKeyring());
        const QByteArray csv = "name,server,client_id,device_id\n"
                               "a,https://sdb.example,APP,DEV-A\n"
                               "b,https://sdb.example,APP,DEV-B\n"
                               "c,ftp://sdb.example,APP,DEV-C\n"_ba;
        const QString file = writeFile(bus.sandbox(), u"bad.csv"_s, csv);
        const CliRun run =
            cli(bus, {u"profile"_s, u"import"_s, u"--csv"_s, file, u"--secrets-stdin"_s},
                secretLine({{u"name"_s, u"a"_s}, {u"device"_s, deviceSecret}}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("line 4") && run.err.contains("nothing was imported"),
                 run.err.constData());
        QCOMPARE(bus.productSecretCount(), 0);
        QCOMPARE(list(cli(bus, {u"profile"_s, u"list"_s, u"--json"_s})).size(), 0);
    }

    void aSecretForAnUnknownNameIsRefused()
    {
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        QVERIFY(bus.unlockNewKeyring());
        const QString file = writeFile(bus.sandbox(), u"ok.csv"_s,
                                       "name,server,client_id,device_id\n"
                                       "a,https://sdb.example,APP,DEV-A\n"_ba);
        const CliRun run =
            cli(bus, {u"profile"_s, u"import"_s, u"--csv"_s, file, u"--secrets-stdin"_s},
                secretLine({{u"name"_s, u"a"_s}, {u"device"_s, deviceSecret}})
                    + secretLine({{u"name"_s, u"typo"_s}, {u"device"_s, deviceSecret}}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains("there are secrets for \"typo\", which is not among the profiles"),
            run.err.constData());
        QCOMPARE(bus.productSecretCount(), 0);
        QCOMPARE(list(cli(bus, {u"profile"_s, u"list"_s, u"--json"_s})).size(), 0);

        // Without the stray line it goes in, secret and all.
        QCOMPARE(cli(bus, {u"profile"_s, u"import"_s, u"--csv"_s, file, u"--secrets-stdin"_s},
                     secretLine({{u"name"_s, u"a"_s}, {u"device"_s, deviceSecret}}))
                     .exitCode,
                 0);
        QCOMPARE(bus.productSecretCount(), 1);
    }

    void aLockedKeyringImportsNothing()
    {
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        QVERIFY(bus.unlockNewKeyring());
        QVERIFY(bus.lockLogin());
        const QString file = writeFile(bus.sandbox(), u"ok.csv"_s,
                                       "name,server,client_id,device_id\n"
                                       "a,https://sdb.example,APP,DEV-A\n"_ba);
        const CliRun run =
            cli(bus, {u"profile"_s, u"import"_s, u"--csv"_s, file, u"--secrets-stdin"_s},
                secretLine({{u"name"_s, u"a"_s}, {u"device"_s, deviceSecret}}));
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
        QCOMPARE(list(cli(bus, {u"profile"_s, u"list"_s, u"--json"_s})).size(), 0);
    }

    void fiveThousandRows()
    {
        SDSM_REQUIRE_KEYRING();
        Sandbox sandbox;
        QByteArray csv = "name,server,client_id,device_id,tag\r\n"_ba;
        for (int i = 0; i < 5000; ++i)
            csv += "device-" + QByteArray::number(i) + ",https://mpi-" + QByteArray::number(i % 7)
                + ".example:8443,APP,DEV-" + QByteArray::number(i) + ",fleet\r\n";
        const QString file = writeFile(sandbox, u"fleet.csv"_s, csv);
        QByteArray secrets;
        for (int i = 0; i < 5000; i += 1000)
            secrets +=
                secretLine({{u"name"_s, u"device-%1"_s.arg(i)}, {u"device"_s, deviceSecret}});
        const CliRun run = cli(
            sandbox, {u"profile"_s, u"import"_s, u"--csv"_s, file, u"--secrets-stdin"_s}, secrets);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.startsWith("imported 5000 profile(s): device-0, device-1, "));
        const QJsonArray listed =
            list(cli(sandbox, {u"profile"_s, u"list"_s, u"--tag"_s, u"fleet"_s, u"--json"_s}));
        QCOMPARE(listed.size(), 5000);
        QCOMPARE(listed.at(4999)[u"device"_s][u"id"_s].toString(), u"DEV-4999"_s);
        // Exported and imported back elsewhere: any size goes both ways.
        const CliRun exported = cli(sandbox, {u"profile"_s, u"export"_s});
        Sandbox other;
        QCOMPARE(cli(other, {u"profile"_s, u"import"_s, u"-"_s}, exported.out).exitCode, 0);
        for (int i = 0; i < 5000; i += 1000)
            QCOMPARE(cli(sandbox, {u"profile"_s, u"remove"_s, u"device-%1"_s.arg(i)}).exitCode, 0);
    }

    void importsAnExportWithSecrets()
    {
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        QVERIFY(bus.unlockNewKeyring());
        const QJsonObject exported {
            {u"schema"_s, 1},
            {u"profiles"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"a"_s},
                                      {u"server"_s, u"https://sdb.example"_s},
                                      {u"client_id"_s, u"APP"_s},
                                      {u"device"_s, QJsonObject {{u"mode"_s, u"none"_s}}}}}}};
        const QString file =
            writeFile(bus.sandbox(), u"export.json"_s, QJsonDocument(exported).toJson());
        const CliRun run = cli(bus, {u"profile"_s, u"import"_s, file, u"--secrets-stdin"_s},
                               secretLine({{u"name"_s, u"a"_s}, {u"client"_s, appSecret}}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(bus.productSecretCount(), 1);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("secrets");
        QTest::addColumn<QString>("says");
        const QByteArray header = "name,server,client_id,device_id\n"_ba;
        const QByteArray row = "a,https://sdb.example,APP,DEV\n"_ba;
        QTest::newRow("unknown column") << "name,server,client_secret\n"_ba << QByteArray()
                                        << u"the column \"client_secret\" is not a `profile add` "
                                           u"option"_s;
        QTest::newRow("no name column")
            << "server,client_id,no_device\nhttps://sdb.example,APP,yes\n"_ba << QByteArray()
            << u"there is no \"name\" column"_s;
        QTest::newRow("a column twice")
            << "name,client-id,client_id\n"_ba << QByteArray() << u"appears twice"_s;
        QTest::newRow("short row")
            << header + "a,https://sdb.example\n"
            << QByteArray() << u"line 2: the row has 2 fields where the header has 4"_s;
        QTest::newRow("no device choice")
            << "name,server,client_id\na,https://sdb.example,APP\n"_ba << QByteArray()
            << u"give exactly one of the device_id column, the device_cert column or the "
               u"no_device column"_s;
        QTest::newRow("a bad value names its column")
            << header + "a,ftp://sdb.example,APP,DEV\n"_ba << QByteArray()
            << u"line 2: the server column: "_s;
        QTest::newRow("a bad version")
            << "name,server,client_id,device_id,santedb_version\n"
               "a,https://sdb.example,APP,DEV,3\nb,https://sdb.example,APP,DEV,4\n"_ba
            << QByteArray() << u"line 3: the santedb_version column must be auto, 2 or 3"_s;
        QTest::newRow("a flag that is not true or false")
            << "name,server,client_id,no_device\na,https://sdb.example,APP,maybe\n"_ba
            << QByteArray() << u"the no_device column must be true or false"_s;
        QTest::newRow("a name twice")
            << header + row + row << QByteArray() << u"line 3: a second profile is named \"a\""_s;
        QTest::newRow("not csv") << header + "a,\"https://sdb.example,APP,DEV\n"
                                 << QByteArray() << u"not valid CSV"_s;
        QTest::newRow("unknown secret member")
            << header + row << R"({"name": "a", "device_secret": "x"})"_ba + '\n'
            << u"line 1: \"device_secret\" is not one of name, client, device, password, "
               u"cert_password"_s;
        QTest::newRow("secret line not json")
            << header + row << "name=a device=x\n"_ba << u"line 1: it is not one JSON object"_s;
        QTest::newRow("secret without a name") << header + row << R"({"device": "x"})"_ba + '\n'
                                               << u"has no \"name\" string"_s;
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, secrets);
        QFETCH(QString, says);
        Sandbox sandbox;
        const QString file = writeFile(sandbox, u"in.csv"_s, csv);
        QStringList args {u"profile"_s, u"import"_s, u"--csv"_s, file};
        if (!secrets.isEmpty())
            args << u"--secrets-stdin"_s;
        const CliRun run = cli(sandbox, args, secrets);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QVERIFY(run.err.contains("nothing was imported"));
        QCOMPARE(list(cli(sandbox, {u"profile"_s, u"list"_s, u"--json"_s})).size(), 0);
        // The secret values are never quoted back.
        QVERIFY(!run.err.contains("\"x\""));
    }

    void standardInputCannotHoldBoth()
    {
        Sandbox sandbox;
        const CliRun run =
            cli(sandbox, {u"profile"_s, u"import"_s, u"--csv"_s, u"-"_s, u"--secrets-stdin"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("give the profiles as a file"));
    }
};

QTEST_GUILESS_MAIN(TestCliProvision)
#include "tst_cliprovision.moc"
