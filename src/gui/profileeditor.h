#pragma once

#include "profile.h"
#include "result.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <memory>
#include <utility>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Ui {
class ProfileEditorDialog;
}

namespace sdsm {
class ServerProbe;
class Workspace;
} // namespace sdsm

namespace sdsm::gui {

// Adds, edits or duplicates one profile, with inline checks as the user types, a background
// "Test connection", and its secrets written to the keychain before the profile itself, so a
// keychain failure never leaves a profile whose secrets are missing. Stored secrets are never
// read: in Edit mode an empty secret field keeps what the keychain holds.
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

public Q_SLOTS:
    // Stores the secrets, then the profile; the dialog closes only once both worked.
    void accept() override;
    // Ignored while saving: secrets may already be in the keychain by then.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    using PendingSecrets = QList<std::pair<sdsm::SecretKind, QString>>;

    void fillFields(const sdsm::Profile &profile);
    void setUpSecretField(QLineEdit *field, QToolButton *show);
    sdsm::Profile profileFromFields() const;
    sdsm::DeviceMode chosenDeviceMode() const;
    sdsm::SanteDbVersion chosenVersion() const;
    // The field that edits a secret of this kind, or null when the editor has none for it.
    QLineEdit *secretField(sdsm::SecretKind kind) const;

    void revalidate();
    void showProblem(QLineEdit *field, QLabel *label, const QString &problem);
    QString nameProblem(const QString &name) const;
    QString urlProblem(const QString &text, bool optional, bool allowHttp) const;
    QString pinProblem(const sdsm::Profile &profile) const;
    QString fileProblem(const QString &path, bool required, bool certificate) const;
    void updateTokenEndpointPlaceholder();
    void browse(QLineEdit *field, bool certificate);

    void testConnection();
    void cancelTest();

    void storeNext(const sdsm::Profile &profile, PendingSecrets remaining);
    void saveProfile(const sdsm::Profile &profile);
    void failSave(const QString &message);
    void setSaving(bool saving);
    void clearSecrets();

    std::unique_ptr<Ui::ProfileEditorDialog> m_ui;
    sdsm::Workspace &m_workspace;
    const Mode m_mode;
    const sdsm::Profile m_initial;
    sdsm::Profile m_saved;
    QUuid m_newUuid; // chosen at the first OK, then kept so a retry overwrites the same entries
    QSet<QString> m_otherNames;
    QSet<QLineEdit *> m_touched;
    sdsm::ServerProbe *m_probe;
    int m_timeoutSeconds = 30;
    int m_problems = 0;
    bool m_saving = false;
    bool m_sized = false;
};

} // namespace sdsm::gui
