// SPDX-License-Identifier: Apache-2.0
#include "authemulator.h"
#include "authendpoints.h"
#include "emulatorclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sdsm::emu;

using namespace sdsm::emu::test;

namespace {

// An identities file whose application secret needs every form-encoding rule.
const QString formSecret = u"p$ &+=%/: é"_s;
const QByteArray formIdentities = R"({
  "allow_nodeless_client_auth": true,
  "applications": [{"client_id": "FORM_APP", "secret": "p$ &+=%/: é",
                    "policies": ["1.3.6.1.4.1.33349.3.1.5.9.2.1.0",
                                 "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1",
                                 "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1.0"]}],
  "devices": [{"device_id": "COLON_DEVICE", "secret": "left:right",
               "policies": ["1.3.6.1.4.1.33349.3.1.5.9.2.1.0",
                            "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"]}]
})"_ba;

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tokenEndpoint_data();
    void tokenEndpoint();
    void success3xClaims();
    void appOnly3xClaims();
    void scopeIntersectsDevicePolicies();
    void nodelessClientAuthRefused();
    void success2x();
    void colonInDeviceSecret_data();
    void colonInDeviceSecret();
    void formDecoding_data();
    void formDecoding();
    void identitiesFromJson_data();
    void identitiesFromJson();
    void discoveryAndJwks();
    void ping();
    void sessionEndpoint_data();
    void sessionEndpoint();
    void unknownRoutes_data();
    void unknownRoutes();
    void recordsAndLogsRequests();
    void faults_data();
    void faults();
    void hangLeavesOtherRequestsWorking();
    void slowDripSendsHeadersFirst();
    void delayAnswersLate();
    void countsRequestsInFlight();
    void parserHandlesChunks();
    void parserRefusals_data();
    void parserRefusals();
    void rawSocketRequests_data();
    void rawSocketRequests();
    void expectContinue();
    void binaryPrintsListeningLine();
    void binaryLoadsIdentitiesFile();
    void binaryRejectsBadArguments_data();
    void binaryRejectsBadArguments();

private:
    Reply send(const QUrl &base, const QByteArray &method, const QString &path,
               const QByteArray &body = {}, const HeaderList &headers = {})
    {
        return m_client.send(base, method, path, body, headers);
    }
    Reply token(const AuthEmulator &emulator, const QByteArray &body,
                const HeaderList &headers = {})
    {
        return m_client.token(emulator, body, headers);
    }

    HttpClient m_client;
    QNetworkAccessManager m_nam; // for replies a test watches while they run
};

void TestEmulator::initTestCase()
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(!policies::standard().isEmpty());
}

void TestEmulator::tokenEndpoint_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("deviceAuthorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");

    const QByteArray device = basic(exampleDevice, exampleDeviceSecret);
    const QByteArray onBehalf = form({{u"grant_type"_s, u"client_credentials"_s},
                                      {u"scope"_s, u"*"_s},
                                      {u"client_id"_s, exampleApp}});
    const QByteArray withSecret = form({{u"grant_type"_s, u"client_credentials"_s},
                                        {u"client_id"_s, exampleApp},
                                        {u"client_secret"_s, exampleAppSecret}});
    const auto app = [](const QString &id, const QString &secret, const QString &scope = {}) {
        QList<std::pair<QString, QString>> fields {{u"grant_type"_s, u"client_credentials"_s},
                                                   {u"client_id"_s, id},
                                                   {u"client_secret"_s, secret}};
        if (!scope.isEmpty())
            fields.append({u"scope"_s, scope});
        return form(fields);
    };
    const QString flowViolation = u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1' was violated by "
                                  u"'NO_FLOW_APP' with outcome 'Deny'"_s;

    QTest::newRow("3.x device Basic + client_id")
        << 3 << device << QByteArray() << onBehalf << 200 << QString() << QString();
    QTest::newRow("3.x lower-case basic scheme") << 3 << "basic "_ba + device.mid(6) << QByteArray()
                                                 << onBehalf << 200 << QString() << QString();
    QTest::newRow("3.x device Basic + client_secret")
        << 3 << device << QByteArray() << withSecret << 400 << u"unspecified_error"_s
        << u"An item with the same key has already been added. Key: symm_secret"_s;
    QTest::newRow("3.x wrong device secret")
        << 3 << basic(exampleDevice, u"wrong"_s) << QByteArray() << onBehalf << 401
        << u"unspecified_error"_s << u"Invalid device credentials"_s;
    QTest::newRow("3.x unknown device")
        << 3 << basic(u"NO_SUCH_DEVICE"_s, u"x"_s) << QByteArray() << onBehalf << 401
        << u"unspecified_error"_s << u"Invalid device credentials"_s;
    QTest::newRow("3.x ':' in the device secret")
        << 3 << basic(exampleDevice, u"a:b"_s) << QByteArray() << onBehalf << 403
        << u"unspecified_error"_s << u"Malformed HTTP Basic Header"_s;
    QTest::newRow("3.x locked device")
        << 3 << basic(u"LOCKED_DEVICE"_s, u"locked-device-secret"_s) << QByteArray() << onBehalf
        << 401 << u"unspecified_error"_s << u"Device account is locked"_s;
    QTest::newRow("3.x unknown client_id with device")
        << 3 << device << QByteArray()
        << form({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"NOPE"_s}}) << 400
        << u"invalid_grant"_s << u"invalid client_id"_s;
    QTest::newRow("3.x unknown client_id with secret")
        << 3 << QByteArray() << QByteArray() << app(u"NOPE"_s, u"x"_s) << 401
        << u"unspecified_error"_s << u"Invalid client credentials"_s;
    QTest::newRow("3.x wrong client_secret")
        << 3 << QByteArray() << QByteArray() << app(u"fiddler"_s, u"wrong"_s) << 401
        << u"unspecified_error"_s << u"Invalid client credentials"_s;
    QTest::newRow("3.x locked application")
        << 3 << QByteArray() << QByteArray() << app(u"LOCKED_APP"_s, u"locked-app-secret"_s) << 401
        << u"unspecified_error"_s << u"Application account is locked"_s;
    QTest::newRow("3.x missing client_id")
        << 3 << device << QByteArray() << form({{u"grant_type"_s, u"client_credentials"_s}}) << 400
        << u"invalid_grant"_s << u"invalid client_id"_s;
    QTest::newRow("3.x neither secret nor device")
        << 3 << QByteArray() << QByteArray() << onBehalf << 400 << u"invalid_client"_s
        << u"invalid client_secret"_s;
    QTest::newRow("3.x ignores X-Device-Authorization")
        << 3 << QByteArray() << device << onBehalf << 400 << u"invalid_client"_s
        << u"invalid client_secret"_s;
    QTest::newRow("3.x authorization_code grant")
        << 3 << QByteArray() << QByteArray()
        << form({{u"grant_type"_s, u"authorization_code"_s}, {u"client_id"_s, u"fiddler"_s}}) << 400
        << u"unsupported_grant_type"_s << QString();
    QTest::newRow("3.x app-only fiddler")
        << 3 << QByteArray() << QByteArray() << app(u"fiddler"_s, u"fiddler"_s) << 200 << QString()
        << QString();
    QTest::newRow("3.x app-only without the no-device policy")
        << 3 << QByteArray() << QByteArray() << withSecret << 403 << u"unspecified_error"_s
        << u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1.0' was violated by "
           u"'EXAMPLE_APPLICATION' with outcome 'Deny'"_s;
    QTest::newRow("3.x application lacks the flow policy")
        << 3 << QByteArray() << QByteArray() << app(u"NO_FLOW_APP"_s, u"no-flow-secret"_s) << 403
        << u"unspecified_error"_s << flowViolation;
    QTest::newRow("3.x scope the application lacks")
        << 3 << QByteArray() << QByteArray()
        << app(u"fiddler"_s, u"fiddler"_s, u"1.3.6.1.4.1.33349.3.1.5.9.2.0"_s) << 403
        << u"unspecified_error"_s
        << u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.0' was violated by 'fiddler'"_s;
    QTest::newRow("3.x scope held")
        << 3 << QByteArray() << QByteArray()
        << app(u"fiddler"_s, u"fiddler"_s,
               u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0 1.3.6.1.4.1.33349.3.1.5.9.2.2.0"_s)
        << 200 << QString() << QString();

    QTest::newRow("2.x X-Device-Authorization + client_secret")
        << 2 << QByteArray() << device << withSecret << 200 << QString() << QString();
    QTest::newRow("2.x application in Authorization Basic")
        << 2 << basic(exampleApp, exampleAppSecret) << device
        << form({{u"grant_type"_s, u"client_credentials"_s}}) << 200 << QString() << QString();
    QTest::newRow("2.x failing Basic application is ignored")
        << 2 << basic(exampleApp, u"wrong"_s) << device << withSecret << 200 << QString()
        << QString();
    QTest::newRow("2.x without device")
        << 2 << QByteArray() << QByteArray() << withSecret << 400 << u"invalid_grant"_s
        << u"client_credentials grant requires device authentication"_s;
    QTest::newRow("2.x device in Authorization is not a device")
        << 2 << device << QByteArray() << withSecret << 400 << u"invalid_grant"_s
        << u"requires device authentication"_s;
    QTest::newRow("2.x wrong client_secret")
        << 2 << QByteArray() << device << app(exampleApp, u"wrong"_s) << 400 << u"invalid_grant"_s
        << u"Invalid client credentials"_s;
    QTest::newRow("2.x wrong device secret")
        << 2 << QByteArray() << basic(exampleDevice, u"wrong"_s) << withSecret << 400
        << u"invalid_grant"_s << u"Invalid device credentials"_s;
    QTest::newRow("2.x locked device")
        << 2 << QByteArray() << basic(u"LOCKED_DEVICE"_s, u"locked-device-secret"_s) << withSecret
        << 400 << u"invalid_grant"_s << u"Invalid device credentials"_s;
    QTest::newRow("2.x device header not BASIC")
        << 2 << QByteArray() << "Bearer abc"_ba << withSecret << 400 << u"invalid_request"_s
        << u"X-Device-Authorization must be BASIC scheme"_s;
    QTest::newRow("2.x missing client_id")
        << 2 << QByteArray() << device << form({{u"grant_type"_s, u"client_credentials"_s}}) << 400
        << u"invalid_request"_s << u"missing client_id"_s;
    QTest::newRow("2.x application lacks the flow policy")
        << 2 << QByteArray() << device << app(u"NO_FLOW_APP"_s, u"no-flow-secret"_s) << 400
        << u"invalid_grant"_s << flowViolation;
}

void TestEmulator::tokenEndpoint()
{
    QFETCH(int, version);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, deviceAuthorization);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, description);

    EmulatorOptions options;
    options.santedbVersion = version;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    HeaderList headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization"_ba, authorization});
    if (!deviceAuthorization.isEmpty())
        headers.append({"X-Device-Authorization"_ba, deviceAuthorization});

    const Reply reply = token(emulator, body, headers);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    QCOMPARE(emulator.tokenRequestCount(), 1);
    if (status == 200) {
        QVERIFY(!reply.json.value(u"access_token"_s).toString().isEmpty());
        QVERIFY(!reply.json.value(u"id_token"_s).toString().isEmpty());
        QCOMPARE(reply.json.value(u"token_type"_s).toString(), u"bearer"_s);
        QVERIFY(!reply.json.contains(u"error"_s));
    } else {
        QCOMPARE(reply.json.value(u"error"_s).toString(), error);
        QVERIFY2(reply.json.value(u"error_description"_s).toString().contains(description),
                 qPrintable(reply.json.value(u"error_description"_s).toString()));
        QVERIFY(!reply.json.contains(u"access_token"_s));
    }
}

void TestEmulator::success3xClaims()
{
    EmulatorOptions options;
    options.sessionSeconds = 600;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Reply reply = token(emulator,
                              form({{u"grant_type"_s, u"client_credentials"_s},
                                    {u"scope"_s, u"*"_s},
                                    {u"client_id"_s, exampleApp},
                                    {u"nonce"_s, u"nonce-123"_s}}),
                              {{"Authorization"_ba, basic(exampleDevice, exampleDeviceSecret)}});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), "no-store"_ba);
    QCOMPARE(reply.json.value(u"token_type"_s).toString(), u"bearer"_s);
    QCOMPARE(reply.json.value(u"expires_in"_s).toInteger(), 599);
    QCOMPARE(reply.json.value(u"nonce"_s).toString(), u"nonce-123"_s);
    QVERIFY(!reply.json.contains(u"refresh_token"_s));

    const QByteArray accessToken = reply.json.value(u"access_token"_s).toString().toLatin1();
    const QRegularExpression opaque(u"^[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}$"_s);
    QVERIFY(opaque.match(QString::fromLatin1(accessToken)).hasMatch());

    const QByteArray idToken = reply.json.value(u"id_token"_s).toString().toLatin1();
    const QJsonObject header = jwtPart(idToken, 0);
    QCOMPARE(header.value(u"alg"_s).toString(), u"HS256"_s);
    QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
    QCOMPARE(header.value(u"kid"_s).toString(), u"default"_s);

    // The signature verifies with the key the JWKS publishes.
    const Reply keys = send(emulator.baseUrl(), "GET"_ba, u"/auth/jwks"_s);
    const QByteArray key = QByteArray::fromBase64(
        keys.json.value(u"keys"_s)[0][u"k"_s].toString().toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype lastDot = idToken.lastIndexOf('.');
    QVERIFY(base64Url(QMessageAuthenticationCode::hash(idToken.left(lastDot), key,
                                                       QCryptographicHash::Sha256))
            == idToken.mid(lastDot + 1));

    const QJsonObject claims = jwtPart(idToken, 1);
    const QString appSid = Identities::derivedSid(exampleApp).toString(QUuid::WithoutBraces);
    const QString deviceSid = Identities::derivedSid(exampleDevice).toString(QUuid::WithoutBraces);
    QCOMPARE(claims.value(u"iss"_s).toString(), emulator.baseUrl().toString() + u"/auth"_s);
    QCOMPARE(claims.value(u"aud"_s).toString(), exampleApp);
    QCOMPARE(claims.value(u"name"_s).toString(), exampleApp);
    QCOMPARE(claims.value(u"sub"_s).toString(), appSid);
    const qint64 iat = claims.value(u"iat"_s).toInteger();
    QVERIFY(iat >= before && iat <= after);
    QCOMPARE(claims.value(u"nbf"_s).toInteger(), iat);
    QCOMPARE(claims.value(u"exp"_s).toInteger() - iat, 600);
    QCOMPARE(claims.value(u"nonce"_s).toString(), u"nonce-123"_s);
    QVERIFY(!QUuid::fromString(claims.value(u"sid"_s).toString()).isNull());
    QVERIFY(!claims.value(u"jti"_s).toString().isEmpty());
    QCOMPARE(claims.value(u"at_hash"_s).toString().toLatin1(),
             base64Url(QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256).left(16)));
    QCOMPARE(claims.value(u"urn:santedb:org:claim:appid"_s).toString(), appSid);
    QCOMPARE(claims.value(u"urn:santedb:org:claim:devid"_s).toString(), deviceSid);
    const QJsonObject santedb = claims.value(u"extensions"_s)[u"santedb"_s].toObject();
    QCOMPARE(santedb.value(u"appid"_s).toString(), appSid);
    QCOMPARE(santedb.value(u"appname"_s).toString(), exampleApp);
    QCOMPARE(santedb.value(u"devid"_s).toString(), deviceSid);
    QCOMPARE(santedb.value(u"devname"_s).toString(), exampleDevice);
    const QJsonArray scope = claims.value(u"scope"_s).toArray();
    QVERIFY(scope.contains(QString(policies::clientCredentialsFlow)));
    QVERIFY(scope.contains(QString(policies::readMetadata)));
    QVERIFY(!scope.contains(QString(policies::readPlacesAndOrgs)));
}

void TestEmulator::appOnly3xClaims()
{
    AuthEmulator emulator;
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const Reply reply = token(emulator,
                              form({{u"grant_type"_s, u"client_credentials"_s},
                                    {u"client_id"_s, u"fiddler"_s},
                                    {u"client_secret"_s, u"fiddler"_s},
                                    {u"scope"_s, QString(policies::readMetadata)}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.contains(u"nonce"_s));
    const QJsonObject claims = jwtPart(reply.json.value(u"id_token"_s).toString().toLatin1(), 1);
    QCOMPARE(claims.value(u"name"_s).toString(), u"fiddler"_s);
    // Exactly one scope travels as a plain string.
    QCOMPARE(claims.value(u"scope"_s).toString(), QString(policies::readMetadata));
    QVERIFY(!claims.contains(u"urn:santedb:org:claim:devid"_s));
    QVERIFY(!claims.contains(u"nonce"_s));
    const QJsonObject santedb = claims.value(u"extensions"_s)[u"santedb"_s].toObject();
    QCOMPARE(santedb.value(u"appname"_s).toString(), u"fiddler"_s);
    QVERIFY(!santedb.contains(u"devid"_s));
    QVERIFY(!santedb.contains(u"devname"_s));
}

void TestEmulator::scopeIntersectsDevicePolicies()
{
    const std::optional<Identities> identities = Identities::fromJson(R"({
        "applications": [{"client_id": "APP", "secret": "s",
            "policies": ["1.3.6.1.4.1.33349.3.1.5.9.2.1.0", "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1",
                         "1.3.6.1.4.1.33349.3.1.5.9.2.4.0", "1.3.6.1.4.1.33349.3.1.5.9.2.2.0"]}],
        "devices": [{"device_id": "DEV", "secret": "d",
            "policies": ["1.3.6.1.4.1.33349.3.1.5.9.2.1.0", "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1",
                         "1.3.6.1.4.1.33349.3.1.5.9.2.4.0"]}]})"_ba,
                                                                      nullptr);
    QVERIFY(identities);
    EmulatorOptions options;
    options.identities = *identities;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const HeaderList device {{"Authorization"_ba, basic(u"DEV"_s, u"d"_s)}};

    const Reply all = token(
        emulator, form({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"APP"_s}}),
        device);
    QCOMPARE(all.status, 200);
    const QJsonArray scope =
        jwtPart(all.json.value(u"id_token"_s).toString().toLatin1(), 1)[u"scope"_s].toArray();
    QCOMPARE(scope.size(), 3);
    QVERIFY(!scope.contains(QString(policies::queryClinicalData)));

    const Reply denied = token(emulator,
                               form({{u"grant_type"_s, u"client_credentials"_s},
                                     {u"client_id"_s, u"APP"_s},
                                     {u"scope"_s, QString(policies::queryClinicalData)}}),
                               device);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json.value(u"error_description"_s).toString(),
             u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.2.0' was violated by 'DEV' with outcome "
             u"'Deny'"_s);
}

void TestEmulator::nodelessClientAuthRefused()
{
    EmulatorOptions options;
    options.identities.allowNodelessClientAuth = false;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const Reply reply = token(emulator,
                              form({{u"grant_type"_s, u"client_credentials"_s},
                                    {u"client_id"_s, u"fiddler"_s},
                                    {u"client_secret"_s, u"fiddler"_s}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error"_s).toString(), u"unauthorized_client"_s);
    QCOMPARE(reply.json.value(u"error_description"_s).toString(),
             u"client_credentials grant type requires device authentication either using X509 "
             u"or X-Device-Authorization or enabling the DeviceAuthorizationAccessBehavior in "
             u"the configuration."_s);
}

void TestEmulator::success2x()
{
    EmulatorOptions options;
    options.santedbVersion = 2;
    options.sessionSeconds = 1800;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const Reply reply = token(emulator,
                              form({{u"grant_type"_s, u"client_credentials"_s},
                                    {u"scope"_s, u"*"_s},
                                    {u"client_id"_s, exampleApp},
                                    {u"client_secret"_s, exampleAppSecret}}),
                              {{"X-Device-Authorization"_ba,
                                "BASIC "_ba + basic(exampleDevice, exampleDeviceSecret).mid(6)}});
    QCOMPARE(reply.status, 200);
    // The seed page's 30-minute session: milliseconds, 16 ms already gone.
    QCOMPARE(reply.json.value(u"expires_in"_s).toInteger(), 1799984);
    const QRegularExpression hex(u"^[0-9A-F]{96}$"_s);
    QVERIFY(hex.match(reply.json.value(u"access_token"_s).toString()).hasMatch());
    QVERIFY(hex.match(reply.json.value(u"refresh_token"_s).toString()).hasMatch());
    QCOMPARE(reply.json.value(u"token_type"_s).toString(), u"bearer"_s);

    const QJsonObject claims = jwtPart(reply.json.value(u"id_token"_s).toString().toLatin1(), 1);
    QCOMPARE(claims.value(u"unique_name"_s).toString(), exampleApp);
    QCOMPARE(claims.value(u"authmethod"_s).toString(), u"OAuth"_s);
    QCOMPARE(claims.value(u"aud"_s).toString(), exampleApp);
    QCOMPARE(claims.value(u"appid"_s).toString(),
             Identities::derivedSid(exampleApp).toString(QUuid::WithoutBraces));
    QCOMPARE(claims.value(u"devid"_s).toString(),
             Identities::derivedSid(exampleDevice).toString(QUuid::WithoutBraces));
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 1800);
    QVERIFY(claims.value(u"scope"_s).isArray());
    QVERIFY(!claims.contains(u"role"_s));
    QVERIFY(!claims.contains(u"name"_s));
    QVERIFY(!claims.contains(u"urn:santedb:org:claim:appid"_s));
}

void TestEmulator::colonInDeviceSecret_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("status");
    // 2.x splits on the first ':' only; 3.x wants exactly two parts.
    QTest::newRow("2.x accepts") << 2 << 200;
    QTest::newRow("3.x refuses") << 3 << 403;
}

void TestEmulator::colonInDeviceSecret()
{
    QFETCH(int, version);
    QFETCH(int, status);
    EmulatorOptions options;
    options.santedbVersion = version;
    options.identities = *Identities::fromJson(formIdentities, nullptr);
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const QByteArray device = basic(u"COLON_DEVICE"_s, u"left:right"_s);
    const Reply reply = version == 2
        ? token(emulator,
                form({{u"grant_type"_s, u"client_credentials"_s},
                      {u"client_id"_s, u"FORM_APP"_s},
                      {u"client_secret"_s, formSecret}}),
                {{"X-Device-Authorization"_ba, device}})
        : token(emulator,
                form({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"FORM_APP"_s}}),
                {{"Authorization"_ba, device}});
    QCOMPARE(reply.status, status);
}

void TestEmulator::formDecoding_data()
{
    QTest::addColumn<QByteArray>("encodedSecret");
    QTest::addColumn<int>("status");

    QTest::newRow("every byte percent-encoded") << "%70%24%20%26%2B%3D%25%2F%3A%20%C3%A9"_ba << 200;
    QTest::newRow("spaces as '+'") << "p%24+%26%2B%3D%25%2F%3A+%C3%A9"_ba << 200;
    QTest::newRow("lower-case escapes, safe characters raw")
        << "p$+%26%2b%3d%25/:+%c3%a9"_ba << 200;
    QTest::newRow("raw '+' is a space") << "p$+%26+%3D%25%2F%3A+%C3%A9"_ba << 401;
    QTest::newRow("raw '&' ends the field") << "p$+&%2B%3D%25%2F%3A+%C3%A9"_ba << 401;
    QTest::newRow("Latin-1 byte for é") << "p$+%26%2B%3D%25%2F%3A+%E9"_ba << 401;
}

void TestEmulator::formDecoding()
{
    QFETCH(QByteArray, encodedSecret);
    QFETCH(int, status);
    QString error;
    const std::optional<Identities> identities = Identities::fromJson(formIdentities, &error);
    QVERIFY2(identities, qPrintable(error));
    QVERIFY(identities->findApplication(u"FORM_APP"_s)->secret == formSecret);

    EmulatorOptions options;
    options.identities = *identities;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const Reply reply =
        token(emulator,
              "grant_type=client_credentials&client_id=FORM_APP&client_secret="_ba + encodedSecret);
    QCOMPARE(reply.status, status);
}

void TestEmulator::identitiesFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty object") << "{}"_ba << true;
    QTest::newRow("full entries") << R"({"allow_nodeless_client_auth": false,
              "applications": [{"client_id": "A", "secret": "s", "policies": ["1.2"],
                                "locked": true, "sid": "0b7f3c3e-8a4e-4c84-9c55-0d4b1a2f3e4d"}],
              "devices": [{"device_id": "D", "secret": "t"}]})"_ba
                                  << true;
    QTest::newRow("not JSON") << "{applications"_ba << false;
    QTest::newRow("array root") << "[]"_ba << false;
    QTest::newRow("unknown root member") << R"({"apps": []})"_ba << false;
    QTest::newRow("applications not an array") << R"({"applications": {}})"_ba << false;
    QTest::newRow("missing client_id") << R"({"applications": [{"secret": "s"}]})"_ba << false;
    QTest::newRow("missing secret") << R"({"devices": [{"device_id": "D"}]})"_ba << false;
    QTest::newRow("bad sid")
        << R"({"devices": [{"device_id": "D", "secret": "s", "sid": "nope"}]})"_ba << false;
    QTest::newRow("policy not a string")
        << R"({"devices": [{"device_id": "D", "secret": "s", "policies": [1]}]})"_ba << false;
    QTest::newRow("locked not a bool")
        << R"({"devices": [{"device_id": "D", "secret": "s", "locked": "yes"}]})"_ba << false;
    QTest::newRow("duplicate name, other case")
        << R"({"applications": [{"client_id": "A", "secret": "s"},
                                {"client_id": "a", "secret": "t"}]})"_ba
        << false;
    QTest::newRow("unknown entry member")
        << R"({"applications": [{"client_id": "A", "secret": "s", "scope": []}]})"_ba << false;
    QTest::newRow("users and site policies")
        << R"({"users": [{"username": "Nurse", "password": "pw", "policies": ["1.2"],
                          "roles": ["CLINICAL_STAFF"], "locked": false, "password_expired": true,
                          "mfa_code": "999", "sid": "0b7f3c3e-8a4e-4c84-9c55-0d4b1a2f3e4d",
                          "facilities": [{"id": "c4cded32-b12c-4977-bc6a-aafe55408760",
                                          "name": "Ward 1"}]},
                         {"username": "plain", "password": ""}],
              "site_policies": [{"oid": "1.2.3.4", "name": "Site Thing"}]})"_ba
        << true;
    QTest::newRow("user without password") << R"({"users": [{"username": "u"}]})"_ba << false;
    QTest::newRow("user with a secret")
        << R"({"users": [{"username": "u", "password": "p", "secret": "s"}]})"_ba << false;
    QTest::newRow("duplicate user")
        << R"({"users": [{"username": "u", "password": "p"}, {"username": "U", "password": "q"}]})"_ba
        << false;
    QTest::newRow("roles not strings")
        << R"({"users": [{"username": "u", "password": "p", "roles": [1]}]})"_ba << false;
    QTest::newRow("mfa_code not a string")
        << R"({"users": [{"username": "u", "password": "p", "mfa_code": 123}]})"_ba << false;
    QTest::newRow("facility without name") << R"({"users": [{"username": "u", "password": "p",
                          "facilities": [{"id": "c4cded32-b12c-4977-bc6a-aafe55408760"}]}]})"_ba
                                           << false;
    QTest::newRow("facility id not a UUID") << R"({"users": [{"username": "u", "password": "p",
                          "facilities": [{"id": "ward-1", "name": "Ward 1"}]}]})"_ba
                                            << false;
    QTest::newRow("site policy without name")
        << R"({"site_policies": [{"oid": "1.2.3"}]})"_ba << false;
    QTest::newRow("site policies not an array") << R"({"site_policies": {}})"_ba << false;
}

void TestEmulator::identitiesFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QString error;
    const std::optional<Identities> identities = Identities::fromJson(json, &error);
    QCOMPARE(identities.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid) {
        QVERIFY2(error.endsWith(u'.'), qPrintable(error));
        return;
    }
    if (QByteArray(QTest::currentDataTag()) == "full entries") {
        QVERIFY(!identities->allowNodelessClientAuth);
        const Application *app = identities->findApplication(u"a"_s);
        QVERIFY(app);
        QVERIFY(app->locked);
        QCOMPARE(app->policies, QStringList {u"1.2"_s});
        QCOMPARE(app->sid, QUuid(u"0b7f3c3e-8a4e-4c84-9c55-0d4b1a2f3e4d"_s));
        QCOMPARE(identities->findDevice(u"D"_s)->sid, Identities::derivedSid(u"D"_s));
    } else if (QByteArray(QTest::currentDataTag()) == "users and site policies") {
        const User *user = identities->findUser(u"nurse"_s);
        QVERIFY(user);
        QCOMPARE(user->password, u"pw"_s);
        QCOMPARE(user->roles, QStringList {u"CLINICAL_STAFF"_s});
        QVERIFY(user->passwordExpired);
        QVERIFY(!user->locked);
        QCOMPARE(user->mfaCode, u"999"_s);
        QCOMPARE(user->sid, QUuid(u"0b7f3c3e-8a4e-4c84-9c55-0d4b1a2f3e4d"_s));
        QCOMPARE(user->facilities.size(), 1);
        QCOMPARE(user->facilities.first().name, u"Ward 1"_s);
        QVERIFY(user->findFacility(QUuid(u"c4cded32-b12c-4977-bc6a-aafe55408760"_s)));
        const User *plain = identities->findUser(u"plain"_s);
        QVERIFY(plain && plain->mfaCode.isEmpty() && plain->facilities.isEmpty());
        QCOMPARE(plain->sid, Identities::derivedSid(u"plain"_s));
        QCOMPARE(identities->sitePolicies.size(), 1);
        QCOMPARE(identities->sitePolicies.first().name, u"Site Thing"_s);
    } else {
        QVERIFY(identities->allowNodelessClientAuth);
    }
}

void TestEmulator::discoveryAndJwks()
{
    AuthEmulator emulator;
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const QString issuer = emulator.baseUrl().toString() + u"/auth"_s;

    const Reply discovery =
        send(emulator.baseUrl(), "GET"_ba, u"/auth/.well-known/openid-configuration"_s);
    QCOMPARE(discovery.status, 200);
    const QJsonObject doc = discovery.json;
    QCOMPARE(doc.value(u"issuer"_s).toString(), issuer);
    QCOMPARE(doc.value(u"token_endpoint"_s).toString(), issuer + u"/oauth2_token"_s);
    QCOMPARE(doc.value(u"jwks_uri"_s).toString(), issuer + u"/jwks"_s);
    QCOMPARE(doc.value(u"userinfo_endpoint"_s).toString(), issuer + u"/userinfo"_s);
    QCOMPARE(doc.value(u"end_session_endpoint"_s).toString(), issuer + u"/signout"_s);
    QCOMPARE(doc.value(u"grant_types_supported"_s).toArray(),
             QJsonArray({u"client_credentials"_s, u"password"_s, u"refresh_token"_s}));
    QCOMPARE(doc.value(u"response_types_supported"_s).toArray(), QJsonArray {u"code"_s});
    QCOMPARE(doc.value(u"subject_types_supported"_s).toArray(), QJsonArray {u"public"_s});
    QCOMPARE(doc.value(u"id_token_signing_alg_values_supported"_s).toArray(),
             QJsonArray {u"HS256"_s});
    QVERIFY(doc.value(u"scopes_supported"_s)
                .toArray()
                .contains(QString(policies::clientCredentialsFlow)));

    const Reply jwks = send(emulator.baseUrl(), "GET"_ba, u"/auth/jwks"_s);
    QCOMPARE(jwks.status, 200);
    const QJsonArray keys = jwks.json.value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(u"kty"_s).toString(), u"oct"_s);
    QCOMPARE(key.value(u"alg"_s).toString(), u"HS256"_s);
    QCOMPARE(key.value(u"kid"_s).toString(), u"default"_s);
    QCOMPARE(QByteArray::fromBase64(key.value(u"k"_s).toString().toLatin1(),
                                    QByteArray::Base64UrlEncoding)
                 .size(),
             32);
}

void TestEmulator::ping()
{
    AuthEmulator emulator;
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const Reply reply = send(emulator.baseUrl(), "PING"_ba, u"/auth"_s);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(emulator.tokenRequestCount(), 0);
}

void TestEmulator::sessionEndpoint_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("3.x") << 3;
    QTest::newRow("2.x") << 2;
}

void TestEmulator::sessionEndpoint()
{
    QFETCH(int, version);
    EmulatorOptions options;
    options.santedbVersion = version;
    options.sessionSeconds = 900;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    // Each generation's own way of naming the device.
    const QByteArray device = basic(exampleDevice, exampleDeviceSecret);
    const Reply session = version == 2
        ? token(emulator,
                form({{u"grant_type"_s, u"client_credentials"_s},
                      {u"client_id"_s, exampleApp},
                      {u"client_secret"_s, exampleAppSecret}}),
                {{"X-Device-Authorization"_ba, device}})
        : token(emulator,
                form({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, exampleApp}}),
                {{"Authorization"_ba, device}});
    QCOMPARE(session.status, 200);
    const QByteArray accessToken = session.json.value(u"access_token"_s).toString().toLatin1();

    const Reply info = send(emulator.baseUrl(), "GET"_ba, u"/auth/session"_s, {},
                            {{"Authorization"_ba, "Bearer "_ba + accessToken}});
    QCOMPARE(info.status, 200);
    QVERIFY(info.json.value(u"access_token"_s).toString().toLatin1() == accessToken);
    QCOMPARE(info.json.value(u"token_type"_s).toString(), u"bearer"_s);
    // Seconds on 3.x, milliseconds on 2.x, like the token response.
    const qint64 expiresIn =
        info.json.value(u"expires_in"_s).toInteger() / (version == 2 ? 1000 : 1);
    QVERIFY2(expiresIn > 890 && expiresIn <= 900, qPrintable(QString::number(expiresIn)));
    const QByteArray idToken = info.json.value(u"id_token"_s).toString().toLatin1();
    QCOMPARE(jwtPart(idToken, 1).value(u"aud"_s).toString(), exampleApp);
    if (version == 3) {
        QVERIFY(idToken != session.json.value(u"id_token"_s).toString().toLatin1());
        QCOMPARE(
            jwtPart(idToken, 1).value(u"sid"_s),
            jwtPart(session.json.value(u"id_token"_s).toString().toLatin1(), 1).value(u"sid"_s));
    }

    const Reply unknown = send(emulator.baseUrl(), "GET"_ba, u"/auth/session"_s, {},
                               {{"Authorization"_ba, "Bearer not-a-session"_ba}});
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.json.value(u"error"_s).toString(), u"invalid_request"_s);
    QCOMPARE(unknown.json.value(u"error_description"_s).toString(), u"No Such Session"_s);
}

void TestEmulator::unknownRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown path") << "GET"_ba << u"/auth/nothing"_s;
    QTest::newRow("GET on the token endpoint") << "GET"_ba << u"/auth/oauth2_token"_s;
    QTest::newRow("outside /auth") << "GET"_ba << u"/hdsi/Patient"_s;
    QTest::newRow("PING elsewhere") << "PING"_ba << u"/ami"_s;
}

void TestEmulator::unknownRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    AuthEmulator emulator;
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    const Reply reply = send(emulator.baseUrl(), method, path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json, QJsonObject({{u"error"_s, u"not_found"_s}}));
    QCOMPARE(emulator.tokenRequestCount(), 0);
}

void TestEmulator::recordsAndLogsRequests()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EmulatorOptions options;
    options.requestLogPath = dir.filePath(u"requests.jsonl"_s);
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QSignalSpy received(&emulator, &AuthEmulator::requestReceived);

    const QByteArray body =
        "grant_type=client_credentials&client_id=fiddler&client_secret=fiddler"_ba;
    token(emulator, body, {{"X-Canary-Header"_ba, "canary value é"_ba}});
    send(emulator.baseUrl(), "GET"_ba, u"/auth/jwks?a=1&b=two"_s);

    QCOMPARE(received.count(), 2);
    QCOMPARE(emulator.tokenRequestCount(), 1);
    const QList<RecordedRequest> requests = emulator.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, "POST"_ba);
    QCOMPARE(requests.at(0).path, "/auth/oauth2_token"_ba);
    QCOMPARE(requests.at(0).body, body);
    QCOMPARE(requests.at(0).header("x-canary-header"), "canary value é"_ba);
    QCOMPARE(received.at(1).at(0).value<RecordedRequest>().path, "/auth/jwks?a=1&b=two"_ba);

    QFile log(options.requestLogPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).isEmpty());
    QVERIFY(lines.at(0).startsWith("{\"method\":\"POST\",\"path\":\"/auth/oauth2_token\","));
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"body"_s).toString(), QString::fromLatin1(body));
    bool sawCanary = false;
    for (const QJsonValue &pair : first.value(u"headers"_s).toArray()) {
        QCOMPARE(pair.toArray().size(), 2);
        if (pair[0].toString() == u"X-Canary-Header")
            sawCanary = pair[1].toString() == u"canary value é";
    }
    QVERIFY(sawCanary);
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(second.value(u"path"_s).toString(), u"/auth/jwks?a=1&b=two"_s);
    QCOMPARE(second.value(u"body"_s).toString(), QString());
}

void TestEmulator::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("networkError");

    QTest::newRow("redirect") << u"redirect"_s << 307 << QByteArray() << false;
    QTest::newRow("no-access-token")
        << u"no-access-token"_s << 200 << "application/json"_ba << false;
    QTest::newRow("token-type-mac") << u"token-type-mac"_s << 200 << "application/json"_ba << false;
    QTest::newRow("truncated-json") << u"truncated-json"_s << 200 << "application/json"_ba << true;
    QTest::newRow("wrong-content-type")
        << u"wrong-content-type"_s << 200 << "text/html; charset=utf-8"_ba << false;
    QTest::newRow("html-500") << u"html-500"_s << 500 << "text/html; charset=utf-8"_ba << true;
    QTest::newRow("echo-credentials")
        << u"echo-credentials"_s << 401 << "application/json"_ba << true;
    QTest::newRow("huge-body") << u"huge-body"_s << 200 << "application/json"_ba << false;
}

void TestEmulator::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, networkError);

    EmulatorOptions options;
    options.fault = fault;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    // Obviously fake canaries stand in for secrets: fine to show if a check fails.
    const QByteArray body = "grant_type=client_credentials&client_id=fiddler&client_secret=fiddler"
                            "&canary=BODY-CANARY"_ba;
    const QByteArray deviceHeader = "BASIC DEVICE-CANARY"_ba;
    const Reply reply = token(emulator, body, {{"X-Device-Authorization"_ba, deviceHeader}});
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), contentType);
    QCOMPARE(reply.error != QNetworkReply::NoError, networkError);
    QCOMPARE(emulator.tokenRequestCount(), 1);

    if (fault == u"redirect") {
        QCOMPARE(reply.header("Location"),
                 "http://127.0.0.2:"_ba + QByteArray::number(emulator.port())
                     + "/auth/oauth2_token"_ba);
    } else if (fault == u"no-access-token") {
        QVERIFY(!reply.json.contains(u"access_token"_s));
        QCOMPARE(reply.json.value(u"token_type"_s).toString(), u"bearer"_s);
    } else if (fault == u"token-type-mac") {
        QVERIFY(!reply.json.value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(reply.json.value(u"token_type"_s).toString(), u"mac"_s);
    } else if (fault == u"truncated-json") {
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(reply.header("Content-Length").toLongLong() > reply.body.size());
    } else if (fault == u"wrong-content-type") {
        QVERIFY(reply.body.contains("<form"));
    } else if (fault == u"html-500") {
        QVERIFY(reply.body.contains("X-Device-Authorization: BASIC DEVICE-CANARY"));
        QVERIFY(reply.body.contains("canary=BODY-CANARY"));
    } else if (fault == u"echo-credentials") {
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"unspecified_error"_s);
        const QString description = reply.json.value(u"error_description"_s).toString();
        QVERIFY(description.contains(u"BASIC DEVICE-CANARY"_s));
        QVERIFY(description.contains(u"canary=BODY-CANARY"_s));
    } else if (fault == u"huge-body") {
        QVERIFY(reply.body.size() > 2 * 1024 * 1024);
        QVERIFY(!reply.json.value(u"access_token"_s).toString().isEmpty());
    }
}

void TestEmulator::hangLeavesOtherRequestsWorking()
{
    EmulatorOptions options;
    options.fault = u"hang"_s;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QNetworkRequest request(emulator.baseUrl().resolved(QUrl(u"/auth/oauth2_token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    std::unique_ptr<QNetworkReply> hung(
        m_nam.post(request, "grant_type=client_credentials&client_id=fiddler"_ba));
    QSignalSpy hungFinished(hung.get(), &QNetworkReply::finished);
    QTRY_COMPARE(emulator.tokenRequestCount(), 1);

    const Reply other = send(emulator.baseUrl(), "GET"_ba, u"/auth/jwks"_s);
    QVERIFY(other.finished);
    QCOMPARE(other.status, 200);
    QVERIFY(!hungFinished.wait(300));
    QVERIFY(!hung->isFinished());
    hung->abort();
    QCOMPARE(hung->error(), QNetworkReply::OperationCanceledError);
}

void TestEmulator::slowDripSendsHeadersFirst()
{
    EmulatorOptions options;
    options.fault = u"slow-drip"_s;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QNetworkRequest request(emulator.baseUrl().resolved(QUrl(u"/auth/oauth2_token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    std::unique_ptr<QNetworkReply> reply(m_nam.post(
        request, "grant_type=client_credentials&client_id=fiddler&client_secret=fiddler"_ba));
    QSignalSpy progress(reply.get(), &QNetworkReply::downloadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, 5000);
    const qint64 total = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QVERIFY(total > 100);
    QTRY_VERIFY_WITH_TIMEOUT(reply->bytesAvailable() >= 2, 5000);
    QVERIFY(!reply->isFinished());
    QVERIFY(reply->bytesAvailable() < total);
    reply->abort();
}

void TestEmulator::delayAnswersLate()
{
    EmulatorOptions options;
    options.delayMs = 300;
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QElapsedTimer timer;
    timer.start();
    const Reply reply = send(emulator.baseUrl(), "PING"_ba, u"/auth"_s);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 204);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
}

void TestEmulator::countsRequestsInFlight()
{
    EmulatorOptions options;
    options.delayMs = 300; // long enough for all three to arrive before the first answer
    AuthEmulator emulator(options);
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(emulator.baseUrl().resolved(QUrl(u"/auth"_s)));
        replies << nam.sendCustomRequest(request, "PING");
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             replyTimeoutMs);
    qDeleteAll(replies);
    QList<int> counted;
    for (const RecordedRequest &r : emulator.requests())
        counted << r.inFlight;
    QCOMPARE(counted, (QList<int> {1, 2, 3}));
    QCOMPARE(emulator.maxInFlight(), 3);
    // Every answer was written: the next request is alone again.
    QCOMPARE(send(emulator.baseUrl(), "PING"_ba, u"/auth"_s).status, 204);
    QCOMPARE(emulator.requests().last().inFlight, 1);
    // The arrival times follow the emulator's clock: the last request came after the delayed
    // answers.
    const RecordedRequest last = emulator.requests().last();
    QVERIFY2(last.receivedMs >= options.delayMs, qPrintable(QString::number(last.receivedMs)));
    QVERIFY(last.receivedMs >= emulator.requests().first().receivedMs);
    const QByteArray ending =
        ",\"in_flight\":1,\"at_ms\":"_ba + QByteArray::number(last.receivedMs) + '}';
    QVERIFY(last.toJsonLine().endsWith(ending));
    QCOMPARE(emulator.maxInFlight(), 3);
}

void TestEmulator::parserHandlesChunks()
{
    const QByteArray raw = "POST /auth/oauth2_token?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "x-lower: a\r\nX-UPPER:  b  \r\nContent-Length: 11\r\n\r\n"
                           "hello world"_ba;
    RequestParser parser;
    for (qsizetype i = 0; i + 1 < raw.size(); ++i)
        QCOMPARE(parser.feed(raw.sliced(i, 1)), RequestParser::Status::NeedMore);
    QCOMPARE(parser.feed(raw.last(1)), RequestParser::Status::Complete);
    const RecordedRequest &request = parser.request();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.path, "/auth/oauth2_token?x=1"_ba);
    QCOMPARE(request.route(), "/auth/oauth2_token"_ba);
    QCOMPARE(request.body, "hello world"_ba);
    const HeaderList expected {{"Host"_ba, "127.0.0.1"_ba},
                               {"x-lower"_ba, "a"_ba},
                               {"X-UPPER"_ba, "b"_ba},
                               {"Content-Length"_ba, "11"_ba}};
    QCOMPARE(request.headers, expected);
    QCOMPARE(request.header("X-Lower"), "a"_ba);
}

void TestEmulator::parserRefusals_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<RequestParser::Status>("status");

    QTest::newRow("bad request line") << "GARBAGE\r\n\r\n"_ba << RequestParser::Status::Malformed;
    QTest::newRow("header without colon")
        << "GET / HTTP/1.1\r\nNoColon\r\n\r\n"_ba << RequestParser::Status::Malformed;
    QTest::newRow("conflicting Content-Length")
        << "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"_ba
        << RequestParser::Status::Malformed;
    QTest::newRow("negative Content-Length")
        << "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << RequestParser::Status::Malformed;
    QTest::newRow("chunked body") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
                                  << RequestParser::Status::LengthRequired;
    QTest::newRow("body over 1 MiB") << "POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n"_ba
                                     << RequestParser::Status::BodyTooLarge;
    QTest::newRow("headers over 64 KiB") << "GET / HTTP/1.1\r\nX: "_ba + QByteArray(70 * 1024, 'a')
                                         << RequestParser::Status::HeadersTooLarge;
}

void TestEmulator::parserRefusals()
{
    QFETCH(QByteArray, raw);
    QFETCH(RequestParser::Status, status);
    RequestParser parser;
    QCOMPARE(parser.feed(raw), status);
    // Once refused, later bytes change nothing.
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\n\r\n"), status);
}

void TestEmulator::rawSocketRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("413") << "POST /auth/oauth2_token HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n"_ba
                         << "HTTP/1.1 413 "_ba;
    QTest::newRow("400") << "NOT HTTP AT ALL\r\n\r\n"_ba
                         << "HTTP/1.1 400 "_ba;
    QTest::newRow("split request") << "PING /auth HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba
                                   << "HTTP/1.1 204 "_ba;
}

void TestEmulator::rawSocketRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, statusLine);
    AuthEmulator emulator;
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(replyTimeoutMs));
    // Several writes, each flushed, so the server usually sees more than one chunk.
    const qsizetype third = raw.size() / 3;
    for (const QByteArray &part :
         {raw.first(third), raw.sliced(third, third), raw.sliced(2 * third)}) {
        socket.write(part);
        QVERIFY(socket.waitForBytesWritten(replyTimeoutMs));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), replyTimeoutMs);
    const QByteArray answer = socket.readAll();
    QVERIFY2(answer.startsWith(statusLine), answer.left(40).constData());
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));
}

void TestEmulator::expectContinue()
{
    AuthEmulator emulator;
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(replyTimeoutMs));
    const QByteArray body =
        "grant_type=client_credentials&client_id=fiddler&client_secret=fiddler"_ba;
    socket.write("POST /auth/oauth2_token HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: "_ba
                 + QByteArray::number(body.size()) + "\r\n\r\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() >= 25, replyTimeoutMs);
    QCOMPARE(socket.readAll(), "HTTP/1.1 100 Continue\r\n\r\n"_ba);
    QCOMPARE(emulator.tokenRequestCount(), 0);

    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(body);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), replyTimeoutMs);
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(emulator.tokenRequestCount(), 1);
}

void TestEmulator::binaryPrintsListeningLine()
{
    QProcess process;
    process.start(QStringLiteral(SDSM_EMULATOR_PATH),
                  {u"--port"_s, u"0"_s, u"--santedb-version"_s, u"2"_s});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), replyTimeoutMs);
    const QByteArray line = process.readLine();
    const QRegularExpression pattern(u"^listening http://127\\.0\\.0\\.1:(\\d+)\\n$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(line));
    QVERIFY2(match.hasMatch(), line.constData());
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0);

    QUrl base;
    base.setScheme(u"http"_s);
    base.setHost(u"127.0.0.1"_s);
    base.setPort(port);
    QCOMPARE(send(base, "PING"_ba, u"/auth"_s).status, 204);

    process.terminate();
    QVERIFY(process.waitForFinished(replyTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestEmulator::binaryLoadsIdentitiesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"identities.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(formIdentities);
    file.close();
    const QString log = dir.filePath(u"requests.jsonl"_s);

    QProcess process;
    process.start(QStringLiteral(SDSM_EMULATOR_PATH),
                  {u"--identities"_s, file.fileName(), u"--request-log"_s, log});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), replyTimeoutMs);
    const QByteArray line = process.readLine().trimmed();
    QUrl base(QString::fromUtf8(line.mid(line.indexOf(' ') + 1)));
    QVERIFY(base.isValid());

    const QByteArray body = form({{u"grant_type"_s, u"client_credentials"_s},
                                  {u"client_id"_s, u"FORM_APP"_s},
                                  {u"client_secret"_s, formSecret}});
    QCOMPARE(send(base, "POST"_ba, u"/auth/oauth2_token"_s, body).status, 200);
    QCOMPARE(send(base, "POST"_ba, u"/auth/oauth2_token"_s,
                  form({{u"grant_type"_s, u"client_credentials"_s},
                        {u"client_id"_s, u"fiddler"_s},
                        {u"client_secret"_s, u"fiddler"_s}}))
                 .status,
             401);

    QFile requests(log);
    QVERIFY(requests.open(QIODevice::ReadOnly));
    QCOMPARE(requests.readAll().count('\n'), 2);
    process.terminate();
    QVERIFY(process.waitForFinished(replyTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
}

void TestEmulator::binaryRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port too big") << QStringList {u"--port"_s, u"70000"_s};
    QTest::newRow("port not a number") << QStringList {u"--port"_s, u"http"_s};
    QTest::newRow("version 4") << QStringList {u"--santedb-version"_s, u"4"_s};
    QTest::newRow("unknown fault") << QStringList {u"--fault"_s, u"explode"_s};
    QTest::newRow("zero session") << QStringList {u"--session-seconds"_s, u"0"_s};
    QTest::newRow("negative delay") << QStringList {u"--delay-ms"_s, u"-5"_s};
    QTest::newRow("missing identities file")
        << QStringList {u"--identities"_s, u"/nonexistent/identities.json"_s};
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s};
    QTest::newRow("positional argument") << QStringList {u"serve"_s};
    QTest::newRow("missing value") << QStringList {u"--port"_s};
    QTest::newRow("unknown signing mode") << QStringList {u"--signing"_s, u"hs512"_s};
    QTest::newRow("certificate without key")
        << QStringList {u"--tls-cert"_s, u"/nonexistent/server.pem"_s};
    QTest::newRow("client CA without HTTPS")
        << QStringList {u"--client-ca"_s, u"/nonexistent/ca.pem"_s};
    QTest::newRow("unreadable TLS files")
        << QStringList {u"--tls-cert"_s, u"/nonexistent/server.pem"_s, u"--tls-key"_s,
                        u"/nonexistent/server.key"_s};
}

void TestEmulator::binaryRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(SDSM_EMULATOR_PATH), arguments);
    QVERIFY(process.waitForFinished(replyTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QByteArray error = process.readAllStandardError();
    QCOMPARE(error.count('\n'), 1);
    QVERIFY2(error.startsWith("santedb-auth-emulator: "), error.constData());
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
