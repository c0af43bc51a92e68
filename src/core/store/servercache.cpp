// SPDX-License-Identifier: Apache-2.0
#include "servercache.h"

#include "storefile.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

QString what()
{
    return QCoreApplication::translate("sdsm", "server cache");
}

QString rootOf(const QUrl &server)
{
    return server
        .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::RemoveUserInfo)
        .toString();
}

std::optional<ServerCache::Document> documentIn(const QJsonObject &entry)
{
    const QDateTime at =
        QDateTime::fromString(entry.value(u"fetched_at"_s).toString(), Qt::ISODate);
    if (!at.isValid() || !entry.value(u"document"_s).isString())
        return std::nullopt;
    return ServerCache::Document {entry.value(u"document"_s).toString().toUtf8(), at.toUTC()};
}

} // namespace

ServerCache::ServerCache(QString directory, const Clock &clock)
    : m_directory(std::move(directory))
    , m_clock(clock)
{ }

QString ServerCache::fileFor(const QUrl &server) const
{
    const QByteArray digest =
        QCryptographicHash::hash(rootOf(server).toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + u'/' + QString::fromLatin1(digest.left(32)) + u".json"_s;
}

QJsonObject ServerCache::read(const QUrl &server) const
{
    const QString path = fileFor(server);
    if (QFileInfo(path).isSymLink())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    // A hash collision, or a file copied from elsewhere: only the server it names is believed.
    if (object.value(u"server"_s).toString() != rootOf(server))
        return {};
    return object;
}

Result<void> ServerCache::change(const QUrl &server, const std::function<void(QJsonObject &)> &edit)
{
    const QString path = fileFor(server);
    const auto lock = lockForWriting(path, what());
    if (!lock.ok())
        return lock.error();
    QJsonObject object = read(server);
    object.insert(u"server"_s, rootOf(server));
    edit(object);
    return saveAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Compact), what());
}

bool ServerCache::isFresh(const QDateTime &fetchedAt) const
{
    return fetchedAt.isValid() && fetchedAt.secsTo(m_clock.now()) < FreshSeconds
        && fetchedAt <= m_clock.now().addSecs(60);
}

std::optional<ServerCache::Document> ServerCache::discovery(const QUrl &server) const
{
    return documentIn(read(server).value(u"discovery"_s).toObject());
}

std::optional<ServerCache::Document> ServerCache::jwks(const QUrl &server) const
{
    return documentIn(read(server).value(u"jwks"_s).toObject());
}

ServerCache::PolicyNames ServerCache::policyNames(const QUrl &server) const
{
    const QJsonObject entry = read(server).value(u"policies"_s).toObject();
    PolicyNames result;
    const QJsonObject names = entry.value(u"names"_s).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (it.value().isString())
            result.names.insert(it.key(), it.value().toString());
    }
    result.fetchedAt =
        QDateTime::fromString(entry.value(u"complete_at"_s).toString(), Qt::ISODate).toUTC();
    return result;
}

Result<void> ServerCache::storeDiscovery(const QUrl &server, const QByteArray &document)
{
    const QString now = utcText(m_clock.now());
    return change(server, [&](QJsonObject &o) {
        o.insert(
            u"discovery"_s,
            QJsonObject {{u"document"_s, QString::fromUtf8(document)}, {u"fetched_at"_s, now}});
    });
}

Result<void> ServerCache::storeJwks(const QUrl &server, const QByteArray &document)
{
    const QString now = utcText(m_clock.now());
    return change(server, [&](QJsonObject &o) {
        o.insert(
            u"jwks"_s,
            QJsonObject {{u"document"_s, QString::fromUtf8(document)}, {u"fetched_at"_s, now}});
    });
}

Result<void> ServerCache::storePolicyNames(const QUrl &server, const QHash<QString, QString> &names,
                                           bool complete)
{
    const QString now = utcText(m_clock.now());
    return change(server, [&](QJsonObject &o) {
        QJsonObject entry = o.value(u"policies"_s).toObject();
        QJsonObject known = entry.value(u"names"_s).toObject();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            known.insert(it.key(), it.value());
        entry.insert(u"names"_s, known);
        if (complete)
            entry.insert(u"complete_at"_s, now);
        o.insert(u"policies"_s, entry);
    });
}

} // namespace sdsm
