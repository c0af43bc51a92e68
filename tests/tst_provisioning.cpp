// SPDX-License-Identifier: Apache-2.0
// A provisioning import in the workspace (issue 10 §1): profiles and their secrets, all or
// nothing. Everything is checked before the first keychain write; the secrets go first, the
// profiles last; a keychain that fails midway or a profile file that cannot be written leaves
// neither profiles nor entries behind. A MemorySecretStore plays the keychain, so a failure can
// be placed exactly; tst_cliprovision runs the same through the CLI with the real keychain.
#include "clock.h"
#include "faketransport.h"
#include "memorysecretstore.h"
#include "workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

struct Rig
{
    QTemporaryDir dir;
    ManualClock clock {QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC)};
    MemorySecretStore secrets;
    FakeTransport net;
    std::unique_ptr<Workspace> ws;

    Rig()
    {
        ws = std::make_unique<Workspace>(
            AppPaths {dir.filePath(u"profiles.json"_s), dir.filePath(u"data"_s)}, clock, secrets,
            net);
    }

    static Profile profile(const QString &name)
    {
        Profile p;
        p.uuid = QUuid::createUuid();
        p.name = name;
        p.server = QUrl(u"https://sdb.example"_s);
        p.clientId = u"APP"_s;
        p.version = SanteDbVersion::V3;
        p.deviceMode = DeviceMode::Secret;
        p.deviceId = u"DEV-"_s + name;
        return p;
    }

    static Workspace::ProvisionedSecrets both(const QString &name)
    {
        return {name,
                {{SecretKind::Client, u"client-of-"_s + name},
                 {SecretKind::Device, u"device-of-"_s + name}}};
    }

    Result<QList<Profile>> provision(const QList<Profile> &profiles,
                                     const QList<Workspace::ProvisionedSecrets> &given)
    {
        std::optional<Result<QList<Profile>>> result;
        ws->provisionProfiles(profiles, given, [&](Result<QList<Profile>> r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("the import did not finish");
        return *result;
    }

    qsizetype savedProfiles() const
    {
        const auto loaded = ws->profiles().load();
        return loaded.ok() ? loaded.value().profiles.size() : -1;
    }
};

} // namespace

class TestProvisioning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesSecretsAndProfiles()
    {
        Rig rig;
        const QList<Profile> profiles {Rig::profile(u"a"_s), Rig::profile(u"b"_s),
                                       Rig::profile(u"c"_s)};
        const auto done = rig.provision(profiles, {Rig::both(u"a"_s), Rig::both(u"c"_s)});
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done.value().size(), 3);
        QCOMPARE(rig.savedProfiles(), 3);
        QCOMPARE(rig.secrets.get(profiles.at(0).uuid, SecretKind::Device), u"device-of-a"_s);
        QCOMPARE(rig.secrets.get(profiles.at(2).uuid, SecretKind::Client), u"client-of-c"_s);
        QVERIFY(!rig.secrets.get(profiles.at(1).uuid, SecretKind::Client));
        QCOMPARE(rig.secrets.writes, 4);
    }

    void manySecretsOverlapButAllArrive()
    {
        Rig rig;
        rig.secrets.delayMs = 1;
        QList<Profile> profiles;
        QList<Workspace::ProvisionedSecrets> given;
        for (int i = 0; i < 200; ++i) {
            profiles << Rig::profile(u"p%1"_s.arg(i));
            given << Rig::both(u"p%1"_s.arg(i));
        }
        QVERIFY(rig.provision(profiles, given).ok());
        QCOMPARE(rig.secrets.entries.size(), 400);
        QCOMPARE(rig.savedProfiles(), 200);
    }

    void keychainFailureMidwayRemovesWhatWasWritten()
    {
        Rig rig;
        QList<Profile> profiles;
        QList<Workspace::ProvisionedSecrets> given;
        for (int i = 0; i < 30; ++i) {
            profiles << Rig::profile(u"p%1"_s.arg(i));
            given << Rig::both(u"p%1"_s.arg(i));
        }
        rig.secrets.writesBeforeFailure = 13;
        const auto done = rig.provision(profiles, given);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, ErrorKind::Keychain);
        QVERIFY2(done.error().message.contains(u"nothing was imported"_s),
                 qPrintable(done.error().message));
        QVERIFY(rig.secrets.entries.isEmpty());
        QVERIFY(rig.secrets.removes >= 13);
        QVERIFY(rig.secrets.writes < 60); // it stopped writing once one failed
        QCOMPARE(rig.savedProfiles(), 0);
    }

    void theLastSecretFailingKeepsTheProfilesOut()
    {
        // The profiles are written only after every secret is in.
        Rig rig;
        rig.secrets.writesBeforeFailure = 3;
        const auto done = rig.provision({Rig::profile(u"a"_s), Rig::profile(u"b"_s)},
                                        {Rig::both(u"a"_s), Rig::both(u"b"_s)});
        QVERIFY(!done.ok());
        QCOMPARE(rig.savedProfiles(), 0);
        QVERIFY(!QFile::exists(rig.ws->profiles().filePath()));
        QVERIFY(rig.secrets.entries.isEmpty());
    }

    void aProfileFileThatCannotBeWrittenTakesTheSecretsBack()
    {
        Rig rig;
        // Written by a newer version: readable, never written.
        QFile file(rig.ws->profiles().filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schema": 99, "profiles": []})");
        file.close();
        const auto done = rig.provision({Rig::profile(u"a"_s)}, {Rig::both(u"a"_s)});
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, ErrorKind::Config);
        QCOMPARE(rig.secrets.writes, 2);
        QVERIFY(rig.secrets.entries.isEmpty());
    }

    void refusalsComeBeforeAnyWrite_data()
    {
        QTest::addColumn<QList<Profile>>("profiles");
        QTest::addColumn<QList<Workspace::ProvisionedSecrets>>("given");
        QTest::addColumn<QString>("says");
        const QList<Profile> two {Rig::profile(u"a"_s), Rig::profile(u"b"_s)};
        QTest::newRow("secrets for an unknown name")
            << two << QList<Workspace::ProvisionedSecrets> {Rig::both(u"a"_s), Rig::both(u"z"_s)}
            << u"there are secrets for \"z\", which is not among the profiles"_s;
        QTest::newRow("secrets twice")
            << two << QList<Workspace::ProvisionedSecrets> {Rig::both(u"a"_s), Rig::both(u"a"_s)}
            << u"given twice"_s;
        QTest::newRow("a name twice")
            << QList<Profile> {Rig::profile(u"a"_s), Rig::profile(u"a"_s)}
            << QList<Workspace::ProvisionedSecrets> {} << u"two profiles are named \"a\""_s;
        QTest::newRow("a colon in a 3.x device secret")
            << two
            << QList<Workspace::ProvisionedSecrets> {{u"b"_s, {{SecretKind::Device, u"dev:ice"_s}}}}
            << u"\"b\""_s;
        QTest::newRow("an empty secret")
            << two
            << QList<Workspace::ProvisionedSecrets> {{u"a"_s, {{SecretKind::Client, QString()}}}}
            << u"empty"_s;
        QTest::newRow("a password the profile has no use for")
            << two
            << QList<Workspace::ProvisionedSecrets> {{u"a"_s,
                                                      {{SecretKind::Password, u"Mohawk123"_s}}}}
            << u"\"a\""_s;
        Profile broken = Rig::profile(u"c"_s);
        broken.server = QUrl(u"ftp://sdb.example"_s);
        QTest::newRow("an invalid profile")
            << QList<Profile> {Rig::profile(u"a"_s), broken}
            << QList<Workspace::ProvisionedSecrets> {} << u"server"_s;
    }

    void refusalsComeBeforeAnyWrite()
    {
        QFETCH(QList<Profile>, profiles);
        QFETCH(QList<Workspace::ProvisionedSecrets>, given);
        QFETCH(QString, says);
        Rig rig;
        const auto done = rig.provision(profiles, given);
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(says), qPrintable(done.error().message));
        QVERIFY(done.error().message.endsWith(u"nothing was imported"_s));
        QCOMPARE(done.error().exitCode(), 2);
        QCOMPARE(rig.secrets.writes, 0);
        QCOMPARE(rig.savedProfiles(), 0);
    }

    void namesAlreadyTakenAreRefused()
    {
        Rig rig;
        QVERIFY(rig.ws->addProfile(Rig::profile(u"a"_s)).ok());
        const auto done = rig.provision({Rig::profile(u"a"_s)}, {Rig::both(u"a"_s)});
        QVERIFY(!done.ok());
        QVERIFY(done.error().message.contains(u"already exists"_s));
        QCOMPARE(rig.secrets.writes, 0);
        QCOMPARE(rig.savedProfiles(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
