// SPDX-License-Identifier: Apache-2.0
#include "history.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

const QUuid LabUuid = QUuid::fromString(u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s);
const QUuid ProdUuid = QUuid::fromString(u"0c6d1b02-4a5e-4c1e-9f0e-6d3b7a1f2e44"_s);

HistoryEntry entry(int n, const QUuid &uuid = LabUuid)
{
    HistoryEntry e;
    e.at = QDateTime::fromString(u"2024-05-06T07:08:09Z"_s, Qt::ISODate).addSecs(n);
    e.profileUuid = uuid;
    e.profileName = uuid == LabUuid ? u"Lab"_s : u"Prod"_s;
    e.result = n % 2 ? u"error"_s : u"ok"_s;
    e.errorKind = n % 2 ? u"timeout"_s : QString();
    e.message = n % 2 ? u"the server did not answer within 30 s"_s : QString();
    e.latencyMs = 100 + n;
    e.program = n % 3 ? u"cli"_s : u"gui"_s;
    return e;
}

bool sameEntry(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.at == b.at && a.profileUuid == b.profileUuid && a.profileName == b.profileName
        && a.result == b.result && a.errorKind == b.errorKind && a.message == b.message
        && a.latencyMs == b.latencyMs && a.program == b.program;
}

QByteArray readAllBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> result = file.readAll().split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

bool appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

// How long an entry's line is, measured through the class itself in a scratch file.
qsizetype toLineSize(const HistoryEntry &e)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"measure.jsonl"_s);
    if (!History(file).append(e).ok())
        return 0;
    return QFileInfo(file).size();
}

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Only the Unix permission bits, without the ReadUser/... aliases Qt adds for the current user.
QFileDevice::Permissions unixBits(const QString &path)
{
    return QFileInfo(path).permissions() & 0x7077;
}

QString message(const Result<void> &r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileReadsEmpty();
    void appendAndRead();
    void lineFormat();
    void rotation();
    void longLineIsCapped();
    void badLinesSkipped();
    void filterByUuid();
    void symlinkIsNeverFollowed();
    void migratesOnceFromTheOldPlace();
    void migrationJoinsAnExistingGeneration();
    void concurrentAttemptsAllRecorded();

private:
    QTemporaryDir m_dir;
};

void TestHistory::missingFileReadsEmpty()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(History(m_dir.filePath(u"none/history.jsonl"_s)).read().isEmpty());
}

void TestHistory::appendAndRead()
{
    const QString dir = m_dir.filePath(u"fresh/data"_s);
    const QString file = dir + u"/history.jsonl"_s;
    History history(file);
    for (int n = 0; n < 3; ++n)
        QVERIFY(history.append(entry(n)).ok());

    const QList<HistoryEntry> read = history.read();
    QCOMPARE(read.size(), 3);
    for (int n = 0; n < 3; ++n)
        QVERIFY2(sameEntry(read.at(n), entry(n)), QByteArray::number(n).constData());
    QCOMPARE(unixBits(file), OwnerOnlyFile);
    // The whole missing tree is made owner-only.
    for (const QString &made : {dir, m_dir.filePath(u"fresh"_s)})
        QCOMPARE(unixBits(made),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Appends take no lock.
    QVERIFY(!QFileInfo::exists(file + u".lock"_s));
}

void TestHistory::lineFormat()
{
    const QString file = m_dir.filePath(u"format.jsonl"_s);
    QVERIFY(History(file).append(entry(1)).ok());
    QCOMPARE(lines(file),
             QList<QByteArray> {
                 R"({"at":"2024-05-06T07:08:10Z","error_kind":"timeout","latency_ms":101,)"
                 R"("message":"the server did not answer within 30 s","profile":"Lab",)"
                 R"("profile_uuid":"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10","program":"cli",)"
                 R"("result":"error"})"_ba});
}

void TestHistory::rotation()
{
    const QString file = m_dir.filePath(u"rotation/history.jsonl"_s);
    const qsizetype lineBytes = toLineSize(entry(0));
    // Rotated once the file holds three even entries' worth.
    History history(file, {}, 3 * lineBytes);
    constexpr int Appended = 20;
    for (int n = 0; n < Appended; ++n)
        QVERIFY(history.append(entry(2 * n)).ok());

    // One older generation is kept; the current file never grows past the limit and a line.
    const QString previous = history.previousFilePath();
    QCOMPARE(previous, file + u".1"_s);
    QCOMPARE(lines(previous).size(), 3);
    QVERIFY(lines(file).size() < 3);
    QVERIFY(!QFileInfo::exists(file + u".2"_s));
    QCOMPARE(unixBits(previous), OwnerOnlyFile);

    // Both generations are read, oldest first, with nothing missing between them.
    const QList<HistoryEntry> read = history.read();
    QCOMPARE(read.size(), lines(previous).size() + lines(file).size());
    const int first = Appended - int(read.size());
    for (int i = 0; i < read.size(); ++i)
        QVERIFY2(sameEntry(read.at(i), entry(2 * (first + i))), QByteArray::number(i).constData());
}

void TestHistory::longLineIsCapped()
{
    const QString file = m_dir.filePath(u"long.jsonl"_s);
    History history(file);
    HistoryEntry e = entry(1);
    // Escaped characters take six bytes each in JSON.
    e.message = QString(3000, u'\x01') + QString(3000, u'é');
    QVERIFY(history.append(e).ok());
    QVERIFY(history.append(entry(2)).ok());

    const QList<QByteArray> written = lines(file);
    QCOMPARE(written.size(), 2);
    QVERIFY2(written.first().size() < 4096, QByteArray::number(written.first().size()).constData());
    const QList<HistoryEntry> read = history.read();
    QCOMPARE(read.size(), 2);
    QVERIFY(read.first().message.startsWith(QString(100, u'\x01')));
    QVERIFY(read.first().message.endsWith(u"…"_s));
    QCOMPARE(read.first().profileName, e.profileName);
    QVERIFY(sameEntry(read.last(), entry(2)));
}
void TestHistory::badLinesSkipped()
{
    const QString file = m_dir.filePath(u"bad.jsonl"_s);
    History history(file);
    QVERIFY(history.append(entry(0)).ok());
    QVERIFY(
        appendRaw(file,
                  "not json\n"
                  "[1,2]\n"
                  "\n"
                  "{\"at\":\"yesterday\",\"profile_uuid\":\"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10\","
                  "\"result\":\"ok\"}\n"
                  "{\"at\":\"2024-05-06T07:08:09Z\",\"profile_uuid\":\"nope\",\"result\":\"ok\"}\n"
                  "{\"at\":\"2024-05-06T07:08:09Z\",\"profile_uuid\":\"6f1c"_ba));
    // The last line was cut off mid-write; the next entry must not be glued onto it.
    QVERIFY(history.append(entry(1)).ok());

    const QList<HistoryEntry> read = history.read();
    QCOMPARE(read.size(), 2);
    QVERIFY(sameEntry(read.at(0), entry(0)));
    QVERIFY(sameEntry(read.at(1), entry(1)));
}

void TestHistory::filterByUuid()
{
    History history(m_dir.filePath(u"filter.jsonl"_s));
    QVERIFY(history.append(entry(0, LabUuid)).ok());
    QVERIFY(history.append(entry(1, ProdUuid)).ok());
    QVERIFY(history.append(entry(2, LabUuid)).ok());

    QCOMPARE(history.read().size(), 3);
    const QList<HistoryEntry> lab = history.read(LabUuid);
    QCOMPARE(lab.size(), 2);
    QVERIFY(sameEntry(lab.at(0), entry(0, LabUuid)));
    QVERIFY(sameEntry(lab.at(1), entry(2, LabUuid)));
    const QList<HistoryEntry> prod = history.read(ProdUuid);
    QCOMPARE(prod.size(), 1);
    QVERIFY(sameEntry(prod.at(0), entry(1, ProdUuid)));
    QVERIFY(history.read(QUuid::createUuid()).isEmpty());
}

void TestHistory::symlinkIsNeverFollowed()
{
    const QString dir = m_dir.filePath(u"symlink"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString elsewhere = dir + u"/elsewhere.jsonl"_s;
    QVERIFY(History(elsewhere).append(entry(0)).ok());
    const QByteArray before = readAllBytes(elsewhere);

    for (const QString &planted :
         QStringList {dir + u"/history.jsonl"_s, dir + u"/history.jsonl.1"_s}) {
        QVERIFY(QFile::link(elsewhere, planted));
        History history(dir + u"/history.jsonl"_s);
        const Result<void> appended = history.append(entry(1));
        if (planted.endsWith(u".jsonl"_s)) {
            QVERIFY(!appended.ok());
            QCOMPARE(appended.error().kind, ErrorKind::Config);
            QVERIFY2(appended.error().message.contains(dir + u"/history.jsonl"_s),
                     qPrintable(appended.error().message));
            QVERIFY2(appended.error().message.contains(u"symbolic link"_s),
                     qPrintable(appended.error().message));
            QVERIFY(history.read().isEmpty());
        } else {
            QVERIFY2(appended.ok(), qPrintable(message(appended)));
            QCOMPARE(history.read().size(), 1); // the planted older generation is not read
        }
        QCOMPARE(readAllBytes(elsewhere), before);
        QVERIFY(QFileInfo(planted).isSymLink());
        QVERIFY(QFile::remove(planted));
    }
}

void TestHistory::migratesOnceFromTheOldPlace()
{
    const QString legacy = m_dir.filePath(u"migrate/data/history.jsonl"_s);
    const QString file = m_dir.filePath(u"migrate/state/santedb-session-manager/history.jsonl"_s);
    for (int n = 0; n < 3; ++n)
        QVERIFY(History(legacy).append(entry(n)).ok());

    History history(file, legacy);
    QVERIFY(history.append(entry(3)).ok());
    QVERIFY(!QFileInfo::exists(legacy));
    QCOMPARE(unixBits(history.previousFilePath()), OwnerOnlyFile);
    QCOMPARE(unixBits(QFileInfo(file).absolutePath()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QList<HistoryEntry> read = History(file, legacy).read();
    QCOMPARE(read.size(), 4);
    for (int n = 0; n < 4; ++n)
        QVERIFY2(sameEntry(read.at(n), entry(n)), QByteArray::number(n).constData());

    // Reading alone moves it too.
    const QString legacy2 = m_dir.filePath(u"migrate2/data/history.jsonl"_s);
    const QString file2 = m_dir.filePath(u"migrate2/state/history.jsonl"_s);
    QVERIFY(History(legacy2).append(entry(5)).ok());
    QCOMPARE(History(file2, legacy2).read().size(), 1);
    QVERIFY(!QFileInfo::exists(legacy2));
    QCOMPARE(History(file2).read().size(), 1);
}

void TestHistory::migrationJoinsAnExistingGeneration()
{
    // An older version wrote again after this one had moved the history and rotated it.
    const QString legacy = m_dir.filePath(u"join/data/history.jsonl"_s);
    const QString file = m_dir.filePath(u"join/state/history.jsonl"_s);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    History current(file, {}, 1);
    QVERIFY(current.append(entry(0)).ok());
    QVERIFY(QFileInfo::exists(current.previousFilePath()));
    QVERIFY(History(legacy).append(entry(1)).ok());
    QVERIFY(History(legacy).append(entry(2)).ok());

    const QList<HistoryEntry> read = History(file, legacy).read();
    QCOMPARE(read.size(), 3);
    for (int n = 0; n < 3; ++n)
        QVERIFY2(sameEntry(read.at(n), entry(n)), QByteArray::number(n).constData());
    QVERIFY(!QFileInfo::exists(legacy));
}

void TestHistory::concurrentAttemptsAllRecorded()
{
    // Twenty processes record an attempt at once, the way twenty cached `token` commands do,
    // while the history still lies in the old place: all of them also race to move it.
    const QString legacy = m_dir.filePath(u"concurrent/data/history.jsonl"_s);
    const QString file = m_dir.filePath(u"concurrent/state/history.jsonl"_s);
    const QString stateDir = m_dir.filePath(u"concurrent/data/state"_s);
    for (int n = 0; n < 5; ++n)
        QVERIFY(History(legacy).append(entry(n)).ok());
    constexpr int Writers = 20;
    QList<QProcess *> processes;
    for (int w = 0; w < Writers; ++w) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(
            QStringLiteral(SDSM_PROFILEWRITER_PATH),
            {u"attempt"_s, file, legacy, stateDir, LabUuid.toString(), QString::number(w)});
        processes.append(process);
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(120'000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }

    const QList<HistoryEntry> read = History(file, legacy).read();
    QCOMPARE(read.size(), 5 + Writers);
    for (int n = 0; n < 5; ++n)
        QVERIFY(sameEntry(read.at(n), entry(n)));
    QSet<QString> programs;
    for (const HistoryEntry &e : read.mid(5))
        programs.insert(e.program);
    QCOMPARE(programs.size(), Writers);
    QVERIFY(!QFileInfo::exists(legacy));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
