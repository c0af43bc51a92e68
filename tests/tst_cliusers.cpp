// SPDX-License-Identifier: Apache-2.0
// User sessions through the CLI as a person runs it (issue 7): real processes against the
// emulator's built-in users on 127.0.0.1, secrets in the real keychain, and the emulator's
// request log as the witness of what the server received. After every test no password, code,
// secret, refresh token or id_token is in any output or file in any encoding, and access tokens
// are only on the stdout of the commands that print one.
#include "httpclient.h"
#include "secretstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::test;

namespace {

// The emulator's built-in identities (README, "Built-in identities").
const QString appSecret = u"4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV"_s;
const QString deviceSecret = u"qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"_s;
const QString userPassword = u"Mohawk123"_s;
const QString mfaCode = u"424242"_s;
const QString hospital = u"c4cded32-b12c-4977-bc6a-aafe55408760"_s;
const QString clinic = u"c0bc2ec5-62b6-4014-9f2d-b420c9d6c709"_s;
const QString facilityClaim = u"urn:oasis:names:tc:xspa:1.0:subject:facility"_s;

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString body(const QJsonObject &request)
{
    return request.value(u"body"_s).toString();
}

QStringList fieldNames(const QJsonObject &request)
{
    QStringList names;
    for (const QString &part : body(request).split(u'&'))
        names << part.section(u'=', 0, 0);
    return names;
}

QString field(const QJsonObject &request, const QString &name)
{
    for (const QString &part : body(request).split(u'&')) {
        if (part.section(u'=', 0, 0) == name)
            return QUrl::fromPercentEncoding(part.section(u'=', 1).replace(u'+', u' ').toUtf8());
    }
    return {};
}

QByteArray claimHeader(const QString &facility)
{
    return (facilityClaim + u'=' + facility).toUtf8().toBase64();
}

struct World
{
    Sandbox sandbox;
    std::unique_ptr<Emulator> emulator;
    int version = 3;

    void start(int generation, const QStringList &args = {})
    {
        version = generation;
        emulator = std::make_unique<Emulator>(
            QStringList {u"--santedb-version"_s, QString::number(generation)} + args);
        QVERIFY2(emulator->started(), "the emulator did not report its port");
    }
    QList<QJsonObject> tokenRequests() const { return emulator->requests(); }
    QList<QJsonObject> allRequests() const { return emulator->requests(false); }
};

} // namespace

class TestCliUsers : public QObject
{
    Q_OBJECT

private:
    struct Recorded
    {
        QStringList args;
        CliRun run;
    };
    QList<Recorded> m_runs;
    QList<QUuid> m_profiles;
    // Owned here so cleanup() can read their request logs and files after the test.
    std::vector<std::unique_ptr<World>> m_worlds;
    QStringList m_accessTokens; // every access token printed, for the stderr/stdout checks

    World &newWorld()
    {
        m_worlds.push_back(std::make_unique<World>());
        return *m_worlds.back();
    }

    CliRun cli(World &w, const QStringList &args, const QByteArray &input = {})
    {
        const QStringList full = QStringList {u"--config"_s, w.sandbox.configFile()} + args;
        CliRun run = runCli(w.sandbox, full, input);
        m_runs.append({args, run});
        return run;
    }

    QString token(World &w, const QStringList &args, const QByteArray &input = {})
    {
        const CliRun run = cli(w, QStringList {u"token"_s} + args, input);
        [&] { QVERIFY2(run.exitCode == 0, qPrintable(run.describe())); }();
        const QString t = QString::fromUtf8(run.out).trimmed();
        m_accessTokens << t;
        return t;
    }

    // A user profile on the world's emulator, its version fixed unless `version` is "auto". The
    // client secret goes along where the application needs it (2.x; 3.x lets the device vouch).
    void addUser(World &w, const QString &name, const QString &user, const QString &version,
                 const QStringList &options = {})
    {
        QStringList args {u"profile"_s,
                          u"add"_s,
                          name,
                          u"--server"_s,
                          w.emulator->url(),
                          u"--client-id"_s,
                          u"EXAMPLE_APPLICATION"_s,
                          u"--device-id"_s,
                          u"EXAMPLE_DEVICE_NODE"_s,
                          u"--grant"_s,
                          u"password"_s,
                          u"--username"_s,
                          user,
                          u"--santedb-version"_s,
                          version};
        const CliRun add = cli(w, args + options);
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        QStringList kinds {u"device"_s};
        if (w.version == 2)
            kinds << u"client"_s;
        if (!options.contains(u"ask"_s))
            kinds << u"password"_s;
        for (const QString &kind : kinds) {
            const QString value = kind == u"device"_s ? deviceSecret
                : kind == u"client"_s                 ? appSecret
                                                      : userPassword;
            const CliRun set = cli(w, {u"secret"_s, u"set"_s, name, kind}, value.toUtf8() + '\n');
            QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        }
        const CliRun show = cli(w, {u"profile"_s, u"show"_s, name, u"--json"_s});
        m_profiles << QUuid::fromString(parse(show.out).value(u"uuid"_s).toString());
    }

    static QJsonObject readSessionEntry(const QUuid &uuid)
    {
        sdsm::KeychainSecretStore store;
        const auto entry = await(store.read(uuid, sdsm::SecretKind::Session));
        return entry && entry->ok() && entry->value() ? parse(entry->value()->toUtf8())
                                                      : QJsonObject();
    }

    // The session id the emulator knows a session by: the id_token's sid (3.x) or its jti, the
    // hex session id (2.x).
    QString sessionId(World &w, const QString &profile)
    {
        const CliRun login = cli(w, {u"login"_s, profile, u"--json"_s});
        [&] { QVERIFY2(login.exitCode == 0, qPrintable(login.describe())); }();
        const QJsonObject claims = parse(login.out).value(u"claims"_s).toObject();
        if (claims.contains(u"sid"_s))
            return claims.value(u"sid"_s).toString();
        return QUuid::fromRfc4122(QByteArray::fromHex(claims.value(u"jti"_s).toString().toLatin1()))
            .toString(QUuid::WithoutBraces);
    }

    // Makes the server forget a session, as an administrator would (emulator: any live session
    // may drop any other).
    static int dropSession(World &w, const QString &sid, const QString &bearer)
    {
        sdsm::HttpClient client;
        sdsm::HttpRequest request;
        request.verb = "DELETE";
        request.url = QUrl(w.emulator->url() + u"/ami/SessionInfo/"_s + sid);
        request.headers = {{"Authorization"_ba, "Bearer "_ba + bearer.toUtf8()}};
        const auto answer = await(client.send(request, sdsm::TransportOptions()));
        return answer && answer->ok() ? answer->value().status : -1;
    }

    static void versions()
    {
        QTest::addColumn<int>("generation");
        QTest::newRow("3.x") << 3;
        QTest::newRow("2.x") << 2;
    }

private Q_SLOTS:
    void initTestCase() { SDSM_REQUIRE_KEYRING(); }

    void init()
    {
        m_runs.clear();
        m_profiles.clear();
        m_worlds.clear();
        m_accessTokens.clear();
    }

    void cleanup()
    {
        // What must never be shown: credentials, and the tokens that are not the access token.
        QStringList secrets {appSecret, deviceSecret, userPassword, mfaCode};
        QStringList hidden; // refresh and id tokens, as sent to the server and as cached
        for (const QUuid &uuid : std::as_const(m_profiles)) {
            const QJsonObject entry = readSessionEntry(uuid);
            for (const QString &k : {u"id_token"_s, u"refresh_token"_s}) {
                if (entry.value(k).toString().size() > 8)
                    hidden << entry.value(k).toString();
            }
            if (!entry.value(u"access_token"_s).toString().isEmpty())
                m_accessTokens << entry.value(u"access_token"_s).toString();
        }
        for (const auto &w : m_worlds) {
            for (const QJsonObject &r : w->allRequests()) {
                for (const QString &k : {u"refresh_token"_s, u"id_token_hint"_s}) {
                    if (const QString v = field(r, k); v.size() > 8)
                        hidden << v;
                }
                if (const QString bearer = requestHeader(r, u"Authorization"_s);
                    bearer.startsWith(u"Bearer "_s))
                    m_accessTokens << bearer.mid(7);
            }
            const QByteArray files = w->sandbox.allFileBytes();
            for (const QString &s : std::as_const(secrets))
                QVERIFY2(findLeak(files, s) < 0, "a credential is in a file of the sandbox");
            for (const QString &t : std::as_const(hidden))
                QVERIFY2(findLeak(files, t) < 0, "a refresh or id token is in a file");
            for (const QString &t : std::as_const(m_accessTokens))
                QVERIFY2(!t.isEmpty() && findLeak(files, t) < 0, "an access token is in a file");
        }
        m_accessTokens.removeAll(QString());
        for (const Recorded &r : std::as_const(m_runs)) {
            const QString cmd = r.args.join(u' ');
            const QString command = r.args.value(0);
            const bool printsToken = command == u"token"_s || command == u"header"_s
                || command == u"curl"_s || (command == u"login"_s && r.args.contains(u"--json"_s));
            for (const QString &s : std::as_const(secrets)) {
                QVERIFY2(findLeak(r.run.out, s) < 0 && findLeak(r.run.err, s) < 0,
                         qPrintable(u"a credential leaked from `%1`"_s.arg(cmd)));
            }
            for (const QString &t : std::as_const(hidden)) {
                QVERIFY2(findLeak(r.run.out, t) < 0 && findLeak(r.run.err, t) < 0,
                         qPrintable(u"a refresh or id token leaked from `%1`"_s.arg(cmd)));
            }
            for (const QString &t : std::as_const(m_accessTokens)) {
                QVERIFY2(!r.run.err.contains(t.toUtf8()),
                         qPrintable(u"access token on stderr of `%1`"_s.arg(cmd)));
                if (!printsToken)
                    QVERIFY2(!r.run.out.contains(t.toUtf8()),
                             qPrintable(u"access token on stdout of `%1`"_s.arg(cmd)));
            }
        }
    }

    // --- the password grant ---------------------------------------------------------------

    void passwordGrant_data() { versions(); }
    void passwordGrant()
    {
        QFETCH(int, generation);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"clerk"_s, u"allison"_s, QString::number(generation),
                {u"--tag"_s, u"ward"_s, u"--tag"_s, u"clinic"_s});
        const CliRun login = cli(w, {u"login"_s, u"clerk"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        m_accessTokens << parse(login.out).value(u"access_token"_s).toString();

        const auto requests = w.tokenRequests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject r = requests.first();
        QStringList expected {u"grant_type"_s, u"username"_s, u"password"_s, u"scope"_s,
                              u"client_id"_s};
        if (generation == 2)
            expected << u"client_secret"_s;
        QCOMPARE(fieldNames(r), expected);
        QCOMPARE(field(r, u"grant_type"_s), u"password"_s);
        QCOMPARE(field(r, u"username"_s), u"allison"_s);
        QCOMPARE(field(r, u"password"_s), userPassword);
        QCOMPARE(field(r, u"scope"_s), u"*"_s);
        QCOMPARE(requestHeader(r, u"Content-Type"_s), u"application/x-www-form-urlencoded"_s);
        const QByteArray pair = (u"EXAMPLE_DEVICE_NODE:"_s + deviceSecret).toUtf8().toBase64();
        if (generation == 3) {
            QCOMPARE(requestHeader(r, u"Authorization"_s).toUtf8(), "Basic " + pair);
            QVERIFY(!hasRequestHeader(r, u"X-Device-Authorization"_s));
        } else {
            QCOMPARE(requestHeader(r, u"X-Device-Authorization"_s).toUtf8(), "BASIC " + pair);
            QVERIFY(!hasRequestHeader(r, u"Authorization"_s));
        }
        for (const QString &h : {u"X-SanteDB-TfaSecret"_s, u"X-SanteDBClient-Claim"_s})
            QVERIFY(!hasRequestHeader(r, h));

        const QJsonObject result = parse(login.out);
        QCOMPARE(result.value(u"obtained_by"_s).toString(), u"password"_s);
        QCOMPARE(result.value(u"name"_s).toString(), u"allison"_s);
        QCOMPARE(result.value(u"santedb_version"_s).toInt(), generation);
        QCOMPARE(result.value(u"has_refresh_token"_s).toBool(), true);
        QCOMPARE(result.value(u"device_authenticated"_s).toBool(), true);
        QCOMPARE(result.value(u"signature"_s).toString(), u"verified"_s);
        QVERIFY(result.value(u"facility"_s).isNull());
        QVERIFY(result.value(u"renewed_at"_s).isNull());
        QVERIFY(result.value(u"valid_on_server"_s).isNull());
        QCOMPARE(result.value(u"warnings"_s).toArray(), QJsonArray());
        QVERIFY(!result.contains(u"refresh_token"_s) && !result.contains(u"id_token"_s));
        // The site policy is named only by the server.
        bool namedByServer = false;
        for (const QJsonValue &p : result.value(u"policies"_s).toArray()) {
            const QJsonObject policy = p.toObject();
            QVERIFY(policy.contains(u"name_source"_s));
            if (policy.value(u"oid"_s).toString() == u"1.3.6.1.4.1.99999.4.1"_s)
                namedByServer = policy.value(u"name_source"_s).toString() == u"server"_s
                    && policy.value(u"name"_s).toString() == u"Access Immunization Registry"_s;
        }
        QVERIFY(namedByServer);

        const QJsonObject shown =
            parse(cli(w, {u"profile"_s, u"show"_s, u"clerk"_s, u"--json"_s}).out);
        QCOMPARE(shown.value(u"grant"_s).toString(), u"password"_s);
        QCOMPARE(shown.value(u"username"_s).toString(), u"allison"_s);
        QCOMPARE(shown.value(u"password_mode"_s).toString(), u"stored"_s);
        QVERIFY(shown.value(u"facility"_s).isNull());
        QCOMPARE(shown.value(u"tags"_s).toArray(), (QJsonArray {u"clinic"_s, u"ward"_s}));
        QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"password"_s).toBool(), true);
        QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"session"_s).toBool(), true);

        const CliRun text = cli(w, {u"profile"_s, u"show"_s, u"clerk"_s});
        for (const QByteArray &line :
             {"username:         allison\n"_ba, "password mode:    stored\n"_ba,
              "tags:             clinic, ward\n"_ba, "device=yes  password=yes  session=yes"_ba})
            QVERIFY2(text.out.contains(line), text.out.constData());

        // Cached: nobody asks the server again.
        const CliRun again = cli(w, {u"login"_s, u"clerk"_s, u"--json"_s});
        QCOMPARE(parse(again.out).value(u"obtained_by"_s).toString(), u"cache"_s);
        QCOMPARE(w.tokenRequests().size(), 1);
    }

    void passwordFromStdinOrNowhere_data() { versions(); }
    void passwordFromStdinOrNowhere()
    {
        QFETCH(int, generation);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"asks"_s, u"allison"_s, QString::number(generation),
                {u"--password-mode"_s, u"ask"_s});
        const QJsonObject shown =
            parse(cli(w, {u"profile"_s, u"show"_s, u"asks"_s, u"--json"_s}).out);
        QCOMPARE(shown.value(u"password_mode"_s).toString(), u"ask"_s);
        QVERIFY(shown.value(u"secrets"_s).toObject().value(u"password"_s).isNull());
        const CliRun refused =
            cli(w, {u"secret"_s, u"set"_s, u"asks"_s, u"password"_s}, userPassword.toUtf8() + '\n');
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("never stores it"));

        // No terminal and no --password-stdin: nothing is sent.
        const CliRun nowhere = cli(w, {u"login"_s, u"asks"_s, u"--json"_s});
        QCOMPARE(nowhere.exitCode, 5);
        QVERIFY2(nowhere.err.contains("give the password with `--password-stdin`"),
                 nowhere.err.constData());
        const QJsonObject error = parse(nowhere.out).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"secret_missing"_s);
        QCOMPARE(error.value(u"remedy"_s).toObject().value(u"action"_s).toString(),
                 u"enter_password"_s);
        QCOMPARE(w.tokenRequests().size(), 0);

        token(w, {u"asks"_s, u"--password-stdin"_s}, userPassword.toUtf8() + '\n');
        QCOMPARE(w.tokenRequests().size(), 1);
        QCOMPARE(field(w.tokenRequests().first(), u"password"_s), userPassword);
    }

    // --- MFA ------------------------------------------------------------------------------

    void mfa_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("requests"); // for a code given at once
        QTest::newRow("3.x") << 3 << u"3"_s << 2;
        QTest::newRow("2.x") << 2 << u"2"_s << 2;
        // The TFA wording is the prompt and the proof of 2.x: the code goes in 2.x's form.
        QTest::newRow("auto on 2.x") << 2 << u"auto"_s << 2;
        // 3.x refuses a wrong code with "Invalid TFA secret" too: that must not read as 2.x.
        QTest::newRow("auto on 3.x") << 3 << u"auto"_s << 2;
    }

    void mfa()
    {
        QFETCH(int, generation);
        QFETCH(QString, version);
        QFETCH(int, requests);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"bob"_s, u"bob"_s, version);

        // No way to ask: exit 3, kind mfa_required, how to give a code.
        const CliRun unasked = cli(w, {u"login"_s, u"bob"_s, u"--json"_s});
        QCOMPARE(unasked.exitCode, 3);
        const QJsonObject error = parse(unasked.out).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"mfa_required"_s);
        QCOMPARE(error.value(u"exit_code"_s).toInt(), 3);
        QVERIFY2(
            unasked.err.contains("Enter the code sent to the e-mail address registered for bob"),
            unasked.err.constData());
        QVERIFY(unasked.err.contains("give the code with `--mfa-stdin`"));
        const int before = int(w.tokenRequests().size());
        QVERIFY(before >= 1 && before <= 2);

        // The code from stdin: exactly two more requests, the code in the generation's place.
        token(w, {u"bob"_s, u"--mfa-stdin"_s}, mfaCode.toUtf8() + '\n');
        auto sent = w.tokenRequests();
        QCOMPARE(sent.size(), before + requests);
        const QJsonObject withCode = sent.last();
        if (generation == 3) {
            QCOMPARE(fieldNames(withCode).last(), u"x_mfa"_s);
            QCOMPARE(field(withCode, u"x_mfa"_s), mfaCode);
            QVERIFY(!hasRequestHeader(withCode, u"X-SanteDB-TfaSecret"_s));
        } else {
            QCOMPARE(requestHeader(withCode, u"X-SanteDB-TfaSecret"_s), mfaCode);
            QVERIFY(hasRequestHeader(withCode, u"X-Device-Authorization"_s));
            QVERIFY(!fieldNames(withCode).contains(u"x_mfa"_s));
        }
        QVERIFY(!fieldNames(sent.at(sent.size() - 2)).contains(u"x_mfa"_s));
        QVERIFY(!hasRequestHeader(sent.at(sent.size() - 2), u"X-SanteDB-TfaSecret"_s));

        // A wrong code: exit 3, sent once, never asked again.
        const CliRun wrong =
            cli(w, {u"token"_s, u"bob"_s, u"--fresh"_s, u"--mfa-stdin"_s}, "111111\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains("the server refused the one-time code"), wrong.err.constData());
        QCOMPARE(w.tokenRequests().size(), sent.size() + 2);
        const QJsonObject shown =
            parse(cli(w, {u"profile"_s, u"show"_s, u"bob"_s, u"--json"_s}).out);
        if (version == u"auto"_s)
            QCOMPARE(shown.value(u"detected_version"_s).toInt(), generation);
    }

    void mfaWithPasswordOnStdin_data() { versions(); }
    void mfaWithPasswordOnStdin()
    {
        QFETCH(int, generation);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"bob"_s, u"bob"_s, QString::number(generation),
                {u"--password-mode"_s, u"ask"_s});
        token(w, {u"bob"_s, u"--password-stdin"_s, u"--mfa-stdin"_s},
              (userPassword + u'\n' + mfaCode + u'\n').toUtf8());
        const auto sent = w.tokenRequests();
        QCOMPARE(sent.size(), 2);
        for (const QJsonObject &r : sent)
            QCOMPARE(field(r, u"password"_s), userPassword);
        QCOMPARE(generation == 3 ? field(sent.at(1), u"x_mfa"_s)
                                 : requestHeader(sent.at(1), u"X-SanteDB-TfaSecret"_s),
                 mfaCode);
    }

    // --- facility -------------------------------------------------------------------------

    void facility_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("version");
        QTest::newRow("3.x") << 3 << u"3"_s;
        QTest::newRow("2.x") << 2 << u"2"_s;
        QTest::newRow("auto on 2.x") << 2 << u"auto"_s;
    }

    void facility()
    {
        QFETCH(int, generation);
        QFETCH(QString, version);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"chioma"_s, u"chioma"_s, version);

        const CliRun unchosen = cli(w, {u"login"_s, u"chioma"_s, u"--json"_s});
        QCOMPARE(unchosen.exitCode, 3);
        const QJsonObject error = parse(unchosen.out).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"missing_claim"_s);
        QVERIFY(unchosen.err.contains("choose one with `--facility UUID`"));
        QCOMPARE(w.tokenRequests().size(), 1);
        if (generation == 3) {
            // Every offer on stderr, ready to pick, and in the JSON.
            QVERIFY2(unchosen.err.contains((hospital + u"  Good Health Hospital"_s).toUtf8()),
                     unchosen.err.constData());
            QVERIFY(unchosen.err.contains((clinic + u"  Elbonia Central Clinic"_s).toUtf8()));
            QCOMPARE(
                error.value(u"choices"_s).toArray(),
                (QJsonArray {
                    QJsonObject {{u"id"_s, hospital}, {u"label"_s, u"Good Health Hospital"_s}},
                    QJsonObject {{u"id"_s, clinic}, {u"label"_s, u"Elbonia Central Clinic"_s}}}));
        } else {
            QVERIFY2(unchosen.err.contains("SanteDB 2.x does not say which ones it offers"),
                     unchosen.err.constData());
            QVERIFY(!unchosen.err.contains("wrong user name"));
        }

        // --facility goes with the first request.
        token(w, {u"chioma"_s, u"--facility"_s, clinic});
        auto sent = w.tokenRequests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(requestHeader(sent.last(), u"X-SanteDBClient-Claim"_s).toUtf8(),
                 claimHeader(clinic));
        const CliRun cached =
            cli(w, {u"login"_s, u"chioma"_s, u"--facility"_s, clinic, u"--json"_s});
        QCOMPARE(parse(cached.out).value(u"facility"_s).toString(), clinic);
        QCOMPARE(parse(cached.out).value(u"obtained_by"_s).toString(), u"cache"_s);

        // Remembered with the profile, and sent without asking.
        const CliRun edit =
            cli(w, {u"profile"_s, u"edit"_s, u"chioma"_s, u"--facility"_s, hospital});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.describe()));
        QCOMPARE(parse(cli(w, {u"profile"_s, u"show"_s, u"chioma"_s, u"--json"_s}).out)
                     .value(u"facility"_s)
                     .toString(),
                 hospital);
        const CliRun login = cli(w, {u"login"_s, u"chioma"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        QCOMPARE(parse(login.out).value(u"facility"_s).toString(), hospital);
        sent = w.tokenRequests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(requestHeader(sent.last(), u"X-SanteDBClient-Claim"_s).toUtf8(),
                 claimHeader(hospital));
    }

    // --- refusals ------------------------------------------------------------------------

    void refusedUsers_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sentence");
        const QString expired = u"the password has expired — change it in SanteDB first"_s;
        const QString wrong = u"wrong user name or password, or the user is locked"_s;
        for (const int g : {3, 2}) {
            const char *v = g == 3 ? "3.x" : "2.x";
            QTest::addRow("%s expired", v) << g << u"dmitri"_s << u"password_expired"_s << expired;
            QTest::addRow("%s locked", v) << g << u"evelyn"_s << u"oauth"_s << wrong;
            QTest::addRow("%s unknown user", v) << g << u"nobody"_s << u"oauth"_s << wrong;
        }
    }

    void refusedUsers()
    {
        QFETCH(int, generation);
        QFETCH(QString, user);
        QFETCH(QString, kind);
        QFETCH(QString, sentence);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"u"_s, user, QString::number(generation));
        const CliRun run = cli(w, {u"login"_s, u"u"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(sentence.toUtf8()), run.err.constData());
        QCOMPARE(parse(run.out).value(u"error"_s).toObject().value(u"kind"_s).toString(), kind);
        QCOMPARE(w.tokenRequests().size(), 1); // refused credentials are never resent
    }

    // --- a person at a terminal ----------------------------------------------------------

    void terminalPromptsForPasswordCodeAndFacility()
    {
        // script(1) gives the CLI a real terminal; typed answers must not be echoed back.
        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            QSKIP("script(1) from util-linux is needed to provide a terminal");
        World &w = newWorld();
        w.start(3);
        addUser(w, u"bob"_s, u"bob"_s, u"3"_s, {u"--password-mode"_s, u"ask"_s});
        addUser(w, u"chioma"_s, u"chioma"_s, u"3"_s, {u"--password-mode"_s, u"ask"_s});
        // Answers each prompt once it is on the screen, as a person would.
        auto session = [&](const QString &profile,
                           const QList<std::pair<QByteArray, QByteArray>> &dialogue) {
            const QString command = QStringList {QStringLiteral(SDSM_CLI_PATH), u"--config"_s,
                                                 w.sandbox.configFile(), u"token"_s, profile}
                                        .join(u' ');
            QProcess process;
            process.setProcessEnvironment(w.sandbox.environment());
            process.start(script, {u"-qec"_s, command, u"/dev/null"_s});
            process.waitForStarted();
            QByteArray screen;
            for (const auto &[prompt, answer] : dialogue) {
                while (!screen.contains(prompt) && process.waitForReadyRead(10000))
                    screen += process.readAllStandardOutput();
                process.write(answer + '\n');
            }
            process.waitForFinished(30000);
            screen += process.readAllStandardOutput();
            m_runs.append({{u"token"_s, profile}, CliRun {process.exitCode(), screen, {}}});
            return std::make_pair(process.exitCode(), screen);
        };

        const auto [code, screen] = session(
            u"bob"_s,
            {{"password for bob (profile bob): ", userPassword.toUtf8()},
             {"Enter the code sent to the e-mail address registered for bob: ", mfaCode.toUtf8()}});
        QVERIFY2(code == 0, screen.constData());
        QVERIFY2(findLeak(screen, userPassword) < 0, "the typed password was echoed");
        QVERIFY2(findLeak(screen, mfaCode) < 0, "the typed code was echoed");
        QCOMPARE(w.tokenRequests().size(), 2);
        QCOMPARE(field(w.tokenRequests().last(), u"x_mfa"_s), mfaCode);

        const auto [chosenCode, chosen] =
            session(u"chioma"_s,
                    {{"password for chioma (profile chioma): ", userPassword.toUtf8()},
                     {"facility (1-2, empty to cancel): ", "2"}});
        QVERIFY2(chosenCode == 0, chosen.constData());
        QVERIFY(chosen.contains("The server asks which facility this session is for:"));
        QVERIFY(chosen.contains((u"1) Good Health Hospital  "_s + hospital).toUtf8()));
        QVERIFY(chosen.contains((u"2) Elbonia Central Clinic  "_s + clinic).toUtf8()));
        QVERIFY2(findLeak(chosen, userPassword) < 0, "the typed password was echoed");
        const auto sent = w.tokenRequests();
        QCOMPARE(sent.size(), 4);
        QVERIFY(!hasRequestHeader(sent.at(2), u"X-SanteDBClient-Claim"_s));
        QCOMPARE(requestHeader(sent.at(3), u"X-SanteDBClient-Claim"_s).toUtf8(),
                 claimHeader(clinic));
    }

    // --- refresh --------------------------------------------------------------------------

    void refreshRotates_data() { versions(); }
    void refreshRotates()
    {
        QFETCH(int, generation);
        World &w = newWorld();
        // Sessions of 60 s with --min-valid 100: every command renews, before the end.
        w.start(generation, {u"--session-seconds"_s, u"60"_s});
        addUser(w, u"clerk"_s, u"allison"_s, QString::number(generation));
        const QString first = token(w, {u"clerk"_s});
        const QString renewed = token(w, {u"clerk"_s, u"--min-valid"_s, u"100"_s});
        const CliRun login =
            cli(w, {u"login"_s, u"clerk"_s, u"--min-valid"_s, u"100"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QJsonObject result = parse(login.out);
        QCOMPARE(result.value(u"obtained_by"_s).toString(), u"refresh_token"_s);
        QVERIFY(!result.value(u"renewed_at"_s).isNull());
        QCOMPARE(result.value(u"has_refresh_token"_s).toBool(), true);
        QVERIFY(result.value(u"expires_in"_s).toInt() <= 60);
        // Still shorter than asked for: the token is printed anyway, with a warning.
        QVERIFY(login.err.contains("sooner than asked for"));
        QCOMPARE(result.value(u"warnings"_s).toArray().size(), 1);
        QVERIFY(result.value(u"warnings"_s)
                    .toArray()
                    .first()
                    .toString()
                    .endsWith(u", sooner than asked for"_s));
        // The session and its access token stay; only the end moves.
        QCOMPARE(renewed, first);
        QCOMPARE(result.value(u"access_token"_s).toString(), first);

        const auto sent = w.tokenRequests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(field(sent.at(0), u"grant_type"_s), u"password"_s);
        for (int i : {1, 2}) {
            QCOMPARE(field(sent.at(i), u"grant_type"_s), u"refresh_token"_s);
            QVERIFY(!fieldNames(sent.at(i)).contains(u"password"_s));
            QCOMPARE(field(sent.at(i), u"client_id"_s), u"EXAMPLE_APPLICATION"_s);
            // The device exactly as at login.
            const QString deviceHeader =
                generation == 3 ? u"Authorization"_s : u"X-Device-Authorization"_s;
            QCOMPARE(requestHeader(sent.at(i), deviceHeader),
                     requestHeader(sent.at(0), deviceHeader));
        }
        const QString spent1 = field(sent.at(1), u"refresh_token"_s);
        const QString spent2 = field(sent.at(2), u"refresh_token"_s);
        QVERIFY(!spent1.isEmpty() && !spent2.isEmpty());
        QVERIFY(spent1 != spent2); // rotated, and the rotated one used the time after
        const QString cached =
            readSessionEntry(m_profiles.first()).value(u"refresh_token"_s).toString();
        QVERIFY(!cached.isEmpty() && cached != spent1 && cached != spent2);
        // An old refresh token is never sent again.
        for (const QJsonObject &r : w.allRequests())
            QCOMPARE(body(r).count(spent1), r == sent.at(1) ? 1 : 0);
    }

    // --- asking the server ----------------------------------------------------------------

    void droppedSessionIsDetected_data() { versions(); }
    void droppedSessionIsDetected()
    {
        QFETCH(int, generation);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"clerk"_s, u"allison"_s, QString::number(generation));
        const QString before = token(w, {u"clerk"_s});

        const CliRun valid = cli(w, {u"session"_s, u"clerk"_s, u"--json"_s});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.describe()));
        const QJsonObject status = parse(valid.out);
        QCOMPARE(QStringList(status.keys()),
                 (QStringList {u"checked_at"_s, u"expires_at"_s, u"name"_s, u"profile"_s,
                               u"session_cached"_s, u"subject"_s, u"valid_on_server"_s}));
        QCOMPARE(status.value(u"valid_on_server"_s).toBool(), true);
        QCOMPARE(status.value(u"session_cached"_s).toBool(), true);
        QCOMPARE(status.value(u"name"_s).toString(), u"allison"_s);
        const CliRun text = cli(w, {u"session"_s, u"clerk"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("The session of profile \"clerk\" is valid on the server"));

        QCOMPARE(dropSession(w, sessionId(w, u"clerk"_s), before), 200);
        const CliRun dropped = cli(w, {u"session"_s, u"clerk"_s, u"--json"_s});
        QCOMPARE(dropped.exitCode, 3);
        QCOMPARE(parse(dropped.out).value(u"valid_on_server"_s).toBool(), false);
        QVERIFY(dropped.err.contains("the server no longer knows the cached session"));
        QCOMPARE(w.tokenRequests().size(), 1);

        // --check: the dropped session is replaced by exactly one login.
        const CliRun checked = cli(w, {u"token"_s, u"clerk"_s, u"--check"_s});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe()));
        const QString after = QString::fromUtf8(checked.out).trimmed();
        m_accessTokens << after;
        QVERIFY(after != before);
        QVERIFY(checked.err.contains("the server no longer knew the cached session"));
        const auto sent = w.tokenRequests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(field(sent.last(), u"grant_type"_s), u"password"_s);
        QCOMPARE(cli(w, {u"session"_s, u"clerk"_s}).exitCode, 0);

        // --check with a live session just reuses it.
        QCOMPARE(token(w, {u"clerk"_s, u"--check"_s}), after);
        QCOMPARE(w.tokenRequests().size(), 2);
    }

    void logout_data() { versions(); }
    void logout()
    {
        QFETCH(int, generation);
        World &w = newWorld();
        w.start(generation);
        addUser(w, u"clerk"_s, u"allison"_s, QString::number(generation));
        const QString first = token(w, {u"clerk"_s});
        const QString idToken =
            readSessionEntry(m_profiles.first()).value(u"id_token"_s).toString();

        const CliRun out = cli(w, {u"logout"_s, u"clerk"_s});
        QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
        QVERIFY(out.out.contains("signed out on the server"));
        const QList<QJsonObject> all = w.allRequests();
        const QJsonObject signout = all.last();
        QCOMPARE(signout.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(signout.value(u"path"_s).toString(), u"/auth/signout"_s);
        QCOMPARE(body(signout),
                 u"id_token_hint="_s + QString::fromLatin1(QUrl::toPercentEncoding(idToken)));
        QCOMPARE(requestHeader(signout, u"Authorization"_s), u"Bearer "_s + first);
        QVERIFY(readSessionEntry(m_profiles.first()).isEmpty());

        const CliRun after = cli(w, {u"session"_s, u"clerk"_s, u"--json"_s});
        QCOMPARE(after.exitCode, 3);
        QCOMPARE(parse(after.out).value(u"session_cached"_s).toBool(), false);
        QVERIFY(after.err.contains("no session is cached"));
        const CliRun twice = cli(w, {u"logout"_s, u"clerk"_s});
        QCOMPARE(twice.exitCode, 0);
        QVERIFY(twice.out.contains("nothing to sign out"));
        QCOMPARE(w.allRequests().size(), all.size() + 0); // `session` and logout sent nothing

        // The server ended it first: still exit 0, and said so.
        const QString second = token(w, {u"clerk"_s});
        QCOMPARE(dropSession(w, sessionId(w, u"clerk"_s), second), 200);
        const CliRun gone = cli(w, {u"logout"_s, u"clerk"_s});
        QCOMPARE(gone.exitCode, 0);
        QVERIFY2(gone.out.contains("already ended"), gone.out.constData());
        QVERIFY(readSessionEntry(m_profiles.first()).isEmpty());

        // A signed-out session is gone on the server: the old bearer is refused there.
        QCOMPARE(dropSession(w, u"00000000-0000-0000-0000-000000000001"_s, first), 401);
    }

    void secretClearPointsToLogout()
    {
        World &w = newWorld();
        w.start(3);
        addUser(w, u"clerk"_s, u"allison"_s, u"3"_s);
        token(w, {u"clerk"_s});
        const CliRun one = cli(w, {u"secret"_s, u"clear"_s, u"clerk"_s, u"session"_s});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.err.contains("the server keeps it valid until it expires — "
                                  "`santedb-session logout clerk` ends it on the server"),
                 one.err.constData());
        token(w, {u"clerk"_s});
        const CliRun all = cli(w, {u"secret"_s, u"clear"_s, u"clerk"_s});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out.count('\n'), 5); // client, device, cert-password, password, session
        QVERIFY(all.out.contains("cleared the password"));
        QVERIFY(all.out.contains("cleared the session"));
        QVERIFY(all.err.contains("logout"));
    }

    // --- one request in flight ------------------------------------------------------------

    void concurrentCommandsShareOneRequest()
    {
        World &w = newWorld();
        // Each answer 300 ms late: the 20 commands surely overlap.
        w.start(3, {u"--delay-ms"_s, u"300"_s});
        addUser(w, u"clerk"_s, u"allison"_s, u"3"_s);
        auto together = [&](int count, const QStringList &args) {
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < count; ++i) {
                auto p = std::make_unique<QProcess>();
                p->setProcessEnvironment(w.sandbox.environment());
                p->start(QStringLiteral(SDSM_CLI_PATH),
                         QStringList {u"--config"_s, w.sandbox.configFile()} + args);
                processes.push_back(std::move(p));
            }
            QStringList tokens;
            for (auto &p : processes) {
                p->closeWriteChannel();
                [&] { QVERIFY(p->waitForFinished(120000)); }();
                const CliRun run {p->exitCode(), p->readAllStandardOutput(),
                                  p->readAllStandardError()};
                m_runs.append({args, run});
                [&] { QVERIFY2(run.exitCode == 0, qPrintable(run.describe())); }();
                tokens << QString::fromUtf8(run.out).trimmed();
            }
            m_accessTokens << tokens;
            return tokens;
        };
        const QStringList tokens = together(20, {u"token"_s, u"clerk"_s});
        QCOMPARE(w.tokenRequests().size(), 1);
        QCOMPARE(tokens.size(), 20);
        QCOMPARE(QSet<QString>(tokens.cbegin(), tokens.cend()).size(), 1);

        const QStringList fresh = together(3, {u"token"_s, u"clerk"_s, u"--fresh"_s});
        QCOMPARE(w.tokenRequests().size(), 4);
        QCOMPARE(QSet<QString>(fresh.cbegin(), fresh.cend()).size(), 3);
    }

    // Issue 7's lockout: 20 commands with a wrong password must not become 20 failed logins. The
    // one that holds the lock is refused; the others, which waited for it, do not try again.
    void concurrentRefusalIsNotRepeated()
    {
        World &w = newWorld();
        // The refusal must come after all 20 have started and queued on the lock; starting 20
        // processes on a loaded 2-core machine can take over a second.
        w.start(3, {u"--delay-ms"_s, u"3000"_s});
        addUser(w, u"clerk"_s, u"allison"_s, u"3"_s);
        const CliRun wrong =
            cli(w, {u"secret"_s, u"set"_s, u"clerk"_s, u"password"_s}, "not-the-password\n");
        QCOMPARE(wrong.exitCode, 0);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 20; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(w.sandbox.environment());
            p->start(QStringLiteral(SDSM_CLI_PATH),
                     {u"--config"_s, w.sandbox.configFile(), u"token"_s, u"clerk"_s});
            processes.push_back(std::move(p));
        }
        int notSentAgain = 0;
        for (auto &p : processes) {
            p->closeWriteChannel();
            QVERIFY(p->waitForFinished(120000));
            const CliRun run {p->exitCode(), p->readAllStandardOutput(), p->readAllStandardError()};
            m_runs.append({{u"token"_s, u"clerk"_s}, run});
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
            if (run.err.contains("were not sent again"))
                ++notSentAgain;
        }
        QCOMPARE(w.tokenRequests().size(), 1);
        QCOMPARE(notSentAgain, 19);
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cliusers.moc"
