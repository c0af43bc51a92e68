// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profilestatus.h"
#include "sessionservice.h"
#include "statestore.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace sdsm {
class Clock;
class Workspace;
} // namespace sdsm

namespace sdsm::gui {

class AppSettings;
class CheckWindow;
class ClipboardGuard;
class DialogPrompter;
class ExpiryWatcher;
class KeepAlive;
class PendingDeletions;
class ProfileEditorDialog;
class ProfileFilterModel;
class ProfileListModel;
class SessionPanel;
class TrayPresenter;

// Profiles on the left, the selected profile and its session on the right. Sessions live in
// memory only (and in the keychain cache the core keeps); the window never blocks on the
// network or the keychain: every step is a job, every question a window-modal dialog.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(sdsm::Workspace &workspace, AppSettings &settings, const sdsm::Clock &clock,
               TrayPresenter *tray, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The tray icon, when the window was made without one: the app adds it after the first
    // paint, since asking the desktop for a tray waits on its session bus. TRAY starts with no
    // sessions in its menu.
    void attachTray(TrayPresenter *tray);

    SessionPanel *sessionPanel() const { return m_panel; }
    QListView *profileView() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *matchCountLabel() const { return m_matchCount; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    ProfileListModel *profileModel() const { return m_model; }
    ProfileFilterModel *filterModel() const { return m_filter; }
    DialogPrompter *prompter() const { return m_prompter; }
    KeepAlive *keepAlive() const { return m_keepAlive; }
    QMenu *profileContextMenu() const { return m_contextMenu; }
    QWidget *emptyState() const { return m_emptyState; } // null until the list is first empty
    QPushButton *undoButton() const { return m_undoButton; }
    CheckWindow *checkWindow() const; // null until opened
    QAction *action(const QString &objectName) const;

    void selectProfile(const QUuid &uuid);
    QList<QUuid> selectedProfiles() const;
    std::optional<sdsm::Session> heldSession(const QUuid &uuid) const;
    // Deletes the keychain entries of removed profiles now (the undo window closes, or the app
    // quits); `done` runs once every deletion was tried.
    void deletePendingNow(std::function<void()> done);
    bool hasPendingDeletions() const { return !m_removed.isEmpty(); }
    // Reads the profile files again (the demo after it adds its profiles).
    void reloadProfiles();

public Q_SLOTS:
    void getSession(); // for every selected profile; reuses a cached session
    void getFreshSession(); // the same, but always asks the server
    void checkOnServer();
    // Opens the check window (or brings it forward) on the selected profiles.
    void checkIdentities();
    void signOut();
    void cancelRequest();
    void copyHeader();
    void copyToken();
    void copyCurl();
    void newProfile();
    void editProfile();
    // Opens the editor on one field of the current profile (a remedy's "edit that field").
    void editProfileField(const QString &field);
    void duplicateProfile();
    void removeProfiles();
    void undoRemove();
    void expireUndo(); // the undo window closed: delete the removed profiles' secrets
    void importProfiles();
    bool importFile(const QString &path);
    void exportProfiles();
    void showSettings();
    void applySettings();
    void tryDemo();
    void raiseWindow();

Q_SIGNALS:
    // Emitted whenever a session request ends (for the demo and tests).
    void sessionFinished(const QUuid &profile, bool ok);
    void serverCheckFinished(const QUuid &profile, bool ok);
    void signOutFinished(const QUuid &profile, bool ok);
    // A dialog of the window opened (tests answer it; they never wait on a nested loop).
    void dialogOpened(QDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class RequestKind { Obtain, ObtainFresh, Renew, Check, SignOut };
    struct Request
    {
        QUuid profile;
        RequestKind kind = RequestKind::Obtain;
        QString facility; // a facility chosen after the server asked for one
    };
    struct Removed
    {
        sdsm::Profile profile;
        sdsm::ProfileState state;
    };

    void buildActions();
    void buildMenus();
    void buildLayout();
    QWidget *buildEmptyState();
    void restoreWindowState();
    QAction *makeAction(const QString &objectName, const QString &text, const QString &icon,
                        const QKeySequence &shortcut, void (MainWindow::*slot)());

    void onSelectionChanged();
    void onModelReloaded();
    void onSearchChanged();
    bool ensureSelection(); // true when it selected the first row
    void updateMatchCount();
    void updateTagFilter();
    void showSelected();
    void updateActions();
    void updateTray();
    void applyTraySettings();
    void tick();
    void note(const QString &text, int ms = 8000);
    void showContextMenu(const QPoint &globalPos);

    std::optional<sdsm::Profile> currentProfile() const;
    std::optional<sdsm::Profile> profileFor(const QUuid &uuid) const;
    bool isUsable(const QUuid &uuid) const; // a session is held, unexpired, not revoked
    bool isBearer(const QUuid &uuid) const;
    bool keepAliveFor(const sdsm::Profile &profile) const;

    void enqueue(RequestKind kind);
    void startQueued();
    bool start(const Request &request);
    sdsm::SessionOptions optionsFor(const Request &request) const;
    sdsm::SessionOptions requestDefaults() const; // the settings every request follows
    void finishObtain(const Request &request, sdsm::Result<sdsm::Session> result);
    void finishCheck(const QUuid &uuid, sdsm::Result<sdsm::ServerSessionStatus> result);
    void finishSignOut(const QUuid &uuid, sdsm::Result<sdsm::SignOutResult> result);
    void requestEnded(const QUuid &uuid);
    void retry(const QUuid &uuid);
    void applyRemedy(const sdsm::Error &error);
    void reviewCertificate(const sdsm::Profile &profile, const sdsm::Error &error);
    void showTrustDialog(const sdsm::Profile &profile, const sdsm::CertificateInfo &info,
                         const QString &problem);
    void explainKeyring(const sdsm::Error &error);
    void chooseFacility(const sdsm::Profile &profile, const sdsm::Error &error);
    void openSettings(const QString &focus, std::function<void()> accepted);
    void openEditor(ProfileEditorDialog *dialog, bool discardsSession);

    void copyFromSession(
        const std::function<QString(const sdsm::Session &, const sdsm::Profile &)> &make,
        const QString &what, bool needsBearer);
    void removeConfirmed(const QList<sdsm::Profile> &profiles);
    void finishStaleDeletions();
    void deleteSecretsOf(QList<sdsm::Profile> profiles, std::function<void()> done);

    sdsm::Workspace &m_workspace;
    AppSettings &m_settings;
    const sdsm::Clock &m_clock;
    TrayPresenter *m_tray = nullptr;
    ProfileListModel *m_model;
    ProfileFilterModel *m_filter;
    QStackedWidget *m_central;
    QWidget *m_emptyState;
    QLineEdit *m_search;
    QLabel *m_matchCount;
    QComboBox *m_tagFilter;
    QListView *m_list;
    QLabel *m_listProblem;
    SessionPanel *m_panel;
    QSplitter *m_splitter;
    QMenu *m_contextMenu = nullptr;
    ClipboardGuard *m_clipboard;
    ExpiryWatcher *m_expiry;
    KeepAlive *m_keepAlive;
    DialogPrompter *m_prompter;
    std::unique_ptr<PendingDeletions> m_pending; // not a QObject: owned here
    QLabel *m_clipboardStatus;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undoButton;
    QTimer *m_undoTimer;
    QTimer *m_ticker;
    QPointer<CheckWindow> m_checkWindow;
    QHash<QString, QAction *> m_actions;
    QHash<QUuid, sdsm::Session> m_sessions;
    QHash<QUuid, sdsm::Error> m_errors;
    QHash<QUuid, RequestKind> m_lastKind;
    QHash<QUuid, QPointer<sdsm::JobBase>> m_running;
    QHash<QUuid, RequestKind> m_runningKind;
    QList<Request> m_queue;
    QList<Removed> m_removed;
    QList<QString> m_trayTexts;
    bool m_syncingKeepAlive = false;
    bool m_quitting = false;
};

} // namespace sdsm::gui
