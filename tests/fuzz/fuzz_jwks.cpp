// SPDX-License-Identifier: Apache-2.0
// parseJwks on a hostile key set, then every key it keeps put to work on a token whose signature
// is all zeros, which must never verify.
#include "fuzzsupport.h"
#include "jwks.h"
#include "jwtverify.h"

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<Jwk>> keys = parseJwks(fuzz::bytesOf(data, size));
    if (!keys.ok())
        return 0;
    for (const Jwk &key : keys.value()) {
        fuzz::require(key.type == JwkType::Oct ? !key.secret.isEmpty() : bool(key.publicKey),
                      "a kept key has no key material");
        for (const char *alg : {"RS256", "RS512", "PS256", "ES256", "HS256"}) {
            DecodedJwt jwt;
            jwt.header = QJsonObject {{QStringLiteral(u"alg"), QString::fromLatin1(alg)},
                                      {QStringLiteral(u"kid"), key.kid}};
            jwt.signingInput = QByteArrayLiteral("eyJhbGciOiJIUzI1NiJ9.e30");
            jwt.signature = QByteArray(qstrcmp(alg, "ES256") == 0 ? 64 : 256, '\0');
            VerificationKeys verification;
            verification.jwks = keys.value();
            const SignatureCheck check = verifyJwt(jwt, verification);
            fuzz::require(check.state != SignatureState::Verified, "a zero signature verified");
        }
    }
    return 0;
}
