// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"
#include "history.h"
#include "profile.h"
#include "profilestatus.h"
#include "sessionservice.h"

#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sdsm {
class Clock;
}

namespace sdsm::gui {

// The window's actions the panel shows as buttons, so the panel, the toolbar, the menus and the
// tray share one enabled state (the window decides it).
struct PanelActions
{
    QAction *getSession = nullptr;
    QAction *checkOnServer = nullptr;
    QAction *signOut = nullptr;
    QAction *cancel = nullptr;
    QAction *copyHeader = nullptr;
    QAction *copyToken = nullptr;
    QAction *copyCurl = nullptr;
    QAction *keepAlive = nullptr; // checkable
};

// The right-hand side of the main window: a compact summary at the top (status icon and colour,
// the time left in large type, the signature and server badges, the actions), then a splitter
// between the session's details (which scroll) and the tabs (policies, claims, raw response,
// history). It only shows and asks; obtaining, checking and copying are the main window's job.
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPanel(const sdsm::Clock &clock, QWidget *parent = nullptr);
    ~SessionPanel() override;

    void setActions(const PanelActions &actions);
    // Expiring below this many seconds left, besides the last fifth of the lifetime.
    void setExpiringSoonSeconds(int seconds);

    void showIdle(const QString &profileName); // empty: no profile selected
    void showSession(const sdsm::Session &session, const sdsm::Profile &profile);
    // What the last attempt ended with; the remedy becomes a button (remedyRequested).
    void showError(const sdsm::Error &error, const QString &profileName = {});
    // A request runs for the shown profile: `what` says which ("Getting a session…").
    void setBusy(bool busy, const QString &what = {});
    void setHistory(const QList<sdsm::HistoryEntry> &entries);
    // What the profile is (server, identity, tags, note), the first lines of the details.
    void setProfileFacts(const QString &text);
    // A transient fact under the summary ("Signed out on the server."), cleared by the next show.
    void setInfo(const QString &text);
    // Re-reads the clock: countdown, bar, colours and state. A 1 s timer calls it.
    void refresh();

    sdsm::ProfileStatus status() const { return m_status; }
    bool isBusy() const { return m_busy; }
    // 0..1 of the session lifetime left; 0 without a session or a known expiry.
    double remainingFraction() const;
    QSplitter *splitter() const { return m_splitter; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *policiesView() const { return m_policiesView; }
    QMenu *policyMenu() const { return m_policyMenu; }
    QMenu *claimMenu() const { return m_claimMenu; }

    // When a session's lifetime began: its last renewal, else when it was obtained, else the
    // id_token's iat; invalid when none is known.
    static QDateTime lifetimeStart(const sdsm::Session &session);

Q_SIGNALS:
    void remedyRequested(const sdsm::Error &error);
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildSummary();
    void buildDetails();
    void buildTabs();
    // Builds the tab page at `index` and shows the session on it, the first time it is shown.
    void buildPage(int index);
    void buildMenus();
    QLabel *addDetail(const QString &objectName, const QString &caption,
                      const QString &accessibleName, bool copyable);
    void render();
    void renderSummary();
    void renderDetails();
    void renderPolicies();
    void renderClaims();
    void renderRaw();
    void renderHistory();
    void renderBadges();
    void renderMessages();
    void applyColours();
    void forgetSession();
    QString signatureText() const;

    void copyText(const QString &text);
    void copySelectedPolicies();
    void showPolicyMenu(const QPoint &at);
    void showClaimMenu(const QPoint &at);
    QString policiesJson() const;

    const sdsm::Clock &m_clock;
    PanelActions m_actions;
    int m_expiringSoonSeconds = 120;

    sdsm::ProfileStatus m_status = sdsm::ProfileStatus::NoSession;
    bool m_busy = false;
    QString m_busyText;
    QString m_profileName;
    std::optional<sdsm::Session> m_session;
    sdsm::Profile m_profile;
    std::optional<sdsm::Error> m_error;
    QList<sdsm::HistoryEntry> m_history;
    QDateTime m_lifetimeStart;

    QTimer *m_ticker;
    // Summary
    QWidget *m_summary;
    QLabel *m_statusIcon, *m_titleLabel, *m_timeLeftLabel, *m_statusLabel;
    QLabel *m_signatureBadge, *m_serverBadge, *m_cachedBadge, *m_renewedBadge;
    QProgressBar *m_lifetimeBar, *m_busyBar;
    QToolButton *m_getButton, *m_checkButton, *m_signOutButton, *m_cancelButton;
    QToolButton *m_copyHeaderButton, *m_copyTokenButton, *m_copyCurlButton;
    QCheckBox *m_keepAliveCheck;
    QLabel *m_keepAliveNote;
    // Messages
    QLabel *m_errorLabel, *m_infoLabel, *m_deviceWarningLabel, *m_expiryWarningLabel,
        *m_warningsLabel;
    QWidget *m_remedyRow;
    QPushButton *m_remedyButton, *m_retryButton;
    // Details and tabs
    QSplitter *m_splitter;
    QScrollArea *m_detailsScroll;
    QWidget *m_details;
    QFormLayout *m_detailsForm;
    // One icon for every copy button, so they share its drawings.
    QIcon m_copyIcon;
    QLabel *m_profileFacts;
    QLabel *m_tokenTypeValue, *m_expiresLocalValue, *m_expiresUtcValue, *m_expirySourceValue,
        *m_subjectValue, *m_nameValue, *m_generationValue, *m_obtainedByValue, *m_deviceValue,
        *m_clientSecretValue, *m_facilityValue, *m_refreshValue, *m_notesLabel;
    QTabWidget *m_tabs;
    QLabel *m_policiesSignature, *m_claimsSignature = nullptr;
    QLineEdit *m_policyFilter;
    QTableView *m_policiesView;
    QStandardItemModel *m_policies;
    QSortFilterProxyModel *m_policyProxy;
    // Built with their page, when it is first shown (buildPage).
    QTreeWidget *m_claimsTree = nullptr;
    QCheckBox *m_revealCheck = nullptr;
    QPlainTextEdit *m_rawEdit = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QMenu *m_policyMenu = nullptr;
    QMenu *m_claimMenu = nullptr;
};

} // namespace sdsm::gui
