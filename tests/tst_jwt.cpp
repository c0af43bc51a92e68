// SPDX-License-Identifier: Apache-2.0
#include "jwt.h"

#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <cmath>
#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Tests never read the wall clock.
const QDateTime kNow(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
const qint64 kNowSecs = kNow.toSecsSinceEpoch();
// An obviously fake HMAC key; fine to appear in test output.
const QByteArray kFakeKey = "fake-hs256-test-key-not-a-secret"_ba;

constexpr auto kRoot = "1.3.6.1.4.1.33349.3.1.5.9.2"_L1;

QString rooted(const QString &suffix)
{
    return kRoot + suffix;
}

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray joined(std::initializer_list<QByteArray> parts)
{
    return QByteArrayList(parts).join('.');
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Builds a compact JWS the way SanteDB does: HS256 over "<b64 header>.<b64 payload>", or an
// empty signature for alg none.
QByteArray makeJwt(const QJsonObject &header, const QByteArray &payloadJson)
{
    const QByteArray signingInput = b64url(compactJson(header)) + '.' + b64url(payloadJson);
    QByteArray signature;
    if (header.value("alg"_L1).toString() == "HS256"_L1)
        signature =
            QMessageAuthenticationCode::hash(signingInput, kFakeKey, QCryptographicHash::Sha256);
    return signingInput + '.' + b64url(signature);
}

QByteArray makeJwt(const QJsonObject &header, const QJsonObject &claims)
{
    return makeJwt(header, compactJson(claims));
}

QJsonObject hs256Header()
{
    return QJsonObject {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"default"_s}};
}

QJsonObject noneHeader()
{
    return QJsonObject {{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}};
}

// A 3.x id_token for a password grant, shaped like RESTSVC's AddTokenDescriptorToContext output.
QJsonObject santeDb3Claims()
{
    return QJsonObject {
        {u"iss"_s, u"http://localhost:8080/auth"_s},
        {u"aud"_s, QJsonArray {u"fiddler"_s, u"org.santedb.debug"_s}},
        {u"exp"_s, kNowSecs + 29 * 60},
        {u"nbf"_s, kNowSecs - 60},
        {u"iat"_s, kNowSecs - 60},
        {u"sub"_s, u"c4f7a3c8-0000-4000-8000-000000000001"_s},
        {u"name"_s, u"alice"_s},
        {u"actor"_s, u"33932b42-6f4b-4659-8849-6aca54139d8e"_s},
        {u"role"_s, QJsonArray {u"USERS"_s, u"CLINICAL_STAFF"_s}},
        {u"scope"_s,
         QJsonArray {rooted(u".1"_s), rooted(u".2.0"_s), rooted(u".2.3"_s), u"1.2.3.4.5"_s}},
        {u"sid"_s, u"5f1e2d3c-0000-4000-8000-00000000000a"_s},
        {u"urn:santedb:org:claim:usrid"_s, u"c4f7a3c8-0000-4000-8000-000000000001"_s},
        {u"urn:santedb:org:claim:appid"_s, u"a1000000-0000-4000-8000-000000000002"_s},
        {u"urn:santedb:org:claim:devid"_s, u"d1000000-0000-4000-8000-000000000003"_s},
        {u"extensions"_s,
         QJsonObject {{u"santedb"_s,
                       QJsonObject {{u"lang"_s, u"en"_s},
                                    {u"appname"_s, u"fiddler"_s},
                                    {u"appid"_s, u"a1000000-0000-4000-8000-0000000000ee"_s}}},
                      {u"ihe_iua"_s, QJsonObject {{u"subject_name"_s, u"alice"_s}}}}},
    };
}

// A 2.x id_token: short claim names and single values as scalars.
QJsonObject santeDb2Claims()
{
    return QJsonObject {
        {u"unique_name"_s, u"bob"_s},
        {u"nameid"_s, u"b0b00000-0000-4000-8000-000000000001"_s},
        {u"role"_s, u"USERS"_s},
        {u"authmethod"_s, u"OAuth"_s},
        {u"appid"_s, u"a2000000-0000-4000-8000-000000000002"_s},
        {u"devid"_s, u"d2000000-0000-4000-8000-000000000003"_s},
        {u"scope"_s, QString(rooted(u".1 "_s) + rooted(u".2.2"_s))},
        {u"exp"_s, kNowSecs + 1800},
    };
}

QStringList oidsOf(const QList<sdsm::PolicyGrant> &grants)
{
    QStringList oids;
    for (const sdsm::PolicyGrant &grant : grants)
        oids.append(grant.oid);
    return oids;
}

void setTimeZone(const QByteArray &tz)
{
    if (tz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", tz);
    tzset();
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void stripBearerPrefix_data();
    void stripBearerPrefix();
    void decodeGood_data();
    void decodeGood();
    void decodeKeepsSigningInputAndSignature();
    void malformedInput_data();
    void malformedInput();
    void sizeCapCountsRawInput();
    void paddingToleratedAndFlagged();
    void mutatedTokensNeverCrash();
    void stringOrArray_data();
    void stringOrArray();
    void numericDate_data();
    void numericDate();
    void policiesOf_data();
    void policiesOf();
    void summaryIdFallbacks_data();
    void summaryIdFallbacks();
    void summaryCollectsSanteDbClaims();
    void jsonShape();
    void jsonWarnings_data();
    void jsonWarnings();
    void jsonForMinimalToken();
    void describeText();
    void describeNeutralisesControlCharacters();

private:
    QByteArray m_savedTz;
};

void TestJwt::initTestCase()
{
    m_savedTz = qEnvironmentVariableIsSet("TZ") ? qgetenv("TZ") : QByteArray();
    setTimeZone("CET-1CEST,M3.5.0,M10.5.0/3");
}

void TestJwt::cleanupTestCase()
{
    setTimeZone(m_savedTz);
}

void TestJwt::stripBearerPrefix_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bare") << "a.b.c"_ba
                          << "a.b.c"_ba;
    QTest::newRow("surrounding whitespace") << "  a.b.c \r\n"_ba
                                            << "a.b.c"_ba;
    QTest::newRow("Bearer") << "Bearer a.b.c"_ba
                            << "a.b.c"_ba;
    QTest::newRow("bearer lower case") << "bearer a.b.c"_ba
                                       << "a.b.c"_ba;
    QTest::newRow("BEARER with spaces and tab") << "BEARER \t  a.b.c"_ba
                                                << "a.b.c"_ba;
    QTest::newRow("header line") << "Authorization: Bearer a.b.c"_ba
                                 << "a.b.c"_ba;
    QTest::newRow("header line, odd case, no space") << "authorization:bEaReR a.b.c\n"_ba
                                                     << "a.b.c"_ba;
    QTest::newRow("scheme glued to token stays") << "Bearera.b.c"_ba
                                                 << "Bearera.b.c"_ba;
    QTest::newRow("scheme alone stays") << "Bearer"_ba
                                        << "Bearer"_ba;
    QTest::newRow("Basic header keeps scheme") << "Authorization: Basic abc"_ba
                                               << "Basic abc"_ba;
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestJwt::stripBearerPrefix()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(sdsm::stripBearerPrefix(input), expected);
}

void TestJwt::decodeGood_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("policyOids");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("applicationId");

    const QStringList threeXPolicies {rooted(u".1"_s), rooted(u".2.0"_s), rooted(u".2.3"_s),
                                      u"1.2.3.4.5"_s};
    QTest::newRow("3.x HS256, scope array")
        << makeJwt(hs256Header(), santeDb3Claims()) << u"HS256"_s
        << u"c4f7a3c8-0000-4000-8000-000000000001"_s << u"alice"_s
        << QStringList {u"USERS"_s, u"CLINICAL_STAFF"_s} << threeXPolicies
        << u"d1000000-0000-4000-8000-000000000003"_s << u"a1000000-0000-4000-8000-000000000002"_s;

    QJsonObject stringScope = santeDb3Claims();
    stringScope.insert(u"scope"_s, QString(rooted(u".1  "_s) + rooted(u".2.0"_s)));
    stringScope.insert(u"role"_s, u"USERS"_s);
    QTest::newRow("3.x alg none, scope string, single role")
        << makeJwt(noneHeader(), stringScope) << u"none"_s
        << u"c4f7a3c8-0000-4000-8000-000000000001"_s << u"alice"_s << QStringList {u"USERS"_s}
        << QStringList {rooted(u".1"_s), rooted(u".2.0"_s)}
        << u"d1000000-0000-4000-8000-000000000003"_s << u"a1000000-0000-4000-8000-000000000002"_s;

    QJsonObject encoded = santeDb3Claims();
    encoded.insert(u"scope"_s, QJsonArray {u"ua.1"_s, u"ua.2.0"_s, rooted(u".2.0"_s)});
    QTest::newRow("3.x encodeScopes ua. forms")
        << makeJwt(hs256Header(), encoded) << u"HS256"_s
        << u"c4f7a3c8-0000-4000-8000-000000000001"_s << u"alice"_s
        << QStringList {u"USERS"_s, u"CLINICAL_STAFF"_s}
        << QStringList {rooted(u".1"_s), rooted(u".2.0"_s)}
        << u"d1000000-0000-4000-8000-000000000003"_s << u"a1000000-0000-4000-8000-000000000002"_s;

    QTest::newRow("2.x claims") << makeJwt(hs256Header(), santeDb2Claims()) << u"HS256"_s
                                << u"b0b00000-0000-4000-8000-000000000001"_s << u"bob"_s
                                << QStringList {u"USERS"_s}
                                << QStringList {rooted(u".1"_s), rooted(u".2.2"_s)}
                                << u"d2000000-0000-4000-8000-000000000003"_s
                                << u"a2000000-0000-4000-8000-000000000002"_s;

    QJsonObject uriAlg = hs256Header();
    uriAlg.insert(u"alg"_s, u"http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"_s);
    QTest::newRow("URI-form alg, empty claims")
        << makeJwt(uriAlg, QJsonObject {})
        << u"http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"_s << QString() << QString()
        << QStringList {} << QStringList {} << QString() << QString();

    QTest::newRow("Bearer prefix")
        << QByteArray("Authorization: Bearer "_ba + makeJwt(hs256Header(), santeDb2Claims())
                      + "\n"_ba)
        << u"HS256"_s << u"b0b00000-0000-4000-8000-000000000001"_s << u"bob"_s
        << QStringList {u"USERS"_s} << QStringList {rooted(u".1"_s), rooted(u".2.2"_s)}
        << u"d2000000-0000-4000-8000-000000000003"_s << u"a2000000-0000-4000-8000-000000000002"_s;
}

void TestJwt::decodeGood()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, alg);
    QFETCH(QString, subject);
    QFETCH(QString, name);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, policyOids);
    QFETCH(QString, deviceId);
    QFETCH(QString, applicationId);

    const auto decoded = sdsm::decodeJwt(token);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value().header.value("alg"_L1).toString(), alg);
    QVERIFY(!decoded.value().paddingSeen);

    const sdsm::ClaimsSummary summary = sdsm::summarizeClaims(decoded.value().claims);
    QCOMPARE(summary.subject, subject);
    QCOMPARE(summary.name, name);
    QCOMPARE(summary.roles, roles);
    QCOMPARE(oidsOf(summary.policies), policyOids);
    QCOMPARE(summary.deviceId, deviceId);
    QCOMPARE(summary.applicationId, applicationId);
}

void TestJwt::decodeKeepsSigningInputAndSignature()
{
    const QByteArray token = makeJwt(hs256Header(), santeDb3Claims());
    const QByteArray signingInput = token.first(token.lastIndexOf('.'));
    const QByteArray expectedSignature =
        QMessageAuthenticationCode::hash(signingInput, kFakeKey, QCryptographicHash::Sha256);

    const auto decoded = sdsm::decodeJwt(token);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().signingInput, signingInput);
    QCOMPARE(decoded.value().signature.size(), 32);
    QVERIFY(decoded.value().signature == expectedSignature);
    QCOMPARE(decoded.value().claims, santeDb3Claims());

    const auto unsigned_ = sdsm::decodeJwt(makeJwt(noneHeader(), santeDb3Claims()));
    QVERIFY(unsigned_.ok());
    QVERIFY(unsigned_.value().signature.isEmpty());
}

void TestJwt::malformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedMessage"); // a substring, or the whole text when exact
    QTest::addColumn<bool>("exact");

    const QByteArray header = b64url(compactJson(hs256Header()));
    const QByteArray payload = b64url(compactJson(santeDb3Claims()));
    const QByteArray signature = b64url(QByteArray(32, '\x5a'));
    const QByteArray opaque =
        joined({b64url(QByteArray(16, '\x11')), b64url(QByteArray(256, '\x22'))});
    const QByteArray jweHeader = b64url(R"({"alg":"dir","enc":"A256GCM","zip":"DEF"})"_ba);
    const QByteArray badPlus = QByteArray(payload).replace(8, 1, "+");
    const QByteArray badSpace = QByteArray(payload).replace(8, 1, " ");

    QTest::newRow("empty") << QByteArray() << u"input is empty"_s << false;
    QTest::newRow("whitespace only") << " \n\t "_ba << u"input is empty"_s << false;
    QTest::newRow("Bearer and nothing") << "Bearer   "_ba << u"1 dot-separated part"_s << false;
    QTest::newRow("abc") << "abc"_ba << u"1 dot-separated part"_s << false;
    QTest::newRow("2.x hex access token")
        << QByteArray(96, 'E') << u"1 dot-separated part"_s << false;
    QTest::newRow("3.x opaque access token")
        << opaque << u"opaque 3.x access token — nothing to decode"_s << true;
    QTest::newRow("3.x opaque access token with Bearer")
        << QByteArray("Bearer "_ba + opaque) << u"opaque 3.x access token — nothing to decode"_s
        << true;
    QTest::newRow("2 parts, not base64url") << "ab+c.de/f"_ba << u"2 dot-separated part"_s << false;
    QTest::newRow("2 parts, empty second") << "abc."_ba << u"2 dot-separated part"_s << false;
    QTest::newRow("JWT missing its signature part")
        << joined({header, payload}) << u"without its signature part"_s << false;
    QTest::newRow("4 parts") << joined({header, payload, signature, "x"_ba})
                             << u"4 dot-separated part"_s << false;
    QTest::newRow("5 parts JWE") << joined({jweHeader, {}, "aXY"_ba, "Y2lwaGVy"_ba, "dGFn"_ba})
                                 << u"encrypted JWT (JWE) — not decoded"_s << true;
    QTest::newRow("6 parts") << "a.b.c.d.e.f"_ba << u"6 dot-separated part"_s << false;
    QTest::newRow("empty header part")
        << joined({{}, payload, signature}) << u"empty header or payload"_s << false;
    QTest::newRow("empty payload part")
        << joined({header, {}, signature}) << u"empty header or payload"_s << false;
    QTest::newRow("header with + and /")
        << joined({"ab+/"_ba, payload, signature}) << u"header is not valid base64url"_s << false;
    QTest::newRow("payload with +")
        << joined({header, badPlus, signature}) << u"payload is not valid base64url"_s << false;
    QTest::newRow("payload with a space")
        << joined({header, badSpace, signature}) << u"payload is not valid base64url"_s << false;
    QTest::newRow("payload length 1 mod 4")
        << joined({header, "abcde"_ba, signature}) << u"payload is not valid base64url"_s << false;
    QTest::newRow("payload '=' inside")
        << joined({header, "ab=c"_ba, signature}) << u"payload is not valid base64url"_s << false;
    QTest::newRow("payload three '='")
        << joined({header, "YQ==="_ba, signature}) << u"payload is not valid base64url"_s << false;
    QTest::newRow("signature with /")
        << joined({header, payload, "ab/c"_ba}) << u"signature is not valid base64url"_s << false;
    QTest::newRow("header not JSON") << joined({b64url("not json"_ba), payload, signature})
                                     << u"header is not a JSON object"_s << false;
    QTest::newRow("header a JSON array") << joined({b64url("[1,2]"_ba), payload, signature})
                                         << u"header is not a JSON object"_s << false;
    QTest::newRow("header without alg")
        << joined({b64url(R"({"typ":"JWT"})"_ba), payload, signature}) << u"no \"alg\""_s << false;
    QTest::newRow("header alg a number")
        << joined({b64url(R"({"alg":256})"_ba), payload, signature}) << u"no \"alg\""_s << false;
    QTest::newRow("payload a JSON array")
        << joined({header, b64url(R"([{"sub":"x"}])"_ba), signature})
        << u"payload is not a JSON object"_s << false;
    QTest::newRow("payload a number") << joined({header, b64url("42"_ba), signature})
                                      << u"payload is not a JSON object"_s << false;
    QTest::newRow("payload invalid UTF-8")
        << joined({header, b64url("{\"name\":\"\xff\xfe\"}"_ba), signature})
        << u"payload is not a JSON object"_s << false;
    QTest::newRow("payload deeply nested")
        << joined({header, b64url("{\"a\":"_ba + QByteArray(20000, '[') + "}"_ba), signature})
        << u"payload is not a JSON object"_s << false;
    QTest::newRow("64 KiB + 1") << QByteArray(64 * 1024 + 1, 'a') << u"larger than 64 KiB"_s
                                << false;
    QTest::newRow("10 MB id_token")
        << joined({header, QByteArray(10 * 1024 * 1024, 'A'), signature}) << u"larger than 64 KiB"_s
        << false;
    QTest::newRow("a + 100000 dots")
        << QByteArray("a"_ba + QByteArray(100000, '.')) << u"larger than 64 KiB"_s << false;
    QTest::newRow("a + 60000 dots")
        << QByteArray("a"_ba + QByteArray(60000, '.')) << u"60001 dot-separated part"_s << false;
    QTest::newRow("dots only") << "..."_ba << u"4 dot-separated part"_s << false;
}

void TestJwt::malformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedMessage);
    QFETCH(bool, exact);

    const auto decoded = sdsm::decodeJwt(input);
    QVERIFY(!decoded.ok());
    const sdsm::Error &error = decoded.error();
    QCOMPARE(error.kind, sdsm::ErrorKind::Refused);
    QCOMPARE(error.exitCode(), 2);
    if (exact)
        QCOMPARE(error.message, expectedMessage);
    else
        QVERIFY2(error.message.contains(expectedMessage), qPrintable(error.message));
    // One sentence, and never the token or a piece of it.
    QVERIFY(!error.message.contains(u'\n'));
    QVERIFY(error.message.size() < 200);
    const QByteArray stripped = sdsm::stripBearerPrefix(input);
    const qsizetype firstDot = stripped.indexOf('.');
    const QByteArray firstPart = firstDot < 0 ? stripped : stripped.first(firstDot);
    if (firstPart.size() >= 8)
        QVERIFY(!error.message.toUtf8().contains(firstPart.first(8)));
}

void TestJwt::sizeCapCountsRawInput()
{
    const QByteArray token = makeJwt(hs256Header(), santeDb3Claims());
    const qsizetype cap = 64 * 1024;
    QVERIFY(sdsm::decodeJwt(QByteArray(token + QByteArray(cap - token.size(), ' '))).ok());
    const auto over = sdsm::decodeJwt(QByteArray(token + QByteArray(cap - token.size() + 1, ' ')));
    QVERIFY(!over.ok());
    QVERIFY(over.error().message.contains("64 KiB"_L1));
}

void TestJwt::paddingToleratedAndFlagged()
{
    QJsonObject claims = santeDb3Claims();
    const QByteArray header = b64url(compactJson(hs256Header()));
    // Grow the payload until its base64 length needs padding.
    QByteArray payloadJson = compactJson(claims);
    while (payloadJson.size() % 3 == 0) {
        claims.insert(u"pad"_s, QString(claims.value(u"pad"_s).toString() + u'x'));
        payloadJson = compactJson(claims);
    }
    const QByteArray padded = payloadJson.toBase64(QByteArray::Base64UrlEncoding);
    QVERIFY(padded.endsWith('='));
    const QByteArray token = joined({header, padded, "c2ln"_ba});

    const auto decoded = sdsm::decodeJwt(token);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value().paddingSeen);
    QCOMPARE(decoded.value().claims, claims);
    const QJsonArray warnings =
        sdsm::decodedJwtToJson(decoded.value(), kNow).value("warnings"_L1).toArray();
    QVERIFY(warnings.contains(u"base64 padding present"_s));

    const auto paddedSignature = sdsm::decodeJwt(joined({header, b64url(payloadJson), "YQ=="_ba}));
    QVERIFY(paddedSignature.ok());
    QVERIFY(paddedSignature.value().paddingSeen);
    QCOMPARE(paddedSignature.value().signature, "a"_ba);
}

// security.md item 23: every damaged token yields a result or a defined error, never a crash.
void TestJwt::mutatedTokensNeverCrash()
{
    const QByteArray token = makeJwt(hs256Header(), santeDb3Claims());
    const char replacements[] = {'.', '=', '+', '\0', '{', '\xff'};
    int failures = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        for (const char replacement : replacements) {
            QByteArray mutated = token;
            mutated[i] = replacement;
            const auto decoded = sdsm::decodeJwt(mutated);
            if (!decoded.ok()) {
                ++failures;
                QVERIFY(!decoded.error().message.isEmpty());
                QCOMPARE(decoded.error().kind, sdsm::ErrorKind::Refused);
            }
        }
        const auto truncated = sdsm::decodeJwt(token.first(i));
        QVERIFY(truncated.ok() || !truncated.error().message.isEmpty());
    }
    QVERIFY(failures > 0);
}

void TestJwt::stringOrArray_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("string") << QJsonValue(u"USERS"_s) << QStringList {u"USERS"_s};
    QTest::newRow("empty string") << QJsonValue(u""_s) << QStringList {};
    QTest::newRow("array") << QJsonValue(QJsonArray {u"a"_s, u"b"_s})
                           << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("array with non-strings")
        << QJsonValue(QJsonArray {u"a"_s, 1, QJsonValue::Null, u""_s, QJsonArray {u"x"_s}, u"b"_s})
        << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("number") << QJsonValue(42) << QStringList {};
    QTest::newRow("object") << QJsonValue(QJsonObject {{u"a"_s, u"b"_s}}) << QStringList {};
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringList {};
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QStringList {};
}

void TestJwt::stringOrArray()
{
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, expected);
    QCOMPARE(sdsm::stringOrArray(value), expected);
}

void TestJwt::numericDate_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime none;
    QTest::newRow("epoch") << QJsonValue(0) << true << QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("now") << QJsonValue(double(kNowSecs)) << true << kNow;
    QTest::newRow("fraction") << QJsonValue(double(kNowSecs) + 0.25) << true << kNow.addMSecs(250);
    QTest::newRow("last second of 9999")
        << QJsonValue(253402300799.0) << true
        << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("year 10000") << QJsonValue(253402300800.0) << false << none;
    QTest::newRow("negative") << QJsonValue(-1) << false << none;
    QTest::newRow("1e300") << QJsonValue(1e300) << false << none;
    QTest::newRow("2^63") << QJsonValue(9223372036854775808.0) << false << none;
    QTest::newRow("NaN") << QJsonValue(std::nan("")) << false << none;
    QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << false
                              << none;
    QTest::newRow("numeric string") << QJsonValue(u"1795947300"_s) << false << none;
    QTest::newRow("\"soon\"") << QJsonValue(u"soon"_s) << false << none;
    QTest::newRow("bool") << QJsonValue(true) << false << none;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << none;
    QTest::newRow("array") << QJsonValue(QJsonArray {double(kNowSecs)}) << false << none;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false << none;
}

void TestJwt::numericDate()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);

    const auto date = sdsm::numericDate(value);
    QCOMPARE(date.has_value(), valid);
    if (valid) {
        QCOMPARE(*date, expected);
        QCOMPARE(date->timeSpec(), Qt::UTC);
    }
}

void TestJwt::policiesOf_data()
{
    QTest::addColumn<QByteArray>("claimsJson");
    QTest::addColumn<QStringList>("oids");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("string, extra spaces")
        << R"({"scope":"  1.3.6.1.4.1.33349.3.1.5.9.2.1   1.3.6.1.4.1.33349.3.1.5.9.2.2.3 "})"_ba
        << QStringList {rooted(u".1"_s), rooted(u".2.3"_s)}
        << QStringList {u"Login"_s, u"Read Clinical Data"_s};
    QTest::newRow("array, order kept")
        << R"({"scope":["1.3.6.1.4.1.33349.3.1.5.9.2.999","1.3.6.1.4.1.33349.3.1.5.9.2"]})"_ba
        << QStringList {rooted(u".999"_s), QString(kRoot)}
        << QStringList {u"Override Disclosure"_s, u"Unrestricted All"_s};
    QTest::newRow("ua. forms expanded")
        << R"({"scope":"ua.1.0.0.1 ua.600.1"})"_ba
        << QStringList {rooted(u".1.0.0.1"_s), rooted(u".600.1"_s)}
        << QStringList {u"OAUTH client_credentials flow permission"_s,
                        u"Change Security Challenge Question"_s};
    QTest::newRow("duplicates across forms removed")
        << R"({"scope":["ua.2.0","1.3.6.1.4.1.33349.3.1.5.9.2.2.0","ua.2.0","ua.2.1"]})"_ba
        << QStringList {rooted(u".2.0"_s), rooted(u".2.1"_s)}
        << QStringList {u"Query Clinical Data"_s, u"Write Clinical Data"_s};
    QTest::newRow("unknown OID has no name")
        << R"({"scope":["1.2.3","1.3.6.1.4.1.33349.3.1.5.9.3"]})"_ba
        << QStringList {u"1.2.3"_s, u"1.3.6.1.4.1.33349.3.1.5.9.3"_s}
        << QStringList {QString(), u"Restricted Information"_s};
    QTest::newRow("no scope") << R"({"sub":"x"})"_ba << QStringList {} << QStringList {};
    QTest::newRow("scope a number") << R"({"scope":5})"_ba << QStringList {} << QStringList {};
    QTest::newRow("scope empty string") << R"({"scope":""})"_ba << QStringList {} << QStringList {};
}

void TestJwt::policiesOf()
{
    QFETCH(QByteArray, claimsJson);
    QFETCH(QStringList, oids);
    QFETCH(QStringList, names);

    const QList<sdsm::PolicyGrant> grants = sdsm::policiesOf(parseObject(claimsJson));
    QCOMPARE(oidsOf(grants), oids);
    QStringList actualNames;
    for (const sdsm::PolicyGrant &grant : grants)
        actualNames.append(grant.name);
    QCOMPARE(actualNames, names);
}

void TestJwt::summaryIdFallbacks_data()
{
    QTest::addColumn<QByteArray>("claimsJson");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("applicationId");

    QTest::newRow("top-level URN claims win")
        << R"({"urn:santedb:org:claim:devid":"dev-urn","urn:santedb:org:claim:appid":"app-urn",
               "extensions":{"santedb":{"devid":"dev-ext","appid":"app-ext"}},
               "devid":"dev-2x","appid":"app-2x"})"_ba
        << u"dev-urn"_s << u"app-urn"_s;
    QTest::newRow("extension next")
        << R"({"extensions":{"santedb":{"devid":"dev-ext","appid":"app-ext"}},
               "devid":"dev-2x","appid":"app-2x"})"_ba
        << u"dev-ext"_s << u"app-ext"_s;
    QTest::newRow("2.x names last")
        << R"({"devid":"dev-2x","appid":["app-2x","other"]})"_ba << u"dev-2x"_s << u"app-2x"_s;
    QTest::newRow("none") << R"({"sub":"x"})"_ba << QString() << QString();
    QTest::newRow("wrong types ignored")
        << R"({"urn:santedb:org:claim:devid":7,"extensions":"santedb","appid":{"a":1}})"_ba
        << QString() << QString();
}

void TestJwt::summaryIdFallbacks()
{
    QFETCH(QByteArray, claimsJson);
    QFETCH(QString, deviceId);
    QFETCH(QString, applicationId);

    const sdsm::ClaimsSummary summary = sdsm::summarizeClaims(parseObject(claimsJson));
    QCOMPARE(summary.deviceId, deviceId);
    QCOMPARE(summary.applicationId, applicationId);
}

void TestJwt::summaryCollectsSanteDbClaims()
{
    const sdsm::ClaimsSummary summary = sdsm::summarizeClaims(santeDb3Claims());
    QCOMPARE(summary.santedbClaims.keys(),
             (QStringList {u"urn:santedb:org:claim:appid"_s, u"urn:santedb:org:claim:devid"_s,
                           u"urn:santedb:org:claim:usrid"_s}));
    QCOMPARE(summary.extensions.keys(), (QStringList {u"ihe_iua"_s, u"santedb"_s}));
    QCOMPARE(summary.expiresAt, kNow.addSecs(29 * 60));
    QCOMPARE(summary.issuedAt, kNow.addSecs(-60));
    QCOMPARE(summary.notBefore, kNow.addSecs(-60));
    QCOMPARE(summary.policies.value(0).name, u"Login"_s);
    QVERIFY(summary.policies.value(3).name.isEmpty());

    const sdsm::ClaimsSummary empty = sdsm::summarizeClaims(QJsonObject {});
    QVERIFY(empty.santedbClaims.isEmpty());
    QVERIFY(empty.extensions.isEmpty());
    QVERIFY(!empty.expiresAt.has_value());
}

void TestJwt::jsonShape()
{
    const auto decoded = sdsm::decodeJwt(makeJwt(hs256Header(), santeDb3Claims()));
    QVERIFY(decoded.ok());
    const QJsonObject json = sdsm::decodedJwtToJson(decoded.value(), kNow);

    QCOMPARE(json.keys(),
             (QStringList {u"application_id"_s, u"claims"_s, u"device_id"_s, u"extensions"_s,
                           u"header"_s, u"name"_s, u"policies"_s, u"roles"_s, u"santedb_claims"_s,
                           u"signature"_s, u"subject"_s, u"times"_s, u"warnings"_s}));
    QCOMPARE(json.value("header"_L1).toObject(), hs256Header());
    QCOMPARE(json.value("claims"_L1).toObject(), santeDb3Claims());
    QCOMPARE(json.value("signature"_L1).toString(), u"not_verified"_s);
    QCOMPARE(json.value("subject"_L1).toString(), u"c4f7a3c8-0000-4000-8000-000000000001"_s);
    QCOMPARE(json.value("name"_L1).toString(), u"alice"_s);
    QCOMPARE(json.value("device_id"_L1).toString(), u"d1000000-0000-4000-8000-000000000003"_s);
    QCOMPARE(json.value("application_id"_L1).toString(), u"a1000000-0000-4000-8000-000000000002"_s);
    QCOMPARE(json.value("roles"_L1).toArray(), (QJsonArray {u"USERS"_s, u"CLINICAL_STAFF"_s}));

    const QJsonObject times = json.value("times"_L1).toObject();
    QCOMPARE(times.keys(), (QStringList {u"exp"_s, u"iat"_s, u"nbf"_s}));
    QCOMPARE(times.value("exp"_L1).toObject(),
             (QJsonObject {{u"utc"_s, u"2026-11-29T10:29:00Z"_s},
                           {u"local"_s, u"2026-11-29T11:29:00+01:00"_s},
                           {u"relative"_s, u"expires in 29 min"_s}}));
    QCOMPARE(times.value("iat"_L1).toObject().value("relative"_L1).toString(),
             u"issued 1 min ago"_s);
    QCOMPARE(times.value("nbf"_L1).toObject().value("relative"_L1).toString(),
             u"valid since 1 min ago"_s);
    QCOMPARE(times.value("nbf"_L1).toObject().value("utc"_L1).toString(),
             u"2026-11-29T09:59:00Z"_s);

    const QJsonArray policies = json.value("policies"_L1).toArray();
    QCOMPARE(policies.size(), 4);
    QCOMPARE(policies.at(0).toObject(),
             (QJsonObject {{u"oid"_s, QString(rooted(u".1"_s))}, {u"name"_s, u"Login"_s}}));
    QCOMPARE(policies.at(2).toObject().value("name"_L1).toString(), u"Read Clinical Data"_s);
    QCOMPARE(policies.at(3).toObject(),
             (QJsonObject {{u"oid"_s, u"1.2.3.4.5"_s}, {u"name"_s, QJsonValue::Null}}));

    QCOMPARE(json.value("santedb_claims"_L1).toObject().size(), 3);
    QCOMPARE(json.value("extensions"_L1).toObject(),
             santeDb3Claims().value("extensions"_L1).toObject());
    QCOMPARE(json.value("warnings"_L1).toArray(), QJsonArray {});
}

void TestJwt::jsonWarnings_data()
{
    QTest::addColumn<QJsonObject>("header");
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QStringList>("timeKeys");

    QTest::newRow("alg none") << noneHeader() << QJsonObject {{u"exp"_s, kNowSecs + 60}}
                              << QStringList {u"alg is none: the token is unsigned"_s}
                              << QStringList {u"exp"_s};
    QTest::newRow("alg NONE") << QJsonObject {{u"alg"_s, u"NONE"_s}} << QJsonObject {}
                              << QStringList {u"alg is none: the token is unsigned"_s}
                              << QStringList {};
    QTest::newRow("expired") << hs256Header() << QJsonObject {{u"exp"_s, kNowSecs - 180}}
                             << QStringList {u"token expired"_s} << QStringList {u"exp"_s};
    QTest::newRow("expires exactly now")
        << hs256Header() << QJsonObject {{u"exp"_s, kNowSecs}} << QStringList {u"token expired"_s}
        << QStringList {u"exp"_s};
    QTest::newRow("nbf in the future")
        << hs256Header() << QJsonObject {{u"nbf"_s, kNowSecs + 300}}
        << QStringList {u"token not yet valid"_s} << QStringList {u"nbf"_s};
    QTest::newRow("exp \"soon\"")
        << hs256Header() << QJsonObject {{u"exp"_s, u"soon"_s}}
        << QStringList {u"invalid claim: exp is not a NumericDate (a JSON number of seconds "
                        "between 1970 and 9999)"_s}
        << QStringList {};
    QTest::newRow("exp 1e300, iat negative")
        << hs256Header() << QJsonObject {{u"exp"_s, 1e300}, {u"iat"_s, -5}}
        << QStringList {u"invalid claim: exp is not a NumericDate (a JSON number of seconds "
                        "between 1970 and 9999)"_s,
                        u"invalid claim: iat is not a NumericDate (a JSON number of seconds "
                        "between 1970 and 9999)"_s}
        << QStringList {};
}

void TestJwt::jsonWarnings()
{
    QFETCH(QJsonObject, header);
    QFETCH(QJsonObject, claims);
    QFETCH(QStringList, warnings);
    QFETCH(QStringList, timeKeys);

    const auto decoded = sdsm::decodeJwt(makeJwt(header, claims));
    QVERIFY(decoded.ok());
    const QJsonObject json = sdsm::decodedJwtToJson(decoded.value(), kNow);
    QCOMPARE(json.value("warnings"_L1).toArray(), QJsonArray::fromStringList(warnings));
    QCOMPARE(json.value("times"_L1).toObject().keys(), timeKeys);
    QCOMPARE(json.value("signature"_L1).toString(), u"not_verified"_s);
}

void TestJwt::jsonForMinimalToken()
{
    const auto decoded = sdsm::decodeJwt(makeJwt(hs256Header(), QJsonObject {}));
    QVERIFY(decoded.ok());
    const QJsonObject json = sdsm::decodedJwtToJson(decoded.value(), kNow);
    QVERIFY(json.value("subject"_L1).isNull());
    QVERIFY(json.value("name"_L1).isNull());
    QVERIFY(json.value("device_id"_L1).isNull());
    QVERIFY(json.value("application_id"_L1).isNull());
    QVERIFY(json.value("extensions"_L1).isNull());
    QCOMPARE(json.value("roles"_L1).toArray(), QJsonArray {});
    QCOMPARE(json.value("policies"_L1).toArray(), QJsonArray {});
    QCOMPARE(json.value("santedb_claims"_L1).toObject(), QJsonObject {});
    QCOMPARE(json.value("times"_L1).toObject(), QJsonObject {});
}

void TestJwt::describeText()
{
    const QByteArray token = makeJwt(hs256Header(), santeDb3Claims());
    const auto decoded = sdsm::decodeJwt(token);
    QVERIFY(decoded.ok());
    const QString text = sdsm::describeDecodedJwt(decoded.value(), kNow);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);

    QVERIFY(lines.contains(u"header: alg HS256, typ JWT, kid default"_s));
    QVERIFY(lines.contains(u"subject: c4f7a3c8-0000-4000-8000-000000000001"_s));
    QVERIFY(lines.contains(u"name: alice"_s));
    QVERIFY(lines.contains(
        u"expires: 2026-11-29T10:29:00Z (local 2026-11-29 11:29:00 +01:00), expires in 29 min"_s));
    QVERIFY(lines.contains(
        u"issued: 2026-11-29T09:59:00Z (local 2026-11-29 10:59:00 +01:00), issued 1 min ago"_s));
    QVERIFY(lines.contains(u"roles: USERS, CLINICAL_STAFF"_s));
    QVERIFY(lines.contains(u"policies:"_s));
    QVERIFY(lines.contains(u"  Login (1.3.6.1.4.1.33349.3.1.5.9.2.1)"_s));
    QVERIFY(lines.contains(u"  Query Clinical Data (1.3.6.1.4.1.33349.3.1.5.9.2.2.0)"_s));
    QVERIFY(lines.contains(u"  unknown policy (1.2.3.4.5)"_s));
    QVERIFY(lines.contains(u"device: d1000000-0000-4000-8000-000000000003"_s));
    QVERIFY(lines.contains(u"SanteDB claims:"_s));
    QVERIFY(
        lines.contains(u"  urn:santedb:org:claim:usrid: c4f7a3c8-0000-4000-8000-000000000001"_s));
    QVERIFY(lines.contains(u"extensions:"_s));
    QVERIFY(lines.contains(u"  ihe_iua: {\"subject_name\":\"alice\"}"_s));
    QCOMPARE(lines.last(), u"signature: not verified"_s);
    QVERIFY(!text.contains("warning"_L1));

    // The raw token and its parts never appear.
    for (const QByteArray &part : token.split('.'))
        QVERIFY(!text.toUtf8().contains(part));

    const auto unsigned_ =
        sdsm::decodeJwt(makeJwt(noneHeader(), QJsonObject {{u"exp"_s, u"soon"_s}}));
    QVERIFY(unsigned_.ok());
    const QStringList noneLines =
        sdsm::describeDecodedJwt(unsigned_.value(), kNow).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(noneLines.first(), u"warning: alg is none: the token is unsigned"_s);
    QVERIFY(noneLines.contains(u"expires: invalid (exp is not a NumericDate)"_s));
    QVERIFY(noneLines.contains(u"roles: none"_s));
    QVERIFY(noneLines.contains(u"policies: none"_s));
    QCOMPARE(noneLines.last(), u"signature: not verified"_s);
}

void TestJwt::describeNeutralisesControlCharacters()
{
    const QJsonObject claims {{u"name"_s, u"eve\u001b[2J\u202Egnp.exe\r\nsignature: verified"_s}};
    const auto decoded = sdsm::decodeJwt(makeJwt(hs256Header(), claims));
    QVERIFY(decoded.ok());
    const QString text = sdsm::describeDecodedJwt(decoded.value(), kNow);
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x202e)));
    QVERIFY(!text.contains(u'\r'));
    // One line: the escape and the override are removed, the line break becomes a space.
    QVERIFY(text.contains(u"name: eve[2Jgnp.exe signature: verified"_s));
    QVERIFY(!text.split(u'\n').contains(u"signature: verified"_s));
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
