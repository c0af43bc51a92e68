#pragma once

#include "sessionservice.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSplitter;

namespace sdsm {
class Clock;
class Workspace;
} // namespace sdsm

namespace sdsm::gui {

class AppSettings;
class ClipboardGuard;
class ExpiryWatcher;
class ProfileListModel;
class SessionPanel;
class TrayPresenter;

// Profiles on the left, the selected profile and its session on the right. Sessions live in
// memory only (and in the keychain cache the core keeps); the window never blocks on the
// network or the keychain.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, AppSettings &settings, const Clock &clock, TrayPresenter *tray,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionPanel *sessionPanel() const { return m_panel; }
    QListView *profileView() const { return m_list; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    ProfileListModel *profileModel() const { return m_model; }
    QAction *action(const QString &objectName) const;

    void selectProfile(const QUuid &uuid);
    QList<QUuid> selectedProfiles() const;

public Q_SLOTS:
    void getSession(); // for every selected profile, one after the other; reuses a cached one
    void getFreshSession(); // the same, but always asks the server
    void cancelRequest();
    void copyHeader();
    void copyToken();
    void copyCurl();
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void removeProfiles();
    void importProfiles();
    void exportProfiles();
    void showSettings();
    void applySettings();

Q_SIGNALS:
    // Emitted whenever a session request ends (for the demo and tests).
    void sessionFinished(const QUuid &profile, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildLayout();
    void restoreWindowState();
    void onSelectionChanged();
    void onModelReloaded();
    void enqueueSelected(bool fresh);
    void startNextRequest();
    void showSelected();
    void updateActions();
    bool isExpired(const Session &session) const; // an unknown expiry never expires
    void updateTray();
    void copyFromSession(const std::function<QString(const Session &, const Profile &)> &make,
                         const QString &what, bool needsBearer);
    std::optional<Profile> currentProfile() const;
    QAction *makeAction(const QString &objectName, const QString &text, const QString &icon,
                        const QKeySequence &shortcut, void (MainWindow::*slot)());

    Workspace &m_workspace;
    AppSettings &m_settings;
    const Clock &m_clock;
    TrayPresenter *m_tray;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_details;
    QLabel *m_listProblem;
    SessionPanel *m_panel;
    QSplitter *m_splitter;
    ClipboardGuard *m_clipboard;
    ExpiryWatcher *m_expiry;
    QLabel *m_clipboardStatus;
    QHash<QString, QAction *> m_actions;
    QHash<QUuid, Session> m_sessions;
    QHash<QUuid, Error> m_errors;
    struct Request
    {
        QUuid profile;
        bool fresh = false;
    };
    QList<Request> m_queue;
    std::optional<QUuid> m_running;
    QPointer<sdsm::Job<sdsm::Session>> m_runningJob; // the request m_running names
    bool m_quitting = false;
};

} // namespace sdsm::gui
