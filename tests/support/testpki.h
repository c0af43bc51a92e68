// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace sdsm::test {

// Certificates made at run time with the openssl command (a test dependency installed by
// scripts/install-deps.sh): self-signed ones, CAs and certificates they issue, with chosen names
// and validity, for servers and for devices alike. EC P-256 keys, unencrypted.
class TestPki
{
public:
    struct Issued
    {
        QString certificatePath;
        QString keyPath;
        QSslCertificate certificate;
        QSslKey key;
        bool isNull() const { return certificate.isNull() || key.isNull(); }
    };

    TestPki();
    // Why the last certificate could not be made (openssl's own words), or empty.
    QString error() const { return m_error; }

    // A self-signed certificate: a CA, or a server certificate nobody vouches for.
    // `subjectAltName` as openssl writes it: "IP:127.0.0.1", "DNS:mpi.example".
    Issued selfSigned(const QString &commonName, const QString &subjectAltName = {});
    // A certificate issued by `issuer`. Dates as YYYYMMDDHHMMSSZ; empty: from now for two days.
    Issued issue(const Issued &issuer, const QString &commonName,
                 const QString &subjectAltName = {}, const QString &notBefore = {},
                 const QString &notAfter = {});

    // `issued` and its key as a PKCS#12 file protected by `password` (AES, OpenSSL 3's default);
    // an empty string on failure.
    QString pkcs12(const Issued &issued, const QString &password);

private:
    bool openssl(const QStringList &arguments, const QProcessEnvironment &environment = {});
    Issued load(const QString &certificatePath, const QString &keyPath);
    QString newName();

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_error;
    int m_count = 0;
};

} // namespace sdsm::test
