// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "appsettings.h"
#include "translations.h"
#include "ui_settingsdialog.h"

#include <QHash>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {
constexpr int MaxWarningSeconds = 86400;
} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->clipboardSpin->setSuffix(tr(" s"));
    m_ui->clipboardSpin->setSpecialValueText(tr("never"));
    m_ui->expirySpin->setSpecialValueText(tr("never"));
    m_ui->timeoutSpin->setSuffix(tr(" s"));
    m_ui->expiryUnitCombo->addItem(tr("minutes"));
    m_ui->expiryUnitCombo->addItem(tr("seconds"));

    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(tr("English"), u"en"_s);
    // Each language by its own name, so a person who cannot read the current one finds theirs.
    // Qt names a language after its default country ("español de España"); the translations are
    // for every country, so the plain names come first.
    static const QHash<QString, QString> plainNames {
        {u"es"_s, u"Español"_s}, {u"fr"_s, u"Français"_s}, {u"pt"_s, u"Português"_s}};
    for (const QString &code : availableLanguages()) {
        const QString name = plainNames.value(code, QLocale(code).nativeLanguageName());
        m_ui->languageCombo->addItem(name.isEmpty() ? code : name, code);
    }
    const QString language = settings.language();
    if (m_ui->languageCombo->findData(language) < 0) {
        // A language set by a newer version or by hand stays selectable, so OK keeps it.
        m_ui->languageCombo->addItem(QLocale(language).nativeLanguageName(), language);
    }
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(language));

    m_ui->clipboardSpin->setValue(settings.clipboardClearSeconds());
    showExpiryWarning(settings.expiryWarningSeconds());
    m_ui->timeoutSpin->setValue(settings.requestTimeoutSeconds());
    m_ui->noProxyCheck->setChecked(settings.noProxy());
    m_ui->trayCheck->setChecked(settings.trayEnabled());
    m_ui->closeToTrayCheck->setChecked(settings.closeToTray());
    m_ui->closeToTrayCheck->setEnabled(settings.trayEnabled());

    connect(m_ui->trayCheck, &QCheckBox::toggled, m_ui->closeToTrayCheck, &QWidget::setEnabled);
    connect(m_ui->expiryUnitCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::changeExpiryUnit);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleName(tr("Close without saving"));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showExpiryWarning(int seconds)
{
    // Whole minutes read better; anything else is shown exactly, in seconds.
    m_unit = seconds % 60 == 0 ? Unit::Minutes : Unit::Seconds;
    const QSignalBlocker blocker(m_ui->expiryUnitCombo);
    m_ui->expiryUnitCombo->setCurrentIndex(m_unit == Unit::Minutes ? 0 : 1);
    m_ui->expirySpin->setMaximum(m_unit == Unit::Minutes ? MaxWarningSeconds / 60
                                                         : MaxWarningSeconds);
    m_ui->expirySpin->setValue(m_unit == Unit::Minutes ? seconds / 60 : seconds);
}

int SettingsDialog::expiryWarningSeconds() const
{
    const int value = m_ui->expirySpin->value();
    return m_unit == Unit::Minutes ? value * 60 : value;
}

void SettingsDialog::changeExpiryUnit()
{
    // The same span in the other unit: switching units never changes the setting by itself,
    // except that seconds round to the nearest minute.
    const int seconds = expiryWarningSeconds();
    m_unit = m_ui->expiryUnitCombo->currentIndex() == 0 ? Unit::Minutes : Unit::Seconds;
    m_ui->expirySpin->setMaximum(m_unit == Unit::Minutes ? MaxWarningSeconds / 60
                                                         : MaxWarningSeconds);
    m_ui->expirySpin->setValue(m_unit == Unit::Minutes ? (seconds + 30) / 60 : seconds);
}

void SettingsDialog::focusSetting(const QString &name)
{
    if (name == u"timeout"_s)
        m_ui->timeoutSpin->setFocus(Qt::OtherFocusReason);
    else if (name == u"proxy"_s)
        m_ui->noProxyCheck->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::accept()
{
    m_settings.setClipboardClearSeconds(m_ui->clipboardSpin->value());
    m_settings.setExpiryWarningSeconds(expiryWarningSeconds());
    m_settings.setRequestTimeoutSeconds(m_ui->timeoutSpin->value());
    m_settings.setNoProxy(m_ui->noProxyCheck->isChecked());
    m_settings.setTrayEnabled(m_ui->trayCheck->isChecked());
    m_settings.setCloseToTray(m_ui->closeToTrayCheck->isChecked());
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace sdsm::gui
