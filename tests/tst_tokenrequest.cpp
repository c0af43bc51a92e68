// SPDX-License-Identifier: Apache-2.0
#include "tokenprotocol.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace sdsm;

// The seed page's example device; its secret is public documentation, not a credential.
static const QString SeedDeviceId = u"EXAMPLE_DEVICE_NODE"_s;
static const QString SeedDeviceSecret = u"qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"_s;
static const QByteArray SeedBasic =
    "RVhBTVBMRV9ERVZJQ0VfTk9ERTpxbGNFdGJvRi1INVhkSzR4MXQtYXJMNUdhRzRzdkY5VGtMNWE="_ba;

class TestTokenRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formEncodeBytes_data();
    void formEncodeBytes();
    void formEncodeRoundTrip_data();
    void formEncodeRoundTrip();
    void deviceHeaders_data();
    void deviceHeaders();
    void requestFieldsAndOrder_data();
    void requestFieldsAndOrder();
    void checkDeviceSecretTable_data();
    void checkDeviceSecretTable();
    void userGrantsMfaAndFacility();
    void claimChoices();
};

void TestTokenRequest::formEncodeBytes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("unreserved untouched") << u"AZaz09-._~"_s << "k=AZaz09-._~"_ba;
    QTest::newRow("dollar") << u"$"_s << "k=%24"_ba;
    QTest::newRow("ampersand") << u"&"_s << "k=%26"_ba;
    QTest::newRow("plus") << u"+"_s << "k=%2B"_ba;
    QTest::newRow("equals") << u"="_s << "k=%3D"_ba;
    QTest::newRow("percent") << u"%"_s << "k=%25"_ba;
    QTest::newRow("slash") << u"/"_s << "k=%2F"_ba;
    QTest::newRow("colon") << u":"_s << "k=%3A"_ba;
    QTest::newRow("space is %20, not +") << u" "_s << "k=%20"_ba;
    QTest::newRow("e acute as UTF-8") << u"é"_s << "k=%C3%A9"_ba;
    QTest::newRow("star (scope *)") << u"*"_s << "k=%2A"_ba;
    QTest::newRow("all specials") << u"$ & + = % / : é"_s
                                  << "k=%24%20%26%20%2B%20%3D%20%25%20%2F%20%3A%20%C3%A9"_ba;
    QTest::newRow("euro and quote") << u"€\""_s << "k=%E2%82%AC%22"_ba;
    QTest::newRow("empty value") << QString() << "k="_ba;
}

void TestTokenRequest::formEncodeBytes()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(formEncode({{u"k"_s, value}}), expected);
}

void TestTokenRequest::formEncodeRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("specials") << u"$ & + = % / : é"_s;
    QTest::newRow("seed client secret") << u"4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV"_s;
    QTest::newRow("security.md vector") << u" +%&=£€:\""_s;
    QTest::newRow("percent sequences stay literal") << u"%41%2B+"_s;
    QString printable;
    for (int i = 0; i < 1024; ++i)
        printable += QChar(u' ' + (i * 37) % 95);
    QTest::newRow("1 KiB printable") << printable;
}

void TestTokenRequest::formEncodeRoundTrip()
{
    QFETCH(QString, value);
    const QByteArray body = formEncode({{u"client_secret"_s, value}, {u"x y"_s, u"z"_s}});
    QVERIFY(!body.contains(' '));
    const QUrlQuery query(QString::fromLatin1(body));
    QVERIFY(query.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) == value);
    QCOMPARE(query.queryItemValue(u"x y"_s, QUrl::FullyDecoded), u"z"_s);
    QCOMPARE(query.queryItems().size(), 2);
}

void TestTokenRequest::deviceHeaders_data()
{
    QTest::addColumn<Generation>("form");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("2.x seed page")
        << Generation::V2 << SeedDeviceId << SeedDeviceSecret << "X-Device-Authorization"_ba
        << "BASIC "_ba + SeedBasic;
    QTest::newRow("3.x seed credentials")
        << Generation::V3 << SeedDeviceId << SeedDeviceSecret << "Authorization"_ba
        << "Basic "_ba + SeedBasic;
    // Expected value computed independently (Python base64 over the UTF-8 bytes).
    const QByteArray nonAscii = "REVWSUNFLc6pOnDDpHNzd8O2cmTigqwtY2FuYXJ5"_ba;
    QTest::newRow("3.x non-ASCII")
        << Generation::V3 << u"DEVICE-Ω"_s << u"pässwörd€-canary"_s << "Authorization"_ba
        << "Basic "_ba + nonAscii;
    QTest::newRow("2.x non-ASCII")
        << Generation::V2 << u"DEVICE-Ω"_s << u"pässwörd€-canary"_s << "X-Device-Authorization"_ba
        << "BASIC "_ba + nonAscii;
}

void TestTokenRequest::deviceHeaders()
{
    QFETCH(Generation, form);
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    const HttpHeader header = deviceHeader(form, {id, secret});
    QCOMPARE(header.name, name);
    QCOMPARE(header.value, value);
    const QByteArray decoded = QByteArray::fromBase64(header.value.mid(6));
    QCOMPARE(QString::fromUtf8(decoded), id + u':' + secret);
}

void TestTokenRequest::requestFieldsAndOrder_data()
{
    QTest::addColumn<Generation>("form");
    QTest::addColumn<bool>("withDevice");
    QTest::addColumn<bool>("withSecret");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::addColumn<QByteArray>("expectedDeviceHeader"); // empty: no device header

    const QByteArray base =
        "grant_type=client_credentials&scope=%2A&client_id=EXAMPLE_APPLICATION"_ba;
    const QByteArray withSecret = base + "&client_secret=CLIENT-CANARY%20%24%2B"_ba;
    QTest::newRow("3.x device, no secret")
        << Generation::V3 << true << false << base << "Authorization"_ba;
    QTest::newRow("3.x secret, no device")
        << Generation::V3 << false << true << withSecret << QByteArray();
    QTest::newRow("2.x device and secret")
        << Generation::V2 << true << true << withSecret << "X-Device-Authorization"_ba;
    QTest::newRow("2.x neither") << Generation::V2 << false << false << base << QByteArray();
}

void TestTokenRequest::requestFieldsAndOrder()
{
    QFETCH(Generation, form);
    QFETCH(bool, withDevice);
    QFETCH(bool, withSecret);
    QFETCH(QByteArray, expectedBody);
    QFETCH(QByteArray, expectedDeviceHeader);

    TokenRequestSpec spec;
    spec.endpoint = QUrl(u"http://127.0.0.1:8080/auth/oauth2_token"_s);
    spec.scope = u"*"_s;
    spec.clientId = u"EXAMPLE_APPLICATION"_s;
    if (withSecret)
        spec.clientSecret = u"CLIENT-CANARY $+"_s;
    if (withDevice)
        spec.device = DeviceCredentials {SeedDeviceId, SeedDeviceSecret};
    spec.form = form;

    const TokenRequest request = buildTokenRequest(spec);
    QCOMPARE(request.url, spec.endpoint);
    QVERIFY(request.url.query().isEmpty());
    QCOMPARE(request.body, expectedBody);

    QList<QByteArray> names;
    for (const HttpHeader &header : request.headers)
        names << header.name;
    QCOMPARE(names.value(0), "Content-Type"_ba);
    QCOMPARE(request.headers.value(0).value, "application/x-www-form-urlencoded"_ba);
    QCOMPARE(names.value(1), "Accept"_ba);
    QCOMPARE(request.headers.value(1).value, "application/json"_ba);

    const auto deviceHeaders = std::count_if(names.cbegin(), names.cend(), [](const QByteArray &n) {
        return n.compare("Authorization", Qt::CaseInsensitive) == 0
            || n.compare("X-Device-Authorization", Qt::CaseInsensitive) == 0;
    });
    if (expectedDeviceHeader.isEmpty()) {
        QCOMPARE(deviceHeaders, 0);
        QCOMPARE(request.headers.size(), 2);
    } else {
        QCOMPARE(deviceHeaders, 1);
        QCOMPARE(request.headers.size(), 3);
        QCOMPARE(names.value(2), expectedDeviceHeader);
        QVERIFY(request.headers.value(2).value.endsWith(SeedBasic));
    }
}

void TestTokenRequest::checkDeviceSecretTable_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<SanteDbVersion>("version");
    QTest::addColumn<QString>("fragment"); // empty: accepted

    QTest::newRow("plain 3.x") << u"good-secret"_s << SanteDbVersion::V3 << QString();
    QTest::newRow("plain auto") << u"good-secret"_s << SanteDbVersion::Auto << QString();
    QTest::newRow("plain 2.x") << u"good-secret"_s << SanteDbVersion::V2 << QString();
    QTest::newRow("non-ASCII 3.x") << u"pässwörd€"_s << SanteDbVersion::V3 << QString();
    QTest::newRow("specials 3.x") << u"$&+=%/ é"_s << SanteDbVersion::V3 << QString();
    QTest::newRow("empty 3.x") << QString() << SanteDbVersion::V3 << u"empty"_s;
    QTest::newRow("empty 2.x") << QString() << SanteDbVersion::V2 << u"empty"_s;
    QTest::newRow("empty auto") << QString() << SanteDbVersion::Auto << u"empty"_s;
    QTest::newRow("colon 3.x") << u"ab:cd"_s << SanteDbVersion::V3 << u"':'"_s;
    QTest::newRow("colon auto") << u"ab:cd"_s << SanteDbVersion::Auto << u"':'"_s;
    QTest::newRow("colon 2.x is fine") << u"ab:cd"_s << SanteDbVersion::V2 << QString();
    QTest::newRow("newline") << u"ab\ncd"_s << SanteDbVersion::V2 << u"control character"_s;
    QTest::newRow("tab") << u"ab\tcd"_s << SanteDbVersion::V3 << u"control character"_s;
    QTest::newRow("NUL") << QString(u"ab"_s + QChar(0) + u"cd"_s) << SanteDbVersion::V3
                         << u"control character"_s;
    QTest::newRow("DEL") << QString(u"ab"_s + QChar(0x7f)) << SanteDbVersion::V3
                         << u"control character"_s;
    QTest::newRow("C1 NEL") << QString(u"ab"_s + QChar(0x85)) << SanteDbVersion::V2
                            << u"control character"_s;
    // The one definition of a forbidden character (textrules.h) reaches secrets too.
    QTest::newRow("zero-width space")
        << u"ab\u200bcd"_s << SanteDbVersion::V3 << u"invisible formatting character"_s;
    QTest::newRow("bidi override")
        << u"ab\u202ecd"_s << SanteDbVersion::V2 << u"invisible formatting character"_s;
    QTest::newRow("line separator") << u"ab\u2028cd"_s << SanteDbVersion::V3 << u"line break"_s;
}

void TestTokenRequest::checkDeviceSecretTable()
{
    QFETCH(QString, secret);
    QFETCH(SanteDbVersion, version);
    QFETCH(QString, fragment);
    const QString verdict = checkDeviceSecret(secret, version);
    if (fragment.isEmpty()) {
        QCOMPARE(verdict, QString());
        return;
    }
    QVERIFY2(verdict.contains(fragment), qPrintable(verdict));
    QVERIFY(!verdict.contains(u'\n'));
    // The sentence must not quote the secret back.
    QVERIFY(secret.size() < 3 || !verdict.contains(secret));
}

void TestTokenRequest::userGrantsMfaAndFacility()
{
    TokenRequestSpec spec;
    spec.endpoint = QUrl(u"https://mpi.example/auth/oauth2_token"_s);
    spec.grant = RequestGrant::Password;
    spec.scope = u"*"_s;
    spec.clientId = u"APP"_s;
    spec.username = u"allison"_s;
    spec.password = u"Mohawk 123&"_s;
    spec.mfaCode = u"424242"_s;
    spec.facility = u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s;

    // 3.x: the code is a form field; the facility a claim header.
    spec.form = Generation::V3;
    TokenRequest v3 = buildTokenRequest(spec);
    QCOMPARE(v3.body,
             "grant_type=password&username=allison&password=Mohawk%20123%26&scope=%2A"
             "&client_id=APP&x_mfa=424242"_ba);
    auto header = [](const TokenRequest &r, const QByteArray &name) {
        for (const HttpHeader &h : r.headers) {
            if (h.name == name)
                return h.value;
        }
        return QByteArray();
    };
    QCOMPARE(
        QByteArray::fromBase64(header(v3, "X-SanteDBClient-Claim")),
        "urn:oasis:names:tc:xspa:1.0:subject:facility=6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_ba);
    QVERIFY(header(v3, "X-SanteDB-TfaSecret").isEmpty());

    // 2.x: the code is a header and never in the body.
    spec.form = Generation::V2;
    const TokenRequest v2 = buildTokenRequest(spec);
    QCOMPARE(header(v2, "X-SanteDB-TfaSecret"), "424242"_ba);
    QVERIFY(!v2.body.contains("x_mfa"));

    // A refresh carries the refresh token and the application, not the user or a scope.
    spec.grant = RequestGrant::RefreshToken;
    spec.form = Generation::V3;
    spec.mfaCode.clear();
    spec.facility.clear();
    spec.refreshToken = u"RT-1"_s;
    spec.clientSecret = u"s3cret"_s;
    QCOMPARE(buildTokenRequest(spec).body,
             "grant_type=refresh_token&refresh_token=RT-1&client_id=APP&client_secret=s3cret"_ba);
}

void TestTokenRequest::claimChoices()
{
    const QList<Choice> choices =
        parseClaimChoices(u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10=Good Health Hospital, "
                          "0a1b2c3d-0000-4000-8000-000000000001=Clinic = North,,bare-id"_s);
    QCOMPARE(choices.size(), 3);
    QCOMPARE(choices.at(0),
             (Choice {u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s, u"Good Health Hospital"_s}));
    QCOMPARE(choices.at(1).label, u"Clinic = North"_s); // only the first '=' separates
    QCOMPARE(choices.at(2), (Choice {u"bare-id"_s, QString()}));
}

QTEST_GUILESS_MAIN(TestTokenRequest)
#include "tst_tokenrequest.moc"
