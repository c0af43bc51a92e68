#include "identities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace policies {
QStringList wellKnown()
{
    return {
        u"1.3.6.1.4.1.33349.3.1.5.9.2"_s,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.0"_s,
        login,
        loginAsService,
        oauthLogin,
        clientCredentialsFlow,
        clientCredentialsNoDevice,
        passwordFlow,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.2.0"_s,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.1"_s,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.2"_s,
        queryClinicalData,
        writeClinicalData,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.2.2"_s,
        readClinicalData,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.4"_s,
        readMetadata,
        readPlacesAndOrgs,
        queryPlacesAndOrgs,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.10"_s,
        u"1.3.6.1.4.1.33349.3.1.5.9.2.999"_s,
    };
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

struct EntryFields
{
    QString name;
    QString secret;
    QUuid sid;
    QStringList policies;
    bool locked = false;
};

bool readEntry(const QJsonValue &value, const QString &nameKey, const QString &where,
               EntryFields *out, QString *error)
{
    if (!value.isObject()) {
        *error = where % u" is not a JSON object; write it as {\""_s % nameKey
            % u"\": ..., \"secret\": ...}."_s;
        return false;
    }
    const QJsonObject object = value.toObject();
    const QStringList allowed {nameKey, u"secret"_s, u"sid"_s, u"policies"_s, u"locked"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = where % u" has the unknown member \""_s % it.key() % u"\"; allowed are "_s
                % allowed.join(u", "_s) % u'.';
            return false;
        }
    }
    const QJsonValue name = object.value(nameKey);
    if (!name.isString() || name.toString().isEmpty()) {
        *error = where % u" needs a non-empty string \""_s % nameKey % u"\"."_s;
        return false;
    }
    out->name = name.toString();
    const QJsonValue secret = object.value(u"secret"_s);
    if (!secret.isString()) {
        *error = where % u" (\""_s % out->name % u"\") needs a string \"secret\"."_s;
        return false;
    }
    out->secret = secret.toString();
    const QJsonValue sid = object.value(u"sid"_s);
    if (sid.isUndefined()) {
        out->sid = Identities::derivedSid(out->name);
    } else {
        out->sid = QUuid::fromString(sid.toString());
        if (out->sid.isNull()) {
            *error = where % u" (\""_s % out->name
                % u"\") has a \"sid\" that is not a UUID; write it as "
                  u"\"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\" or leave it out."_s;
            return false;
        }
    }
    const QJsonValue policyList = object.value(u"policies"_s);
    if (!policyList.isUndefined() && !policyList.isArray()) {
        *error = where % u" (\""_s % out->name
            % u"\") has \"policies\" that is not an array of OID strings."_s;
        return false;
    }
    for (const QJsonValue &policy : policyList.toArray()) {
        if (!policy.isString() || policy.toString().isEmpty()) {
            *error = where % u" (\""_s % out->name
                % u"\") has a policy that is not a non-empty OID string."_s;
            return false;
        }
        if (!out->policies.contains(policy.toString()))
            out->policies.append(policy.toString());
    }
    const QJsonValue locked = object.value(u"locked"_s);
    if (!locked.isUndefined() && !locked.isBool()) {
        *error = where % u" (\""_s % out->name % u"\") has \"locked\" that is not true or false."_s;
        return false;
    }
    out->locked = locked.toBool(false);
    return true;
}

bool readList(const QJsonObject &root, const QString &listKey, const QString &nameKey,
              QList<EntryFields> *out, QString *error)
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
        EntryFields fields;
        const QString where = listKey % u'[' % QString::number(i) % u']';
        if (!readEntry(entries.at(i), nameKey, where, &fields, error))
            return false;
        const QString key = fields.name.toCaseFolded();
        if (seen.contains(key)) {
            *error = u"The name \""_s % fields.name % u"\" appears twice in \""_s % listKey
                % u"\"; names are case-insensitive and must be unique."_s;
            return false;
        }
        seen.insert(key);
        out->append(fields);
    }
    return true;
}

} // namespace

const Application *Identities::findApplication(const QString &clientId) const
{
    return findByName(applications, clientId, &Application::clientId);
}

const Device *Identities::findDevice(const QString &deviceId) const
{
    return findByName(devices, deviceId, &Device::deviceId);
}

QUuid Identities::derivedSid(const QString &name)
{
    return QUuid::createUuidV5(sidNamespace, name);
}

const Identities &Identities::builtIn()
{
    // Built once and shared, so a pointer from findApplication()/findDevice() stays valid.
    static const Identities identities = makeBuiltIn();
    return identities;
}

Identities Identities::makeBuiltIn()
{
    using namespace policies;
    const QStringList clinicalApp {
        login,        loginAsService,    oauthLogin,       clientCredentialsFlow,
        readMetadata, queryClinicalData, readClinicalData, writeClinicalData};
    const QStringList clinicalDevice {login,
                                      loginAsService,
                                      oauthLogin,
                                      clientCredentialsFlow,
                                      readMetadata,
                                      queryClinicalData,
                                      readClinicalData,
                                      writeClinicalData,
                                      readPlacesAndOrgs,
                                      queryPlacesAndOrgs};
    const auto app = [](const QString &name, const QString &secret, const QStringList &granted,
                        bool locked) {
        return Application {name, secret, derivedSid(name), granted, locked};
    };
    const auto device = [](const QString &name, const QString &secret, const QStringList &granted,
                           bool locked) {
        return Device {name, secret, derivedSid(name), granted, locked};
    };

    Identities identities;
    identities.applications = {
        app(u"EXAMPLE_APPLICATION"_s, u"4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV"_s, clinicalApp,
            false),
        app(u"fiddler"_s, u"fiddler"_s,
            {login, loginAsService, oauthLogin, clientCredentialsFlow, clientCredentialsNoDevice,
             passwordFlow, readMetadata, queryClinicalData, readClinicalData},
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
        message =
            u"The identities must be a JSON object with \"applications\" and \"devices\" arrays."_s;
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QStringList allowed {u"allow_nodeless_client_auth"_s, u"applications"_s, u"devices"_s};
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

    QList<EntryFields> apps;
    QList<EntryFields> devices;
    if (!readList(root, u"applications"_s, u"client_id"_s, &apps, &message)
        || !readList(root, u"devices"_s, u"device_id"_s, &devices, &message))
        return std::nullopt;
    for (const EntryFields &f : apps)
        identities.applications.append(Application {f.name, f.secret, f.sid, f.policies, f.locked});
    for (const EntryFields &f : devices)
        identities.devices.append(Device {f.name, f.secret, f.sid, f.policies, f.locked});
    return identities;
}

} // namespace sdsm::emu
