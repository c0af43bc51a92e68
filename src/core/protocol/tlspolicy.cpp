// SPDX-License-Identifier: Apache-2.0
#include "tlspolicy.h"

#include "profile.h"
#include "timetext.h"

#include <QSslCertificate>
#include <QSslSocket>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// The names a certificate is valid for, as a person reads them: its DNS and IP alternative
// names, or its common name when it has none.
QString certifiedNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    if (names.size() > 5)
        names = names.first(5) << u"…"_s;
    return names.isEmpty() ? QCoreApplication::translate("sdsm", "no name") : names.join(u", "_s);
}

QString details(const CertificateInfo &info)
{
    return QCoreApplication::translate("sdsm",
                                       "subject %1, issuer %2, valid from %3 to %4, "
                                       "SHA-256 %5")
        .arg(info.subject.isEmpty() ? u"-"_s : info.subject,
             info.issuer.isEmpty() ? u"-"_s : info.issuer, utcText(info.notBefore),
             utcText(info.notAfter), info.sha256);
}

} // namespace

Result<TlsPolicy> TlsPolicy::make(const TransportOptions &options)
{
    TlsPolicy policy;
    if (!options.caFile.isEmpty()) {
        policy.m_extraCas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (policy.m_extraCas.isEmpty())
            return makeError(ErrorKind::Config,
                             tr("the CA file %1 holds no readable PEM certificate — fix the "
                                "path or the file")
                                 .arg(options.caFile))
                .with({RemedyAction::EditProfileField, u"ca_file"_s});
    }
    if (!options.pinSha256.isEmpty()) {
        const std::optional<QString> pin = normalizePin(options.pinSha256);
        if (!pin)
            return makeError(ErrorKind::Config,
                             tr("the certificate pin must be 64 hexadecimal digits (a SHA-256 "
                                "digest) — fix or remove it"))
                .with({RemedyAction::EditProfileField, u"pin_sha256"_s});
        policy.m_expected = *pin;
        policy.m_expectedIsPin = true;
    } else if (!options.trustedSha256.isEmpty()) {
        const std::optional<QString> trusted = normalizePin(options.trustedSha256);
        if (!trusted)
            return makeError(ErrorKind::Config,
                             tr("the trusted certificate recorded for this server is not a "
                                "SHA-256 digest — trust the server's certificate again"))
                .with({RemedyAction::TrustCertificate, {}});
        policy.m_expected = *trusted;
    }
    if (options.clientIdentity
        && (options.clientIdentity->certificate.isNull() || options.clientIdentity->key.isNull()))
        return makeError(ErrorKind::Config,
                         tr("the device certificate or its private key is missing — check the "
                            "certificate files"))
            .with({RemedyAction::EditProfileField, u"device_cert"_s});
    policy.m_client = options.clientIdentity;
    return policy;
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // One request per connection in HTTP/1.1; never h2.
    tls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    if (!m_extraCas.isEmpty()) {
        // Setting CAs at all turns off Qt's on-demand loading of the system store, so the system
        // CAs are named here explicitly: the CA file adds to them, it does not replace them.
        // Reading the store takes a noticeable moment, so once per process is enough.
        static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        tls.setCaCertificates(system + m_extraCas);
    }
    if (m_client) {
        // The device's own certificate first, as the chain setter wants.
        tls.setLocalCertificateChain(QList<QSslCertificate> {m_client->certificate}
                                     + m_client->chain);
        tls.setPrivateKey(m_client->key);
    }
    return tls;
}

bool TlsPolicy::overrides(const QSslCertificate &leaf) const
{
    return !m_expected.isEmpty() && !leaf.isNull()
        && CertificateInfo::of(leaf).sha256 == m_expected;
}

std::optional<Error> TlsPolicy::refusal(const QSslCertificate &leaf, const QString &where) const
{
    if (m_expected.isEmpty() || overrides(leaf))
        return std::nullopt;
    const CertificateInfo info = CertificateInfo::of(leaf);
    Error error = m_expectedIsPin
        ? makeError(ErrorKind::Tls,
                    tr("the certificate of %1 does not match the pinned SHA-256 %2: the server "
                       "presented %3 (%4) — nothing was sent; either the server has a new "
                       "certificate or this is another server")
                        .arg(where, m_expected, info.sha256, details(info)))
              .with({RemedyAction::EditProfileField, u"pin_sha256"_s})
        : makeError(ErrorKind::Tls,
                    tr("the certificate of %1 changed since it was trusted: the trusted SHA-256 "
                       "is %2, the server now presents %3 (%4) — nothing was sent; either the "
                       "server has a new certificate or this is another server")
                        .arg(where, m_expected, info.sha256, details(info)))
              .with({RemedyAction::TrustCertificate, {}});
    error.certificate = info;
    return error;
}

Error TlsPolicy::verdict(const QList<QSslError> &errors, const QSslCertificate &leaf,
                         const QString &where) const
{
    if (std::optional<Error> refused = refusal(leaf, where))
        return *refused;
    const CertificateInfo info = CertificateInfo::of(leaf);
    QStringList reasons;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            reasons
                << tr("it was issued for %1, not for this server's name").arg(certifiedNames(leaf));
            break;
        case QSslError::CertificateExpired:
            reasons << tr("it expired on %1").arg(utcText(info.notAfter));
            break;
        case QSslError::CertificateNotYetValid:
            reasons << tr("it is not valid before %1").arg(utcText(info.notBefore));
            break;
        case QSslError::SelfSignedCertificate:
            reasons << tr("it is self-signed, so no certificate authority vouches for it");
            break;
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            reasons << tr("its issuer is not a certificate authority this computer trusts");
            break;
        case QSslError::CertificateRevoked:
            reasons << tr("it has been revoked");
            break;
        default:
            reasons << error.errorString();
            break;
        }
    }
    reasons.removeDuplicates();
    if (reasons.isEmpty())
        reasons << tr("it could not be verified");
    Error error = makeError(ErrorKind::Tls,
                            tr("the certificate of %1 is not trusted: %2 (%3) — nothing was sent")
                                .arg(where, reasons.join(u"; "_s), details(info)))
                      .with({RemedyAction::TrustCertificate, {}});
    error.certificate = info;
    return error;
}

Error TlsPolicy::failure(const QString &detail, const QString &where) const
{
    if (m_client)
        return makeError(ErrorKind::Tls,
                         tr("the server %1 refused the device certificate (%2) — check that "
                            "the server trusts its issuer and that it is still valid")
                             .arg(where, detail));
    if (detail.contains(u"certificate required"_s, Qt::CaseInsensitive))
        return makeError(ErrorKind::Tls,
                         tr("the server %1 asks for a client certificate, and none is "
                            "configured (%2)")
                             .arg(where, detail));
    return makeError(ErrorKind::Tls,
                     tr("the TLS handshake with %1 failed (%2) — check the server certificate, "
                        "the CA file or the pinned certificate")
                         .arg(where, detail));
}

} // namespace sdsm
