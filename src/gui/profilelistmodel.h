// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile.h"
#include "profilestatus.h"
#include "profilestore.h"
#include "result.h"
#include "statestore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <future>

class QFileSystemWatcher;
class QTimer;

namespace sdsm {
class Clock;
class Workspace;
} // namespace sdsm

namespace sdsm::gui {

// The profiles of profiles.json with the status of their last session from the state files. It
// never reads the keychain, so listing stays instant and never prompts; it follows changes made
// by the CLI (or another app instance) through a file watcher. The status is the core's
// (profileStatus); the window adds what only it knows: a request running, and when a session it
// holds started (so the list and the panel agree on "expiring").
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        NameRole,
        ServerRole,
        StatusRole, // sdsm::ProfileStatus
        StatusTextRole, // "59 min left", "Secret missing", "No session", ...
        ExpiresAtRole, // QDateTime, UTC; invalid when unknown
        SecondsLeftRole, // qint64 for sorting: seconds of a usable session, else -1
        LastUsedRole, // QDateTime of the last attempt, UTC; invalid when never
        TagsRole, // QStringList
        SearchTextRole, // name, server, client id, device id, user name and note, one per line
    };

    // Now: the rows are there when the model is made. InBackground: the files are read on another
    // thread, and the rows come with finishFirstLoad(); the window builds its widgets meanwhile.
    enum class FirstLoad { Now, InBackground };

    ProfileListModel(sdsm::Workspace &workspace, const sdsm::Clock &clock,
                     QObject *parent = nullptr, FirstLoad firstLoad = FirstLoad::Now);
    // Waits for the reading FirstLoad::InBackground started and shows its rows, as reload() does.
    void finishFirstLoad();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Re-reads profiles.json and the state files. A damaged profile file empties the list and
    // sets loadError(); the next successful read brings the rows back.
    void reload();
    QString loadError() const { return m_loadError; }
    QString loadWarning() const { return m_loadWarning; }

    int rowOf(const QUuid &uuid) const; // -1 when absent
    sdsm::Profile profileAt(int row) const;
    sdsm::ProfileState stateAt(int row) const;
    sdsm::ProfileStatus statusAt(int row) const;
    QList<sdsm::Profile> profiles() const;
    QStringList allTags() const; // sorted, unique

    // Expiring below this many seconds left (default 120), besides the last fifth of a lifetime.
    void setExpiringSoonSeconds(int seconds);
    // A request for this profile is running (Working) or ended.
    void setWorking(const QUuid &uuid, bool working);
    // When the session the window holds for this profile started (invalid: forget it).
    void setLifetimeStart(const QUuid &uuid, const QDateTime &start);
    // Recomputes the statuses from the clock; dataChanged only for rows whose status changed.
    void refresh();

Q_SIGNALS:
    // After every reload; rows may have been reset, so views re-select by UuidRole.
    void reloaded();

private:
    struct Row
    {
        sdsm::Profile profile;
        sdsm::ProfileState state;
        sdsm::ProfileStatus status = sdsm::ProfileStatus::NoSession;
        QString statusText;
    };

    // What reload() reads: only files, so it may run on any thread.
    struct Reading
    {
        sdsm::Result<sdsm::ProfileStore::Snapshot> snapshot;
        QHash<QUuid, sdsm::ProfileState> states;
    };
    static Reading read(sdsm::Workspace &workspace);
    void applyReading(Reading reading);
    void computeStatus(Row &row, const QDateTime &now) const;
    void watchFiles();
    void emitRowChanged(qsizetype row);

    sdsm::Workspace &m_workspace;
    const sdsm::Clock &m_clock;
    QList<Row> m_rows;
    QString m_loadError;
    QString m_loadWarning;
    int m_expiringSoonSeconds = 120;
    QSet<QUuid> m_working;
    QHash<QUuid, QDateTime> m_lifetimeStarts;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    std::future<Reading> m_firstReading;
};

} // namespace sdsm::gui
