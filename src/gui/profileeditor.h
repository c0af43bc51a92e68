// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile.h"
#include "result.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QTimer;
class QToolButton;
class QDialogButtonBox;

namespace sdsm {
class ServerProbe;
class Workspace;
} // namespace sdsm

namespace sdsm::gui {

// Adds, edits or duplicates one profile, with inline checks as the user types, a background
// "Test connection", and its secrets written to the keychain before the profile itself, so a
// keychain failure never leaves a profile whose secrets are missing. Stored secrets are never
// read: each secret field says whether a value is stored ("set" / "not set", from the keychain's
// list of entries), and in Edit mode an empty field keeps what the keychain holds.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Duplicate };
    // For Edit, `initial` is the stored profile; for Duplicate a copy whose name the dialog
    // suggests as "<name> copy".
    ProfileEditorDialog(sdsm::Workspace &workspace, Mode mode, const sdsm::Profile &initial = {},
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    sdsm::Profile savedProfile() const { return m_saved; } // after accept()
    // The deadline of "Test connection" (AppSettings' request timeout); 30 s unless set.
    void setRequestTimeout(int seconds) { m_timeoutSeconds = seconds; }
    // Opens with the cursor in this field instead of the profile name: a profile field as the
    // core's remedies name it ("server", "client_id", "device_cert", ...) or a secret kind name
    // ("client", "device", "cert-password", "password").
    void focusField(const QString &field);
    // The widget focusField() puts the cursor in, or null for an unknown name.
    QWidget *fieldWidget(const QString &field) const;
    // "set", "not set", "checking…" or "unknown" beside the field of this secret.
    QString secretStatus(sdsm::SecretKind kind) const;

public Q_SLOTS:
    // Stores the secrets, then the profile; the dialog closes only once both worked. When the
    // profile lacks a secret it needs, asks first whether to save it anyway.
    void accept() override;
    // Ignored while saving: secrets may already be in the keychain by then.
    void reject() override;

Q_SIGNALS:
    // The "a needed secret is missing" question opened (tests answer it).
    void missingSecretsQuestion(QWidget *box);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using PendingSecrets = QList<std::pair<sdsm::SecretKind, QString>>;
    struct SecretRow
    {
        QLineEdit *field = nullptr;
        QToolButton *show = nullptr;
        QLabel *status = nullptr;
        QWidget *row = nullptr;
    };

    void buildForm();
    QGroupBox *group(const QString &title, QFormLayout **form);
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName,
                        const QString &placeholder = {});
    QLabel *errorLabel(const QString &objectName, const QString &accessibleName);
    QWidget *withButton(QWidget *field, QWidget *button);
    SecretRow secretRow(sdsm::SecretKind kind, const QString &objectName,
                        const QString &accessibleName);
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field,
                   QLabel *error = nullptr);
    void alignColumns();

    void fillFields(const sdsm::Profile &profile);
    sdsm::Profile profileFromFields() const;
    sdsm::DeviceMode chosenDeviceMode() const;
    sdsm::SanteDbVersion chosenVersion() const;
    sdsm::GrantType chosenGrant() const;
    sdsm::PasswordMode chosenPasswordMode() const;
    QStringList chosenTags() const;
    QLineEdit *secretField(sdsm::SecretKind kind) const;

    void revalidate();
    void showProblem(QLineEdit *field, QLabel *label, const QString &problem);
    QString nameProblem(const QString &name) const;
    QString urlProblem(const QString &text, bool optional, bool allowHttp) const;
    QString pinProblem(const sdsm::Profile &profile) const;
    QString fileProblem(const QString &path, bool certificate) const;
    QString tagsProblem() const;
    void updateTokenEndpointPlaceholder();
    void browse(QLineEdit *field, const QString &title, const QString &filter);

    void readSecretPresence();
    void updateSecretStatus();
    void inspectCertificate();
    void updateKeyField();

    void testConnection();
    void cancelTest();

    QList<sdsm::SecretKind> missingSecrets(const sdsm::Profile &profile) const;
    void save();
    void storeNext(const sdsm::Profile &profile, PendingSecrets remaining);
    void saveProfile(const sdsm::Profile &profile);
    void finishSave(const sdsm::Profile &saved);
    void failSave(const QString &message);
    void setSaving(bool saving);
    void clearSecrets();

    sdsm::Workspace &m_workspace;
    const Mode m_mode;
    const sdsm::Profile m_initial;
    sdsm::Profile m_saved;
    QUuid m_newUuid; // chosen at the first OK, then kept so a retry overwrites the same entries
    QSet<QString> m_otherNames;
    QSet<QLineEdit *> m_touched;
    QHash<QLineEdit *, QString> m_shownProblems;
    sdsm::ServerProbe *m_probe;
    std::optional<sdsm::Generation> m_detected;
    // Which secrets the keychain holds (Edit only); nullopt until known or when it cannot say.
    std::optional<QHash<sdsm::SecretKind, bool>> m_presence;
    bool m_presencePending = false;
    QString m_presenceProblem;
    bool m_certificatePasswordNeeded = false;
    bool m_keyFileUsable = true; // false for a PKCS#12 file, which holds its key
    int m_timeoutSeconds = 30;
    int m_problems = 0;
    bool m_saving = false;
    bool m_shown = false;
    QWidget *m_focusOnShow = nullptr;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_formContents = nullptr;
    QList<QLabel *> m_fieldLabels;
    QLineEdit *m_name = nullptr, *m_note = nullptr, *m_tags = nullptr;
    QLabel *m_nameError = nullptr, *m_tagsError = nullptr;
    QLineEdit *m_server = nullptr, *m_tokenEndpoint = nullptr, *m_scope = nullptr;
    QLineEdit *m_caFile = nullptr, *m_pin = nullptr;
    QLabel *m_serverError = nullptr, *m_tokenEndpointError = nullptr, *m_scopeError = nullptr;
    QLabel *m_caFileError = nullptr, *m_pinError = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QComboBox *m_version = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientIdError = nullptr;
    SecretRow m_clientSecret;
    QComboBox *m_grant = nullptr, *m_passwordMode = nullptr;
    QLineEdit *m_username = nullptr, *m_facility = nullptr;
    QLabel *m_usernameError = nullptr, *m_facilityError = nullptr;
    SecretRow m_password;
    QGroupBox *m_userGroup = nullptr;
    QRadioButton *m_deviceSecretRadio = nullptr, *m_deviceCertRadio = nullptr,
                 *m_deviceNoneRadio = nullptr;
    QLineEdit *m_deviceId = nullptr;
    QLabel *m_deviceIdError = nullptr, *m_deviceSecretError = nullptr;
    SecretRow m_deviceSecret;
    QLineEdit *m_certificate = nullptr, *m_certificateKey = nullptr;
    QPushButton *m_certificateBrowse = nullptr, *m_keyBrowse = nullptr;
    QLabel *m_certificateError = nullptr;
    SecretRow m_certPassword;
    QLabel *m_certificateInfo = nullptr;
    QTimer *m_inspectTimer = nullptr;
    QList<QWidget *> m_secretModeWidgets, m_certificateModeWidgets;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QPushButton *m_testButton = nullptr, *m_cancelTestButton = nullptr;
    QLabel *m_testResult = nullptr, *m_saveStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sdsm::gui
