// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVarLengthArray>

#include <cstring>

namespace sdsm {

// The members of one JSON object, read straight from its text: loading thousands of profiles
// spent most of its time building QJsonDocuments and looking members up in QJsonObjects. The
// text must already be well-formed JSON (ProfileListReader or QJsonDocument checked it); members
// are found as QJsonObject finds them (when a name repeats, the last one counts).
class JsonObjectText
{
public:
    class Value
    {
    public:
        enum class Type { Undefined, Null, Bool, Number, String, Object, Array };

        Value() = default;
        Type type() const { return m_type; }
        bool isUndefined() const { return m_type == Type::Undefined; }
        bool isNull() const { return m_type == Type::Null; }
        bool isBool() const { return m_type == Type::Bool; }
        bool isString() const { return m_type == Type::String; }
        bool isObject() const { return m_type == Type::Object; }
        bool isArray() const { return m_type == Type::Array; }
        // Escapes resolved; empty unless a string.
        QString toString() const;
        // True when a string written exactly as `text`, without escapes (printable ASCII).
        bool isText(QLatin1StringView text) const
        {
            return m_type == Type::String && m_text.size() == text.size() + 2
                && std::memcmp(m_text.data() + 1, text.data(), size_t(text.size())) == 0;
        }
        // QUuid::fromString(toString()), without making the string.
        QUuid toUuid() const;
        bool toBool() const { return m_type == Type::Bool && m_text.front() == 't'; }
        // Empty unless an object.
        JsonObjectText toObject() const;
        // The elements; empty unless an array.
        QList<Value> toArray() const;

    private:
        friend class JsonObjectText;
        explicit Value(QByteArrayView text);
        QByteArrayView m_text; // as written
        Type m_type = Type::Undefined;
    };

    struct Member
    {
        QByteArrayView name; // as written, between the quotes
        QByteArrayView value; // as written
        bool nameHasEscapes;
    };
    using Members = QVarLengthArray<Member, 24>;

    JsonObjectText() = default;
    // `text` is an object's text, `{` to `}`; it must outlive this.
    explicit JsonObjectText(QByteArrayView text);
    // An object whose members were found already, in order (ProfileListReader finds an entry's
    // while checking it); the text they point into must outlive this.
    explicit JsonObjectText(const Members &members)
        : m_members(members)
    { }

    // Undefined when there is no member of that name.
    Value value(QLatin1StringView name) const;

private:
    Members m_members;
};

} // namespace sdsm
