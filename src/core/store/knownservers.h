// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateinfo.h"
#include "clock.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace sdsm {

// A server certificate a person reviewed and trusted for one origin.
struct KnownServer
{
    QString origin; // "https://mpi.example:443"
    CertificateInfo certificate; // certificate.sha256 is what the transport accepts
    QDateTime trustedAt; // UTC
};

// known-servers.json in the data folder, like SSH's known_hosts: for each origin (scheme, host,
// port) the one leaf certificate trusted there, which every profile on that origin and discovery
// accept (TransportOptions::trustedSha256) unless a profile's own pin says otherwise.
//
// {"schema": 1, "servers": {"https://mpi.example:443": {subject, issuer, not_before,
// not_after, sha1, sha256, trusted_at}}}. Changes are read-modify-write under the lock file and
// saved atomically, owner-only. A damaged file is reported and never overwritten; a symbolic
// link in its place is neither read nor written; a newer schema is read but not changed.
class KnownServers
{
    Q_DECLARE_TR_FUNCTIONS(KnownServers)

public:
    static constexpr int SchemaVersion = 1;

    // `clock` stamps trustedAt; it must outlive this object.
    explicit KnownServers(QString filePath, const Clock &clock = Clock::system());
    const QString &filePath() const { return m_filePath; }

    // The origin of a URL as records name it: "scheme://host:port", scheme and host lower-case,
    // the default port written out. A Config error for anything but an http(s) URL with a host.
    static Result<QString> originOf(const QUrl &url);

    // The record for the URL's origin, or nullopt when none was trusted.
    Result<std::optional<KnownServer>> trusted(const QUrl &url) const;
    Result<QList<KnownServer>> all() const;
    // The trusted SHA-256 for the URL's origin, for TransportOptions::trustedSha256; empty when
    // none was trusted (or the file cannot be read: then nothing is trusted beyond the system's).
    QString trustedSha256(const QUrl &url) const;
    // Trusts `certificate` for the URL's origin, replacing what was trusted there before.
    Result<void> trust(const QUrl &url, const CertificateInfo &certificate);
    // Forgets the origin's record; forgetting an origin without one succeeds.
    Result<void> forget(const QUrl &url);

private:
    struct Contents
    {
        QList<KnownServer> servers;
        bool newerSchema = false;
    };
    Result<Contents> read() const;
    Result<void> change(const QUrl &url,
                        const std::function<void(QList<KnownServer> &, const QString &)> &edit);
    Error damaged(const QString &problem) const;
    Error symbolicLink() const;

    QString m_filePath;
    const Clock &m_clock;
};

} // namespace sdsm
