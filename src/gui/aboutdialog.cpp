// SPDX-License-Identifier: Apache-2.0
#include "aboutdialog.h"

#include "buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSslSocket>
#include <QVBoxLayout>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

QLabel *label(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                               | Qt::LinksAccessibleByKeyboard);
    return l;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About SanteDB Session Manager"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = label(u"title"_s, tr("SanteDB Session Manager"), this);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    title->setFont(bigger);

    auto *version = label(u"version"_s, tr("Version %1").arg(buildinfo::versionText()), this);
    auto *summary = label(
        u"summary"_s,
        tr("Keeps SanteDB application and device credentials in the operating system's keychain "
           "and obtains OAuth2 sessions from SanteDB servers."),
        this);
    auto *licence =
        label(u"licence"_s,
              tr("Licensed under the <a href=\"%1\">Apache License, Version 2.0</a>. "
                 "<a href=\"%2\">Project home page</a>.")
                  .arg(u"https://www.apache.org/licenses/LICENSE-2.0"_s, buildinfo::homepage()),
              this);
    licence->setTextFormat(Qt::RichText);
    licence->setOpenExternalLinks(true);
    auto *components = label(u"components"_s, componentsText(), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyVersions"_s);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(u"aboutQt"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            tr("SanteDB Session Manager %1").arg(buildinfo::versionText()) + u'\n'
            + componentsText());
    });
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });

    auto *text = new QVBoxLayout;
    for (QLabel *l : {title, version, summary, licence, components})
        text->addWidget(l);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString AboutDialog::componentsText() const
{
    // Run-time versions where the library can tell: a distribution may update Qt or OpenSSL
    // without rebuilding this program. QtKeychain has no run-time version call.
    QStringList lines;
    lines << tr("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << tr("QtKeychain %1").arg(buildinfo::qtKeychainVersion());
    lines << tr("%1 (signatures and certificates)")
                 .arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
    const QString tls = QSslSocket::supportsSsl()
        ? QString(QSslSocket::activeBackend() + u", "_s + QSslSocket::sslLibraryVersionString())
        : tr("not available");
    lines << tr("TLS: %1").arg(tls);
    return lines.join(u'\n');
}

} // namespace sdsm::gui
