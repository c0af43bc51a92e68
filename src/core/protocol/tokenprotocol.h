// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptransport.h"
#include "profile.h"
#include "redactor.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace sdsm {

// A token response is a few kilobytes; anything past 1 MiB is refused while it arrives.
inline constexpr qsizetype MaxTokenResponseBytes = MaxAnswerBytes;

// RFC 6749 Appendix B: every byte of the UTF-8 form outside A-Z a-z 0-9 - . _ ~ becomes %XX
// (upper-case hex); space is %20.
QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);

struct DeviceCredentials
{
    QString id;
    QString secret;
};
// 2.x: "X-Device-Authorization: BASIC base64(id:secret)" (as on the seed page);
// 3.x: "Authorization: Basic base64(id:secret)". UTF-8.
HttpHeader deviceHeader(Generation form, const DeviceCredentials &device);
// "" when acceptable, else one sentence. Refuses: empty, control characters, and ':' when version
// is V3 or Auto (3.x splits the decoded Basic value on every ':'); 2.x splits on the first ':'
// only so ':' is fine there.
QString checkDeviceSecret(const QString &secret, SanteDbVersion version);

// The grant of one token request: the profile's own, or a refresh of the session it gave.
enum class RequestGrant { ClientCredentials, Password, RefreshToken };
QString requestGrantName(RequestGrant g); // "client_credentials" | "password" | "refresh_token"

// The claim type SanteDB asks for when a user must pick a facility (santedb-auth.md §3.4).
inline constexpr QLatin1StringView FacilityClaimType {
    "urn:oasis:names:tc:xspa:1.0:subject:facility"};

struct TokenRequestSpec
{
    QUrl endpoint;
    RequestGrant grant = RequestGrant::ClientCredentials;
    QString scope;
    QString clientId;
    std::optional<QString> clientSecret; // sent when set
    std::optional<DeviceCredentials> device; // header per `form` when set
    Generation form = Generation::V3;
    QString username, password; // RequestGrant::Password
    QString refreshToken; // RequestGrant::RefreshToken
    QString mfaCode; // when set: form field x_mfa (3.x) or header X-SanteDB-TfaSecret (2.x)
    QString facility; // when set: header X-SanteDBClient-Claim with the facility claim
};
// Headers: Content-Type: application/x-www-form-urlencoded, Accept: application/json, the device
// header (never both device headers), X-SanteDB-TfaSecret (2.x MFA), X-SanteDBClient-Claim
// (facility). Body fields in this order: grant_type, then username and password (password grant)
// or refresh_token (refresh), scope (not on a refresh), client_id, client_secret (when set),
// x_mfa (3.x MFA).
TokenRequest buildTokenRequest(const TokenRequestSpec &spec);
// "X-SanteDBClient-Claim: base64(<facility claim type>=<uuid>)".
HttpHeader facilityClaimHeader(const QString &facility);
// The choices of a missing_claim error's data.claimValue: "<uuid>=<name>,<uuid>=<name>".
QList<Choice> parseClaimChoices(const QString &claimValue);

enum class TokenTypeClass {
    Bearer,
    Missing, // sent as Bearer, with a warning
    Other
};
struct TokenResponse
{
    QString accessToken;
    QString tokenType; // as received; empty when absent
    TokenTypeClass tokenTypeClass = TokenTypeClass::Bearer;
    std::optional<qint64> expiresIn; // raw number as sent (unit decided by computeExpiry)
    QString idToken, refreshToken, nonce;
    // Sentences for stderr, e.g. "the server sent no token_type; sending the token as Bearer".
    QStringList warnings;
};
// Bearer: "bearer" in any case, "urn:ietf:params:oauth:token-type:jwt", "urn:santedb:session-info".
TokenTypeClass classifyTokenType(const QString &tokenType);

struct AnswerContext
{
    Generation form = Generation::V3; // the form this request was sent in
    RequestGrant grant = RequestGrant::ClientCredentials;
    QString endpoint; // shown in messages (never holds credentials)
    const Redactor *redactor =
        nullptr; // cleans every server-supplied text before it enters an Error
};
// Judges one HTTP answer of the token endpoint: a usable token response, or an Error whose kind
// picks the exit code. No token from the body ever reaches a message.
Result<TokenResponse> parseTokenAnswer(const HttpAnswer &answer, const AnswerContext &context);

// A password grant refused because the user's password has expired: 3.x says password_expired,
// 2.x answers every refusal as invalid_grant and only its description tells.
bool refusesExpiredPassword(const QString &error, const QString &description);

// The plain cause a person needs, from (generation, grant, error, status) — empty when nothing
// useful can be said. 2.x client_credentials: empty (its descriptions say it all).
QString plainCause(Generation form, RequestGrant grant, const QString &error,
                   const QString &description, int status);

// Expiry (santedb-auth.md §1, §5, §7).
struct ExpiryInput
{
    QDateTime sentAt; // when the request was sent (conservative)
    std::optional<qint64> expiresIn;
    // Unit source: V3 -> seconds, V2 -> milliseconds, nullopt (auto) -> heuristic: milliseconds
    // when exp-iat of the id_token says so (expiresIn/1000 is closer to exp-iat than expiresIn
    // is), or, without exp and iat, when expiresIn > 604800.
    std::optional<Generation> unitGeneration;
    std::optional<QDateTime> idTokenExp, idTokenIat;
};
struct Expiry
{
    QDateTime at; // the earlier of the two; invalid when neither is known
    QString source; // "id_token_exp" | "expires_in_s" | "expires_in_ms" | "" (unknown)
    QDateTime fromExpiresIn, fromIdToken; // each invalid when absent
    bool millisecondsUnit = false;
    bool sourcesDisagree = false; // both known and more than 60 s apart: show both
};
Expiry computeExpiry(const ExpiryInput &input);

} // namespace sdsm
