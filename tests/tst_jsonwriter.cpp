// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

QByteArray qtText(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

// What QJsonDocument makes of the text: the same bytes when the writer wrote Qt's form with the
// members in Qt's order.
QByteArray rewrittenByQt(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return "not JSON: " + error.errorString().toUtf8();
    return document.toJson(QJsonDocument::Indented);
}

QByteArray written(const QJsonValue &value)
{
    JsonWriter out;
    out.jsonValue(value);
    return out.takeText();
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containersAndScalars_data();
    void containersAndScalars();
    void everyUtf16CodeUnit();
    void randomStrings();
    void describedProfiles();
    void writtenInPieces();
};

void TestJsonWriter::containersAndScalars_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("empty array") << QJsonValue(QJsonArray {});
    QTest::newRow("empty object") << QJsonValue(QJsonObject {});
    QTest::newRow("nested") << QJsonValue(QJsonArray {
        QJsonObject {{u"a"_s, QJsonArray {}},
                     {u"b"_s, QJsonObject {}},
                     {u"c"_s, QJsonValue()},
                     {u"d"_s, 3},
                     {u"e"_s, true},
                     {u"f"_s, false},
                     {u"g"_s, -2.5},
                     {u"t"_s, QJsonArray {u"x"_s, QJsonObject {{u"k"_s, 1}}, QJsonArray {}}},
                     {u"z"_s, QJsonObject {{u"y"_s, QJsonObject {}}}}},
        QJsonArray {}, QJsonObject {}});
    QTest::newRow("keys needing escapes")
        << QJsonValue(QJsonObject {{u"quote\" back\\slash\nline"_s, 1}, {u"é"_s, u"€"_s}});
}

void TestJsonWriter::containersAndScalars()
{
    QFETCH(QJsonValue, value);
    QCOMPARE(written(value), qtText(value));
}

void TestJsonWriter::everyUtf16CodeUnit()
{
    QString all;
    for (char16_t unit = 1; unit != 0; ++unit)
        all += QChar(unit);
    // A pair, then each half alone.
    all += u"😀"_s + QChar(0xd83d) + u"x"_s + QChar(0xde00);
    const QJsonValue value(QJsonArray {all});
    QCOMPARE(written(value), qtText(value));
}

void TestJsonWriter::randomStrings()
{
    QRandomGenerator random(20261201);
    for (int round = 0; round < 200; ++round) {
        QString text;
        const int length = random.bounded(40);
        for (int i = 0; i < length; ++i) {
            // Mostly ASCII, with control characters, surrogates and other planes mixed in.
            const quint32 pick = random.bounded(10);
            text += QChar(char16_t(pick < 6 ? random.bounded(0x80) : random.bounded(0x10000)));
        }
        const QJsonValue value(QJsonObject {{text, text}});
        QCOMPARE(written(value), qtText(value));
    }
}

// Every member describe() writes, each kind of value in it: the text is Qt's, members in order.
void TestJsonWriter::describedProfiles()
{
    struct Case
    {
        Profile profile;
        ProfileState state;
        bool withPresence;
        bool withCertificate;
    };
    QList<Case> cases;

    Profile plain;
    plain.uuid = QUuid::createUuid();
    plain.name = u"plain \"one\""_s;
    plain.server = QUrl(u"https://mpi.example:8443"_s);
    plain.clientId = u"APP"_s;
    plain.deviceMode = DeviceMode::Secret;
    plain.deviceId = u"DEV"_s;
    cases.append({plain, ProfileState(), false, false});

    Profile full = plain;
    full.name = u"full"_s;
    full.grant = GrantType::Password;
    full.username = u"admin"_s;
    full.passwordMode = PasswordMode::Ask;
    full.facility = u"f-1"_s;
    full.caFile = u"/etc/ca.pem"_s;
    full.note = u"note\twith tab"_s;
    full.tags = {u"a"_s, u"ü"_s};
    full.allowHttp = true;
    full.version = SanteDbVersion::V3;
    full.tokenEndpoint = QUrl(u"https://mpi.example:8443/auth/oauth2_token"_s);
    ProfileState used;
    used.detectedVersion = Generation::V2;
    used.lastResult = u"ok"_s;
    used.lastAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    used.expiresAt = used.lastAt.addSecs(3600);
    cases.append({full, used, true, false});

    Profile certificate = plain;
    certificate.name = u"cert"_s;
    certificate.deviceMode = DeviceMode::Certificate;
    certificate.certificatePath = u"/keys/device.p12"_s;
    cases.append({certificate, used, true, true});
    cases.append({certificate, ProfileState(), false, false});

    for (const auto &[profile, state, withPresence, withCertificate] : cases) {
        std::optional<QHash<SecretKind, bool>> presence;
        if (withPresence)
            presence =
                QHash<SecretKind, bool> {{SecretKind::Client, true}, {SecretKind::Session, true}};
        std::optional<CertificateInfo> info;
        if (withCertificate) {
            info = CertificateInfo();
            info->subject = u"CN=device"_s;
            info->issuer = u"CN=ca"_s;
            info->notBefore = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
            info->notAfter = info->notBefore.addDays(365);
            info->sha1 = QString(40, u'a');
            info->sha256 = QString(64, u'b');
        }
        JsonWriter out;
        out.beginArray();
        Workspace::describe(out, profile, state, presence, info);
        out.endArray();
        const QByteArray text = out.takeText();
        QCOMPARE(text, rewrittenByQt(text));
        // Not a vacuous match: the text holds what the profile says.
        const QJsonObject described = QJsonDocument::fromJson(text).array().first().toObject();
        QCOMPARE(described.value(u"name"_s).toString(), profile.name);
        QCOMPARE(described.value(u"uuid"_s).toString(),
                 profile.uuid.toString(QUuid::WithoutBraces));
        QCOMPARE(described.value(u"secrets"_s).toObject().value(u"client"_s).isBool(),
                 withPresence);
    }
}

void TestJsonWriter::writtenInPieces()
{
    // A long array taken out in pieces as it grows, and the rest at the end, is the whole text.
    QJsonArray elements;
    for (int n = 0; n < 300; ++n) {
        elements.append(QJsonObject {{u"n"_s, n},
                                     {u"text"_s, u"caf\u00e9 \"%1\"\n"_s.arg(n)},
                                     {u"list"_s, QJsonArray {1, u"x"_s, QJsonObject {}}}});
    }
    JsonWriter out;
    QByteArray pieces;
    int taken = 0;
    out.beginArray();
    for (const QJsonValue &element : std::as_const(elements)) {
        out.jsonValue(element);
        if (out.written().size() >= 1000) {
            pieces += out.written().toByteArray();
            out.forgetWritten();
            ++taken;
        }
    }
    out.endArray();
    pieces += out.takeText();
    QVERIFY(taken > 10);
    QCOMPARE(pieces, qtText(elements));
    // The writer starts afresh after takeText.
    QCOMPARE(written(QJsonArray {1}), qtText(QJsonArray {1}));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
