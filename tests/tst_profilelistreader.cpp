// SPDX-License-Identifier: Apache-2.0
#include "profilelistreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

// Hands out at most a few bytes per read, as a slow pipe does, so every token of the document
// is cut somewhere by the end of what has arrived.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Read
{
    QList<QByteArray> entries;
    QStringList names;
    QStringList uuids;
    bool atEnd = false;
    QString problem;
    QJsonValue schema;
};

Read readAll(QIODevice &device, qsizetype maxEntryBytes = 64 * 1024)
{
    ProfileListReader reader(device, maxEntryBytes);
    ProfileListReader::Entry entry;
    Read read;
    while (reader.next(entry)) {
        read.entries.append(entry.json.toByteArray());
        read.names.append(ProfileListReader::text(entry.name));
        read.uuids.append(ProfileListReader::text(entry.uuid));
    }
    read.atEnd = reader.atEnd();
    read.problem = reader.problem();
    read.schema = reader.schema();
    return read;
}

Read readBytes(const QByteArray &bytes, qsizetype maxEntryBytes = 64 * 1024)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, maxEntryBytes);
}

QJsonObject entry(int n)
{
    return {
        {u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"name"_s, u"profile \"%1\" – ü 😀"_s.arg(n)},
        {u"server"_s, u"https://mpi.example:8443"_s},
        {u"device"_s, QJsonObject {{u"mode"_s, u"secret"_s}, {u"id"_s, u"DEV-%1"_s.arg(n)}}},
        {u"tags"_s, QJsonArray {u"a"_s, u"b"_s}},
        {u"allow_http"_s, n % 2 == 0},
        {u"note"_s, n % 3 == 0 ? QJsonValue() : QJsonValue(u"line\nbreak \\ / \u0001"_s)},
    };
}

} // namespace

class TestProfileListReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryEntryAsWritten_data();
    void readsEveryEntryAsWritten();
    void membersOnlyWhenAsked();
    void schemaBeforeOrAfter();
    void problems_data();
    void problems();
    void entryLimit();
    void entriesLargerThanAReadChunk();
    void sameVerdictAsQJsonDocumentOnDamage();
    void uuidAsQUuidReadsIt();
};

void TestProfileListReader::readsEveryEntryAsWritten_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("step");
    QTest::newRow("indented, whole") << int(QJsonDocument::Indented) << qint64(1 << 20);
    QTest::newRow("indented, 7 bytes a read") << int(QJsonDocument::Indented) << qint64(7);
    QTest::newRow("compact, 1 byte a read") << int(QJsonDocument::Compact) << qint64(1);
}

void TestProfileListReader::readsEveryEntryAsWritten()
{
    QFETCH(int, format);
    QFETCH(qint64, step);
    QJsonArray entries;
    for (int n = 0; n < 300; ++n)
        entries.append(entry(n));
    const QByteArray bytes = QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"profiles"_s, entries}})
                                 .toJson(QJsonDocument::JsonFormat(format));
    TrickleDevice device(bytes, step);
    const Read read = readAll(device);
    QVERIFY2(read.atEnd, qPrintable(read.problem));
    QVERIFY(read.problem.isEmpty());
    QCOMPARE(read.schema, QJsonValue(1));
    QCOMPARE(read.entries.size(), 300);
    for (int n = 0; n < 300; ++n) {
        const QJsonObject expected = entries.at(n).toObject();
        // The bytes are the entry itself, as written.
        QVERIFY(bytes.contains(read.entries.at(n)));
        QCOMPARE(QJsonDocument::fromJson(read.entries.at(n)).object(), expected);
        QCOMPARE(read.names.at(n), expected.value(u"name"_s).toString());
        QCOMPARE(read.uuids.at(n), expected.value(u"uuid"_s).toString());
    }
}

void TestProfileListReader::membersOnlyWhenAsked()
{
    const QByteArray bytes = R"({"profiles": [{"name": "a", "uuid": "u", "x": [1, {"y": 2}]}]})"_ba;
    for (const auto read :
         {ProfileListReader::Read::NameAndUuid, ProfileListReader::Read::Members}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ProfileListReader reader(buffer, 1024, read);
        ProfileListReader::Entry entry;
        QVERIFY(reader.next(entry));
        QCOMPARE(entry.name, "a"_ba);
        QCOMPARE(entry.uuid, "u"_ba);
        if (read == ProfileListReader::Read::NameAndUuid) {
            QVERIFY(entry.members.isEmpty());
            continue;
        }
        // The entry's own members, as written; the nested ones are not its.
        QCOMPARE(entry.members.size(), 3);
        QCOMPARE(entry.members.at(0).name, "name"_ba);
        QCOMPARE(entry.members.at(0).value, "\"a\""_ba);
        QCOMPARE(entry.members.at(2).name, "x"_ba);
        QCOMPARE(entry.members.at(2).value, "[1, {\"y\": 2}]"_ba);
    }
}

void TestProfileListReader::schemaBeforeOrAfter()
{
    const Read before = readBytes(R"({"schema": 7, "profiles": [{"name": "a"}]})"_ba);
    QVERIFY(before.atEnd);
    QCOMPARE(before.schema, QJsonValue(7));
    const Read after = readBytes(R"({"profiles": [], "x": {"y": [1]}, "schema": 2.5e0})"_ba);
    QVERIFY(after.atEnd);
    QCOMPARE(after.schema, QJsonValue(2.5));
    const Read none = readBytes(R"({"profiles": []})"_ba);
    QVERIFY(none.atEnd);
    QVERIFY(none.schema.isUndefined());
    const Read text = readBytes(R"({"profiles": [], "schema": "1"})"_ba);
    QCOMPARE(text.schema, QJsonValue(u"1"_s));
    // Escapes in the outer keys are read, not compared as written.
    const Read escaped = readBytes(R"({"pro\u0066iles": [{"n\u0061me": "\u00e9"}]})"_ba);
    QVERIFY(escaped.atEnd);
    QCOMPARE(escaped.names, QStringList {u"é"_s});
}

void TestProfileListReader::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << u"it is empty"_s;
    QTest::newRow("array") << "[]"_ba << u"it does not hold a JSON object"_s;
    QTest::newRow("no list") << "{\"schema\": 1}"_ba << u"it has no \"profiles\" list"_s;
    QTest::newRow("list is an object")
        << "{\"profiles\": {}}"_ba << u"its \"profiles\" member is not a list"_s;
    QTest::newRow("entry not an object")
        << "{\"profiles\": [{}, 3]}"_ba << u"profile entry 2 is not a JSON object"_s;
    QTest::newRow("cut short") << "{\"profiles\": [{\"name\": \"a"_ba
                               << u"it is not valid JSON (it ends too early)"_s;
    QTest::newRow("bad literal") << "{\"profiles\": [{\"a\": nul}]}"_ba
                                 << u"it is not valid JSON (near byte 24)"_s;
    QTest::newRow("trailing comma")
        << "{\"profiles\": [{},]}"_ba << u"it is not valid JSON (near byte 18)"_s;
    QTest::newRow("garbage after")
        << "{\"profiles\": []} x"_ba << u"it is not valid JSON (near byte 18)"_s;
    QTest::newRow("profiles twice")
        << "{\"profiles\": [], \"profiles\": []}"_ba << u"it is not valid JSON (near byte 30)"_s;
    QTest::newRow("name twice") << "{\"profiles\": [{\"name\": \"a\", \"name\": \"b\"}]}"_ba
                                << u"it is not valid JSON (near byte 36)"_s;
    QTest::newRow("bad UTF-8") << "{\"profiles\": [{\"note\": \"\xC3\x28\"}]}"_ba
                               << u"it is not valid JSON (near byte 25)"_s;
    QTest::newRow("lone surrogate")
        << R"({"profiles": [{"note": "\udc00"}]})"_ba << u"it is not valid JSON (near byte 25)"_s;
    QTest::newRow("too deep") << "{\"profiles\": [{\"x\": " + QByteArray(80, '[')
            + QByteArray(80, ']')
            + "}]}" << u"it is not valid JSON (near byte"_s;
}

void TestProfileListReader::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    for (const qint64 step : {qint64(1) << 20, qint64(3)}) {
        TrickleDevice device(bytes, step);
        const Read read = readAll(device);
        QVERIFY(!read.atEnd);
        QVERIFY2(read.problem.startsWith(problem), qPrintable(read.problem));
    }
}

void TestProfileListReader::entryLimit()
{
    QJsonObject big = entry(1);
    big.insert(u"note"_s, QString(5000, u'x'));
    const QByteArray bytes =
        QJsonDocument(QJsonObject {{u"profiles"_s, QJsonArray {entry(0), big}}}).toJson();
    const Read refused = readBytes(bytes, 4096);
    QVERIFY(!refused.atEnd);
    QCOMPARE(refused.entries.size(), 1);
    QCOMPARE(refused.problem, u"profile entry 2 is larger than 4 KiB"_s);
    QVERIFY(readBytes(bytes, 8192).atEnd);

    // The other members of the outer object are bounded alike; whitespace between is not.
    const QByteArray wide =
        "{\"profiles\": []," + QByteArray(10000, ' ') + "\"x\": \"" + QByteArray(5000, 'y') + "\"}";
    QCOMPARE(readBytes(wide, 4096).problem, u"it holds a member larger than 4 KiB"_s);
    const QByteArray spaced = "{\"profiles\": [" + QByteArray(10000, ' ') + "{}]}";
    QVERIFY(readBytes(spaced, 4096).atEnd);
}

// True when the strings of `bytes`, which QJsonDocument accepted, hold what Qt 6.4 lets through
// although JSON does not, and the reader refuses: a control character, or a backslash before a
// character that starts no escape.
bool qtLenientAbout(const QByteArray &bytes)
{
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '"') {
            inString = !inString;
        } else if (inString && c < 0x20) {
            return true;
        } else if (inString && c == '\\') {
            if (i + 1 < bytes.size() && !QByteArrayView("\"\\/bfnrtu").contains(bytes.at(i + 1)))
                return true;
            ++i;
        }
    }
    return false;
}

void TestProfileListReader::entriesLargerThanAReadChunk()
{
    // The reader reads 256 KiB at a time and keeps the part of an entry read so far: entries of
    // several chunks, between small ones, come out whole.
    QJsonArray entries;
    for (int n = 0; n < 6; ++n) {
        QJsonObject e = entry(n);
        if (n % 2 == 1)
            e.insert(u"note"_s, QString(300'000 * n, QLatin1Char('a' + n)));
        entries.append(e);
    }
    const QByteArray bytes = QJsonDocument(QJsonObject {{u"profiles"_s, entries}}).toJson();
    const Read read = readBytes(bytes, 2 * 1024 * 1024);
    QVERIFY2(read.atEnd, qPrintable(read.problem));
    QCOMPARE(read.entries.size(), entries.size());
    for (qsizetype n = 0; n < entries.size(); ++n)
        QCOMPARE(QJsonDocument::fromJson(read.entries.at(n)).object(), entries.at(n).toObject());
}

void TestProfileListReader::sameVerdictAsQJsonDocumentOnDamage()
{
    // Damage of each kind at random places (a fixed seed, so every run checks the same files):
    // what the reader accepts, QJsonDocument accepts and reads alike, so damage is never read as
    // a good file; it refuses only where JSON does (the damage never gives a name or uuid twice
    // or nests 64 deep, where the reader is stricter on purpose); and it says the same whether
    // the file arrives whole or a few bytes at a time.
    QJsonArray entries;
    for (int n = 0; n < 3; ++n)
        entries.append(entry(n));
    const QByteArray good = QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"profiles"_s, entries}})
                                .toJson(QJsonDocument::Indented);
    const QByteArray tokens = "{}[]:,\"\\ \n0-.eEtfnu\x7f\xc3\xa9\xed\xa0\x80\xf4\x90";
    QRandomGenerator random(10);
    int accepted = 0;
    for (int round = 0; round < 8000; ++round) {
        QByteArray bytes = good;
        const auto at = qsizetype(random.bounded(int(bytes.size())));
        switch (round % 4) {
        case 0:
            bytes[at] = char(random.bounded(256));
            break;
        case 1:
            bytes.remove(at, 1 + random.bounded(3));
            break;
        case 2:
            bytes.insert(at, tokens.at(random.bounded(int(tokens.size()))));
            break;
        default:
            bytes.truncate(at);
        }
        QJsonParseError error;
        const QJsonValue list =
            QJsonDocument::fromJson(bytes, &error).object().value(u"profiles"_s);
        const bool valid = error.error == QJsonParseError::NoError && list.isArray();
        const Read read = readBytes(bytes);
        QVERIFY2(read.atEnd == (valid && !qtLenientAbout(bytes)), bytes.constData());
        // The same when every token is cut by the end of a read (one file in five: slow).
        if (round % 5 == 0) {
            TrickleDevice trickle(bytes, 5);
            const Read trickled = readAll(trickle);
            QCOMPARE(trickled.atEnd, read.atEnd);
            QCOMPARE(trickled.problem, read.problem);
            QCOMPARE(trickled.entries, read.entries);
        }
        if (!read.atEnd)
            continue;
        ++accepted;
        QCOMPARE(read.entries.size(), list.toArray().size());
        for (qsizetype i = 0; i < read.entries.size(); ++i) {
            QCOMPARE(QJsonDocument::fromJson(read.entries.at(i)).object(),
                     list.toArray().at(i).toObject());
        }
    }
    // Much damage leaves valid JSON (a letter changed), so both verdicts were checked.
    QVERIFY(accepted > 1000);
}

void TestProfileListReader::uuidAsQUuidReadsIt()
{
    QList<QByteArray> texts;
    for (int i = 0; i < 20; ++i) {
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        texts << uuid << uuid.toUpper() << '{' + uuid + '}' << uuid + '}' << uuid.chopped(1);
    }
    // A wrong character at each place.
    const QByteArray one = "6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10";
    for (qsizetype i = 0; i < one.size(); ++i) {
        for (const char wrong : {'g', 'G', '-', '0', ' ', '\xc3', '/', ':', '@', '`'}) {
            QByteArray text = one;
            text[i] = wrong;
            texts << text;
        }
    }
    texts << QByteArray() << QByteArray(36, '-') << QByteArray(36, '0') << one + '0'
          << R"(\u0036f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10)"_ba
          << "00000000-0000-0000-0000-000000000000"_ba;
    for (const QByteArray &text : std::as_const(texts)) {
        QCOMPARE(ProfileListReader::uuid(text), QUuid::fromString(ProfileListReader::text(text)));
    }
    QCOMPARE(ProfileListReader::uuid(one), QUuid::fromString(QString::fromLatin1(one)));
    QVERIFY(!ProfileListReader::uuid(one).isNull());
}

QTEST_GUILESS_MAIN(TestProfileListReader)
#include "tst_profilelistreader.moc"
