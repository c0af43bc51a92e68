// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile.h"
#include "sessionservice.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QUuid>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace sdsm {
class Clock;
class IdentityCheck;
class Workspace;
} // namespace sdsm

namespace sdsm::gui {

class CheckResultModel;

// "Check identities…" (issue 10 §1): tries the chosen profiles' identities once each with
// IdentityCheck — the selected profiles, the profiles with a tag, or all of them — and fills a
// sortable table in as the answers come, with a progress bar. A window of its own, not modal:
// the main window stays usable while a check runs, and nothing waits on the network here.
// Esc cancels a running check, or closes the window; closing it stops the check.
class CheckWindow : public QDialog
{
    Q_OBJECT
public:
    enum class ExportFormat { Csv, Json };

    // `defaults` carry the app's request settings (timeout, proxy, program name); the window
    // adds whether to ask for new sessions. `workspace` and `clock` outlive the window.
    CheckWindow(sdsm::Workspace &workspace, const sdsm::Clock &clock, sdsm::SessionOptions defaults,
                QWidget *parent = nullptr);
    ~CheckWindow() override;
    // The app's settings changed: the next check follows them.
    void setRequestDefaults(sdsm::SessionOptions defaults) { m_defaults = std::move(defaults); }

    // The profiles there are, and which of them are selected in the main window: the choice
    // offers the selection (chosen when there is one), each tag and all profiles. Keeps the
    // current choice when it still exists.
    void setProfiles(const QList<sdsm::Profile> &all, const QList<QUuid> &selected);
    void chooseSelection();
    void chooseAll();
    bool chooseTag(const QString &tag); // false when no profile has it
    QList<sdsm::Profile> chosenProfiles() const;

    bool isRunning() const;
    // The check last started (null before the first); its results stay readable after it ends.
    const sdsm::IdentityCheck *check() const;
    CheckResultModel *resultModel() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }

    // Writes the last check's results to `path` in the forms `santedb-session check` prints
    // (IdentityCheck's columns; never a token). Returns why it failed in one sentence, or empty.
    QString exportTo(const QString &path, ExportFormat format) const;

public Q_SLOTS:
    void start(); // a new check of the chosen profiles with the options shown
    void cancel();
    void exportResults(); // asks where (a file dialog that does not block), then exportTo()

Q_SIGNALS:
    void checkFinished(); // the check started last ended (all done, or cancelled)

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void fillScope();
    void updateState();
    void updateProgress();
    QString summaryText() const;
    // The expected policy OIDs typed in, or nullopt (with the problem shown) when one is not.
    std::optional<QStringList> expectedPolicies();

    sdsm::Workspace &m_workspace;
    const sdsm::Clock &m_clock;
    sdsm::SessionOptions m_defaults;
    QList<sdsm::Profile> m_all;
    QList<QUuid> m_selected;
    CheckResultModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_scope;
    QSpinBox *m_jobs;
    QDoubleSpinBox *m_rate;
    QLineEdit *m_policies;
    QCheckBox *m_fresh;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_export;
    QPushButton *m_close;
    QPointer<sdsm::IdentityCheck> m_check;
    bool m_closing = false;
};

} // namespace sdsm::gui
