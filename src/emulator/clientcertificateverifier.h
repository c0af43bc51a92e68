// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

struct x509_store_st;

namespace sdsm::emu {

// Decides whether a TLS client certificate chains to the configured client CA, as SanteDB's
// ClientCertificateAccessBehavior does before it maps the certificate to a device (§4.2).
class ClientCertificateVerifier
{
public:
    ClientCertificateVerifier();
    ~ClientCertificateVerifier();
    Q_DISABLE_COPY_MOVE(ClientCertificateVerifier)

    // Trusts the PEM certificates in caPath; false and one sentence in *error when unusable.
    bool load(const QString &caPath, QString *error);
    // What the connection's certificate says; not presented when leaf is null.
    ClientCertificate inspect(const QSslCertificate &leaf,
                              const QList<QSslCertificate> &chain) const;

private:
    x509_store_st *m_store = nullptr;
};

} // namespace sdsm::emu
