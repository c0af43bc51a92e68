// SPDX-License-Identifier: Apache-2.0
// The secret store over the real keychain, and what users see when the keychain is missing,
// not set up, or locked: each on a private D-Bus session so the shared test keyring is untouched.
#include "secretstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

CliRun run(const PrivateBus &bus, const QStringList &args, const QByteArray &input = {})
{
    return runCli(bus.sandbox(), QStringList {u"--config"_s, bus.sandbox().configFile()} + args,
                  input, bus.environment());
}

void addProfile(const PrivateBus &bus)
{
    const CliRun add = run(bus,
                           {u"profile"_s, u"add"_s, u"k"_s, u"--server"_s, u"http://127.0.0.1:9"_s,
                            u"--client-id"_s, u"APP"_s, u"--no-device"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysArePrefixedOnEveryPlatform()
    {
        const QUuid id = QUuid::fromString(u"0f8fad5b-d9cb-469f-a165-70867728950e"_s);
        QCOMPARE(KeychainSecretStore::keyFor(id, SecretKind::Client),
                 u"org.santedb.session-manager/0f8fad5b-d9cb-469f-a165-70867728950e/client"_s);
        QCOMPARE(
            KeychainSecretStore::keyFor(id, SecretKind::CertPassword),
            u"org.santedb.session-manager/0f8fad5b-d9cb-469f-a165-70867728950e/cert-password"_s);
    }

    void roundTripInTheRealKeychain()
    {
        SDSM_REQUIRE_KEYRING();
        KeychainSecretStore store;
        const QUuid id = QUuid::createUuid();
        const QString value = canary(u"ü€ $&+=%/: "_s);

        auto absent = await(store.read(id, SecretKind::Device));
        QVERIFY(absent && absent->ok() && !absent->value().has_value());

        auto written = await(store.write(id, SecretKind::Device, value));
        QVERIFY(written && written->ok());
        auto read = await(store.read(id, SecretKind::Device));
        QVERIFY(read && read->ok() && read->value().has_value());
        QVERIFY2(*read->value() == value, "the stored value came back different");

        auto removed = await(store.remove(id, SecretKind::Device));
        QVERIFY(removed && removed->ok());
        QCOMPARE(removed->value(), true);
        auto again = await(store.remove(id, SecretKind::Device));
        QVERIFY(again && again->ok());
        QCOMPARE(again->value(), false);
    }

    void noSecretServiceExitsFive()
    {
        PrivateBus bus(false);
        QVERIFY(bus.ok());
        addProfile(bus);
        for (const QStringList &args :
             {QStringList {u"login"_s, u"k"_s}, QStringList {u"secret"_s, u"clear"_s, u"k"_s},
              QStringList {u"profile"_s, u"remove"_s, u"k"_s}}) {
            const CliRun r = run(bus, args);
            QCOMPARE(r.exitCode, 5);
            QVERIFY2(r.err.contains("no Secret Service is running")
                         && r.err.contains("start gnome-keyring or KWallet"),
                     r.err.constData());
        }
        const CliRun set = run(bus, {u"secret"_s, u"set"_s, u"k"_s, u"client"_s}, "value-1234");
        QCOMPARE(set.exitCode, 5);
        // `profile remove` changed nothing.
        QCOMPARE(run(bus, {u"profile"_s, u"show"_s, u"k"_s}).exitCode, 0);

        QProcessEnvironment noBus = bus.environment();
        noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const CliRun none =
            runCli(bus.sandbox(), {u"--config"_s, bus.sandbox().configFile(), u"login"_s, u"k"_s},
                   {}, noBus);
        QCOMPARE(none.exitCode, 5);
        QVERIFY2(none.err.contains("no Secret Service is running"), none.err.constData());
    }

    void keyringNotSetUpExitsFive()
    {
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        addProfile(bus);
        const CliRun r = run(bus, {u"login"_s, u"k"_s});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("the keyring is locked or not set up — unlock it"),
                 r.err.constData());
    }

    void lockedKeyringChangesNothing()
    {
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        QVERIFY(bus.unlockNewKeyring());
        addProfile(bus);
        QCOMPARE(run(bus, {u"secret"_s, u"set"_s, u"k"_s, u"client"_s}, canary(u"c"_s).toUtf8())
                     .exitCode,
                 0);
        QVERIFY(bus.lockLogin());

        for (const QStringList &args : {QStringList {u"login"_s, u"k"_s},
                                        QStringList {u"secret"_s, u"clear"_s, u"k"_s, u"client"_s},
                                        QStringList {u"profile"_s, u"remove"_s, u"k"_s},
                                        QStringList {u"profile"_s, u"show"_s, u"k"_s}}) {
            const CliRun r = run(bus, args);
            if (args.contains(u"show"_s)) {
                QCOMPARE(r.exitCode, 0); // show still works, secrets unknown
                QVERIFY(r.err.contains("locked"));
                continue;
            }
            QCOMPARE(r.exitCode, 5);
            QVERIFY2(r.err.contains("the keyring is locked or not set up"), r.err.constData());
        }
        QCOMPARE(run(bus, {u"profile"_s, u"list"_s}).exitCode, 0);
        QVERIFY(run(bus, {u"profile"_s, u"list"_s}).out.contains("k "));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
