#include "profilelistmodel.h"

#include "clock.h"
#include "workspace.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

// A burst (lock file, QSaveFile's temporary, the rename) becomes one reload.
constexpr int ReloadDelayMs = 50;

// "12 min", "1 h 5 min", "3 days": minutes round up so a running session never reads "0 min".
QString timeLeftText(qint64 seconds)
{
    constexpr qint64 Hour = 3600;
    constexpr qint64 Day = 24 * Hour;
    if (seconds < Hour) {
        const int minutes = static_cast<int>((seconds + 59) / 60);
        return ProfileListModel::tr("%n min", nullptr, minutes);
    }
    if (seconds < 2 * Day) {
        const qint64 hours = seconds / Hour;
        const qint64 minutes = (seconds % Hour) / 60;
        return minutes == 0 ? ProfileListModel::tr("%1 h").arg(hours)
                            : ProfileListModel::tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    return ProfileListModel::tr("%n days", nullptr, static_cast<int>(seconds / Day));
}

} // namespace

ProfileListModel::ProfileListModel(Workspace &workspace, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &ProfileListModel::reload);
    const auto scheduleReload = [this] { m_reloadTimer->start(); };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, scheduleReload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, scheduleReload);
    reload();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString server = row.profile.server.toDisplayString();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.profile.name;
    case UuidRole:
        return QVariant::fromValue(row.profile.uuid);
    case ServerRole:
        return server;
    case BadgeRole:
        return QVariant::fromValue(row.badge);
    case BadgeTextRole:
        return row.badgeText;
    case ExpiresAtRole:
        return row.state.expiresAt;
    case SearchTextRole:
        return QString(row.profile.name + u' ' + server);
    case Qt::ToolTipRole: {
        QStringList lines {row.profile.name, server, row.badgeText};
        if (row.badge == Badge::Failed && !row.state.lastMessage.isEmpty())
            lines.append(row.state.lastMessage);
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(row.profile.name, server, row.badgeText);
    default:
        return {};
    }
}

void ProfileListModel::reload()
{
    // Watch first, so a change made while the files are being read still schedules a reload.
    watchFiles();

    QList<Row> rows;
    const auto snapshot = m_workspace.profiles().load();
    if (snapshot.ok()) {
        m_loadError.clear();
        m_loadWarning = snapshot.value().warning;
        const QHash<QUuid, ProfileState> states = m_workspace.state().all();
        const QDateTime now = m_clock.now();
        for (const Profile &profile : snapshot.value().profiles) {
            Row row;
            row.profile = profile;
            row.state = states.value(profile.uuid);
            computeBadge(row, now);
            rows.append(row);
        }
    } else {
        m_loadError = snapshot.error().message;
        m_loadWarning.clear();
    }

    // The same profiles in the same order are updated in place, so views keep their selection
    // and scroll position; anything else is a reset.
    const bool sameProfiles =
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                   [](const Row &a, const Row &b) { return a.profile.uuid == b.profile.uuid; });
    if (sameProfiles) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row &before = m_rows.at(i);
            const Row &after = rows.at(i);
            const bool changed = before.profile != after.profile
                || before.state.toJson() != after.state.toJson() || before.badge != after.badge
                || before.badgeText != after.badgeText;
            m_rows[i] = after;
            if (changed) {
                const QModelIndex at = index(static_cast<int>(i));
                Q_EMIT dataChanged(at, at);
            }
        }
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT reloaded();
}

int ProfileListModel::rowOf(const QUuid &uuid) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [&uuid](const Row &row) { return row.profile.uuid == uuid; });
    return found == m_rows.cend() ? -1 : static_cast<int>(found - m_rows.cbegin());
}

Profile ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).profile : Profile {};
}

ProfileState ProfileListModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : ProfileState {};
}

void ProfileListModel::setExpiringSoonSeconds(int seconds)
{
    m_expiringSoonSeconds = std::max(0, seconds);
    refresh();
}

void ProfileListModel::refresh()
{
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const Badge badge = row.badge;
        const QString text = row.badgeText;
        computeBadge(row, now);
        if (row.badge != badge || row.badgeText != text) {
            const QModelIndex at = index(static_cast<int>(i));
            Q_EMIT dataChanged(at, at,
                               {BadgeRole, BadgeTextRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    }
}

void ProfileListModel::computeBadge(Row &row, const QDateTime &now) const
{
    const ProfileState &state = row.state;
    const bool succeeded = state.lastResult == u"ok"_s || state.lastResult == u"cached"_s;
    if (!state.lastResult.isEmpty() && !succeeded) {
        row.badge = Badge::Failed;
        row.badgeText = tr("Failed: %1").arg(state.lastResult);
        return;
    }
    // No expiry after a success means the session was forgotten (profile edited, secrets
    // cleared) or never cacheable: either way there is nothing to reuse.
    if (!succeeded || !state.expiresAt.isValid()) {
        row.badge = Badge::NoSession;
        row.badgeText = tr("No session");
        return;
    }
    const qint64 left = now.secsTo(state.expiresAt);
    if (left <= 0) {
        row.badge = Badge::Expired;
        row.badgeText = tr("Expired");
    } else if (left < m_expiringSoonSeconds) {
        row.badge = Badge::ExpiringSoon;
        row.badgeText = tr("Expiring — %1 left").arg(timeLeftText(left));
    } else {
        row.badge = Badge::Valid;
        row.badgeText = tr("Valid — %1 left").arg(timeLeftText(left));
    }
}

void ProfileListModel::watchFiles()
{
    const QStringList files {m_workspace.paths().profilesFile, m_workspace.paths().stateDir()};
    QStringList folders;
    for (const QString &file : files) {
        // Until a folder exists its nearest existing parent is watched, so its creation (the
        // CLI's first profile) is seen as well.
        QString folder = QFileInfo(file).absolutePath();
        while (!QFileInfo(folder).isDir()) {
            const QString parent = QFileInfo(folder).absolutePath();
            if (parent == folder)
                break;
            folder = parent;
        }
        folders.append(folder);
    }
    folders.removeDuplicates();

    // QSaveFile replaces the files, and a file watch follows the replaced inode: watch anew.
    if (const QStringList watchedFiles = m_watcher->files(); !watchedFiles.isEmpty())
        m_watcher->removePaths(watchedFiles);
    for (const QString &file : files) {
        if (QFileInfo::exists(file))
            m_watcher->addPath(file);
    }
    const QStringList watchedFolders = m_watcher->directories();
    for (const QString &folder : watchedFolders) {
        if (!folders.contains(folder))
            m_watcher->removePath(folder);
    }
    for (const QString &folder : folders) {
        if (!watchedFolders.contains(folder))
            m_watcher->addPath(folder);
    }
}

} // namespace sdsm::gui
