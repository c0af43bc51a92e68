// SPDX-License-Identifier: Apache-2.0
// `santedb-session check` as an administrator runs it (issue 10 §1): real processes against the
// emulator on 127.0.0.1 with identities of its own, secrets in the real keychain, the emulator's
// request log as the witness of what the server received and of how many requests were in
// flight at once. After every test no secret is in any output, and no access token in any output
// or file: a check prints none and stores none beyond the normal cache.
#include "csv.h"
#include "secretstore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

const QString loginPolicy = u"1.3.6.1.4.1.33349.3.1.5.9.2.1"_s;
const QString loginAsService = u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0"_s;
const QString clientCredentials = u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"_s;
const QString readMetadata = u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0"_s;

QString field(const QJsonObject &request, const QString &name)
{
    for (const QString &part : request.value(u"body"_s).toString().split(u'&')) {
        if (part.section(u'=', 0, 0) == name)
            return QUrl::fromPercentEncoding(part.section(u'=', 1).toUtf8());
    }
    return {};
}

// An emulator whose applications APP-0 … APP-<n-1> act for the device DEV (3.x: the device's
// Basic header vouches for them, so a profile stores only the device secret and each identity
// costs exactly one token request). APP-BARE lacks Read Metadata; the device DEV-LOCKED is locked.
struct World
{
    Sandbox sandbox;
    QTemporaryDir serverFiles; // the identities hold secrets: outside the sandbox
    QString deviceSecret = canary(u"dev"_s);
    std::unique_ptr<Emulator> emulator;

    // The emulator's built-in identities (README, "Built-in identities"): its users.
    void startBuiltIn()
    {
        emulator = std::make_unique<Emulator>(QStringList {u"--santedb-version"_s, u"3"_s});
        QVERIFY2(emulator->started(), "the emulator did not report its port");
    }

    void start(int applications, const QStringList &args = {})
    {
        const QJsonArray full {loginPolicy, loginAsService, clientCredentials, readMetadata};
        QJsonArray apps;
        for (int i = 0; i < applications; ++i)
            apps.append(QJsonObject {{u"client_id"_s, u"APP-%1"_s.arg(i)},
                                     {u"secret"_s, canary(u"app"_s)},
                                     {u"policies"_s, full}});
        apps.append(QJsonObject {
            {u"client_id"_s, u"APP-BARE"_s},
            {u"secret"_s, canary(u"app"_s)},
            {u"policies"_s, QJsonArray {loginPolicy, loginAsService, clientCredentials}}});
        const QJsonObject identities {
            {u"applications"_s, apps},
            {u"devices"_s,
             QJsonArray {QJsonObject {{u"device_id"_s, u"DEV"_s},
                                      {u"secret"_s, deviceSecret},
                                      {u"policies"_s, full}},
                         QJsonObject {{u"device_id"_s, u"DEV-LOCKED"_s},
                                      {u"secret"_s, deviceSecret},
                                      {u"locked"_s, true},
                                      {u"policies"_s, full}}}},
        };
        QFile file(serverFiles.filePath(u"identities.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(identities).toJson());
        file.close();
        emulator = std::make_unique<Emulator>(
            QStringList {u"--santedb-version"_s, u"3"_s, u"--identities"_s, file.fileName()}
            + args);
        QVERIFY2(emulator->started(), "the emulator did not report its port");
    }
};

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    struct Recorded
    {
        QStringList args;
        CliRun run;
    };
    QList<Recorded> m_runs;
    QStringList m_secrets;
    QList<QUuid> m_profiles;
    std::vector<std::unique_ptr<World>> m_worlds;

    World &newWorld(int applications, const QStringList &args = {})
    {
        m_worlds.push_back(std::make_unique<World>());
        m_worlds.back()->start(applications, args);
        m_secrets << m_worlds.back()->deviceSecret;
        return *m_worlds.back();
    }

    CliRun cli(World &w, const QStringList &args, const QByteArray &input = {})
    {
        CliRun run =
            runCli(w.sandbox, QStringList {u"--config"_s, w.sandbox.configFile()} + args, input);
        m_runs.append({args, run});
        return run;
    }

    // A profile for APP-<app> acting for `device`, its device secret in the keychain (written
    // in-process: this test is about check, not about `secret set`).
    void addProfile(World &w, const QString &name, const QString &app,
                    const QStringList &extra = {}, const QString &device = u"DEV"_s,
                    bool storeSecret = true)
    {
        const CliRun add =
            cli(w,
                QStringList {u"profile"_s, u"add"_s, name, u"--server"_s, w.emulator->url(),
                             u"--client-id"_s, app, u"--device-id"_s, device,
                             u"--santedb-version"_s, u"3"_s}
                    + extra);
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        const CliRun show = cli(w, {u"profile"_s, u"show"_s, name, u"--json"_s});
        const QUuid uuid =
            QUuid::fromString(QJsonDocument::fromJson(show.out)[u"uuid"_s].toString());
        m_profiles << uuid;
        if (storeSecret) {
            KeychainSecretStore store;
            const auto written = await(store.write(uuid, SecretKind::Device, w.deviceSecret));
            QVERIFY(written && written->ok());
        }
    }

    // `count` profiles id-0 … for APP-0 … acting for DEV, added the way an administrator
    // provisions them: one `profile import --csv` with the device secrets on standard input.
    void importProfiles(World &w, int count)
    {
        QByteArray csv = "name,server,client_id,device_id,santedb_version\n";
        QByteArray secrets;
        for (int i = 0; i < count; ++i) {
            csv += "id-%1,%2,APP-%1,DEV,3\n"_ba.replace("%1", QByteArray::number(i))
                       .replace("%2", w.emulator->url().toUtf8());
            secrets += QJsonDocument(QJsonObject {{u"name"_s, u"id-%1"_s.arg(i)},
                                                  {u"device"_s, w.deviceSecret}})
                           .toJson(QJsonDocument::Compact)
                + '\n';
        }
        QFile file(w.sandbox.path(u"devices.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const CliRun imported =
            cli(w, {u"profile"_s, u"import"_s, u"--csv"_s, file.fileName(), u"--secrets-stdin"_s},
                secrets);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        for (const QJsonValue &v : jsonArray(cli(w, {u"profile"_s, u"list"_s, u"--json"_s})))
            m_profiles << QUuid::fromString(v[u"uuid"_s].toString());
        QCOMPARE(m_profiles.size(), count);
    }

    static QJsonArray jsonArray(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out).array();
    }

    static QJsonObject byProfile(const QJsonArray &results, const QString &name)
    {
        for (const QJsonValue &v : results) {
            if (v[u"profile"_s].toString() == name)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { SDSM_REQUIRE_KEYRING(); }

    void init()
    {
        m_runs.clear();
        m_secrets.clear();
        m_profiles.clear();
        m_worlds.clear();
    }

    // After every test: no secret anywhere, and no access token in check's outputs or in any
    // file but the keychain's cache.
    void cleanup()
    {
        KeychainSecretStore store;
        QStringList tokens;
        for (const QUuid &uuid : std::as_const(m_profiles)) {
            const auto entry = await(store.read(uuid, SecretKind::Session));
            if (entry && entry->ok() && entry->value()) {
                const QJsonObject o = QJsonDocument::fromJson(entry->value()->toUtf8()).object();
                for (const QString &k : {u"access_token"_s, u"id_token"_s})
                    tokens << o.value(k).toString();
            }
            for (const SecretKind kind : {SecretKind::Device, SecretKind::Session})
                await(store.remove(uuid, kind));
        }
        tokens.removeAll(QString());
        for (const Recorded &r : std::as_const(m_runs)) {
            const QString cmd = r.args.join(u' ');
            for (const QString &secret : std::as_const(m_secrets)) {
                QVERIFY2(findLeak(r.run.out + r.run.err, secret) < 0,
                         qPrintable(u"a secret leaked from `%1`"_s.arg(cmd)));
            }
            for (const QString &t : std::as_const(tokens))
                QVERIFY2(!r.run.out.contains(t.toUtf8()) && !r.run.err.contains(t.toUtf8()),
                         qPrintable(u"a token was printed by `%1`"_s.arg(cmd)));
        }
        for (const auto &w : m_worlds) {
            const QByteArray files = w->sandbox.allFileBytes();
            for (const QString &t : std::as_const(tokens))
                QVERIFY2(!files.contains(t.toUtf8()), "a token is in a file");
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(findLeak(files, secret) < 0, "a secret is in a file");
        }
    }

    void atMostJobsInFlightAndOneRequestPerIdentity()
    {
        World &w = newWorld(12, {u"--delay-ms"_s, u"250"_s});
        for (int i = 0; i < 12; ++i)
            addProfile(w, u"id-%1"_s.arg(i), u"APP-%1"_s.arg(i));
        const CliRun run = cli(w, {u"check"_s, u"--all"_s, u"--jobs"_s, u"4"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(jsonArray(run).size(), 12);

        const QList<QJsonObject> tokenRequests = w.emulator->requests();
        QStringList clients;
        int mostAtOnce = 0;
        for (const QJsonObject &r : tokenRequests) {
            clients << field(r, u"client_id"_s);
            mostAtOnce = std::max(mostAtOnce, r.value(u"in_flight"_s).toInt());
        }
        clients.sort();
        QStringList expected;
        for (int i = 0; i < 12; ++i)
            expected << u"APP-%1"_s.arg(i);
        expected.sort();
        QCOMPARE(clients, expected); // each identity exactly once
        QCOMPARE(mostAtOnce, 4); // the jobs were used, and never more
        for (const QJsonObject &r : w.emulator->requests(false))
            QVERIFY2(r.value(u"in_flight"_s).toInt() <= 4, "more than --jobs requests at once");

        // A check caches no session: a second one asks again. It does use a session `login`
        // cached (no request for id-0), unless --fresh.
        QCOMPARE(cli(w, {u"check"_s, u"--all"_s}).exitCode, 0);
        QCOMPARE(w.emulator->requests().size(), 24);
        QCOMPARE(cli(w, {u"login"_s, u"id-0"_s}).exitCode, 0);
        QCOMPARE(w.emulator->requests().size(), 25);
        const CliRun cached = cli(w, {u"check"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(cached.exitCode, 0);
        QCOMPARE(w.emulator->requests().size(), 36);
        QVERIFY(byProfile(jsonArray(cached), u"id-0"_s)[u"ok"_s].toBool());
        QCOMPARE(cli(w, {u"check"_s, u"--all"_s, u"--fresh"_s, u"--jobs"_s, u"32"_s}).exitCode, 0);
        QCOMPARE(w.emulator->requests().size(), 48);
    }

    // Without --jobs, 16 at once: 20 identities against a server that holds each answer a second.
    void sixteenAtOnceByDefault()
    {
        World &w = newWorld(20, {u"--delay-ms"_s, u"1000"_s});
        importProfiles(w, 20);
        const CliRun run = cli(w, {u"check"_s, u"--all"_s, u"--csv"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out.count('\n'), 21); // the header and one line each
        int mostAtOnce = 0;
        QStringList clients;
        for (const QJsonObject &r : w.emulator->requests(false))
            mostAtOnce = std::max(mostAtOnce, r.value(u"in_flight"_s).toInt());
        for (const QJsonObject &r : w.emulator->requests())
            clients << field(r, u"client_id"_s);
        QCOMPARE(mostAtOnce, 16);
        QCOMPARE(clients.size(), 20);
        QCOMPARE(QSet<QString>(clients.cbegin(), clients.cend()).size(), 20);
    }

    // --rate spaces the requests as the server sees them: 4 identities at 2 a second start at
    // 0, 0.5, 1 and 1.5 s, so the last arrives at least a second after the first, whatever the
    // first attempt spent before its request (up to half a second). Without the limit all four
    // arrive within a few milliseconds.
    void rateLimitPacesTheRequests()
    {
        World &w = newWorld(4);
        importProfiles(w, 4);
        const CliRun run = cli(w, {u"check"_s, u"--all"_s, u"--rate"_s, u"2"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<QJsonObject> requests = w.emulator->requests();
        QCOMPARE(requests.size(), 4);
        QList<qint64> arrivals;
        for (const QJsonObject &r : requests)
            arrivals << r.value(u"at_ms"_s).toInteger();
        QVERIFY2(arrivals.last() - arrivals.first() >= 1000,
                 qPrintable(u"arrivals at %1 ms"_s.arg(
                     QStringList {QString::number(arrivals.at(0)), QString::number(arrivals.at(1)),
                                  QString::number(arrivals.at(2)), QString::number(arrivals.at(3))}
                         .join(u", "_s))));
    }

    // A user who must choose a facility: without --facility a check reports missing_claim after
    // one request and asks nobody; with it the facility goes with the one request.
    void facilityGoesWithTheOneRequest()
    {
        m_worlds.push_back(std::make_unique<World>());
        World &w = *m_worlds.back();
        w.startBuiltIn();
        const QString clinic = u"c0bc2ec5-62b6-4014-9f2d-b420c9d6c709"_s;
        const QString deviceSecret = u"qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"_s;
        m_secrets << deviceSecret << u"Mohawk123"_s;
        QFile file(w.sandbox.path(u"users.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,server,client_id,device_id,grant,username,santedb_version\n"
                   "chioma,"_ba
                   + w.emulator->url().toUtf8()
                   + ",EXAMPLE_APPLICATION,EXAMPLE_DEVICE_NODE,password,chioma,3\n");
        file.close();
        // No client secret: the 3.x device vouches for the application, so one request is the
        // whole attempt (with both, 3.x may first refuse the pair: one documented resend).
        const QByteArray secrets = QJsonDocument(QJsonObject {{u"name"_s, u"chioma"_s},
                                                              {u"device"_s, deviceSecret},
                                                              {u"password"_s, u"Mohawk123"_s}})
                                       .toJson(QJsonDocument::Compact);
        QCOMPARE(cli(w,
                     {u"profile"_s, u"import"_s, u"--csv"_s, file.fileName(), u"--secrets-stdin"_s},
                     secrets)
                     .exitCode,
                 0);
        for (const QJsonValue &v : jsonArray(cli(w, {u"profile"_s, u"list"_s, u"--json"_s})))
            m_profiles << QUuid::fromString(v[u"uuid"_s].toString());

        const CliRun unchosen = cli(w, {u"check"_s, u"chioma"_s, u"--json"_s}, "2\n");
        QCOMPARE(unchosen.exitCode, 3);
        const QJsonObject refused = jsonArray(unchosen).at(0).toObject();
        QCOMPARE(refused[u"error_kind"_s].toString(), u"missing_claim"_s);
        QVERIFY2(refused[u"message"_s].toString().contains(u"--facility"_s),
                 qPrintable(refused[u"message"_s].toString()));
        QCOMPARE(w.emulator->requests().size(), 1);

        const CliRun chosen = cli(w, {u"check"_s, u"chioma"_s, u"--facility"_s, clinic});
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.describe()));
        const QList<QJsonObject> requests = w.emulator->requests();
        QCOMPARE(requests.size(), 2);
        QByteArray claim;
        for (const QJsonValue &h : requests.last().value(u"headers"_s).toArray()) {
            if (h[0].toString().compare(u"X-SanteDBClient-Claim"_s, Qt::CaseInsensitive) == 0)
                claim = QByteArray::fromBase64(h[1].toString().toUtf8());
        }
        QCOMPARE(claim, "urn:oasis:names:tc:xspa:1.0:subject:facility="_ba + clinic.toUtf8());
    }

    void failuresKeepTheirKindSentenceAndTheHighestExitCode()
    {
        World &w = newWorld(3);
        addProfile(w, u"good"_s, u"APP-0"_s);
        addProfile(w, u"locked"_s, u"APP-1"_s, {}, u"DEV-LOCKED"_s);
        addProfile(w, u"nosecret"_s, u"APP-2"_s, {}, u"DEV"_s, false);
        addProfile(w, u"asking"_s, u"APP-2"_s,
                   {u"--grant"_s, u"password"_s, u"--username"_s, u"allison"_s,
                    u"--password-mode"_s, u"ask"_s});
        addProfile(w, u"gone"_s, u"APP-0"_s); // a server that is not there
        QCOMPARE(
            cli(w, {u"profile"_s, u"edit"_s, u"gone"_s, u"--server"_s, u"http://127.0.0.1:9"_s})
                .exitCode,
            0);

        // A password on standard input is never read: a check asks nobody.
        const CliRun run = cli(w,
                               {u"check"_s, u"good"_s, u"locked"_s, u"nosecret"_s, u"asking"_s,
                                u"gone"_s, u"--json"_s},
                               "Mohawk123\n");
        QCOMPARE(run.exitCode, 5); // the highest: a missing secret and a skipped profile
        const QJsonArray results = jsonArray(run);
        QStringList order;
        for (const QJsonValue &v : results)
            order << v[u"profile"_s].toString();
        QCOMPARE(order,
                 (QStringList {u"good"_s, u"locked"_s, u"nosecret"_s, u"asking"_s,
                               u"gone"_s})); // as given

        const QJsonObject good = byProfile(results, u"good"_s);
        QCOMPARE(good[u"ok"_s].toBool(), true);
        QCOMPARE(good[u"exit_code"_s].toInt(), 0);
        QVERIFY(good[u"error_kind"_s].isNull());
        QVERIFY(good[u"expires_in"_s].toInt() > 3500);
        QCOMPARE(good[u"policy_count"_s].toInt(), 4);
        QCOMPARE(good[u"device_authenticated"_s].toBool(), true);
        QCOMPARE(good[u"signature"_s].toString(), u"verified"_s);
        QVERIFY(good[u"latency_ms"_s].isDouble());

        const QJsonObject locked = byProfile(results, u"locked"_s);
        QCOMPARE(locked[u"ok"_s].toBool(), false);
        QCOMPARE(locked[u"exit_code"_s].toInt(), 3);
        QCOMPARE(locked[u"error_kind"_s].toString(), u"oauth"_s);
        QVERIFY(locked[u"signature"_s].isNull());
        // The same sentence `login` says.
        const CliRun login = cli(w, {u"login"_s, u"locked"_s});
        QCOMPARE(login.exitCode, 3);
        QCOMPARE(QString::fromUtf8(login.err).trimmed(),
                 u"error: "_s + locked[u"message"_s].toString());

        const QJsonObject missing = byProfile(results, u"nosecret"_s);
        QCOMPARE(missing[u"error_kind"_s].toString(), u"secret_missing"_s);
        QCOMPARE(missing[u"exit_code"_s].toInt(), 5);
        QVERIFY2(missing[u"message"_s].toString().contains(
                     u"run `santedb-session secret set nosecret device`"_s),
                 qPrintable(missing[u"message"_s].toString()));

        const QJsonObject asking = byProfile(results, u"asking"_s);
        QCOMPARE(asking[u"exit_code"_s].toInt(), 5);
        QVERIFY(asking[u"message"_s].toString().contains(u"asks for the password each time"_s));
        QVERIFY(asking[u"latency_ms"_s].isNull());

        const QJsonObject gone = byProfile(results, u"gone"_s);
        QCOMPARE(gone[u"exit_code"_s].toInt(), 4);
        QCOMPARE(gone[u"error_kind"_s].toString(), u"network"_s);

        // Tried once each, never retried; the asking profile never reached the server.
        QStringList clients;
        for (const QJsonObject &r : w.emulator->requests()) {
            clients << field(r, u"client_id"_s);
            QVERIFY(field(r, u"username"_s).isEmpty());
        }
        // `login locked` above added one more request for APP-1.
        clients.sort();
        QCOMPARE(clients, (QStringList {u"APP-0"_s, u"APP-1"_s, u"APP-1"_s}));

        // The table: one line per identity, as given, the cause on each failing one.
        const CliRun table = cli(w, {u"check"_s, u"good"_s, u"locked"_s, u"asking"_s});
        QCOMPARE(table.exitCode, 5);
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("PROFILE"));
        QVERIFY(lines.at(1).startsWith("good ") && lines.at(1).contains(" ok "));
        QVERIFY(lines.at(2).startsWith("locked ")
                && lines.at(2).contains("Device account is locked"));
        QVERIFY(lines.at(3).startsWith("asking ") && lines.at(3).contains(" skipped "));
        QVERIFY(table.err.contains("1 of 3 identities work; 1 skipped"));
    }

    void expectedPoliciesMarkIdentities()
    {
        World &w = newWorld(1);
        addProfile(w, u"full"_s, u"APP-0"_s);
        addProfile(w, u"bare"_s, u"APP-BARE"_s);
        const CliRun run = cli(w,
                               {u"check"_s, u"--all"_s, u"--json"_s, u"--expect-policy"_s,
                                readMetadata, u"--expect-policy"_s, loginAsService});
        QCOMPARE(run.exitCode, 3);
        const QJsonArray results = jsonArray(run);
        QCOMPARE(byProfile(results, u"full"_s)[u"missing_policies"_s].toArray(), QJsonArray());
        const QJsonObject bare = byProfile(results, u"bare"_s);
        QCOMPARE(bare[u"ok"_s].toBool(), false);
        QCOMPARE(bare[u"error_kind"_s].toString(), u"missing_policy"_s);
        QCOMPARE(bare[u"missing_policies"_s].toArray(), QJsonArray {readMetadata});
        QVERIFY(bare[u"message"_s].toString().contains(u"Read Metadata"_s));
        QCOMPARE(bare[u"policy_count"_s].toInt(), 3);
        // Without the expectation both work.
        QCOMPARE(cli(w, {u"check"_s, u"--all"_s}).exitCode, 0);
    }

    void csvHasTheJsonColumnsAndQuotesWhatNeedsIt()
    {
        World &w = newWorld(1);
        const QString odd = u"ward \"3\", north"_s;
        addProfile(w, odd, u"APP-0"_s);
        addProfile(w, u"locked"_s, u"APP-0"_s, {}, u"DEV-LOCKED"_s);
        const CliRun json = cli(w, {u"check"_s, u"--all"_s, u"--json"_s, u"--fresh"_s});
        const CliRun csv = cli(w, {u"check"_s, u"--all"_s, u"--csv"_s, u"--fresh"_s});
        QCOMPARE(csv.exitCode, 3);
        QByteArray bytes = csv.out;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer, 64 * 1024);
        QStringList header;
        QVERIFY(reader.next(header));
        QCOMPARE(header,
                 (QStringList {u"profile"_s, u"ok"_s, u"exit_code"_s, u"error_kind"_s, u"message"_s,
                               u"expires_in"_s, u"policy_count"_s, u"missing_policies"_s,
                               u"device_authenticated"_s, u"signature"_s, u"latency_ms"_s}));
        QVERIFY(csv.out.startsWith(QByteArray(header.join(u',').toUtf8() + "\r\n")));
        QList<QStringList> rows;
        QStringList row;
        while (reader.next(row))
            rows << row;
        QVERIFY(reader.atEnd());
        QCOMPARE(rows.size(), 2);
        const QJsonArray results = jsonArray(json);
        for (const QStringList &r : std::as_const(rows)) {
            const QJsonObject same = byProfile(results, r.at(0));
            QVERIFY2(!same.isEmpty(), qPrintable(r.at(0)));
            QCOMPARE(r.at(1), same[u"ok"_s].toBool() ? u"true"_s : u"false"_s);
            QCOMPARE(r.at(2).toInt(), same[u"exit_code"_s].toInt());
            QCOMPARE(r.at(3), same[u"error_kind"_s].toString());
            QCOMPARE(r.at(4), same[u"message"_s].toString());
            QCOMPARE(r.at(9), same[u"signature"_s].toString());
        }
        QCOMPARE(rows.at(0).at(0), odd); // quotes and a comma survive
        QVERIFY(csv.out.contains("\"ward \"\"3\"\", north\""));
        QVERIFY(rows.at(1).at(4).contains(u", "_s)); // a message with commas, quoted
    }

    void tagsSelectProfilesWhereverNamesDo()
    {
        World &w = newWorld(3);
        addProfile(w, u"a"_s, u"APP-0"_s, {u"--tag"_s, u"ward-3"_s});
        addProfile(w, u"b"_s, u"APP-1"_s, {u"--tag"_s, u"ward-4"_s});
        addProfile(w, u"c"_s, u"APP-2"_s, {u"--tag"_s, u"ward-3"_s, u"--tag"_s, u"new"_s});

        const CliRun run = cli(w, {u"check"_s, u"--tag"_s, u"ward-3"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList checked;
        for (const QJsonValue &v : jsonArray(run))
            checked << v[u"profile"_s].toString();
        QCOMPARE(checked, (QStringList {u"a"_s, u"c"_s}));
        QStringList clients;
        for (const QJsonObject &r : w.emulator->requests())
            clients << field(r, u"client_id"_s);
        clients.sort();
        QCOMPARE(clients, (QStringList {u"APP-0"_s, u"APP-2"_s}));

        const CliRun list = cli(
            w,
            {u"profile"_s, u"list"_s, u"--tag"_s, u"new"_s, u"--tag"_s, u"ward-4"_s, u"--json"_s});
        QStringList listed;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
            listed << v[u"name"_s].toString();
        QCOMPARE(listed, (QStringList {u"b"_s, u"c"_s}));
        const CliRun table = cli(w, {u"profile"_s, u"list"_s, u"--tag"_s, u"ward-4"_s});
        QCOMPARE(table.out.count('\n'), 2); // the heading and b

        const CliRun exported = cli(w, {u"profile"_s, u"export"_s, u"--tag"_s, u"ward-3"_s});
        QCOMPARE(exported.exitCode, 0);
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(exported.out)[u"profiles"_s].toArray())
            names << v[u"name"_s].toString();
        QCOMPARE(names, (QStringList {u"a"_s, u"c"_s}));

        const CliRun none = cli(w, {u"check"_s, u"--tag"_s, u"nowhere"_s});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("no profile has the tag nowhere"));
        QCOMPARE(cli(w, {u"profile"_s, u"export"_s, u"--tag"_s, u"nowhere"_s}).exitCode, 2);
    }

    void usageIsCheckedBeforeAnythingIsSent()
    {
        World &w = newWorld(1);
        addProfile(w, u"a"_s, u"APP-0"_s);
        const QList<QStringList> wrong {
            {u"check"_s},
            {u"check"_s, u"a"_s, u"--all"_s},
            {u"check"_s, u"--all"_s, u"--tag"_s, u"x"_s},
            {u"check"_s, u"--all"_s, u"--json"_s, u"--csv"_s},
            {u"check"_s, u"--all"_s, u"--jobs"_s, u"33"_s},
            {u"check"_s, u"--all"_s, u"--jobs"_s, u"0"_s},
            {u"check"_s, u"--all"_s, u"--rate"_s, u"fast"_s},
            {u"check"_s, u"--all"_s, u"--expect-policy"_s, u""_s},
            {u"check"_s, u"--all"_s, u"--facility"_s, u"nowhere"_s},
            {u"check"_s, u"a"_s, u"missing"_s},
        };
        for (const QStringList &args : wrong) {
            const CliRun run = cli(w, args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + run.describe()));
            QVERIFY(run.out.isEmpty() || args.contains(u"--json"_s));
        }
        QCOMPARE(w.emulator->requests(false).size(), 0);
        // With --json a refusal is JSON too.
        const CliRun json = cli(w, {u"check"_s, u"a"_s, u"missing"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out)[u"error"_s][u"kind"_s].toString(), u"config"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
