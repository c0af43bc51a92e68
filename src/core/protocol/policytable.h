// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>

namespace sdsm {

// Names for SanteDB policy OIDs (santedb-auth.md §8). The id_token only carries OIDs in `scope`;
// the names a person recognises live in the server database, so a built-in copy of the seeded
// names lets the CLI and the app label policies without an extra AMI call.
class PolicyTable
{
public:
    // Loaded once from the resource :/sdsm/policies.json; safe to call from any thread.
    static const PolicyTable &builtIn();

    QString nameFor(const QString &oid) const; // empty when unknown
    // "ua.2.0" -> "1.3.6.1.4.1.33349.3.1.5.9.2.2.0" (the <encodeScopes> short form); other
    // values are returned unchanged.
    QString expandOid(const QString &oid) const;
    int size() const;

private:
    PolicyTable();

    QHash<QString, QString> m_names;
};

} // namespace sdsm
