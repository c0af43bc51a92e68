// SPDX-License-Identifier: Apache-2.0
#include "jwt.h"

#include "policytable.h"
#include "textrules.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// security.md item 23: checked before any splitting so hostile input stays cheap.
constexpr qsizetype kMaxTokenBytes = 64 * 1024;
// 10000-01-01T00:00:00Z: the first instant a four-digit year cannot show.
constexpr double kEndOfYear9999 = 253402300800.0;

constexpr auto kSanteDbClaimPrefix = "urn:santedb:org:claim:"_L1;

Error refused(const QString &message)
{
    return makeError(ErrorKind::Refused, message);
}

bool startsWithCaseInsensitive(const QByteArray &text, const char *prefix)
{
    const auto length = qstrlen(prefix);
    return static_cast<size_t>(text.size()) >= length
        && qstrnicmp(text.constData(), prefix, length) == 0;
}

bool isBase64UrlAlphabet(QByteArrayView part)
{
    for (const char c : part) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A truncated JWS ("header.payload") would otherwise be mistaken for an opaque access token.
bool looksLikeJwsHeader(QByteArrayView part)
{
    bool ignoredPadding = false;
    const auto bytes = decodeBase64Url(part, &ignoredPadding);
    if (!bytes)
        return false;
    const auto header = parseJsonObject(*bytes);
    return header && header->value("alg"_L1).isString();
}

QString partCountMessage(qsizetype parts)
{
    return QCoreApplication::translate(
               "sdsm",
               "The input is not a JWT: it has %1 dot-separated part(s) instead of 3; pass the "
               "id_token from the token response (access tokens are opaque).")
        .arg(parts);
}

Result<DecodedJwt> decodeParts(const QByteArray &text)
{
    const qsizetype firstDot = text.indexOf('.');
    const qsizetype secondDot = text.indexOf('.', firstDot + 1);
    const QByteArrayView headerPart = QByteArrayView(text).first(firstDot);
    const QByteArrayView payloadPart =
        QByteArrayView(text).sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = QByteArrayView(text).sliced(secondDot + 1);

    if (headerPart.isEmpty() || payloadPart.isEmpty())
        return refused(QCoreApplication::translate(
            "sdsm",
            "The JWT has an empty header or payload part, so there is nothing to "
            "decode; check that the whole token was copied."));

    DecodedJwt jwt;
    const auto headerBytes = decodeBase64Url(headerPart, &jwt.paddingSeen);
    if (!headerBytes)
        return refused(QCoreApplication::translate(
            "sdsm",
            "The JWT header is not valid base64url, so the token cannot be decoded; "
            "check that it was copied completely, without spaces, '+' or '/'."));
    const auto payloadBytes = decodeBase64Url(payloadPart, &jwt.paddingSeen);
    if (!payloadBytes)
        return refused(QCoreApplication::translate(
            "sdsm",
            "The JWT payload is not valid base64url, so the token cannot be decoded; "
            "check that it was copied completely, without spaces, '+' or '/'."));
    const auto signatureBytes = decodeBase64Url(signaturePart, &jwt.paddingSeen);
    if (!signatureBytes)
        return refused(QCoreApplication::translate(
            "sdsm",
            "The JWT signature is not valid base64url, so the token is damaged; "
            "check that it was copied completely, without spaces, '+' or '/'."));

    const auto header = parseJsonObject(*headerBytes);
    if (!header)
        return refused(QCoreApplication::translate(
            "sdsm",
            "The JWT header is not a JSON object, so this is not a valid JWT; check "
            "that the input is an id_token."));
    const QJsonValue alg = header->value("alg"_L1);
    if (!alg.isString() || alg.toString().isEmpty())
        return refused(QCoreApplication::translate(
            "sdsm",
            "The JWT header has no \"alg\" member, so this is not a valid JWS; check "
            "that the input is an id_token."));
    const auto claims = parseJsonObject(*payloadBytes);
    if (!claims)
        return refused(QCoreApplication::translate(
            "sdsm",
            "The JWT payload is not a JSON object, so it holds no claims to show; "
            "check that the input is an id_token."));

    jwt.header = *header;
    jwt.claims = *claims;
    jwt.signingInput = text.first(secondDot);
    jwt.signature = *signatureBytes;
    return jwt;
}

QString firstString(const QJsonValue &value)
{
    return stringOrArray(value).value(0);
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.sliced(1, wrapped.size() - 2));
}

// The relative phrase for one time claim, with a verb that fits the claim.
QString timeRelativeText(QLatin1StringView key, const QDateTime &at, const QDateTime &now)
{
    if (key == "exp"_L1)
        return expiryRelativeText(at, now);
    if (key == "iat"_L1)
        return QCoreApplication::translate("sdsm", "issued %1").arg(relativeText(at, now));
    const qint64 seconds = now.msecsTo(at) / 1000;
    if (seconds > 0)
        return QCoreApplication::translate("sdsm", "becomes valid %1").arg(relativeText(at, now));
    if (seconds < 0)
        return QCoreApplication::translate("sdsm", "valid since %1").arg(relativeText(at, now));
    return QCoreApplication::translate("sdsm", "valid now");
}

struct TimeClaim
{
    QLatin1StringView key;
    const char *label; // translated where shown
};

constexpr TimeClaim kTimeClaims[] = {
    {"exp"_L1, QT_TRANSLATE_NOOP("sdsm", "expires")},
    {"iat"_L1, QT_TRANSLATE_NOOP("sdsm", "issued")},
    {"nbf"_L1, QT_TRANSLATE_NOOP("sdsm", "not before")},
};

// A warning as its English text and the claim it names: `--json` keeps the English (machine
// output stays the same in every language), the text for people shows it translated.
struct Warning
{
    const char *text;
    QLatin1StringView claim = {};

    QString english() const { return withClaim(QString::fromLatin1(text)); }
    QString translated() const { return withClaim(QCoreApplication::translate("sdsm", text)); }

private:
    QString withClaim(const QString &sentence) const
    {
        return claim.isEmpty() ? sentence : sentence.arg(claim);
    }
};

QList<Warning> warningsFor(const DecodedJwt &jwt, const ClaimsSummary &summary,
                           const QDateTime &now)
{
    QList<Warning> warnings;
    if (jwt.header.value("alg"_L1).toString().compare("none"_L1, Qt::CaseInsensitive) == 0)
        warnings.append({QT_TRANSLATE_NOOP("sdsm", "alg is none: the token is unsigned")});
    if (jwt.paddingSeen)
        warnings.append({QT_TRANSLATE_NOOP("sdsm", "base64 padding present")});
    for (const TimeClaim &time : kTimeClaims) {
        if (jwt.claims.contains(time.key) && !numericDate(jwt.claims.value(time.key)))
            warnings.append({QT_TRANSLATE_NOOP("sdsm",
                                               "invalid claim: %1 is not a NumericDate (a JSON "
                                               "number of seconds between 1970 and 9999)"),
                             time.key});
    }
    if (summary.expiresAt && *summary.expiresAt <= now)
        warnings.append({QT_TRANSLATE_NOOP("sdsm", "token expired")});
    if (summary.notBefore && *summary.notBefore > now)
        warnings.append({QT_TRANSLATE_NOOP("sdsm", "token not yet valid")});
    return warnings;
}

QJsonArray englishWarnings(const DecodedJwt &jwt, const ClaimsSummary &summary,
                           const QDateTime &now)
{
    QJsonArray english;
    for (const Warning &warning : warningsFor(jwt, summary, now))
        english.append(warning.english());
    return english;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

std::optional<QByteArray> decodeBase64Url(QByteArrayView part, bool *paddingSeen)
{
    qsizetype end = part.size();
    int padding = 0;
    while (end > 0 && padding < 2 && part.at(end - 1) == '=') {
        --end;
        ++padding;
    }
    if (padding > 0 && paddingSeen)
        *paddingSeen = true;
    const QByteArrayView body = part.first(end);
    // One leftover character cannot encode a byte; Qt would silently drop it.
    if (body.size() % 4 == 1)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(body.toByteArray(),
                                                 QByteArray::Base64UrlEncoding
                                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return std::move(result.decoded);
}

QByteArray stripBearerPrefix(QByteArray text)
{
    text = text.trimmed();
    if (startsWithCaseInsensitive(text, "authorization:"))
        text = text.sliced(qstrlen("authorization:")).trimmed();
    constexpr qsizetype schemeLength = 6;
    if (startsWithCaseInsensitive(text, "bearer") && text.size() > schemeLength
        && (text.at(schemeLength) == ' ' || text.at(schemeLength) == '\t'))
        text = text.sliced(schemeLength).trimmed();
    return text;
}

Result<DecodedJwt> decodeJwt(QByteArrayView token)
{
    if (token.size() > kMaxTokenBytes)
        return refused(QCoreApplication::translate(
            "sdsm",
            "The token was refused because it is larger than 64 KiB; pass the "
            "id_token itself, not a whole response or file."));
    const QByteArray text = stripBearerPrefix(token.toByteArray());
    if (text.isEmpty())
        return refused(QCoreApplication::translate(
            "sdsm",
            "There is no token to decode because the input is empty; pass an "
            "id_token."));

    const qsizetype parts = text.count('.') + 1;
    if (parts == 2) {
        const qsizetype dot = text.indexOf('.');
        const QByteArrayView first = QByteArrayView(text).first(dot);
        const QByteArrayView second = QByteArrayView(text).sliced(dot + 1);
        if (looksLikeJwsHeader(first))
            return refused(QCoreApplication::translate(
                "sdsm",
                "The input is a JWT without its signature part, so it is incomplete; "
                "copy the whole token including the part after the second '.'."));
        if (!first.isEmpty() && !second.isEmpty() && isBase64UrlAlphabet(first)
            && isBase64UrlAlphabet(second))
            return refused(
                QCoreApplication::translate("sdsm", "opaque 3.x access token — nothing to decode"));
    }
    if (parts == 5)
        return refused(QCoreApplication::translate("sdsm", "encrypted JWT (JWE) — not decoded"));
    if (parts != 3)
        return refused(partCountMessage(parts));
    return decodeParts(text);
}

QStringList stringOrArray(const QJsonValue &value)
{
    QStringList out;
    if (value.isString()) {
        if (!value.toString().isEmpty())
            out.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &entry : array) {
            if (entry.isString() && !entry.toString().isEmpty())
                out.append(entry.toString());
        }
    }
    return out;
}

std::optional<QDateTime> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0.0 || seconds >= kEndOfYear9999)
        return std::nullopt;
    const auto msecs = static_cast<qint64>(std::floor(seconds * 1000.0));
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QList<PolicyGrant> policiesOf(const QJsonObject &claims)
{
    const QJsonValue scope = claims.value("scope"_L1);
    const QStringList raw =
        scope.isString() ? scope.toString().split(u' ', Qt::SkipEmptyParts) : stringOrArray(scope);
    const PolicyTable &table = PolicyTable::builtIn();
    QList<PolicyGrant> grants;
    QSet<QString> seen;
    for (const QString &entry : raw) {
        const QString oid = table.expandOid(entry);
        if (seen.contains(oid))
            continue;
        seen.insert(oid);
        grants.append({oid, table.nameFor(oid)});
    }
    return grants;
}

ClaimsSummary summarizeClaims(const QJsonObject &claims)
{
    ClaimsSummary summary;
    summary.subject = firstString(claims.value("sub"_L1));
    if (summary.subject.isEmpty())
        summary.subject = firstString(claims.value("nameid"_L1));
    summary.name = firstString(claims.value("name"_L1));
    if (summary.name.isEmpty())
        summary.name = firstString(claims.value("unique_name"_L1));
    summary.roles = stringOrArray(claims.value("role"_L1));
    summary.policies = policiesOf(claims);
    summary.expiresAt = numericDate(claims.value("exp"_L1));
    summary.issuedAt = numericDate(claims.value("iat"_L1));
    summary.notBefore = numericDate(claims.value("nbf"_L1));
    summary.extensions = claims.value("extensions"_L1).toObject();
    const QJsonObject santedbExtension = summary.extensions.value("santedb"_L1).toObject();

    summary.deviceId = firstString(claims.value("urn:santedb:org:claim:devid"_L1));
    if (summary.deviceId.isEmpty())
        summary.deviceId = firstString(santedbExtension.value("devid"_L1));
    if (summary.deviceId.isEmpty())
        summary.deviceId = firstString(claims.value("devid"_L1));

    summary.applicationId = firstString(claims.value("urn:santedb:org:claim:appid"_L1));
    if (summary.applicationId.isEmpty())
        summary.applicationId = firstString(santedbExtension.value("appid"_L1));
    if (summary.applicationId.isEmpty())
        summary.applicationId = firstString(claims.value("appid"_L1));

    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (it.key().startsWith(kSanteDbClaimPrefix))
            summary.santedbClaims.insert(it.key(), it.value());
    }
    return summary;
}

QJsonObject decodedJwtToJson(const DecodedJwt &jwt, const QDateTime &now)
{
    const ClaimsSummary summary = summarizeClaims(jwt.claims);

    QJsonObject times;
    for (const TimeClaim &time : kTimeClaims) {
        const auto at = numericDate(jwt.claims.value(time.key));
        if (!at)
            continue;
        times.insert(time.key,
                     QJsonObject {{u"utc"_s, utcText(*at)},
                                  {u"local"_s, localIsoText(*at)},
                                  {u"relative"_s, timeRelativeText(time.key, *at, now)}});
    }

    QJsonArray policies;
    for (const PolicyGrant &grant : summary.policies)
        policies.append(QJsonObject {{u"oid"_s, grant.oid}, {u"name"_s, stringOrNull(grant.name)}});

    return QJsonObject {
        {u"header"_s, jwt.header},
        {u"claims"_s, jwt.claims},
        {u"signature"_s, u"not_verified"_s},
        {u"times"_s, times},
        {u"subject"_s, stringOrNull(summary.subject)},
        {u"name"_s, stringOrNull(summary.name)},
        {u"device_id"_s, stringOrNull(summary.deviceId)},
        {u"application_id"_s, stringOrNull(summary.applicationId)},
        {u"roles"_s, QJsonArray::fromStringList(summary.roles)},
        {u"policies"_s, policies},
        {u"santedb_claims"_s, summary.santedbClaims},
        {u"extensions"_s,
         jwt.claims.value("extensions"_L1).isObject() ? QJsonValue(summary.extensions)
                                                      : QJsonValue(QJsonValue::Null)},
        {u"warnings"_s, englishWarnings(jwt, summary, now)},
    };
}

QString describeDecodedJwt(const DecodedJwt &jwt, const QDateTime &now, const QString &signature)
{
    const ClaimsSummary summary = summarizeClaims(jwt.claims);
    QStringList lines;

    for (const Warning &warning : warningsFor(jwt, summary, now))
        lines.append(QCoreApplication::translate("sdsm", "warning: %1").arg(warning.translated()));

    QStringList headerFields;
    for (const auto key : {"alg"_L1, "typ"_L1, "kid"_L1}) {
        if (jwt.header.contains(key))
            headerFields.append(key + u' ' + jsonValueText(jwt.header.value(key)));
    }
    lines.append(QCoreApplication::translate("sdsm", "header: %1").arg(headerFields.join(u", "_s)));

    if (!summary.subject.isEmpty())
        lines.append(QCoreApplication::translate("sdsm", "subject: %1").arg(summary.subject));
    if (!summary.name.isEmpty())
        lines.append(QCoreApplication::translate("sdsm", "name: %1").arg(summary.name));

    for (const TimeClaim &time : kTimeClaims) {
        if (!jwt.claims.contains(time.key))
            continue;
        const QString label = QCoreApplication::translate("sdsm", time.label);
        const auto at = numericDate(jwt.claims.value(time.key));
        if (!at) {
            lines.append(
                QCoreApplication::translate("sdsm", "%1: invalid (%2 is not a NumericDate)")
                    .arg(label, time.key));
            continue;
        }
        lines.append(
            QCoreApplication::translate("sdsm", "%1: %2 (local %3), %4")
                .arg(label, utcText(*at), localText(*at), timeRelativeText(time.key, *at, now)));
    }

    lines.append(
        summary.roles.isEmpty()
            ? QCoreApplication::translate("sdsm", "roles: none")
            : QCoreApplication::translate("sdsm", "roles: %1").arg(summary.roles.join(u", "_s)));
    if (summary.policies.isEmpty()) {
        lines.append(QCoreApplication::translate("sdsm", "policies: none"));
    } else {
        lines.append(QCoreApplication::translate("sdsm", "policies:"));
        for (const PolicyGrant &grant : summary.policies) {
            const QString name = grant.name.isEmpty()
                ? QCoreApplication::translate("sdsm", "unknown policy")
                : grant.name;
            lines.append(u"  "_s + name + u" ("_s + grant.oid + u')');
        }
    }
    if (!summary.deviceId.isEmpty())
        lines.append(QCoreApplication::translate("sdsm", "device: %1").arg(summary.deviceId));
    if (!summary.applicationId.isEmpty())
        lines.append(
            QCoreApplication::translate("sdsm", "application: %1").arg(summary.applicationId));

    if (!summary.santedbClaims.isEmpty()) {
        lines.append(QCoreApplication::translate("sdsm", "SanteDB claims:"));
        for (auto it = summary.santedbClaims.begin(); it != summary.santedbClaims.end(); ++it)
            lines.append(u"  "_s + it.key() + u": "_s + jsonValueText(it.value()));
    }
    if (!summary.extensions.isEmpty()) {
        lines.append(QCoreApplication::translate("sdsm", "extensions:"));
        for (auto it = summary.extensions.begin(); it != summary.extensions.end(); ++it)
            lines.append(u"  "_s + it.key() + u": "_s + jsonValueText(it.value()));
    }
    lines.append(QCoreApplication::translate("sdsm", "signature: %1")
                     .arg(signature.isEmpty() ? QCoreApplication::translate("sdsm", "not verified")
                                              : signature));

    // Server-controlled text reaches a terminal; control and bidi characters could rewrite what
    // the user sees.
    for (QString &line : lines)
        line = oneLineText(line);
    return lines.join(u'\n') + u'\n';
}

} // namespace sdsm
