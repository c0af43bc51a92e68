// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateinfo.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace sdsm {

// A device that authenticates by client certificate ("two-way TLS", santedb-auth.md §4.2) keeps
// it either in a PKCS#12 file (.p12/.pfx; its password is the secret kind "cert-password") or
// as a PEM certificate plus a PEM private key (an encrypted key's passphrase is "cert-password").
enum class CertificateFileKind { Pkcs12, Pem };

struct CertificateFileCheck
{
    CertificateFileKind kind = CertificateFileKind::Pkcs12;
    // Opening the key needs a password: an encrypted PEM key, or a PKCS#12 file whose integrity
    // check fails with the empty password.
    bool passwordNeeded = false;
    // One translated sentence, or empty: an unencrypted key file others can read.
    QString warning;
};

// Checks the structure of a device's certificate files without any password and without
// prompting: `path` is a DER PKCS#12 file (then `keyPath` must be empty) or a PEM certificate,
// whose key is in `keyPath`, or in `path` itself when `keyPath` is empty. Anything else fails
// with ErrorKind::Config and one sentence naming the file (remedy: the device_cert or
// device_key profile field).
Result<CertificateFileCheck> inspectCertificateFiles(const QString &path, const QString &keyPath);

// Everything a QSslConfiguration needs to present the device's certificate:
// setLocalCertificateChain(QList {certificate} + chain) (the device's own certificate first, as
// that setter wants) and setPrivateKey(key).
struct ClientIdentity
{
    QSslCertificate certificate;
    QSslKey key; // RSA or EC
    QList<QSslCertificate> chain; // the other certificates in the files (issuers), may be empty
    CertificateInfo info; // of `certificate`
};

// Opens the files `inspectCertificateFiles` accepted, decrypting with `password` (nullopt: none
// stored; an unprotected file still opens). PKCS#12 files with legacy encryption (RC2, RC4,
// typical of Windows exports) open through OpenSSL's legacy provider, loaded in a library context
// used only for this. Errors are one sentence each, kind Refused unless noted: the certificate
// password is wrong; a password is needed and missing (SecretMissing); no private key; no
// certificate; the key does not belong to the certificate; a key that is neither RSA nor EC; a
// certificate expired or not yet valid at `now` (both dates named, UTC); a damaged file; legacy
// encryption this OpenSSL cannot decrypt (with how to convert the file). Unreadable files are
// ErrorKind::Config. Decrypted key material exists only in memory and is wiped after use.
Result<ClientIdentity> loadClientIdentity(const QString &path, const QString &keyPath,
                                          const std::optional<QString> &password,
                                          const QDateTime &now);

// The same without the validity check, to show a certificate's details (also an expired one).
Result<ClientIdentity> openClientIdentity(const QString &path, const QString &keyPath,
                                          const std::optional<QString> &password);

// True when the certificate is still valid at `now` but expires within 30 days.
bool certificateExpiresSoon(const CertificateInfo &info, const QDateTime &now);

} // namespace sdsm
