// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace sdsm {

// What the product learns from a server that is not secret and worth keeping between commands
// (santedb-auth.md §11.1, §8): its discovery document, its JSON Web Key Set and the names of its
// policies, one file per server under <data>/servers/. SanteDB's own client keeps discovery and
// keys for 18 h; so does this cache. Writes are atomic and owner-only; a damaged or missing
// file reads as empty (it holds nothing that cannot be fetched again).
class ServerCache
{
public:
    static constexpr qint64 FreshSeconds = 18 * 3600;

    // A bytes document and when it was fetched.
    struct Document
    {
        QByteArray bytes;
        QDateTime fetchedAt; // UTC
    };
    struct PolicyNames
    {
        QHash<QString, QString> names; // OID -> name
        QDateTime fetchedAt; // UTC; invalid when never fetched
    };

    // `clock` must outlive the cache.
    ServerCache(QString directory, const Clock &clock);

    std::optional<Document> discovery(const QUrl &server) const;
    std::optional<Document> jwks(const QUrl &server) const;
    PolicyNames policyNames(const QUrl &server) const;
    bool isFresh(const QDateTime &fetchedAt) const;

    Result<void> storeDiscovery(const QUrl &server, const QByteArray &document);
    Result<void> storeJwks(const QUrl &server, const QByteArray &document);
    // Merges with the names already known, so a lookup of a few OIDs keeps the rest.
    Result<void> storePolicyNames(const QUrl &server, const QHash<QString, QString> &names,
                                  bool complete);

    // The file that holds a server's entries ("<directory>/<sha256 of the server root>.json").
    QString fileFor(const QUrl &server) const;

private:
    QJsonObject read(const QUrl &server) const;
    Result<void> change(const QUrl &server, const std::function<void(QJsonObject &)> &edit);

    QString m_directory;
    const Clock &m_clock;
};

} // namespace sdsm
