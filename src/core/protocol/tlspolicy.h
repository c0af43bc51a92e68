// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptransport.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace sdsm {

// Which server certificates one request accepts, and what to say when it meets another.
//
// TLS 1.2 or later against the system CAs plus an optional CA file. A pin, or else the
// known-servers record of the origin, names exactly one leaf certificate (SHA-256 of its DER):
// that certificate is accepted whatever its chain says — expired, self-signed or issued for
// another name, as a person decided when trusting it — and no other is, however good its
// chain. Verification errors are only ever ignored as the exact list Qt reported for that very
// certificate, never wholesale.
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)

public:
    // Reads the CA file and checks the pin and the trusted digest: a Config error when one of
    // them is unusable.
    static Result<TlsPolicy> make(const TransportOptions &options);

    QSslConfiguration configuration() const;

    // In sslErrors: true when `leaf` is the pinned or trusted certificate, so the errors its
    // chain raised are to be ignored.
    bool overrides(const QSslCertificate &leaf) const;
    // After the handshake, before anything is written: the refusal when a pin or a trusted
    // record names another certificate. `where` is the server as shown in sentences.
    std::optional<Error> refusal(const QSslCertificate &leaf, const QString &where) const;
    // The verdict on a handshake whose chain did not verify: the refusal above when a pin or
    // record exists, else an untrusted-certificate error naming the certificate and the reasons.
    Error verdict(const QList<QSslError> &errors, const QSslCertificate &leaf,
                  const QString &where) const;
    // A TLS failure no certificate check explains (`detail` is Qt's description).
    Error failure(const QString &detail, const QString &where) const;

private:
    QString m_expected; // normalised SHA-256 the leaf must have, or empty
    bool m_expectedIsPin = false;
    QList<QSslCertificate> m_extraCas;
    std::optional<ClientIdentity> m_client;
};

} // namespace sdsm
