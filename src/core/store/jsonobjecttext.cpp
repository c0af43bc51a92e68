// SPDX-License-Identifier: Apache-2.0
#include "jsonobjecttext.h"

#include "jsonscan.h"
#include "profilelistreader.h"

#include <algorithm>

namespace sdsm {

namespace {

// Steps over well-formed JSON text; `p` never passes `end`.
struct Cursor
{
    const char *p;
    const char *end;

    void skipSpace() { p = jsonscan::skipSpace(p, end); }
    // At an opening quote: past the closing one. Plain content goes a block at a time; an escape
    // is stepped over whole, so its quote or backslash does not end the string.
    void skipString()
    {
        ++p;
        while ((p = jsonscan::skipPlain(p, end)) < end && *p != '"')
            p += *p == '\\' ? 2 : 1;
        p = std::min(p + 1, end);
    }
    // At the start of a value: past its end.
    void skipValue()
    {
        if (p >= end)
            return;
        if (*p == '"') {
            skipString();
            return;
        }
        if (*p != '{' && *p != '[') {
            while (p < end && *p != ',' && *p != '}' && *p != ']' && !jsonscan::isSpace(*p))
                ++p;
            return;
        }
        int depth = 0;
        while (p < end) {
            if (*p == '"') {
                skipString();
                continue;
            }
            if (*p == '{' || *p == '[')
                ++depth;
            else if ((*p == '}' || *p == ']') && --depth == 0) {
                ++p;
                return;
            }
            ++p;
        }
    }
    // Past the next `c` at this level, if it comes after spaces.
    bool take(char c)
    {
        skipSpace();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
};

} // namespace

JsonObjectText::Value::Value(QByteArrayView text)
    : m_text(text)
{
    switch (text.isEmpty() ? '\0' : text.front()) {
    case '\0':
        m_type = Type::Undefined;
        break;
    case 'n':
        m_type = Type::Null;
        break;
    case 't':
    case 'f':
        m_type = Type::Bool;
        break;
    case '"':
        m_type = Type::String;
        break;
    case '{':
        m_type = Type::Object;
        break;
    case '[':
        m_type = Type::Array;
        break;
    default:
        m_type = Type::Number;
        break;
    }
}

QString JsonObjectText::Value::toString() const
{
    if (m_type != Type::String)
        return {};
    return ProfileListReader::text(m_text.sliced(1, m_text.size() - 2));
}

QUuid JsonObjectText::Value::toUuid() const
{
    if (m_type != Type::String)
        return {};
    return ProfileListReader::uuid(m_text.sliced(1, m_text.size() - 2));
}

JsonObjectText JsonObjectText::Value::toObject() const
{
    return m_type == Type::Object ? JsonObjectText(m_text) : JsonObjectText();
}

QList<JsonObjectText::Value> JsonObjectText::Value::toArray() const
{
    QList<Value> elements;
    if (m_type != Type::Array)
        return elements;
    Cursor at {m_text.data() + 1, m_text.data() + m_text.size()};
    if (at.take(']'))
        return elements;
    do {
        at.skipSpace();
        const char *start = at.p;
        at.skipValue();
        elements.append(Value(QByteArrayView(start, at.p)));
    } while (at.take(','));
    return elements;
}

JsonObjectText::JsonObjectText(QByteArrayView text)
{
    Cursor at {text.data(), text.data() + text.size()};
    if (!at.take('{') || at.take('}'))
        return;
    do {
        at.skipSpace();
        const char *nameStart = at.p;
        at.skipString();
        const QByteArrayView name(nameStart + 1, std::max(nameStart + 1, at.p - 1));
        if (!at.take(':'))
            return;
        at.skipSpace();
        const char *valueStart = at.p;
        at.skipValue();
        m_members.append({name, QByteArrayView(valueStart, at.p), name.contains('\\')});
    } while (at.take(','));
}

JsonObjectText::Value JsonObjectText::value(QLatin1StringView name) const
{
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
        // Names are compared as written unless they use escapes; the length first, as a profile's
        // names mostly differ in it.
        if (it->nameHasEscapes ? ProfileListReader::text(it->name) == name
                               : it->name.size() == name.size()
                    && std::memcmp(it->name.data(), name.data(), size_t(name.size())) == 0)
            return Value(it->value);
    }
    return Value();
}

} // namespace sdsm
