// SPDX-License-Identifier: Apache-2.0
// Users and the session lifecycle on both generations (santedb-auth.md §3.4–§3.5, §9–§11): the
// password grant with MFA and facility choice, refresh with rotation, GET /auth/session,
// sign-out, and the two AMI resources, all over real HTTP to an in-process emulator.
#include "authemulator.h"
#include "emulatorclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::emu;
using namespace sdsm::emu::test;

namespace {

const QString password = u"Mohawk123"_s;
const QString mfaCode = u"424242"_s;
const QString hospital = u"c4cded32-b12c-4977-bc6a-aafe55408760"_s;
const QString clinic = u"c0bc2ec5-62b6-4014-9f2d-b420c9d6c709"_s;

QByteArray facilityClaim(const QString &text)
{
    return text.toUtf8().toBase64();
}

QByteArray passwordForm(const QString &username, const QString &secret,
                        const QList<std::pair<QString, QString>> &extra = {})
{
    QList<std::pair<QString, QString>> fields {{u"grant_type"_s, u"password"_s},
                                               {u"username"_s, username},
                                               {u"password"_s, secret},
                                               {u"client_id"_s, u"fiddler"_s},
                                               {u"client_secret"_s, u"fiddler"_s},
                                               {u"scope"_s, u"*"_s}};
    return form(fields + extra);
}

// 2.x wants the application's secret and (for client_credentials) a device header.
const HeaderList device2 {{"X-Device-Authorization"_ba, basic(exampleDevice, exampleDeviceSecret)}};

QString sidOf(const QString &name)
{
    return Identities::derivedSid(name).toString(QUuid::WithoutBraces);
}

HeaderList bearer(const QByteArray &token)
{
    return {{"Authorization"_ba, "Bearer "_ba + token}};
}

} // namespace

class TestEmulatorUsers : public QObject
{
    Q_OBJECT

private:
    HttpClient m_client;

    Reply token(const AuthEmulator &emulator, const QByteArray &body,
                const HeaderList &headers = {})
    {
        return m_client.token(emulator, body, headers);
    }

private Q_SLOTS:
    void passwordGrant_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");

        const HeaderList none;
        const auto claim = [](const QString &text) {
            return HeaderList {{"X-SanteDBClient-Claim"_ba, facilityClaim(text)}};
        };
        const QString facility = u"urn:oasis:names:tc:xspa:1.0:subject:facility="_s;

        QTest::newRow("3.x allison")
            << 3 << passwordForm(u"allison"_s, password) << none << 200 << QString() << QString();
        QTest::newRow("3.x user name in another case")
            << 3 << passwordForm(u"ALLISON"_s, password) << none << 200 << QString() << QString();
        QTest::newRow("3.x missing username")
            << 3 << passwordForm(QString(), password) << none << 400 << u"invalid_request"_s
            << u"missing username in the request"_s;
        QTest::newRow("3.x wrong password")
            << 3 << passwordForm(u"allison"_s, u"wrong"_s) << none << 400 << u"invalid_grant"_s
            << u"Invalid username or password"_s;
        QTest::newRow("3.x unknown user")
            << 3 << passwordForm(u"nobody"_s, password) << none << 400 << u"invalid_grant"_s
            << u"Invalid username or password"_s;
        QTest::newRow("3.x locked user") << 3 << passwordForm(u"evelyn"_s, password) << none << 400
                                         << u"invalid_grant"_s << u"User account is locked"_s;
        QTest::newRow("3.x expired password")
            << 3 << passwordForm(u"dmitri"_s, password) << none << 400 << u"password_expired"_s
            << u"The password of this account has expired"_s;
        QTest::newRow("3.x MFA asked")
            << 3 << passwordForm(u"bob"_s, password) << none << 400 << u"mfa_required"_s
            << u"Enter the code sent to the e-mail address registered for bob"_s;
        QTest::newRow("3.x MFA wrong code")
            << 3 << passwordForm(u"bob"_s, password, {{u"x_mfa"_s, u"000000"_s}}) << none << 400
            << u"invalid_grant"_s << u"Invalid TFA secret"_s;
        QTest::newRow("3.x MFA code")
            << 3 << passwordForm(u"bob"_s, password, {{u"x_mfa"_s, mfaCode}}) << none << 200
            << QString() << QString();
        QTest::newRow("3.x MFA code in the 2.x header is not read")
            << 3 << passwordForm(u"bob"_s, password)
            << HeaderList {{"X-SanteDB-TfaSecret"_ba, mfaCode.toUtf8()}} << 400 << u"mfa_required"_s
            << QString();
        QTest::newRow("3.x facility missing")
            << 3 << passwordForm(u"chioma"_s, password) << none << 400 << u"missing_claim"_s
            << u"Missing required claim urn:oasis:names:tc:xspa:1.0:subject:facility"_s;
        QTest::newRow("3.x facility unknown")
            << 3 << passwordForm(u"chioma"_s, password)
            << claim(facility + u"11111111-2222-3333-4444-555555555555"_s) << 400
            << u"missing_claim"_s << QString();
        QTest::newRow("3.x facility chosen")
            << 3 << passwordForm(u"chioma"_s, password) << claim(facility + clinic) << 200
            << QString() << QString();
        QTest::newRow("3.x facility among other claims")
            << 3 << passwordForm(u"chioma"_s, password)
            << claim(u"urn:oasis:names:tc:xacml:2.0:action:purpose=TREATMENT;"_s % facility
                     % hospital % u";urn:santedb:org:claim:temporary=false"_s)
            << 200 << QString() << QString();
        QTest::newRow("3.x claim header not base64")
            << 3 << passwordForm(u"chioma"_s, password)
            << HeaderList {{"X-SanteDBClient-Claim"_ba, "%%%"_ba}} << 400 << u"unspecified_error"_s
            << u"not a valid Base-64 string"_s;
        QTest::newRow("3.x device Basic, application on behalf of it")
            << 3
            << form({{u"grant_type"_s, u"password"_s},
                     {u"username"_s, u"allison"_s},
                     {u"password"_s, password},
                     {u"client_id"_s, exampleApp}})
            << HeaderList {{"Authorization"_ba, basic(exampleDevice, exampleDeviceSecret)}} << 200
            << QString() << QString();
        QTest::newRow("3.x application on behalf of the user")
            << 3
            << form({{u"grant_type"_s, u"password"_s},
                     {u"username"_s, u"allison"_s},
                     {u"password"_s, password},
                     {u"client_id"_s, u"fiddler"_s}})
            << none << 200 << QString() << QString();
        QTest::newRow("3.x missing client_id")
            << 3
            << form({{u"grant_type"_s, u"password"_s},
                     {u"username"_s, u"allison"_s},
                     {u"password"_s, password}})
            << none << 400 << u"invalid_grant"_s << u"invalid client_id"_s;
        QTest::newRow("3.x wrong client secret")
            << 3
            << form({{u"grant_type"_s, u"password"_s},
                     {u"username"_s, u"allison"_s},
                     {u"password"_s, password},
                     {u"client_id"_s, u"fiddler"_s},
                     {u"client_secret"_s, u"wrong"_s}})
            << none << 401 << u"unspecified_error"_s << u"Invalid client credentials"_s;
        QTest::newRow("3.x application without the password flow")
            << 3
            << form({{u"grant_type"_s, u"password"_s},
                     {u"username"_s, u"allison"_s},
                     {u"password"_s, password},
                     {u"client_id"_s, u"NO_FLOW_APP"_s},
                     {u"client_secret"_s, u"no-flow-secret"_s}})
            << none << 403 << u"unspecified_error"_s
            << u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.2' was violated by 'NO_FLOW_APP'"_s;
        QTest::newRow("3.x application-only needs the no-device policy")
            << 3
            << form({{u"grant_type"_s, u"password"_s},
                     {u"username"_s, u"allison"_s},
                     {u"password"_s, password},
                     {u"client_id"_s, exampleApp},
                     {u"client_secret"_s, exampleAppSecret}})
            << none << 403 << u"unspecified_error"_s
            << u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.2.0' was violated by "
               u"'EXAMPLE_APPLICATION'"_s;

        QTest::newRow("2.x allison with a device") << 2 << passwordForm(u"allison"_s, password)
                                                   << device2 << 200 << QString() << QString();
        QTest::newRow("2.x allison without a device")
            << 2 << passwordForm(u"allison"_s, password) << none << 200 << QString() << QString();
        QTest::newRow("2.x missing username") << 2 << passwordForm(QString(), password) << none
                                              << 400 << u"invalid_request"_s << QString();
        QTest::newRow("2.x wrong password")
            << 2 << passwordForm(u"allison"_s, u"wrong"_s) << none << 400 << u"invalid_grant"_s
            << u"Invalid username or password"_s;
        QTest::newRow("2.x locked user") << 2 << passwordForm(u"evelyn"_s, password) << none << 400
                                         << u"invalid_grant"_s << u"locked"_s;
        QTest::newRow("2.x expired password") << 2 << passwordForm(u"dmitri"_s, password) << none
                                              << 400 << u"invalid_grant"_s << u"expired"_s;
        QTest::newRow("2.x MFA asked as invalid_grant")
            << 2 << passwordForm(u"bob"_s, password) << none << 400 << u"invalid_grant"_s
            << u"TFA"_s;
        QTest::newRow("2.x MFA code in x_mfa is not read")
            << 2 << passwordForm(u"bob"_s, password, {{u"x_mfa"_s, mfaCode}}) << none << 400
            << u"invalid_grant"_s << u"TFA"_s;
        QTest::newRow("2.x MFA wrong code") << 2 << passwordForm(u"bob"_s, password)
                                            << HeaderList {{"X-SanteDB-TfaSecret"_ba, "000000"_ba}}
                                            << 400 << u"invalid_grant"_s << u"Invalid TFA secret"_s;
        QTest::newRow("2.x MFA code") << 2 << passwordForm(u"bob"_s, password)
                                      << HeaderList {{"X-SanteDB-TfaSecret"_ba, mfaCode.toUtf8()}}
                                      << 200 << QString() << QString();
        QTest::newRow("2.x facility missing")
            << 2 << passwordForm(u"chioma"_s, password) << none << 400 << u"invalid_grant"_s
            << u"urn:oasis:names:tc:xspa:1.0:subject:facility"_s;
        QTest::newRow("2.x facility chosen")
            << 2 << passwordForm(u"chioma"_s, password) << claim(facility + hospital) << 200
            << QString() << QString();
        QTest::newRow("2.x wrong client secret")
            << 2
            << form({{u"grant_type"_s, u"password"_s},
                     {u"username"_s, u"allison"_s},
                     {u"password"_s, password},
                     {u"client_id"_s, u"fiddler"_s},
                     {u"client_secret"_s, u"wrong"_s}})
            << none << 400 << u"invalid_grant"_s << u"Invalid client credentials"_s;
    }

    void passwordGrant()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, body);
        QFETCH(HeaderList, headers);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        EmulatorOptions options;
        options.santedbVersion = version;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply reply = token(emulator, body, headers);
        QVERIFY(reply.finished);
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(emulator.tokenRequestCount(), 1);
        if (status == 200) {
            QVERIFY(!member(reply.json, u"access_token"_s).isEmpty());
            QVERIFY(!member(reply.json, u"refresh_token"_s).isEmpty());
            QCOMPARE(emulator.sessionCount(), 1);
            return;
        }
        QCOMPARE(reply.json.value(u"error"_s).toString(), error);
        QVERIFY2(reply.json.value(u"error_description"_s).toString().contains(description),
                 qPrintable(reply.json.value(u"error_description"_s).toString()));
        QCOMPARE(emulator.sessionCount(), 0);
        // 2.x never explains a missing claim with data.
        if (error == u"missing_claim") {
            const QJsonObject data = reply.json.value(u"data"_s).toObject();
            QCOMPARE(data.value(u"claimType"_s).toString(),
                     u"urn:oasis:names:tc:xspa:1.0:subject:facility"_s);
            QCOMPARE(data.value(u"claimValue"_s).toString(),
                     hospital + u"=Good Health Hospital,"_s + clinic
                         + u"=Elbonia Central Clinic"_s);
        } else {
            QVERIFY(!reply.json.contains(u"data"_s));
        }
    }

    void userClaims3()
    {
        AuthEmulator emulator;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply reply =
            token(emulator, passwordForm(u"chioma"_s, password, {{u"nonce"_s, u"n-1"_s}}),
                  {{"X-SanteDBClient-Claim"_ba,
                    facilityClaim(u"urn:oasis:names:tc:xspa:1.0:subject:facility="_s + clinic)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"expires_in"_s).toInteger(), 3599);
        QCOMPARE(reply.json.value(u"nonce"_s).toString(), u"n-1"_s);
        const QJsonObject claims = jwtPart(member(reply.json, u"id_token"_s), 1);
        QCOMPARE(claims.value(u"sub"_s).toString(), sidOf(u"chioma"_s));
        QCOMPARE(claims.value(u"name"_s).toString(), u"chioma"_s);
        QCOMPARE(claims.value(u"urn:santedb:org:claim:usrid"_s).toString(), sidOf(u"chioma"_s));
        QCOMPARE(claims.value(u"urn:santedb:org:claim:appid"_s).toString(), sidOf(u"fiddler"_s));
        QCOMPARE(claims.value(u"aud"_s).toString(), u"fiddler"_s);
        QCOMPARE(claims.value(u"role"_s).toArray(), QJsonArray({u"CLINICAL_STAFF"_s, u"USERS"_s}));
        QCOMPARE(claims.value(u"nonce"_s).toString(), u"n-1"_s);
        QVERIFY(!claims.contains(u"urn:santedb:org:claim:devid"_s));
        const QJsonObject extensions = claims.value(u"extensions"_s).toObject();
        QCOMPARE(extensions[u"santedb"_s][u"usrid"_s].toString(), sidOf(u"chioma"_s));
        QCOMPARE(extensions[u"ihe_iua"_s][u"subject_facility_id"_s].toString(), clinic);
        // The session holds what user and application both hold.
        const QJsonArray scope = claims.value(u"scope"_s).toArray();
        QVERIFY(scope.contains(QString(policies::readMetadata)));
        QVERIFY(scope.contains(QString(policies::siteImmunizationRegistry)));
        QVERIFY(!scope.contains(QString(policies::readPlacesAndOrgs))); // fiddler lacks it
        QVERIFY(!scope.contains(QString(policies::clientCredentialsFlow))); // chioma lacks it
    }

    void userClaims2()
    {
        EmulatorOptions options;
        options.santedbVersion = 2;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply reply = token(
            emulator, passwordForm(u"chioma"_s, password),
            device2
                + HeaderList {{"X-SanteDBClient-Claim"_ba,
                               facilityClaim(u"urn:oasis:names:tc:xspa:1.0:subject:facility="_s
                                             + hospital)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"expires_in"_s).toInteger(), 3600 * 1000 - 16);
        const QJsonObject claims = jwtPart(member(reply.json, u"id_token"_s), 1);
        QCOMPARE(claims.value(u"unique_name"_s).toString(), u"chioma"_s);
        QCOMPARE(claims.value(u"sub"_s).toString(), sidOf(u"chioma"_s));
        QCOMPARE(claims.value(u"devid"_s).toString(), sidOf(exampleDevice));
        QCOMPARE(claims.value(u"urn:oasis:names:tc:xspa:1.0:subject:facility"_s).toString(),
                 hospital);
        QVERIFY(claims.value(u"role"_s).isArray());
    }

    void refreshRotates_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("login");
        QTest::addColumn<HeaderList>("headers");
        QTest::newRow("3.x user session")
            << 3 << passwordForm(u"allison"_s, password) << HeaderList();
        QTest::newRow("2.x user session") << 2 << passwordForm(u"allison"_s, password) << device2;
        // 2.x issued refresh tokens for every grant.
        QTest::newRow("2.x application session")
            << 2
            << form({{u"grant_type"_s, u"client_credentials"_s},
                     {u"client_id"_s, u"fiddler"_s},
                     {u"client_secret"_s, u"fiddler"_s}})
            << device2;
    }

    void refreshRotates()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, login);
        QFETCH(HeaderList, headers);
        EmulatorOptions options;
        options.santedbVersion = version;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply first = token(emulator, login, headers);
        QCOMPARE(first.status, 200);
        const QByteArray firstRefresh = member(first.json, u"refresh_token"_s);
        QVERIFY(!firstRefresh.isEmpty());
        const QJsonObject firstClaims = jwtPart(member(first.json, u"id_token"_s), 1);

        // Let a second pass so that a moved expiry shows in the id_token's exp.
        const qint64 issuedAt = firstClaims.value(u"iat"_s).toInteger();
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > issuedAt);
        const auto refresh = [&](const QByteArray &refreshToken) {
            return token(emulator,
                         form({{u"grant_type"_s, u"refresh_token"_s},
                               {u"refresh_token"_s, QString::fromLatin1(refreshToken)},
                               {u"client_id"_s, u"fiddler"_s},
                               {u"client_secret"_s, u"fiddler"_s}}),
                         headers);
        };
        const Reply second = refresh(firstRefresh);
        QVERIFY2(second.status == 200, second.body.constData());
        const QByteArray secondRefresh = member(second.json, u"refresh_token"_s);
        QVERIFY(!secondRefresh.isEmpty());
        QVERIFY(secondRefresh != firstRefresh);
        QCOMPARE(member(second.json, u"access_token"_s), member(first.json, u"access_token"_s));
        const QJsonObject secondClaims = jwtPart(member(second.json, u"id_token"_s), 1);
        QVERIFY(secondClaims.value(u"exp"_s).toInteger() > firstClaims.value(u"exp"_s).toInteger());
        const QString sessionKey = version == 2 ? u"jti"_s : u"sid"_s;
        QCOMPARE(secondClaims.value(sessionKey), firstClaims.value(sessionKey));
        QCOMPARE(secondClaims.value(u"sub"_s), firstClaims.value(u"sub"_s));

        // Rotation: the old token is dead from now on, the new one works once more.
        const Reply replayed = refresh(firstRefresh);
        QCOMPARE(replayed.status, 400);
        QCOMPARE(replayed.json.value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(replayed.json.value(u"error_description"_s).toString(),
                 u"invalid refresh token"_s);
        QCOMPARE(refresh(secondRefresh).status, 200);
        QCOMPARE(emulator.sessionCount(), 1);
    }

    void refreshRefusals_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("refreshToken"); // "ISSUED" is replaced by the real one
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("clientSecret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("3.x missing refresh token")
            << 3 << QString() << u"fiddler"_s << u"fiddler"_s << 400 << u"invalid_grant"_s
            << u"missing refresh token"_s;
        QTest::newRow("3.x unknown refresh token")
            << 3 << u"nope.nope"_s << u"fiddler"_s << u"fiddler"_s << 400 << u"invalid_grant"_s
            << u"invalid refresh token"_s;
        QTest::newRow("3.x another application")
            << 3 << u"ISSUED"_s << exampleApp << exampleAppSecret << 400 << u"invalid_grant"_s
            << u"invalid refresh token"_s;
        QTest::newRow("3.x no client authentication")
            << 3 << u"ISSUED"_s << u"fiddler"_s << QString() << 400 << u"invalid_request"_s
            << u"missing client_id"_s;
        QTest::newRow("3.x wrong client secret")
            << 3 << u"ISSUED"_s << u"fiddler"_s << u"wrong"_s << 401 << u"unspecified_error"_s
            << u"Invalid client credentials"_s;
        QTest::newRow("2.x another application")
            << 2 << u"ISSUED"_s << exampleApp << exampleAppSecret << 400 << u"invalid_grant"_s
            << u"invalid refresh token"_s;
        QTest::newRow("2.x wrong client secret")
            << 2 << u"ISSUED"_s << u"fiddler"_s << u"wrong"_s << 400 << u"invalid_grant"_s
            << u"Invalid client credentials"_s;
    }

    void refreshRefusals()
    {
        QFETCH(int, version);
        QFETCH(QString, refreshToken);
        QFETCH(QString, clientId);
        QFETCH(QString, clientSecret);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        EmulatorOptions options;
        options.santedbVersion = version;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const HeaderList headers = version == 2 ? device2 : HeaderList();
        const Reply login = token(emulator, passwordForm(u"allison"_s, password), headers);
        QCOMPARE(login.status, 200);
        if (refreshToken == u"ISSUED")
            refreshToken = login.json.value(u"refresh_token"_s).toString();
        QList<std::pair<QString, QString>> fields {{u"grant_type"_s, u"refresh_token"_s},
                                                   {u"client_id"_s, clientId}};
        if (!refreshToken.isEmpty())
            fields.append({u"refresh_token"_s, refreshToken});
        if (!clientSecret.isEmpty())
            fields.append({u"client_secret"_s, clientSecret});
        const Reply reply = token(emulator, form(fields), headers);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(u"error"_s).toString(), error);
        QCOMPARE(reply.json.value(u"error_description"_s).toString(), description);
    }

    void noRefreshForApplicationSessions3()
    {
        AuthEmulator emulator;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply reply = token(emulator,
                                  form({{u"grant_type"_s, u"client_credentials"_s},
                                        {u"client_id"_s, u"fiddler"_s},
                                        {u"client_secret"_s, u"fiddler"_s}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.contains(u"refresh_token"_s));
    }

    void expiredSessionsAreGone()
    {
        EmulatorOptions options;
        options.sessionSeconds = 1;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply login = token(emulator, passwordForm(u"allison"_s, password));
        QCOMPARE(login.status, 200);
        QCOMPARE(emulator.sessionCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.sessionCount(), 0, 5000);
        const Reply refreshed =
            token(emulator,
                  form({{u"grant_type"_s, u"refresh_token"_s},
                        {u"refresh_token"_s, login.json.value(u"refresh_token"_s).toString()},
                        {u"client_id"_s, u"fiddler"_s},
                        {u"client_secret"_s, u"fiddler"_s}}));
        QCOMPARE(refreshed.status, 400);
        QCOMPARE(refreshed.json.value(u"error"_s).toString(), u"invalid_grant"_s);
        const Reply info = m_client.get(emulator, u"/auth/session"_s,
                                        bearer(member(login.json, u"access_token"_s)));
        QCOMPARE(info.json.value(u"error_description"_s).toString(), u"No Such Session"_s);
    }

    void sessionEndpointForUsers_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.x") << 3;
        QTest::newRow("2.x") << 2;
    }

    void sessionEndpointForUsers()
    {
        QFETCH(int, version);
        EmulatorOptions options;
        options.santedbVersion = version;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply login = token(emulator, passwordForm(u"allison"_s, password));
        const QByteArray accessToken = member(login.json, u"access_token"_s);
        const Reply info = m_client.get(emulator, u"/auth/session"_s, bearer(accessToken));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.header("Cache-Control"), "no-store"_ba);
        QCOMPARE(member(info.json, u"access_token"_s), accessToken);
        QVERIFY(!info.json.contains(u"refresh_token"_s));
        const qint64 expiresIn = info.json.value(u"expires_in"_s).toInteger();
        if (version == 2)
            QVERIFY2(expiresIn > 3590 * 1000 && expiresIn <= 3600 * 1000,
                     qPrintable(QString::number(expiresIn)));
        else
            QVERIFY2(expiresIn > 3590 && expiresIn <= 3600, qPrintable(QString::number(expiresIn)));
        const QJsonObject claims = jwtPart(member(info.json, u"id_token"_s), 1);
        QCOMPARE(claims.value(u"sub"_s).toString(), sidOf(u"allison"_s));
        if (version == 3)
            QVERIFY(claims.value(u"jti"_s)
                    != jwtPart(member(login.json, u"id_token"_s), 1).value(u"jti"_s));
        QCOMPARE(emulator.requestCount("GET", "/auth/session"), 1);
    }

    void signOut_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("3.x POST") << 3 << "POST"_ba;
        QTest::newRow("3.x GET") << 3 << "GET"_ba;
        QTest::newRow("2.x POST") << 2 << "POST"_ba;
    }

    void signOut()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, method);
        EmulatorOptions options;
        options.santedbVersion = version;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const HeaderList headers = version == 2 ? device2 : HeaderList();
        const Reply login = token(emulator, passwordForm(u"allison"_s, password), headers);
        const Reply other = token(emulator, passwordForm(u"allison"_s, password), headers);
        QCOMPARE(emulator.sessionCount(), 2);
        const QByteArray accessToken = member(login.json, u"access_token"_s);
        const QString hint = login.json.value(u"id_token"_s).toString();
        const auto signOut = [&](const QString &idToken) {
            const QByteArray encoded = form({{u"id_token_hint"_s, idToken}});
            return method == "GET"
                ? m_client.send(emulator.baseUrl(), method,
                                u"/auth/signout?"_s + QString::fromLatin1(encoded), {},
                                bearer(accessToken))
                : m_client.send(emulator.baseUrl(), method, u"/auth/signout"_s, encoded,
                                bearer(accessToken));
        };

        const Reply done = signOut(hint);
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.isEmpty());
        QCOMPARE(done.header("Cache-Control"), "no-store"_ba);
        QCOMPARE(emulator.sessionCount(), 1); // only the session the hint names
        const Reply info = m_client.get(emulator, u"/auth/session"_s, bearer(accessToken));
        QCOMPARE(info.json.value(u"error_description"_s).toString(), u"No Such Session"_s);
        const Reply refreshed =
            token(emulator,
                  form({{u"grant_type"_s, u"refresh_token"_s},
                        {u"refresh_token"_s, login.json.value(u"refresh_token"_s).toString()},
                        {u"client_id"_s, u"fiddler"_s},
                        {u"client_secret"_s, u"fiddler"_s}}),
                  headers);
        QCOMPARE(refreshed.status, 400);

        const Reply again = signOut(hint);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json.value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(again.json.value(u"error_description"_s).toString(), u"invalid session"_s);
        QCOMPARE(again.header("Cache-Control"), "no-store"_ba);

        for (const QString &bad : {QString(), u"not-a-jwt"_s,
                                   QString(hint.left(hint.lastIndexOf(u'.') + 1) + u"AAAA"_s)}) {
            const Reply refused = signOut(bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json.value(u"error_description"_s).toString(), u"invalid token"_s);
        }
        QCOMPARE(emulator.sessionCount(), 1);
        QCOMPARE(signOut(other.json.value(u"id_token"_s).toString()).status, 200);
        QCOMPARE(emulator.sessionCount(), 0);
    }

    void signOutRefusesForeignAndExpiredHints()
    {
        EmulatorOptions shortLived;
        shortLived.sessionSeconds = 1;
        AuthEmulator emulator(shortLived);
        AuthEmulator elsewhere;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        QVERIFY2(elsewhere.listen(), qPrintable(elsewhere.errorString()));
        const Reply foreign = token(elsewhere, passwordForm(u"allison"_s, password));
        const Reply mine = token(emulator, passwordForm(u"allison"_s, password));
        const auto signOut = [&](const Reply &login) {
            return m_client.send(
                emulator.baseUrl(), "POST"_ba, u"/auth/signout"_s,
                form({{u"id_token_hint"_s, login.json[u"id_token"_s].toString()}}));
        };
        QCOMPARE(signOut(foreign).json.value(u"error_description"_s).toString(),
                 u"invalid token"_s);
        const qint64 expires = jwtPart(member(mine.json, u"id_token"_s), 1)[u"exp"_s].toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() >= expires, 5000);
        QCOMPARE(signOut(mine).json.value(u"error_description"_s).toString(), u"invalid token"_s);
    }

    void securityPolicies()
    {
        AuthEmulator emulator;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply login = token(emulator, passwordForm(u"allison"_s, password));
        const HeaderList auth = bearer(member(login.json, u"access_token"_s));

        const Reply all = m_client.get(emulator, u"/ami/SecurityPolicy"_s, auth);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json.value(u"$type"_s).toString(), u"AmiCollection"_s);
        QCOMPARE(all.json.value(u"offset"_s).toInt(), 0);
        const QJsonArray items = all.json.value(u"item"_s).toArray();
        QCOMPARE(all.json.value(u"size"_s).toInt(), items.size());
        QCOMPARE(items.size(), policies::standard().size() + 1);
        bool sawLogin = false;
        bool sawSite = false;
        for (const QJsonValue &item : items) {
            QCOMPARE(item[u"$type"_s].toString(), u"SecurityPolicy"_s);
            QVERIFY(!QUuid::fromString(item[u"id"_s].toString()).isNull());
            QVERIFY(item[u"isPublic"_s].toBool());
            QVERIFY(!item[u"canOverride"_s].toBool(true));
            if (item[u"oid"_s].toString() == policies::login)
                sawLogin = item[u"name"_s].toString() == u"Login";
            if (item[u"oid"_s].toString() == policies::siteImmunizationRegistry)
                sawSite = item[u"name"_s].toString() == u"Access Immunization Registry";
        }
        QVERIFY(sawLogin);
        QVERIFY(sawSite);

        const Reply one = m_client.get(
            emulator, u"/ami/SecurityPolicy?oid="_s + QString(policies::siteImmunizationRegistry),
            auth);
        QCOMPARE(one.json.value(u"size"_s).toInt(), 1);
        QCOMPARE(one.json[u"item"_s][0][u"name"_s].toString(), u"Access Immunization Registry"_s);
        const Reply two = m_client.get(emulator,
                                       u"/ami/SecurityPolicy?oid="_s + QString(policies::login)
                                           + u"&oid="_s + QString(policies::readMetadata),
                                       auth);
        QCOMPARE(two.json.value(u"size"_s).toInt(), 2);
        const Reply none = m_client.get(emulator, u"/ami/SecurityPolicy?oid=9.9.9"_s, auth);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json.value(u"size"_s).toInt(), 0);
        QCOMPARE(emulator.requestCount("GET", "/ami/securitypolicy"), 4);
    }

    void securityPoliciesRefusals()
    {
        AuthEmulator emulator;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        // A session narrowed to one policy has no Read Metadata.
        const Reply narrow = token(emulator,
                                   form({{u"grant_type"_s, u"client_credentials"_s},
                                         {u"client_id"_s, u"fiddler"_s},
                                         {u"client_secret"_s, u"fiddler"_s},
                                         {u"scope"_s, QString(policies::login)}}));
        const Reply denied = m_client.get(emulator, u"/ami/SecurityPolicy"_s,
                                          bearer(member(narrow.json, u"access_token"_s)));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json.value(u"$type"_s).toString(), u"PolicyViolationException"_s);
        QCOMPARE(denied.json.value(u"policyId"_s).toString(), QString(policies::readMetadata));
        QCOMPARE(denied.json.value(u"policyName"_s).toString(), u"Read Metadata"_s);
        QCOMPARE(denied.json.value(u"message"_s).toString(),
                 u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.4.0' was violated by 'fiddler' with "
                 u"outcome 'Deny'"_s);

        for (const HeaderList &headers : {HeaderList(), bearer("not-a-session"_ba),
                                          HeaderList {{"Authorization"_ba, "Basic eDp5"_ba}}}) {
            const Reply refused = m_client.get(emulator, u"/ami/SecurityPolicy"_s, headers);
            QCOMPARE(refused.status, 401);
            QVERIFY2(refused.header("WWW-Authenticate")
                         .startsWith("bearer realm=\"127.0.0.1\" error=\"invalid_token\""),
                     refused.header("WWW-Authenticate").constData());
            QCOMPARE(refused.json.value(u"$type"_s).toString(), u"SecuritySessionException"_s);
        }
    }

    void demoIdentitiesNamePoliciesFromTheServer_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.x") << 3;
        QTest::newRow("2.x") << 2;
    }

    void demoIdentitiesNamePoliciesFromTheServer()
    {
        // The desktop demo's application + device sessions may read AMI's policy names.
        QFETCH(int, version);
        EmulatorOptions options;
        options.santedbVersion = version;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply session = version == 2
            ? token(emulator,
                    form({{u"grant_type"_s, u"client_credentials"_s},
                          {u"client_id"_s, exampleApp},
                          {u"client_secret"_s, exampleAppSecret}}),
                    device2)
            : token(
                emulator,
                form({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, exampleApp}}),
                {{"Authorization"_ba, basic(exampleDevice, exampleDeviceSecret)}});
        const Reply policies = m_client.get(emulator, u"/ami/SecurityPolicy"_s,
                                            bearer(member(session.json, u"access_token"_s)));
        QCOMPARE(policies.status, 200);
    }

    void dropSession()
    {
        AuthEmulator emulator;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const Reply admin = token(emulator, passwordForm(u"allison"_s, password));
        const Reply victim =
            token(emulator, passwordForm(u"bob"_s, password, {{u"x_mfa"_s, mfaCode}}));
        const QString sid = jwtPart(member(victim.json, u"id_token"_s), 1)[u"sid"_s].toString();
        const HeaderList auth = bearer(member(admin.json, u"access_token"_s));

        QCOMPARE(
            m_client.send(emulator.baseUrl(), "DELETE"_ba, u"/ami/SessionInfo/"_s + sid).status,
            401);
        QCOMPARE(emulator.sessionCount(), 2);
        const Reply dropped = m_client.send(emulator.baseUrl(), "DELETE"_ba,
                                            u"/ami/SessionInfo/"_s + sid.toUpper(), {}, auth);
        QCOMPARE(dropped.status, 200);
        QCOMPARE(dropped.json.value(u"$type"_s).toString(), u"SessionInfo"_s);
        QCOMPARE(dropped.json.value(u"id"_s).toString(), sid);
        QCOMPARE(emulator.sessionCount(), 1);
        const Reply info = m_client.get(emulator, u"/auth/session"_s,
                                        bearer(member(victim.json, u"access_token"_s)));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json.value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(info.json.value(u"error_description"_s).toString(), u"No Such Session"_s);

        const Reply again =
            m_client.send(emulator.baseUrl(), "DELETE"_ba, u"/ami/SessionInfo/"_s + sid, {}, auth);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.json.value(u"$type"_s).toString(), u"KeyNotFoundException"_s);
        QCOMPARE(emulator.requestCount("DELETE", QString(u"/ami/sessioninfo/"_s + sid).toLatin1()),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorUsers)
#include "tst_emulatorusers.moc"
