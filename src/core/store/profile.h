// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace sdsm {

class JsonObjectText;

// What the user chose for a profile; `Auto` lets the session service detect the generation.
enum class SanteDbVersion { Auto, V2, V3 };
// The protocol generation actually spoken on the wire.
enum class Generation { V2 = 2, V3 = 3 };
enum class DeviceMode { None, Secret, Certificate };
// How the profile's sessions are granted: an application (and device) on its own, or a user.
enum class GrantType { ClientCredentials, Password };
// Password grant: the password lives in the keychain, or is asked each time and never stored.
enum class PasswordMode { Stored, Ask };

enum class SecretKind { Client, Device, CertPassword, Password, Session };

QString versionName(SanteDbVersion v); // "auto" | "2" | "3"
std::optional<SanteDbVersion> parseVersion(const QString &text);
// The generation a profile's setting fixes; nullopt for auto (detected on the wire).
std::optional<Generation> fixedGeneration(SanteDbVersion version);
QString deviceModeName(DeviceMode m); // "secret" | "certificate" | "none"
std::optional<DeviceMode> parseDeviceMode(const QString &text);
QString grantName(GrantType g); // "client_credentials" | "password"
std::optional<GrantType> parseGrant(const QString &text);
QString passwordModeName(PasswordMode m); // "stored" | "ask"
std::optional<PasswordMode> parsePasswordMode(const QString &text);
// "client" | "device" | "cert-password" | "password" | "session"
QString secretKindName(SecretKind k);
std::optional<SecretKind> parseSecretKind(const QString &text);
QString secretKindLabel(SecretKind k); // "client secret", "device secret", ... for sentences

// The non-secret settings of one SanteDB identity pair (application + device).
struct Profile
{
    QUuid uuid; // stable: keys the keychain entries; survives renames
    QString name;
    QUrl server; // root, e.g. http://mpi-test.local:8080
    QUrl tokenEndpoint; // empty: <server>/auth/oauth2_token
    SanteDbVersion version = SanteDbVersion::Auto;
    GrantType grant = GrantType::ClientCredentials;
    QString username; // GrantType::Password
    PasswordMode passwordMode = PasswordMode::Stored; // GrantType::Password
    QString facility; // a remembered facility UUID sent with the first request, or empty
    QString scope = QStringLiteral("*");
    QString clientId;
    DeviceMode deviceMode = DeviceMode::None;
    QString deviceId; // DeviceMode::Secret
    // DeviceMode::Certificate: a PKCS#12 file, or a PEM certificate with its PEM key file.
    QString certificatePath;
    QString certificateKeyPath; // empty for PKCS#12
    QString caFile;
    QString pinSha256; // normalised: lower-case hex without colons, or empty
    bool allowHttp = false;
    QString note;
    QStringList tags; // for grouping and `--tag`; sorted, unique

    QUrl effectiveTokenEndpoint() const;
    // effectiveTokenEndpoint().toString(), given `serverText`, which is server.toString(): for
    // the usual server URL (http or https, a path of letters, digits and "-._~/" only, no query
    // or fragment) it is that text with the path's end changed, without the two more URL
    // operations per profile that cost a long list a tenth of its time.
    QString effectiveTokenEndpointText(const QString &serverText) const;
    // The keychain entries this profile can use, in a fixed order (client, device,
    // cert-password, password); the session entry is not a credential and is not listed.
    QList<SecretKind> usedSecretKinds() const;
    bool uses(SecretKind kind) const;
    // True when the profile carries one of `tags` (exactly as written).
    bool hasAnyTag(const QStringList &tags) const;
    // Why the profile has no use for a secret of this kind (one sentence), or empty when it does.
    QString whyUnused(SecretKind kind) const;
    // The credentials a session cannot be had without, for the generation the server speaks
    // (nullopt: not known yet). A 3.x device lets the application act on its behalf, so its
    // client secret is optional there; a password asked each time is never stored.
    QList<SecretKind> requiredSecretKinds(std::optional<Generation> generation) const;

    // The persisted form inside profiles.json.
    QJsonObject toJson() const;
    static Result<Profile> fromJson(const QJsonObject &object);
    // The same from an entry's text, which must be a well-formed JSON object (as
    // ProfileListReader hands them out): no QJsonDocument is built.
    static Result<Profile> fromJsonText(QByteArrayView text);
    // The same from an entry's members, as ProfileListReader found them.
    static Result<Profile> fromJsonObject(const JsonObjectText &object);

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Field checks shared by the CLI and the desktop editor's inline validation.
// Each returns an empty string when the value is acceptable, else one sentence.
QString checkProfileName(const QString &name);
QString checkServerUrl(const QString &text);
QString checkTokenEndpoint(const QString &text); // empty text is fine (default)
QString checkClientId(const QString &clientId);
QString checkDeviceId(const QString &deviceId); // refuses ':' and control characters
QString checkScope(const QString &scope);
QString checkUsername(const QString &username);
QString checkFacility(const QString &facility); // empty is fine; else a UUID
QString checkTag(const QString &tag);
QStringList normalizeTags(QStringList tags); // sorted case-insensitively, duplicates removed
std::optional<QString> normalizePin(const QString &text); // colons and case ignored; 64 hex digits
// The whole profile: every field check plus cross-field rules (one device choice, plain http).
Result<void> validateProfile(const Profile &profile);

// True for 127.0.0.0/8, ::1 and "localhost": plain http there needs no --allow-http.
bool isLoopbackHost(const QString &host);

} // namespace sdsm
