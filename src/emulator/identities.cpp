// SPDX-License-Identifier: Apache-2.0
#include "identities.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace policies {
const QList<Named> &standard()
{
    // The project's one copy of santedb-auth.md §8, compiled into this library as a resource so
    // the emulator stays free of the core library.
    static const QList<Named> table = [] {
        QList<Named> list;
        QFile file(u":/sdsm_emulator/policies.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray entries =
            QJsonDocument::fromJson(file.readAll()).object().value(u"policies"_s).toArray();
        for (const QJsonValue &entry : entries)
            list.append({entry[u"oid"_s].toString(), entry[u"name"_s].toString()});
        return list;
    }();
    return table;
}
} // namespace policies

namespace {

// Fixed namespace so that a name always maps to the same sid, whatever file it came from.
const QUuid sidNamespace {u"6f1e53c4-2b8e-4f64-9a4e-5d2b7c7f0e11"_s};

template<typename T>
const T *findByName(const QList<T> &list, const QString &name, QString T::*field)
{
    for (const T &item : list) {
        if ((item.*field).compare(name, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

// Reads one JSON member with the file's error wording; every reader returns false after
// writing one sentence to *error.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    { }

    bool onlyMembers(const QStringList &allowed)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(u" has the unknown member \""_s % it.key() % u"\"; allowed are "_s
                            % allowed.join(u", "_s) % u'.');
        }
        return true;
    }

    bool name(const QString &key, QString *out)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString() || value.toString().isEmpty())
            return fail(u" needs a non-empty string \""_s % key % u"\"."_s);
        *out = value.toString();
        m_where += u" (\""_s % *out % u"\")"_s;
        return true;
    }

    bool string(const QString &key, bool required, QString *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return true;
        if (!value.isString())
            return fail(u" needs a string \""_s % key % u"\"."_s);
        *out = value.toString();
        return true;
    }

    bool sid(const QString &name, QUuid *out)
    {
        const QJsonValue value = m_object.value(u"sid"_s);
        if (value.isUndefined()) {
            *out = Identities::derivedSid(name);
            return true;
        }
        return uuid(value, u"a \"sid\""_s, out);
    }

    bool uuid(const QJsonValue &value, const QString &what, QUuid *out)
    {
        *out = QUuid::fromString(value.toString());
        if (out->isNull())
            return fail(u" has "_s % what
                        % u" that is not a UUID; write it as "
                          u"\"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"."_s);
        return true;
    }

    bool strings(const QString &key, const QString &what, QStringList *out)
    {
        const QJsonValue list = m_object.value(key);
        if (list.isUndefined())
            return true;
        if (!list.isArray())
            return fail(u" has \""_s % key % u"\" that is not an array of "_s % what % u"s."_s);
        for (const QJsonValue &item : list.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return fail(u" has an entry in \""_s % key % u"\" that is not a non-empty "_s % what
                            % u'.');
            if (!out->contains(item.toString()))
                out->append(item.toString());
        }
        return true;
    }

    bool flag(const QString &key, bool *out)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isBool())
            return fail(u" has \""_s % key % u"\" that is not true or false."_s);
        *out = value.toBool(false);
        return true;
    }

    bool facilities(QList<Facility> *out)
    {
        const QJsonValue list = m_object.value(u"facilities"_s);
        if (list.isUndefined())
            return true;
        if (!list.isArray())
            return fail(u" has \"facilities\" that is not an array of {\"id\", \"name\"}."_s);
        for (const QJsonValue &item : list.toArray()) {
            const QJsonObject facility = item.toObject();
            Facility parsed;
            if (!item.isObject() || !facility.value(u"name"_s).isString()
                || facility.value(u"name"_s).toString().isEmpty() || facility.size() != 2)
                return fail(u" has a facility that is not {\"id\": \"<uuid>\", \"name\": "
                            u"\"<non-empty>\"}."_s);
            if (!uuid(facility.value(u"id"_s), u"a facility id"_s, &parsed.id))
                return false;
            parsed.name = facility.value(u"name"_s).toString();
            out->append(parsed);
        }
        return true;
    }

private:
    bool fail(const QString &text)
    {
        *m_error = m_where % text;
        return false;
    }

    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

bool readApplication(const QJsonObject &object, const QString &where, Application *out,
                     QString *error)
{
    EntryReader reader(object, where, error);
    return reader.onlyMembers({u"client_id"_s, u"secret"_s, u"sid"_s, u"policies"_s, u"locked"_s})
        && reader.name(u"client_id"_s, &out->clientId)
        && reader.string(u"secret"_s, true, &out->secret) && reader.sid(out->clientId, &out->sid)
        && reader.strings(u"policies"_s, u"OID string"_s, &out->policies)
        && reader.flag(u"locked"_s, &out->locked);
}

bool readDevice(const QJsonObject &object, const QString &where, Device *out, QString *error)
{
    EntryReader reader(object, where, error);
    return reader.onlyMembers({u"device_id"_s, u"secret"_s, u"sid"_s, u"policies"_s, u"locked"_s})
        && reader.name(u"device_id"_s, &out->deviceId)
        && reader.string(u"secret"_s, true, &out->secret) && reader.sid(out->deviceId, &out->sid)
        && reader.strings(u"policies"_s, u"OID string"_s, &out->policies)
        && reader.flag(u"locked"_s, &out->locked);
}

bool readUser(const QJsonObject &object, const QString &where, User *out, QString *error)
{
    EntryReader reader(object, where, error);
    return reader.onlyMembers({u"username"_s, u"password"_s, u"sid"_s, u"policies"_s, u"roles"_s,
                               u"locked"_s, u"password_expired"_s, u"mfa_code"_s, u"facilities"_s})
        && reader.name(u"username"_s, &out->username)
        && reader.string(u"password"_s, true, &out->password)
        && reader.sid(out->username, &out->sid)
        && reader.strings(u"policies"_s, u"OID string"_s, &out->policies)
        && reader.strings(u"roles"_s, u"role name"_s, &out->roles)
        && reader.flag(u"locked"_s, &out->locked)
        && reader.flag(u"password_expired"_s, &out->passwordExpired)
        && reader.string(u"mfa_code"_s, false, &out->mfaCode)
        && reader.facilities(&out->facilities);
}

bool readSitePolicy(const QJsonObject &object, const QString &where, policies::Named *out,
                    QString *error)
{
    EntryReader reader(object, where, error);
    return reader.onlyMembers({u"oid"_s, u"name"_s}) && reader.name(u"oid"_s, &out->oid)
        && reader.name(u"name"_s, &out->name);
}

// Reads one array member of the root; every entry must be an object with a unique name.
template<typename T, typename Read>
bool readList(const QJsonObject &root, const QString &listKey, QString T::*nameField, Read read,
              QList<T> *out, QString *error)
{
    const QJsonValue list = root.value(listKey);
    if (list.isUndefined())
        return true;
    if (!list.isArray()) {
        *error = u"The member \""_s % listKey % u"\" is not a JSON array."_s;
        return false;
    }
    QSet<QString> seen;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = listKey % u'[' % QString::number(i) % u']';
        if (!entries.at(i).isObject()) {
            *error = where % u" is not a JSON object."_s;
            return false;
        }
        T entry;
        if (!read(entries.at(i).toObject(), where, &entry, error))
            return false;
        const QString key = (entry.*nameField).toCaseFolded();
        if (seen.contains(key)) {
            *error = u"The name \""_s % entry.*nameField % u"\" appears twice in \""_s % listKey
                % u"\"; names are case-insensitive and must be unique."_s;
            return false;
        }
        seen.insert(key);
        out->append(entry);
    }
    return true;
}

} // namespace

const Facility *User::findFacility(const QUuid &id) const
{
    for (const Facility &facility : facilities) {
        if (facility.id == id)
            return &facility;
    }
    return nullptr;
}

const Application *Identities::findApplication(const QString &clientId) const
{
    return findByName(applications, clientId, &Application::clientId);
}

const Device *Identities::findDevice(const QString &deviceId) const
{
    return findByName(devices, deviceId, &Device::deviceId);
}

const User *Identities::findUser(const QString &username) const
{
    return findByName(users, username, &User::username);
}

const Device *Identities::findDeviceBySid(const QUuid &sid) const
{
    for (const Device &device : devices) {
        if (device.sid == sid)
            return &device;
    }
    return nullptr;
}

QUuid Identities::derivedSid(const QString &name)
{
    return QUuid::createUuidV5(sidNamespace, name);
}

const Identities &Identities::builtIn()
{
    // Built once and shared, so a pointer from the find functions stays valid.
    static const Identities identities = makeBuiltIn();
    return identities;
}

Identities Identities::makeBuiltIn()
{
    using namespace policies;
    const QStringList clinicalApp {login,
                                   loginAsService,
                                   oauthLogin,
                                   clientCredentialsFlow,
                                   passwordFlow,
                                   readMetadata,
                                   queryClinicalData,
                                   readClinicalData,
                                   writeClinicalData,
                                   siteImmunizationRegistry};
    const QStringList clinicalDevice {login,
                                      loginAsService,
                                      oauthLogin,
                                      clientCredentialsFlow,
                                      passwordFlow,
                                      readMetadata,
                                      queryClinicalData,
                                      readClinicalData,
                                      writeClinicalData,
                                      readPlacesAndOrgs,
                                      queryPlacesAndOrgs,
                                      siteImmunizationRegistry};
    const QStringList clerk {login,
                             oauthLogin,
                             passwordFlow,
                             passwordNoDevice,
                             readMetadata,
                             queryClinicalData,
                             readClinicalData,
                             writeClinicalData,
                             readPlacesAndOrgs,
                             queryPlacesAndOrgs,
                             siteImmunizationRegistry};
    const auto app = [](const QString &name, const QString &secret, const QStringList &granted,
                        bool locked) {
        return Application {name, secret, derivedSid(name), granted, locked};
    };
    const auto device = [](const QString &name, const QString &secret, const QStringList &granted,
                           bool locked) {
        return Device {name, secret, derivedSid(name), granted, locked};
    };
    // SanteDB's sample data gives every user the password Mohawk123; so does the emulator.
    const auto user = [&clerk](const QString &name) {
        User u;
        u.username = name;
        u.password = u"Mohawk123"_s;
        u.sid = derivedSid(name);
        u.policies = clerk;
        u.roles = QStringList {u"CLINICAL_STAFF"_s, u"USERS"_s};
        return u;
    };

    Identities identities;
    identities.applications = {
        app(u"EXAMPLE_APPLICATION"_s, u"4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV"_s, clinicalApp,
            false),
        app(u"fiddler"_s, u"fiddler"_s,
            {login, loginAsService, oauthLogin, clientCredentialsFlow, clientCredentialsNoDevice,
             passwordFlow, passwordNoDevice, readMetadata, queryClinicalData, readClinicalData,
             writeClinicalData, siteImmunizationRegistry},
            false),
        app(u"NO_FLOW_APP"_s, u"no-flow-secret"_s,
            {login, loginAsService, oauthLogin, readMetadata, queryClinicalData}, false),
        app(u"LOCKED_APP"_s, u"locked-app-secret"_s,
            clinicalApp + QStringList {clientCredentialsNoDevice}, true),
    };
    identities.devices = {
        device(u"EXAMPLE_DEVICE_NODE"_s, u"qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"_s, clinicalDevice,
               false),
        device(u"LOCKED_DEVICE"_s, u"locked-device-secret"_s, clinicalDevice, true),
    };

    User mfa = user(u"bob"_s);
    mfa.mfaCode = u"424242"_s;
    User chooser = user(u"chioma"_s);
    chooser.facilities = {
        {QUuid(u"c4cded32-b12c-4977-bc6a-aafe55408760"_s), u"Good Health Hospital"_s},
        {QUuid(u"c0bc2ec5-62b6-4014-9f2d-b420c9d6c709"_s), u"Elbonia Central Clinic"_s}};
    User expired = user(u"dmitri"_s);
    expired.passwordExpired = true;
    User locked = user(u"evelyn"_s);
    locked.locked = true;
    identities.users = {user(u"allison"_s), mfa, chooser, expired, locked};
    identities.sitePolicies = {{siteImmunizationRegistry, u"Access Immunization Registry"_s}};
    return identities;
}

std::optional<Identities> Identities::fromJson(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        message = u"The identities are not valid JSON ("_s % parseError.errorString()
            % u" at byte "_s % QString::number(parseError.offset) % u")."_s;
        return std::nullopt;
    }
    if (!document.isObject()) {
        message = u"The identities must be a JSON object with \"applications\", \"devices\" and "
                  u"\"users\" arrays."_s;
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QStringList allowed {u"allow_nodeless_client_auth"_s, u"applications"_s, u"devices"_s,
                               u"users"_s, u"site_policies"_s};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!allowed.contains(it.key())) {
            message = u"The identities have the unknown member \""_s % it.key()
                % u"\"; allowed are "_s % allowed.join(u", "_s) % u'.';
            return std::nullopt;
        }
    }
    Identities identities;
    const QJsonValue nodeless = root.value(u"allow_nodeless_client_auth"_s);
    if (!nodeless.isUndefined() && !nodeless.isBool()) {
        message = u"The member \"allow_nodeless_client_auth\" must be true or false."_s;
        return std::nullopt;
    }
    identities.allowNodelessClientAuth = nodeless.toBool(true);
    if (!readList(root, u"applications"_s, &Application::clientId, readApplication,
                  &identities.applications, &message)
        || !readList(root, u"devices"_s, &Device::deviceId, readDevice, &identities.devices,
                     &message)
        || !readList(root, u"users"_s, &User::username, readUser, &identities.users, &message)
        || !readList(root, u"site_policies"_s, &policies::Named::oid, readSitePolicy,
                     &identities.sitePolicies, &message))
        return std::nullopt;
    return identities;
}

} // namespace sdsm::emu
