// SPDX-License-Identifier: Apache-2.0
// decodeJwt and verifyJwt on a hostile token with fixed keys: a JWKS with an RSA and an HMAC key,
// a client secret and a device secret. The seeds include tokens these keys really signed.
#include "fuzzsupport.h"
#include "jwks.h"
#include "jwtverify.h"

using namespace sdsm;

namespace {

// A throwaway RSA-2048 public key (kid "rsa-1") and an HS256 key (kid "default").
constexpr char Jwks[] =
    R"json({"keys":[{"kty":"RSA","kid":"rsa-1","use":"sig","alg":"RS256","n":"szpbIPCrXNtPJtsymif7rHhI57B6qLGkPuoeOh4rGxKKj8EJIefMCnY6w0cXA64aMvfMvth4d_4nlmBstcSaLxO-uWu6dqqL7ZNK314H5FNYggouuANu_xRGKlMq4M8FO2pc5FxK4ZOFlH_hiGknOCLEgP2kSiZvOEk4TXW2UQNmycswuQR9EAcnBGpVTCbFOZ3HhcxUJV6_QYi5GvpQtkN0EbQjJJRJgstknw3IfGweUuqtrkXgB3Aynz9BKiDr41wxP0qbahMocaqG-bEYusQzM-dscGi5qjbA-BmxFDZOMh3lt0daqRN_5uclHwl6f-RGJ62jS42Glj23qJNkVQ","e":"AQAB"},{"kty":"oct","kid":"default","use":"sig","alg":"HS256","k":"ZnV6ei1obWFjLWtleS0wMTIzNDU2Nzg5YWJjZGVm"}]})json";

const VerificationKeys &keys()
{
    static const VerificationKeys fixed = [] {
        VerificationKeys k;
        const Result<QList<Jwk>> parsed = parseJwks(QByteArrayView(Jwks));
        fuzz::require(parsed.ok() && parsed.value().size() == 2, "the fixed JWKS does not parse");
        k.jwks = parsed.value();
        k.applicationName = QStringLiteral(u"fuzz-app");
        k.clientSecret = QStringLiteral(u"FUZZ-CLIENT-SECRET");
        k.deviceSecret = QStringLiteral(u"dev-s3cret");
        return k;
    }();
    return fixed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<DecodedJwt> decoded = decodeJwt(fuzz::bytesOf(data, size));
    if (!decoded.ok())
        return 0;
    const SignatureCheck check = verifyJwt(decoded.value(), keys());
    const QString alg = decoded.value().header.value(QStringLiteral(u"alg")).toString();
    if (alg.compare(QStringLiteral(u"none"), Qt::CaseInsensitive) == 0)
        fuzz::require(check.state == SignatureState::Unsigned, "alg none was not called unsigned");
    if (check.state == SignatureState::Verified)
        fuzz::require(!check.keyLabel.isEmpty(), "a verified token names no key");
    (void)signatureStateName(check.state);
    (void)checkTimes(decoded.value().claims,
                     QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC));
    return 0;
}
