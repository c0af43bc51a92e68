// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace sdsm::test {

// A key pair made with OpenSSL for one test run, and what a token issuer does with it: sign a
// JWS, publish the public half as a JWK, put it in a self-signed certificate.
class TestKey
{
public:
    static TestKey rsa(int bits = 2048);
    static TestKey p256();

    evp_pkey_st *get() const { return m_key.get(); }
    // {kty, kid, n, e} or {kty, kid, crv, x, y}, base64url as RFC 7518 §6 wants.
    QJsonObject publicJwk(const QString &kid) const;
    QByteArray selfSignedCertificateDer() const; // CN=test signer, valid for a day
    QByteArray publicKeyPem() const; // SubjectPublicKeyInfo
    QByteArray publicKeyDer() const;
    // The JWS signature for alg RS256, RS512, PS256 or ES256 (raw r‖s for ES256).
    QByteArray sign(QByteArrayView alg, QByteArrayView input) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

QByteArray base64Url(QByteArrayView bytes);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
// "<base64url header>.<base64url claims>" of compact JSON.
QByteArray signingInput(const QJsonObject &header, const QJsonObject &claims);
// The compact JWS: input + "." + base64url(signature).
QByteArray compactJws(const QByteArray &input, QByteArrayView signature);

} // namespace sdsm::test
