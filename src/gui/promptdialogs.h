// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sdsm::gui {

// Asks for one value a session attempt needs in its middle: a password that is never stored, or
// the one-time code the server asked for (the server's own words are the prompt). The value is
// masked, never logged, and cleared when the dialog closes.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Password, OneTimeCode };
    SecretPromptDialog(Kind kind, const QString &profileName, const QString &prompt,
                       QWidget *parent = nullptr);

    QString value() const;
    QLineEdit *field() const { return m_field; }

    void done(int result) override;

private:
    QLineEdit *m_field;
    QPushButton *m_ok;
};

// Lists the facilities the server offered (missing_claim) for the person to choose one.
class FacilityDialog : public QDialog
{
    Q_OBJECT
public:
    FacilityDialog(const QString &profileName, const QList<sdsm::Choice> &choices,
                   QWidget *parent = nullptr);

    QString chosenId() const; // empty until one is chosen
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QPushButton *m_ok;
};

} // namespace sdsm::gui
