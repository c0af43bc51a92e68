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

// A bounded JSON-lines file shared by the CLI and the desktop app. Appends are made under a
// lock; when the file passes maxEntries lines the oldest are dropped.
class History
{
public:
    explicit History(QString filePath, int maxEntries = 2000);

    Result<void> append(const HistoryEntry &entry);
    // Oldest first; damaged lines are skipped. With a uuid, only that profile's entries.
    QList<HistoryEntry> read(const std::optional<QUuid> &profile = std::nullopt) const;

private:
    QString m_filePath;
    int m_maxEntries;
};

} // namespace sdsm
