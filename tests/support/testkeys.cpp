// SPDX-License-Identifier: Apache-2.0
#include "testkeys.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace sdsm::test {

namespace {

const unsigned char *bytes(const char *data)
{
    return reinterpret_cast<const unsigned char *>(data);
}

QByteArray bigEndian(EVP_PKEY *key, const char *param, int width = 0)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, param, &number) != 1)
        return {};
    QByteArray out(width > 0 ? width : BN_num_bytes(number), '\0');
    BN_bn2binpad(number, reinterpret_cast<unsigned char *>(out.data()),
                 static_cast<int>(out.size()));
    BN_free(number);
    return out;
}

} // namespace

TestKey TestKey::rsa(int bits)
{
    TestKey key;
    key.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)),
                    EVP_PKEY_free);
    return key;
}

TestKey TestKey::p256()
{
    TestKey key;
    key.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
    return key;
}

QJsonObject TestKey::publicJwk(const QString &kid) const
{
    auto text = [](const QByteArray &b) { return QString::fromLatin1(base64Url(b)); };
    if (EVP_PKEY_get_base_id(get()) == EVP_PKEY_RSA)
        return {{u"kty"_s, u"RSA"_s},
                {u"kid"_s, kid},
                {u"n"_s, text(bigEndian(get(), OSSL_PKEY_PARAM_RSA_N))},
                {u"e"_s, text(bigEndian(get(), OSSL_PKEY_PARAM_RSA_E))}};
    return {{u"kty"_s, u"EC"_s},
            {u"kid"_s, kid},
            {u"crv"_s, u"P-256"_s},
            {u"x"_s, text(bigEndian(get(), OSSL_PKEY_PARAM_EC_PUB_X, 32))},
            {u"y"_s, text(bigEndian(get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32))}};
}

QByteArray TestKey::selfSignedCertificateDer() const
{
    X509 *certificate = X509_new();
    X509_set_version(certificate, X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate), -60);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 24 * 3600);
    X509_set_pubkey(certificate, get());
    X509_NAME *name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, bytes("test signer"), -1, -1, 0);
    X509_set_issuer_name(certificate, name);
    X509_sign(certificate, get(), EVP_sha256());
    QByteArray der(i2d_X509(certificate, nullptr), '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &cursor);
    X509_free(certificate);
    return der;
}

QByteArray TestKey::publicKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, get());
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(length));
    BIO_free(bio);
    return pem;
}

QByteArray TestKey::publicKeyDer() const
{
    QByteArray der(i2d_PUBKEY(get(), nullptr), '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(get(), &cursor);
    return der;
}

QByteArray TestKey::sign(QByteArrayView alg, QByteArrayView input) const
{
    const EVP_MD *digest = alg == "RS512" ? EVP_sha512() : EVP_sha256();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyCtx = nullptr;
    EVP_DigestSignInit(ctx, &keyCtx, digest, nullptr, get());
    if (alg == "PS256") {
        EVP_PKEY_CTX_set_rsa_padding(keyCtx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(keyCtx, RSA_PSS_SALTLEN_DIGEST);
        EVP_PKEY_CTX_set_rsa_mgf1_md(keyCtx, digest);
    }
    size_t length = 0;
    EVP_DigestSign(ctx, nullptr, &length, bytes(input.data()), static_cast<size_t>(input.size()));
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                   bytes(input.data()), static_cast<size_t>(input.size()));
    signature.resize(static_cast<qsizetype>(length));
    EVP_MD_CTX_free(ctx);
    if (alg != "ES256")
        return signature;

    // DER ECDSA-Sig-Value -> the fixed-width r‖s of RFC 7518 §3.4.
    const unsigned char *cursor = bytes(signature.constData());
    ECDSA_SIG *parsed = d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(signature.size()));
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(parsed), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(parsed), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(parsed);
    return raw;
}

QByteArray base64Url(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding
                                       | QByteArray::OmitTrailingEquals);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    unsigned char mac[32];
    size_t length = 0;
    EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(),
              static_cast<size_t>(key.size()), bytes(data.data()), static_cast<size_t>(data.size()),
              mac, sizeof mac, &length);
    return QByteArray(reinterpret_cast<const char *>(mac), static_cast<qsizetype>(length));
}

QByteArray signingInput(const QJsonObject &header, const QJsonObject &claims)
{
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

QByteArray compactJws(const QByteArray &input, QByteArrayView signature)
{
    return input + '.' + base64Url(signature);
}

} // namespace sdsm::test
