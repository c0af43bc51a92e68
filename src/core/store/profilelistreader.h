// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonobjecttext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace sdsm {

// Reads a profile list, {"schema": N, "profiles": [{...}, ...]} (the profile file and its
// exports), one entry at a time from a device: a list of any length is read with one entry and
// one read chunk in memory, and finding one profile parses only that profile. The JSON is
// checked strictly on the way (grammar, UTF-8, nesting); what the reader does not accept stops
// it with a problem, and callers that must match QJsonDocument exactly fall back to it then.
class ProfileListReader
{
public:
    // Valid until the next call.
    struct Entry
    {
        QByteArrayView json; // the entry's object as written
        // The contents of its "name" and "uuid" members when those are strings, as written
        // (escapes included: see text()); empty otherwise.
        QByteArrayView name;
        QByteArrayView uuid;
        // Its members as found on the way, so it need not be scanned again to be read; recorded
        // only when the reader was made with Read::Members.
        JsonObjectText::Members members;
    };

    // The text of a JSON string's contents (between the quotes), escapes resolved. The reader
    // has checked it.
    static QString text(QByteArrayView json);
    // The UUID it names, exactly as QUuid::fromString(text(json)) reads it: the usual form, 36
    // plain characters, is read here without that call's costs.
    static QUuid uuid(QByteArrayView json);

    // What each Entry holds beyond its text, name and uuid; recording members costs a tenth of
    // the scan, which finding one profile does without.
    enum class Read { NameAndUuid, Members };

    // `maxEntryBytes` bounds each entry and each other member of the outer object.
    ProfileListReader(QIODevice &input, qsizetype maxEntryBytes, Read read = Read::NameAndUuid);

    // The next entry of the list. False at the end of the document (atEnd()) or when reading
    // stopped (problem()).
    bool next(Entry &entry);

    // The whole document was read and is well-formed.
    bool atEnd() const { return m_stage == Stage::Finished; }
    // Why reading stopped, as the end of a sentence about the file ("it is not valid JSON …").
    QString problem() const { return m_problem; }
    // The outer object's "schema" member; undefined when it has none. Known once atEnd().
    QJsonValue schema() const { return m_schema; }
    qsizetype entryCount() const { return m_entries; }

private:
    enum class Stage {
        Start,
        Member,
        AfterMember,
        FirstEntry,
        Entry,
        AfterEntry,
        AfterDocument,
        Finished,
        Failed
    };
    bool refill();
    void fail(const QString &problem);
    void failAt(qsizetype offset);

    QIODevice &m_input;
    qsizetype m_maxEntryBytes;
    bool m_recordMembers;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // where the next step starts in m_buffer
    qint64 m_base = 0; // offset in the input of m_buffer's first byte
    bool m_inputEnded = false;
    Stage m_stage = Stage::Start;
    bool m_firstMember = true;
    bool m_sawProfiles = false;
    bool m_sawSchema = false;
    qsizetype m_entries = 0;
    QJsonValue m_schema = QJsonValue(QJsonValue::Undefined);
    QString m_problem;
};

} // namespace sdsm
