// SPDX-License-Identifier: Apache-2.0
#include "policytable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

Q_LOGGING_CATEGORY(lcPolicyTable, "sdsm.policytable")

// PermissionPolicyIdentifiers root; SanteDB's <encodeScopes> replaces it with "ua".
constexpr auto kPolicyRoot = "1.3.6.1.4.1.33349.3.1.5.9.2"_L1;
constexpr auto kEncodedPrefix = "ua."_L1;

} // namespace

PolicyTable::PolicyTable()
{
    QFile file(u":/sdsm/policies.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        // A missing resource is a packaging bug; labels degrade to bare OIDs instead of failing.
        qCWarning(lcPolicyTable,
                  "The built-in policy table resource is missing; policy names "
                  "will not be shown.");
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcPolicyTable,
                  "The built-in policy table resource is not a JSON object; "
                  "policy names will not be shown.");
        return;
    }
    const QJsonArray policies = doc.object().value("policies"_L1).toArray();
    m_names.reserve(policies.size());
    for (const QJsonValue &entry : policies) {
        const QJsonObject policy = entry.toObject();
        const QString oid = policy.value("oid"_L1).toString();
        const QString name = policy.value("name"_L1).toString();
        if (!oid.isEmpty() && !name.isEmpty())
            m_names.insert(oid, name);
    }
}

const PolicyTable &PolicyTable::builtIn()
{
    static const PolicyTable table;
    return table;
}

QString PolicyTable::nameFor(const QString &oid) const
{
    return m_names.value(expandOid(oid));
}

QString PolicyTable::expandOid(const QString &oid) const
{
    if (oid.size() > kEncodedPrefix.size() && oid.startsWith(kEncodedPrefix))
        return kPolicyRoot + QStringView(oid).mid(kEncodedPrefix.size() - 1);
    return oid;
}

int PolicyTable::size() const
{
    return static_cast<int>(m_names.size());
}

} // namespace sdsm
