// SPDX-License-Identifier: Apache-2.0
// history.jsonl as History reads it (damaged lines are skipped), then one append, which rotates
// the file when it passes its bound.
#include "fuzzsupport.h"
#include "history.h"

#include <QFile>
#include <QFileInfo>

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::scratchPath(QStringLiteral(u"history.jsonl"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file");
        file.write(fuzz::bytesOf(data, size));
    }
    constexpr qint64 RotateBytes = 2048;
    QFile::remove(History(path).previousFilePath());
    History history(path, {}, RotateBytes);
    (void)history.read();
    HistoryEntry entry;
    entry.at = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    entry.profileUuid =
        QUuid::fromString(QStringLiteral(u"{6f1c4e2a-8d3b-4c5e-9f7a-1b2c3d4e5f60}"));
    entry.profileName = QStringLiteral(u"fuzz");
    entry.result = QStringLiteral(u"ok");
    entry.program = QStringLiteral(u"cli");
    if (history.append(entry).ok()) {
        const QList<HistoryEntry> after = history.read();
        fuzz::require(!after.isEmpty() && after.last().profileName == entry.profileName,
                      "the new entry is not last");
        // After an append the current file is either under the bound or holds only the new line.
        constexpr qint64 LongestLine = 4096 + 1;
        fuzz::require(QFileInfo(path).size() < RotateBytes + LongestLine,
                      "the history file outgrew its bound");
    }
    return 0;
}
