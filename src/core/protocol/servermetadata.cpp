// SPDX-License-Identifier: Apache-2.0
#include "servermetadata.h"

#include "discovery.h"
#include "policytable.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

HttpRequest get(const QUrl &url, const QByteArray &bearer = {})
{
    HttpRequest request;
    request.verb = "GET"_ba;
    request.url = url;
    request.headers = {{"Accept"_ba, "application/json"_ba}};
    if (!bearer.isEmpty())
        request.headers.append({"Authorization"_ba, "Bearer "_ba + bearer});
    return request;
}

QString statusProblem(const QString &what, const HttpAnswer &answer)
{
    return QCoreApplication::translate("sdsm", "the %1 request got HTTP %2")
        .arg(what, QString::number(answer.status));
}

} // namespace

ServerMetadata::ServerMetadata(HttpTransport &transport, ServerCache &cache, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_cache(cache)
{ }

QUrl ServerMetadata::policyUrl(const QUrl &server)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/ami/SecurityPolicy"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Job<SigningKeys> *ServerMetadata::signingKeys(const Profile &profile,
                                              const TransportOptions &options, KeyFetch fetch)
{
    auto *job = new Job<SigningKeys>;
    if (fetch != KeyFetch::Refetch) {
        if (const auto cached = m_cache.jwks(profile.server);
            cached && m_cache.isFresh(cached->fetchedAt)) {
            if (auto keys = parseJwks(cached->bytes); keys.ok()) {
                job->finish(SigningKeys {std::move(keys).value(), {}});
                return job;
            }
        }
    }
    if (fetch == KeyFetch::CachedOnly) {
        job->finish(SigningKeys {
            std::nullopt,
            QCoreApplication::translate("sdsm", "the server's keys are not cached yet")});
        return job;
    }
    // Attempts that want the same server's keys at once (a check of many identities) share one
    // fetch.
    const QString key =
        QStringList {profile.server.toString(), options.caFile, options.pinSha256,
                     options.trustedSha256, options.noProxy ? u"direct"_s : QString()}
            .join(u'\n');
    QList<QPointer<Job<SigningKeys>>> &waiting = m_keyFetches[key];
    waiting.append(job);
    if (waiting.size() > 1)
        return job;
    auto *shared = new Job<SigningKeys>;
    shared->then(this, [this, key](Result<SigningKeys> keys) {
        for (const QPointer<Job<SigningKeys>> &waiter : m_keyFetches.take(key)) {
            if (waiter)
                waiter->finish(keys);
        }
    });
    // Discovery says where the keys are; SanteDB's own path otherwise.
    discovery(profile, options)
        ->then(shared,
               [this, shared, profile, options](Result<std::optional<DiscoveryDocument>> d) {
                   const QUrl santedbPath = authUrlFor(profile.server, u"/jwks"_s);
                   if (d.ok() && d.value() && !d.value()->jwksUri.isEmpty()
                       && sameOrigin(d.value()->jwksUri, profile.server)
                       && d.value()->jwksUri != santedbPath)
                       return fetchJwks(shared, profile, options, d.value()->jwksUri, true);
                   // Where discovery names SanteDB's own path, that is the one request: a failed
                   // answer is never asked for again.
                   fetchJwks(shared, profile, options, santedbPath, false);
               });
    return job;
}

Job<std::optional<DiscoveryDocument>> *ServerMetadata::discovery(const Profile &profile,
                                                                 const TransportOptions &options)
{
    auto *job = new Job<std::optional<DiscoveryDocument>>;
    if (const auto cached = m_cache.discovery(profile.server);
        cached && m_cache.isFresh(cached->fetchedAt)) {
        if (auto parsed = parseDiscovery(cached->bytes); parsed.ok()) {
            job->finish(std::optional(std::move(parsed).value()));
            return job;
        }
    }
    m_transport.send(get(discoveryUrlFor(profile.server)), options)
        ->then(job, [this, job, profile](Result<HttpAnswer> answer) {
            if (answer.ok() && answer.value().status == 200) {
                if (auto parsed = parseDiscovery(answer.value().body); parsed.ok()) {
                    // A cache that cannot be written only costs a fetch next time.
                    (void)m_cache.storeDiscovery(profile.server, answer.value().body);
                    return job->finish(std::optional(std::move(parsed).value()));
                }
            }
            job->finish(std::optional<DiscoveryDocument>());
        });
    return job;
}

void ServerMetadata::fetchJwks(Job<SigningKeys> *job, const Profile &profile,
                               const TransportOptions &options, const QUrl &url, bool fromDiscovery)
{
    m_transport.send(get(url), options)
        ->then(job, [this, job, profile, options, fromDiscovery](Result<HttpAnswer> answer) {
            if (!answer.ok()) {
                // The discovery document may name a place that does not answer; SanteDB's own
                // path is worth one try before giving up.
                if (fromDiscovery)
                    return fetchJwks(job, profile, options, authUrlFor(profile.server, u"/jwks"_s),
                                     false);
                return job->finish(SigningKeys {std::nullopt, answer.error().message});
            }
            if (answer.value().status != 200)
                return job->finish(
                    SigningKeys {std::nullopt, statusProblem(u"JWKS"_s, answer.value())});
            auto keys = parseJwks(answer.value().body);
            if (!keys.ok())
                return job->finish(SigningKeys {std::nullopt, keys.error().message});
            (void)m_cache.storeJwks(profile.server, answer.value().body);
            job->finish(SigningKeys {std::move(keys).value(), {}});
        });
}

ServerMetadata::Names ServerMetadata::namesFromCache(const Profile &profile,
                                                     const QStringList &oids) const
{
    const ServerCache::PolicyNames server = m_cache.policyNames(profile.server);
    Names result;
    for (const QString &oid : oids) {
        if (const auto it = server.names.constFind(oid); it != server.names.cend())
            result.names.insert(oid, {*it, u"server"_s});
        else if (const QString name = PolicyTable::builtIn().nameFor(oid); !name.isEmpty())
            result.names.insert(oid, {name, u"built_in"_s});
        else
            result.names.insert(oid, {});
    }
    return result;
}

Job<ServerMetadata::Names> *ServerMetadata::policyNames(const Profile &profile,
                                                        const TransportOptions &options,
                                                        const QString &accessToken,
                                                        const QStringList &oids)
{
    auto *job = new Job<Names>;
    const ServerCache::PolicyNames cached = m_cache.policyNames(profile.server);
    const bool unknown = std::any_of(oids.cbegin(), oids.cend(), [&](const QString &oid) {
        return !cached.names.contains(oid) && PolicyTable::builtIn().nameFor(oid).isEmpty();
    });
    if (!unknown && m_cache.isFresh(cached.fetchedAt)) {
        job->finish(namesFromCache(profile, oids));
        return job;
    }
    m_transport.send(get(policyUrl(profile.server), accessToken.toUtf8()), options)
        ->then(job, [this, job, profile, oids](Result<HttpAnswer> answer) {
            QString note;
            if (!answer.ok()) {
                note =
                    QCoreApplication::translate(
                        "sdsm",
                        "the policy names could not be fetched (%1); the built-in names are shown")
                        .arg(answer.error().message);
            } else if (answer.value().status != 200) {
                note = QCoreApplication::translate(
                           "sdsm",
                           "the server refused the policy lookup (HTTP %1); the built-in names are "
                           "shown")
                           .arg(answer.value().status);
            } else {
                QHash<QString, QString> names;
                const QJsonArray items = QJsonDocument::fromJson(answer.value().body)
                                             .object()
                                             .value(u"item"_s)
                                             .toArray();
                for (const QJsonValue &item : items) {
                    const QString oid = oneLineText(item[u"oid"_s].toString());
                    const QString name = cutText(oneLineText(item[u"name"_s].toString()), 200);
                    if (!oid.isEmpty() && !name.isEmpty())
                        names.insert(oid, name);
                }
                if (names.isEmpty())
                    note = QCoreApplication::translate(
                        "sdsm",
                        "the server's policy list was empty or unreadable; the built-in names "
                        "are shown");
                else
                    (void)m_cache.storePolicyNames(profile.server, names, true);
            }
            Names result = namesFromCache(profile, oids);
            result.note = note;
            job->finish(std::move(result));
        });
    return job;
}

} // namespace sdsm
