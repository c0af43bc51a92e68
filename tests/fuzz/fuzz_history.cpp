// history.jsonl as History reads it (damaged lines are skipped), then one append, which rewrites
// the file when it passes its bound.
#include "fuzzsupport.h"
#include "history.h"

#include <QFile>

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::scratchPath(QStringLiteral(u"history.jsonl"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file");
        file.write(fuzz::bytesOf(data, size));
    }
    constexpr int MaxEntries = 5;
    History history(path, MaxEntries);
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
        fuzz::require(!after.isEmpty() && after.size() <= MaxEntries,
                      "the history lost its bound or the new entry");
        fuzz::require(after.last().profileName == entry.profileName, "the new entry is not last");
    }
    return 0;
}
