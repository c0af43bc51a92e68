// SPDX-License-Identifier: Apache-2.0
#include "pendingdeletions.h"

#include "storefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

QString what()
{
    return QCoreApplication::translate("sdsm::gui::PendingDeletions", "pending deletions file");
}

} // namespace

PendingDeletions::PendingDeletions(QString filePath)
    : m_filePath(std::move(filePath))
{ }

Result<QList<QUuid>> PendingDeletions::all() const
{
    return read();
}

Result<QList<QUuid>> PendingDeletions::read() const
{
    QFile file;
    const auto opened = openUnfollowed(file, m_filePath, what());
    if (!opened.ok())
        return opened.error();
    if (!opened.value())
        return QList<QUuid> {};
    // A damaged file holds nothing a person typed: it reads as empty, and the next write heals it.
    const QJsonArray list =
        QJsonDocument::fromJson(file.read(64 * 1024)).object().value(u"profiles"_s).toArray();
    QList<QUuid> uuids;
    for (const QJsonValue &v : list) {
        const QUuid uuid(v.toString());
        if (!uuid.isNull() && !uuids.contains(uuid))
            uuids.append(uuid);
    }
    return uuids;
}

Result<void> PendingDeletions::add(const QList<QUuid> &profiles)
{
    return change(profiles, {});
}

Result<void> PendingDeletions::remove(const QList<QUuid> &profiles)
{
    return change({}, profiles);
}

Result<void> PendingDeletions::change(const QList<QUuid> &added, const QList<QUuid> &removed)
{
    const auto lock = lockForWriting(m_filePath, what());
    if (!lock.ok())
        return lock.error();
    auto current = read();
    if (!current.ok())
        return current.error();
    QList<QUuid> uuids = current.value();
    for (const QUuid &uuid : added) {
        if (!uuids.contains(uuid))
            uuids.append(uuid);
    }
    uuids.removeIf([&removed](const QUuid &uuid) { return removed.contains(uuid); });
    QJsonArray list;
    for (const QUuid &uuid : std::as_const(uuids))
        list.append(uuid.toString(QUuid::WithoutBraces));
    // A new entry is flushed before the keychain entries it protects are out of sight; a finished
    // one need not be: losing it only means the next start deletes nothing again.
    return saveAtomically(m_filePath, QJsonDocument(QJsonObject {{u"profiles"_s, list}}).toJson(),
                          what(), added.isEmpty() ? Durability::Unsynced : Durability::Synced);
}

} // namespace sdsm::gui
