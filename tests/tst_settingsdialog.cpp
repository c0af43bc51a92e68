// SPDX-License-Identifier: Apache-2.0
// SettingsDialog: shows AppSettings' values, OK writes the edits, Cancel writes nothing.
#include "appsettings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sdsm::gui::AppSettings;
using sdsm::gui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(const SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }

    // Changes every setting away from its default through the widgets.
    static void editEverything(SettingsDialog &dialog)
    {
        child<QSpinBox>(dialog, "clipboardSpin")->setValue(0);
        child<QComboBox>(dialog, "expiryUnitCombo")->setCurrentIndex(1);
        child<QSpinBox>(dialog, "expirySpin")->setValue(45);
        child<QSpinBox>(dialog, "timeoutSpin")->setValue(12);
        child<QCheckBox>(dialog, "closeToTrayCheck")->setChecked(false);
        child<QCheckBox>(dialog, "trayCheck")->setChecked(false);
        QComboBox *language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(u"en"_s));
    }

    static QString file(const QTemporaryDir &dir) { return dir.filePath(u"settings.ini"_s); }

private Q_SLOTS:
    void defaultsShown()
    {
        QTemporaryDir dir;
        AppSettings settings(file(dir));
        SettingsDialog dialog(settings);
        QCOMPARE(child<QSpinBox>(dialog, "clipboardSpin")->value(), 30);
        QCOMPARE(child<QSpinBox>(dialog, "expirySpin")->value(), 2);
        QCOMPARE(child<QComboBox>(dialog, "expiryUnitCombo")->currentIndex(), 0); // minutes
        QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->value(), 30);
        QVERIFY(child<QCheckBox>(dialog, "trayCheck")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "closeToTrayCheck")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "closeToTrayCheck")->isEnabled());
        QComboBox *language = child<QComboBox>(dialog, "languageCombo");
        QCOMPARE(language->currentData().toString(), QString());
        QCOMPARE(language->itemData(1).toString(), u"en"_s);
        // Every translation the product carries is offered, by its own name.
        QCOMPARE(language->count(), 5);
        QCOMPARE(language->itemText(language->findData(u"fr"_s)), u"Français"_s);
        QCOMPARE(language->itemText(language->findData(u"es"_s)), u"Español"_s);
        QCOMPARE(language->itemText(language->findData(u"pt"_s)), u"Português"_s);
        QCOMPARE(child<QSpinBox>(dialog, "clipboardSpin")->specialValueText(), u"never"_s);
    }

    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir dir;
        AppSettings settings(file(dir));
        SettingsDialog dialog(settings);
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QLineEdit *>(w))
                continue; // spin boxes' inner editors are named through their spin box
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void storedValuesShown()
    {
        QTemporaryDir dir;
        AppSettings settings(file(dir));
        settings.setExpiryWarningSeconds(90);
        settings.setLanguage(u"de"_s);
        settings.setTrayEnabled(false);
        SettingsDialog dialog(settings);
        QCOMPARE(child<QSpinBox>(dialog, "expirySpin")->value(), 90);
        QCOMPARE(child<QComboBox>(dialog, "expiryUnitCombo")->currentIndex(), 1); // seconds
        QVERIFY(!child<QCheckBox>(dialog, "closeToTrayCheck")->isEnabled());
        // A language this version has no entry for stays chosen, so OK does not lose it.
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), u"de"_s);
    }

    void switchingUnitsKeepsTheSpan()
    {
        QTemporaryDir dir;
        AppSettings settings(file(dir));
        SettingsDialog dialog(settings);
        child<QComboBox>(dialog, "expiryUnitCombo")->setCurrentIndex(1);
        QCOMPARE(child<QSpinBox>(dialog, "expirySpin")->value(), 120);
        child<QComboBox>(dialog, "expiryUnitCombo")->setCurrentIndex(0);
        QCOMPARE(child<QSpinBox>(dialog, "expirySpin")->value(), 2);
    }

    void okSaves()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(file(dir));
            SettingsDialog dialog(settings);
            editEverything(dialog);
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const AppSettings reread(file(dir));
        QCOMPARE(reread.clipboardClearSeconds(), 0);
        QCOMPARE(reread.expiryWarningSeconds(), 45);
        QCOMPARE(reread.requestTimeoutSeconds(), 12);
        QVERIFY(!reread.trayEnabled());
        QVERIFY(!reread.closeToTray());
        QCOMPARE(reread.language(), u"en"_s);
    }

    void cancelDoesNotSave()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(file(dir));
            SettingsDialog dialog(settings);
            editEverything(dialog);
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            settings.sync();
        }
        QVERIFY(!QFile::exists(file(dir)));
        const AppSettings reread(file(dir));
        QCOMPARE(reread.clipboardClearSeconds(), 30);
        QCOMPARE(reread.expiryWarningSeconds(), 120);
        QCOMPARE(reread.requestTimeoutSeconds(), 30);
        QVERIFY(reread.trayEnabled());
        QCOMPARE(reread.language(), QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
