// SPDX-License-Identifier: Apache-2.0
#include "knownservers.h"

#include "storefile.h"
#include "timetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// Thousands of servers fit in far less; a bigger file is not ours and is not read into memory.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

} // namespace

KnownServers::KnownServers(QString filePath, const Clock &clock)
    : m_filePath(std::move(filePath))
    , m_clock(clock)
{ }

Result<QString> KnownServers::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (!url.isValid() || host.isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1))
        return makeError(ErrorKind::Config,
                         tr("%1 is not an http or https URL with a host, so it names no server")
                             .arg(quotedName(url.toDisplayString(QUrl::RemoveUserInfo))));
    const int port = url.port(scheme == "https"_L1 ? 443 : 80);
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return QString(scheme + u"://"_s + shownHost + u':' + QString::number(port));
}

Error KnownServers::damaged(const QString &problem) const
{
    return makeError(ErrorKind::Config,
                     tr("cannot use the known-servers file %1: %2; the file was left as it is: "
                        "fix it or move it aside")
                         .arg(QDir::toNativeSeparators(m_filePath), problem));
}

Error KnownServers::symbolicLink() const
{
    return makeError(ErrorKind::Config,
                     tr("the known-servers file %1 is a symbolic link, which is neither read nor "
                        "written, so nobody can redirect what this computer trusts; replace it "
                        "with a plain file")
                         .arg(QDir::toNativeSeparators(m_filePath)));
}

Result<KnownServers::Contents> KnownServers::read() const
{
    const QFileInfo info(m_filePath);
    if (info.isSymLink())
        return symbolicLink();
    Contents contents;
    if (!info.exists())
        return contents;
    if (info.isDir())
        return damaged(tr("it is a folder, not a file"));

    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(tr("it cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return damaged(tr("it cannot be read (%1)").arg(file.errorString()));
    if (bytes.size() > MaxFileBytes)
        return damaged(tr("it is larger than 4 MiB"));

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return damaged(tr("it is not valid JSON (%1 at byte %2)")
                           .arg(jsonError.errorString())
                           .arg(jsonError.offset));
    if (!document.isObject())
        return damaged(tr("it does not hold a JSON object"));
    const QJsonObject root = document.object();
    const double schema = root.value(u"schema"_s).toDouble(-1);
    if (schema < 1 || schema > 1'000'000 || schema != static_cast<int>(schema))
        return damaged(tr("\"schema\" must be a whole number of at least 1"));
    contents.newerSchema = static_cast<int>(schema) > SchemaVersion;
    if (!root.value(u"servers"_s).isObject())
        return damaged(tr("\"servers\" must be an object"));

    const QJsonObject servers = root.value(u"servers"_s).toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const Result<QString> origin = originOf(QUrl(it.key(), QUrl::StrictMode));
        if (!origin.ok() || origin.value() != it.key())
            return damaged(
                tr("%1 is not an origin of the form https://host:port").arg(quotedName(it.key())));
        const QJsonObject entry = it.value().toObject();
        const std::optional<CertificateInfo> certificate = CertificateInfo::fromJson(entry);
        const QDateTime trustedAt =
            QDateTime::fromString(entry.value(u"trusted_at"_s).toString(), Qt::ISODate);
        if (!certificate || !trustedAt.isValid())
            return damaged(
                tr("the record of %1 has no valid SHA-256, validity or trust date").arg(it.key()));
        contents.servers.append({it.key(), *certificate, trustedAt.toUTC()});
    }
    return contents;
}

Result<std::optional<KnownServer>> KnownServers::trusted(const QUrl &url) const
{
    const Result<QString> origin = originOf(url);
    if (!origin.ok())
        return origin.error();
    const Result<Contents> contents = read();
    if (!contents.ok())
        return contents.error();
    for (const KnownServer &server : contents.value().servers) {
        if (server.origin == origin.value())
            return std::optional<KnownServer>(server);
    }
    return std::optional<KnownServer>();
}

Result<QList<KnownServer>> KnownServers::all() const
{
    const Result<Contents> contents = read();
    if (!contents.ok())
        return contents.error();
    return contents.value().servers;
}

QString KnownServers::trustedSha256(const QUrl &url) const
{
    const auto known = trusted(url);
    return known.ok() && known.value() ? known.value()->certificate.sha256 : QString();
}

Result<void> KnownServers::trust(const QUrl &url, const CertificateInfo &certificate)
{
    if (certificate.isNull())
        return makeError(ErrorKind::Internal, tr("there is no certificate to trust"));
    const QDateTime now = m_clock.now();
    return change(url, [&](QList<KnownServer> &servers, const QString &origin) {
        servers.removeIf([&](const KnownServer &s) { return s.origin == origin; });
        servers.append({origin, certificate, now});
    });
}

Result<void> KnownServers::forget(const QUrl &url)
{
    return change(url, [](QList<KnownServer> &servers, const QString &origin) {
        servers.removeIf([&](const KnownServer &s) { return s.origin == origin; });
    });
}

Result<void>
KnownServers::change(const QUrl &url,
                     const std::function<void(QList<KnownServer> &, const QString &)> &edit)
{
    const Result<QString> origin = originOf(url);
    if (!origin.ok())
        return origin.error();
    const QString what = tr("known-servers file");
    const auto lock = lockForWriting(m_filePath, what);
    if (!lock.ok())
        return lock.error();
    Result<Contents> contents = read(); // under the lock: another program may just have written
    if (!contents.ok())
        return contents.error();
    if (contents.value().newerSchema)
        return makeError(ErrorKind::Config,
                         tr("the known-servers file %1 was written by a newer version, so it is "
                            "not changed")
                             .arg(QDir::toNativeSeparators(m_filePath)));

    QList<KnownServer> servers = contents.value().servers;
    edit(servers, origin.value());
    QJsonObject records;
    for (const KnownServer &server : std::as_const(servers)) {
        QJsonObject entry = server.certificate.toJson();
        entry.insert(u"trusted_at"_s, utcText(server.trustedAt));
        records.insert(server.origin, entry);
    }
    const QJsonObject root {{u"schema"_s, SchemaVersion}, {u"servers"_s, records}};
    // The link check again, right before the write: QSaveFile would write through a link.
    if (QFileInfo(m_filePath).isSymLink())
        return symbolicLink();
    return saveAtomically(m_filePath, QJsonDocument(root).toJson(QJsonDocument::Indented), what);
}

} // namespace sdsm
