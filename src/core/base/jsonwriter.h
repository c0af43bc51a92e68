// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace sdsm {

// Writes JSON text straight into bytes, in exactly the form QJsonDocument::toJson(Indented)
// gives, for outputs too large to build as QJsonObjects first (`profile list --json` over
// thousands of profiles spent most of its time building and serialising them). QJsonObject keeps
// its members sorted by key, so callers write members in that order to get the same text;
// tst_jsonwriter compares the two.
class JsonWriter
{
public:
    // Room for about this many bytes, when the caller can tell: a long text then grows once.
    void reserve(qsizetype bytes) { m_text.resize(std::max(m_text.size(), bytes)); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's name, inside an object; its value follows.
    JsonWriter &key(QStringView name);
    // The same for a literal name ("name"_L1) of printable ASCII without quote or backslash,
    // which needs no escape: the common case, made cheaper.
    JsonWriter &key(QLatin1StringView name);

    void value(QStringView text);
    void value(bool flag);
    void value(int number);
    void null();
    // Any value, objects and arrays included (their members come out sorted, as QJsonObject
    // keeps them); a null or undefined value writes null.
    void jsonValue(const QJsonValue &any);

    // The text, ending with a line break as QJsonDocument's does.
    QByteArray takeText();
    // The text written since the start or the last forgetWritten(), which then lets it go while
    // the writer keeps its place and its room: a long text is written out in pieces, never held
    // whole (a 5,000-profile list held 6 MB of fresh memory, whose page faults cost a fifth of
    // its time).
    QByteArrayView written() const { return QByteArrayView(m_text.constData(), m_size); }
    void forgetWritten() { m_size = 0; }

private:
    // Separates a new array element or object member from the one before and indents it; a
    // member's value, which follows its key on the same line, is not separated.
    void startItem();
    void open(char bracket);
    void close(char bracket);
    void appendString(QStringView text);

    // The text is the first m_size bytes of m_text, the rest room to grow into: an append is a
    // bounds check and a copy, inline (a long list makes millions of them), and the text is
    // handed over without a copy.
    void append(const char *data, qsizetype size)
    {
        if (m_text.size() - m_size < size)
            grow(size);
        std::memcpy(m_text.data() + m_size, data, size_t(size));
        m_size += size;
    }
    void append(char c) { append(&c, 1); }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    void grow(qsizetype needed);
    QByteArray m_text;
    qsizetype m_size = 0;
    // For each open container, whether anything has been written in it yet.
    QVarLengthArray<bool, 8> m_hasItems;
    // What goes before an item: a comma (left out before the first), a line break and the
    // indentation of the open containers.
    static constexpr QByteArrayView InitialSeparator = ",\n";
    QByteArray m_separator = InitialSeparator.toByteArray();
    bool m_afterKey = false;
};

} // namespace sdsm
