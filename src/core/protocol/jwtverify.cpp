// SPDX-License-Identifier: Apache-2.0
#include "jwtverify.h"

#include "opensslptr.h"
#include "secretbytes.h"
#include "timetext.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// RFC 8725 §3.1: the allow-list. Every other alg is unsupported_alg, whatever key is around.
enum class Algorithm { RS256, RS512, PS256, ES256, HS256 };

// SanteDB signs with a client or device secret through Microsoft.IdentityModel, which writes the
// URI form of HS256 verbatim (santedb-auth.md §7.1 step 2).
constexpr auto kHmacSha256Uri = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"_L1;
// SanteDB concatenates a secret with itself until it is at least this long (§7.1 step 1).
constexpr qsizetype kMinHmacKeyBytes = 16;
constexpr qsizetype kSha256Bytes = 32;
constexpr qsizetype kP256ScalarBytes = 32;

std::optional<Algorithm> algorithmNamed(const QString &name)
{
    if (name == "RS256"_L1)
        return Algorithm::RS256;
    if (name == "RS512"_L1)
        return Algorithm::RS512;
    if (name == "PS256"_L1)
        return Algorithm::PS256;
    if (name == "ES256"_L1)
        return Algorithm::ES256;
    if (name == "HS256"_L1 || name == kHmacSha256Uri)
        return Algorithm::HS256;
    return std::nullopt;
}

JwkType keyTypeFor(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RS256:
    case Algorithm::RS512:
    case Algorithm::PS256:
        return JwkType::Rsa;
    case Algorithm::ES256:
        return JwkType::Ec;
    case Algorithm::HS256:
        break;
    }
    return JwkType::Oct;
}

// The type decides, so an RSA or EC public key can never become an HMAC secret (RFC 8725 §2.1);
// a key that names its algorithm is used for that one only (RFC 7517 §4.4).
bool fits(const Jwk &key, Algorithm algorithm)
{
    return key.type == keyTypeFor(algorithm)
        && (key.alg.isEmpty() || algorithmNamed(key.alg) == algorithm);
}

// SanteDB's HMAC key from a secret: its UTF-8 bytes, doubled (k = k‖k) until at least 16 bytes
// long ("fiddler" -> 28 bytes). Empty for an empty secret, which no doubling can grow.
SecretBytes santeDbKey(const QString &secret)
{
    const SecretBytes utf8(secret.toUtf8());
    if (utf8.isEmpty())
        return {};
    qsizetype size = utf8.view().size();
    while (size < kMinHmacKeyBytes)
        size *= 2;
    QByteArray key;
    key.reserve(size); // no reallocation, so no unwiped partial copy is left behind
    while (key.size() < size)
        key.append(utf8.view());
    return SecretBytes(std::move(key));
}

bool verifyHmacSha256(QByteArrayView key, QByteArrayView input, QByteArrayView signature)
{
    if (key.isEmpty() || signature.size() != kSha256Bytes)
        return false;
    unsigned char mac[kSha256Bytes] = {};
    size_t length = 0;
    const bool computed = EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(),
                                    static_cast<size_t>(key.size()), ossl::bytes(input.data()),
                                    static_cast<size_t>(input.size()), mac, sizeof mac, &length)
        != nullptr;
    // Constant time, so the comparison leaks nothing about how much of a forgery was right.
    const bool equal =
        computed && length == sizeof mac && CRYPTO_memcmp(mac, signature.data(), sizeof mac) == 0;
    OPENSSL_cleanse(mac, sizeof mac);
    return equal;
}

// JWS carries ECDSA signatures as raw r‖s (RFC 7518 §3.4); OpenSSL verifies DER.
QByteArray ecdsaRawToDer(QByteArrayView raw)
{
    if (raw.size() != 2 * kP256ScalarBytes)
        return {};
    ossl::Bn r(BN_bin2bn(ossl::bytes(raw.data()), kP256ScalarBytes, nullptr));
    ossl::Bn s(BN_bin2bn(ossl::bytes(raw.data()) + kP256ScalarBytes, kP256ScalarBytes, nullptr));
    ossl::EcdsaSig signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return {};
    r.release(); // now owned by signature
    s.release();
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &cursor) != length)
        return {};
    return der;
}

bool verifyWithPublicKey(EVP_PKEY *key, Algorithm algorithm, QByteArrayView input,
                         QByteArrayView signature)
{
    const bool ec = algorithm == Algorithm::ES256;
    if (!key || EVP_PKEY_get_base_id(key) != (ec ? EVP_PKEY_EC : EVP_PKEY_RSA))
        return false;
    const QByteArray der = ec ? ecdsaRawToDer(signature) : QByteArray();
    if (ec && der.isEmpty())
        return false;
    const QByteArrayView checked = ec ? QByteArrayView(der) : signature;

    const EVP_MD *digest = algorithm == Algorithm::RS512 ? EVP_sha512() : EVP_sha256();
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyCtx = nullptr; // owned by ctx
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &keyCtx, digest, nullptr, key) != 1)
        return false;
    // RFC 7518 §3.5: PSS with MGF1 on the same hash and a salt as long as the hash.
    if (algorithm == Algorithm::PS256
        && (EVP_PKEY_CTX_set_rsa_padding(keyCtx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyCtx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(keyCtx, digest) != 1))
        return false;
    return EVP_DigestVerify(ctx.get(), ossl::bytes(checked.data()),
                            static_cast<size_t>(checked.size()), ossl::bytes(input.data()),
                            static_cast<size_t>(input.size()))
        == 1;
}

bool verifyWithJwk(const Jwk &key, Algorithm algorithm, const DecodedJwt &jwt)
{
    if (!fits(key, algorithm))
        return false;
    if (algorithm == Algorithm::HS256)
        return verifyHmacSha256(key.secret, jwt.signingInput, jwt.signature);
    return verifyWithPublicKey(key.publicKey.get(), algorithm, jwt.signingInput, jwt.signature);
}

QString jwkLabel(const Jwk &key, qsizetype index)
{
    // A key without kid is still named, by its place in the set.
    const QString name = key.kid.isEmpty() ? u"#%1"_s.arg(index) : key.kid;
    return u"jwks:"_s + name;
}

struct NamedSecret
{
    QString label;
    const QString *secret;
};

// The request's own secrets, client first: 2.x and a client-only 3.x request sign with the
// client secret; a 3.x device request signs with the device secret even when a client secret is
// configured (the device's Basic header sets symm_secret first, santedb-auth.md §4.1).
QList<NamedSecret> secretsOf(const VerificationKeys &keys)
{
    QList<NamedSecret> out;
    if (keys.clientSecret && !keys.clientSecret->isEmpty())
        out.append({u"client_secret"_s, &*keys.clientSecret});
    if (keys.deviceSecret && !keys.deviceSecret->isEmpty())
        out.append({u"device_secret"_s, &*keys.deviceSecret});
    return out;
}

bool verifyWithSecret(const QString &secret, const DecodedJwt &jwt)
{
    const SecretBytes key = santeDbKey(secret);
    return verifyHmacSha256(key.view(), jwt.signingInput, jwt.signature);
}

SignatureCheck verifyWithKid(const QString &kid, Algorithm algorithm, const DecodedJwt &jwt,
                             const VerificationKeys &keys)
{
    bool named = false;
    if (keys.jwks) {
        for (const Jwk &key : *keys.jwks) {
            if (key.kid != kid)
                continue;
            named = true;
            if (verifyWithJwk(key, algorithm, jwt))
                return {SignatureState::Verified, u"jwks:"_s + kid, false};
        }
    }
    // The JWKS names this key and it does not match: a forgery, or a key of another type (an
    // RS256 token re-signed with HS256 over the public key lands here, RFC 8725 §2.1).
    if (named)
        return {SignatureState::Invalid, u"jwks:"_s + kid, false};

    if (!keys.applicationName.isEmpty()
        && kid.compare(keys.applicationName, Qt::CaseInsensitive) == 0) {
        // SanteDB signs with the request's secret only by HMAC.
        if (algorithm != Algorithm::HS256)
            return {SignatureState::Invalid, {}, false};
        const QList<NamedSecret> secrets = secretsOf(keys);
        if (secrets.isEmpty())
            return {SignatureState::Unavailable, {}, false};
        for (const NamedSecret &candidate : secrets) {
            if (verifyWithSecret(*candidate.secret, jwt))
                return {SignatureState::Verified, candidate.label, false};
        }
        return {SignatureState::Invalid, secrets.first().label, false};
    }
    if (!keys.jwks)
        return {SignatureState::Unavailable, {}, false};
    return {SignatureState::UnknownKey, {}, true};
}

SignatureCheck verifyWithoutKid(Algorithm algorithm, const DecodedJwt &jwt,
                                const VerificationKeys &keys)
{
    bool tried = false;
    if (keys.jwks) {
        for (qsizetype i = 0; i < keys.jwks->size(); ++i) {
            const Jwk &key = keys.jwks->at(i);
            if (!fits(key, algorithm))
                continue;
            tried = true;
            if (verifyWithJwk(key, algorithm, jwt))
                return {SignatureState::Verified, jwkLabel(key, i), false};
        }
    }
    if (algorithm == Algorithm::HS256) {
        for (const NamedSecret &candidate : secretsOf(keys)) {
            tried = true;
            if (verifyWithSecret(*candidate.secret, jwt))
                return {SignatureState::Verified, candidate.label, false};
        }
    }
    if (tried)
        return {SignatureState::Invalid, {}, false};
    if (!keys.jwks)
        return {SignatureState::Unavailable, {}, false};
    return {SignatureState::UnknownKey, {}, true};
}

} // namespace

QString signatureStateName(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified:
        return u"verified"_s;
    case SignatureState::Invalid:
        return u"invalid"_s;
    case SignatureState::Unsigned:
        return u"unsigned"_s;
    case SignatureState::UnknownKey:
        return u"unknown_key"_s;
    case SignatureState::UnsupportedAlg:
        return u"unsupported_alg"_s;
    case SignatureState::Unavailable:
        return u"unavailable"_s;
    case SignatureState::NotVerified:
        break;
    }
    return u"not_verified"_s;
}

QString signatureStateLabel(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified:
        return QCoreApplication::translate("sdsm", "verified");
    case SignatureState::Invalid:
        return QCoreApplication::translate("sdsm", "signature invalid");
    case SignatureState::Unsigned:
        return QCoreApplication::translate("sdsm", "unsigned (alg none)");
    case SignatureState::UnknownKey:
        return QCoreApplication::translate("sdsm", "signing key unknown");
    case SignatureState::UnsupportedAlg:
        return QCoreApplication::translate("sdsm", "unsupported signature algorithm");
    case SignatureState::Unavailable:
        return QCoreApplication::translate("sdsm", "could not be verified");
    case SignatureState::NotVerified:
        break;
    }
    return QCoreApplication::translate("sdsm", "not verified");
}

SignatureCheck verifyJwt(const DecodedJwt &jwt, const VerificationKeys &keys)
{
    const QString algName = jwt.header.value("alg"_L1).toString();
    if (algName.compare("none"_L1, Qt::CaseInsensitive) == 0)
        return {SignatureState::Unsigned, {}, false};
    const auto algorithm = algorithmNamed(algName);
    if (!algorithm)
        return {SignatureState::UnsupportedAlg, {}, false};
    // RFC 7515 §4.1.11: a critical extension we do not implement (such as "b64": false, which
    // changes what was signed) makes the token invalid.
    if (jwt.header.contains("crit"_L1))
        return {SignatureState::Invalid, {}, false};

    // A kid that is not a non-empty string names nothing; such a token is treated as kid-less.
    const QString kid = jwt.header.value("kid"_L1).toString();
    const SignatureCheck check = kid.isEmpty() ? verifyWithoutKid(*algorithm, jwt, keys)
                                               : verifyWithKid(kid, *algorithm, jwt, keys);
    // Failed verifications leave entries on this thread's OpenSSL error queue, where a later TLS
    // error report would pick them up.
    ERR_clear_error();
    return check;
}

QStringList checkTimes(const QJsonObject &claims, const QDateTime &now, int leewaySeconds)
{
    QStringList problems;
    if (claims.contains("exp"_L1)) {
        const auto expiry = numericDate(claims.value("exp"_L1));
        if (!expiry)
            problems.append(QCoreApplication::translate(
                "sdsm", "the token's exp claim is not a valid time, so its expiry is unknown"));
        else if (now >= expiry->addSecs(leewaySeconds))
            problems.append(QCoreApplication::translate("sdsm", "the token expired at %1")
                                .arg(utcText(*expiry)));
    }
    if (claims.contains("nbf"_L1)) {
        const auto notBefore = numericDate(claims.value("nbf"_L1));
        if (!notBefore)
            problems.append(QCoreApplication::translate(
                "sdsm", "the token's nbf claim is not a valid time, so its start is unknown"));
        else if (now.addSecs(leewaySeconds) < *notBefore)
            problems.append(QCoreApplication::translate("sdsm", "the token is not valid before %1")
                                .arg(utcText(*notBefore)));
    }
    return problems;
}

} // namespace sdsm
