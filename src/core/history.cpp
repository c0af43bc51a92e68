#include "history.h"

#include "storefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

const QString What = u"history file"_s;
// Only this much of the end of the file is ever read, so a file grown by hand or by a foreign
// program cannot exhaust memory; the newest entries are at the end.
constexpr qint64 MaxReadBytes = 8 * 1024 * 1024;

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QByteArray toLine(const HistoryEntry &entry)
{
    const QJsonObject object {
        {u"at"_s, entry.at.toUTC().toString(Qt::ISODate)},
        {u"profile_uuid"_s, entry.profileUuid.toString(QUuid::WithoutBraces)},
        {u"profile"_s, entry.profileName},
        {u"result"_s, entry.result},
        {u"error_kind"_s, stringOrNull(entry.errorKind)},
        {u"message"_s, stringOrNull(entry.message)},
        {u"latency_ms"_s, entry.latencyMs},
        {u"program"_s, entry.program},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<HistoryEntry> fromLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    HistoryEntry entry;
    entry.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODate).toUTC();
    entry.profileUuid = QUuid::fromString(object.value(u"profile_uuid"_s).toString());
    entry.result = object.value(u"result"_s).toString();
    if (!entry.at.isValid() || entry.profileUuid.isNull() || entry.result.isEmpty())
        return std::nullopt;
    entry.profileName = object.value(u"profile"_s).toString();
    entry.errorKind = object.value(u"error_kind"_s).toString();
    entry.message = object.value(u"message"_s).toString();
    entry.latencyMs = object.value(u"latency_ms"_s).toInteger();
    entry.program = object.value(u"program"_s).toString();
    return entry;
}

// The non-empty lines at the end of the file, oldest first. A line cut off by the read
// window is dropped rather than misread.
QList<QByteArray> readLines(QFile &file)
{
    const qint64 size = file.size();
    const bool partial = size > MaxReadBytes;
    if (!file.seek(partial ? size - MaxReadBytes : 0))
        return {};
    QList<QByteArray> lines = file.read(MaxReadBytes).split('\n');
    if (partial && !lines.isEmpty())
        lines.removeFirst();
    lines.removeIf([](const QByteArray &line) { return line.trimmed().isEmpty(); });
    return lines;
}

} // namespace

History::History(QString filePath, int maxEntries)
    : m_filePath(std::move(filePath))
    , m_maxEntries(std::max(1, maxEntries))
{ }

Result<void> History::append(const HistoryEntry &entry)
{
    const Result<std::unique_ptr<QLockFile>> lock = lockForWriting(m_filePath, What);
    if (!lock.ok())
        return lock.error();

    const QString shown = QDir::toNativeSeparators(m_filePath);
    const QByteArray line = toLine(entry);
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return makeError(ErrorKind::Config,
                         u"cannot open the history file "_s + shown + u": "_s + file.errorString()
                             + u"; check the permissions of its folder"_s);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QList<QByteArray> lines = readLines(file);
    if (lines.size() >= m_maxEntries) {
        file.close();
        lines = lines.mid(lines.size() - (m_maxEntries - 1));
        lines.append(line.chopped(1));
        return saveAtomically(m_filePath, lines.join('\n') + '\n', What);
    }

    // A writer that died mid-line left no newline; start a fresh line so only that one is lost.
    QByteArray data = line;
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n"_ba)
        data.prepend('\n');
    if (file.write(data) != data.size() || !file.flush()) {
        return makeError(ErrorKind::Config,
                         u"cannot write to the history file "_s + shown + u": "_s
                             + file.errorString() + u"; check the free space"_s);
    }
    return {};
}

QList<HistoryEntry> History::read(const std::optional<QUuid> &profile) const
{
    QList<HistoryEntry> entries;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : readLines(file)) {
        std::optional<HistoryEntry> entry = fromLine(line);
        if (entry && (!profile || entry->profileUuid == *profile))
            entries.append(std::move(*entry));
    }
    return entries;
}

} // namespace sdsm
