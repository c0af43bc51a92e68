// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdsm {

// A JWS split into its parts. Nothing here is signature-verified: the claims are for display
// and must never drive a security decision (security.md item 24).
struct DecodedJwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // "<b64 header>.<b64 payload>" as received, for a later verification
    QByteArray signature; // decoded bytes
    bool paddingSeen = false; // '=' padding present (tolerated but flagged)
};

// Strips surrounding whitespace and a leading "Bearer " or "Authorization: Bearer " (scheme and
// header name case-insensitive), so a pasted header line decodes like the bare token.
QByteArray stripBearerPrefix(QByteArray text);

// Strict base64url (RFC 7515 §2). Up to two trailing '=' are tolerated because some encoders
// add them; they set *paddingSeen (when given) so callers can flag them.
std::optional<QByteArray> decodeBase64Url(QByteArrayView part, bool *paddingSeen = nullptr);

// Splits and decodes a compact JWS (at most 64 KiB, Bearer prefix allowed). Fails with
// ErrorKind::Refused and one sentence that never echoes the token: oversize input, a SanteDB 3.x
// opaque access token ("opaque 3.x access token — nothing to decode"), a JWE ("encrypted JWT
// (JWE) — not decoded"), any other part count, bad base64url, a header or payload that is not a
// JSON object, or a header without "alg".
Result<DecodedJwt> decodeJwt(QByteArrayView token);

// SanteDB writes a claim as a scalar when it has one value and as an array otherwise; this reads
// both (non-string and empty entries are skipped).
QStringList stringOrArray(const QJsonValue &value);

// NumericDate: a JSON number of seconds (fractions allowed) within the years 1970..9999;
// anything else (strings, negatives, 1e300, ...) gives nullopt.
std::optional<QDateTime> numericDate(const QJsonValue &value);

struct PolicyGrant
{
    QString oid;
    QString name; // empty when not in the built-in PolicyTable
};

// The policies granted by the `scope` claim (a space-separated string or an array), with
// "ua." short forms expanded, in token order, duplicates removed.
QList<PolicyGrant> policiesOf(const QJsonObject &claims);

// What a session manager shows about an id_token (3.x claim names, with the 2.x fallbacks).
struct ClaimsSummary
{
    QString subject, name;
    QStringList roles;
    QList<PolicyGrant> policies;
    std::optional<QDateTime> expiresAt, issuedAt, notBefore;
    // urn:santedb:org:claim:devid, else extensions.santedb.devid, else 2.x "devid"; empty when none
    QString deviceId;
    // urn:santedb:org:claim:appid, else extensions.santedb.appid, else 2.x "appid"
    QString applicationId;
    QJsonObject santedbClaims; // every top-level "urn:santedb:org:claim:*" claim
    QJsonObject extensions; // the "extensions" object (santedb, ihe_iua), empty when absent
};
ClaimsSummary summarizeClaims(const QJsonObject &claims);

// The `santedb-session decode --json` body:
// {"header", "claims", "signature": "not_verified",
//  "times": {"exp"|"iat"|"nbf": {"utc", "local", "relative"}} (valid claims only),
//  "subject", "name", "device_id", "application_id" (null when absent), "roles", "policies":
//  [{"oid", "name"|null}], "santedb_claims", "extensions" (null when absent), "warnings": [..]}.
QJsonObject decodedJwtToJson(const DecodedJwt &jwt, const QDateTime &now);

// The human text for `santedb-session decode`: warnings, header, subject, name, times (UTC, local,
// relative), roles, policies "name (oid)", SanteDB claims, extensions and "signature: " followed
// by `signature` ("not verified" when empty, i.e. nobody checked it). Control characters from the
// token are replaced; the raw token never appears.
QString describeDecodedJwt(const DecodedJwt &jwt, const QDateTime &now,
                           const QString &signature = {});

} // namespace sdsm
