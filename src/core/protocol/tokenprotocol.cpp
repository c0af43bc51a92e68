// SPDX-License-Identifier: Apache-2.0
#include "tokenprotocol.h"

#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// Ten years in milliseconds: anything longer is a server bug, not a session, and staying below it
// keeps every later date computation far from overflow.
constexpr qint64 MaxExpiresIn = 315360000000;
constexpr qsizetype PreviewChars = 200;
constexpr qint64 SecondsInAWeek = 604800;
constexpr qint64 DisagreementMs = 60000;

// Members whose duplicates Qt would silently resolve to the last value.
const QStringList SecurityRelevantMembers = {u"access_token"_s, u"token_type"_s, u"expires_in"_s,
                                             u"refresh_token"_s, u"id_token"_s};

// Strict RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF. Qt's parser checks
// only inside strings, and a token must never be built from mis-decoded bytes.
bool isValidUtf8(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto lead = static_cast<uchar>(bytes.at(i));
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            cp = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            cp = lead & 0x0f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            cp = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<uchar>(bytes.at(i + k));
            if ((next & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (next & 0x3f);
        }
        if (length == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            return false;
        if (length == 4 && (cp < 0x10000 || cp > 0x10ffff))
            return false;
        i += length;
    }
    return true;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void skipSpace(const QByteArray &json, qsizetype &i)
{
    while (i < json.size() && isJsonSpace(json.at(i)))
        ++i;
}

void skipString(const QByteArray &json, qsizetype &i)
{
    ++i;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '\\') {
            i += 2;
        } else {
            ++i;
            if (c == '"')
                return;
        }
    }
}

// Decodes a string token the way Qt does, including its leniency for unknown escapes, so a
// duplicate cannot hide behind "access\u005ftoken".
QString readString(const QByteArray &json, qsizetype &i)
{
    QString out;
    QByteArray run;
    ++i;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '"') {
            ++i;
            break;
        }
        if (c != '\\') {
            run += c;
            ++i;
            continue;
        }
        out += QString::fromUtf8(run);
        run.clear();
        const char escape = i + 1 < json.size() ? json.at(i + 1) : '\\';
        i += 2;
        switch (escape) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            bool ok = false;
            const ushort unit = json.mid(i, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(unit);
                i += 4;
            }
            break;
        }
        default:
            out += QChar::fromLatin1(escape);
            break;
        }
    }
    return out + QString::fromUtf8(run);
}

void skipValue(const QByteArray &json, qsizetype &i)
{
    skipSpace(json, i);
    int depth = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '"') {
            skipString(json, i);
            if (depth == 0)
                return;
        } else if (c == '{' || c == '[') {
            ++depth;
            ++i;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return;
            ++i;
            if (--depth == 0)
                return;
        } else if (c == ',' && depth == 0) {
            return;
        } else {
            ++i;
        }
    }
}

// Top-level member names in document order, escapes decoded. Runs only on a document Qt has
// already accepted, so it skips values without validating them, and it never recurses.
QStringList topLevelKeys(const QByteArray &json)
{
    QStringList keys;
    qsizetype i = 0;
    skipSpace(json, i);
    if (i >= json.size() || json.at(i) != '{')
        return keys;
    ++i;
    while (i < json.size()) {
        skipSpace(json, i);
        if (i >= json.size() || json.at(i) == '}' || (json.at(i) != ',' && json.at(i) != '"'))
            break;
        if (json.at(i) == ',') {
            ++i;
            continue;
        }
        keys << readString(json, i);
        skipSpace(json, i);
        if (i < json.size() && json.at(i) == ':')
            ++i;
        skipValue(json, i);
    }
    return keys;
}

QByteArray withoutBom(const QByteArray &body)
{
    // .NET writers may prefix a UTF-8 BOM; tolerating it is deterministic and harmless.
    return body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom(body), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Tokens echoed in a malformed or truncated body must not reach a preview, even though they are
// not secrets the caller knew about. Masked in place: a token can be a megabyte long, too big to
// expand into every encoding the Redactor knows.
QString maskEchoedTokens(const QString &text)
{
    static const QRegularExpression token(
        uR"re("(?:access_token|id_token|refresh_token)"\s*:\s*"([^"\\]*+(?:\\.[^"\\]*+)*+))re"_s);
    QStringList decoded;
    QString out;
    qsizetype last = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) == 0)
            continue;
        out += QStringView(text).mid(last, match.capturedStart(1) - last) + u"[redacted]"_s;
        last = match.capturedEnd(1);
        const QJsonDocument value =
            QJsonDocument::fromJson("[\"" + match.captured(1).toUtf8() + "\"]");
        if (value.isArray())
            decoded << value.array().at(0).toString();
    }
    out += QStringView(text).mid(last);
    for (const QString &value : std::as_const(decoded)) {
        if (value.size() >= Redactor::MinSecretLength)
            out.replace(value, u"[redacted]"_s);
    }
    return out;
}

bool looksLikeHtml(const HttpAnswer &answer)
{
    return answer.contentType.toLower().contains("html")
        || withoutBom(answer.body).trimmed().startsWith('<');
}

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(
        u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const char32_t cp = hex ? name.mid(2).toUInt(nullptr, 16) : name.mid(1).toUInt();
            const bool valid = cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
            out += valid ? QString::fromUcs4(&cp, 1) : QString(QChar::ReplacementCharacter);
        } else if (name == u"lt"_s) {
            out += u'<';
        } else if (name == u"gt"_s) {
            out += u'>';
        } else if (name == u"amp"_s) {
            out += u'&';
        } else if (name == u"quot"_s) {
            out += u'"';
        } else if (name == u"apos"_s) {
            out += u'\'';
        } else if (name == u"nbsp"_s) {
            out += u' ';
        } else {
            out += match.captured(0);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

// Rough on purpose: enough to turn an error page into readable words for one line.
QString htmlToText(const QString &html)
{
    static const QRegularExpression blocks(u"<(script|style)\\b[^>]*>.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(u"<!--.*?-->"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.replace(blocks, u" "_s).replace(comments, u" "_s).replace(tags, u" "_s);
    return decodeEntities(text);
}

// The start of the body for a message; nullopt when it must be withheld.
std::optional<QString> bodyPreview(const HttpAnswer &answer, const Redactor &redactor)
{
    // Redact before stripping tags: a secret holding '<' would otherwise lose pieces and escape.
    const std::optional<QString> redacted =
        redactor.redact(QString::fromUtf8(withoutBom(answer.body)));
    if (!redacted)
        return std::nullopt;
    // Invisible characters go before the token scan (a UTF-16 body read as UTF-8 interleaves
    // NULs).
    QString text = maskEchoedTokens(oneLineText(*redacted));
    if (looksLikeHtml(answer))
        text = htmlToText(text);
    return redactor.clean(text, PreviewChars);
}

QString contentTypeLabel(const HttpAnswer &answer, const Redactor &redactor)
{
    const std::optional<QString> type = redactor.clean(QString::fromUtf8(answer.contentType), 100);
    if (!type)
        return QCoreApplication::translate("sdsm", "content type withheld");
    return type->isEmpty() ? QCoreApplication::translate("sdsm", "no content type")
                           : QCoreApplication::translate("sdsm", "content type %1").arg(*type);
}

Error answerError(ErrorKind kind, const QString &message, int status)
{
    Error error = makeError(kind, message);
    error.httpStatus = status;
    return error;
}

Error redirectError(const HttpAnswer &answer, const Redactor &redactor)
{
    QByteArray location = answer.location;
    const QUrl url = QUrl::fromEncoded(location);
    if (url.isValid() && !url.userInfo().isEmpty())
        location = url.adjusted(QUrl::RemoveUserInfo).toEncoded();
    const std::optional<QString> shown = redactor.clean(QString::fromUtf8(location));
    const QString message = !shown
        ? QCoreApplication::translate(
            "sdsm",
            "the server redirected the token request to an address that was withheld because it "
            "could not be checked for secrets — credential requests never follow redirects; fix "
            "the server URL or token endpoint")
        : shown->isEmpty()
        ? QCoreApplication::translate(
            "sdsm",
            "the server redirected the token request without naming a location — credential "
            "requests never follow redirects; fix the server URL or token endpoint")
        : QCoreApplication::translate(
              "sdsm",
              "the server redirected the token request to %1 — credential requests never follow "
              "redirects; fix the server URL or token endpoint")
              .arg(*shown);
    return answerError(ErrorKind::Redirect, message, answer.status);
}

// `withheld`: the server's error or description could not be vouched for and was dropped.
Error oauthError(const HttpAnswer &answer, const AnswerContext &context, const QString &serverError,
                 const QString &description, bool withheld)
{
    QString shownDescription = description;
    while (shownDescription.endsWith(u'.'))
        shownDescription.chop(1);
    const QString cause =
        plainCause(context.form, context.grant, serverError, description, answer.status);
    // "(invalid_grant, HTTP 400)": the server's own code, not words, so not translated.
    const QString code = u'(' % (serverError.isEmpty() ? QString() : serverError % u", "_s)
        % u"HTTP "_s % QString::number(answer.status) % u')';
    QString message = shownDescription.isEmpty()
        ? QCoreApplication::translate("sdsm", "the server refused the credentials: %1").arg(code)
        : QCoreApplication::translate("sdsm", "the server refused the credentials: %1 %2")
              .arg(shownDescription, code);
    if (!cause.isEmpty())
        message = QCoreApplication::translate("sdsm", "%1 — likely cause: %2").arg(message, cause);
    if (withheld)
        message += u"; "_s % Redactor::withheldSentence();
    message += u'.';
    Error error = answerError(ErrorKind::OAuth, message, answer.status);
    error.serverError = serverError;
    error.serverDescription = description;
    return error;
}

Error httpError(const HttpAnswer &answer, const AnswerContext &context, const Redactor &redactor,
                const QString &serverError, const QString &description, bool withheld)
{
    QString detail = description;
    if (withheld)
        detail = Redactor::withheldSentence();
    else if (detail.isEmpty())
        detail = bodyPreview(answer, redactor).value_or(Redactor::withheldSentence());
    const QString message = detail.isEmpty()
        ? QCoreApplication::translate("sdsm", "the token endpoint %1 answered HTTP %2")
              .arg(context.endpoint, QString::number(answer.status))
        : QCoreApplication::translate("sdsm", "the token endpoint %1 answered HTTP %2: %3")
              .arg(context.endpoint, QString::number(answer.status), detail);
    Error error = answerError(ErrorKind::Http, message, answer.status);
    error.serverError = serverError;
    error.serverDescription = description;
    return error;
}

Error notATokenResponse(const HttpAnswer &answer, const AnswerContext &context,
                        const Redactor &redactor, const QString &what, bool withPreview)
{
    // `what` names the body ("an empty body", "an HTML page"), already translated.
    QString message = QCoreApplication::translate("sdsm",
                                                  "the token endpoint %1 answered HTTP %2 with %3 "
                                                  "(%4) instead of a token response — check the "
                                                  "token endpoint URL")
                          .arg(context.endpoint, QString::number(answer.status), what,
                               contentTypeLabel(answer, redactor));
    if (withPreview) {
        const std::optional<QString> preview = bodyPreview(answer, redactor);
        message += preview
            ? QCoreApplication::translate("sdsm", "; the answer began: %1").arg(*preview)
            : u"; "_s % Redactor::withheldSentence();
    }
    return answerError(ErrorKind::Protocol, message, answer.status);
}

Error unusable(const HttpAnswer &answer, const AnswerContext &context, const QString &problem)
{
    // `problem` is a translated clause ("token_type is not a string").
    return answerError(ErrorKind::Protocol,
                       QCoreApplication::translate("sdsm",
                                                   "the token response from %1 is unusable: %2 — "
                                                   "check the token endpoint URL and the server's "
                                                   "logs")
                           .arg(context.endpoint, problem),
                       answer.status);
}

bool isHeaderSafe(const QString &token)
{
    // RFC 6750 b64token and RFC 6749 VSCHAR both stay within visible ASCII.
    return std::all_of(token.cbegin(), token.cend(),
                       [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
}

std::optional<qint64> readExpiresIn(const QJsonValue &value, QStringList &warnings)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number != std::floor(number)
            || number >= static_cast<double>(MaxExpiresIn))
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        static const QRegularExpression digits(u"\\A[0-9]{1,12}\\z"_s);
        const QString text = value.toString();
        if (!digits.match(text).hasMatch())
            return std::nullopt;
        const qint64 number = text.toLongLong();
        if (number >= MaxExpiresIn)
            return std::nullopt;
        warnings << QCoreApplication::translate(
                        "sdsm", "expires_in was a string (\"%1\"); it was read as a number")
                        .arg(text);
        return number;
    }
    return std::nullopt;
}

Result<TokenResponse> parseSuccess(const HttpAnswer &answer, const AnswerContext &context,
                                   const Redactor &redactor)
{
    const QByteArray body = withoutBom(answer.body);
    if (body.trimmed().isEmpty())
        return notATokenResponse(answer, context, redactor,
                                 QCoreApplication::translate("sdsm", "an empty body"), false);
    if (looksLikeHtml(answer))
        return notATokenResponse(answer, context, redactor,
                                 QCoreApplication::translate("sdsm", "an HTML page"), true);
    if (!isValidUtf8(body))
        return notATokenResponse(
            answer, context, redactor,
            QCoreApplication::translate("sdsm", "a body that is not valid UTF-8"), true);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notATokenResponse(
            answer, context, redactor,
            QCoreApplication::translate("sdsm", "a body that is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString(), QString::number(parseError.offset)),
            true);
    if (!document.isObject())
        return notATokenResponse(answer, context, redactor,
                                 QCoreApplication::translate("sdsm", "JSON that is not an object"),
                                 true);

    const QStringList keys = topLevelKeys(body);
    for (const QString &member : SecurityRelevantMembers) {
        if (keys.count(member) > 1)
            return unusable(answer, context,
                            QCoreApplication::translate(
                                "sdsm",
                                "the member \"%1\" appears more than once, so its value is "
                                "ambiguous")
                                .arg(member));
    }

    const QJsonObject object = document.object();
    TokenResponse response;

    const QJsonValue accessToken = object.value(u"access_token"_s);
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return unusable(answer, context,
                        QCoreApplication::translate(
                            "sdsm", "access_token is missing (a non-empty string is required)"));
    if (!isHeaderSafe(accessToken.toString()))
        return unusable(answer, context,
                        QCoreApplication::translate(
                            "sdsm",
                            "access_token contains characters that cannot be sent in a header "
                            "(only printable ASCII without spaces is allowed)"));
    response.accessToken = accessToken.toString();

    if (!object.contains(u"token_type"_s)) {
        response.tokenTypeClass = TokenTypeClass::Missing;
        response.warnings << QCoreApplication::translate(
            "sdsm", "the server sent no token_type; sending the token as Bearer");
    } else if (!object.value(u"token_type"_s).isString()) {
        return unusable(answer, context,
                        QCoreApplication::translate("sdsm", "token_type is not a string"));
    } else {
        response.tokenType = object.value(u"token_type"_s).toString();
        response.tokenTypeClass = classifyTokenType(response.tokenType);
        if (response.tokenType.isEmpty())
            response.warnings << QCoreApplication::translate(
                "sdsm", "the server sent an empty token_type; sending the token as Bearer");
    }

    if (object.contains(u"expires_in"_s)) {
        response.expiresIn = readExpiresIn(object.value(u"expires_in"_s), response.warnings);
        if (!response.expiresIn)
            return unusable(answer, context,
                            QCoreApplication::translate(
                                "sdsm",
                                "expires_in is not a valid number of seconds (a whole number from "
                                "0 to below 10 years is required)"));
    }

    for (const auto &[member, target] : {std::pair {u"id_token"_s, &response.idToken},
                                         std::pair {u"refresh_token"_s, &response.refreshToken},
                                         std::pair {u"nonce"_s, &response.nonce}}) {
        if (!object.contains(member))
            continue;
        if (!object.value(member).isString())
            return unusable(answer, context,
                            QCoreApplication::translate("sdsm", "%1 is not a string").arg(member));
        *target = object.value(member).toString();
    }
    return response;
}

} // namespace

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        // Qt's default unreserved set is exactly RFC 3986's, and it writes upper-case hex.
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

HttpHeader deviceHeader(Generation form, const DeviceCredentials &device)
{
    const QByteArray credentials = QString(device.id % u':' % device.secret).toUtf8().toBase64();
    if (form == Generation::V2)
        return {"X-Device-Authorization"_ba, "BASIC "_ba + credentials};
    return {"Authorization"_ba, "Basic "_ba + credentials};
}

QString checkDeviceSecret(const QString &secret, SanteDbVersion version)
{
    if (secret.isEmpty())
        return QCoreApplication::translate("sdsm",
                                           "the device secret is empty — enter the secret your "
                                           "SanteDB administrator issued for this device");
    if (containsForbiddenCharacter(secret))
        return QCoreApplication::translate(
            "sdsm",
            "the device secret contains a control character, a line break or an invisible "
            "formatting character — enter it again without one");
    if (version != SanteDbVersion::V2 && secret.contains(u':'))
        return QCoreApplication::translate(
            "sdsm",
            "the device secret contains ':', which SanteDB 3.x cannot accept in device "
            "credentials (it splits them on every ':') — ask the administrator for a secret "
            "without ':', or set the profile to SanteDB 2.x if the server is 2.x");
    return QString();
}

QString requestGrantName(RequestGrant g)
{
    switch (g) {
    case RequestGrant::ClientCredentials:
        return u"client_credentials"_s;
    case RequestGrant::Password:
        return u"password"_s;
    case RequestGrant::RefreshToken:
        return u"refresh_token"_s;
    }
    return {};
}

HttpHeader facilityClaimHeader(const QString &facility)
{
    const QString claim = QString(FacilityClaimType) % u'=' % facility;
    return {"X-SanteDBClient-Claim"_ba, claim.toUtf8().toBase64()};
}

QList<Choice> parseClaimChoices(const QString &claimValue)
{
    QList<Choice> choices;
    for (const QString &entry : claimValue.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(u'=');
        const QString id = (eq < 0 ? entry : entry.left(eq)).trimmed();
        if (id.isEmpty())
            continue;
        choices.append({id, eq < 0 ? QString() : entry.mid(eq + 1).trimmed()});
    }
    return choices;
}

TokenRequest buildTokenRequest(const TokenRequestSpec &spec)
{
    TokenRequest request;
    request.url = spec.endpoint;
    request.headers = {
        {"Content-Type"_ba, "application/x-www-form-urlencoded"_ba},
        {"Accept"_ba, "application/json"_ba},
    };
    if (spec.device)
        request.headers << deviceHeader(spec.form, *spec.device);
    if (!spec.mfaCode.isEmpty() && spec.form == Generation::V2)
        request.headers << HttpHeader {"X-SanteDB-TfaSecret"_ba, spec.mfaCode.toUtf8()};
    if (!spec.facility.isEmpty())
        request.headers << facilityClaimHeader(spec.facility);

    QList<std::pair<QString, QString>> fields = {{u"grant_type"_s, requestGrantName(spec.grant)}};
    switch (spec.grant) {
    case RequestGrant::ClientCredentials:
        fields.append({u"scope"_s, spec.scope});
        break;
    case RequestGrant::Password:
        fields.append({{u"username"_s, spec.username},
                       {u"password"_s, spec.password},
                       {u"scope"_s, spec.scope}});
        break;
    case RequestGrant::RefreshToken:
        // The refreshed session keeps the scope it was granted.
        fields.append({u"refresh_token"_s, spec.refreshToken});
        break;
    }
    fields.append({u"client_id"_s, spec.clientId});
    if (spec.clientSecret)
        fields.append({u"client_secret"_s, *spec.clientSecret});
    if (!spec.mfaCode.isEmpty() && spec.form == Generation::V3)
        fields.append({u"x_mfa"_s, spec.mfaCode});
    request.body = formEncode(fields);
    return request;
}

TokenTypeClass classifyTokenType(const QString &tokenType)
{
    if (tokenType.isEmpty())
        return TokenTypeClass::Missing;
    // RFC 6749 §5.1: the value is case-insensitive; the URNs are the ones SanteDB's own 2.x
    // client accepted as bearer-usable.
    for (const auto &bearer :
         {u"bearer"_s, u"urn:ietf:params:oauth:token-type:jwt"_s, u"urn:santedb:session-info"_s}) {
        if (tokenType.compare(bearer, Qt::CaseInsensitive) == 0)
            return TokenTypeClass::Bearer;
    }
    return TokenTypeClass::Other;
}

Result<TokenResponse> parseTokenAnswer(const HttpAnswer &answer, const AnswerContext &context)
{
    const Redactor none;
    const Redactor &redactor = context.redactor ? *context.redactor : none;

    if (answer.status >= 300 && answer.status < 400)
        return redirectError(answer, redactor);
    if (answer.body.size() > MaxTokenResponseBytes)
        return answerError(ErrorKind::Oversize,
                           QCoreApplication::translate("sdsm",
                                                       "the token endpoint %1 answered HTTP %2 "
                                                       "with %3 bytes, over the 1 MiB limit for a "
                                                       "token response — check the token "
                                                       "endpoint URL")
                               .arg(context.endpoint, QString::number(answer.status),
                                    QString::number(answer.body.size())),
                           answer.status);

    if (answer.status >= 200 && answer.status < 300)
        return parseSuccess(answer, context, redactor);

    // A member the Redactor cannot vouch for is dropped; the kind and status still tell the story.
    QString serverError, description;
    bool hasError = false, withheld = false;
    QList<Choice> choices;
    if (const auto object = jsonObject(answer.body)) {
        auto take = [&](const QString &member, QString &target) {
            if (!object->value(member).isString())
                return false;
            const std::optional<QString> cleaned = redactor.clean(object->value(member).toString());
            withheld = withheld || !cleaned;
            target = cleaned.value_or(QString());
            return true;
        };
        hasError = take(u"error"_s, serverError) && (!serverError.isEmpty() || withheld);
        take(u"error_description"_s, description);
        const QJsonObject data = object->value(u"data"_s).toObject();
        if (data.value(u"claimType"_s).toString() == FacilityClaimType) {
            // A choice whose text cannot be vouched for cannot be offered.
            for (const Choice &c : parseClaimChoices(data.value(u"claimValue"_s).toString())) {
                const std::optional<QString> id = redactor.clean(c.id, 100);
                const std::optional<QString> label = redactor.clean(c.label, 200);
                if (id && label)
                    choices.append({*id, *label});
            }
        }
    }
    const bool oauthStatus = answer.status == 400 || answer.status == 401 || answer.status == 403;
    if (oauthStatus && hasError) {
        Error error = oauthError(answer, context, serverError, description, withheld);
        error.choices = choices;
        return error;
    }
    return httpError(answer, context, redactor, serverError, description, withheld);
}

bool refusesExpiredPassword(const QString &error, const QString &description)
{
    static const QRegularExpression expired(
        u"\\bpassword\\b.*\\bexpired\\b|\\bexpired\\b.*\\bpassword\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return error == u"password_expired"_s
        || (error == u"invalid_grant"_s && expired.match(description).hasMatch());
}

QString plainCause(Generation form, RequestGrant grant, const QString &error,
                   const QString &description, int status)
{
    // A user's session: the words are about the user, whatever the generation (2.x answers
    // every failure as invalid_grant).
    if (grant == RequestGrant::Password) {
        if (refusesExpiredPassword(error, description))
            return QCoreApplication::translate(
                "sdsm", "the password has expired — change it in SanteDB first");
        if (error == u"invalid_grant"_s)
            return QCoreApplication::translate(
                "sdsm", "wrong user name or password, or the user is locked");
    }
    if (grant == RequestGrant::RefreshToken && error == u"invalid_grant"_s)
        return QCoreApplication::translate(
            "sdsm", "the server no longer accepts this session's refresh token");
    if (form == Generation::V2)
        return QString();
    if (error == u"unspecified_error"_s) {
        // SanteDB 3.x answers these exceptions with its generic code; the status and the
        // exception text are all that tell them apart.
        if (description.contains(u"Malformed HTTP Basic Header"_s, Qt::CaseInsensitive))
            return QCoreApplication::translate(
                "sdsm",
                "the device credentials could not be read (a ':' in the device id or secret)");
        if (description.contains(u"symm_secret"_s))
            return QCoreApplication::translate("sdsm",
                                               "SanteDB 3.x cannot take a device and a client "
                                               "secret in one request (send one of them)");
        if (status == 401)
            return QCoreApplication::translate(
                "sdsm", "wrong client secret, wrong device secret or a locked identity");
        if (status == 403)
            return QCoreApplication::translate("sdsm",
                                               "a policy denies this (the application or device "
                                               "lacks a required OAuth policy)");
        return QString();
    }
    if (error == u"invalid_grant"_s
        && description.contains(u"invalid client_id"_s, Qt::CaseInsensitive))
        return QCoreApplication::translate("sdsm", "unknown application (client_id)");
    if (error == u"invalid_client"_s)
        return QCoreApplication::translate("sdsm",
                                           "the application was not authenticated (no valid client "
                                           "secret and no device it could act for)");
    if (error == u"unauthorized_client"_s)
        return QCoreApplication::translate("sdsm",
                                           "device authentication is missing (the server requires "
                                           "a device for client_credentials)");
    return QString();
}

namespace {

// The lifetime the id_token implies, when it implies one: exp - iat, or exp - sentAt without iat.
std::optional<double> idTokenLifetimeSeconds(const ExpiryInput &input)
{
    if (!input.idTokenExp || !input.idTokenExp->isValid())
        return std::nullopt;
    QDateTime start;
    if (input.idTokenIat && input.idTokenIat->isValid())
        start = *input.idTokenIat;
    else
        start = input.sentAt;
    if (!start.isValid())
        return std::nullopt;
    const double seconds = static_cast<double>(start.msecsTo(*input.idTokenExp)) / 1000.0;
    if (seconds <= 0)
        return std::nullopt;
    return seconds;
}

bool looksLikeMilliseconds(qint64 expiresIn, const ExpiryInput &input)
{
    if (const auto lifetime = idTokenLifetimeSeconds(input)) {
        const double value = static_cast<double>(expiresIn);
        return std::abs(value / 1000.0 - *lifetime) < std::abs(value - *lifetime);
    }
    // santedb-auth.md §1: a week in seconds is far beyond any configured session length.
    return expiresIn > SecondsInAWeek;
}

} // namespace

Expiry computeExpiry(const ExpiryInput &input)
{
    Expiry expiry;
    if (input.idTokenExp && input.idTokenExp->isValid())
        expiry.fromIdToken = input.idTokenExp->toUTC();

    if (input.expiresIn && *input.expiresIn >= 0 && *input.expiresIn < MaxExpiresIn
        && input.sentAt.isValid()) {
        const qint64 value = *input.expiresIn;
        expiry.millisecondsUnit = input.unitGeneration ? *input.unitGeneration == Generation::V2
                                                       : looksLikeMilliseconds(value, input);
        const QDateTime sent = input.sentAt.toUTC();
        expiry.fromExpiresIn = expiry.millisecondsUnit ? sent.addMSecs(value) : sent.addSecs(value);
    }

    const QString expiresInSource =
        expiry.millisecondsUnit ? u"expires_in_ms"_s : u"expires_in_s"_s;
    if (expiry.fromIdToken.isValid() && expiry.fromExpiresIn.isValid()) {
        const bool idTokenFirst = expiry.fromIdToken <= expiry.fromExpiresIn;
        expiry.at = idTokenFirst ? expiry.fromIdToken : expiry.fromExpiresIn;
        expiry.source = idTokenFirst ? u"id_token_exp"_s : expiresInSource;
        expiry.sourcesDisagree =
            std::abs(expiry.fromIdToken.msecsTo(expiry.fromExpiresIn)) > DisagreementMs;
    } else if (expiry.fromIdToken.isValid()) {
        expiry.at = expiry.fromIdToken;
        expiry.source = u"id_token_exp"_s;
    } else if (expiry.fromExpiresIn.isValid()) {
        expiry.at = expiry.fromExpiresIn;
        expiry.source = expiresInSource;
    }
    return expiry;
}

} // namespace sdsm
