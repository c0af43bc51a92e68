// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

struct evp_pkey_st;

namespace sdsm::emu {

// An RSA-2048 key with a self-signed certificate, made per run, as a SanteDB server configured
// with <add alg="rs256" …> signs id_tokens (santedb-auth.md §7.1). OpenSSL 3 EVP only.
class RsaSigningKey
{
public:
    RsaSigningKey();
    ~RsaSigningKey();
    Q_DISABLE_COPY_MOVE(RsaSigningKey)

    // True when OpenSSL could not make the key; nothing else works then.
    bool isNull() const { return m_key == nullptr; }
    // RSASSA-PKCS1-v1_5 with SHA-256 (JWS "RS256").
    QByteArray sign(QByteArrayView data) const;
    bool verify(QByteArrayView data, QByteArrayView signature) const;
    // SHA-1 of the certificate's DER in lower-case hex: SanteDB's kid for certificate keys.
    QString thumbprint() const;
    // The same SHA-1, base64url: the JOSE "x5t".
    QString x5t() const;
    // The JWKS entry: kty, use, alg, kid, n, e, x5c, x5t.
    QJsonObject jwk() const;

private:
    evp_pkey_st *m_key = nullptr;
    QByteArray m_certificateDer;
};

} // namespace sdsm::emu
