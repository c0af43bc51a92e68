// SPDX-License-Identifier: Apache-2.0
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
inline constexpr QLatin1StringView passwordNoDevice {"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.2.0"};
inline constexpr QLatin1StringView queryClinicalData {"1.3.6.1.4.1.33349.3.1.5.9.2.2.0"};
inline constexpr QLatin1StringView writeClinicalData {"1.3.6.1.4.1.33349.3.1.5.9.2.2.1"};
inline constexpr QLatin1StringView readClinicalData {"1.3.6.1.4.1.33349.3.1.5.9.2.2.3"};
inline constexpr QLatin1StringView readMetadata {"1.3.6.1.4.1.33349.3.1.5.9.2.4.0"};
inline constexpr QLatin1StringView readPlacesAndOrgs {"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.2.2"};
inline constexpr QLatin1StringView queryPlacesAndOrgs {"1.3.6.1.4.1.33349.3.1.5.9.2.4.0.2.3"};
// A policy of the built-in site, outside SanteDB's own table: only AMI can name it.
inline constexpr QLatin1StringView siteImmunizationRegistry {"1.3.6.1.4.1.99999.4.1"};

// The XSPA claim a user names their facility with (X-SanteDBClient-Claim, santedb-auth.md §3.4).
inline constexpr QLatin1StringView facilityClaim {"urn:oasis:names:tc:xspa:1.0:subject:facility"};

struct Named
{
    QString oid;
    QString name;
};

// SanteDB's standard policies with their seeded names (santedb-auth.md §8).
const QList<Named> &standard();
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

struct Facility
{
    QUuid id;
    QString name;
};

struct User
{
    QString username;
    QString password;
    QUuid sid;
    QStringList policies;
    QStringList roles;
    bool locked = false;
    bool passwordExpired = false;
    QString mfaCode; // empty: no second factor
    QList<Facility> facilities; // empty: no facility to choose

    const Facility *findFacility(const QUuid &id) const;
};

// The applications, devices and users the emulator knows, like the security tables of a real
// iCDR, and the extra policies its AMI names.
struct Identities
{
    // SanteDB's <allowNodelessClientAuth> (3.x): client_credentials without any device.
    bool allowNodelessClientAuth = true;
    QList<Application> applications;
    QList<Device> devices;
    QList<User> users;
    QList<policies::Named> sitePolicies;

    // Names compare case-insensitively, as the ADO identity providers do.
    const Application *findApplication(const QString &clientId) const;
    const Device *findDevice(const QString &deviceId) const;
    const User *findUser(const QString &username) const;
    const Device *findDeviceBySid(const QUuid &sid) const;

    static const Identities &builtIn();
    // The --identities file format; on failure returns nullopt and one sentence in *error.
    static std::optional<Identities> fromJson(const QByteArray &json, QString *error);
    // The sid of an identity whose file entry has none: stable across runs and machines.
    static QUuid derivedSid(const QString &name);

private:
    static Identities makeBuiltIn();
};

} // namespace sdsm::emu
