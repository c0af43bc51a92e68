// SPDX-License-Identifier: Apache-2.0
#include "rsasigningkey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr long certificateDays = 366;

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct MdContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct BignumFree
{
    void operator()(BIGNUM *number) const { BN_free(number); }
};

QByteArray selfSignedCertificate(EVP_PKEY *key)
{
    std::unique_ptr<X509, X509Free> certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return {};
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()),
                     long(QRandomGenerator::system()->bounded(1, 0x7fffffff)));
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), certificateDays * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("santedb-auth-emulator"), -1,
                               -1, 0);
    if (X509_set_issuer_name(certificate.get(), name) != 1
        || X509_set_pubkey(certificate.get(), key) != 1
        || X509_sign(certificate.get(), key, EVP_sha256()) <= 0)
        return {};
    const int size = i2d_X509(certificate.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate.get(), &out);
    return der;
}

QByteArray bigEndian(EVP_PKEY *key, const char *parameter)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, parameter, &raw) != 1)
        return {};
    std::unique_ptr<BIGNUM, BignumFree> number(raw);
    QByteArray bytes(BN_num_bytes(number.get()), Qt::Uninitialized);
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

} // namespace

RsaSigningKey::RsaSigningKey()
    : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)))
{
    if (m_key)
        m_certificateDer = selfSignedCertificate(m_key);
    if (m_certificateDer.isEmpty()) {
        EVP_PKEY_free(m_key);
        m_key = nullptr;
    }
}

RsaSigningKey::~RsaSigningKey()
{
    EVP_PKEY_free(m_key);
}

QByteArray RsaSigningKey::sign(QByteArrayView data) const
{
    std::unique_ptr<EVP_MD_CTX, MdContextFree> context(EVP_MD_CTX_new());
    size_t size = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.data());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key) != 1
        || EVP_DigestSign(context.get(), nullptr, &size, input, size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       input, size_t(data.size()))
        != 1)
        return {};
    signature.truncate(qsizetype(size));
    return signature;
}

bool RsaSigningKey::verify(QByteArrayView data, QByteArrayView signature) const
{
    std::unique_ptr<EVP_MD_CTX, MdContextFree> context(EVP_MD_CTX_new());
    return context
        && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.data()),
               size_t(data.size()))
        == 1;
}

QString RsaSigningKey::thumbprint() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(m_certificateDer, QCryptographicHash::Sha1).toHex());
}

QString RsaSigningKey::x5t() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(m_certificateDer, QCryptographicHash::Sha1).toBase64(base64Url));
}

QJsonObject RsaSigningKey::jwk() const
{
    return {
        {u"kty"_s, u"RSA"_s},
        {u"use"_s, u"sig"_s},
        {u"alg"_s, u"RS256"_s},
        {u"kid"_s, thumbprint()},
        {u"n"_s, QString::fromLatin1(bigEndian(m_key, OSSL_PKEY_PARAM_RSA_N).toBase64(base64Url))},
        {u"e"_s, QString::fromLatin1(bigEndian(m_key, OSSL_PKEY_PARAM_RSA_E).toBase64(base64Url))},
        {u"x5c"_s, QJsonArray {QString::fromLatin1(m_certificateDer.toBase64())}},
        {u"x5t"_s, x5t()}};
}

} // namespace sdsm::emu
