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

struct TokenRequestSpec
{
    QUrl endpoint;
    QString scope;
    QString clientId;
    std::optional<QString> clientSecret; // sent when set
    std::optional<DeviceCredentials> device; // header per `form` when set
    Generation form = Generation::V3;
};
// Headers: Content-Type: application/x-www-form-urlencoded, Accept: application/json, the device
// header (never both device headers). Body fields in this order: grant_type=client_credentials,
// scope, client_id, client_secret (when set).
TokenRequest buildTokenRequest(const TokenRequestSpec &spec);

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
    QString endpoint; // shown in messages (never holds credentials)
    const Redactor *redactor =
        nullptr; // cleans every server-supplied text before it enters an Error
};
// Judges one HTTP answer of the token endpoint: a usable token response, or an Error whose kind
// picks the exit code. No token from the body ever reaches a message.
Result<TokenResponse> parseTokenAnswer(const HttpAnswer &answer, const AnswerContext &context);

// The plain cause a person needs, from (generation, error, status) — empty when nothing useful can
// be said. 2.x: always empty (its descriptions say it all).
QString plainCause(Generation form, const QString &error, const QString &description, int status);

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
