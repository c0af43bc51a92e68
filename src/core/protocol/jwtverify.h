// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jwks.h"
#include "jwt.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdsm {

enum class SignatureState {
    Verified, // "verified": the signature checks out with the key in keyLabel
    Invalid, // "invalid": a key was found and the signature does not match (or cannot be its)
    Unsigned, // "unsigned": alg "none"; never accepted
    UnknownKey, // "unknown_key": no key we have fits the token's kid
    UnsupportedAlg, // "unsupported_alg": an algorithm outside RS256/RS512/PS256/ES256/HS256
    Unavailable, // "unavailable": no id_token, or the keys could not be had
    NotVerified, // "not_verified": nobody tried (decode without keys)
};

// The stable JSON name ("verified", "unknown_key", ...) and a short translated label for people
// ("verified", "signature invalid", ...). The one place these words live.
QString signatureStateName(SignatureState state);
QString signatureStateLabel(SignatureState state);

struct SignatureCheck
{
    SignatureState state = SignatureState::NotVerified;
    // Which key decided: "jwks:<kid>", "client_secret", "device_secret"; empty when none did.
    QString keyLabel;
    // The token names a kid that is in neither the JWKS nor our secrets (or it has no kid and no
    // JWKS key fits): the caller should fetch the JWKS once more and verify again.
    bool kidNotInJwks = false;

    friend bool operator==(const SignatureCheck &, const SignatureCheck &) = default;
};

// Everything a token may be verified with. Secrets are held only for the call.
struct VerificationKeys
{
    std::optional<QList<Jwk>> jwks; // nullopt: the JWKS could not be had
    QString applicationName; // the client_id; SanteDB uses it as kid when it signs with a secret
    std::optional<QString> clientSecret;
    std::optional<QString> deviceSecret;
};

// Verifies a decoded JWS (SanteDB §7.1, RFC 8725). A pure function of its arguments.
// Key choice: a kid found in the JWKS uses those keys; a kid equal to the application name
// (case-insensitive) uses the client secret, then the device secret, each doubled until at least
// 16 bytes as SanteDB does; any other kid is unknown_key (kidNotInJwks set) or unavailable when
// there is no JWKS. Without a kid, every JWKS key whose type fits the algorithm is tried, then
// (HS256 only) the secrets. An RSA or EC key is never used as an HMAC secret, alg "none" is
// never accepted, and header keys (jwk, jku, x5u, x5c) are never trusted.
SignatureCheck verifyJwt(const DecodedJwt &jwt, const VerificationKeys &keys);

// Problems with the token's time claims as translated sentences, empty when there are none: exp
// passed, nbf still ahead (each beyond the leeway; SanteDB's clock skew is 5 s), or either claim
// present but not a NumericDate.
QStringList checkTimes(const QJsonObject &claims, const QDateTime &now, int leewaySeconds = 5);

} // namespace sdsm
