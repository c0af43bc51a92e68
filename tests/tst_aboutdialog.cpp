// SPDX-License-Identifier: Apache-2.0
// AboutDialog: the build's version and commit, the licence, the library versions in use, and
// Qt's own About box.
#include "aboutdialog.h"
#include "buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;
using sdsm::gui::AboutDialog;
namespace buildinfo = sdsm::buildinfo;

class TestAboutDialog : public QObject
{
    Q_OBJECT

    static QString labelText(const AboutDialog &dialog, const QString &name)
    {
        const auto *label = dialog.findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void showsVersionAndCommit()
    {
        AboutDialog dialog;
        const QString version = labelText(dialog, u"version"_s);
        QVERIFY2(version.contains(buildinfo::version()), qPrintable(version));
        QVERIFY(!buildinfo::version().isEmpty());
        if (!buildinfo::commit().isEmpty())
            QVERIFY2(version.contains(buildinfo::commit()), qPrintable(version));
    }

    void namesTheLicence()
    {
        AboutDialog dialog;
        const QString licence = labelText(dialog, u"licence"_s);
        QVERIFY2(licence.contains(u"Apache License, Version 2.0"_s), qPrintable(licence));
        QVERIFY(licence.contains(buildinfo::homepage()));
    }

    void namesTheLibrariesInUse()
    {
        AboutDialog dialog;
        const QString components = labelText(dialog, u"components"_s);
        QCOMPARE(components, dialog.componentsText());
        QVERIFY2(components.contains(u"Qt "_s + QString::fromLatin1(qVersion())),
                 qPrintable(components));
        QVERIFY2(components.contains(u"QtKeychain 0.13"_s), qPrintable(components));
        // The OpenSSL this process runs with, not the headers it was compiled against.
        QVERIFY2(components.contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))),
                 qPrintable(components));
    }

    void copiesTheVersions()
    {
        AboutDialog dialog;
        QApplication::clipboard()->clear();
        dialog.findChild<QPushButton *>(u"copyVersions"_s)->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(buildinfo::versionText()), qPrintable(copied));
        QVERIFY(copied.contains(dialog.componentsText()));
    }

    void opensAboutQt()
    {
        AboutDialog dialog;
        dialog.show();
        QString title;
        // aboutQt() is modal: read and close it from inside its own event loop.
        QTimer::singleShot(0, &dialog, [&title] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            title = box->windowTitle();
            box->close();
        });
        dialog.findChild<QPushButton *>(u"aboutQt"_s)->click();
        QVERIFY2(title.contains(u"Qt"_s), qPrintable(title));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
