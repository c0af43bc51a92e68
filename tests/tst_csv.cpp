// SPDX-License-Identifier: Apache-2.0
// The RFC 4180 reader and writer of provisioning imports and check reports.
#include "csv.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

// Hands out its bytes a few at a time, so every record straddles reads.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, qint64 step)
        : m_bytes(std::move(bytes))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_bytes.size()) - m_pos});
        memcpy(data, m_bytes.constData() + m_pos, size_t(std::max<qint64>(n, 0)));
        m_pos += std::max<qint64>(n, 0);
        return n > 0 ? n : -1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Read
{
    QList<QStringList> records;
    QList<qint64> lines;
    bool atEnd = false;
    QString problem;
};

Read readAll(QIODevice &device, qsizetype limit = 1024)
{
    CsvReader reader(device, limit);
    Read read;
    QStringList fields;
    while (reader.next(fields)) {
        read.records << fields;
        read.lines << reader.recordLine();
    }
    read.atEnd = reader.atEnd();
    read.problem = reader.problem();
    return read;
}

Read readAll(const QByteArray &bytes, qsizetype limit = 1024)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, limit);
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRfc4180_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QStringList>>("records");
        const QList<QStringList> two {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("crlf") << "a,b\r\n1,2\r\n"_ba << two;
        QTest::newRow("lf, no final newline") << "a,b\n1,2"_ba << two;
        QTest::newRow("byte order mark") << "\xEF\xBB\xBF"
                                            "a,b\r\n1,2\r\n"_ba
                                         << two;
        QTest::newRow("blank lines") << "a,b\r\n\r\n1,2\n\n"_ba << two;
        QTest::newRow("empty fields")
            << "a,,\r\n,,\r\n"_ba << QList<QStringList> {{u"a"_s, {}, {}}, {{}, {}, {}}};
        QTest::newRow("quoted") << "\"a, \"\"b\"\"\",\"line\r\nbreak\",\"\"\r\n"_ba
                                << QList<QStringList> {
                                       {u"a, \"b\""_s, u"line\r\nbreak"_s, QString()}};
        QTest::newRow("utf-8") << "é,\"ü\"\n"_ba << QList<QStringList> {{u"é"_s, u"ü"_s}};
        QTest::newRow("spaces kept") << " a , b \n"_ba << QList<QStringList> {{u" a "_s, u" b "_s}};
    }

    void readsRfc4180()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QStringList>, records);
        const Read whole = readAll(text);
        QCOMPARE(whole.problem, QString());
        QVERIFY(whole.atEnd);
        QCOMPARE(whole.records, records);
        // The same, a byte at a time.
        TrickleDevice trickle(text, 1);
        const Read bytes = readAll(trickle);
        QCOMPARE(bytes.problem, QString());
        QCOMPARE(bytes.records, records);
    }

    void recordLinesCountBreaksInsideQuotes()
    {
        const Read read = readAll("h\n\"two\nlines\"\n\nlast\n"_ba);
        QCOMPARE(read.lines, (QList<qint64> {1, 2, 5}));
    }

    void refusesMalformedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("quote inside a field") << "h\nab\"c\n"_ba << u"line 2"_s;
        QTest::newRow("text after a closing quote") << "h\n\"a\"b\n"_ba << u"line 2"_s;
        QTest::newRow("unclosed quote") << "h\nok\n\"never closed\n"_ba << u"line 3"_s;
        QTest::newRow("not utf-8") << "h\n\xff\xfe\n"_ba << u"line 2"_s;
        QTest::newRow("too long") << "h\n"_ba + QByteArray(2000, 'x') + "\n"_ba << u"line 2"_s;
    }

    void refusesMalformedText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const Read read = readAll(text);
        QVERIFY(!read.atEnd);
        QVERIFY2(read.problem.contains(where), qPrintable(read.problem));
        TrickleDevice trickle(text, 3);
        QVERIFY(readAll(trickle).problem.contains(where));
    }

    void readsAnyNumberOfRecords()
    {
        QByteArray text = "name,n\r\n"_ba;
        for (int i = 0; i < 20000; ++i)
            text += "\"row, " + QByteArray::number(i) + "\"," + QByteArray::number(i) + "\r\n";
        const Read read = readAll(text, 100);
        QVERIFY(read.atEnd);
        QCOMPARE(read.records.size(), 20001);
        QCOMPARE(read.records.last(), (QStringList {u"row, 19999"_s, u"19999"_s}));
    }

    void writesWhatItReads()
    {
        const QStringList fields {u"plain"_s,      u"com,ma"_s, u"\"quoted\""_s,
                                  u"two\nlines"_s, u" space"_s, QString()};
        const QString record = csvRecord(fields);
        QCOMPARE(record, u"plain,\"com,ma\",\"\"\"quoted\"\"\",\"two\nlines\",\" space\",\r\n"_s);
        const Read read = readAll(record.toUtf8());
        QCOMPARE(read.records, QList<QStringList> {fields});
    }
};

QTEST_MAIN(TestCsv)
#include "tst_csv.moc"
