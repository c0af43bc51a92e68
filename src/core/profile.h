#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace sdsm {

// What the user chose for a profile; `Auto` lets the session service detect the generation.
enum class SanteDbVersion { Auto, V2, V3 };
// The protocol generation actually spoken on the wire.
enum class Generation { V2 = 2, V3 = 3 };
enum class DeviceMode { None, Secret, Certificate };
// client_credentials now; the model stays open for the password grant.
enum class GrantType { ClientCredentials, Password };

enum class SecretKind { Client, Device, CertPassword, Session };

QString versionName(SanteDbVersion v); // "auto" | "2" | "3"
std::optional<SanteDbVersion> parseVersion(const QString &text);
QString deviceModeName(DeviceMode m); // "secret" | "certificate" | "none"
std::optional<DeviceMode> parseDeviceMode(const QString &text);
QString grantName(GrantType g); // "client_credentials" | "password"
std::optional<GrantType> parseGrant(const QString &text);
QString secretKindName(SecretKind k); // "client" | "device" | "cert-password" | "session"
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
    QString scope = QStringLiteral("*");
    QString clientId;
    DeviceMode deviceMode = DeviceMode::None;
    QString deviceId; // DeviceMode::Secret
    QString certificatePath; // DeviceMode::Certificate (PKCS#12)
    QString caFile;
    QString pinSha256; // normalised: lower-case hex without colons, or empty
    bool allowHttp = false;
    QString note;

    QUrl effectiveTokenEndpoint() const;
    // The keychain entries this profile can use, in a fixed order (client, device, cert-password).
    QList<SecretKind> usedSecretKinds() const;
    bool uses(SecretKind kind) const;

    // The persisted form inside profiles.json.
    QJsonObject toJson() const;
    static Result<Profile> fromJson(const QJsonObject &object);

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
std::optional<QString> normalizePin(const QString &text); // colons and case ignored; 64 hex digits
// The whole profile: every field check plus cross-field rules (one device choice, plain http).
Result<void> validateProfile(const Profile &profile);

// True for 127.0.0.0/8, ::1 and "localhost": plain http there needs no --allow-http.
bool isLoopbackHost(const QString &host);

} // namespace sdsm
