// SPDX-License-Identifier: Apache-2.0
// The id_token signing modes (santedb-auth.md §7.1–§7.2), each verified independently of the
// emulator's own code: HMAC with the key doubled by hand, RSA with OpenSSL from the JWKS.
#include "authemulator.h"
#include "emulatorclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;
using namespace sdsm::emu;
using namespace sdsm::emu::test;

Q_DECLARE_METATYPE(sdsm::emu::Signing)

namespace {

constexpr auto hmacUri = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"_L1;

const QByteArray shortDeviceIdentities = R"({
  "applications": [{"client_id": "APP", "secret": "app-secret-long-enough",
                    "policies": ["1.3.6.1.4.1.33349.3.1.5.9.2.1.0",
                                 "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"]}],
  "devices": [{"device_id": "DEV", "secret": "dev5",
               "policies": ["1.3.6.1.4.1.33349.3.1.5.9.2.1.0",
                            "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"]}]})"_ba;

bool hmacVerifies(const QByteArray &jwt, const QByteArray &key)
{
    const qsizetype lastDot = jwt.lastIndexOf('.');
    return base64Url(
               QMessageAuthenticationCode::hash(jwt.left(lastDot), key, QCryptographicHash::Sha256))
        == jwt.mid(lastDot + 1);
}

bool rsaVerifies(const QByteArray &jwt, EVP_PKEY *key)
{
    const qsizetype lastDot = jwt.lastIndexOf('.');
    const QByteArray input = jwt.left(lastDot);
    const QByteArray signature =
        QByteArray::fromBase64(jwt.mid(lastDot + 1), QByteArray::Base64UrlEncoding);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

// An RSA public key from the JWK members n and e, as any JOSE library would build it.
EVP_PKEY *keyFromJwk(const QJsonObject &jwk)
{
    const auto number = [&jwk](const QString &name) {
        const QByteArray bytes = QByteArray::fromBase64(jwk.value(name).toString().toLatin1(),
                                                        QByteArray::Base64UrlEncoding);
        return BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                         int(bytes.size()), nullptr);
    };
    BIGNUM *n = number(u"n"_s);
    BIGNUM *e = number(u"e"_s);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, n);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, e);
    OSSL_PARAM *parameters = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata_init(context) != 1
        || EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, parameters) != 1)
        key = nullptr;
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(parameters);
    OSSL_PARAM_BLD_free(builder);
    BN_free(n);
    BN_free(e);
    return key;
}

} // namespace

class TestEmulatorSigning : public QObject
{
    Q_OBJECT

private:
    HttpClient m_client;

    QByteArray appSession(const AuthEmulator &emulator, int version)
    {
        const QByteArray body = form({{u"grant_type"_s, u"client_credentials"_s},
                                      {u"client_id"_s, exampleApp},
                                      {u"client_secret"_s, exampleAppSecret}});
        const Reply reply = version == 2
            ? m_client.token(
                emulator, body,
                {{"X-Device-Authorization"_ba, basic(exampleDevice, exampleDeviceSecret)}})
            : m_client.token(emulator,
                             form({{u"grant_type"_s, u"client_credentials"_s},
                                   {u"client_id"_s, u"fiddler"_s},
                                   {u"client_secret"_s, u"fiddler"_s}}));
        return member(reply.json, u"id_token"_s);
    }

private Q_SLOTS:
    void hs256PublishesItsKey()
    {
        AuthEmulator emulator; // 3.x default
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const QByteArray idToken = appSession(emulator, 3);
        QCOMPARE(jwtPart(idToken, 0).value(u"alg"_s).toString(), u"HS256"_s);
        QCOMPARE(jwtPart(idToken, 0).value(u"kid"_s).toString(), u"default"_s);
        const QJsonArray keys = m_client.get(emulator, u"/auth/jwks"_s).json[u"keys"_s].toArray();
        QCOMPARE(keys.size(), 1);
        const QByteArray k = QByteArray::fromBase64(keys[0][u"k"_s].toString().toLatin1(),
                                                    QByteArray::Base64UrlEncoding);
        QVERIFY(hmacVerifies(idToken, k));
        QVERIFY(!hmacVerifies(idToken, "fiddlerfiddlerfiddlerfiddler"_ba));
        QCOMPARE(m_client.get(emulator, u"/auth/.well-known/openid-configuration"_s)
                     .json[u"id_token_signing_alg_values_supported"_s]
                     .toArray(),
                 QJsonArray {u"HS256"_s});
    }

    void secretModes_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<Signing>("signing");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("deviceHeader");
        QTest::addColumn<QByteArray>("deviceValue");
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QByteArray>("key"); // written out by hand: the doubling is the point

        const QByteArray fiddler = form({{u"grant_type"_s, u"client_credentials"_s},
                                         {u"client_id"_s, u"fiddler"_s},
                                         {u"client_secret"_s, u"fiddler"_s}});
        QTest::newRow("3.x secret, client secret doubled to 28 bytes")
            << 3 << Signing::Secret << fiddler << QByteArray() << QByteArray() << u"fiddler"_s
            << u"HS256"_s << "fiddlerfiddlerfiddlerfiddler"_ba;
        QTest::newRow("3.x secret-uri")
            << 3 << Signing::SecretUri << fiddler << QByteArray() << QByteArray() << u"fiddler"_s
            << QString(hmacUri) << "fiddlerfiddlerfiddlerfiddler"_ba;
        QTest::newRow("3.x secret, device secret doubled to 16 bytes")
            << 3 << Signing::Secret
            << form({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"APP"_s}})
            << "Authorization"_ba << basic(u"DEV"_s, u"dev5"_s) << u"APP"_s << u"HS256"_s
            << "dev5dev5dev5dev5"_ba;
        QTest::newRow("2.x default: the client secret, long enough as it is")
            << 2 << Signing::Default
            << form({{u"grant_type"_s, u"client_credentials"_s},
                     {u"client_id"_s, exampleApp},
                     {u"client_secret"_s, exampleAppSecret}})
            << "X-Device-Authorization"_ba << basic(exampleDevice, exampleDeviceSecret)
            << exampleApp << u"HS256"_s << exampleAppSecret.toUtf8();
        QTest::newRow("2.x secret-uri")
            << 2 << Signing::SecretUri
            << form({{u"grant_type"_s, u"client_credentials"_s},
                     {u"client_id"_s, u"fiddler"_s},
                     {u"client_secret"_s, u"fiddler"_s}})
            << "X-Device-Authorization"_ba << basic(exampleDevice, exampleDeviceSecret)
            << u"fiddler"_s << QString(hmacUri) << "fiddlerfiddlerfiddlerfiddler"_ba;
    }

    void secretModes()
    {
        QFETCH(int, version);
        QFETCH(Signing, signing);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, deviceHeader);
        QFETCH(QByteArray, deviceValue);
        QFETCH(QString, kid);
        QFETCH(QString, alg);
        QFETCH(QByteArray, key);
        EmulatorOptions options;
        options.santedbVersion = version;
        options.signing = signing;
        if (kid == u"APP")
            options.identities = *Identities::fromJson(shortDeviceIdentities, nullptr);
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        HeaderList headers;
        if (!deviceHeader.isEmpty())
            headers.append({deviceHeader, deviceValue});
        const Reply reply = m_client.token(emulator, body, headers);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QByteArray idToken = member(reply.json, u"id_token"_s);
        QCOMPARE(jwtPart(idToken, 0).value(u"kid"_s).toString(), kid);
        QCOMPARE(jwtPart(idToken, 0).value(u"alg"_s).toString(), alg);
        QVERIFY(hmacVerifies(idToken, key));
        QVERIFY(!hmacVerifies(idToken, key.left(key.size() / 2))); // undoubled fails

        // No configured key: nothing to publish, and discovery names the alg the tokens carry.
        QCOMPARE(m_client.get(emulator, u"/auth/jwks"_s).json[u"keys"_s].toArray(), QJsonArray());
        QCOMPARE(m_client.get(emulator, u"/auth/.well-known/openid-configuration"_s)
                     .json[u"id_token_signing_alg_values_supported"_s]
                     .toArray(),
                 QJsonArray {alg});
        // GET /auth/session has no secret of its own: it signs with the login's.
        const Reply info = m_client.get(
            emulator, u"/auth/session"_s,
            {{"Authorization"_ba, "Bearer "_ba + member(reply.json, u"access_token"_s)}});
        QVERIFY(hmacVerifies(member(info.json, u"id_token"_s), key));
    }

    void rs256PublishesItsCertificate_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.x") << 3;
        QTest::newRow("2.x") << 2;
    }

    void rs256PublishesItsCertificate()
    {
        QFETCH(int, version);
        EmulatorOptions options;
        options.santedbVersion = version;
        options.signing = Signing::Rs256;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const QByteArray idToken = appSession(emulator, version);
        const QJsonArray keys = m_client.get(emulator, u"/auth/jwks"_s).json[u"keys"_s].toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject jwk = keys.first().toObject();
        QCOMPARE(jwk.value(u"kty"_s).toString(), u"RSA"_s);
        QCOMPARE(jwk.value(u"use"_s).toString(), u"sig"_s);
        QCOMPARE(jwk.value(u"alg"_s).toString(), u"RS256"_s);
        QVERIFY(!jwk.contains(u"k"_s));

        const QByteArray der = QByteArray::fromBase64(jwk[u"x5c"_s][0].toString().toLatin1());
        const QByteArray sha1 = QCryptographicHash::hash(der, QCryptographicHash::Sha1);
        QCOMPARE(jwk.value(u"kid"_s).toString(), QString::fromLatin1(sha1.toHex()));
        QCOMPARE(jwk.value(u"x5t"_s).toString().toLatin1(), base64Url(sha1));
        const QJsonObject header = jwtPart(idToken, 0);
        QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
        QCOMPARE(header.value(u"kid"_s), jwk.value(u"kid"_s));

        EVP_PKEY *fromJwk = keyFromJwk(jwk);
        QVERIFY(fromJwk);
        QCOMPARE(EVP_PKEY_get_bits(fromJwk), 2048);
        QVERIFY(rsaVerifies(idToken, fromJwk));
        QByteArray forged = idToken;
        forged[forged.indexOf('.') + 5] = forged[forged.indexOf('.') + 5] == 'A' ? 'B' : 'A';
        QVERIFY(!rsaVerifies(forged, fromJwk));
        EVP_PKEY_free(fromJwk);
        // The certificate in x5c carries the same key.
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *certificate = d2i_X509(nullptr, &bytes, long(der.size()));
        QVERIFY(certificate);
        QVERIFY(rsaVerifies(idToken, X509_get0_pubkey(certificate)));
        X509_free(certificate);

        QCOMPARE(m_client.get(emulator, u"/auth/.well-known/openid-configuration"_s)
                     .json[u"id_token_signing_alg_values_supported"_s]
                     .toArray(),
                 QJsonArray {u"RS256"_s});
    }

    void signOutVerifiesEachMode_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<Signing>("signing");
        QTest::newRow("3.x hs256") << 3 << Signing::Hs256;
        QTest::newRow("3.x secret") << 3 << Signing::Secret;
        QTest::newRow("3.x secret-uri") << 3 << Signing::SecretUri;
        QTest::newRow("3.x rs256") << 3 << Signing::Rs256;
        QTest::newRow("2.x secret") << 2 << Signing::Default;
        QTest::newRow("2.x rs256") << 2 << Signing::Rs256;
    }

    void signOutVerifiesEachMode()
    {
        QFETCH(int, version);
        QFETCH(Signing, signing);
        EmulatorOptions options;
        options.santedbVersion = version;
        options.signing = signing;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const QByteArray idToken = appSession(emulator, version);
        QCOMPARE(emulator.sessionCount(), 1);

        // A forged signature is refused and leaves the session alone.
        QByteArray forged = idToken;
        const qsizetype at = forged.lastIndexOf('.') + 3;
        forged[at] = forged[at] == 'A' ? 'B' : 'A';
        const Reply refused =
            m_client.send(emulator.baseUrl(), "POST"_ba, u"/auth/signout"_s,
                          form({{u"id_token_hint"_s, QString::fromLatin1(forged)}}));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(u"error_description"_s).toString(), u"invalid token"_s);
        QCOMPARE(emulator.sessionCount(), 1);

        const Reply done =
            m_client.send(emulator.baseUrl(), "POST"_ba, u"/auth/signout"_s,
                          form({{u"id_token_hint"_s, QString::fromLatin1(idToken)}}));
        QCOMPARE(done.status, 200);
        QCOMPARE(emulator.sessionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorSigning)
#include "tst_emulatorsigning.moc"
