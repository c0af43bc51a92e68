// SPDX-License-Identifier: Apache-2.0
// Verified id_tokens through the CLI (issue 6 §4): `login --json` against the emulator in each
// signing mode, and against a scripted server whose id_tokens are forged, unsigned, signed with
// an unknown key or an unsupported algorithm, missing or unreadable; time claims with SanteDB's
// 5 s leeway, a server clock far off, the per-server key cache, and `decode --jwks`.
#include "countingserver.h"
#include "testkeys.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sdsm::test;

namespace {

const QString deviceUuid = u"7b607837-205e-57ff-950b-9fbb047fd959"_s;

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString warningsOf(const QJsonObject &login)
{
    QStringList all;
    for (const QJsonValue &w : login.value(u"warnings"_s).toArray())
        all << w.toString();
    return all.join(u" | "_s);
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// A compact JWS with this header; HS256 is signed with `key`, other algorithms get a signature
// of the right size that no key made.
QByteArray token(const QJsonObject &header, const QJsonObject &claims, const QByteArray &key)
{
    const QByteArray input = signingInput(header, claims);
    const QString alg = header.value(u"alg"_s).toString();
    if (alg == u"none"_s)
        return input + '.';
    if (alg == u"HS256"_s)
        return compactJws(input, hmacSha256(key, input));
    return compactJws(input, QByteArray(48, '\x5a'));
}

// The claims SanteDB 3.x puts in an application's id_token, with the device claim when the
// device was authenticated.
QJsonObject claims(bool device, qint64 issuedAt = nowSeconds())
{
    QJsonObject c {{u"iss"_s, u"http://127.0.0.1/auth"_s},
                   {u"aud"_s, u"APP"_s},
                   {u"sub"_s, u"1a6b3b92-3213-505e-a11a-7bbfeea895a7"_s},
                   {u"name"_s, u"APP"_s},
                   {u"iat"_s, issuedAt},
                   {u"nbf"_s, issuedAt},
                   {u"exp"_s, issuedAt + 3600}};
    if (device)
        c.insert(u"urn:santedb:org:claim:devid"_s, deviceUuid);
    return c;
}

QJsonObject hs256(const QString &kid)
{
    return {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, kid}};
}

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

// A server that answers every token request with a 200 whose id_token the test chooses (made
// when the request arrives, so time claims are fresh), publishes a JWKS the test chooses at
// /auth/jwks, and answers 404 to everything else (discovery included, so keys come from
// SanteDB's path).
class IdTokenServer
{
public:
    std::function<QByteArray()> idToken; // null: the answer carries no id_token
    QJsonArray keys;
    std::function<QDateTime()> date; // null: no Date header

    IdTokenServer()
        : m_server(
            [this](QTcpSocket *socket, const QByteArray &request) { respond(socket, request); })
    { }

    QString url() const { return m_server.url(QString()).toString(QUrl::StripTrailingSlash); }
    int count(const QByteArray &requestLineStart) const
    {
        return int(std::count_if(
            m_server.receivedRequests().cbegin(), m_server.receivedRequests().cend(),
            [&](const QByteArray &r) { return r.startsWith(QByteArray(requestLineStart + ' ')); }));
    }
    int jwksRequests() const { return count("GET /auth/jwks"); }
    int tokenRequests() const { return count("POST /auth/oauth2_token"); }

private:
    void respond(QTcpSocket *socket, const QByteArray &request)
    {
        int status = 404;
        QJsonObject body {{u"error"_s, u"not_found"_s}};
        if (request.startsWith("POST /auth/oauth2_token ")) {
            status = 200;
            body = {{u"access_token"_s, u"fixture-access-token"_s},
                    {u"token_type"_s, u"bearer"_s},
                    {u"expires_in"_s, 3600}};
            if (idToken)
                body.insert(u"id_token"_s, QString::fromLatin1(idToken()));
        } else if (request.startsWith("GET /auth/jwks ")) {
            status = 200;
            body = {{u"keys"_s, keys}};
        }
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status)
            + (status == 200 ? " OK" : " Not Found")
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(json.size()) + "\r\nConnection: close\r\n";
        if (date)
            head += "Date: " + httpDate(date()) + "\r\n";
        socket->write(head + "\r\n" + json);
        socket->disconnectFromHost();
    }

    CountingServer m_server;
};

} // namespace

class TestCliSignature : public QObject
{
    Q_OBJECT

private:
    QByteArray m_key = randomBytes(32); // the fixture's published HS256 key, kid "k1"
    QByteArray m_otherKey = randomBytes(32);
    QString m_deviceSecret = canary(u"dev"_s);

    static QByteArray randomBytes(int n)
    {
        QByteArray bytes(n, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
        return bytes;
    }

    QJsonObject octKey(const QString &kid, const QByteArray &key) const
    {
        return {{u"kty"_s, u"oct"_s},
                {u"kid"_s, kid},
                {u"alg"_s, u"HS256"_s},
                {u"use"_s, u"sig"_s},
                {u"k"_s, QString::fromLatin1(base64Url(key))}};
    }

    static CliRun cli(const Sandbox &sandbox, const QStringList &args, const QByteArray &input = {})
    {
        return runCliServing(sandbox, QStringList {u"--config"_s, sandbox.configFile()} + args,
                             input);
    }

    // A 3.x device profile at `server` with its device secret stored.
    void addDeviceProfile(const Sandbox &sandbox, const QString &server)
    {
        const CliRun add =
            cli(sandbox,
                {u"profile"_s, u"add"_s, u"p"_s, u"--server"_s, server, u"--client-id"_s, u"APP"_s,
                 u"--device-id"_s, u"DEV"_s, u"--santedb-version"_s, u"3"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        const CliRun set =
            cli(sandbox, {u"secret"_s, u"set"_s, u"p"_s, u"device"_s}, m_deviceSecret.toUtf8());
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    }

    QJsonObject login(const Sandbox &sandbox, const QStringList &extra = {})
    {
        const CliRun run = cli(sandbox, QStringList {u"login"_s, u"p"_s, u"--json"_s} + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return parse(run.out);
    }

    static QStringList cacheFiles(const Sandbox &sandbox)
    {
        QStringList files;
        QDirIterator it(sandbox.path(u"data"_s), {u"*.json"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (QFileInfo(file).dir().dirName() == u"servers"_s)
                files << file;
        }
        return files;
    }

    // Moves every fetched_at of the key cache `ageHours` into the past.
    static bool ageCache(const Sandbox &sandbox, int ageHours)
    {
        const QStringList files = cacheFiles(sandbox);
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            const QString at = QDateTime::currentDateTimeUtc()
                                   .addSecs(-qint64(ageHours) * 3600)
                                   .toString(Qt::ISODate);
            for (const QString &part : {u"jwks"_s, u"discovery"_s}) {
                QJsonObject entry = o.value(part).toObject();
                if (!entry.isEmpty()) {
                    entry.insert(u"fetched_at"_s, at);
                    o.insert(part, entry);
                }
            }
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            file.write(QJsonDocument(o).toJson());
        }
        return !files.isEmpty();
    }

private Q_SLOTS:
    void initTestCase() { SDSM_REQUIRE_KEYRING(); }

    // The emulator in each signing mode: which key verified the id_token, and the device.
    void emulatorSigningModes_data()
    {
        QTest::addColumn<QStringList>("emulator");
        QTest::addColumn<QStringList>("profile");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("key"); // "rs256": jwks:<the JWKS key's kid>
        QTest::addColumn<bool>("device");
        const QStringList seedDevice {u"--client-id"_s, u"EXAMPLE_APPLICATION"_s, u"--device-id"_s,
                                      u"EXAMPLE_DEVICE_NODE"_s};
        const QStringList fiddler {u"--client-id"_s, u"fiddler"_s, u"--no-device"_s};
        const QStringList v3 {u"--santedb-version"_s, u"3"_s};
        QTest::newRow("hs256 (3.x default)")
            << v3 << seedDevice + v3 << QStringList {u"client"_s, u"device"_s} << u"jwks:default"_s
            << true;
        QTest::newRow("secret, application only")
            << QStringList {u"--signing"_s, u"secret"_s} << fiddler << QStringList {u"client"_s}
            << u"client_secret"_s << false;
        QTest::newRow("secret-uri, application only")
            << QStringList {u"--signing"_s, u"secret-uri"_s} << fiddler << QStringList {u"client"_s}
            << u"client_secret"_s << false;
        QTest::newRow("secret, 3.x device without client secret")
            << QStringList {u"--signing"_s, u"secret"_s} << seedDevice + v3
            << QStringList {u"device"_s} << u"device_secret"_s << true;
        QTest::newRow("secret (2.x default), device and client secret")
            << QStringList {u"--santedb-version"_s, u"2"_s}
            << seedDevice + QStringList {u"--santedb-version"_s, u"2"_s}
            << QStringList {u"client"_s, u"device"_s} << u"client_secret"_s << true;
        QTest::newRow("rs256") << QStringList {u"--signing"_s, u"rs256"_s} << seedDevice + v3
                               << QStringList {u"device"_s} << u"rs256"_s << true;
    }

    void emulatorSigningModes()
    {
        QFETCH(QStringList, emulator);
        QFETCH(QStringList, profile);
        QFETCH(QStringList, secrets);
        QFETCH(QString, key);
        QFETCH(bool, device);
        Sandbox sandbox;
        Emulator server(emulator);
        QVERIFY(server.started());
        const CliRun add = cli(
            sandbox,
            QStringList {u"profile"_s, u"add"_s, u"p"_s, u"--server"_s, server.url()} + profile);
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        for (const QString &kind : secrets) {
            const QByteArray value = kind == u"device"_s ? "qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"
                : profile.contains(u"fiddler"_s)         ? "fiddler"
                                                         : "4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV";
            QCOMPARE(cli(sandbox, {u"secret"_s, u"set"_s, u"p"_s, kind}, value).exitCode, 0);
        }
        int testJwksRequests = 0;
        if (key == u"rs256"_s) {
            // The kid is the signing certificate's SHA-1 thumbprint; the JWKS names it.
            QNetworkAccessManager network;
            network.setProxy(QNetworkProxy::NoProxy);
            std::unique_ptr<QNetworkReply> reply(
                network.get(QNetworkRequest(QUrl(server.url() + u"/auth/jwks"_s))));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
            const QString kid = parse(reply->readAll())[u"keys"_s][0][u"kid"_s].toString();
            QVERIFY(QRegularExpression(u"^[0-9a-f]{40}$"_s).match(kid).hasMatch());
            key = u"jwks:"_s + kid;
            testJwksRequests = 1;
        }

        const QJsonObject result = login(sandbox);
        QCOMPARE(result.value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(result.value(u"signature_key"_s).toString(), key);
        QCOMPARE(result.value(u"device_authenticated"_s).toVariant(), QVariant(device));
        QVERIFY2(result.value(u"warnings"_s).toArray().isEmpty(), qPrintable(warningsOf(result)));

        // The cached session verifies again (keys and secrets at hand), and says so to people.
        const CliRun human = cli(sandbox, {u"login"_s, u"p"_s});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(
            human.out.contains(QByteArray("signature:        verified (" + key.toUtf8() + ")")),
            human.out.constData());
        QVERIFY(human.out.contains(device ? "device:           authenticated"
                                          : "device:           none configured"));
        // Keys come from the JWKS only in the JWKS modes; the secret modes ask for none.
        const bool jwksMode = key.startsWith(u"jwks:"_s);
        QCOMPARE(server.requestsTo(u"GET"_s, u"/auth/jwks"_s).size(),
                 testJwksRequests + (jwksMode ? 1 : 0));
    }

    // Every other state, from a server whose id_tokens are made to order.
    void fixtureStates_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("device"); // true, false or null, as in the JSON
        const QVariant null = QVariant::fromValue(nullptr);
        QTest::addColumn<QString>("warning"); // a fragment of the warnings; empty: none at all
        QTest::addColumn<int>("jwksRequests"); // -1: not checked
        QTest::newRow("verified with a device claim")
            << u"verified"_s << u"verified"_s << u"jwks:k1"_s << QVariant(true) << QString() << 1;
        QTest::newRow("verified without a device claim")
            << u"verified-no-device"_s << u"verified"_s << u"jwks:k1"_s << QVariant(false)
            << u"application-only session"_s << 1;
        // The key that was tried and did not match is named.
        QTest::newRow("forged") << u"forged"_s << u"invalid"_s << u"jwks:k1"_s << null
                                << u"signature is not verified (signature invalid)"_s << 1;
        QTest::newRow("alg none") << u"none"_s << u"unsigned"_s << QString() << null
                                  << u"signature is not verified"_s << -1;
        // Not in the JWKS: fetched, then fetched exactly once more, then unknown_key.
        QTest::newRow("unknown kid") << u"unknown-kid"_s << u"unknown_key"_s << QString() << null
                                     << u"signature is not verified"_s << 2;
        QTest::newRow("HS384") << u"hs384"_s << u"unsupported_alg"_s << QString() << null
                               << u"signature is not verified"_s << -1;
        QTest::newRow("no id_token") << u"missing"_s << u"unavailable"_s << QString() << null
                                     << u"cannot be told: the server sent no id_token"_s << -1;
        QTest::newRow("unreadable id_token")
            << u"unreadable"_s << u"unavailable"_s << QString() << null
            << u"the server's id_token is unreadable"_s << -1;
    }

    void fixtureStates()
    {
        QFETCH(QString, kind);
        QFETCH(QString, signature);
        QFETCH(QString, key);
        QFETCH(QVariant, device);
        QFETCH(QString, warning);
        QFETCH(int, jwksRequests);
        IdTokenServer server;
        server.keys = {octKey(u"k1"_s, m_key)};
        const QByteArray k1 = m_key, other = m_otherKey;
        if (kind == u"verified"_s)
            server.idToken = [k1] { return token(hs256(u"k1"_s), claims(true), k1); };
        else if (kind == u"verified-no-device"_s)
            server.idToken = [k1] { return token(hs256(u"k1"_s), claims(false), k1); };
        else if (kind == u"forged"_s)
            server.idToken = [other] { return token(hs256(u"k1"_s), claims(true), other); };
        else if (kind == u"none"_s)
            server.idToken = [] { return token({{u"alg"_s, u"none"_s}}, claims(true), {}); };
        else if (kind == u"unknown-kid"_s)
            server.idToken = [k1] { return token(hs256(u"k9"_s), claims(true), k1); };
        else if (kind == u"hs384"_s)
            server.idToken = [k1] {
                return token({{u"alg"_s, u"HS384"_s}, {u"kid"_s, u"k1"_s}}, claims(true), k1);
            };
        else if (kind == u"unreadable"_s)
            server.idToken = [] { return QByteArray("eyJhbGciOi.not-a-token"); };

        Sandbox sandbox;
        addDeviceProfile(sandbox, server.url());
        const QJsonObject result = login(sandbox);
        QCOMPARE(server.tokenRequests(), 1);
        QCOMPARE(result.value(u"signature"_s).toString(), signature);
        if (key.isEmpty())
            QVERIFY(result.value(u"signature_key"_s).isNull());
        else
            QCOMPARE(result.value(u"signature_key"_s).toString(), key);
        QCOMPARE(result.value(u"device_authenticated"_s).toVariant(), device);
        const QString warnings = warningsOf(result);
        if (warning.isEmpty())
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        else
            QVERIFY2(warnings.contains(warning), qPrintable(warnings));
        // An unreadable token says so, and guesses nothing about headers or versions.
        if (kind == u"unreadable"_s) {
            for (const QString &guess : {u"header"_s, u"version"_s, u"2.x"_s, u"3.x"_s})
                QVERIFY2(!warnings.contains(guess), qPrintable(warnings));
        }
        if (jwksRequests >= 0)
            QCOMPARE(server.jwksRequests(), jwksRequests);
    }

    // SanteDB allows 5 s of clock skew on exp and nbf; beyond it the token's times are wrong.
    void timeClaimsHaveFiveSecondsLeeway_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("offset"); // seconds from the moment the token is made
        QTest::addColumn<QString>("warning"); // empty: none
        // The token is made when the request arrives and judged a moment later: 1 s inside the
        // leeway and 10 s outside leave that moment several seconds on either side.
        QTest::newRow("exp 1 s ago") << u"exp"_s << -1 << QString();
        QTest::newRow("exp 10 s ago") << u"exp"_s << -10 << u"the token expired at"_s;
        QTest::newRow("nbf in 1 s") << u"nbf"_s << 1 << QString();
        QTest::newRow("nbf in 10 s") << u"nbf"_s << 10 << u"the token is not valid before"_s;
    }

    void timeClaimsHaveFiveSecondsLeeway()
    {
        QFETCH(QString, claim);
        QFETCH(int, offset);
        QFETCH(QString, warning);
        IdTokenServer server;
        server.keys = {octKey(u"k1"_s, m_key)};
        const QByteArray k1 = m_key;
        server.idToken = [k1, claim, offset] {
            QJsonObject c = claims(true);
            c.insert(claim, nowSeconds() + offset);
            return token(hs256(u"k1"_s), c, k1);
        };
        Sandbox sandbox;
        addDeviceProfile(sandbox, server.url());
        const QJsonObject result = login(sandbox);
        QCOMPARE(result.value(u"signature"_s).toString(), u"verified"_s);
        const QString warnings = warningsOf(result);
        if (warning.isEmpty())
            QVERIFY2(!warnings.contains(u"the token"_s), qPrintable(warnings));
        else
            QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    }

    // A server whose Date is more than 30 s off the local clock is worth a warning.
    void serverClockFarOffIsAWarning_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("warning");
        QTest::newRow("in step") << 0 << QString();
        QTest::newRow("2 min ahead") << 120 << u"s ahead of this computer's"_s;
        QTest::newRow("2 min behind") << -120 << u"s behind this computer's"_s;
    }

    void serverClockFarOffIsAWarning()
    {
        QFETCH(int, offset);
        QFETCH(QString, warning);
        IdTokenServer server;
        server.keys = {octKey(u"k1"_s, m_key)};
        const QByteArray k1 = m_key;
        server.idToken = [k1] { return token(hs256(u"k1"_s), claims(true), k1); };
        server.date = [offset] { return QDateTime::currentDateTimeUtc().addSecs(offset); };
        Sandbox sandbox;
        addDeviceProfile(sandbox, server.url());
        const QJsonObject result = login(sandbox);
        QCOMPARE(result.value(u"signature"_s).toString(), u"verified"_s);
        const QString warnings = warningsOf(result);
        if (warning.isEmpty())
            QVERIFY2(!warnings.contains(u"clock"_s), qPrintable(warnings));
        else
            QVERIFY2(warnings.contains(u"the server's clock is"_s) && warnings.contains(warning),
                     qPrintable(warnings));
    }

    // Keys are kept per server for 18 h: a second login asks for none, a new kid asks once,
    // and a stale cache is fetched again.
    void keysAreCachedPerServerFor18Hours()
    {
        IdTokenServer server;
        server.keys = {octKey(u"k1"_s, m_key)};
        const QByteArray k1 = m_key;
        server.idToken = [k1] { return token(hs256(u"k1"_s), claims(true), k1); };
        Sandbox sandbox;
        addDeviceProfile(sandbox, server.url());
        QCOMPARE(login(sandbox).value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(server.jwksRequests(), 1);
        QCOMPARE(cacheFiles(sandbox).size(), 1);

        QCOMPARE(login(sandbox, {u"--fresh"_s}).value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(server.tokenRequests(), 2);
        QCOMPARE(server.jwksRequests(), 1);

        // The server rolls its key: the unknown kid costs exactly one more JWKS request.
        const QByteArray k2 = m_otherKey;
        server.keys = {octKey(u"k1"_s, m_key), octKey(u"k2"_s, k2)};
        server.idToken = [k2] { return token(hs256(u"k2"_s), claims(true), k2); };
        QJsonObject rolled = login(sandbox, {u"--fresh"_s});
        QCOMPARE(rolled.value(u"signature_key"_s).toString(), u"jwks:k2"_s);
        QCOMPARE(server.jwksRequests(), 2);

        QVERIFY(ageCache(sandbox, 17));
        QCOMPARE(login(sandbox, {u"--fresh"_s}).value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(server.jwksRequests(), 2);
        QVERIFY(ageCache(sandbox, 19));
        QCOMPARE(login(sandbox, {u"--fresh"_s}).value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(server.jwksRequests(), 3);

        // The cache holds what the server publishes, never a credential.
        QVERIFY(findLeak(sandbox.allFileBytes(), m_deviceSecret) < 0);
    }

    void decodeVerifiesWithAJwksFile_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::newRow("verified") << token(hs256(u"k1"_s), claims(true), m_key) << u"verified"_s
                                  << u"jwks:k1"_s << u"signature: verified (jwks:k1)"_s;
        QTest::newRow("forged") << token(hs256(u"k1"_s), claims(true), m_otherKey) << u"invalid"_s
                                << u"jwks:k1"_s << u"signature: signature invalid (jwks:k1)"_s;
        QTest::newRow("alg none") << token({{u"alg"_s, u"none"_s}}, claims(true), {})
                                  << u"unsigned"_s << QString()
                                  << u"signature: unsigned (alg none)"_s;
        QTest::newRow("unknown kid")
            << token(hs256(u"k9"_s), claims(true), m_key) << u"unknown_key"_s << QString()
            << u"signature: signing key unknown"_s;
        QTest::newRow("HS384") << token({{u"alg"_s, u"HS384"_s}}, claims(true), m_key)
                               << u"unsupported_alg"_s << QString()
                               << u"signature: unsupported signature algorithm"_s;
    }

    void decodeVerifiesWithAJwksFile()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(QString, signature);
        QFETCH(QString, key);
        QFETCH(QString, label);
        Sandbox sandbox;
        QTemporaryDir dir;
        const QString jwks = dir.filePath(u"jwks.json"_s);
        QFile file(jwks);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject {{u"keys"_s, QJsonArray {octKey(u"k1"_s, m_key)}}}).toJson());
        file.close();

        const CliRun json = runCli(sandbox, {u"decode"_s, u"--jwks"_s, jwks, u"--json"_s}, jwt);
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject d = parse(json.out);
        QCOMPARE(d.value(u"signature"_s).toString(), signature);
        QCOMPARE(d.value(u"signature_key"_s).toString(), key);
        QCOMPARE(d.value(u"claims"_s).toObject().value(u"name"_s).toString(), u"APP"_s);

        const CliRun human =
            runCli(sandbox, {u"decode"_s, QString::fromLatin1(jwt), u"--jwks"_s, jwks});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(label.toUtf8()), human.out.constData());
        QVERIFY(!human.out.contains("signature: not verified"));

        // Without --jwks nothing is claimed.
        QCOMPARE(parse(runCli(sandbox, {u"decode"_s, u"--json"_s}, jwt).out)
                     .value(u"signature"_s)
                     .toString(),
                 u"not_verified"_s);
    }

    void decodeFetchesAJwksUrlOnce()
    {
        IdTokenServer server;
        server.keys = {octKey(u"k1"_s, m_key)};
        Sandbox sandbox;
        const QByteArray jwt = token(hs256(u"k1"_s), claims(false), m_key);
        const CliRun run = runCliServing(
            sandbox, {u"decode"_s, u"--jwks"_s, server.url() + u"/auth/jwks"_s, u"--json"_s}, jwt);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(parse(run.out).value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(server.jwksRequests(), 1);

        // A URL that does not answer with keys, and a file that is none, are errors.
        const CliRun missing = runCliServing(
            sandbox, {u"decode"_s, u"--jwks"_s, server.url() + u"/nothing"_s, u"--json"_s}, jwt);
        QCOMPARE(missing.exitCode, 4);
        QCOMPARE(parse(missing.out)[u"error"_s][u"http_status"_s].toInt(), 404);
        QTemporaryDir dir;
        QFile garbage(dir.filePath(u"garbage.json"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not json");
        garbage.close();
        const CliRun bad =
            runCli(sandbox, {u"decode"_s, u"--jwks"_s, garbage.fileName(), u"--json"_s}, jwt);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("unusable"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSignature)
#include "tst_clisignature.moc"
