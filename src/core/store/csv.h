// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace sdsm {

// Reads RFC 4180 CSV from a device one record at a time, so a file of any length is read with
// one record and one read chunk in memory (provisioning imports of thousands of rows). Fields
// may be quoted, with "" for a quote and commas and line breaks inside; records end with CRLF
// or LF. The text must be UTF-8 (a leading byte order mark is skipped). Blank lines are skipped.
class CsvReader
{
public:
    // `maxRecordBytes` bounds each record as written.
    CsvReader(QIODevice &input, qsizetype maxRecordBytes);

    // The next record's fields. False at the end of the input (atEnd()) or when reading stopped
    // (problem()).
    bool next(QStringList &fields);

    bool atEnd() const { return m_ended && m_problem.isEmpty(); }
    // Why reading stopped, as the end of a sentence about the file ("line 4 has a quote …").
    QString problem() const { return m_problem; }
    // The line on which the record last returned by next() starts (1 for the first line).
    qint64 recordLine() const { return m_recordLine; }

private:
    enum class Scan { Ok, More, Bad };
    Scan scanRecord(QStringList &fields, qsizetype &end, qint64 &lines);
    bool refill();
    void fail(const QString &problem);

    QIODevice &m_input;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_inputEnded = false;
    bool m_ended = false;
    bool m_started = false;
    qint64 m_line = 1; // the line at m_pos
    qint64 m_recordLine = 0;
    QString m_problem;
};

// One field as RFC 4180 writes it: quoted (with quotes doubled) when it holds a comma, a quote,
// a line break, or leading or trailing spaces; as it is otherwise.
QString csvField(const QString &text);
// A record: the fields joined with commas, ended with CRLF.
QString csvRecord(const QStringList &fields);

} // namespace sdsm
