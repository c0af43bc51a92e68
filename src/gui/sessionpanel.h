#pragma once

#include "error.h"
#include "history.h"
#include "profile.h"
#include "sessionservice.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTimer;

namespace Ui {
class SessionPanel;
}

namespace sdsm {
class Clock;
}

namespace sdsm::gui {

// The right-hand side of the main window: what the selected profile's session is, how long it
// lasts, what it grants, and the buttons that act on it. It only shows and asks; obtaining and
// copying are the main window's job (it owns the SessionService and the clipboard rules).
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Busy, Valid, Expiring, Expired, Error };
    Q_ENUM(State)

    explicit SessionPanel(const sdsm::Clock &clock, QWidget *parent = nullptr);
    ~SessionPanel() override;

    void showIdle(const QString &profileName);
    void showBusy(const QString &profileName);
    void showSession(const sdsm::Session &session, const sdsm::Profile &profile);
    // Without a profile name the title is cleared: the panel cannot tell whose error it is.
    void showError(const sdsm::Error &error);
    void showError(const sdsm::Error &error, const QString &profileName);
    void setHistory(const QList<sdsm::HistoryEntry> &entries);
    // Re-reads the clock: countdown, bar, colours and state. A 1 s timer calls it.
    void refresh();

    State state() const { return m_state; }
    // 0..1 of the session lifetime left; 0 without a session or a known expiry.
    double remainingFraction() const;

Q_SIGNALS:
    void getSessionRequested();
    void cancelRequested();
    void copyHeaderRequested();
    void copyTokenRequested();
    void copyCurlRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void forgetSession();
    void retranslate();
    void render();
    void renderSessionDetails();
    void renderExpirySource();
    void renderPolicies();
    void renderClaims();
    void renderRaw();
    void renderHistory();
    void renderState();
    void applyPaletteColours();
    void copySelectedPolicies();

    std::unique_ptr<Ui::SessionPanel> m_ui;
    const sdsm::Clock &m_clock;
    QTimer *m_ticker;
    QStandardItemModel *m_policies;
    QSortFilterProxyModel *m_policyFilter;
    QAction *m_copyPolicies;

    State m_state = State::Idle;
    QString m_profileName;
    std::optional<sdsm::Session> m_session;
    sdsm::Profile m_profile;
    std::optional<sdsm::Error> m_error;
    QList<sdsm::HistoryEntry> m_history;
    // Where the lifetime bar counts from (see showSession).
    QDateTime m_lifetimeStart;
    // The start chosen when a session was first shown, per profile, so showing it again (after
    // a selection change) does not restart its bar.
    struct LifetimeStart
    {
        QDateTime expiresAt;
        QDateTime start;
    };
    QHash<QUuid, LifetimeStart> m_lifetimeStarts;
};

} // namespace sdsm::gui
