// SPDX-License-Identifier: Apache-2.0
#include "textrules.h"

#include <QChar>

namespace sdsm {

namespace {

bool isLineBreakOrTab(char32_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r' || c == 0x85
        || c == 0x2028 || c == 0x2029;
}

// Walks `text` by code point; a surrogate half without its partner comes out as itself.
template<typename Visit> void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(ch, text.at(i + 1)));
            ++i;
        } else {
            visit(char32_t(ch.unicode()));
        }
    }
}

} // namespace

bool isForbiddenCharacter(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c >= 0xd800 && c <= 0xdfff)
        return true;
    if (c == 0x2028 || c == 0x2029)
        return true;
    return QChar::category(c) == QChar::Other_Format;
}

bool containsForbiddenCharacter(QStringView text)
{
    bool found = false;
    forEachCodePoint(text, [&found](char32_t c) { found = found || isForbiddenCharacter(c); });
    return found;
}

QString oneLineText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool inBreak = false;
    forEachCodePoint(text, [&](char32_t c) {
        if (isLineBreakOrTab(c)) {
            while (out.endsWith(u' '))
                out.chop(1);
            out += u' ';
            inBreak = true;
        } else if (c == u' ') {
            if (!inBreak)
                out += u' ';
        } else if (c >= 0xd800 && c <= 0xdfff) {
            out += QChar::ReplacementCharacter;
            inBreak = false;
        } else if (!isForbiddenCharacter(c)) {
            out += QStringView(QChar::fromUcs4(c));
            inBreak = false;
        }
    });
    return out;
}

QString cutText(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    if (maxChars <= 0)
        return QString();
    qsizetype keep = maxChars - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    QString out = text.left(keep);
    while (out.endsWith(u' '))
        out.chop(1);
    return out + u'…';
}

} // namespace sdsm
