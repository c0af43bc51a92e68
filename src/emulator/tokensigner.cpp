// SPDX-License-Identifier: Apache-2.0
#include "tokensigner.h"

#include "rsasigningkey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// Microsoft.IdentityModel's SecurityAlgorithms.HmacSha256Signature, written verbatim (§7.1).
constexpr auto hmacSha256Uri = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"_L1;
constexpr auto defaultKid = "default"_L1;

QByteArray hmac(QByteArrayView data, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(data.toByteArray(), key, QCryptographicHash::Sha256);
}

} // namespace

TokenSigner::TokenSigner(Signing mode)
    : m_mode(mode)
{
    if (m_mode == Signing::Hs256) {
        m_hmacKey.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_hmacKey.data()),
                                              m_hmacKey.size() / qsizetype(sizeof(quint32)));
    } else if (m_mode == Signing::Rs256) {
        m_rsa = std::make_unique<RsaSigningKey>();
    }
}

TokenSigner::~TokenSigner() = default;

bool TokenSigner::usesRequestSecret() const
{
    return m_mode == Signing::Secret || m_mode == Signing::SecretUri;
}

bool TokenSigner::isValid() const
{
    return m_mode != Signing::Rs256 || !m_rsa->isNull();
}

QString TokenSigner::algorithm() const
{
    switch (m_mode) {
    case Signing::Rs256:
        return u"RS256"_s;
    case Signing::SecretUri:
        return hmacSha256Uri;
    case Signing::Default:
    case Signing::Hs256:
    case Signing::Secret:
        break;
    }
    return u"HS256"_s;
}

QByteArray TokenSigner::sign(const QJsonObject &claims, const QByteArray &secret,
                             const QString &clientId) const
{
    QJsonObject header {{u"alg"_s, algorithm()}, {u"typ"_s, u"JWT"_s}};
    if (usesRequestSecret()) {
        if (secret.isEmpty())
            return {};
        header.insert(u"kid"_s, clientId);
    } else if (m_mode == Signing::Rs256) {
        header.insert(u"kid"_s, m_rsa->thumbprint());
        header.insert(u"x5t"_s, m_rsa->x5t());
    } else {
        header.insert(u"kid"_s, defaultKid);
    }
    const QByteArray input =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(base64Url) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64Url);
    return input + '.' + signature(input, secret).toBase64(base64Url);
}

QByteArray TokenSigner::signature(QByteArrayView input, const QByteArray &secret) const
{
    if (m_mode == Signing::Rs256)
        return m_rsa->sign(input);
    return hmac(input, usesRequestSecret() ? doubledKey(secret) : m_hmacKey);
}

bool TokenSigner::verify(QByteArrayView jwt, const QList<QByteArray> &secrets) const
{
    const std::optional<Decoded> decoded = decode(jwt);
    if (!decoded || decoded->header.value(u"alg"_s).toString() != algorithm())
        return false;
    const qsizetype lastDot = jwt.lastIndexOf('.');
    const QByteArrayView input = jwt.first(lastDot);
    const QByteArray signature = QByteArray::fromBase64(jwt.sliced(lastDot + 1).toByteArray(),
                                                        QByteArray::Base64UrlEncoding);
    if (m_mode == Signing::Rs256)
        return m_rsa->verify(input, signature);
    if (!usesRequestSecret())
        return decoded->header.value(u"kid"_s).toString() == defaultKid
            && hmac(input, m_hmacKey) == signature;
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty() && hmac(input, doubledKey(secret)) == signature)
            return true;
    }
    return false;
}

QJsonObject TokenSigner::jwks() const
{
    QJsonArray keys;
    // SanteDB publishes HS256 keys as kty "oct" with k, the shared secret (§7.2); the secret
    // modes have no configured key to publish.
    if (m_mode == Signing::Hs256)
        keys.append(QJsonObject {{u"kty"_s, u"oct"_s},
                                 {u"alg"_s, u"HS256"_s},
                                 {u"use"_s, u"sig"_s},
                                 {u"kid"_s, defaultKid},
                                 {u"k"_s, QString::fromLatin1(m_hmacKey.toBase64(base64Url))}});
    else if (m_mode == Signing::Rs256)
        keys.append(m_rsa->jwk());
    return {{u"keys"_s, keys}};
}

std::optional<TokenSigner::Decoded> TokenSigner::decode(QByteArrayView jwt)
{
    const QList<QByteArray> parts = jwt.toByteArray().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto object = [](const QByteArray &part) -> std::optional<QJsonObject> {
        const auto bytes = QByteArray::fromBase64Encoding(
            part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!bytes)
            return std::nullopt;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes);
        if (!document.isObject())
            return std::nullopt;
        return document.object();
    };
    const std::optional<QJsonObject> header = object(parts.at(0));
    const std::optional<QJsonObject> claims = object(parts.at(1));
    if (!header || !claims)
        return std::nullopt;
    return Decoded {*header, *claims};
}

QByteArray TokenSigner::doubledKey(QByteArray secret)
{
    if (secret.isEmpty())
        return secret;
    while (secret.size() < 16)
        secret += secret;
    return secret;
}

} // namespace sdsm::emu
