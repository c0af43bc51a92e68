// SPDX-License-Identifier: Apache-2.0
#include "profile.h"

#include "jsonobjecttext.h"

#include "storefile.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// Each enum's names, once: the same table prints and parses, so they cannot drift apart.
template<typename Enum> using NameTable = std::initializer_list<std::pair<Enum, QLatin1StringView>>;

template<typename Enum> QString nameIn(NameTable<Enum> table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return QString(table.begin()->second);
}

template<typename Enum> std::optional<Enum> parseIn(NameTable<Enum> table, const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const auto &[v, name] : table) {
        if (t == name)
            return v;
    }
    return std::nullopt;
}

// parseIn on a JSON value; a name written as the table has it, the usual case, is found without
// making a string of it.
template<typename Enum>
std::optional<Enum> parseValueIn(NameTable<Enum> table, const JsonObjectText::Value &value)
{
    if (!value.isString())
        return std::nullopt;
    for (const auto &[v, name] : table) {
        if (value.isText(name))
            return v;
    }
    return parseIn(table, value.toString());
}

const NameTable<SanteDbVersion> versionNames {
    {SanteDbVersion::Auto, "auto"_L1}, {SanteDbVersion::V2, "2"_L1}, {SanteDbVersion::V3, "3"_L1}};
const NameTable<DeviceMode> deviceModeNames {{DeviceMode::None, "none"_L1},
                                             {DeviceMode::Secret, "secret"_L1},
                                             {DeviceMode::Certificate, "certificate"_L1}};
const NameTable<GrantType> grantNames {{GrantType::ClientCredentials, "client_credentials"_L1},
                                       {GrantType::Password, "password"_L1}};
const NameTable<PasswordMode> passwordModeNames {{PasswordMode::Stored, "stored"_L1},
                                                 {PasswordMode::Ask, "ask"_L1}};
const NameTable<SecretKind> secretKindNames {{SecretKind::Client, "client"_L1},
                                             {SecretKind::Device, "device"_L1},
                                             {SecretKind::CertPassword, "cert-password"_L1},
                                             {SecretKind::Password, "password"_L1},
                                             {SecretKind::Session, "session"_L1}};

constexpr qsizetype MaxNameLength = 100;

// The rules every URL of a profile follows; `label` (translated) starts the sentence ("the server
// URL").
QString checkHttpUrl(const QString &text, const QString &label)
{
    if (text.isEmpty())
        return QCoreApplication::translate("sdsm", "%1 must not be empty").arg(label);
    // The text is never echoed: a URL with user-info would put a password into the message.
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return QCoreApplication::translate(
                   "sdsm", "%1 is not a valid URL; use the form https://host[:port]/path")
            .arg(label);
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return QCoreApplication::translate("sdsm", "%1 must start with http:// or https://")
            .arg(label);
    if (url.host().isEmpty())
        return QCoreApplication::translate("sdsm",
                                           "%1 must name a host, as in https://host[:port]/path")
            .arg(label);
    if (url.authority().contains(u'@'))
        return QCoreApplication::translate("sdsm",
                                           "%1 must not contain a user name or password; "
                                           "credentials belong in the keychain")
            .arg(label);
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("sdsm",
                                           "%1 must not contain a query (?…) or a fragment (#…)")
            .arg(label);
    return {};
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Reads the fields of one profile entry and keeps the first type error as one sentence.
class FieldReader
{
public:
    // The entry's name, once known, names it in sentences; until then it is "a profile entry".
    // The sentence is made only on a failure: loading thousands of profiles makes none.
    void setName(QString name) { m_name = std::move(name); }
    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return makeError(ErrorKind::Config, m_error); }

    // `prefix` names the enclosing object in the sentence ("device.").
    QString requiredString(const JsonObjectText &object, QLatin1StringView key,
                           QLatin1StringView prefix = {})
    {
        return requiredStringValue(object, key, prefix).toString();
    }

    // The same read as a UUID; null when it is not a string.
    QUuid requiredUuid(const JsonObjectText &object, QLatin1StringView key)
    {
        return requiredStringValue(object, key).toUuid();
    }

    // Absent and null both mean "not set".
    QString optionalString(const JsonObjectText &object, QLatin1StringView key,
                           QLatin1StringView prefix = {})
    {
        const JsonObjectText::Value v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(prefix + key, QT_TRANSLATE_NOOP("sdsm", "%1: \"%2\" must be a string or null"));
            return {};
        }
        return v.toString();
    }

    bool optionalBool(const JsonObjectText &object, QLatin1StringView key, bool fallback)
    {
        const JsonObjectText::Value v = object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(key, QT_TRANSLATE_NOOP("sdsm", "%1: \"%2\" must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    // Reads a name from a closed set.
    template<typename T>
    void optionalChoice(const JsonObjectText &object, QLatin1StringView key, T &out,
                        NameTable<T> names, const QString &choices)
    {
        const JsonObjectText::Value v = object.value(key);
        if (v.isUndefined())
            return;
        const std::optional<T> parsed = parseValueIn(names, v);
        if (parsed)
            out = *parsed;
        else
            fail(key, QT_TRANSLATE_NOOP("sdsm", "%1: \"%2\" must be %3"), choices);
    }

    // `problem` is a QT_TRANSLATE_NOOP("sdsm", …) sentence: %1 who, %2 the key, %3 `detail`.
    void fail(const QString &key, const char *problem, const QString &detail = {})
    {
        if (m_error.isEmpty()) {
            const QString who = m_name
                ? QCoreApplication::translate("sdsm", "profile %1").arg(quotedName(*m_name))
                : QCoreApplication::translate("sdsm", "a profile entry");
            const QString sentence = QCoreApplication::translate("sdsm", problem);
            m_error = detail.isEmpty() ? sentence.arg(who, key) : sentence.arg(who, key, detail);
        }
    }

private:
    // Undefined, after a failure, when it is not a string.
    JsonObjectText::Value requiredStringValue(const JsonObjectText &object, QLatin1StringView key,
                                              QLatin1StringView prefix = {})
    {
        const JsonObjectText::Value v = object.value(key);
        if (v.isString())
            return v;
        fail(prefix + key, QT_TRANSLATE_NOOP("sdsm", "%1: \"%2\" must be a string"));
        return {};
    }

    std::optional<QString> m_name;
    QString m_error;
};

} // namespace

QString versionName(SanteDbVersion v)
{
    return nameIn(versionNames, v);
}

std::optional<SanteDbVersion> parseVersion(const QString &text)
{
    return parseIn(versionNames, text);
}

std::optional<Generation> fixedGeneration(SanteDbVersion version)
{
    switch (version) {
    case SanteDbVersion::V2:
        return Generation::V2;
    case SanteDbVersion::V3:
        return Generation::V3;
    case SanteDbVersion::Auto:
        break;
    }
    return std::nullopt;
}

QString deviceModeName(DeviceMode m)
{
    return nameIn(deviceModeNames, m);
}

std::optional<DeviceMode> parseDeviceMode(const QString &text)
{
    return parseIn(deviceModeNames, text);
}

QString grantName(GrantType g)
{
    return nameIn(grantNames, g);
}

std::optional<GrantType> parseGrant(const QString &text)
{
    return parseIn(grantNames, text);
}

QString passwordModeName(PasswordMode m)
{
    return nameIn(passwordModeNames, m);
}

std::optional<PasswordMode> parsePasswordMode(const QString &text)
{
    return parseIn(passwordModeNames, text);
}

QString secretKindName(SecretKind k)
{
    return nameIn(secretKindNames, k);
}

std::optional<SecretKind> parseSecretKind(const QString &text)
{
    return parseIn(secretKindNames, text);
}

QString secretKindLabel(SecretKind k)
{
    switch (k) {
    case SecretKind::Client:
        return QCoreApplication::translate("sdsm", "client secret");
    case SecretKind::Device:
        return QCoreApplication::translate("sdsm", "device secret");
    case SecretKind::CertPassword:
        return QCoreApplication::translate("sdsm", "certificate password");
    case SecretKind::Password:
        return QCoreApplication::translate("sdsm", "password");
    case SecretKind::Session:
        return QCoreApplication::translate("sdsm", "session token");
    }
    return {};
}

QUrl Profile::effectiveTokenEndpoint() const
{
    if (!tokenEndpoint.isEmpty())
        return tokenEndpoint;
    if (server.isEmpty())
        return {};
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/auth/oauth2_token"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString Profile::effectiveTokenEndpointText(const QString &serverText) const
{
    const qsizetype authority = serverText.startsWith("https://"_L1) ? 8
        : serverText.startsWith("http://"_L1)                        ? 7
                                                                     : -1;
    if (!tokenEndpoint.isEmpty() || server.isEmpty() || authority < 0)
        return effectiveTokenEndpoint().toString();
    qsizetype path = serverText.indexOf(u'/', authority);
    if (path < 0)
        path = serverText.size();
    const auto plain = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'.' || c == u'_' || c == u'~' || c == u'/';
    };
    // The endpoint keeps the server's scheme and authority as they are written; only its path
    // changes, so the text is made here when QUrl would write that path as it is (plain
    // characters) and there is no query or fragment to drop, and the authority is not empty.
    if (path == authority || serverText.contains(u'?') || serverText.contains(u'#')
        || !std::all_of(serverText.cbegin() + path, serverText.cend(), plain))
        return effectiveTokenEndpoint().toString();
    qsizetype end = serverText.size();
    while (end > path && serverText.at(end - 1) == u'/')
        --end;
    return QStringView(serverText).first(end) + u"/auth/oauth2_token"_s;
}

QList<SecretKind> Profile::usedSecretKinds() const
{
    QList<SecretKind> kinds {SecretKind::Client};
    if (deviceMode == DeviceMode::Secret)
        kinds.append(SecretKind::Device);
    if (deviceMode == DeviceMode::Certificate)
        kinds.append(SecretKind::CertPassword);
    if (grant == GrantType::Password && passwordMode == PasswordMode::Stored)
        kinds.append(SecretKind::Password);
    return kinds;
}

QString Profile::whyUnused(SecretKind kind) const
{
    if (uses(kind))
        return {};
    if (kind == SecretKind::Password) {
        if (grant != GrantType::Password)
            return QCoreApplication::translate(
                       "sdsm",
                       "profile %1 uses the client_credentials grant, which has no password")
                .arg(quotedName(name));
        return QCoreApplication::translate(
                   "sdsm", "profile %1 asks for the password each time and never stores it")
            .arg(quotedName(name));
    }
    return QCoreApplication::translate("sdsm",
                                       "profile %1 does not use a %2 (its device mode is %3)")
        .arg(quotedName(name), secretKindLabel(kind), deviceModeName(deviceMode));
}

QList<SecretKind> Profile::requiredSecretKinds(std::optional<Generation> generation) const
{
    QList<SecretKind> kinds;
    // An application proves itself with its secret unless a 3.x device (by secret or by
    // certificate) vouches for it; 2.x and unknown generations with a device secret need both.
    const bool deviceVouches = deviceMode == DeviceMode::Certificate
        || (deviceMode == DeviceMode::Secret && generation == Generation::V3);
    if (!deviceVouches && grant == GrantType::ClientCredentials)
        kinds.append(SecretKind::Client);
    if (deviceMode == DeviceMode::Secret)
        kinds.append(SecretKind::Device);
    if (grant == GrantType::Password && passwordMode == PasswordMode::Stored)
        kinds.append(SecretKind::Password);
    return kinds;
}

bool Profile::uses(SecretKind kind) const
{
    return usedSecretKinds().contains(kind);
}

bool Profile::hasAnyTag(const QStringList &wanted) const
{
    return std::any_of(wanted.cbegin(), wanted.cend(),
                       [this](const QString &tag) { return tags.contains(tag); });
}

QJsonObject Profile::toJson() const
{
    const QJsonObject device {
        {u"mode"_s, deviceModeName(deviceMode)},
        {u"id"_s, stringOrNull(deviceId)},
        {u"certificate"_s, stringOrNull(certificatePath)},
        {u"key"_s, stringOrNull(certificateKeyPath)},
    };
    return QJsonObject {
        {u"uuid"_s, uuid.toString(QUuid::WithoutBraces)},
        {u"name"_s, name},
        {u"server"_s, server.toString()},
        {u"token_endpoint"_s, stringOrNull(tokenEndpoint.toString())},
        {u"santedb_version"_s, versionName(version)},
        {u"grant"_s, grantName(grant)},
        {u"username"_s, stringOrNull(username)},
        {u"password_mode"_s, passwordModeName(passwordMode)},
        {u"facility"_s, stringOrNull(facility)},
        {u"scope"_s, scope},
        {u"client_id"_s, clientId},
        {u"device"_s, device},
        {u"ca_file"_s, stringOrNull(caFile)},
        {u"pin_sha256"_s, stringOrNull(pinSha256)},
        {u"allow_http"_s, allowHttp},
        {u"note"_s, stringOrNull(note)},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
    };
}

Result<Profile> Profile::fromJson(const QJsonObject &object)
{
    return fromJsonText(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<Profile> Profile::fromJsonText(QByteArrayView text)
{
    return fromJsonObject(JsonObjectText(text));
}

Result<Profile> Profile::fromJsonObject(const JsonObjectText &object)
{
    FieldReader reader;
    Profile p;
    p.name = reader.requiredString(object, "name"_L1);
    if (reader.failed())
        return reader.error();
    reader.setName(p.name);

    p.uuid = reader.requiredUuid(object, "uuid"_L1);
    if (!reader.failed()) {
        if (p.uuid.isNull())
            reader.fail(
                "uuid"_L1,
                QT_TRANSLATE_NOOP(
                    "sdsm",
                    "%1: \"%2\" must be a UUID such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"));
    }
    p.server = QUrl(reader.requiredString(object, "server"_L1));
    if (const QString endpoint = reader.optionalString(object, "token_endpoint"_L1);
        !endpoint.isEmpty())
        p.tokenEndpoint = QUrl(endpoint);
    reader.optionalChoice(object, "santedb_version"_L1, p.version, versionNames,
                          u"\"auto\", \"2\" or \"3\""_s);
    reader.optionalChoice(object, "grant"_L1, p.grant, grantNames,
                          u"\"client_credentials\" or \"password\""_s);
    p.username = reader.optionalString(object, "username"_L1);
    reader.optionalChoice(object, "password_mode"_L1, p.passwordMode, passwordModeNames,
                          u"\"stored\" or \"ask\""_s);
    p.facility = reader.optionalString(object, "facility"_L1);
    if (!object.value("scope"_L1).isUndefined())
        p.scope = reader.requiredString(object, "scope"_L1);
    p.clientId = reader.requiredString(object, "client_id"_L1);

    const JsonObjectText::Value deviceValue = object.value("device"_L1);
    if (deviceValue.isObject()) {
        const JsonObjectText device = deviceValue.toObject();
        const QLatin1StringView prefix = "device."_L1;
        const JsonObjectText::Value modeValue = device.value("mode"_L1);
        const std::optional<DeviceMode> mode = parseValueIn(deviceModeNames, modeValue);
        if (mode)
            p.deviceMode = *mode;
        else
            reader.fail(prefix + "mode"_L1,
                        QT_TRANSLATE_NOOP(
                            "sdsm", "%1: \"%2\" must be \"secret\", \"certificate\" or \"none\""));
        p.deviceId = reader.optionalString(device, "id"_L1, prefix);
        p.certificatePath = reader.optionalString(device, "certificate"_L1, prefix);
        p.certificateKeyPath = reader.optionalString(device, "key"_L1, prefix);
    } else if (!deviceValue.isUndefined() && !deviceValue.isNull()) {
        reader.fail("device"_L1, QT_TRANSLATE_NOOP("sdsm", "%1: \"%2\" must be an object or null"));
    }

    p.caFile = reader.optionalString(object, "ca_file"_L1);
    // A pin that does not normalise is kept as written, so validateProfile can refuse it.
    const QString pin = reader.optionalString(object, "pin_sha256"_L1);
    p.pinSha256 = normalizePin(pin).value_or(pin);
    p.allowHttp = reader.optionalBool(object, "allow_http"_L1, false);
    p.note = reader.optionalString(object, "note"_L1);
    const JsonObjectText::Value tagsValue = object.value("tags"_L1);
    if (tagsValue.isArray()) {
        for (const JsonObjectText::Value &tag : tagsValue.toArray()) {
            if (!tag.isString())
                reader.fail("tags"_L1,
                            QT_TRANSLATE_NOOP("sdsm", "%1: \"%2\" must be an array of strings"));
            else
                p.tags.append(tag.toString());
        }
        p.tags = normalizeTags(p.tags);
    } else if (!tagsValue.isUndefined() && !tagsValue.isNull()) {
        reader.fail("tags"_L1, QT_TRANSLATE_NOOP("sdsm", "%1: \"%2\" must be an array of strings"));
    }

    if (reader.failed())
        return reader.error();
    return p;
}

QString checkProfileName(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("sdsm", "the profile name must not be empty");
    if (name.size() > MaxNameLength)
        return QCoreApplication::translate("sdsm",
                                           "the profile name must be at most %1 characters long")
            .arg(MaxNameLength);
    if (containsForbiddenCharacter(name))
        return QCoreApplication::translate("sdsm",
                                           "the profile name must not contain control characters, "
                                           "line breaks or invisible formatting characters");
    if (name.front().isSpace() || name.back().isSpace())
        return QCoreApplication::translate("sdsm",
                                           "the profile name must not start or end with a space");
    return {};
}

QString checkServerUrl(const QString &text)
{
    return checkHttpUrl(text, QCoreApplication::translate("sdsm", "the server URL"));
}

QString checkTokenEndpoint(const QString &text)
{
    if (text.isEmpty())
        return {};
    return checkHttpUrl(text, QCoreApplication::translate("sdsm", "the token endpoint"));
}

QString checkClientId(const QString &clientId)
{
    if (clientId.isEmpty())
        return QCoreApplication::translate("sdsm", "the client_id must not be empty");
    if (containsForbiddenCharacter(clientId))
        return QCoreApplication::translate("sdsm",
                                           "the client_id must not contain control characters, "
                                           "line breaks or invisible formatting characters");
    return {};
}

QString checkDeviceId(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return QCoreApplication::translate("sdsm", "the device id must not be empty");
    if (deviceId.contains(u':'))
        return QCoreApplication::translate("sdsm",
                                           "the device id must not contain ':', because SanteDB "
                                           "splits device credentials at the first ':'");
    if (containsForbiddenCharacter(deviceId))
        return QCoreApplication::translate("sdsm",
                                           "the device id must not contain control characters, "
                                           "line breaks or invisible formatting characters");
    return {};
}

QString checkScope(const QString &scope)
{
    if (scope.isEmpty())
        return QCoreApplication::translate(
            "sdsm", "the scope must not be empty; use * for every scope the application may have");
    if (containsForbiddenCharacter(scope))
        return QCoreApplication::translate("sdsm",
                                           "the scope must not contain control characters, line "
                                           "breaks or invisible formatting characters");
    return {};
}

QString checkUsername(const QString &username)
{
    if (username.isEmpty())
        return QCoreApplication::translate("sdsm", "the password grant needs a user name");
    if (containsForbiddenCharacter(username))
        return QCoreApplication::translate("sdsm",
                                           "the user name must not contain control characters, "
                                           "line breaks or invisible formatting characters");
    return {};
}

QString checkFacility(const QString &facility)
{
    if (facility.isEmpty() || !QUuid::fromString(facility).isNull())
        return {};
    return QCoreApplication::translate("sdsm",
                                       "the facility must be the UUID SanteDB offered, such as "
                                       "6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10");
}

QString checkTag(const QString &tag)
{
    if (tag.isEmpty())
        return QCoreApplication::translate("sdsm", "a tag must not be empty");
    if (tag.size() > MaxNameLength)
        return QCoreApplication::translate("sdsm", "a tag must be at most %1 characters long")
            .arg(MaxNameLength);
    if (containsForbiddenCharacter(tag) || tag.contains(u',') || tag.front().isSpace()
        || tag.back().isSpace())
        return QCoreApplication::translate("sdsm",
                                           "a tag must not contain commas, control characters, "
                                           "invisible formatting characters or surrounding spaces");
    return {};
}

QStringList normalizeTags(QStringList tags)
{
    tags.sort(Qt::CaseInsensitive);
    tags.removeDuplicates();
    return tags;
}

std::optional<QString> normalizePin(const QString &text)
{
    QString pin;
    pin.reserve(64);
    for (const QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        const bool hex = (lower >= u'0' && lower <= u'9') || (lower >= u'a' && lower <= u'f');
        if (!hex)
            return std::nullopt;
        pin.append(lower);
    }
    if (pin.size() != 64)
        return std::nullopt;
    return pin;
}

Result<void> validateProfile(const Profile &profile)
{
    const QString name = quotedName(profile.name);
    auto fail = [&name](const QString &problem) {
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate("sdsm", "profile %1: %2").arg(name, problem));
    };

    if (const QString problem = checkProfileName(profile.name); !problem.isEmpty())
        return fail(problem);
    if (profile.uuid.isNull())
        return fail(QCoreApplication::translate(
            "sdsm", "the profile has no uuid; remove it and add it again"));
    if (const QString problem = checkServerUrl(profile.server.toString()); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = checkTokenEndpoint(profile.tokenEndpoint.toString());
        !problem.isEmpty())
        return fail(problem);
    if (const QString problem = checkClientId(profile.clientId); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = checkScope(profile.scope); !problem.isEmpty())
        return fail(problem);

    switch (profile.deviceMode) {
    case DeviceMode::None:
        break;
    case DeviceMode::Secret:
        if (profile.deviceId.isEmpty())
            return fail(
                QCoreApplication::translate("sdsm", "device mode \"secret\" needs a device id"));
        if (const QString problem = checkDeviceId(profile.deviceId); !problem.isEmpty())
            return fail(problem);
        break;
    case DeviceMode::Certificate:
        if (profile.certificatePath.isEmpty())
            return fail(QCoreApplication::translate(
                "sdsm", "device mode \"certificate\" needs a certificate file"));
        if (profile.server.scheme() != "https"_L1
            || profile.effectiveTokenEndpoint().scheme() != "https"_L1)
            return fail(QCoreApplication::translate("sdsm",
                                                    "a device certificate is presented in the TLS "
                                                    "handshake, so the server must use https"))
                .with({RemedyAction::EditProfileField, u"server"_s});
        break;
    }
    if (profile.grant == GrantType::Password) {
        if (const QString problem = checkUsername(profile.username); !problem.isEmpty())
            return fail(problem).with({RemedyAction::EditProfileField, u"username"_s});
    }
    if (const QString problem = checkFacility(profile.facility); !problem.isEmpty())
        return fail(problem).with({RemedyAction::EditProfileField, u"facility"_s});
    for (const QString &tag : profile.tags) {
        if (const QString problem = checkTag(tag); !problem.isEmpty())
            return fail(problem);
    }

    if (!profile.pinSha256.isEmpty() && normalizePin(profile.pinSha256) != profile.pinSha256)
        return fail(QCoreApplication::translate(
            "sdsm", "the certificate pin must be 64 hexadecimal digits (a SHA-256 digest)"));

    const QUrl endpoint = profile.effectiveTokenEndpoint();
    for (const QUrl &url : {profile.server, endpoint}) {
        if (url.scheme() == "http"_L1 && !isLoopbackHost(url.host()) && !profile.allowHttp) {
            return makeError(
                       ErrorKind::Config,
                       QCoreApplication::translate(
                           "sdsm",
                           "profile %1 uses plain http to %2, which sends credentials unencrypted; "
                           "allow plain http for this profile only if you accept that risk")
                           .arg(name, url.host()))
                .with({RemedyAction::EditProfileField, u"allow_http"_s});
        }
    }
    // Plain http presents no certificate, so a pin there would only suggest a protection
    // that does not exist.
    if (!profile.pinSha256.isEmpty() && profile.server.scheme() == "http"_L1
        && endpoint.scheme() == "http"_L1)
        return fail(QCoreApplication::translate(
            "sdsm",
            "a certificate pin has no effect over plain http; use https or remove the pin"));
    return {};
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == "localhost"_L1)
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

} // namespace sdsm
