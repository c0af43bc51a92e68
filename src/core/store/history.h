// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace sdsm {

// One session attempt. Holds no token and no secret; `message` is already redacted.
struct HistoryEntry
{
    QDateTime at; // UTC
    QUuid profileUuid;
    QString profileName;
    QString result; // "ok", "cached" or "error"
    QString errorKind; // Error::kindName() when result is "error"
    QString message; // one sentence, empty on success
    qint64 latencyMs = 0;
    QString program; // "cli" or "gui"
};

// A JSON-lines file shared by the CLI and the desktop app, appended to on every session attempt
// by any number of processes at once. An append is one write of one line to a file opened
// O_APPEND (a line is capped below PIPE_BUF, so it lands whole), with no lock file and no flush.
// Once the file passes `rotateBytes` it becomes `<file>.1` (the one older generation kept) under
// a short lock, so nothing ever rewrites the whole history. A symbolic link in place of either
// file is never followed.
class History
{
public:
    static constexpr qint64 DefaultRotateBytes = 512 * 1024; // about 2,000 attempts

    // `legacyFilePath`: where an older version kept the history; its entries are moved here
    // once, before the first read or append.
    explicit History(QString filePath, QString legacyFilePath = {},
                     qint64 rotateBytes = DefaultRotateBytes);

    Result<void> append(const HistoryEntry &entry);
    // Oldest first, the older generation included; damaged lines are skipped. With a uuid, only
    // that profile's entries.
    QList<HistoryEntry> read(const std::optional<QUuid> &profile = std::nullopt) const;

    QString previousFilePath() const; // <file>.1

private:
    Result<void> migrateOnce() const;
    Result<void> rotate() const;

    QString m_filePath;
    QString m_legacyFilePath;
    qint64 m_rotateBytes;
    mutable bool m_migrationChecked = false;
};

} // namespace sdsm
