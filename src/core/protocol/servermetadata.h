// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "discovery.h"
#include "httptransport.h"
#include "job.h"
#include "jwks.h"
#include "profile.h"
#include "servercache.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdsm {

// How hard to try for a server's signing keys: `token`, `header` and `curl` stay lean and use
// what is cached; `login`, `session`, `check` and the app may fetch; an unknown kid asks for a
// fresh copy once.
enum class KeyFetch { CachedOnly, FetchIfMissing, Refetch };

struct SigningKeys
{
    std::optional<QList<Jwk>> keys; // nullopt: none could be had
    QString problem; // why not, one clause; empty when keys were had
};

// A policy's name and where it came from: "server" (AMI SecurityPolicy, cached), "built_in"
// (SanteDB's seeded names shipped with the product) or empty (unknown).
struct PolicyName
{
    QString name;
    QString source;
};

// Fetches and caches what a server publishes about itself: discovery, keys, policy names.
// Every request goes through the injected transport with the profile's TLS options; nothing
// here sends a credential except the session's own bearer token to the policy lookup.
class ServerMetadata : public QObject
{
    Q_OBJECT

public:
    ServerMetadata(HttpTransport &transport, ServerCache &cache, QObject *parent = nullptr);

    // The server's discovery document: the cached one while fresh, else fetched (and cached).
    // nullopt when the server has none that is usable.
    Job<std::optional<DiscoveryDocument>> *discovery(const Profile &profile,
                                                     const TransportOptions &options);

    // The JWKS location comes from discovery's jwks_uri when it is on the server's origin, else
    // <root>/auth/jwks (SanteDB's path).
    Job<SigningKeys> *signingKeys(const Profile &profile, const TransportOptions &options,
                                  KeyFetch fetch);

    // Names for `oids`: the server's (cached for 18 h; GET <root>/ami/SecurityPolicy with the
    // session's bearer when an OID is unknown or the names are stale), else the built-in table.
    // Never fails: a refused or unreachable lookup falls back, with `note` saying so.
    struct Names
    {
        QHash<QString, PolicyName> names;
        QString note; // e.g. "the server refused the policy lookup (HTTP 403)"
    };
    Job<Names> *policyNames(const Profile &profile, const TransportOptions &options,
                            const QString &accessToken, const QStringList &oids);

    static QUrl policyUrl(const QUrl &server);

private:
    void fetchJwks(Job<SigningKeys> *job, const Profile &profile, const TransportOptions &options,
                   const QUrl &url, bool fromDiscovery);
    Names namesFromCache(const Profile &profile, const QStringList &oids) const;

    HttpTransport &m_transport;
    ServerCache &m_cache;
    // The jobs waiting for a key fetch in flight, by server and TLS options.
    QHash<QString, QList<QPointer<Job<SigningKeys>>>> m_keyFetches;
};

} // namespace sdsm
