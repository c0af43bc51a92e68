// SPDX-License-Identifier: Apache-2.0
#include "jwks.h"

#include "jwt.h"
#include "opensslptr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/core_names.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// A JWKS travels over the same capped HTTP path as a token response; a hand-made file gets the
// same limit. A real server publishes a handful of keys.
constexpr qsizetype kMaxJwksBytes = 1024 * 1024;
constexpr qsizetype kMaxKeys = 100;
// RFC 7518 §3.3: RSA keys of 2048 bits or more. Larger than 8192 bits exists nowhere in practice
// and only makes each verification (and each fuzzing run) expensive.
constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;
// RFC 7518 §6.2.1.2: P-256 coordinates are exactly 32 bytes, leading zeros included.
constexpr qsizetype kP256CoordinateBytes = 32;

Error unusable(const char *sentence)
{
    return makeError(ErrorKind::Protocol, QCoreApplication::translate("sdsm", sentence));
}

std::shared_ptr<evp_pkey_st> shared(ossl::Pkey key)
{
    if (!key)
        return {};
    return std::shared_ptr<evp_pkey_st>(key.release(), EVP_PKEY_free);
}

ossl::Pkey fromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    const ossl::Params params(OSSL_PARAM_BLD_to_param(builder));
    const ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return {};
    return ossl::Pkey(key);
}

ossl::Bn bigNumber(const QByteArray &bigEndian)
{
    return ossl::Bn(
        BN_bin2bn(ossl::bytes(bigEndian.constData()), static_cast<int>(bigEndian.size()), nullptr));
}

ossl::Pkey rsaFromComponents(const QByteArray &n, const QByteArray &e)
{
    const ossl::Bn modulus = bigNumber(n);
    const ossl::Bn exponent = bigNumber(e);
    const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !builder
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()))
        return {};
    // An even modulus or an exponent below 3 is no RSA key; OpenSSL's fromdata does not check.
    if (!BN_is_odd(modulus.get()) || !BN_is_odd(exponent.get()) || BN_is_one(exponent.get()))
        return {};
    return fromParams("RSA", builder.get());
}

ossl::Pkey p256FromCoordinates(const QByteArray &x, const QByteArray &y)
{
    if (x.size() != kP256CoordinateBytes || y.size() != kP256CoordinateBytes)
        return {};
    const QByteArray point = '\x04' + x + y; // SEC 1 uncompressed point
    static const char group[] = "prime256v1";
    const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    if (!builder
        || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                             point.constData(), static_cast<size_t>(point.size())))
        return {};
    return fromParams("EC", builder.get());
}

bool isP256(EVP_PKEY *key)
{
    char group[32] = {};
    size_t length = 0;
    return EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                          &length)
        == 1
        && qstrcmp(group, "prime256v1") == 0;
}

// The key of x5c[0], the certificate that carries this JWK (standard base64 DER, RFC 7517 §4.7).
ossl::Pkey keyFromCertificateChain(const QJsonValue &x5c)
{
    const QJsonValue first = x5c.toArray().at(0);
    if (!first.isString())
        return {};
    const auto der = QByteArray::fromBase64Encoding(first.toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (der.decodingStatus != QByteArray::Base64DecodingStatus::Ok || der.decoded.isEmpty())
        return {};
    const unsigned char *cursor = ossl::bytes(der.decoded.constData());
    const ossl::X509Ptr certificate(
        d2i_X509(nullptr, &cursor, static_cast<long>(der.decoded.size())));
    if (!certificate)
        return {};
    return ossl::Pkey(X509_get_pubkey(certificate.get()));
}

bool usable(JwkType type, EVP_PKEY *key)
{
    if (!key)
        return false;
    if (type == JwkType::Rsa) {
        const int bits = EVP_PKEY_get_bits(key);
        return EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA && bits >= kMinRsaBits
            && bits <= kMaxRsaBits;
    }
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC || !isP256(key))
        return false;
    const ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    return ctx && EVP_PKEY_public_check(ctx.get()) == 1;
}

std::optional<QByteArray> member(const QJsonObject &entry, QLatin1StringView name)
{
    const QJsonValue value = entry.value(name);
    if (!value.isString())
        return std::nullopt;
    auto decoded = decodeBase64Url(value.toString().toLatin1());
    if (!decoded || decoded->isEmpty())
        return std::nullopt;
    return decoded;
}

// The public key of an RSA or EC entry: from its components, from x5c[0], or from both when
// they agree (RFC 7517 §4.7 requires that, and a disagreement means a broken or forged entry).
ossl::Pkey asymmetricKey(JwkType type, const QJsonObject &entry)
{
    ossl::Pkey fromComponents;
    if (type == JwkType::Rsa) {
        const auto n = member(entry, "n"_L1);
        const auto e = member(entry, "e"_L1);
        if (n && e)
            fromComponents = rsaFromComponents(*n, *e);
    } else {
        const QJsonValue crv = entry.value("crv"_L1);
        if (entry.contains("crv"_L1) && crv.toString() != "P-256"_L1)
            return {};
        const auto x = member(entry, "x"_L1);
        const auto y = member(entry, "y"_L1);
        if (x && y && crv.isString())
            fromComponents = p256FromCoordinates(*x, *y);
    }
    const bool hasComponents = entry.contains(type == JwkType::Rsa ? "n"_L1 : "x"_L1);
    if (hasComponents && !fromComponents)
        return {};
    if (!entry.contains("x5c"_L1))
        return fromComponents;
    ossl::Pkey fromCertificate = keyFromCertificateChain(entry.value("x5c"_L1));
    if (!fromCertificate)
        return {};
    if (fromComponents && EVP_PKEY_eq(fromComponents.get(), fromCertificate.get()) != 1)
        return {};
    return fromComponents ? std::move(fromComponents) : std::move(fromCertificate);
}

std::optional<Jwk> readKey(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject entry = value.toObject();
    Jwk jwk;
    jwk.kid = entry.value("kid"_L1).toString();
    jwk.alg = entry.value("alg"_L1).toString();
    jwk.use = entry.value("use"_L1).toString();
    jwk.x5t = entry.value("x5t"_L1).toString();
    if (entry.contains("use"_L1) && jwk.use != "sig"_L1)
        return std::nullopt; // an encryption key never verifies a signature

    const QString kty = entry.value("kty"_L1).toString();
    if (kty == "oct"_L1) {
        const auto k = member(entry, "k"_L1);
        if (!k)
            return std::nullopt;
        jwk.type = JwkType::Oct;
        jwk.secret = *k;
        return jwk;
    }
    if (kty == "RSA"_L1)
        jwk.type = JwkType::Rsa;
    else if (kty == "EC"_L1)
        jwk.type = JwkType::Ec;
    else
        return std::nullopt;
    ossl::Pkey key = asymmetricKey(jwk.type, entry);
    if (!usable(jwk.type, key.get()))
        return std::nullopt;
    jwk.publicKey = shared(std::move(key));
    return jwk;
}

} // namespace

Result<QList<Jwk>> parseJwks(QByteArrayView json)
{
    if (json.size() > kMaxJwksBytes)
        return unusable(
            QT_TRANSLATE_NOOP("sdsm", "the JWKS was refused because it is larger than 1 MiB"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return unusable(
            QT_TRANSLATE_NOOP("sdsm", "the JWKS is not a JSON object, so it holds no keys"));
    const QJsonValue keys = doc.object().value("keys"_L1);
    if (!keys.isArray())
        return unusable(
            QT_TRANSLATE_NOOP("sdsm", "the JWKS has no \"keys\" array, so it holds no keys"));
    const QJsonArray entries = keys.toArray();
    if (entries.size() > kMaxKeys)
        return unusable(
            QT_TRANSLATE_NOOP("sdsm", "the JWKS was refused because it lists more than 100 keys"));

    QList<Jwk> out;
    for (const QJsonValue &entry : entries) {
        if (auto jwk = readKey(entry))
            out.append(std::move(*jwk));
    }
    return out;
}

} // namespace sdsm
