// SPDX-License-Identifier: Apache-2.0
// JWKS parsing over keys made by OpenSSL for this run: every usable key kind is read with its
// members, and a set full of junk still yields its good keys.
#include "jwks.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

QByteArray jwks(const QJsonArray &keys)
{
    return QJsonDocument(QJsonObject {{u"keys"_s, keys}}).toJson(QJsonDocument::Compact);
}

QString b64url(const QByteArray &bytes)
{
    return QString::fromLatin1(base64Url(bytes));
}

QStringList kids(const QList<Jwk> &keys)
{
    QStringList out;
    for (const Jwk &key : keys)
        out.append(key.kid);
    return out;
}

bool samePublicKey(const Jwk &jwk, const TestKey &key)
{
    return jwk.publicKey && EVP_PKEY_eq(jwk.publicKey.get(), key.get()) == 1;
}

} // namespace

class TestJwks : public QObject
{
    Q_OBJECT

    TestKey m_rsa = TestKey::rsa();
    TestKey m_ec = TestKey::p256();

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_rsa.get() && m_ec.get()); }

    void readsRsaFromModulusAndExponent()
    {
        QJsonObject entry = m_rsa.publicJwk(u"rsa-1"_s);
        entry.insert(u"alg"_s, u"RS256"_s);
        entry.insert(u"use"_s, u"sig"_s);
        entry.insert(u"x5t"_s, u"thumb"_s);
        entry.insert(u"key_ops"_s, QJsonArray {u"verify"_s}); // unknown members are fine
        const auto keys = parseJwks(jwks({entry}));
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 1);
        const Jwk &key = keys.value().first();
        QCOMPARE(key.type, JwkType::Rsa);
        QCOMPARE(key.kid, u"rsa-1"_s);
        QCOMPARE(key.alg, u"RS256"_s);
        QCOMPARE(key.use, u"sig"_s);
        QCOMPARE(key.x5t, u"thumb"_s);
        QVERIFY(samePublicKey(key, m_rsa));
        QVERIFY(key.secret.isEmpty());
    }

    void readsP256FromCoordinates()
    {
        const auto keys = parseJwks(jwks({m_ec.publicJwk(u"ec-1"_s)}));
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 1);
        QCOMPARE(keys.value().first().type, JwkType::Ec);
        QVERIFY(samePublicKey(keys.value().first(), m_ec));
    }

    void readsKeysFromCertificateAlone()
    {
        const QJsonObject rsa {
            {u"kty"_s, u"RSA"_s},
            {u"kid"_s, u"from-cert"_s},
            {u"x5c"_s,
             QJsonArray {QString::fromLatin1(m_rsa.selfSignedCertificateDer().toBase64())}}};
        const QJsonObject ec {
            {u"kty"_s, u"EC"_s},
            {u"kid"_s, u"ec-cert"_s},
            {u"x5c"_s,
             QJsonArray {QString::fromLatin1(m_ec.selfSignedCertificateDer().toBase64())}}};
        const auto keys = parseJwks(jwks({rsa, ec}));
        QVERIFY(keys.ok());
        QCOMPARE(kids(keys.value()), (QStringList {u"from-cert"_s, u"ec-cert"_s}));
        QVERIFY(samePublicKey(keys.value().at(0), m_rsa));
        QVERIFY(samePublicKey(keys.value().at(1), m_ec));
    }

    void componentsAndCertificateMustAgree()
    {
        QJsonObject agreeing = m_rsa.publicJwk(u"agree"_s);
        agreeing.insert(
            u"x5c"_s,
            QJsonArray {QString::fromLatin1(m_rsa.selfSignedCertificateDer().toBase64())});
        const TestKey other = TestKey::rsa();
        QJsonObject disagreeing = m_rsa.publicJwk(u"disagree"_s);
        disagreeing.insert(
            u"x5c"_s,
            QJsonArray {QString::fromLatin1(other.selfSignedCertificateDer().toBase64())});
        const auto keys = parseJwks(jwks({agreeing, disagreeing}));
        QVERIFY(keys.ok());
        QCOMPARE(kids(keys.value()), QStringList {u"agree"_s});
    }

    void readsOctSecret()
    {
        const QByteArray secret = "a shared HS256 secret of SanteDB";
        const auto keys = parseJwks(jwks({QJsonObject {{u"kty"_s, u"oct"_s},
                                                       {u"kid"_s, u"default"_s},
                                                       {u"alg"_s, u"HS256"_s},
                                                       {u"k"_s, b64url(secret)}}}));
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 1);
        QCOMPARE(keys.value().first().type, JwkType::Oct);
        QCOMPARE(keys.value().first().secret, secret);
        QVERIFY(!keys.value().first().publicKey);
    }

    void junkKeysAreSkippedGoodOnesKept()
    {
        QJsonObject offCurve = m_ec.publicJwk(u"off-curve"_s);
        QByteArray y = QByteArray::fromBase64(offCurve.value(u"y"_s).toString().toLatin1(),
                                              QByteArray::Base64UrlEncoding);
        y[31] = static_cast<char>(y[31] ^ 1);
        offCurve.insert(u"y"_s, b64url(y));
        QJsonObject shortCoordinate = m_ec.publicJwk(u"short-x"_s);
        shortCoordinate.insert(u"x"_s, b64url(QByteArray(31, 'x')));
        QJsonObject otherCurve = m_ec.publicJwk(u"p384"_s);
        otherCurve.insert(u"crv"_s, u"P-384"_s);
        QJsonObject encryption = m_rsa.publicJwk(u"enc"_s);
        encryption.insert(u"use"_s, u"enc"_s);
        QJsonObject badModulus = m_rsa.publicJwk(u"bad-n"_s);
        badModulus.insert(u"n"_s, u"not base64url!"_s);
        QJsonObject evenModulus = m_rsa.publicJwk(u"even-n"_s);
        evenModulus.insert(u"n"_s, b64url(QByteArray(256, '\x02')));
        QJsonObject missingExponent = m_rsa.publicJwk(u"no-e"_s);
        missingExponent.remove(u"e"_s);
        const TestKey weak = TestKey::rsa(1024);

        const QJsonArray entries {
            42,
            u"a string"_s,
            QJsonArray {},
            QJsonValue(QJsonValue::Null),
            QJsonObject {},
            QJsonObject {{u"kty"_s, u"OKP"_s}, {u"kid"_s, u"ed25519"_s}, {u"crv"_s, u"Ed25519"_s}},
            QJsonObject {{u"kty"_s, u"oct"_s}, {u"kid"_s, u"no-k"_s}},
            QJsonObject {{u"kty"_s, u"oct"_s}, {u"kid"_s, u"empty-k"_s}, {u"k"_s, u""_s}},
            QJsonObject {{u"kty"_s, u"RSA"_s},
                         {u"kid"_s, u"x5c-junk"_s},
                         {u"x5c"_s, QJsonArray {u"AAAA"_s}}},
            QJsonObject {
                {u"kty"_s, u"RSA"_s}, {u"kid"_s, u"x5c-number"_s}, {u"x5c"_s, QJsonArray {7}}},
            offCurve,
            shortCoordinate,
            otherCurve,
            encryption,
            badModulus,
            evenModulus,
            missingExponent,
            weak.publicJwk(u"rsa-1024"_s),
            m_rsa.publicJwk(u"good-rsa"_s),
            m_ec.publicJwk(u"good-ec"_s),
            QJsonObject {{u"kty"_s, u"oct"_s}, {u"kid"_s, u"good-oct"_s}, {u"k"_s, b64url("k")}},
        };
        const auto keys = parseJwks(jwks(entries));
        QVERIFY(keys.ok());
        QCOMPARE(kids(keys.value()), (QStringList {u"good-rsa"_s, u"good-ec"_s, u"good-oct"_s}));
    }

    void unusableDocumentsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("keys: []");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no keys") << QByteArray(R"({"jwks":[]})");
        QTest::newRow("keys not an array") << QByteArray(R"({"keys":{}})");
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(QJsonObject {{u"kty"_s, u"oct"_s}, {u"k"_s, b64url("k")}});
        QTest::newRow("101 keys") << jwks(many);
        QTest::newRow("over 1 MiB")
            << QByteArray("{\"keys\":[],\"padding\":\"" + QByteArray(1024 * 1024, 'a') + "\"}");
    }
    void unusableDocumentsAreErrors()
    {
        QFETCH(QByteArray, document);
        const auto keys = parseJwks(document);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().kind, ErrorKind::Protocol);
        QVERIFY(!keys.error().message.isEmpty());
    }

    void limitsAreInclusive()
    {
        QJsonArray hundred;
        for (int i = 0; i < 100; ++i)
            hundred.append(QJsonObject {{u"kty"_s, u"oct"_s}, {u"k"_s, b64url("k")}});
        const auto keys = parseJwks(jwks(hundred));
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 100);
        const auto empty = parseJwks(R"({"keys":[]})");
        QVERIFY(empty.ok());
        QVERIFY(empty.value().isEmpty());
    }

    void copiesShareTheKey()
    {
        auto keys = parseJwks(jwks({m_ec.publicJwk(u"ec"_s)}));
        QVERIFY(keys.ok());
        const Jwk copy = keys.value().first();
        keys.value().clear(); // the copy still owns the key
        QVERIFY(samePublicKey(copy, m_ec));
    }
};

QTEST_GUILESS_MAIN(TestJwks)
#include "tst_jwks.moc"
