// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatoroptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sdsm::emu {

class RsaSigningKey;

// Signs id_tokens the way the configured SanteDB server would (santedb-auth.md §7.1) and
// publishes what verifies them (§7.2).
class TokenSigner
{
public:
    struct Decoded
    {
        QJsonObject header;
        QJsonObject claims;
    };

    explicit TokenSigner(Signing mode);
    ~TokenSigner();
    Q_DISABLE_COPY_MOVE(TokenSigner)

    Signing mode() const { return m_mode; }
    // The secret modes sign with the request's client or device secret and kid = client_id.
    bool usesRequestSecret() const;
    // False when a key could not be made (RS256 without OpenSSL support).
    bool isValid() const;
    // The compact JWS; empty in the secret modes when there is no secret to sign with.
    QByteArray sign(const QJsonObject &claims, const QByteArray &secret,
                    const QString &clientId) const;
    // Whether this server signed jwt: its key, or in the secret modes one of secrets.
    bool verify(QByteArrayView jwt, const QList<QByteArray> &secrets) const;
    // The "alg" of the id_tokens, as discovery advertises it.
    QString algorithm() const;
    QJsonObject jwks() const;

    // The header and claims of a compact JWS, signature unchecked; nullopt when malformed.
    static std::optional<Decoded> decode(QByteArrayView jwt);
    // SanteDB's HMAC key from a secret: the bytes repeated until at least 16 long.
    static QByteArray doubledKey(QByteArray secret);

private:
    QByteArray signature(QByteArrayView input, const QByteArray &secret) const;

    Signing m_mode;
    QByteArray m_hmacKey; // Hs256: the per-run key published as kty "oct"
    std::unique_ptr<RsaSigningKey> m_rsa; // Rs256
};

} // namespace sdsm::emu
