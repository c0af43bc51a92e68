// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtEndian>
#include <QtGlobal>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <bit>

// Steps over the bytes of JSON text that make up most of a profile file, a block at a time; shared
// by ProfileListReader (which checks the text) and JsonObjectText (which reads checked text).
namespace sdsm::jsonscan {

inline bool isSpace(char c)
{
    // One test for the usual case, a printable character.
    return static_cast<unsigned char>(c) <= ' '
        && (c == ' ' || c == '\n' || c == '\r' || c == '\t');
}

// The plain stretches that make up most of a profile file — indentation, and string content
// without quotes, escapes, control characters or non-ASCII — are skipped a block at a time: 16
// bytes with SSE2, else 8 in a machine word. A word's mask marks bytes by their high bit; its
// lowest mark is exact (a false mark only ever follows a true one), which is all that is used.
constexpr quint64 Ones = 0x0101010101010101ULL;
constexpr quint64 Highs = 0x8080808080808080ULL;

inline quint64 eightAt(const char *p)
{
    return qFromLittleEndian<quint64>(p); // the first byte lowest, on any machine
}

constexpr quint64 below(quint64 v, unsigned n) // bytes below n (n <= 0x80)
{
    return (v - Ones * n) & ~v & Highs;
}

constexpr quint64 notBlank(quint64 v) // bytes other than ' '
{
    const quint64 x = v ^ (Ones * ' ');
    return (((x & ~Highs) + ~Highs) | x) & Highs;
}

constexpr quint64 special(quint64 v) // what a string scan must look at
{
    return below(v ^ (Ones * '"'), 1) | below(v ^ (Ones * '\\'), 1) | below(v, 0x20) | (v & Highs);
}

#ifdef __SSE2__
inline __m128i sixteenAt(const char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}
#endif

// Past the ' ' bytes at p.
inline const char *skipBlanks(const char *p, const char *end)
{
#ifdef __SSE2__
    for (; end - p >= 16; p += 16) {
        const __m128i blank = _mm_cmpeq_epi8(sixteenAt(p), _mm_set1_epi8(' '));
        if (const unsigned other = ~unsigned(_mm_movemask_epi8(blank)) & 0xFFFFu)
            return p + std::countr_zero(other);
    }
#endif
    for (; end - p >= 8; p += 8) {
        if (const quint64 mask = notBlank(eightAt(p)))
            return p + std::countr_zero(mask) / 8;
    }
    while (p < end && *p == ' ')
        ++p;
    return p;
}

// Past the plain string content at p.
inline const char *skipPlain(const char *p, const char *end)
{
#ifdef __SSE2__
    for (; end - p >= 16; p += 16) {
        const __m128i v = sixteenAt(p);
        // Signed, "below 0x20" takes in the bytes from 0x80 up as well.
        const __m128i marked = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                                            _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(marked)))
            return p + std::countr_zero(mask);
    }
#endif
    for (; end - p >= 8; p += 8) {
        if (const quint64 mask = special(eightAt(p)))
            return p + std::countr_zero(mask) / 8;
    }
    return p;
}

// Past the JSON white space at p: line breaks and tabs a byte at a time, indentation a block at a
// time. Most calls meet none, or the one space after a colon, which a test or two settles.
inline const char *skipSpace(const char *p, const char *end)
{
    if (p >= end || static_cast<unsigned char>(*p) > ' ')
        return p;
    if (*p == ' ' && end - p >= 2 && static_cast<unsigned char>(p[1]) > ' ')
        return p + 1;
    while (p < end && isSpace(*p)) {
        ++p;
        if (p < end && *p == ' ')
            p = skipBlanks(p, end);
    }
    return p;
}

} // namespace sdsm::jsonscan
