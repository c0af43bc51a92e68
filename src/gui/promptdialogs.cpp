// SPDX-License-Identifier: Apache-2.0
#include "promptdialogs.h"

#include "textrules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SecretPromptDialog::SecretPromptDialog(Kind kind, const QString &profileName, const QString &prompt,
                                       QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
{
    const bool password = kind == Kind::Password;
    setWindowTitle(password ? tr("Password for %1").arg(oneLineText(profileName))
                            : tr("One-time code for %1").arg(oneLineText(profileName)));
    setObjectName(password ? u"passwordDialog"_s : u"mfaDialog"_s);

    auto *layout = new QVBoxLayout(this);
    QLabel *intro = wrappedLabel(
        password ? tr("The profile “%1” asks for the password each time; it is sent once and "
                      "never stored.")
                       .arg(oneLineText(profileName))
                 : tr("The server asks for a one-time code:"),
        this);
    layout->addWidget(intro);
    if (!password) {
        // The server's own words, already cleaned by the core; shown as plain text.
        QLabel *serverPrompt = wrappedLabel(oneLineText(prompt), this);
        serverPrompt->setObjectName(u"serverPrompt"_s);
        QFont bold = serverPrompt->font();
        bold.setBold(true);
        serverPrompt->setFont(bold);
        layout->addWidget(serverPrompt);
    }
    auto *fieldLabel = new QLabel(password ? tr("&Password:") : tr("&Code:"), this);
    fieldLabel->setBuddy(m_field);
    layout->addWidget(fieldLabel);
    m_field->setObjectName(u"secretField"_s);
    m_field->setEchoMode(password ? QLineEdit::Password : QLineEdit::Normal);
    m_field->setAccessibleName(password ? tr("Password") : tr("One-time code"));
    m_field->setAccessibleDescription(password ? QString() : oneLineText(prompt));
    m_field->setInputMethodHints(password ? Qt::ImhHiddenText | Qt::ImhSensitiveData
                                         | Qt::ImhNoPredictiveText
                                          : Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    layout->addWidget(m_field);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(password ? tr("&Sign in") : tr("&Send code"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    connect(m_field, &QLineEdit::textChanged, m_ok,
            [this](const QString &text) { m_ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_field->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QString SecretPromptDialog::value() const
{
    return m_field->text();
}

void SecretPromptDialog::done(int result)
{
    QDialog::done(result);
    // Whoever reads the value does so on `finished`, before this runs for the next event.
    QMetaObject::invokeMethod(m_field, &QLineEdit::clear, Qt::QueuedConnection);
}

FacilityDialog::FacilityDialog(const QString &profileName, const QList<Choice> &choices,
                               QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(u"facilityDialog"_s);
    setWindowTitle(tr("Choose a facility for %1").arg(oneLineText(profileName)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("The server wants this user to work at one facility. Choose one; the request is "
           "then sent once more."),
        this));
    auto *listLabel = new QLabel(tr("&Facilities:"), this);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    m_list->setObjectName(u"facilityList"_s);
    m_list->setAccessibleName(tr("Facilities"));
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(
            choice.label.isEmpty() ? choice.id : tr("%1 (%2)").arg(choice.label, choice.id),
            m_list);
        item->setData(Qt::UserRole, choice.id);
    }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Use this facility"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, m_ok,
            [this](int row) { m_ok->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

QString FacilityDialog::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace sdsm::gui
