// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSslCertificate;

namespace sdsm {

// What a person checks before trusting a certificate — a server's, or a device's own — as plain
// data, so errors and JSON can carry it without a dependency on Qt's TLS classes.
struct CertificateInfo
{
    QString subject; // one line, most specific first: "CN=mpi.example, O=Ministry, C=SL"
    QString issuer;
    QDateTime notBefore, notAfter; // UTC
    QString sha1; // lower-case hex of the DER: SanteDB's thumbprint form
    QString sha256; // lower-case hex of the DER: what pins and trust records hold

    static CertificateInfo of(const QSslCertificate &certificate);
    bool isNull() const { return sha256.isEmpty(); }
    // {subject, issuer, not_before, not_after, sha1, sha256}; times as UTC ISO 8601.
    QJsonObject toJson() const;
    // The inverse of toJson(); nullopt unless sha256 is 64 lower-case hex digits and both
    // times are valid.
    static std::optional<CertificateInfo> fromJson(const QJsonObject &object);

    friend bool operator==(const CertificateInfo &, const CertificateInfo &) = default;
};

} // namespace sdsm
