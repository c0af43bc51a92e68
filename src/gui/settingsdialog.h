// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace sdsm::gui {

class AppSettings;

// The desktop app's preferences. OK writes them to AppSettings; Cancel leaves them as they were.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Opens with the cursor on one setting (a remedy: "timeout", "proxy").
    void focusSetting(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    enum class Unit { Minutes, Seconds };
    void showExpiryWarning(int seconds);
    int expiryWarningSeconds() const;
    void changeExpiryUnit();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
    Unit m_unit = Unit::Minutes;
};

} // namespace sdsm::gui
