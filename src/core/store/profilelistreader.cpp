// SPDX-License-Identifier: Apache-2.0
#include "profilelistreader.h"

#include "jsonscan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr qsizetype ChunkBytes = 256 * 1024;
// Far deeper than a profile; deeper JSON is left to QJsonDocument.
constexpr int MaxDepth = 64;

enum class Scan {
    Ok,
    More, // the buffer ended first: read more and try the step again
    Bad,
};

// Each byte's value as a hex digit, or -1: one load where a UUID has 32 of them.
constexpr std::array<signed char, 256> HexValues = [] {
    std::array<signed char, 256> values {};
    for (int c = 0; c < 256; ++c) {
        values[c] = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'       ? c - 'a' + 10
            : c >= 'A' && c <= 'F'       ? c - 'A' + 10
                                         : -1;
    }
    return values;
}();

int hexValue(char c)
{
    return HexValues[static_cast<unsigned char>(c)];
}

// A JSON string as found: where its content is, and whether it holds escapes.
struct StringSpan
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;

    template<qsizetype N> bool equals(const char (&word)[N]) const
    {
        return !escaped && end - begin == N - 1 && memcmp(begin, word, N - 1) == 0;
    }
};

// Reads four hex digits at `p` as one UTF-16 unit.
int unitAt(const char *p)
{
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

QString decode(const StringSpan &span)
{
    if (!span.escaped)
        return QString::fromUtf8(span.begin, span.end - span.begin);
    QString text;
    const char *plain = span.begin;
    auto flush = [&](const char *upTo) { text += QString::fromUtf8(plain, upTo - plain); };
    for (const char *p = span.begin; p < span.end; ++p) {
        if (*p != '\\')
            continue;
        flush(p);
        const char kind = p[1];
        switch (kind) {
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u':
            text += QChar(char16_t(unitAt(p + 2)));
            p += 4;
            break;
        default: // '"', '\\', '/'
            text += QLatin1Char(kind);
        }
        ++p;
        plain = p + 1;
    }
    flush(span.end);
    return text;
}

// Strict JSON over one buffer. Every function starts at `p` and, on Ok, leaves it after what it
// read; on More or Bad, `p` is where it stopped.
class Scanner
{
public:
    Scanner(const char *begin, const char *end)
        : p(begin)
        , m_end(end)
    { }

    const char *p;

    Q_ALWAYS_INLINE Scan space()
    {
        p = jsonscan::skipSpace(p, m_end);
        return p < m_end ? Scan::Ok : Scan::More;
    }

    // Whitespace then `c`; mostly `c` at once.
    Q_ALWAYS_INLINE Scan expect(char c)
    {
        if (Q_LIKELY(p < m_end && *p == c)) {
            ++p;
            return Scan::Ok;
        }
        if (const Scan s = space(); s != Scan::Ok)
            return s;
        if (*p != c)
            return Scan::Bad;
        ++p;
        return Scan::Ok;
    }

    // Most strings are plain text up to the closing quote: that case is inline, the rest not.
    Q_ALWAYS_INLINE Scan string(StringSpan &span)
    {
        if (p >= m_end)
            return Scan::More;
        if (*p != '"')
            return Scan::Bad;
        span = {++p, nullptr, false};
        p = jsonscan::skipPlain(p, m_end);
        if (Q_LIKELY(p < m_end && *p == '"')) {
            span.end = p++;
            return Scan::Ok;
        }
        return restOfString(span);
    }

    // The value at `p`, after white space. Strings and literals, most of a profile's values,
    // inline; containers and numbers not.
    Q_ALWAYS_INLINE Scan value(int depth)
    {
        switch (*p) {
        case '"': {
            StringSpan ignored;
            return string(ignored);
        }
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return containerOrNumber(depth);
        }
    }

    // A profile entry at `p`: an object whose "name" and "uuid" strings are taken, and its
    // members when `recordMembers`.
    Scan entry(ProfileListReader::Entry &entry, bool recordMembers)
    {
        entry.name = {};
        entry.uuid = {};
        entry.members.clear();
        return members(1, &entry, recordMembers);
    }

private:
    const char *m_end;

    Q_NEVER_INLINE Scan restOfString(StringSpan &span)
    {
        for (;;) {
            p = jsonscan::skipPlain(p, m_end);
            if (p >= m_end)
                return Scan::More;
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                span.end = p++;
                return Scan::Ok;
            }
            if (c == '\\') {
                span.escaped = true;
                if (const Scan s = escape(); s != Scan::Ok)
                    return s;
            } else if (c < 0x20) {
                return Scan::Bad;
            } else if (c < 0x80) {
                ++p;
            } else if (const Scan s = utf8(); s != Scan::Ok) {
                return s;
            }
        }
    }

    Q_NEVER_INLINE Scan containerOrNumber(int depth)
    {
        switch (*p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        default:
            return number();
        }
    }

    Scan escape()
    {
        if (m_end - p < 2)
            return Scan::More;
        switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            p += 2;
            return Scan::Ok;
        case 'u':
            break;
        default:
            return Scan::Bad;
        }
        if (m_end - p < 6)
            return Scan::More;
        const int unit = unitAt(p + 2);
        if (unit < 0 || QChar::isLowSurrogate(char16_t(unit)))
            return Scan::Bad;
        p += 6;
        if (!QChar::isHighSurrogate(char16_t(unit)))
            return Scan::Ok;
        // A high surrogate must be followed by its low half.
        if (m_end - p < 6)
            return Scan::More;
        const int low = p[0] == '\\' && p[1] == 'u' ? unitAt(p + 2) : -1;
        if (low < 0 || !QChar::isLowSurrogate(char16_t(low)))
            return Scan::Bad;
        p += 6;
        return Scan::Ok;
    }

    // One well-formed UTF-8 sequence of two to four bytes (RFC 3629: no overlong forms, no
    // surrogates, nothing above U+10FFFF).
    Scan utf8()
    {
        const auto lead = static_cast<unsigned char>(*p);
        int length;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return Scan::Bad;
        }
        for (int i = 1; i < length; ++i) {
            if (p + i >= m_end)
                return Scan::More;
            const auto c = static_cast<unsigned char>(p[i]);
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
                return Scan::Bad;
        }
        p += length;
        return Scan::Ok;
    }

    // `text` with room after it, the usual case, is compared at once; else a byte at a time, so a
    // mismatch stops where it is.
    template<qsizetype N> Q_ALWAYS_INLINE Scan word(const char (&text)[N])
    {
        if (Q_LIKELY(m_end - p >= N && memcmp(p, text, N - 1) == 0)) {
            p += N - 1;
            return delimited();
        }
        for (qsizetype i = 0; i < N - 1; ++i) {
            if (p >= m_end)
                return Scan::More;
            if (*p != text[i])
                return Scan::Bad;
            ++p;
        }
        return delimited();
    }

    // What follows a literal or number must end it; the buffer's end may not.
    Scan delimited()
    {
        if (p >= m_end)
            return Scan::More;
        return jsonscan::isSpace(*p) || *p == ',' || *p == '}' || *p == ']' ? Scan::Ok : Scan::Bad;
    }

    Scan digits(bool required)
    {
        const char *start = p;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
        if (p >= m_end)
            return Scan::More;
        return required && p == start ? Scan::Bad : Scan::Ok;
    }

    Scan number()
    {
        if (*p == '-' && ++p >= m_end)
            return Scan::More;
        if (*p == '0') {
            ++p;
        } else if (*p >= '1' && *p <= '9') {
            if (const Scan s = digits(false); s != Scan::Ok)
                return s;
        } else {
            return Scan::Bad;
        }
        if (p >= m_end)
            return Scan::More;
        if (*p == '.') {
            ++p;
            if (const Scan s = digits(true); s != Scan::Ok)
                return s;
        }
        if (*p == 'e' || *p == 'E') {
            if (++p >= m_end)
                return Scan::More;
            if ((*p == '+' || *p == '-') && ++p >= m_end)
                return Scan::More;
            if (const Scan s = digits(true); s != Scan::Ok)
                return s;
        }
        return delimited();
    }

    // An object's members. A profile entry's (`entry` given) "name" and "uuid" are taken, and its
    // members recorded when `recordMembers`; its "name" or "uuid" given twice is refused, as which
    // one counts would be QJsonDocument's choice.
    Scan members(int depth, ProfileListReader::Entry *entry, bool recordMembers = false)
    {
        if (depth > MaxDepth)
            return Scan::Bad;
        if (const Scan s = expect('{'); s != Scan::Ok)
            return s;
        if (const Scan s = space(); s != Scan::Ok)
            return s;
        if (*p == '}') {
            ++p;
            return Scan::Ok;
        }
        bool sawName = false;
        bool sawUuid = false;
        for (;;) {
            StringSpan key;
            if (const Scan s = space(); s != Scan::Ok)
                return s;
            if (const Scan s = string(key); s != Scan::Ok)
                return s;
            if (const Scan s = expect(':'); s != Scan::Ok)
                return s;
            QByteArrayView *keyText = nullptr;
            if (entry) {
                const bool isName = key.escaped ? decode(key) == u"name"_s : key.equals("name");
                const bool isUuid =
                    !isName && (key.escaped ? decode(key) == u"uuid"_s : key.equals("uuid"));
                if (isName || isUuid) {
                    bool &seen = isName ? sawName : sawUuid;
                    if (seen)
                        return Scan::Bad;
                    seen = true;
                    keyText = isName ? &entry->name : &entry->uuid;
                }
            }
            if (const Scan s = space(); s != Scan::Ok)
                return s;
            const char *start = p;
            if (const Scan s = value(depth); s != Scan::Ok)
                return s;
            if (recordMembers)
                entry->members.append(
                    {QByteArrayView(key.begin, key.end), QByteArrayView(start, p), key.escaped});
            if (keyText && *start == '"')
                *keyText = QByteArrayView(start + 1, p - 1);
            // Mostly a comma follows at once.
            if (Q_LIKELY(p < m_end && *p == ',')) {
                ++p;
                continue;
            }
            if (const Scan s = space(); s != Scan::Ok)
                return s;
            if (*p == '}') {
                ++p;
                return Scan::Ok;
            }
            if (*p != ',')
                return Scan::Bad;
            ++p;
        }
    }

    Scan object(int depth) { return members(depth, nullptr); }

    Scan array(int depth)
    {
        if (depth > MaxDepth)
            return Scan::Bad;
        ++p; // '['
        if (const Scan s = space(); s != Scan::Ok)
            return s;
        if (*p == ']') {
            ++p;
            return Scan::Ok;
        }
        for (;;) {
            if (const Scan s = space(); s != Scan::Ok)
                return s;
            if (const Scan s = value(depth); s != Scan::Ok)
                return s;
            if (const Scan s = space(); s != Scan::Ok)
                return s;
            if (*p == ']') {
                ++p;
                return Scan::Ok;
            }
            if (*p != ',')
                return Scan::Bad;
            ++p;
        }
    }
};

} // namespace

QString ProfileListReader::text(QByteArrayView json)
{
    return decode({json.data(), json.data() + json.size(), json.contains('\\')});
}

QUuid ProfileListReader::uuid(QByteArrayView json)
{
    constexpr qsizetype Length = 36; // 8-4-4-4-12 hex digits
    const char *at = json.data();
    if (json.size() != Length || at[8] != '-' || at[13] != '-' || at[18] != '-' || at[23] != '-')
        return QUuid::fromString(text(json));
    // Where each byte's two digits start.
    constexpr std::array<qsizetype, 16> Digits {0,  2,  4,  6,  9,  11, 14, 16,
                                                19, 21, 24, 26, 28, 30, 32, 34};
    std::array<char, 16> bytes;
    int bad = 0; // any digit's -1 sets the sign bit
    for (size_t i = 0; i < bytes.size(); ++i) {
        const int high = hexValue(at[Digits[i]]);
        const int low = hexValue(at[Digits[i] + 1]);
        bad |= high | low;
        bytes[i] = char(high << 4 | low);
    }
    if (bad < 0)
        return QUuid::fromString(text(json));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()));
}

ProfileListReader::ProfileListReader(QIODevice &input, qsizetype maxEntryBytes, Read read)
    : m_input(input)
    , m_maxEntryBytes(maxEntryBytes)
    , m_recordMembers(read == Read::Members)
{
    // Room for a chunk and what is kept before it, so it is not outgrown (only pages read into
    // are ever touched).
    m_buffer.reserve(2 * ChunkBytes);
}

bool ProfileListReader::refill()
{
    if (m_inputEnded)
        return false;
    // Only the step being read is kept, moved to the front: the buffer holds at most one entry
    // and one chunk, in the same memory from the first read to the last. (Removing the front
    // instead made room only by moving to new memory at each read, and faulting in 256 KiB of
    // it every time cost finding a profile as much as a fifth of its scan.)
    const qsizetype kept = m_buffer.size() - m_pos;
    std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(kept));
    m_base += m_pos;
    m_pos = 0;
    m_buffer.resize(kept + ChunkBytes);
    const qint64 read = m_input.read(m_buffer.data() + kept, ChunkBytes);
    m_buffer.resize(kept + std::max<qint64>(read, 0));
    if (read <= 0)
        m_inputEnded = true;
    return read > 0;
}

void ProfileListReader::fail(const QString &problem)
{
    m_stage = Stage::Failed;
    m_problem = problem;
}

void ProfileListReader::failAt(qsizetype offset)
{
    fail(QCoreApplication::translate("sdsm", "it is not valid JSON (near byte %1)")
             .arg(m_base + offset + 1));
}

bool ProfileListReader::next(Entry &entry)
{
    while (m_stage != Stage::Finished && m_stage != Stage::Failed) {
        const char *data = m_buffer.constData();
        Scanner scan(data + m_pos, data + m_buffer.size());
        // Whitespace between steps is consumed at once, so only a step counts against the limit.
        if (scan.space() == Scan::More) {
            m_pos = m_buffer.size();
            if (refill())
                continue;
            if (m_stage == Stage::AfterDocument)
                m_stage = Stage::Finished;
            else
                fail(m_base + m_pos == 0 ? QCoreApplication::translate("sdsm", "it is empty")
                                         : QCoreApplication::translate(
                                             "sdsm", "it is not valid JSON (it ends too early)"));
            break;
        }
        m_pos = scan.p - data;

        Scan result = Scan::Ok;
        const bool entryStep = m_stage == Stage::Entry;
        bool yielded = false;
        switch (m_stage) {
        case Stage::Start:
            if (*scan.p != '{') {
                fail(QCoreApplication::translate("sdsm", "it does not hold a JSON object"));
                return false;
            }
            ++scan.p;
            m_stage = Stage::Member;
            break;
        case Stage::Member: {
            if (m_firstMember && *scan.p == '}') {
                ++scan.p;
                m_stage = Stage::AfterDocument;
                break;
            }
            StringSpan key;
            result = scan.string(key);
            if (result == Scan::Ok)
                result = scan.expect(':');
            if (result != Scan::Ok)
                break;
            const QString name = decode(key);
            if (name == u"profiles"_s) {
                result = scan.space();
                if (result == Scan::Ok && m_sawProfiles)
                    result = Scan::Bad;
                if (result == Scan::Ok && *scan.p != '[') {
                    fail(QCoreApplication::translate("sdsm",
                                                     "its \"profiles\" member is not a list"));
                    return false;
                }
                if (result == Scan::Ok)
                    ++scan.p;
                m_stage = Stage::FirstEntry;
            } else {
                const char *start = scan.p;
                result = scan.space();
                if (result == Scan::Ok)
                    result = scan.value(0);
                if (name == u"schema"_s && result == Scan::Ok) {
                    if (m_sawSchema)
                        result = Scan::Bad;
                    // The value as QJsonDocument reads it, so both paths judge it alike.
                    const QByteArray wrapped = '[' + QByteArray(start, scan.p - start) + ']';
                    m_schema = QJsonDocument::fromJson(wrapped).array().at(0);
                }
                m_stage = Stage::AfterMember;
            }
            if (result == Scan::Ok) {
                m_sawProfiles = m_sawProfiles || name == u"profiles"_s;
                m_sawSchema = m_sawSchema || name == u"schema"_s;
            } else {
                m_stage = Stage::Member; // the whole member again, or the failure
            }
            break;
        }
        case Stage::AfterMember:
            m_firstMember = false;
            if (*scan.p != ',' && *scan.p != '}') {
                result = Scan::Bad;
                break;
            }
            m_stage = *scan.p++ == ',' ? Stage::Member : Stage::AfterDocument;
            break;
        case Stage::FirstEntry:
            if (*scan.p == ']') {
                ++scan.p;
                m_stage = Stage::AfterMember;
            } else {
                m_stage = Stage::Entry;
            }
            break;
        case Stage::Entry: {
            if (*scan.p == ']') { // after a comma
                result = Scan::Bad;
                break;
            }
            if (*scan.p != '{') {
                fail(QCoreApplication::translate("sdsm", "profile entry %1 is not a JSON object")
                         .arg(m_entries + 1));
                return false;
            }
            const char *start = scan.p;
            result = scan.entry(entry, m_recordMembers);
            if (result == Scan::Ok) {
                entry.json = QByteArrayView(start, scan.p - start);
                ++m_entries;
                yielded = true;
                m_stage = Stage::AfterEntry;
            }
            break;
        }
        case Stage::AfterEntry:
            if (*scan.p != ',' && *scan.p != ']') {
                result = Scan::Bad;
                break;
            }
            m_stage = *scan.p++ == ',' ? Stage::Entry : Stage::AfterMember;
            break;
        case Stage::AfterDocument:
            result = Scan::Bad;
            break;
        case Stage::Finished:
        case Stage::Failed:
            break;
        }

        // The same bound whether the step arrived in one read or many.
        const qsizetype stepBytes =
            (result == Scan::More ? m_buffer.size() : scan.p - data) - m_pos;
        if (result != Scan::Bad && stepBytes > m_maxEntryBytes) {
            fail(entryStep
                     ? QCoreApplication::translate("sdsm", "profile entry %1 is larger than %2 KiB")
                           .arg(yielded ? m_entries : m_entries + 1)
                           .arg(m_maxEntryBytes / 1024)
                     : QCoreApplication::translate("sdsm", "it holds a member larger than %1 KiB")
                           .arg(m_maxEntryBytes / 1024));
            return false;
        }
        if (result == Scan::More) {
            if (!refill())
                fail(QCoreApplication::translate("sdsm",
                                                 "it is not valid JSON (it ends too early)"));
            continue;
        }
        if (result == Scan::Bad) {
            failAt(scan.p - data);
            return false;
        }
        m_pos = scan.p - data;
        if (yielded)
            return true;
    }
    if (m_stage == Stage::Finished && !m_sawProfiles)
        fail(QCoreApplication::translate("sdsm", "it has no \"profiles\" list"));
    return false;
}

} // namespace sdsm
