// SPDX-License-Identifier: Apache-2.0
#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice &input, qsizetype maxRecordBytes)
    : m_input(input)
    , m_maxRecordBytes(maxRecordBytes)
{ }

bool CsvReader::refill()
{
    if (m_inputEnded)
        return false;
    // Only the record being read is kept.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkBytes);
    const qint64 read = m_input.read(m_buffer.data() + kept, ChunkBytes);
    m_buffer.resize(kept + std::max<qint64>(read, 0));
    if (read <= 0)
        m_inputEnded = true;
    return read > 0;
}

void CsvReader::fail(const QString &problem)
{
    m_problem = problem;
    m_ended = true;
}

CsvReader::Scan CsvReader::scanRecord(QStringList &fields, qsizetype &end, qint64 &lines)
{
    fields.clear();
    lines = 0;
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype p = m_pos;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QByteArray field;
    auto finishField = [&]() -> bool {
        utf8.resetState();
        QString text = utf8.decode(field);
        if (utf8.hasError())
            return false;
        fields.append(std::move(text));
        field.clear();
        return true;
    };
    for (;;) {
        if (p - m_pos > m_maxRecordBytes)
            return Scan::Bad;
        if (p >= size) {
            if (!m_inputEnded)
                return Scan::More;
            end = p;
            return finishField() ? Scan::Ok : Scan::Bad;
        }
        if (data[p] == '"' && field.isEmpty()) {
            // A quoted field: everything up to the lone closing quote.
            ++p;
            for (;;) {
                if (p >= size)
                    return m_inputEnded ? Scan::Bad : Scan::More;
                if (p - m_pos > m_maxRecordBytes)
                    return Scan::Bad;
                if (data[p] == '"') {
                    if (p + 1 >= size && !m_inputEnded)
                        return Scan::More;
                    if (p + 1 < size && data[p + 1] == '"') {
                        field.append('"');
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (data[p] == '\n')
                    ++lines;
                field.append(data[p++]);
            }
            // After the closing quote: a separator or the end of the record.
            if (p >= size && !m_inputEnded)
                return Scan::More;
            if (p < size && data[p] != ',' && data[p] != '\r' && data[p] != '\n')
                return Scan::Bad;
        }
        if (p >= size)
            continue; // the end of the input ends the record
        const char c = data[p];
        if (c == ',') {
            if (!finishField())
                return Scan::Bad;
            ++p;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r') {
                if (p + 1 >= size && !m_inputEnded)
                    return Scan::More;
                if (p + 1 < size && data[p + 1] == '\n')
                    ++p;
            }
            end = p + 1;
            ++lines;
            return finishField() ? Scan::Ok : Scan::Bad;
        }
        if (c == '"')
            return Scan::Bad; // a quote inside an unquoted field
        field.append(c);
        ++p;
    }
}

bool CsvReader::next(QStringList &fields)
{
    while (!m_ended) {
        if (!m_started) {
            // A byte order mark, as spreadsheets write one, is not part of the first field.
            while (m_buffer.size() - m_pos < 3 && refill()) { }
            if (m_buffer.sliced(m_pos).startsWith("\xEF\xBB\xBF"))
                m_pos += 3;
            m_started = true;
        }
        if (m_pos >= m_buffer.size() && !refill()) {
            m_ended = true;
            return false;
        }
        qsizetype end = 0;
        qint64 lines = 0;
        switch (scanRecord(fields, end, lines)) {
        case Scan::More:
            if (m_buffer.size() - m_pos > m_maxRecordBytes)
                fail(QCoreApplication::translate("sdsm",
                                                 "line %1 starts a record larger than %2 KiB")
                         .arg(m_line)
                         .arg(m_maxRecordBytes / 1024));
            else
                refill();
            continue;
        case Scan::Bad:
            fail(m_buffer.size() - m_pos > m_maxRecordBytes
                     ? QCoreApplication::translate("sdsm",
                                                   "line %1 starts a record larger than %2 KiB")
                           .arg(m_line)
                           .arg(m_maxRecordBytes / 1024)
                     : QCoreApplication::translate(
                           "sdsm",
                           "the record on line %1 is not valid CSV (a stray quote, an unclosed "
                           "quoted field, or text that is not UTF-8)")
                           .arg(m_line));
            return false;
        case Scan::Ok:
            break;
        }
        m_recordLine = m_line;
        m_line += lines;
        m_pos = end;
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        return true;
    }
    return false;
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')
        || (!text.isEmpty() && (text.front() == u' ' || text.back() == u' '));
    if (!quote)
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvField(fields.at(i));
    }
    return line + u"\r\n"_s;
}

} // namespace sdsm
