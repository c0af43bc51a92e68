// SPDX-License-Identifier: Apache-2.0
#include "trustdialog.h"

#include "textrules.h"
#include "timetext.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

// "ab:cd:…" in groups, so a person can compare it with what the server's administrator reads out.
QString grouped(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    // Two lines of 16 bytes fit the dialog without a horizontal scroll bar.
    const qsizetype half = pairs.size() / 2;
    if (pairs.size() <= 16)
        return pairs.join(u':');
    return pairs.mid(0, half).join(u':') + u":\n"_s + pairs.mid(half).join(u':');
}

QLabel *value(const QString &text, const QString &accessibleName, QWidget *parent,
              bool fixed = false)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(!fixed);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    if (fixed)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

} // namespace

TrustDialog::TrustDialog(const QString &origin, const CertificateInfo &certificate,
                         const QString &problem, const QString &previousSha256, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"trustDialog"_s);
    setWindowTitle(tr("Review the certificate of %1").arg(origin));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setObjectName(u"trustIntro"_s);
    QString text = previousSha256.isEmpty()
        ? tr("This computer does not trust the certificate %1 presented.").arg(origin)
        : tr("The certificate of %1 has CHANGED since it was trusted. If nobody told you it "
             "would, do not trust it: someone may be intercepting the connection.")
              .arg(origin);
    if (!problem.isEmpty())
        text += u' ' + tr("Reason: %1").arg(oneLineText(problem));
    text += u"\n\n"_s
        + tr("Compare the SHA-256 fingerprint with the one the server's administrator gives you. "
             "Trusting it applies to every profile on this server.");
    intro->setText(text);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), value(oneLineText(certificate.subject), tr("Subject"), this));
    form->addRow(tr("Issuer:"), value(oneLineText(certificate.issuer), tr("Issuer"), this));
    form->addRow(tr("Valid from:"),
                 value(localeText(certificate.notBefore), tr("Valid from"), this));
    form->addRow(tr("Valid until:"),
                 value(localeText(certificate.notAfter), tr("Valid until"), this));
    QLabel *sha256 = value(grouped(certificate.sha256), tr("SHA-256 fingerprint"), this, true);
    sha256->setObjectName(u"sha256Value"_s);
    form->addRow(tr("SHA-256:"), sha256);
    if (!previousSha256.isEmpty())
        form->addRow(tr("Trusted before:"),
                     value(grouped(previousSha256), tr("Previously trusted SHA-256"), this, true));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this certificate for this profile"),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(u"trustButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    // Cancel is the default: Enter never trusts anything.
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace sdsm::gui
