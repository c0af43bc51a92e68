// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace sdsm::gui {

// The profiles removed in the app whose keychain entries are still to be deleted: a removal can
// be undone for a few seconds, so the entries are deleted only when that time is over, or when
// the app quits. Recorded in a small file in the data folder, so a crash in between does not
// leave secrets nobody can see: the next start deletes them.
class PendingDeletions
{
public:
    explicit PendingDeletions(QString filePath);

    const QString &filePath() const { return m_filePath; }
    Result<QList<QUuid>> all() const;
    Result<void> add(const QList<QUuid> &profiles);
    Result<void> remove(const QList<QUuid> &profiles);

private:
    Result<QList<QUuid>> read() const;
    Result<void> change(const QList<QUuid> &added, const QList<QUuid> &removed);

    QString m_filePath;
};

} // namespace sdsm::gui
