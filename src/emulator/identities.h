#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sdsm::emu {

// The SanteDB permission policy OIDs the emulator's decisions depend on (santedb-auth.md §8).
namespace policies {
inline constexpr QLatin1StringView login {"1.3.6.1.4.1.33349.3.1.5.9.2.1"};
inline constexpr QLatin1StringView loginAsService {"1.3.6.1.4.1.33349.3.1.5.9.2.1.0"};
inline constexpr QLatin1StringView oauthLogin {"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0"};
inline constexpr QLatin1StringView clientCredentialsFlow {"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"};
inline constexpr QLatin1StringView clientCredentialsNoDevice {
    "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1.0"};
inline constexpr QLatin1StringView passwordFlow {"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.2"};
inline constexpr QLatin1StringView queryClinicalData {"1.3.6.1.4.1.33349.3.1.5.9.2.2.0"};
inline constexpr QLatin1StringView writeClinicalData {"1.3.6.1.4.1.33349.3.1.5.9.2.2.1"};
inline constexpr QLatin1StringView readClinicalData {"1.3.6.1.4.1.33349.3.1.5.9.2.2.3"};
inline constexpr QLatin1StringView readMetadata {"1.3.6.1.4.1.33349.3.1.5.9.2.4.0"};
inline constexpr QLatin1StringView readPlacesAndOrgs {"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.2.2"};
inline constexpr QLatin1StringView queryPlacesAndOrgs {"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.2.3"};

// Every OID the discovery document advertises besides those the identities hold.
QStringList wellKnown();
} // namespace policies

struct Application
{
    QString clientId;
    QString secret;
    QUuid sid;
    QStringList policies;
    bool locked = false;
};

struct Device
{
    QString deviceId;
    QString secret;
    QUuid sid;
    QStringList policies;
    bool locked = false;
};

// The applications and devices the emulator knows, like the security tables of a real iCDR.
struct Identities
{
    // SanteDB's <allowNodelessClientAuth> (3.x): client_credentials without any device.
    bool allowNodelessClientAuth = true;
    QList<Application> applications;
    QList<Device> devices;

    // Public ids compare case-insensitively, as the ADO identity providers do.
    const Application *findApplication(const QString &clientId) const;
    const Device *findDevice(const QString &deviceId) const;

    static const Identities &builtIn();
    // The --identities file format; on failure returns nullopt and one sentence in *error.
    static std::optional<Identities> fromJson(const QByteArray &json, QString *error);
    // The sid of an identity whose file entry has none: stable across runs and machines.
    static QUuid derivedSid(const QString &name);

private:
    static Identities makeBuiltIn();
};

} // namespace sdsm::emu
