#pragma once

#include "profile.h"
#include "statestore.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QUuid>

class QFileSystemWatcher;
class QTimer;

namespace sdsm {
class Clock;
class Workspace;
} // namespace sdsm

namespace sdsm::gui {

// The profiles of profiles.json with the status of their last session from state.json. It
// never reads the keychain, so listing stays instant and never prompts; it follows changes made
// by the CLI (or another app instance) through a file watcher.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        NameRole,
        ServerRole,
        BadgeRole, // Badge
        BadgeTextRole,
        ExpiresAtRole, // QDateTime, UTC; invalid when unknown
        SearchTextRole,
    };
    enum class Badge { NoSession, Valid, ExpiringSoon, Expired, Failed };
    Q_ENUM(Badge)

    ProfileListModel(sdsm::Workspace &workspace, const sdsm::Clock &clock,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Re-reads profiles.json and state.json. A damaged profile file empties the list and sets
    // loadError(); the next successful read brings the rows back.
    void reload();
    QString loadError() const { return m_loadError; }
    QString loadWarning() const { return m_loadWarning; }

    int rowOf(const QUuid &uuid) const; // -1 when absent
    sdsm::Profile profileAt(int row) const;
    sdsm::ProfileState stateAt(int row) const;

    // ExpiringSoon below this many seconds left (default 120).
    void setExpiringSoonSeconds(int seconds);
    // Recomputes the badges from the clock; dataChanged only for rows whose badge changed.
    void refresh();

Q_SIGNALS:
    // After every reload; rows may have been reset, so views re-select by UuidRole.
    void reloaded();

private:
    struct Row
    {
        sdsm::Profile profile;
        sdsm::ProfileState state;
        Badge badge = Badge::NoSession;
        QString badgeText;
    };

    void computeBadge(Row &row, const QDateTime &now) const;
    void watchFiles();

    sdsm::Workspace &m_workspace;
    const sdsm::Clock &m_clock;
    QList<Row> m_rows;
    QString m_loadError;
    QString m_loadWarning;
    int m_expiringSoonSeconds = 120;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
};

} // namespace sdsm::gui
