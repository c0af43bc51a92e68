#include "history.h"

#include <QFile>
#include <QFileInfo>
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

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileReadsEmpty();
    void appendAndRead();
    void lineFormat();
    void bounded();
    void badLinesSkipped();
    void filterByUuid();

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
    QCOMPARE(QFileInfo(file).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFileInfo(dir).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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

void TestHistory::bounded()
{
    const QString file = m_dir.filePath(u"bounded.jsonl"_s);
    History history(file, 5);
    for (int n = 0; n < 8; ++n)
        QVERIFY(history.append(entry(n)).ok());
    QCOMPARE(lines(file).size(), 5);
    const QList<HistoryEntry> read = history.read();
    QCOMPARE(read.size(), 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(sameEntry(read.at(i), entry(3 + i)), QByteArray::number(i).constData());
    QCOMPARE(QFileInfo(file).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
