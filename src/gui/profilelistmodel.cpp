// SPDX-License-Identifier: Apache-2.0
#include "profilelistmodel.h"

#include "clock.h"
#include "timetext.h"
#include "workspace.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

// A burst (lock file, QSaveFile's temporary, the rename) becomes one reload.
constexpr int ReloadDelayMs = 50;

} // namespace

ProfileListModel::ProfileListModel(Workspace &workspace, const Clock &clock, QObject *parent,
                                   FirstLoad firstLoad)
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
    if (firstLoad == FirstLoad::Now) {
        reload();
        return;
    }
    // Reading and parsing a thousand profiles took as long as building the whole window.
    watchFiles();
    m_firstReading = std::async(std::launch::async, [&workspace] { return read(workspace); });
}

void ProfileListModel::finishFirstLoad()
{
    if (m_firstReading.valid())
        applyReading(m_firstReading.get());
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemNeverHasChildren;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Profile &p = row.profile;
    // Only for the roles that show it: sorting by name asks for a name thousands of times, and
    // formatting every URL with it was a twentieth of start-up at 1,000 profiles.
    const auto server = [&p] { return p.server.toDisplayString(); };
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case UuidRole:
        return QVariant::fromValue(p.uuid);
    case ServerRole:
        return server();
    case StatusRole:
        return QVariant::fromValue(row.status);
    case StatusTextRole:
        return row.statusText;
    case ExpiresAtRole:
        return row.state.expiresAt;
    case SecondsLeftRole: {
        const bool usable =
            row.status == ProfileStatus::Valid || row.status == ProfileStatus::Expiring;
        return usable && row.state.expiresAt.isValid() ? m_clock.now().secsTo(row.state.expiresAt)
                                                       : qint64(-1);
    }
    case LastUsedRole:
        return row.state.lastAt;
    case TagsRole:
        return p.tags;
    case SearchTextRole:
        return QStringList {p.name, server(), p.clientId, p.deviceId, p.username, p.note}.join(
            u'\n');
    case Qt::ToolTipRole: {
        QStringList lines {p.name, server(), row.statusText};
        if (row.status == ProfileStatus::Failed && !row.state.lastMessage.isEmpty())
            lines.append(row.state.lastMessage);
        if (!p.tags.isEmpty())
            lines.append(tr("Tags: %1").arg(p.tags.join(u", "_s)));
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(p.name, statusLabel(row.status), row.statusText);
    case Qt::AccessibleDescriptionRole:
        return server();
    default:
        return {};
    }
}

void ProfileListModel::reload()
{
    // Watch first, so a change made while the files are being read still schedules a reload.
    watchFiles();
    // A first reading still running is older than the one below.
    if (m_firstReading.valid())
        m_firstReading.wait();
    m_firstReading = {};
    applyReading(read(m_workspace));
}

ProfileListModel::Reading ProfileListModel::read(Workspace &workspace)
{
    Reading reading {workspace.profiles().load(), {}};
    if (reading.snapshot.ok())
        reading.states = workspace.state().all();
    return reading;
}

void ProfileListModel::applyReading(Reading reading)
{
    QList<Row> rows;
    const auto &snapshot = reading.snapshot;
    if (snapshot.ok()) {
        m_loadError.clear();
        m_loadWarning = snapshot.value().warning;
        const QHash<QUuid, ProfileState> &states = reading.states;
        const QDateTime now = m_clock.now();
        rows.reserve(snapshot.value().profiles.size());
        for (const Profile &profile : snapshot.value().profiles) {
            Row row;
            row.profile = profile;
            row.state = states.value(profile.uuid);
            computeStatus(row, now);
            rows.append(std::move(row));
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
                || before.state.toJson() != after.state.toJson() || before.status != after.status
                || before.statusText != after.statusText;
            m_rows[i] = after;
            if (changed)
                emitRowChanged(i);
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

ProfileStatus ProfileListModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : ProfileStatus::NoSession;
}

QList<Profile> ProfileListModel::profiles() const
{
    QList<Profile> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.profile);
    return list;
}

QStringList ProfileListModel::allTags() const
{
    // Without duplicates first: a thousand profiles share a few tags, and sorting all their
    // copies was a sixtieth of the window's start-up with 1,000 profiles.
    QSet<QString> unique;
    for (const Row &row : m_rows) {
        for (const QString &tag : row.profile.tags)
            unique.insert(tag);
    }
    return normalizeTags(QStringList(unique.cbegin(), unique.cend()));
}

void ProfileListModel::setExpiringSoonSeconds(int seconds)
{
    m_expiringSoonSeconds = std::max(0, seconds);
    refresh();
}

void ProfileListModel::setWorking(const QUuid &uuid, bool working)
{
    if (working == m_working.contains(uuid))
        return;
    if (working)
        m_working.insert(uuid);
    else
        m_working.remove(uuid);
    refresh();
}

void ProfileListModel::setLifetimeStart(const QUuid &uuid, const QDateTime &start)
{
    if (start.isValid())
        m_lifetimeStarts.insert(uuid, start);
    else
        m_lifetimeStarts.remove(uuid);
    refresh();
}

void ProfileListModel::refresh()
{
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const ProfileStatus status = row.status;
        const QString text = row.statusText;
        computeStatus(row, now);
        if (row.status != status || row.statusText != text)
            emitRowChanged(i);
    }
}

void ProfileListModel::emitRowChanged(qsizetype row)
{
    const QModelIndex at = index(static_cast<int>(row));
    Q_EMIT dataChanged(at, at);
}

void ProfileListModel::computeStatus(Row &row, const QDateTime &now) const
{
    const ProfileState &state = row.state;
    const QUuid &uuid = row.profile.uuid;
    if (m_working.contains(uuid)) {
        row.status = ProfileStatus::Working;
        row.statusText = statusLabel(row.status);
        return;
    }
    row.status = profileStatus(state, now, m_expiringSoonSeconds);
    const auto start = m_lifetimeStarts.constFind(uuid);
    if (start != m_lifetimeStarts.cend()
        && (row.status == ProfileStatus::Valid || row.status == ProfileStatus::Expiring))
        row.status = sessionStatus(state.expiresAt, *start, now, m_expiringSoonSeconds);
    switch (row.status) {
    case ProfileStatus::Valid:
        row.statusText = state.expiresAt.isValid() ? timeLeftText(state.expiresAt, now)
                                                   : tr("Valid, no expiry given");
        break;
    case ProfileStatus::Expiring:
        row.statusText = tr("Expiring: %1").arg(timeLeftText(state.expiresAt, now));
        break;
    case ProfileStatus::Failed:
        row.statusText =
            errorKindLabel(parseErrorKind(state.lastResult).value_or(ErrorKind::Internal));
        break;
    case ProfileStatus::NoSession:
    case ProfileStatus::Working:
    case ProfileStatus::Expired:
    case ProfileStatus::Cancelled:
        row.statusText = statusLabel(row.status);
        break;
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
