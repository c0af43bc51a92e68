// SPDX-License-Identifier: Apache-2.0
// The CLI as a user runs it: a real process, real HTTP to the emulator on 127.0.0.1, secrets in
// the real keychain. Every test also checks that no secret and no stray token leaked anywhere.
#include "secretstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace Qt::StringLiterals;
using namespace sdsm::test;

namespace {

const QString loginPolicy = u"1.3.6.1.4.1.33349.3.1.5.9.2.1"_s;
const QString loginAsService = u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0"_s;
const QString clientCredentials = u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"_s;
const QString clientCredentialsNoDevice = u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1.0"_s;
const QString readMetadata = u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0"_s;

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// One emulator, one sandbox, fresh canary credentials.
struct World
{
    Sandbox sandbox;
    QTemporaryDir
        serverFiles; // the emulator's identities hold secrets: keep them out of the sandbox
    QString appSecret = canary(u"app"_s);
    QString appOnlySecret = canary(u"apponly"_s);
    QString deviceSecret = canary(u"dev"_s);
    std::unique_ptr<Emulator> emulator;

    void start(const QStringList &args = {}, bool nodeless = true,
               const QString &appSecretOverride = {})
    {
        if (!appSecretOverride.isEmpty())
            appSecret = appSecretOverride;
        const QJsonObject identities {
            {u"allow_nodeless_client_auth"_s, nodeless},
            {u"applications"_s,
             QJsonArray {
                 QJsonObject {
                     {u"client_id"_s, u"APP"_s},
                     {u"secret"_s, appSecret},
                     {u"policies"_s,
                      QJsonArray {loginPolicy, loginAsService, clientCredentials, readMetadata}}},
                 QJsonObject {{u"client_id"_s, u"APPONLY"_s},
                              {u"secret"_s, appOnlySecret},
                              {u"policies"_s,
                               QJsonArray {loginPolicy, loginAsService, clientCredentials,
                                           clientCredentialsNoDevice, readMetadata}}},
             }},
            {u"devices"_s,
             QJsonArray {
                 QJsonObject {
                     {u"device_id"_s, u"DEV"_s},
                     {u"secret"_s, deviceSecret},
                     {u"policies"_s,
                      QJsonArray {loginPolicy, loginAsService, clientCredentials, readMetadata}}},
                 QJsonObject {{u"device_id"_s, u"LOCKED"_s},
                              {u"secret"_s, deviceSecret},
                              {u"locked"_s, true},
                              {u"policies"_s, QJsonArray {clientCredentials}}},
             }},
        };
        QFile file(serverFiles.filePath(u"identities.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(identities).toJson());
        file.close();
        emulator =
            std::make_unique<Emulator>(QStringList {u"--identities"_s, file.fileName()} + args);
        QVERIFY2(emulator->started(), "the emulator did not report its port");
    }
};

} // namespace

class TestCli : public QObject
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

    CliRun cli(World &w, const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = {})
    {
        m_secrets << w.appSecret << w.appOnlySecret << w.deviceSecret;
        m_secrets.removeDuplicates();
        const QStringList full = QStringList {u"--config"_s, w.sandbox.configFile()} + args;
        CliRun run = runCli(w.sandbox, full, input, env);
        m_runs.append({args, run});
        return run;
    }

    // Adds a profile pointing at the world's emulator and stores its secrets.
    void addProfile(World &w, const QString &name, const QStringList &options,
                    const QStringList &secrets = {u"client"_s, u"device"_s})
    {
        const CliRun add = cli(
            w,
            QStringList {u"profile"_s, u"add"_s, name, u"--server"_s, w.emulator->url()} + options);
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        for (const QString &kind : secrets) {
            const QString value = kind == u"client"_s
                ? (options.contains(u"APPONLY"_s) ? w.appOnlySecret : w.appSecret)
                : w.deviceSecret;
            const CliRun set = cli(w, {u"secret"_s, u"set"_s, name, kind}, value.toUtf8() + '\n');
            QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        }
        const CliRun show = cli(w, {u"profile"_s, u"show"_s, name, u"--json"_s});
        m_profiles << QUuid::fromString(parse(show.out).value(u"uuid"_s).toString());
    }

    QJsonObject readSessionEntry(const QUuid &uuid)
    {
        sdsm::KeychainSecretStore store;
        const auto entry = sdsm::test::await(store.read(uuid, sdsm::SecretKind::Session));
        return entry && entry->ok() && entry->value() ? parse(entry->value()->toUtf8())
                                                      : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() { SDSM_REQUIRE_KEYRING(); }

    void init()
    {
        m_runs.clear();
        m_secrets.clear();
        m_profiles.clear();
    }

    // After every test: no secret in any encoding in any output or file; tokens only on the
    // stdout of the four commands that print one.
    void cleanup()
    {
        QStringList tokens;
        QStringList idAndRefresh;
        for (const QUuid &uuid : std::as_const(m_profiles)) {
            const QJsonObject entry = readSessionEntry(uuid);
            if (!entry.value(u"access_token"_s).toString().isEmpty())
                tokens << entry.value(u"access_token"_s).toString();
            for (const QString &k : {u"id_token"_s, u"refresh_token"_s}) {
                if (entry.value(k).toString().size() > 8)
                    idAndRefresh << entry.value(k).toString();
            }
        }
        for (const Recorded &r : std::as_const(m_runs)) {
            const QString cmd = r.args.join(u' ');
            const QString command = r.args.value(0);
            const bool printsToken = command == u"token"_s || command == u"header"_s
                || command == u"curl"_s || (command == u"login"_s && r.args.contains(u"--json"_s));
            for (int i = 0; i < m_secrets.size(); ++i) {
                QVERIFY2(findLeak(r.run.out, m_secrets.at(i)) < 0,
                         qPrintable(u"secret %1 leaked on stdout of `%2`"_s.arg(i).arg(cmd)));
                QVERIFY2(findLeak(r.run.err, m_secrets.at(i)) < 0,
                         qPrintable(u"secret %1 leaked on stderr of `%2`"_s.arg(i).arg(cmd)));
            }
            for (const QString &t : std::as_const(tokens)) {
                QVERIFY2(!r.run.err.contains(t.toUtf8()),
                         qPrintable(u"access token on stderr of `%1`"_s.arg(cmd)));
                if (!printsToken)
                    QVERIFY2(!r.run.out.contains(t.toUtf8()),
                             qPrintable(u"access token on stdout of `%1`"_s.arg(cmd)));
            }
            for (const QString &t : std::as_const(idAndRefresh)) {
                QVERIFY2(!r.run.out.contains(t.toUtf8()) && !r.run.err.contains(t.toUtf8()),
                         qPrintable(u"id or refresh token printed by `%1`"_s.arg(cmd)));
            }
        }
    }

    void v3SendsDeviceBasicAndRemembersClientSecretFallback()
    {
        World w;
        w.start({u"--santedb-version"_s, u"3"_s});
        addProfile(w, u"p"_s,
                   {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s, u"--santedb-version"_s,
                    u"3"_s});

        const CliRun header = cli(w, {u"header"_s, u"p"_s});
        QVERIFY2(header.exitCode == 0, qPrintable(header.describe()));
        QVERIFY(header.out.startsWith("Authorization: Bearer "));
        QVERIFY(header.err.contains("client secret not checked"));

        // santedb-auth.md §4.1: device Basic + client_secret is refused as a format problem;
        // the second request leaves the secret out.
        const auto requests = w.emulator->requests();
        QCOMPARE(requests.size(), 2);
        const QByteArray basic = "Basic " + (u"DEV:"_s + w.deviceSecret).toUtf8().toBase64();
        for (const QJsonObject &r : requests) {
            QVERIFY(requestHeader(r, u"Authorization"_s).toUtf8() == basic);
            QVERIFY(!hasRequestHeader(r, u"X-Device-Authorization"_s));
            QCOMPARE(requestHeader(r, u"Content-Type"_s), u"application/x-www-form-urlencoded"_s);
        }
        QVERIFY(requests.at(0).value(u"body"_s).toString().contains(u"client_secret="_s));
        QCOMPARE(requests.at(1).value(u"body"_s).toString(),
                 u"grant_type=client_credentials&scope=%2A&client_id=APP"_s);

        // Remembered: the next fresh session needs one request, without the secret.
        const CliRun login = cli(w, {u"login"_s, u"p"_s, u"--fresh"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        QCOMPARE(w.emulator->requests().size(), 3);
        const QJsonObject result = parse(login.out);
        QCOMPARE(result.value(u"santedb_version"_s).toInt(), 3);
        QCOMPARE(result.value(u"device_authenticated"_s).toBool(), true);
        QCOMPARE(result.value(u"client_secret_checked"_s).toBool(), false);
        // The emulator's 3.x id_token is HS256 with its published "default" key.
        QCOMPARE(result.value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(result.value(u"signature_key"_s).toString(), u"jwks:default"_s);
        QCOMPARE(result.value(u"obtained_by"_s).toString(), u"client_credentials"_s);
        QCOMPARE(result.value(u"warnings"_s).toArray().size(), 0);
        QCOMPARE(result.value(u"cached"_s).toBool(), false);
        QCOMPARE(result.value(u"has_refresh_token"_s).toBool(), false);
        QVERIFY(result.value(u"expires_in"_s).toInt() > 3500);
        QVERIFY(result.value(u"expires_in"_s).toInt() <= 3600);
        QVERIFY(!result.value(u"policies"_s).toArray().isEmpty());
        QVERIFY(result.value(u"claims"_s).toObject().contains(u"urn:santedb:org:claim:devid"_s));
        for (const QString &key : {u"profile"_s, u"token_type"_s, u"access_token"_s,
                                   u"expires_at"_s, u"expiry_source"_s, u"subject"_s, u"name"_s}) {
            QVERIFY2(result.contains(key), qPrintable(key));
        }
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s)
                    .match(result.value(u"expires_at"_s).toString())
                    .hasMatch());
    }

    void v2SendsXDeviceAuthorizationAndReadsMilliseconds()
    {
        World w;
        w.start({u"--santedb-version"_s, u"2"_s, u"--session-seconds"_s, u"1800"_s});
        addProfile(w, u"p2"_s,
                   {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s, u"--santedb-version"_s,
                    u"2"_s});
        const CliRun login = cli(w, {u"login"_s, u"p2"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const auto requests = w.emulator->requests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject r = requests.first();
        QVERIFY(requestHeader(r, u"X-Device-Authorization"_s).toUtf8()
                == "BASIC " + (u"DEV:"_s + w.deviceSecret).toUtf8().toBase64());
        QVERIFY(!hasRequestHeader(r, u"Authorization"_s));
        const QByteArray expectedBody =
            "grant_type=client_credentials&scope=%2A&client_id=APP&client_secret="
            + QUrl::toPercentEncoding(w.appSecret);
        QVERIFY(r.value(u"body"_s).toString().toUtf8() == expectedBody);

        const QJsonObject result = parse(login.out);
        QCOMPARE(result.value(u"santedb_version"_s).toInt(), 2);
        // 1 799 984 ms is 30 minutes, not 20 days (the seed page's example).
        QVERIFY(result.value(u"expires_in"_s).toInt() > 1790);
        QVERIFY(result.value(u"expires_in"_s).toInt() <= 1800);
        QCOMPARE(result.value(u"client_secret_checked"_s).toBool(), true);
        QCOMPARE(result.value(u"device_authenticated"_s).toBool(), true);
        QCOMPARE(result.value(u"has_refresh_token"_s).toBool(), true);
    }

    void autoDetectsV2OnceAndSendsTheRightFormNextTime()
    {
        World w;
        w.start({u"--santedb-version"_s, u"2"_s});
        addProfile(w, u"a"_s, {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s});
        const CliRun first = cli(w, {u"login"_s, u"a"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        auto requests = w.emulator->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(hasRequestHeader(requests.at(0), u"Authorization"_s));
        QVERIFY(hasRequestHeader(requests.at(1), u"X-Device-Authorization"_s));

        const QJsonObject shown = parse(cli(w, {u"profile"_s, u"show"_s, u"a"_s, u"--json"_s}).out);
        QCOMPARE(shown.value(u"santedb_version"_s).toString(), u"auto"_s);
        QCOMPARE(shown.value(u"detected_version"_s).toInt(), 2);

        const CliRun again = cli(w, {u"login"_s, u"a"_s, u"--fresh"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        requests = w.emulator->requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(hasRequestHeader(requests.at(2), u"X-Device-Authorization"_s));

        // Editing the version setting forgets what was detected.
        QCOMPARE(
            cli(w, {u"profile"_s, u"edit"_s, u"a"_s, u"--santedb-version"_s, u"auto"_s}).exitCode,
            0);
        const QJsonObject edited =
            parse(cli(w, {u"profile"_s, u"show"_s, u"a"_s, u"--json"_s}).out);
        QVERIFY(edited.value(u"detected_version"_s).isNull());
    }

    void autoOnV3DetectsV3()
    {
        World w;
        w.start({u"--santedb-version"_s, u"3"_s});
        addProfile(w, u"a3"_s, {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s},
                   {u"device"_s});
        const CliRun login = cli(w, {u"login"_s, u"a3"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        QCOMPARE(w.emulator->requests().size(), 1);
        QCOMPARE(parse(login.out).value(u"santedb_version"_s).toInt(), 3);
        const QJsonObject shown =
            parse(cli(w, {u"profile"_s, u"show"_s, u"a3"_s, u"--json"_s}).out);
        QCOMPARE(shown.value(u"detected_version"_s).toInt(), 3);
        QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"client"_s).toBool(), false);
        QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"device"_s).toBool(), true);
        QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"session"_s).toBool(), true);
    }

    void warnsWhenTheServerIgnoredTheDevice()
    {
        // A 2.x-form request to a 3.x server that allows app-only sessions: the device header is
        // ignored and the administrator must be told.
        World w;
        w.start({u"--santedb-version"_s, u"3"_s});
        addProfile(w, u"wrongversion"_s,
                   {u"--client-id"_s, u"APPONLY"_s, u"--device-id"_s, u"DEV"_s,
                    u"--santedb-version"_s, u"2"_s});
        const CliRun login = cli(w, {u"login"_s, u"wrongversion"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        QCOMPARE(parse(login.out).value(u"device_authenticated"_s).toBool(), false);
        QVERIFY(login.err.contains("did not authenticate device DEV"));
    }

    void specialCharactersInSecretsReachTheServerUnchanged()
    {
        World w;
        w.start({u"--santedb-version"_s, u"2"_s}, true, u"$ & + = % / : é "_s + canary(u"x"_s));
        addProfile(w, u"chars"_s,
                   {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s, u"--santedb-version"_s,
                    u"2"_s});
        const CliRun login = cli(w, {u"login"_s, u"chars"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QString body = w.emulator->requests().first().value(u"body"_s).toString();
        QVERIFY(
            body.contains(u"client_secret=%24%20%26%20%2B%20%3D%20%25%20%2F%20%3A%20%C3%A9%20"_s));
    }

    void oauthErrorsExitThreeWithAPlainCause_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("wrongSecret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("3.x wrong client secret")
            << u"3"_s << QStringList {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}
            << u"client"_s << 401
            << u"wrong client secret, wrong device secret or a locked identity"_s;
        QTest::newRow("3.x wrong device secret")
            << u"3"_s << QStringList {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s}
            << u"device"_s << 401
            << u"wrong client secret, wrong device secret or a locked identity"_s;
        QTest::newRow("3.x locked device")
            << u"3"_s << QStringList {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"LOCKED"_s}
            << QString() << 401 << u"locked identity"_s;
        QTest::newRow("3.x app-only without the policy")
            << u"3"_s << QStringList {u"--client-id"_s, u"APP"_s, u"--no-device"_s} << QString()
            << 403 << u"a policy denies this"_s;
        QTest::newRow("2.x wrong client secret")
            << u"2"_s << QStringList {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s}
            << u"client"_s << 400 << u"(invalid_grant, HTTP 400)"_s;
    }

    void oauthErrorsExitThreeWithAPlainCause()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, options);
        QFETCH(QString, wrongSecret);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        World w;
        w.start({u"--santedb-version"_s, version});
        const bool device = options.contains(u"--device-id"_s);
        addProfile(w, u"e"_s, options + QStringList {u"--santedb-version"_s, version},
                   device ? QStringList {u"client"_s, u"device"_s} : QStringList {u"client"_s});
        if (!wrongSecret.isEmpty())
            QCOMPARE(
                cli(w, {u"secret"_s, u"set"_s, u"e"_s, wrongSecret}, canary(u"wrong"_s).toUtf8())
                    .exitCode,
                0);
        const int before = int(w.emulator->requests().size());
        const CliRun login = cli(w, {u"login"_s, u"e"_s, u"--json"_s});
        QCOMPARE(login.exitCode, 3);
        QVERIFY2(login.err.contains(fragment.toUtf8()), login.err.constData());
        QVERIFY(login.err.contains("the server refused the credentials"));
        const QJsonObject error = parse(login.out).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"oauth"_s);
        QCOMPARE(error.value(u"exit_code"_s).toInt(), 3);
        QCOMPARE(error.value(u"http_status"_s).toInt(), status);
        QVERIFY(!error.value(u"server_error"_s).toString().isEmpty());
        // A credential failure is never retried: SanteDB locks identities out.
        const int sent = int(w.emulator->requests().size()) - before;
        QVERIFY2(sent == 1 || (sent == 2 && version == u"3"_s && device),
                 qPrintable(u"%1 requests"_s.arg(sent)));
        const QJsonObject shown = parse(cli(w, {u"profile"_s, u"show"_s, u"e"_s, u"--json"_s}).out);
        QCOMPARE(shown.value(u"last"_s).toObject().value(u"result"_s).toString(), u"oauth"_s);
    }

    void serverFaultsExitFour_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("html-500") << u"html-500"_s << u"login"_s << 4 << u"HTTP 500"_s;
        QTest::newRow("truncated-json")
            << u"truncated-json"_s << u"login"_s << 4 << u"closed the connection"_s;
        QTest::newRow("huge-body") << u"huge-body"_s << u"login"_s << 4 << u"1 MiB"_s;
        QTest::newRow("redirect") << u"redirect"_s << u"login"_s << 4 << u"127.0.0.2"_s;
        QTest::newRow("wrong-content-type")
            << u"wrong-content-type"_s << u"login"_s << 4 << u"text/html"_s;
        QTest::newRow("no-access-token")
            << u"no-access-token"_s << u"login"_s << 4 << u"access_token"_s;
        QTest::newRow("token-type-mac header")
            << u"token-type-mac"_s << u"header"_s << 4 << u"\"mac\""_s;
        QTest::newRow("token-type-mac token")
            << u"token-type-mac"_s << u"token"_s << 0 << u"\"mac\""_s;
        QTest::newRow("echo-credentials")
            << u"echo-credentials"_s << u"login"_s << 3 << u"[redacted]"_s;
    }

    void serverFaultsExitFour()
    {
        QFETCH(QString, fault);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, fragment);
        World w;
        w.start({u"--santedb-version"_s, u"2"_s, u"--fault"_s, fault});
        addProfile(w, u"f"_s,
                   {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s, u"--santedb-version"_s,
                    u"2"_s});
        const CliRun run = cli(w, {command, u"f"_s});
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(fragment.toUtf8()), run.err.constData());
        QCOMPARE(w.emulator->requests().size(), 1);
    }

    void timeoutIsATotalDeadline()
    {
        World w;
        w.start({u"--santedb-version"_s, u"3"_s, u"--fault"_s, u"hang"_s});
        addProfile(w, u"h"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        const CliRun run = cli(w, {u"login"_s, u"h"_s, u"--timeout"_s, u"1"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("within 1 s"), run.err.constData());

        // slow-drip keeps sending bytes, which an inactivity timeout would never stop.
        World drip;
        drip.start({u"--santedb-version"_s, u"3"_s, u"--fault"_s, u"slow-drip"_s});
        addProfile(drip, u"d"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        const CliRun slow = cli(drip, {u"--timeout"_s, u"2"_s, u"login"_s, u"d"_s});
        QCOMPARE(slow.exitCode, 4);
        QVERIFY2(slow.err.contains("within 2 s"), slow.err.constData());
    }

    void interruptExits130()
    {
#ifndef Q_OS_UNIX
        QSKIP("signals are a POSIX matter");
#endif
        World w;
        w.start({u"--fault"_s, u"hang"_s});
        addProfile(w, u"i"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        QProcess process;
        process.setProcessEnvironment(w.sandbox.environment());
        process.start(QStringLiteral(SDSM_CLI_PATH),
                      {u"--config"_s, w.sandbox.configFile(), u"login"_s, u"i"_s});
        QVERIFY(process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(w.emulator->requests().size(), 1, 20000);
#ifdef Q_OS_UNIX
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
#endif
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardError().contains("interrupted"));
    }

    void loopbackNeverUsesAProxy()
    {
        World w;
        w.start();
        addProfile(w, u"px"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        // A proxy that refuses everything: the request only succeeds because it is bypassed.
        QProcessEnvironment env = w.sandbox.environment();
        env.insert(u"http_proxy"_s, u"http://127.0.0.1:1"_s);
        env.insert(u"HTTP_PROXY"_s, u"http://127.0.0.1:1"_s);
        const CliRun run = cli(w, {u"token"_s, u"px"_s}, {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(cli(w, {u"token"_s, u"px"_s, u"--fresh"_s, u"--no-proxy"_s}, {}, env).exitCode, 0);
        QCOMPARE(w.emulator->requests().size(), 2);
    }

    void connectionRefusedExitsFour()
    {
        World w;
        w.start();
        addProfile(w, u"r"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        QCOMPARE(cli(w, {u"profile"_s, u"edit"_s, u"r"_s, u"--server"_s, u"http://127.0.0.1:1"_s})
                     .exitCode,
                 0);
        const CliRun run = cli(w, {u"login"_s, u"r"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("refused"), run.err.constData());
    }

    void cachedSessionIsReusedOnlyWhileValid_data()
    {
        QTest::addColumn<int>("sessionSeconds");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("3600 s: second command uses the cache") << 3600 << 1;
        QTest::newRow("50 s: below --min-valid, each command asks") << 50 << 2;
    }

    void cachedSessionIsReusedOnlyWhileValid()
    {
        QFETCH(int, sessionSeconds);
        QFETCH(int, expectedRequests);
        World w;
        w.start({u"--santedb-version"_s, u"3"_s, u"--session-seconds"_s,
                 QString::number(sessionSeconds)});
        addProfile(w, u"c"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        const CliRun first = cli(w, {u"token"_s, u"c"_s});
        QCOMPARE(first.exitCode, 0);
        const CliRun second = cli(w, {u"login"_s, u"c"_s, u"--json"_s});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(int(w.emulator->requests().size()), expectedRequests);
        QCOMPARE(parse(second.out).value(u"cached"_s).toBool(), expectedRequests == 1);
        if (expectedRequests == 1)
            QVERIFY(parse(second.out).value(u"access_token"_s).toString().toUtf8()
                    == first.out.trimmed());

        // --fresh always asks; a credential change discards the cache.
        QCOMPARE(cli(w, {u"token"_s, u"c"_s, u"--fresh"_s}).exitCode, 0);
        QCOMPARE(int(w.emulator->requests().size()), expectedRequests + 1);
        QCOMPARE(
            cli(w, {u"secret"_s, u"set"_s, u"c"_s, u"client"_s}, w.appOnlySecret.toUtf8()).exitCode,
            0);
        QCOMPARE(cli(w, {u"token"_s, u"c"_s}).exitCode, 0);
        QCOMPARE(int(w.emulator->requests().size()), expectedRequests + 2);
    }

    void curlAndHeaderOutput()
    {
        World w;
        w.start();
        addProfile(w, u"k"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        const CliRun token = cli(w, {u"token"_s, u"k"_s});
        QCOMPARE(token.exitCode, 0);
        const QByteArray t = token.out.trimmed();
        QCOMPARE(token.out.count('\n'), 1);
        const CliRun header = cli(w, {u"header"_s, u"k"_s});
        QVERIFY(header.out == "Authorization: Bearer " + t + "\n");
        const CliRun curl = cli(w, {u"curl"_s, u"k"_s, u"/hdsi/Patient?_count=1"_s});
        QCOMPARE(curl.exitCode, 0);
        QVERIFY(curl.out
                == "curl '-H' 'Authorization: Bearer " + t + "' '" + w.emulator->url().toUtf8()
                    + "/hdsi/Patient?_count=1'\n");
        const CliRun session = cli(w, {u"curl"_s, u"k"_s});
        QVERIFY(session.out.endsWith("/auth/session'\n"));
        const CliRun elsewhere = cli(w, {u"curl"_s, u"k"_s, u"http://127.0.0.9:8080/x"_s});
        QCOMPARE(elsewhere.exitCode, 2);
        QVERIFY(elsewhere.out.isEmpty());
        QCOMPARE(
            cli(w, {u"curl"_s, u"k"_s, u"http://127.0.0.9:8080/x"_s, u"--any-origin"_s}).exitCode,
            0);

        // The curl line works as printed: run it through a POSIX shell against the emulator.
        QProcess sh;
        sh.start(
            u"sh"_s,
            {u"-c"_s,
             QString::fromUtf8(session.out.trimmed()) + u" -s -o /dev/null -w '%{http_code}'"_s});
        QVERIFY(sh.waitForFinished(30000));
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("200"));
    }

    void decodeReadsStdinAndExplainsOpaqueTokens()
    {
        World w;
        w.start();
        addProfile(w, u"j"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {u"client"_s});
        const CliRun token = cli(w, {u"token"_s, u"j"_s});
        const CliRun opaque = cli(w, {u"decode"_s}, "Authorization: Bearer " + token.out);
        QCOMPARE(opaque.exitCode, 2);
        QVERIFY2(opaque.err.contains("opaque 3.x access token"), opaque.err.constData());

        const QJsonObject entry = readSessionEntry(m_profiles.first());
        const CliRun decoded = cli(w, {u"decode"_s, u"-"_s, u"--json"_s},
                                   "Bearer " + entry.value(u"id_token"_s).toString().toUtf8());
        QCOMPARE(decoded.exitCode, 0);
        const QJsonObject d = parse(decoded.out);
        QCOMPARE(d.value(u"signature"_s).toString(), u"not_verified"_s);
        QCOMPARE(d.value(u"claims"_s).toObject().value(u"name"_s).toString(), u"APPONLY"_s);
        QVERIFY(!d.value(u"policies"_s).toArray().isEmpty());

        const CliRun garbage = cli(w, {u"decode"_s, u"not.a.jwt"_s});
        QCOMPARE(garbage.exitCode, 2);
    }

    void secretSetRefusesBadValues_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fragment");
        const QStringList device {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s};
        QTest::newRow("empty") << device << u"client"_s << QByteArray("\n") << u"empty"_s;
        QTest::newRow("control character") << device << u"client"_s
                                           << QByteArray("ab\x01"
                                                         "cd")
                                           << u"control"_s;
        QTest::newRow("zero-width space") << device << u"client"_s
                                          << QByteArray("ab\xe2\x80\x8b"
                                                        "cd")
                                          << u"invisible formatting character"_s;
        QTest::newRow("unused kind") << QStringList {u"--client-id"_s, u"APP"_s, u"--no-device"_s}
                                     << u"device"_s << QByteArray("secret") << u"does not use"_s;
        QTest::newRow("colon in 3.x device secret")
            << device << u"device"_s << QByteArray("a:b-secret") << u":"_s;
        QTest::newRow("session by hand") << device << u"session"_s << QByteArray("{}")
                                         << u"client, device, cert-password or password"_s;
        QTest::newRow("too long") << device << u"client"_s << QByteArray(70 * 1024, 'a')
                                  << u"more than"_s;
    }

    void secretSetRefusesBadValues()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, kind);
        QFETCH(QByteArray, input);
        QFETCH(QString, fragment);
        World w;
        w.start();
        addProfile(w, u"s"_s, options, {});
        const CliRun run = cli(w, {u"secret"_s, u"set"_s, u"s"_s, kind}, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(fragment.toUtf8()), run.err.constData());
        const QJsonObject shown = parse(cli(w, {u"profile"_s, u"show"_s, u"s"_s, u"--json"_s}).out);
        QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"client"_s).toBool(), false);
    }

    void secretSetOnATerminalPromptsTwiceWithoutEcho()
    {
        // script(1) gives the CLI a real terminal; what is typed must not be echoed back.
        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            QSKIP("script(1) from util-linux is needed to provide a terminal");
        World w;
        w.start();
        addProfile(w, u"tty"_s, {u"--client-id"_s, u"APPONLY"_s, u"--no-device"_s}, {});
        // Types each line only once its prompt is on the screen, as a person would.
        auto typed = [&](const QByteArray &first, const QByteArray &second) {
            const QString command = QStringList {QStringLiteral(SDSM_CLI_PATH),
                                                 u"--config"_s,
                                                 w.sandbox.configFile(),
                                                 u"secret"_s,
                                                 u"set"_s,
                                                 u"tty"_s,
                                                 u"client"_s}
                                        .join(u' ');
            QProcess process;
            process.setProcessEnvironment(w.sandbox.environment());
            process.start(script, {u"-qec"_s, command, u"/dev/null"_s});
            process.waitForStarted();
            QByteArray screen;
            auto answer = [&](const QByteArray &prompt, const QByteArray &line) {
                while (!screen.contains(prompt) && process.waitForReadyRead(10000))
                    screen += process.readAllStandardOutput();
                process.write(line + '\n');
            };
            answer("client secret: ", first);
            answer("again: ", second);
            process.waitForFinished(30000);
            screen += process.readAllStandardOutput();
            return std::make_pair(process.exitCode(), screen);
        };
        const auto [mismatchCode, mismatchOut] = typed(w.appOnlySecret.toUtf8(), "something else");
        QCOMPARE(mismatchCode, 2);
        QVERIFY(mismatchOut.contains("differ"));
        const auto [code, out] = typed(w.appOnlySecret.toUtf8(), w.appOnlySecret.toUtf8());
        QCOMPARE(code, 0);
        QVERIFY(out.contains("stored the client secret"));
        QVERIFY2(findLeak(out, w.appOnlySecret) < 0, "the typed secret was echoed");
        QCOMPARE(cli(w, {u"token"_s, u"tty"_s}).exitCode, 0); // the stored secret works
    }

    void missingSecretAndPlainHttpAreRefusedBeforeConnecting()
    {
        World w;
        w.start();
        addProfile(w, u"m"_s, {u"--client-id"_s, u"APP"_s, u"--no-device"_s}, {});
        const CliRun missing = cli(w, {u"login"_s, u"m"_s});
        QCOMPARE(missing.exitCode, 5);
        QVERIFY2(missing.err.contains("no client secret stored for profile \"m\" — run "
                                      "`santedb-session secret set m client`"),
                 missing.err.constData());
        // Scripts get the remedy as data, not as a sentence to parse.
        const CliRun missingJson = cli(w, {u"login"_s, u"m"_s, u"--json"_s});
        const QJsonObject remedy =
            QJsonDocument::fromJson(missingJson.out).object()[u"error"_s][u"remedy"_s].toObject();
        QCOMPARE(remedy[u"action"_s].toString(), u"set_secret"_s);
        QCOMPARE(remedy[u"argument"_s].toString(), u"client"_s);

        const CliRun http =
            cli(w,
                {u"profile"_s, u"add"_s, u"far"_s, u"--server"_s, u"http://10.1.2.3:8080"_s,
                 u"--client-id"_s, u"APP"_s, u"--no-device"_s});
        QCOMPARE(http.exitCode, 2);
        QVERIFY2(http.err.contains("sends credentials unencrypted")
                     && http.err.contains("use `--allow-http`"),
                 http.err.constData());
        QCOMPARE(w.emulator->requests().size(), 0);

        const CliRun colon = cli(w,
                                 {u"profile"_s, u"add"_s, u"c"_s, u"--server"_s, w.emulator->url(),
                                  u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"A:B"_s});
        QCOMPARE(colon.exitCode, 2);
        const CliRun two =
            cli(w,
                {u"profile"_s, u"add"_s, u"c"_s, u"--server"_s, w.emulator->url(), u"--client-id"_s,
                 u"APP"_s, u"--device-id"_s, u"A"_s, u"--no-device"_s});
        QCOMPARE(two.exitCode, 2);
    }

    void profileFileProblems()
    {
        World w;
        w.start();
        QDir().mkpath(QFileInfo(w.sandbox.configFile()).path());
        QFile file(w.sandbox.configFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1, \"profiles\": [");
        file.close();
        const CliRun list = cli(w, {u"profile"_s, u"list"_s});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(w.sandbox.configFile().toUtf8()), list.err.constData());
        const CliRun add = cli(w,
                               {u"profile"_s, u"add"_s, u"x"_s, u"--server"_s, w.emulator->url(),
                                u"--client-id"_s, u"APP"_s, u"--no-device"_s});
        QCOMPARE(add.exitCode, 2);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"schema\": 1, \"profiles\": ["));
        file.close();
        // Commands that do not need the file still run.
        QCOMPARE(cli(w, {u"decode"_s, u"--help"_s}).exitCode, 0);

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 99, \"profiles\": []}");
        file.close();
        const CliRun newer = cli(w, {u"profile"_s, u"list"_s});
        QCOMPARE(newer.exitCode, 0);
        QVERIFY(newer.err.contains("newer"));
        const CliRun write = cli(w,
                                 {u"profile"_s, u"add"_s, u"x"_s, u"--server"_s, w.emulator->url(),
                                  u"--client-id"_s, u"APP"_s, u"--no-device"_s});
        QCOMPARE(write.exitCode, 2);
    }

    void exportImportAndRemove()
    {
        World w;
        w.start();
        addProfile(
            w, u"one"_s,
            {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s, u"--note"_s, u"first"_s});
        QCOMPARE(cli(w, {u"login"_s, u"one"_s}).exitCode, 0);
        const CliRun exported = cli(w, {u"profile"_s, u"export"_s});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject document = parse(exported.out);
        QCOMPARE(document.value(u"profiles"_s).toArray().size(), 1);

        const CliRun duplicate = cli(w, {u"profile"_s, u"import"_s, u"-"_s}, exported.out);
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY(duplicate.err.contains("already exists"));

        World other;
        other.start();
        const CliRun imported = cli(other, {u"profile"_s, u"import"_s, u"-"_s}, exported.out);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonArray list =
            QJsonDocument::fromJson(cli(other, {u"profile"_s, u"list"_s, u"--json"_s}).out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"note"_s).toString(), u"first"_s);
        QVERIFY(list.first().toObject().value(u"uuid"_s)
                != document.value(u"profiles"_s).toArray().first().toObject().value(u"uuid"_s));

        const QUuid uuid = m_profiles.first();
        const CliRun removed = cli(w, {u"profile"_s, u"remove"_s, u"one"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY(removed.out.contains("3 keychain entries"));
        QVERIFY(readSessionEntry(uuid).isEmpty());
        QCOMPARE(cli(w, {u"profile"_s, u"show"_s, u"one"_s}).exitCode, 2);
        m_profiles.clear();

        const CliRun clearAbsent = cli(other, {u"secret"_s, u"clear"_s, u"one"_s, u"client"_s});
        QCOMPARE(clearAbsent.exitCode, 0);
        QVERIFY(clearAbsent.out.contains("nothing to clear"));
    }

    void filesHoldNoSecretOrToken()
    {
        World w;
        w.start();
        addProfile(w, u"files"_s, {u"--client-id"_s, u"APP"_s, u"--device-id"_s, u"DEV"_s});
        const CliRun token = cli(w, {u"token"_s, u"files"_s});
        QCOMPARE(token.exitCode, 0);
        const QByteArray files = w.sandbox.allFileBytes();
        for (const QString &s : {w.appSecret, w.deviceSecret})
            QVERIFY2(findLeak(files, s) < 0, "a secret was written to a file");
        QVERIFY2(!files.contains(token.out.trimmed()), "the access token was written to a file");
        QVERIFY(QFile::exists(w.sandbox.path(u"state/santedb-session-manager/history.jsonl"_s)));
        QCOMPARE(QFileInfo(w.sandbox.configFile()).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void usageErrors()
    {
        World w;
        w.start();
        QCOMPARE(cli(w, {u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli(w, {u"login"_s}).exitCode, 2);
        QCOMPARE(cli(w, {u"login"_s, u"x"_s, u"--bogus"_s}).exitCode, 2);
        QCOMPARE(cli(w, {u"login"_s, u"x"_s, u"--timeout"_s, u"zero"_s}).exitCode, 2);
        const CliRun help = cli(w, {u"profile"_s, u"add"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--device-cert"));
        QVERIFY(cli(w, {u"--version"_s}).out.startsWith("santedb-session "));
        const CliRun badJson = cli(w, {u"login"_s, u"--json"_s});
        QCOMPARE(badJson.exitCode, 2);
        QCOMPARE(parse(badJson.out).value(u"error"_s).toObject().value(u"kind"_s).toString(),
                 u"usage"_s);
        const CliRun unknown = cli(w, {u"login"_s, u"nobody"_s, u"--json"_s});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(parse(unknown.out).value(u"error"_s).toObject().value(u"kind"_s).toString(),
                 u"config"_s);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
