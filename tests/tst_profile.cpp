// SPDX-License-Identifier: Apache-2.0
#include "profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

Profile sampleProfile()
{
    Profile p;
    p.uuid = QUuid::fromString(u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s);
    p.name = u"Lab"_s;
    p.server = QUrl(u"https://mpi-test.example:8443/santedb"_s);
    p.clientId = u"fiddler"_s;
    return p;
}

QJsonObject sampleJson()
{
    return sampleProfile().toJson();
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumNamesRoundTrip();
    void toJsonShape();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void requiredSecretKinds();
    void fromJsonDefaultsAndUnknownKeys();
    void fromJsonTypeErrors_data();
    void fromJsonTypeErrors();
    void checkProfileName_data();
    void checkProfileName();
    void checkUrls_data();
    void checkUrls();
    void urlErrorsNeverEchoCredentials();
    void checkClientId_data();
    void checkClientId();
    void checkDeviceId_data();
    void checkDeviceId();
    void checkScope_data();
    void checkScope();
    void checkUsernameAndTag_data();
    void checkUsernameAndTag();
    void normalizePin_data();
    void normalizePin();
    void validateProfile_data();
    void validateProfile();
    void effectiveTokenEndpoint_data();
    void effectiveTokenEndpoint();
    void effectiveTokenEndpointText_data();
    void effectiveTokenEndpointText();
    void choicesReadAsWritten_data();
    void choicesReadAsWritten();
    void usedSecretKinds_data();
    void usedSecretKinds();
    void isLoopbackHost_data();
    void isLoopbackHost();
};

void TestProfile::enumNamesRoundTrip()
{
    for (auto v : {SanteDbVersion::Auto, SanteDbVersion::V2, SanteDbVersion::V3})
        QVERIFY(parseVersion(versionName(v)) == v);
    for (auto m : {DeviceMode::None, DeviceMode::Secret, DeviceMode::Certificate})
        QVERIFY(parseDeviceMode(deviceModeName(m)) == m);
    for (auto g : {GrantType::ClientCredentials, GrantType::Password})
        QVERIFY(parseGrant(grantName(g)) == g);
    for (auto k :
         {SecretKind::Client, SecretKind::Device, SecretKind::CertPassword, SecretKind::Session}) {
        QVERIFY(parseSecretKind(secretKindName(k)) == k);
        QVERIFY(!secretKindLabel(k).isEmpty());
    }
    QCOMPARE(versionName(SanteDbVersion::V3), u"3"_s);
    QCOMPARE(secretKindName(SecretKind::CertPassword), u"cert-password"_s);
    QCOMPARE(grantName(GrantType::ClientCredentials), u"client_credentials"_s);
    QVERIFY(!parseVersion(u"4"_s));
    QVERIFY(!parseDeviceMode(u"both"_s));
    QVERIFY(!parseGrant(u"implicit"_s));
    QVERIFY(!parseSecretKind(u"token"_s));
}

void TestProfile::toJsonShape()
{
    const QJsonObject json = sampleProfile().toJson();
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "uuid": "6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10",
        "name": "Lab",
        "server": "https://mpi-test.example:8443/santedb",
        "token_endpoint": null,
        "santedb_version": "auto",
        "grant": "client_credentials",
        "username": null,
        "password_mode": "stored",
        "facility": null,
        "scope": "*",
        "client_id": "fiddler",
        "device": {"mode": "none", "id": null, "certificate": null, "key": null},
        "ca_file": null,
        "pin_sha256": null,
        "allow_http": false,
        "note": null,
        "tags": []
    })"_ba)
                                     .object();
    QCOMPARE(json, expected);
}

void TestProfile::jsonRoundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("minimal") << sampleProfile();

    Profile secret = sampleProfile();
    secret.deviceMode = DeviceMode::Secret;
    secret.deviceId = u"lab-device"_s;
    secret.version = SanteDbVersion::V2;
    secret.scope = u"urn:santedb:scope a b"_s;
    secret.tokenEndpoint = QUrl(u"https://idp.example/oauth/token"_s);
    secret.note = u"ünïcode note\nwith a line break"_s;
    QTest::newRow("device secret") << secret;

    Profile cert = sampleProfile();
    cert.deviceMode = DeviceMode::Certificate;
    cert.certificatePath = u"/home/u/device.p12"_s;
    cert.version = SanteDbVersion::V3;
    cert.caFile = u"/etc/ssl/lab-ca.pem"_s;
    cert.pinSha256 = QString(64, u'a');
    cert.allowHttp = true;
    QTest::newRow("certificate") << cert;

    Profile user = sampleProfile();
    user.grant = GrantType::Password;
    user.username = u"allison"_s;
    user.passwordMode = PasswordMode::Ask;
    user.facility = u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s;
    user.deviceMode = DeviceMode::Certificate;
    user.certificatePath = u"/home/u/device.pem"_s;
    user.certificateKeyPath = u"/home/u/device.key"_s;
    user.tags = {u"clinic"_s, u"district 4"_s};
    QTest::newRow("user with PEM device and tags") << user;
}

void TestProfile::jsonRoundTrip()
{
    QFETCH(Profile, profile);
    const QByteArray text = QJsonDocument(profile.toJson()).toJson();
    const Result<Profile> back = Profile::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QVERIFY(back.value() == profile);
}

void TestProfile::requiredSecretKinds()
{
    using K = QList<SecretKind>;
    Profile p = sampleProfile();
    QCOMPARE(p.requiredSecretKinds(std::nullopt), K {SecretKind::Client});
    p.deviceMode = DeviceMode::Secret;
    p.deviceId = u"dev"_s;
    // A 3.x device vouches for the application; 2.x (and not knowing yet) needs both.
    QCOMPARE(p.requiredSecretKinds(Generation::V3), K {SecretKind::Device});
    QCOMPARE(p.requiredSecretKinds(Generation::V2), (K {SecretKind::Client, SecretKind::Device}));
    QCOMPARE(p.requiredSecretKinds(std::nullopt), (K {SecretKind::Client, SecretKind::Device}));
    p.grant = GrantType::Password;
    p.username = u"allison"_s;
    QCOMPARE(p.requiredSecretKinds(Generation::V3), (K {SecretKind::Device, SecretKind::Password}));
    p.passwordMode = PasswordMode::Ask;
    QCOMPARE(p.requiredSecretKinds(Generation::V3), K {SecretKind::Device});
    QVERIFY(!p.whyUnused(SecretKind::Password).isEmpty());
    QVERIFY(p.whyUnused(SecretKind::Device).isEmpty());
}

void TestProfile::fromJsonDefaultsAndUnknownKeys()
{
    const QJsonObject json {
        {u"uuid"_s, u"{6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10}"_s},
        {u"name"_s, u"Lab"_s},
        {u"server"_s, u"https://mpi-test.example:8443/santedb"_s},
        {u"client_id"_s, u"fiddler"_s},
        {u"from_the_future"_s, QJsonArray {1, 2}},
    };
    const Result<Profile> p = Profile::fromJson(json);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QVERIFY(p.value() == sampleProfile());
}

void TestProfile::fromJsonTypeErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *tag, const QString &key, const QJsonValue &value,
                        const QString &expected) {
        QTest::newRow(tag) << key << value << expected;
    };
    row("name number", u"name"_s, 7, u"a profile entry: \"name\" must be a string"_s);
    row("name missing", u"name"_s, QJsonValue::Undefined,
        u"a profile entry: \"name\" must be a string"_s);
    row("server number", u"server"_s, 42, u"profile \"Lab\": \"server\" must be a string"_s);
    row("server missing", u"server"_s, QJsonValue::Undefined,
        u"profile \"Lab\": \"server\" must be a string"_s);
    row("uuid garbage", u"uuid"_s, u"not-a-uuid"_s, u"profile \"Lab\": \"uuid\" must be a UUID"_s);
    row("uuid nil", u"uuid"_s, u"00000000-0000-0000-0000-000000000000"_s,
        u"profile \"Lab\": \"uuid\" must be a UUID"_s);
    row("token endpoint bool", u"token_endpoint"_s, true,
        u"profile \"Lab\": \"token_endpoint\" must be a string or null"_s);
    row("version 4", u"santedb_version"_s, u"4"_s,
        u"profile \"Lab\": \"santedb_version\" must be \"auto\", \"2\" or \"3\""_s);
    row("version number", u"santedb_version"_s, 3,
        u"profile \"Lab\": \"santedb_version\" must be"_s);
    row("grant implicit", u"grant"_s, u"implicit"_s, u"profile \"Lab\": \"grant\" must be"_s);
    row("scope null", u"scope"_s, QJsonValue::Null,
        u"profile \"Lab\": \"scope\" must be a string"_s);
    row("client_id array", u"client_id"_s, QJsonArray {},
        u"profile \"Lab\": \"client_id\" must be a string"_s);
    row("device string", u"device"_s, u"secret"_s,
        u"profile \"Lab\": \"device\" must be an object or null"_s);
    row("device mode bad", u"device"_s, QJsonObject {{u"mode"_s, u"both"_s}},
        u"profile \"Lab\": \"device.mode\" must be"_s);
    row("device id number", u"device"_s, QJsonObject {{u"mode"_s, u"secret"_s}, {u"id"_s, 12}},
        u"profile \"Lab\": \"device.id\" must be a string or null"_s);
    row("device certificate bool", u"device"_s,
        QJsonObject {{u"mode"_s, u"certificate"_s}, {u"certificate"_s, false}},
        u"profile \"Lab\": \"device.certificate\" must be a string or null"_s);
    row("ca_file object", u"ca_file"_s, QJsonObject {},
        u"profile \"Lab\": \"ca_file\" must be a string or null"_s);
    row("pin number", u"pin_sha256"_s, 1, u"profile \"Lab\": \"pin_sha256\" must be a string"_s);
    row("allow_http string", u"allow_http"_s, u"yes"_s,
        u"profile \"Lab\": \"allow_http\" must be true or false"_s);
    row("note number", u"note"_s, 3.5, u"profile \"Lab\": \"note\" must be a string or null"_s);
}

void TestProfile::fromJsonTypeErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject json = sampleJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    const Result<Profile> p = Profile::fromJson(json);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::Config);
    QVERIFY2(p.error().message.startsWith(expected), qPrintable(p.error().message));
}

void TestProfile::checkProfileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("good");
    QTest::newRow("plain") << u"Lab"_s << true;
    QTest::newRow("inner spaces and unicode") << u"Hôpital test 2"_s << true;
    QTest::newRow("exactly 100") << QString(100, u'n') << true;
    QTest::newRow("101") << QString(101, u'n') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading space") << u" Lab"_s << false;
    QTest::newRow("trailing space") << u"Lab "_s << false;
    QTest::newRow("newline") << u"Lab\nfake line"_s << false;
    QTest::newRow("tab") << u"La\tb"_s << false;
    QTest::newRow("escape") << u"La\x1b[31mb"_s << false;
    QTest::newRow("line separator") << u"La\u2028b"_s << false;
    // One rule for forbidden characters (textrules.h): invisible ones are refused too, so two
    // profiles can never look alike while differing.
    QTest::newRow("zero-width space") << u"La\u200bb"_s << false;
    QTest::newRow("bidi override") << u"La\u202eb"_s << false;
    QTest::newRow("byte order mark") << u"\ufeffLab"_s << false;
    QTest::newRow("tag character") << u"Lab\U000E0041"_s << false;
    QTest::newRow("lone surrogate") << QString(u"Lab"_s + QChar(0xd800)) << false;
    QTest::newRow("emoji is fine") << u"Lab 😀"_s << true;
}

void TestProfile::checkProfileName()
{
    QFETCH(QString, name);
    QFETCH(bool, good);
    const QString problem = sdsm::checkProfileName(name);
    QCOMPARE(problem.isEmpty(), good);
    QVERIFY(!problem.contains(u'\n'));
}

void TestProfile::checkUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("good");
    QTest::newRow("https") << u"https://mpi.example"_s << true;
    QTest::newRow("https port path") << u"https://mpi.example:8443/santedb/"_s << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("ipv6") << u"https://[2001:db8::1]:8443/"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("ftp") << u"ftp://mpi.example/"_s << false;
    QTest::newRow("no scheme") << u"mpi.example:8080"_s << false;
    QTest::newRow("relative") << u"/santedb"_s << false;
    QTest::newRow("no host") << u"http:///santedb"_s << false;
    QTest::newRow("user and password") << u"https://admin:hunter2@mpi.example/"_s << false;
    QTest::newRow("user only") << u"https://admin@mpi.example/"_s << false;
    QTest::newRow("empty user-info") << u"https://@mpi.example/"_s << false;
    QTest::newRow("query") << u"https://mpi.example/?x=1"_s << false;
    QTest::newRow("empty query") << u"https://mpi.example/?"_s << false;
    QTest::newRow("fragment") << u"https://mpi.example/#top"_s << false;
    QTest::newRow("space") << u"https://mpi example/"_s << false;
    QTest::newRow("leading space") << u" https://mpi.example/"_s << false;
    QTest::newRow("bad port") << u"https://mpi.example:99999/"_s << false;
}

void TestProfile::checkUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, good);
    QCOMPARE(sdsm::checkServerUrl(url).isEmpty(), good);
    // The token endpoint follows the same rules, except that empty means the default.
    QCOMPARE(sdsm::checkTokenEndpoint(url).isEmpty(), good || url.isEmpty());
}

void TestProfile::urlErrorsNeverEchoCredentials()
{
    const QString canary = u"canary-not-a-real-password"_s;
    const QStringList urls {u"https://admin:"_s + canary + u"@mpi.example/"_s,
                            u"ftp://admin:"_s + canary + u"@mpi.example/"_s,
                            u"https://admin:"_s + canary + u"@mpi example/"_s};
    for (const QString &url : urls) {
        const QString problem = sdsm::checkServerUrl(url);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(!problem.contains(canary), qPrintable(problem));
    }
    Profile p = sampleProfile();
    p.server = QUrl(u"https://admin:"_s + canary + u"@mpi.example/"_s);
    const Result<void> valid = sdsm::validateProfile(p);
    QVERIFY(!valid.ok());
    QVERIFY2(!valid.error().message.contains(canary), qPrintable(valid.error().message));
}

void TestProfile::checkClientId_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("good");
    QTest::newRow("plain") << u"fiddler"_s << true;
    QTest::newRow("colon allowed") << u"app:lab"_s << true;
    QTest::newRow("uuid") << u"0c6d1b02-4a5e-4c1e-9f0e-6d3b7a1f2e44"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("newline") << u"app\n"_s << false;
    QTest::newRow("nul") << QString(u"app\0x"_s) << false;
    QTest::newRow("zero-width joiner") << u"app\u200d"_s << false;
    QTest::newRow("arabic letter mark") << u"app\u061c"_s << false;
}

void TestProfile::checkClientId()
{
    QFETCH(QString, clientId);
    QFETCH(bool, good);
    QCOMPARE(sdsm::checkClientId(clientId).isEmpty(), good);
}

void TestProfile::checkDeviceId_data()
{
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<bool>("good");
    QTest::newRow("plain") << u"lab-device|fiddler"_s << true;
    QTest::newRow("spaces") << u"front desk"_s << true;
    QTest::newRow("colon") << u"lab:device"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("carriage return") << u"dev\r"_s << false;
    QTest::newRow("delete") << u"dev\x7f"_s << false;
    QTest::newRow("word joiner") << u"dev\u2060ice"_s << false;
    QTest::newRow("bidi isolate") << u"dev\u2066ice"_s << false;
}

void TestProfile::checkDeviceId()
{
    QFETCH(QString, deviceId);
    QFETCH(bool, good);
    QCOMPARE(sdsm::checkDeviceId(deviceId).isEmpty(), good);
}

void TestProfile::checkScope_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("good");
    QTest::newRow("star") << u"*"_s << true;
    QTest::newRow("urns") << u"urn:santedb:a urn:santedb:b"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("newline") << u"*\n"_s << false;
    QTest::newRow("paragraph separator") << u"*\u2029"_s << false;
}

void TestProfile::checkScope()
{
    QFETCH(QString, scope);
    QFETCH(bool, good);
    QCOMPARE(sdsm::checkScope(scope).isEmpty(), good);
}

// User names and tags follow the one rule for forbidden characters (textrules.h) too.
void TestProfile::checkUsernameAndTag_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("good");
    QTest::newRow("plain") << u"allison"_s << true;
    QTest::newRow("unicode and spaces inside") << u"Zoë Ndlovu"_s << true;
    QTest::newRow("newline") << u"allison\nroot"_s << false;
    QTest::newRow("zero-width space") << u"alli\u200bson"_s << false;
    QTest::newRow("bidi override") << u"\u202eallison"_s << false;
}

void TestProfile::checkUsernameAndTag()
{
    QFETCH(QString, value);
    QFETCH(bool, good);
    QCOMPARE(sdsm::checkUsername(value).isEmpty(), good);
    QCOMPARE(sdsm::checkTag(value).isEmpty(), good);
}

void TestProfile::normalizePin_data()
{
    const QString hex = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
    QString colons;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        colons += (i ? u":"_s : QString()) + hex.mid(i, 2).toUpper();

    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("plain") << hex << hex;
    QTest::newRow("upper case with colons") << colons << hex;
    QTest::newRow("spaces and newline") << (hex.left(32) + u" \n"_s + hex.mid(32)) << hex;
    QTest::newRow("short") << hex.left(62) << QString();
    QTest::newRow("long") << (hex + u"00"_s) << QString();
    QTest::newRow("not hex") << (hex.left(63) + u'g') << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("base64") << u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s << QString();
}

void TestProfile::normalizePin()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<QString> pin = sdsm::normalizePin(text);
    QCOMPARE(pin.has_value(), !expected.isEmpty());
    if (pin)
        QCOMPARE(*pin, expected);
}

void TestProfile::validateProfile_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("expected"); // empty: accepted; else a part of the sentence

    QTest::newRow("https") << sampleProfile() << QString();

    Profile p = sampleProfile();
    p.server = QUrl(u"http://10.1.2.3:8080"_s);
    QTest::newRow("http private without flag")
        << p
        << u"profile \"Lab\" uses plain http to 10.1.2.3, which sends credentials unencrypted"_s;
    p.allowHttp = true;
    QTest::newRow("http private with flag") << p << QString();

    p = sampleProfile();
    p.server = QUrl(u"http://localhost:8080/santedb"_s);
    QTest::newRow("http localhost") << p << QString();
    p.server = QUrl(u"http://127.0.0.1:8080"_s);
    QTest::newRow("http 127.0.0.1") << p << QString();
    p.server = QUrl(u"http://[::1]:8080"_s);
    QTest::newRow("http ::1") << p << QString();

    p = sampleProfile();
    p.tokenEndpoint = QUrl(u"http://idp.example/token"_s);
    QTest::newRow("http token endpoint") << p << u"uses plain http to idp.example"_s;

    p = sampleProfile();
    p.server = QUrl(u"http://127.0.0.1:8080"_s);
    p.pinSha256 = QString(64, u'b');
    QTest::newRow("pin with http") << p << u"certificate pin has no effect over plain http"_s;
    p.server = QUrl(u"https://127.0.0.1:8443"_s);
    QTest::newRow("pin with https") << p << QString();
    p.pinSha256 = u"AB:CD"_s;
    QTest::newRow("pin malformed") << p << u"64 hexadecimal digits"_s;

    p = sampleProfile();
    p.deviceMode = DeviceMode::Secret;
    QTest::newRow("secret without device id") << p << u"needs a device id"_s;
    p.deviceId = u"lab:device"_s;
    QTest::newRow("device id with colon") << p << u"':'"_s;
    p.deviceId = u"lab-device"_s;
    QTest::newRow("secret with device id") << p << QString();

    p = sampleProfile();
    p.deviceMode = DeviceMode::Certificate;
    QTest::newRow("certificate without file") << p << u"needs a certificate file"_s;
    p.certificatePath = u"/tmp/device.p12"_s;
    QTest::newRow("certificate with file") << p << QString();
    p.server = QUrl(u"http://127.0.0.1:8080"_s);
    QTest::newRow("certificate over http") << p << u"the server must use https"_s;

    p = sampleProfile();
    p.grant = GrantType::Password;
    QTest::newRow("password grant without user") << p << u"needs a user name"_s;
    p.username = u"allison\u2028x"_s;
    QTest::newRow("user with line separator") << p << u"must not contain control"_s;
    p.username = u"allison"_s;
    QTest::newRow("password grant with user") << p << QString();
    p.facility = u"not-a-uuid"_s;
    QTest::newRow("facility not a uuid") << p << u"must be the UUID"_s;
    p.facility = u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s;
    QTest::newRow("facility uuid") << p << QString();
    p.tags = {u"a,b"_s};
    QTest::newRow("tag with comma") << p << u"must not contain commas"_s;

    p = sampleProfile();
    p.name = u" Lab"_s;
    QTest::newRow("bad name") << p << u"must not start or end with a space"_s;
    p = sampleProfile();
    p.uuid = QUuid();
    QTest::newRow("no uuid") << p << u"no uuid"_s;
    p = sampleProfile();
    p.server = QUrl();
    QTest::newRow("no server") << p << u"the server URL must not be empty"_s;
    p = sampleProfile();
    p.server = QUrl(u"ftp://mpi.example"_s);
    QTest::newRow("ftp server") << p << u"http:// or https://"_s;
    p = sampleProfile();
    p.clientId.clear();
    QTest::newRow("no client id") << p << u"client_id must not be empty"_s;
    p = sampleProfile();
    p.scope.clear();
    QTest::newRow("no scope") << p << u"scope must not be empty"_s;
}

void TestProfile::validateProfile()
{
    QFETCH(Profile, profile);
    QFETCH(QString, expected);
    const Result<void> result = sdsm::validateProfile(profile);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Config);
    QCOMPARE(result.error().exitCode(), 2);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestProfile::effectiveTokenEndpoint_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("tokenEndpoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path") << u"http://h/santedb"_s << QString()
                          << u"http://h/santedb/auth/oauth2_token"_s;
    QTest::newRow("path with slash")
        << u"http://h/santedb/"_s << QString() << u"http://h/santedb/auth/oauth2_token"_s;
    QTest::newRow("root") << u"https://h:8443"_s << QString()
                          << u"https://h:8443/auth/oauth2_token"_s;
    QTest::newRow("root slash") << u"https://h:8443/"_s << QString()
                                << u"https://h:8443/auth/oauth2_token"_s;
    QTest::newRow("explicit") << u"https://h/"_s << u"https://idp.example/oauth/token"_s
                              << u"https://idp.example/oauth/token"_s;
    QTest::newRow("no server") << QString() << QString() << QString();
}

void TestProfile::effectiveTokenEndpoint()
{
    QFETCH(QString, server);
    QFETCH(QString, tokenEndpoint);
    QFETCH(QString, expected);
    Profile p = sampleProfile();
    p.server = QUrl(server);
    p.tokenEndpoint = QUrl(tokenEndpoint);
    QCOMPARE(p.effectiveTokenEndpoint().toString(), expected);
}

void TestProfile::effectiveTokenEndpointText_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("tokenEndpoint");
    const QStringList servers {
        u"http://h/santedb"_s,
        u"http://h/santedb/"_s,
        u"https://h:8443"_s,
        u"https://h:8443/"_s,
        u"http://h//"_s,
        u"http://h///a.b//"_s,
        u"HTTPS://H.Example:8443/X-y_z~1"_s,
        u"https://[::1]:8443/x/"_s,
        u"https://user:pw@h/p"_s,
        u"https://h/./a/../b"_s,
        u"https://h/a%2Fb"_s,
        u"https://h/%7e"_s,
        u"https://h/a b"_s,
        u"https://h/caf%C3%A9"_s,
        u"https://h/café"_s,
        u"https://café.example/x"_s,
        u"https://h/a:b@c;d=e"_s,
        u"https://h?x=1"_s,
        u"https://h/p?x=1#f"_s,
        u"https://h#f"_s,
        u"https://h/p/#"_s,
        u"ftp://h/x"_s,
        u"http:h"_s,
        u"http:///x"_s,
        u"/relative"_s,
        QString(),
    };
    for (const QString &server : servers) {
        QTest::addRow("%s", qPrintable(server)) << server << QString();
        QTest::addRow("%s, explicit", qPrintable(server))
            << server << u"https://idp.example/oauth/token"_s;
    }
}

void TestProfile::effectiveTokenEndpointText()
{
    QFETCH(QString, server);
    QFETCH(QString, tokenEndpoint);
    Profile p = sampleProfile();
    p.server = QUrl(server);
    p.tokenEndpoint = QUrl(tokenEndpoint);
    QCOMPARE(p.effectiveTokenEndpointText(p.server.toString()),
             p.effectiveTokenEndpoint().toString());
}

void TestProfile::choicesReadAsWritten_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<SanteDbVersion>("version");
    QTest::addColumn<GrantType>("grant");
    QTest::addColumn<PasswordMode>("passwordMode");
    QTest::addColumn<DeviceMode>("deviceMode");
    QTest::newRow("as written")
        << R"("santedb_version": "3", "grant": "password", "password_mode": "ask",
              "device": {"mode": "secret"})"_ba
        << SanteDbVersion::V3 << GrantType::Password << PasswordMode::Ask << DeviceMode::Secret;
    QTest::newRow("others") << R"("santedb_version": "auto", "grant": "client_credentials",
              "password_mode": "stored", "device": {"mode": "certificate"})"_ba
                            << SanteDbVersion::Auto << GrantType::ClientCredentials
                            << PasswordMode::Stored << DeviceMode::Certificate;
    QTest::newRow("cases and spaces")
        << R"("santedb_version": " 2 ", "grant": "Password", "password_mode": "ASK ",
              "device": {"mode": " None"})"_ba
        << SanteDbVersion::V2 << GrantType::Password << PasswordMode::Ask << DeviceMode::None;
    QTest::newRow("escapes")
        << R"("santedb_version": "3", "grant": "password", "password_mode": "ask",
              "device": {"mode": "secret"})"_ba
        << SanteDbVersion::V3 << GrantType::Password << PasswordMode::Ask << DeviceMode::Secret;
}

void TestProfile::choicesReadAsWritten()
{
    QFETCH(QByteArray, members);
    QFETCH(SanteDbVersion, version);
    QFETCH(GrantType, grant);
    QFETCH(PasswordMode, passwordMode);
    QFETCH(DeviceMode, deviceMode);
    const QByteArray text = R"({"uuid": "6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10", "name": "Lab",
        "server": "https://h", "client_id": "app", )"
        + members + '}';
    const Result<Profile> p = Profile::fromJsonText(text);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QCOMPARE(p.value().version, version);
    QCOMPARE(p.value().grant, grant);
    QCOMPARE(p.value().passwordMode, passwordMode);
    QCOMPARE(p.value().deviceMode, deviceMode);
    QCOMPARE(p.value().uuid, QUuid::fromString(u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s));
}

void TestProfile::usedSecretKinds_data()
{
    QTest::addColumn<DeviceMode>("mode");
    QTest::addColumn<QList<SecretKind>>("expected");
    QTest::newRow("none") << DeviceMode::None << QList<SecretKind> {SecretKind::Client};
    QTest::newRow("secret") << DeviceMode::Secret
                            << QList<SecretKind> {SecretKind::Client, SecretKind::Device};
    QTest::newRow("certificate") << DeviceMode::Certificate
                                 << QList<SecretKind> {SecretKind::Client,
                                                       SecretKind::CertPassword};
}

void TestProfile::usedSecretKinds()
{
    QFETCH(DeviceMode, mode);
    QFETCH(QList<SecretKind>, expected);
    Profile p = sampleProfile();
    p.deviceMode = mode;
    QCOMPARE(p.usedSecretKinds(), expected);
    for (auto k :
         {SecretKind::Client, SecretKind::Device, SecretKind::CertPassword, SecretKind::Session})
        QCOMPARE(p.uses(k), expected.contains(k));
}

void TestProfile::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.200.3.4") << u"127.200.3.4"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("10.1.2.3") << u"10.1.2.3"_s << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("localhost.example") << u"localhost.example"_s << false;
    QTest::newRow("127.0.0.1.example") << u"127.0.0.1.example"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfile::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(sdsm::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
