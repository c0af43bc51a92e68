// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace sdsm {

// The one definition of a forbidden character: one that breaks a line, reorders the text around
// it or cannot be seen, so it could forge output or make two different values look the same.
// Validation refuses it (profile names, ids, scope, secrets), display removes it, and the
// Redactor removes it before it looks for secrets a second time. By code point:
//  - C0 controls U+0000–U+001F (tab and line feed included), DEL U+007F, C1 controls
//    U+0080–U+009F (NEL included);
//  - the line and paragraph separators U+2028 and U+2029;
//  - every format character (Unicode category Cf): among them the bidi controls U+061C,
//    U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, the zero-width characters U+200B–U+200D,
//    U+2060 and U+FEFF, the soft hyphen U+00AD and the tag characters U+E0001–U+E007F;
//  - a surrogate code point (in a QString: a UTF-16 half without its partner), which no font can
//    show and no UTF-8 file can hold.
bool isForbiddenCharacter(char32_t c);

// True when any code point of `text` is forbidden (a valid surrogate pair is one code point).
bool containsForbiddenCharacter(QStringView text);

// `text` on one line for a person: every run of tabs and line breaks (LF, VT, FF, CR, NEL,
// U+2028, U+2029), together with the spaces beside it, becomes one space; a lone surrogate
// becomes U+FFFD so that something marks where it was; every other forbidden character is
// removed. Other spaces are kept as they are.
QString oneLineText(QStringView text);

// Cuts text to at most maxChars characters, ending with "…" when it had to cut; never splits a
// surrogate pair.
QString cutText(const QString &text, qsizetype maxChars);

} // namespace sdsm
