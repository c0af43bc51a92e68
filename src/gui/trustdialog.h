// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateinfo.h"

#include <QDialog>
#include <QString>

class QPushButton;

namespace sdsm::gui {

// Shows a server certificate this computer does not trust (or one that changed) so a person can
// review it before trusting it for the server's origin: subject, issuer, validity and SHA-256.
// Cancel is the default button: nothing is ever accepted silently.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    // `previousSha256`: the fingerprint trusted before, when the certificate changed.
    TrustDialog(const QString &origin, const sdsm::CertificateInfo &certificate,
                const QString &problem, const QString &previousSha256 = {},
                QWidget *parent = nullptr);

    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

} // namespace sdsm::gui
