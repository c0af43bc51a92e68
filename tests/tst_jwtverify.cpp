// SPDX-License-Identifier: Apache-2.0
// id_token verification over tokens signed at run time with OpenSSL: each SignatureState is
// reached by the case that should reach it, SanteDB's key choice and secret doubling hold, and the
// classic attacks (alg none, RS256->HS256 confusion, forged and mangled signatures) fail.
#include "jwtverify.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <openssl/err.h>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

const QString kApp = u"EXAMPLE_APPLICATION"_s;

QJsonObject claims()
{
    return {{u"sub"_s, u"1a6b3b92-3213-505e-a11a-7bbfeea895a7"_s},
            {u"name"_s, kApp},
            {u"exp"_s, 2000000000}};
}

QJsonObject header(const QString &alg, const QString &kid = {})
{
    QJsonObject h {{u"alg"_s, alg}, {u"typ"_s, u"JWT"_s}};
    if (!kid.isEmpty())
        h.insert(u"kid"_s, kid);
    return h;
}

// Through the real decoder, as the session service will do it.
DecodedJwt decoded(const QByteArray &compact)
{
    const auto result = decodeJwt(compact);
    if (!result.ok())
        qFatal("test token does not decode: %s", qPrintable(result.error().message));
    return result.value();
}

DecodedJwt hmacToken(const QJsonObject &h, QByteArrayView key, const QJsonObject &c = claims())
{
    const QByteArray input = signingInput(h, c);
    return decoded(compactJws(input, hmacSha256(key, input)));
}

DecodedJwt signedToken(const TestKey &key, const QString &alg, const QString &kid)
{
    const QByteArray input = signingInput(header(alg, kid), claims());
    return decoded(compactJws(input, key.sign(alg.toLatin1(), input)));
}

QList<Jwk> parsed(const QJsonArray &keys)
{
    const auto result =
        parseJwks(QJsonDocument(QJsonObject {{u"keys"_s, keys}}).toJson(QJsonDocument::Compact));
    if (!result.ok())
        qFatal("test JWKS does not parse");
    return result.value();
}

QJsonObject octJwk(const QString &kid, const QByteArray &k)
{
    return {{u"kty"_s, u"oct"_s}, {u"kid"_s, kid}, {u"k"_s, QString::fromLatin1(base64Url(k))}};
}

QByteArray repeated(const QByteArray &secret, int times)
{
    return secret.repeated(times);
}

} // namespace

class TestJwtVerify : public QObject
{
    Q_OBJECT

    TestKey m_rsa = TestKey::rsa();
    TestKey m_ec = TestKey::p256();
    VerificationKeys m_keys;

    VerificationKeys withSecrets(std::optional<QString> client, std::optional<QString> device) const
    {
        VerificationKeys keys = m_keys;
        keys.clientSecret = std::move(client);
        keys.deviceSecret = std::move(device);
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_rsa.get() && m_ec.get());
        m_keys.jwks = parsed({m_rsa.publicJwk(u"rsa"_s), m_ec.publicJwk(u"ec"_s),
                              octJwk(u"default"_s, "the server's default HS256 key")});
        QCOMPARE(m_keys.jwks->size(), 3);
        m_keys.applicationName = kApp;
    }

    void verifiesEachAlgorithmFromTheJwks_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kid");
        QTest::newRow("RS256") << u"RS256"_s << u"rsa"_s;
        QTest::newRow("RS512") << u"RS512"_s << u"rsa"_s;
        QTest::newRow("PS256") << u"PS256"_s << u"rsa"_s;
        QTest::newRow("ES256") << u"ES256"_s << u"ec"_s;
    }
    void verifiesEachAlgorithmFromTheJwks()
    {
        QFETCH(QString, alg);
        QFETCH(QString, kid);
        const TestKey &key = kid == u"rsa"_s ? m_rsa : m_ec;
        const SignatureCheck check = verifyJwt(signedToken(key, alg, kid), m_keys);
        QCOMPARE(signatureStateName(check.state), u"verified"_s);
        QCOMPARE(check.keyLabel, u"jwks:"_s + kid);
        QVERIFY(!check.kidNotInJwks);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void forgedSignaturesAreInvalid_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kid");
        QTest::newRow("RS256") << u"RS256"_s << u"rsa"_s;
        QTest::newRow("RS512") << u"RS512"_s << u"rsa"_s;
        QTest::newRow("PS256") << u"PS256"_s << u"rsa"_s;
        QTest::newRow("ES256") << u"ES256"_s << u"ec"_s;
        QTest::newRow("HS256") << u"HS256"_s << u"default"_s;
    }
    void forgedSignaturesAreInvalid()
    {
        QFETCH(QString, alg);
        QFETCH(QString, kid);
        const QByteArray input = signingInput(header(alg, kid), claims());
        QByteArray signature = alg == u"HS256"_s
            ? hmacSha256("the server's default HS256 key", input)
            : (kid == u"rsa"_s ? m_rsa : m_ec).sign(alg.toLatin1(), input);
        // The genuine token verifies, so what fails below fails for the forgery alone.
        QCOMPARE(verifyJwt(decoded(compactJws(input, signature)), m_keys).state,
                 SignatureState::Verified);

        QByteArray flipped = signature;
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
        const SignatureCheck forged = verifyJwt(decoded(compactJws(input, flipped)), m_keys);
        QCOMPARE(forged.state, SignatureState::Invalid);
        QCOMPARE(forged.keyLabel, u"jwks:"_s + kid);

        // The genuine signature over changed claims: a promoted device, say.
        QJsonObject changed = claims();
        changed.insert(u"urn:santedb:org:claim:devid"_s, u"forged"_s);
        const QByteArray otherInput = signingInput(header(alg, kid), changed);
        QCOMPARE(verifyJwt(decoded(compactJws(otherInput, signature)), m_keys).state,
                 SignatureState::Invalid);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void hs256FromTheJwksInBothAlgForms()
    {
        for (const QString &alg :
             {u"HS256"_s, u"http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"_s}) {
            const SignatureCheck check = verifyJwt(
                hmacToken(header(alg, u"default"_s), "the server's default HS256 key"), m_keys);
            QCOMPARE(check.state, SignatureState::Verified);
            QCOMPARE(check.keyLabel, u"jwks:default"_s);
        }
    }

    void kidEqualToTheApplicationUsesTheClientSecret()
    {
        // "fiddler" (7 bytes) -> 14 -> 28 bytes, as SanteDB builds its HMAC key.
        const QByteArray key28 = repeated("fiddler", 4);
        QCOMPARE(key28.size(), 28);
        const auto keys = withSecrets(u"fiddler"_s, std::nullopt);
        const QString uriAlg = u"http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"_s;
        SignatureCheck check = verifyJwt(hmacToken(header(uriAlg, kApp), key28), keys);
        QCOMPARE(check.state, SignatureState::Verified);
        QCOMPARE(check.keyLabel, u"client_secret"_s);
        // SanteDB's identity names are case-insensitive.
        check = verifyJwt(hmacToken(header(u"HS256"_s, kApp.toLower()), key28), keys);
        QCOMPARE(check.state, SignatureState::Verified);
        // Doubled once only (14 bytes) is not SanteDB's key.
        check = verifyJwt(hmacToken(header(uriAlg, kApp), repeated("fiddler", 2)), keys);
        QCOMPARE(check.state, SignatureState::Invalid);
        QCOMPARE(check.keyLabel, u"client_secret"_s);
    }

    void kidEqualToTheApplicationUsesTheDeviceSecret()
    {
        const QByteArray deviceKey = repeated("device-secret-0123", 1); // 18 bytes: not doubled
        SignatureCheck check = verifyJwt(hmacToken(header(u"HS256"_s, kApp), deviceKey),
                                         withSecrets(std::nullopt, u"device-secret-0123"_s));
        QCOMPARE(check.state, SignatureState::Verified);
        QCOMPARE(check.keyLabel, u"device_secret"_s);
        // A 3.x device request signs with the device secret even when a client secret exists.
        check = verifyJwt(hmacToken(header(u"HS256"_s, kApp), deviceKey),
                          withSecrets(u"fiddler"_s, u"device-secret-0123"_s));
        QCOMPARE(check.state, SignatureState::Verified);
        QCOMPARE(check.keyLabel, u"device_secret"_s);
    }

    void aSixByteSecretVerifiesOnlyWhenDoubled_data()
    {
        QTest::addColumn<QByteArray>("signingKey");
        QTest::addColumn<bool>("verifies");
        QTest::newRow("raw 6 bytes") << QByteArray("abcdef") << false;
        QTest::newRow("doubled once, 12 bytes") << repeated("abcdef", 2) << false;
        QTest::newRow("doubled twice, 24 bytes") << repeated("abcdef", 4) << true;
        QTest::newRow("doubled thrice, 48 bytes") << repeated("abcdef", 8) << false;
    }
    void aSixByteSecretVerifiesOnlyWhenDoubled()
    {
        QFETCH(QByteArray, signingKey);
        QFETCH(bool, verifies);
        const SignatureCheck check = verifyJwt(hmacToken(header(u"HS256"_s, kApp), signingKey),
                                               withSecrets(u"abcdef"_s, std::nullopt));
        QCOMPARE(check.state, verifies ? SignatureState::Verified : SignatureState::Invalid);
    }

    void secretsCountInUtf8Bytes()
    {
        // "héllo wörld" is 13 bytes in UTF-8: already long enough? No, 13 < 16 -> 26 bytes.
        const QString secret = u"héllo wörld"_s;
        const QByteArray key = repeated(secret.toUtf8(), 2);
        QCOMPARE(key.size(), 26);
        QCOMPARE(verifyJwt(hmacToken(header(u"HS256"_s, kApp), key), withSecrets(secret, {})).state,
                 SignatureState::Verified);
    }

    void kidOfTheApplicationWithoutSecretsIsUnavailable()
    {
        const SignatureCheck check =
            verifyJwt(hmacToken(header(u"HS256"_s, kApp), repeated("fiddler", 4)),
                      withSecrets(std::nullopt, u""_s));
        QCOMPARE(check.state, SignatureState::Unavailable);
        QVERIFY(check.keyLabel.isEmpty());
        QVERIFY(!check.kidNotInJwks);
    }

    void kidOfTheApplicationNeedsHmac()
    {
        // SanteDB signs with a secret only by HMAC; an RSA token naming the app is not SanteDB's.
        const SignatureCheck check =
            verifyJwt(signedToken(m_rsa, u"RS256"_s, kApp), withSecrets(u"fiddler"_s, {}));
        QCOMPARE(check.state, SignatureState::Invalid);
    }

    void algNoneIsUnsigned()
    {
        for (const QString &alg : {u"none"_s, u"None"_s, u"NONE"_s}) {
            const QByteArray input = signingInput(header(alg), claims());
            QCOMPARE(verifyJwt(decoded(input + '.'), m_keys).state, SignatureState::Unsigned);
            // Even with a signature a key would accept, "none" is never verified.
            QCOMPARE(verifyJwt(decoded(compactJws(input, hmacSha256("k", input))), m_keys).state,
                     SignatureState::Unsigned);
        }
        QCOMPARE(signatureStateName(SignatureState::Unsigned), u"unsigned"_s);
    }

    void publicKeyAsHmacSecretIsInvalid_data()
    {
        QTest::addColumn<QByteArray>("hmacKey");
        QTest::newRow("PEM") << m_rsa.publicKeyPem();
        QTest::newRow("DER") << m_rsa.publicKeyDer();
        QTest::newRow("JWK n") << m_rsa.publicJwk(u"rsa"_s).value(u"n"_s).toString().toLatin1();
    }
    void publicKeyAsHmacSecretIsInvalid()
    {
        // RFC 8725 §2.1: re-sign an RS256 token with HS256, keyed with the public key.
        QFETCH(QByteArray, hmacKey);
        const SignatureCheck named =
            verifyJwt(hmacToken(header(u"HS256"_s, u"rsa"_s), hmacKey), m_keys);
        QCOMPARE(named.state, SignatureState::Invalid);
        QCOMPARE(named.keyLabel, u"jwks:rsa"_s);
        // Without a kid, every HS256-capable key is tried; none is the public key.
        const SignatureCheck anonymous = verifyJwt(hmacToken(header(u"HS256"_s), hmacKey), m_keys);
        QCOMPARE(anonymous.state, SignatureState::Invalid);
    }

    void unknownKidAsksForAFreshJwks()
    {
        const TestKey stranger = TestKey::p256();
        const SignatureCheck check =
            verifyJwt(signedToken(stranger, u"ES256"_s, u"rotated-key"_s), m_keys);
        QCOMPARE(check.state, SignatureState::UnknownKey);
        QVERIFY(check.kidNotInJwks);
        QVERIFY(check.keyLabel.isEmpty());
        QCOMPARE(signatureStateName(check.state), u"unknown_key"_s);

        // Without a JWKS at all the keys could not be had.
        VerificationKeys noJwks = m_keys;
        noJwks.jwks.reset();
        QCOMPARE(verifyJwt(signedToken(stranger, u"ES256"_s, u"rotated-key"_s), noJwks).state,
                 SignatureState::Unavailable);
    }

    void unsupportedAlgorithms()
    {
        for (const QString &alg : {u"HS384"_s, u"HS512"_s, u"RS384"_s, u"ES512"_s, u"EdDSA"_s,
                                   u"rs256"_s, u"RSA-OAEP"_s}) {
            const SignatureCheck check = verifyJwt(
                hmacToken(header(alg, u"default"_s), "the server's default HS256 key"), m_keys);
            QCOMPARE(check.state, SignatureState::UnsupportedAlg);
            QCOMPARE(signatureStateName(check.state), u"unsupported_alg"_s);
        }
    }

    void withoutKidTheFittingKeysAreTried()
    {
        const TestKey second = TestKey::rsa();
        VerificationKeys keys = m_keys;
        QJsonObject anonymous = second.publicJwk({});
        anonymous.remove(u"kid"_s);
        keys.jwks = parsed({m_rsa.publicJwk(u"first"_s), anonymous});
        SignatureCheck check = verifyJwt(signedToken(second, u"RS256"_s, {}), keys);
        QCOMPARE(check.state, SignatureState::Verified);
        QCOMPARE(check.keyLabel, u"jwks:#1"_s);
        check = verifyJwt(signedToken(m_ec, u"ES256"_s, {}), keys); // no EC key in this set
        QCOMPARE(check.state, SignatureState::UnknownKey);
        QVERIFY(check.kidNotInJwks);
        // HS256 without kid: the request's secrets, as SanteDB 2.x may sign.
        check = verifyJwt(hmacToken(header(u"HS256"_s), repeated("fiddler", 4)),
                          withSecrets(u"fiddler"_s, std::nullopt));
        QCOMPARE(check.state, SignatureState::Verified);
        QCOMPARE(check.keyLabel, u"client_secret"_s);
    }

    void headerKeysAreNeverTrusted()
    {
        // The attacker signs with its own key and ships it in the header (jwk, x5c).
        const TestKey attacker = TestKey::rsa();
        QJsonObject h = header(u"RS256"_s);
        h.insert(u"jwk"_s, attacker.publicJwk(u"attacker"_s));
        h.insert(u"x5c"_s,
                 QJsonArray {QString::fromLatin1(attacker.selfSignedCertificateDer().toBase64())});
        h.insert(u"jku"_s, u"https://attacker.example/jwks"_s);
        const QByteArray input = signingInput(h, claims());
        const SignatureCheck check =
            verifyJwt(decoded(compactJws(input, attacker.sign("RS256", input))), m_keys);
        QCOMPARE(check.state, SignatureState::Invalid);
    }

    void keyAlgRestrictsTheKey()
    {
        VerificationKeys keys = m_keys;
        QJsonObject restricted = m_rsa.publicJwk(u"rs512-only"_s);
        restricted.insert(u"alg"_s, u"RS512"_s);
        keys.jwks = parsed({restricted});
        QCOMPARE(verifyJwt(signedToken(m_rsa, u"RS512"_s, u"rs512-only"_s), keys).state,
                 SignatureState::Verified);
        QCOMPARE(verifyJwt(signedToken(m_rsa, u"RS256"_s, u"rs512-only"_s), keys).state,
                 SignatureState::Invalid);
    }

    void criticalExtensionsAreInvalid()
    {
        QJsonObject h = header(u"HS256"_s, u"default"_s);
        h.insert(u"crit"_s, QJsonArray {u"b64"_s});
        h.insert(u"b64"_s, false);
        QCOMPARE(verifyJwt(hmacToken(h, "the server's default HS256 key"), m_keys).state,
                 SignatureState::Invalid);
    }

    void x5cOnlyKeyVerifies()
    {
        VerificationKeys keys = m_keys;
        keys.jwks = parsed({QJsonObject {
            {u"kty"_s, u"RSA"_s},
            {u"kid"_s, u"thumbprint"_s},
            {u"x5c"_s,
             QJsonArray {QString::fromLatin1(m_rsa.selfSignedCertificateDer().toBase64())}}}});
        const SignatureCheck check =
            verifyJwt(signedToken(m_rsa, u"RS256"_s, u"thumbprint"_s), keys);
        QCOMPARE(check.state, SignatureState::Verified);
        QCOMPARE(check.keyLabel, u"jwks:thumbprint"_s);
    }

    void junkInTheJwksDoesNotHideGoodKeys()
    {
        VerificationKeys keys = m_keys;
        keys.jwks = parsed({QJsonObject {{u"kty"_s, u"RSA"_s}, {u"kid"_s, u"ec"_s}}, 17,
                            QJsonObject {{u"kty"_s, u"EC"_s}, {u"kid"_s, u"ec"_s}, {u"x"_s, 1}},
                            m_ec.publicJwk(u"ec"_s)});
        QCOMPARE(keys.jwks->size(), 1);
        QCOMPARE(verifyJwt(signedToken(m_ec, u"ES256"_s, u"ec"_s), keys).state,
                 SignatureState::Verified);
    }

    void mangledSignaturesNeverCrash_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QByteArray>("signature");
        const struct
        {
            QString alg, kid;
            int size;
        } kinds[] = {{u"RS256"_s, u"rsa"_s, 256},
                     {u"PS256"_s, u"rsa"_s, 256},
                     {u"ES256"_s, u"ec"_s, 64},
                     {u"HS256"_s, u"default"_s, 32}};
        for (const auto &kind : kinds) {
            const QByteArray name = kind.alg.toLatin1();
            const QList<std::pair<const char *, QByteArray>> signatures {
                {"empty", QByteArray()},
                {"1 byte", QByteArray(1, '\x01')},
                {"one short", QByteArray(kind.size - 1, '\x01')},
                {"one long", QByteArray(kind.size + 1, '\x01')},
                {"zeros", QByteArray(kind.size, '\0')},
                {"all ones", QByteArray(kind.size, '\xff')},
                {"40 KiB", QByteArray(40 * 1024, '\x7f')},
            };
            for (const auto &[label, signature] : signatures)
                QTest::addRow("%s %s", name.constData(), label)
                    << kind.alg << kind.kid << signature;
        }
    }
    void mangledSignaturesNeverCrash()
    {
        QFETCH(QString, alg);
        QFETCH(QString, kid);
        QFETCH(QByteArray, signature);
        const QByteArray input = signingInput(header(alg, kid), claims());
        const SignatureCheck check = verifyJwt(decoded(compactJws(input, signature)), m_keys);
        QCOMPARE(check.state, SignatureState::Invalid);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void kidThatIsNotAStringIsTreatedAsAbsent()
    {
        QJsonObject h = header(u"ES256"_s);
        h.insert(u"kid"_s, 7);
        const QByteArray input = signingInput(h, claims());
        const SignatureCheck check =
            verifyJwt(decoded(compactJws(input, m_ec.sign("ES256", input))), m_keys);
        QCOMPARE(check.state, SignatureState::Verified);
        QCOMPARE(check.keyLabel, u"jwks:ec"_s);
    }

    void stateNamesAndLabels()
    {
        const QList<std::pair<SignatureState, QString>> names {
            {SignatureState::Verified, u"verified"_s},
            {SignatureState::Invalid, u"invalid"_s},
            {SignatureState::Unsigned, u"unsigned"_s},
            {SignatureState::UnknownKey, u"unknown_key"_s},
            {SignatureState::UnsupportedAlg, u"unsupported_alg"_s},
            {SignatureState::Unavailable, u"unavailable"_s},
            {SignatureState::NotVerified, u"not_verified"_s},
        };
        QSet<QString> labels;
        for (const auto &[state, name] : names) {
            QCOMPARE(signatureStateName(state), name);
            labels.insert(signatureStateLabel(state));
        }
        QCOMPARE(labels.size(), names.size()); // every state reads differently
        QCOMPARE(signatureStateLabel(SignatureState::Invalid), u"signature invalid"_s);
        QCOMPARE(SignatureCheck().state, SignatureState::NotVerified);
    }

    void timeClaims_data()
    {
        QTest::addColumn<QJsonObject>("timeClaims");
        QTest::addColumn<int>("offsetSeconds"); // now relative to 1 700 000 000
        QTest::addColumn<QStringList>("expected");
        const qint64 t = 1700000000;
        QTest::newRow("valid") << QJsonObject {{u"exp"_s, t + 60}, {u"nbf"_s, t - 60}} << 0
                               << QStringList();
        QTest::newRow("no times") << QJsonObject() << 0 << QStringList();
        QTest::newRow("expired within leeway") << QJsonObject {{u"exp"_s, t}} << 4 << QStringList();
        QTest::newRow("expired at the leeway")
            << QJsonObject {{u"exp"_s, t}} << 5
            << QStringList {u"the token expired at 2023-11-14T22:13:20Z"_s};
        QTest::newRow("not yet valid within leeway")
            << QJsonObject {{u"nbf"_s, t}} << -5 << QStringList();
        QTest::newRow("not yet valid beyond leeway")
            << QJsonObject {{u"nbf"_s, t}} << -6
            << QStringList {u"the token is not valid before 2023-11-14T22:13:20Z"_s};
        QTest::newRow("not numbers")
            << QJsonObject {{u"exp"_s, u"soon"_s}, {u"nbf"_s, 1e300}} << 0
            << QStringList {
                   u"the token's exp claim is not a valid time, so its expiry is unknown"_s,
                   u"the token's nbf claim is not a valid time, so its start is unknown"_s};
    }
    void timeClaims()
    {
        QFETCH(QJsonObject, timeClaims);
        QFETCH(int, offsetSeconds);
        QFETCH(QStringList, expected);
        const QDateTime now =
            QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC).addSecs(offsetSeconds);
        QCOMPARE(checkTimes(timeClaims, now), expected);
    }

    void leewayIsAParameter()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000030, Qt::UTC);
        const QJsonObject expired {{u"exp"_s, 1700000000}};
        QCOMPARE(checkTimes(expired, now).size(), 1);
        QVERIFY(checkTimes(expired, now, 60).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJwtVerify)
#include "tst_jwtverify.moc"
