// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sdsm {

namespace {

constexpr qsizetype IndentWidth = 4; // QJsonDocument's

// \uXXXX, lower-case as QJsonDocument writes it.
QByteArray hexEscape(char16_t unit)
{
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray escape("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        escape += digits[(unit >> shift) & 0xf];
    return escape;
}

// A code point as UTF-8 bytes, whatever it is (QString's conversion would replace some).
QByteArray utf8(char32_t c)
{
    QByteArray out;
    if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
    }
    out += char(0x80 | (c & 0x3f));
    return out;
}

} // namespace

void JsonWriter::startItem()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.isEmpty())
        return;
    // The comma only after the first item.
    append(QByteArrayView(m_separator).sliced(m_hasItems.back() ? 0 : 1));
    m_hasItems.back() = true;
}

void JsonWriter::open(char bracket)
{
    startItem();
    append(bracket);
    m_hasItems.append(false);
    m_separator.append(IndentWidth, ' ');
}

void JsonWriter::close(char bracket)
{
    m_hasItems.removeLast();
    m_separator.chop(IndentWidth);
    append(QByteArrayView(m_separator).sliced(1));
    append(bracket);
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

JsonWriter &JsonWriter::key(QStringView name)
{
    startItem();
    appendString(name);
    append(": ", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(std::all_of(name.begin(), name.end(), [](char c) {
        const auto byte = static_cast<uchar>(c);
        return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
    }));
    startItem();
    append('"');
    append(name.data(), name.size());
    append("\": ", 3);
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(QStringView text)
{
    startItem();
    appendString(text);
}

void JsonWriter::value(bool flag)
{
    startItem();
    append(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::value(int number)
{
    startItem();
    append(QByteArray::number(number));
}

void JsonWriter::null()
{
    startItem();
    append("null", 4);
}

void JsonWriter::jsonValue(const QJsonValue &any)
{
    switch (any.type()) {
    case QJsonValue::Bool:
        value(any.toBool());
        return;
    case QJsonValue::Double:
        // In whichever form Qt writes numbers (integers, shortest round-trip doubles).
        startItem();
        append(QJsonDocument(QJsonArray {any}).toJson(QJsonDocument::Compact).chopped(1).sliced(1));
        return;
    case QJsonValue::String:
        value(any.toString());
        return;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : any.toArray())
            jsonValue(element);
        endArray();
        return;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = any.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            jsonValue(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    null();
}

QByteArray JsonWriter::takeText()
{
    append('\n');
    m_text.truncate(m_size);
    m_size = 0;
    m_hasItems.clear();
    m_separator = InitialSeparator.toByteArray();
    m_afterKey = false;
    return std::exchange(m_text, {});
}

void JsonWriter::grow(qsizetype needed)
{
    // Doubling, so a text of any length is copied a bounded number of times.
    m_text.resize(std::max(m_size + needed, 2 * m_text.size() + 4096));
}

// As QJsonDocument writes strings: control characters, quote and backslash escaped; everything
// else as UTF-8, except a lone surrogate, which UTF-8 cannot carry (escaped).
void JsonWriter::appendString(QStringView text)
{
    append('"');
    // Most text is ASCII that needs no escape: then it is copied as it is.
    const qsizetype plainAscii =
        std::find_if(text.begin(), text.end(),
                     [](QChar c) {
                         const char16_t unit = c.unicode();
                         return unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\';
                     })
        - text.begin();
    if (plainAscii == text.size()) {
        if (m_text.size() - m_size < text.size())
            grow(text.size());
        std::transform(text.begin(), text.end(), m_text.data() + m_size,
                       [](QChar c) { return char(c.unicode()); });
        m_size += text.size();
        append('"');
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit >= 0x20 && unit < 0x80) {
            if (unit == u'"' || unit == u'\\')
                append('\\');
            append(char(unit));
            continue;
        }
        switch (unit) {
        case u'\b':
            append("\\b", 2);
            continue;
        case u'\t':
            append("\\t", 2);
            continue;
        case u'\n':
            append("\\n", 2);
            continue;
        case u'\f':
            append("\\f", 2);
            continue;
        case u'\r':
            append("\\r", 2);
            continue;
        default:
            break;
        }
        if (unit < 0x20) {
            append(hexEscape(unit));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
                   && QChar::isLowSurrogate(text[i + 1].unicode())) {
            append(utf8(QChar::surrogateToUcs4(unit, text[i + 1].unicode())));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            append(hexEscape(unit));
        } else {
            append(utf8(unit));
        }
    }
    append('"');
}

} // namespace sdsm
