// SPDX-License-Identifier: Apache-2.0
#include "history.h"

#include "storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// The file as sentences name it ("cannot read the history file …"), in the language shown.
QString what()
{
    return QCoreApplication::translate("sdsm", "history file");
}
// Only this much of the end of each file is ever read, so a file grown by hand or by a foreign
// program cannot exhaust memory; the newest entries are at the end.
constexpr qint64 MaxReadBytes = 8 * 1024 * 1024;
// PIPE_BUF on Linux: one write(2) of at most this much to a file opened O_APPEND is never
// interleaved with another process's.
constexpr qsizetype MaxLineBytes = 4096;

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

// What a character takes in the JSON line, at most: control characters are escaped as \uXXXX.
qsizetype jsonBytes(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20)
        return 6;
    if (u == u'"' || u == u'\\')
        return 2;
    if (u < 0x80)
        return 1;
    return u < 0x800 || c.isSurrogate() ? 2 : 3;
}

// Cuts the end of `text` so its JSON is at least `bytes` bytes shorter, and marks the cut with
// "…" (three bytes); false when there is nothing left to cut.
bool shorten(QString &text, qsizetype bytes)
{
    if (text.size() <= 1)
        return false;
    qsizetype keep = text.size();
    for (qsizetype cut = 0; keep > 0 && cut < bytes + 3;)
        cut += jsonBytes(text.at(--keep));
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    text = text.left(keep) + u"…"_s;
    return true;
}

// The line for `entry`, its free-text fields cut so the line stays one atomic write.
QByteArray cappedLine(HistoryEntry entry)
{
    QByteArray line = toLine(entry);
    while (line.size() > MaxLineBytes) {
        const qsizetype excess = line.size() - MaxLineBytes;
        if (!shorten(entry.message, excess) && !shorten(entry.profileName, excess)
            && !shorten(entry.errorKind, excess) && !shorten(entry.program, excess))
            break;
        line = toLine(entry);
    }
    return line;
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
QList<QByteArray> readLines(const QString &filePath)
{
    QFile file;
    if (const Result<bool> opened = openUnfollowed(file, filePath, what());
        !opened.ok() || !opened.value())
        return {};
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

Error writeError(const QString &filePath, const QString &reason)
{
    return makeError(ErrorKind::Config,
                     QCoreApplication::translate(
                         "sdsm", "cannot write to the history file %1: %2; check the free space")
                         .arg(QDir::toNativeSeparators(filePath), reason));
}

// Appends `data` (whole lines) in one write and returns the file's size before it. A line left
// without its newline by a writer that died is ended first, so only that line is lost.
Result<qint64> appendLines(const QString &filePath, QByteArray data)
{
#ifdef Q_OS_UNIX
    // Read and write: the last byte is looked at; O_APPEND makes every write land at the end.
    const int fd = ::open(QFile::encodeName(filePath).constData(),
                          O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == ELOOP)
            return symlinkRefused(filePath, what());
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate("sdsm",
                                                     "cannot open the history file %1: %2; check "
                                                     "the permissions of its folder")
                             .arg(QDir::toNativeSeparators(filePath), qt_error_string(errno)));
    }
    // Through QFile on the same descriptor (not closing it): the read's offset is of no
    // consequence, O_APPEND puts the write at the end whatever it is.
    char last = '\n';
    QFile reader;
    qint64 sizeBefore = 0;
    if (reader.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered,
                    QFileDevice::DontCloseHandle)) {
        sizeBefore = reader.size();
        if (sizeBefore > 0 && (!reader.seek(sizeBefore - 1) || !reader.getChar(&last)))
            last = '\n';
    }
    reader.close();
    if (last != '\n')
        data.prepend('\n');
    ssize_t written;
    do
        written = ::write(fd, data.constData(), size_t(data.size()));
    while (written < 0 && errno == EINTR);
    const int error = errno;
    ::close(fd);
    if (written != data.size())
        return writeError(filePath,
                          written < 0 ? qt_error_string(error)
                                      : QCoreApplication::translate("sdsm", "disk full"));
    return sizeBefore;
#else
    // Appends are not atomic between processes here: they take the short lock instead.
    const auto lock = lockForWriting(filePath, what());
    if (!lock.ok())
        return lock.error();
    if (QFileInfo(filePath).isSymLink())
        return symlinkRefused(filePath, what());
    QFile file(filePath);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return writeError(filePath, file.errorString());
    const qint64 size = file.size();
    if (size > 0 && file.seek(size - 1) && file.read(1) != "\n"_ba)
        data.prepend('\n');
    if (file.write(data) != data.size() || !file.flush())
        return writeError(filePath, file.errorString());
    return size;
#endif
}

// rename(2) semantics everywhere: replaces `to`, fails across file systems.
bool renameOver(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFileInfo(from).filesystemFilePath(),
                            QFileInfo(to).filesystemFilePath(), error);
    return !error;
}

} // namespace

History::History(QString filePath, QString legacyFilePath, qint64 rotateBytes)
    : m_filePath(std::move(filePath))
    , m_legacyFilePath(std::move(legacyFilePath))
    , m_rotateBytes(std::max<qint64>(1, rotateBytes))
{ }

QString History::previousFilePath() const
{
    return m_filePath + u".1"_s;
}

Result<void> History::append(const HistoryEntry &entry)
{
    const Result<void> migrated = migrateOnce();
    if (const Result<void> dir = ensurePrivateFolder(QFileInfo(m_filePath).absolutePath(), what());
        !dir.ok())
        return dir;
    const QByteArray line = cappedLine(entry);
    const Result<qint64> before = appendLines(m_filePath, line);
    if (!before.ok())
        return before.error();
    if (before.value() + line.size() >= m_rotateBytes) {
        if (const Result<void> rotated = rotate(); !rotated.ok())
            return rotated;
    }
    // The entry is written; an old history that could not be moved is still worth a warning.
    return migrated;
}

Result<void> History::rotate() const
{
    const auto lock = lockForWriting(m_filePath, what());
    if (!lock.ok())
        return lock.error();
    // Whoever held the lock before may have rotated already.
    const QFileInfo current(m_filePath);
    if (current.isSymLink() || !current.isFile() || current.size() < m_rotateBytes)
        return {};
    // Writers that opened the file before the rename finish their line in the older
    // generation, where read() still finds it.
    if (!renameOver(m_filePath, previousFilePath())) {
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate("sdsm",
                                                     "cannot rotate the history file %1; check "
                                                     "the permissions of its folder")
                             .arg(QDir::toNativeSeparators(m_filePath)));
    }
    return {};
}

// Only where the history moved (XDG systems), so only where appends take no lock: this one is
// held around appendLines.
Result<void> History::migrateOnce() const
{
    if (m_migrationChecked)
        return {};
    m_migrationChecked = true;
    auto movable = [this] {
        const QFileInfo legacy(m_legacyFilePath);
        return !m_legacyFilePath.isEmpty() && !legacy.isSymLink() && legacy.isFile()
            && legacy.absoluteFilePath() != QFileInfo(m_filePath).absoluteFilePath();
    };
    if (!movable())
        return {};
    const auto lock = lockForWriting(m_filePath, what());
    if (!lock.ok())
        return lock.error();
    // Another process may have moved it while this one waited for the lock.
    if (!movable())
        return {};
    // The old entries are older than any here: they become the older generation, in one step.
    if (!QFileInfo::exists(previousFilePath()) && !QFileInfo(previousFilePath()).isSymLink()
        && renameOver(m_legacyFilePath, previousFilePath())) {
        QFile::setPermissions(previousFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }
    // Another disk, or an older generation already here: the entries are appended (appends
    // never lose a concurrent writer's line), then the old file goes.
    QFile legacy;
    const Result<bool> opened = openUnfollowed(legacy, m_legacyFilePath, what());
    if (!opened.ok())
        return opened.error();
    if (!opened.value())
        return {};
    QByteArray data = legacy.read(MaxReadBytes);
    if (!data.isEmpty() && !data.endsWith('\n'))
        data.append('\n');
    if (!data.isEmpty()) {
        if (const Result<qint64> appended = appendLines(m_filePath, data); !appended.ok())
            return appended.error();
    }
    if (!QFile::remove(m_legacyFilePath)) {
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate("sdsm",
                                                     "the history in %1 was copied to %2 but "
                                                     "could not be removed; remove it by hand")
                             .arg(QDir::toNativeSeparators(m_legacyFilePath),
                                  QDir::toNativeSeparators(m_filePath)));
    }
    return {};
}

QList<HistoryEntry> History::read(const std::optional<QUuid> &profile) const
{
    // An old history that cannot be moved yet is left for a later attempt.
    [[maybe_unused]] const Result<void> migrated = migrateOnce();
    QList<HistoryEntry> entries;
    for (const QString &file : {previousFilePath(), m_filePath}) {
        for (const QByteArray &line : readLines(file)) {
            std::optional<HistoryEntry> entry = fromLine(line);
            if (entry && (!profile || entry->profileUuid == *profile))
                entries.append(std::move(*entry));
        }
    }
    return entries;
}

} // namespace sdsm
