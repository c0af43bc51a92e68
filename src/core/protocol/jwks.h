// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

// OpenSSL's EVP_PKEY, named only so a Jwk can own one; users of this header need no OpenSSL.
struct evp_pkey_st;

namespace sdsm {

enum class JwkType { Rsa, Ec, Oct };

// One usable signature key from a JSON Web Key Set (RFC 7517). A value type: copies share the
// key material, which is never changed after parsing.
struct Jwk
{
    JwkType type = JwkType::Oct;
    QString kid;
    QString alg; // as published; empty when the key does not restrict its algorithm
    QString use; // "sig" or empty ("enc" keys are never kept)
    QString x5t;
    // Rsa (2048..16384 bits) and Ec (P-256 only): the public key.
    std::shared_ptr<evp_pkey_st> publicKey;
    // Oct: the HMAC key from "k". SanteDB publishes its HS256 secrets this way (santedb-auth.md
    // §7.2), so it is as public as the JWKS itself.
    QByteArray secret;
};

// Reads a JWKS `{"keys": [...]}` (at most 1 MiB and 100 entries). Entries it cannot use are
// skipped so one odd key never hides the good ones: unknown `kty`, curves other than P-256,
// `use` other than "sig", missing or malformed members, RSA keys under 2048 bits, points off the
// curve, and `n`/`e` that disagree with `x5c[0]`. Fails (ErrorKind::Protocol) only when the
// document itself is unusable: too large, not JSON, no "keys" array, too many entries.
Result<QList<Jwk>> parseJwks(QByteArrayView json);

} // namespace sdsm
