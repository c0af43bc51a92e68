// SPDX-License-Identifier: Apache-2.0
#include "redactor.h"

#include "textrules.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

const QByteArray Replacement = QByteArrayLiteral("[redacted]");

// Base64 inside base64 inside the text is decoded; one level deeper only long runs are judged.
constexpr int MaxNesting = 2;
// %XX, %25XX and %2525XX.
constexpr int PercentLevels = 3;
// A decoded run may start or end with a few bytes of garbage (a word glued to the run, a
// character cut in half) and still count as text.
constexpr qsizetype TextualEnds = 4;
// Work per text byte before the search gives up and the text is withheld; ordinary text needs
// well under one step per byte.
constexpr qsizetype StepsPerByte = 16;
constexpr qsizetype BaseSteps = 1 << 20;

int hexDigit(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The characters Windows-1252 has where Latin-1 has the C1 controls 0x80–0x9F (0: none).
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017d, 0,      0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178,
};

// The byte a character shows when UTF-8 bytes were read as Latin-1 or Windows-1252; -1 if none.
int mojibakeByte(char32_t c)
{
    if (c >= 0x80 && c <= 0xff)
        return int(c);
    const auto found = std::find(Cp1252High.cbegin(), Cp1252High.cend(), c);
    if (c == 0 || found == Cp1252High.cend())
        return -1;
    return 0x80 + int(found - Cp1252High.cbegin());
}

qsizetype utf8Encode(char32_t c, std::array<uchar, 4> &out)
{
    if (c < 0x80) {
        out[0] = uchar(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = uchar(0xc0 | (c >> 6));
        out[1] = uchar(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = uchar(0xe0 | (c >> 12));
        out[1] = uchar(0x80 | ((c >> 6) & 0x3f));
        out[2] = uchar(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = uchar(0xf0 | (c >> 18));
    out[1] = uchar(0x80 | ((c >> 12) & 0x3f));
    out[2] = uchar(0x80 | ((c >> 6) & 0x3f));
    out[3] = uchar(0x80 | (c & 0x3f));
    return 4;
}

// One character read from a span of text, and how many bytes of text it took.
struct Unit
{
    char32_t value = 0;
    qsizetype length = 0;
};

// A strict UTF-8 sequence (RFC 3629) of up to four bytes given by `byteAt`; length 0 if none.
template<typename ByteAt> Unit utf8Sequence(ByteAt byteAt)
{
    const int lead = byteAt(0);
    int extra = 0;
    char32_t c = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        extra = 1;
        c = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        extra = 2;
        c = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        extra = 3;
        c = lead & 0x07;
    } else {
        return {};
    }
    for (int i = 1; i <= extra; ++i) {
        const int next = byteAt(i);
        if (next < 0 || (next & 0xc0) != 0x80)
            return {};
        c = (c << 6) | char32_t(next & 0x3f);
    }
    if ((extra == 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff)))
        || (extra == 3 && (c < 0x10000 || c > 0x10ffff)))
        return {};
    return {c, extra + 1};
}

Unit utf8At(QByteArrayView s, qsizetype p)
{
    return utf8Sequence([&](int i) { return p + i < s.size() ? int(uchar(s[p + i])) : -1; });
}

// "%XX", "%25XX", "%2525XX" at p: the byte each nesting level spells, innermost last.
int percentUnits(QByteArrayView s, qsizetype p, std::array<Unit, PercentLevels> &out)
{
    if (s[p] != '%')
        return 0;
    int count = 0;
    qsizetype q = p + 1;
    while (count < PercentLevels && q + 1 < s.size()) {
        const int high = hexDigit(uchar(s[q]));
        const int low = hexDigit(uchar(s[q + 1]));
        if (high < 0 || low < 0)
            break;
        const char32_t value = char32_t(high * 16 + low);
        out[count++] = {value, q + 2 - p};
        if (value != '%')
            break;
        q += 2;
    }
    return count;
}

// The character a run of single-level %XX escapes spells as UTF-8 ("%C3%83" is "Ã").
Unit percentUtf8At(QByteArrayView s, qsizetype p)
{
    auto byteAt = [&](int i) {
        const qsizetype q = p + 3 * i;
        if (q + 2 >= s.size() || s[q] != '%')
            return -1;
        const int high = hexDigit(uchar(s[q + 1]));
        const int low = hexDigit(uchar(s[q + 2]));
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    };
    Unit unit = utf8Sequence(byteAt);
    unit.length *= 3;
    return unit;
}

// A JSON escape (\uXXXX, a surrogate pair as two of them, \/ \" \\ \b \f \n \r \t) at p, or
// \xXX; `isByte` tells the second (a byte, not a character).
Unit backslashUnit(QByteArrayView s, qsizetype p, bool &isByte)
{
    isByte = false;
    if (s[p] != '\\' || p + 1 >= s.size())
        return {};
    auto hexAt = [&](qsizetype from, int digits) -> int {
        if (from + digits > s.size())
            return -1;
        int value = 0;
        for (int i = 0; i < digits; ++i) {
            const int digit = hexDigit(uchar(s[from + i]));
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    };
    switch (s[p + 1]) {
    case '/':
    case '"':
    case '\\':
    case '\'':
        return {char32_t(uchar(s[p + 1])), 2};
    case 'b':
        return {u'\b', 2};
    case 'f':
        return {u'\f', 2};
    case 'n':
        return {u'\n', 2};
    case 'r':
        return {u'\r', 2};
    case 't':
        return {u'\t', 2};
    case 'x': {
        const int value = hexAt(p + 2, 2);
        isByte = value >= 0;
        return value < 0 ? Unit {} : Unit {char32_t(value), 4};
    }
    case 'u': {
        const int unit = hexAt(p + 2, 4);
        if (unit < 0 || (unit >= 0xdc00 && unit <= 0xdfff))
            return {};
        if (unit < 0xd800 || unit > 0xdbff)
            return {char32_t(unit), 6};
        if (p + 7 >= s.size() || s[p + 6] != '\\' || s[p + 7] != 'u')
            return {};
        const int low = hexAt(p + 8, 4);
        if (low < 0xdc00 || low > 0xdfff)
            return {};
        return {QChar::surrogateToUcs4(char16_t(unit), char16_t(low)), 12};
    }
    default:
        return {};
    }
}

// An HTML character reference at p: &#NN; &#xHH; or one of the names an escaper writes.
Unit entityUnit(QByteArrayView s, qsizetype p)
{
    if (s[p] != '&')
        return {};
    const qsizetype semicolon =
        s.sliced(p).first(std::min<qsizetype>(s.size() - p, 12)).indexOf(';');
    if (semicolon < 2)
        return {};
    const QByteArrayView name = s.sliced(p + 1, semicolon - 1);
    const qsizetype length = semicolon + 1;
    if (name.startsWith('#')) {
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        if (digits.isEmpty() || digits.size() > 7)
            return {};
        char32_t value = 0;
        for (const char c : digits) {
            const int digit = hexDigit(uchar(c));
            if (digit < 0 || (!hex && digit > 9))
                return {};
            value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return {};
        return {value, length};
    }
    static constexpr std::pair<QByteArrayView, char32_t> Names[] = {
        {"lt", u'<'}, {"gt", u'>'}, {"amp", u'&'}, {"quot", u'"'}, {"apos", u'\''},
    };
    for (const auto &[entity, value] : Names) {
        if (name == entity)
            return {value, length};
    }
    return {};
}

bool isBase64Alphabet(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
        || c == '/' || c == '-' || c == '_';
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' || c == '-' ? 62 : 63;
}

// The base64 character (or '=', or a line break) the text at p stands for: itself, an escape of
// it (%2B, %252F, \/, \u002B …); length 0 when none.
Unit base64UnitAt(QByteArrayView s, qsizetype p)
{
    const auto c = char32_t(uchar(s[p]));
    if (isBase64Alphabet(c) || c == '=' || c == '\r' || c == '\n')
        return {c, 1};
    Unit unit;
    if (c == '%') {
        std::array<Unit, PercentLevels> levels;
        if (const int count = percentUnits(s, p, levels))
            unit = levels[count - 1];
    } else if (c == '\\') {
        bool isByte = false;
        unit = backslashUnit(s, p, isByte);
    }
    if (unit.length
        && (isBase64Alphabet(unit.value) || unit.value == '=' || unit.value == '\r'
            || unit.value == '\n'))
        return unit;
    return {};
}

// Bytes that are text apart from a few at either end: UTF-8 or Latin-1 letters, no control
// characters besides tab and line breaks.
bool isTextual(QByteArrayView d)
{
    const qsizetype n = d.size();
    for (qsizetype i = 0; i < n;) {
        const auto c = uchar(d[i]);
        qsizetype length = 1;
        bool bad = false;
        if (c < 0x80) {
            bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
        } else if (const Unit unit = utf8At(d, i); unit.length) {
            length = unit.length;
            bad = unit.value <= 0x9f;
        } else {
            bad = c < 0xa0;
        }
        if (bad && i >= TextualEnds && i + length <= n - TextualEnds)
            return false;
        i += length;
    }
    return true;
}

// Long enough to hide something, and mixed the way encoded bytes are (words and hex are not).
bool looksEncoded(const QByteArray &chars)
{
    if (chars.size() < Redactor::LongRunChars)
        return false;
    const auto has = [&chars](auto test) {
        return std::any_of(chars.cbegin(), chars.cend(), test);
    };
    return has([](char c) { return c >= 'A' && c <= 'Z'; })
        && has([](char c) { return c >= 'a' && c <= 'z'; })
        && has([](char c) { return c >= '0' && c <= '9'; });
}

struct Span
{
    qsizetype begin;
    qsizetype end;
};

struct Findings
{
    QList<Span> spans; // ascending, overlapping and touching spans merged
    bool unverifiable = false;

    void add(Span span)
    {
        if (!spans.isEmpty() && span.begin <= spans.last().end) {
            spans.last().end = std::max(spans.last().end, span.end);
            return;
        }
        spans.append(span);
    }
};

QByteArray replaced(const QByteArray &text, const QList<Span> &spans)
{
    if (spans.isEmpty())
        return text;
    QByteArray out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (const Span &span : spans) {
        out += QByteArrayView(text).sliced(last, span.begin - last);
        out += Replacement;
        last = span.end;
    }
    out += QByteArrayView(text).sliced(last);
    return out;
}

// UTF-8 for the search; a lone surrogate becomes U+FFFD, as it would on screen.
QByteArray utf8Of(const QString &text)
{
    QString fixed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            if (fixed.isNull())
                fixed = text;
            fixed[i] = QChar::ReplacementCharacter;
        }
    }
    return (fixed.isNull() ? text : fixed).toUtf8();
}

// One search over one text: the needles, which bytes can start a match, and the step budget.
class Inspector
{
public:
    Inspector(const QList<QByteArray> &needles, qsizetype textBytes)
        : m_needles(needles)
        , m_budget(StepsPerByte * textBytes + BaseSteps)
    {
        // Text is valid UTF-8, so a UTF-16 or Latin-1 form that is not could only match by
        // ending inside a character of the text; those forms are for decoded bytes.
        for (const QByteArray &needle : needles) {
            if (QString::fromUtf8(needle).toUtf8() == needle)
                m_textNeedles.append(needle);
        }
        qsizetype shortest = needles.last().size();
        for (const char c : QByteArrayView("%\\&"))
            m_startable[uchar(c)] = true;
        for (const QByteArray &needle : needles) {
            shortest = std::min(shortest, needle.size());
            const auto first = uchar(needle.front());
            m_firstBytes[first] = true;
            m_startable[first] = true;
            if (first == ' ')
                m_startable['+'] = true;
            if (first >= 0x80)
                std::fill(m_startable.begin() + 0xc2, m_startable.end(), true);
            // The hex form starts with the high digit of the first byte.
            m_startable[uchar("0123456789abcdef"[first >> 4])] = true;
            m_startable[uchar("0123456789ABCDEF"[first >> 4])] = true;
        }
        // A base64 run shorter than this cannot hold the shortest needle.
        m_minRunChars = (shortest * 4 + 2) / 3;
    }

    // Every place a needle is spelled in one of the text forms, or only the first one. `text`:
    // `s` is UTF-8 text rather than decoded bytes.
    void scanForms(QByteArrayView s, bool text, bool firstOnly, Findings &out)
    {
        for (qsizetype p = 0; p < s.size(); ++p) {
            if (!m_startable[uchar(s[p])])
                continue;
            const Leads leads = leadsAt(s, p);
            if (std::none_of(leads.bytes.cbegin(), leads.bytes.cbegin() + leads.count,
                             [this](uchar b) { return m_firstBytes[b]; }))
                continue;
            qsizetype end = -1;
            for (const QByteArray &needle : text ? m_textNeedles : m_needles) {
                const auto first = uchar(needle.front());
                if (std::find(leads.bytes.cbegin(), leads.bytes.cbegin() + leads.count, first)
                    == leads.bytes.cbegin() + leads.count)
                    continue;
                qsizetype found = matchTextForms(s, p, needle);
                if (found == Exhausted) {
                    out.unverifiable = true;
                    return;
                }
                if (found < 0)
                    found = matchHex(s, p, needle);
                end = std::max(end, found);
            }
            if (end < 0)
                continue;
            out.add({p, end});
            if (firstOnly)
                return;
        }
    }

    // Every base64 segment of `s` that holds a needle once decoded; unverifiable when a long
    // encoded-looking segment decodes to no text at any phase.
    void scanRuns(QByteArrayView s, int depth, bool firstOnly, Findings &out)
    {
        QByteArray chars;
        qsizetype p = 0;
        while (p < s.size()) {
            qsizetype begin = -1, end = -1;
            chars.clear();
            // One segment: base64 characters with line breaks inside, ended by '=' padding.
            while (p < s.size()) {
                const Unit unit = base64UnitAt(s, p);
                if (!unit.length || (begin < 0 && (unit.value == '\r' || unit.value == '\n')))
                    break;
                if (begin < 0)
                    begin = p;
                p += unit.length;
                if (unit.value == '=') {
                    end = p;
                    while (p < s.size()) {
                        const Unit more = base64UnitAt(s, p);
                        if (!more.length || more.value != '=')
                            break;
                        end = p += more.length;
                    }
                    break;
                }
                if (unit.value != '\r' && unit.value != '\n') {
                    chars += char(unit.value);
                    end = p;
                }
            }
            if (begin < 0) {
                ++p;
                continue;
            }
            const Verdict verdict = judgeSegment(chars, depth);
            if (verdict == Verdict::Unverifiable) {
                out.unverifiable = true;
                return;
            }
            if (verdict == Verdict::Secret) {
                out.add({begin, end});
                if (firstOnly)
                    return;
            }
        }
    }

private:
    static constexpr qsizetype Exhausted = -2;

    // The bytes a match could begin with at one place of the text, whatever form it is in.
    struct Leads
    {
        std::array<uchar, 12> bytes {};
        int count = 0;

        void add(int b)
        {
            if (b >= 0 && count < int(bytes.size()))
                bytes[count++] = uchar(b);
        }
        void addCharacter(char32_t c)
        {
            std::array<uchar, 4> utf8;
            utf8Encode(c, utf8);
            add(utf8[0]);
            add(mojibakeByte(c));
        }
    };

    static Leads leadsAt(QByteArrayView s, qsizetype p)
    {
        Leads leads;
        const auto c = uchar(s[p]);
        leads.add(c);
        if (c == '+')
            leads.add(' ');
        if (c == '%') {
            std::array<Unit, PercentLevels> levels;
            const int count = percentUnits(s, p, levels);
            for (int i = 0; i < count; ++i) {
                leads.add(int(levels[i].value));
                if (levels[i].value == '+')
                    leads.add(' ');
            }
            if (const Unit unit = percentUtf8At(s, p); unit.length)
                leads.add(mojibakeByte(unit.value));
        } else if (c == '\\') {
            bool isByte = false;
            if (const Unit unit = backslashUnit(s, p, isByte); unit.length && isByte)
                leads.add(int(unit.value));
            else if (unit.length)
                leads.addCharacter(unit.value);
        } else if (c == '&') {
            if (const Unit unit = entityUnit(s, p); unit.length)
                leads.addCharacter(unit.value);
        } else if (c >= 0xc2) {
            if (const Unit unit = utf8At(s, p); unit.length)
                leads.add(mojibakeByte(unit.value));
        }
        if (p + 1 < s.size()) {
            const int high = hexDigit(c);
            const int low = hexDigit(uchar(s[p + 1]));
            if (high >= 0 && low >= 0)
                leads.add(high * 16 + low);
        }
        return leads;
    }

    struct Step
    {
        qsizetype p;
        qsizetype j;
    };

    // Tries every way the text at `start` could spell `needle` (see redactor.h); the end of a
    // match, -1 when there is none, Exhausted when the step budget ran out.
    qsizetype matchTextForms(QByteArrayView s, qsizetype start, QByteArrayView needle)
    {
        const qsizetype m = needle.size();
        m_stack.clear();
        m_stack.append({start, 0});
        while (!m_stack.isEmpty()) {
            const Step step = m_stack.takeLast();
            if (step.j == m)
                return step.p;
            if (--m_budget < 0)
                return Exhausted;
            const qsizetype p = step.p;
            const qsizetype j = step.j;
            if (p >= s.size())
                continue;
            const auto b = uchar(needle[j]);
            const auto c = uchar(s[p]);
            auto push = [&](qsizetype length, qsizetype bytes) {
                m_stack.append({p + length, j + bytes});
            };
            // A character (not a byte) matches by its UTF-8 bytes or as mojibake of one byte.
            auto matchCharacter = [&](Unit unit) {
                std::array<uchar, 4> utf8;
                const qsizetype k = utf8Encode(unit.value, utf8);
                if (j + k <= m
                    && std::equal(utf8.cbegin(), utf8.cbegin() + k,
                                  reinterpret_cast<const uchar *>(needle.data()) + j))
                    push(unit.length, k);
                if (mojibakeByte(unit.value) == b)
                    push(unit.length, 1);
            };
            if (c == b || (c == '+' && b == ' '))
                push(1, 1);
            if (c == '%') {
                std::array<Unit, PercentLevels> levels;
                const int count = percentUnits(s, p, levels);
                for (int i = 0; i < count; ++i) {
                    if (levels[i].value == b || (levels[i].value == '+' && b == ' '))
                        push(levels[i].length, 1);
                }
                if (const Unit unit = percentUtf8At(s, p);
                    unit.length && mojibakeByte(unit.value) == b)
                    push(unit.length, 1);
            } else if (c == '\\') {
                bool isByte = false;
                const Unit unit = backslashUnit(s, p, isByte);
                if (unit.length && isByte && unit.value == b)
                    push(unit.length, 1);
                else if (unit.length && !isByte)
                    matchCharacter(unit);
            } else if (c == '&') {
                if (const Unit unit = entityUnit(s, p); unit.length)
                    matchCharacter(unit);
            } else if (c >= 0xc2 && b >= 0x80) {
                const Unit unit = utf8At(s, p);
                if (unit.length && mojibakeByte(unit.value) == b)
                    push(unit.length, 1);
            }
        }
        return -1;
    }

    // The needle's bytes as hex digits, either case or mixed.
    static qsizetype matchHex(QByteArrayView s, qsizetype start, QByteArrayView needle)
    {
        qsizetype p = start;
        for (const char b : needle) {
            if (p + 1 >= s.size())
                return -1;
            const int high = hexDigit(uchar(s[p]));
            const int low = hexDigit(uchar(s[p + 1]));
            if (high < 0 || low < 0 || high * 16 + low != uchar(b))
                return -1;
            p += 2;
        }
        return p;
    }

    enum class Verdict { Clean, Secret, Unverifiable };

    // Decodes one base64 segment at each of its four phases and looks inside each. Only one
    // phase is the true one, so: a secret at any phase counts; otherwise one phase that decodes
    // to text without anything unverifiable inside vouches for the segment; otherwise a textual
    // phase with something unverifiable inside, or a long encoded-looking segment that is text
    // at no phase, cannot be vouched for.
    Verdict judgeSegment(const QByteArray &chars, int depth)
    {
        if (depth >= MaxNesting)
            return looksEncoded(chars) ? Verdict::Unverifiable : Verdict::Clean;
        if (chars.size() < m_minRunChars && chars.size() < Redactor::LongRunChars)
            return Verdict::Clean;
        bool cleanText = false, tangledText = false;
        QByteArray decoded;
        for (int phase = 0; phase < 4 && chars.size() - phase >= 2; ++phase) {
            decodePhase(chars, phase, decoded);
            Findings inner;
            scanForms(decoded, false, true, inner);
            if (inner.spans.isEmpty() && !inner.unverifiable && isTextual(decoded))
                // Decoded text is a text of its own: it may hold encoded runs too.
                scanRuns(decoded, depth + 1, true, inner);
            else if (inner.spans.isEmpty() && !inner.unverifiable)
                continue;
            if (m_budget < 0)
                return Verdict::Unverifiable;
            if (!inner.spans.isEmpty())
                return Verdict::Secret;
            (inner.unverifiable ? tangledText : cleanText) = true;
        }
        if (cleanText)
            return Verdict::Clean;
        return tangledText || looksEncoded(chars) ? Verdict::Unverifiable : Verdict::Clean;
    }

    static void decodePhase(const QByteArray &chars, int phase, QByteArray &out)
    {
        out.clear();
        out.reserve(chars.size() * 3 / 4 + 1);
        quint32 bits = 0;
        int count = 0;
        for (qsizetype i = phase; i < chars.size(); ++i) {
            bits = (bits << 6) | quint32(base64Value(chars[i]));
            count += 6;
            if (count >= 8) {
                count -= 8;
                out += char((bits >> count) & 0xff);
                bits &= (1u << count) - 1;
            }
        }
    }

    const QList<QByteArray> &m_needles;
    QList<QByteArray> m_textNeedles;
    qsizetype m_budget;
    std::array<bool, 256> m_startable {}; // a cheap first filter on the text byte
    std::array<bool, 256> m_firstBytes {}; // the needles' first bytes
    qsizetype m_minRunChars = 0;
    QList<Step> m_stack;
};

} // namespace

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < MinSecretLength)
        return;
    addNeedle(secret);
}

void Redactor::addDevicePair(const QString &deviceId, const QString &deviceSecret)
{
    addSecret(deviceSecret);
    if (deviceSecret.isEmpty())
        return;
    // The Basic credential is long even when the secret is short, so it cannot shred ordinary
    // text.
    addNeedle(deviceId % u':' % deviceSecret);
}

void Redactor::addNeedle(const QString &value)
{
    QList<QByteArray> forms {value.toUtf8()};
    // A server that decodes or re-encodes the request as UTF-16 (.NET strings) or Latin-1.
    QByteArray utf16le, utf16be;
    for (const QChar c : value) {
        utf16le += char(c.unicode() & 0xff);
        utf16le += char(c.unicode() >> 8);
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xff);
    }
    forms << utf16le << utf16be;
    const bool latin1 =
        std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() <= 0xff; });
    if (latin1)
        forms << value.toLatin1();
    for (const QByteArray &form : std::as_const(forms)) {
        if (!m_needles.contains(form))
            m_needles.append(form);
    }
    std::sort(m_needles.begin(), m_needles.end(), [](const QByteArray &a, const QByteArray &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
}

std::optional<QString> Redactor::redact(const QString &text) const
{
    if (m_needles.isEmpty())
        return text;
    if (text.size() > MaxInspectedLength)
        return std::nullopt;
    QByteArray bytes = utf8Of(text);
    Inspector inspector(m_needles, bytes.size());

    Findings forms;
    inspector.scanForms(bytes, true, false, forms);
    if (forms.unverifiable)
        return std::nullopt;
    bytes = replaced(bytes, forms.spans);

    Findings runs;
    inspector.scanRuns(bytes, 0, false, runs);
    if (runs.unverifiable)
        return std::nullopt;
    return QString::fromUtf8(replaced(bytes, runs.spans));
}

std::optional<QString> Redactor::clean(const QString &serverText, qsizetype maxChars) const
{
    const std::optional<QString> redacted = redact(serverText);
    if (!redacted)
        return std::nullopt;
    QString line = oneLineText(*redacted);
    QString collapsed;
    collapsed.reserve(line.size());
    for (const QChar c : std::as_const(line)) {
        if (c != u' ' || !collapsed.endsWith(u' '))
            collapsed += c;
    }
    // Redacting again after removing invisible characters catches a secret they had split.
    const std::optional<QString> visible = redact(collapsed.trimmed());
    if (!visible)
        return std::nullopt;
    return cutText(*visible, maxChars);
}

QString Redactor::withheldSentence()
{
    return QCoreApplication::translate(
        "sdsm", "the server's message was withheld because it could not be checked for secrets");
}

} // namespace sdsm
