// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sdsm {

namespace {

constexpr qsizetype IndentWidth = 4; // QJsonDocument's

void appendHexEscape(std::string &out, char16_t unit)
{
    static constexpr char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(unit >> shift) & 0xf];
}

void appendUtf8(std::string &out, char32_t c)
{
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
    if (m_hasItems.back())
        m_text += ',';
    m_text += '\n';
    m_hasItems.back() = true;
    m_text.append(m_hasItems.size() * IndentWidth, ' ');
}

void JsonWriter::open(char bracket)
{
    startItem();
    m_text += bracket;
    m_hasItems.append(false);
}

void JsonWriter::close(char bracket)
{
    m_hasItems.removeLast();
    m_text += '\n';
    m_text.append(m_hasItems.size() * IndentWidth, ' ');
    m_text += bracket;
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
    m_text.append(": ", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    const bool plainAscii = std::all_of(name.begin(), name.end(), [](char c) {
        const auto byte = static_cast<uchar>(c);
        return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
    });
    if (!plainAscii)
        return key(QString(name));
    startItem();
    m_text += '"';
    m_text.append(name.data(), name.size());
    m_text.append("\": ", 3);
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
    m_text += flag ? "true" : "false";
}

void JsonWriter::value(int number)
{
    startItem();
    m_text += std::to_string(number);
}

void JsonWriter::null()
{
    startItem();
    m_text += "null";
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
        m_text += QJsonDocument(QJsonArray {any})
                      .toJson(QJsonDocument::Compact)
                      .chopped(1)
                      .sliced(1)
                      .toStdString();
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
    m_text += '\n';
    m_hasItems.clear();
    m_afterKey = false;
    return QByteArray::fromStdString(std::exchange(m_text, {}));
}

// As QJsonDocument writes strings: control characters, quote and backslash escaped; everything
// else as UTF-8, except a lone surrogate, which UTF-8 cannot carry (escaped).
void JsonWriter::appendString(QStringView text)
{
    m_text += '"';
    // Most text is ASCII that needs no escape: then it is copied as it is.
    const qsizetype plainAscii =
        std::find_if(text.begin(), text.end(),
                     [](QChar c) {
                         const char16_t unit = c.unicode();
                         return unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\';
                     })
        - text.begin();
    if (plainAscii == text.size()) {
        const qsizetype start = m_text.size();
        m_text.resize(start + text.size());
        std::transform(text.begin(), text.end(), m_text.begin() + start,
                       [](QChar c) { return char(c.unicode()); });
        m_text += '"';
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit >= 0x20 && unit < 0x80) {
            if (unit == u'"' || unit == u'\\')
                m_text += '\\';
            m_text += char(unit);
            continue;
        }
        switch (unit) {
        case u'\b':
            m_text += "\\b";
            continue;
        case u'\t':
            m_text += "\\t";
            continue;
        case u'\n':
            m_text += "\\n";
            continue;
        case u'\f':
            m_text += "\\f";
            continue;
        case u'\r':
            m_text += "\\r";
            continue;
        default:
            break;
        }
        if (unit < 0x20) {
            appendHexEscape(m_text, unit);
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
                   && QChar::isLowSurrogate(text[i + 1].unicode())) {
            appendUtf8(m_text, QChar::surrogateToUcs4(unit, text[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            appendHexEscape(m_text, unit);
        } else {
            appendUtf8(m_text, unit);
        }
    }
    m_text += '"';
}

} // namespace sdsm
