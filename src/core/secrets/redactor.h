// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sdsm {

// Removes every known secret from text that came from a server or from the network layer, in the
// forms a server could echo it in. The secret is searched for as bytes (its UTF-8 form, and its
// UTF-16 and Latin-1 forms) where each byte may appear
//  - as itself, or as %XX (either hex case, any subset of characters encoded, so percent-encoding
//    that keeps '/' or other reserved characters is covered), double or triple percent-encoded
//    (%25XX), '+' or %2B for a space (form encoding), \xXX;
//  - as a character whose UTF-8 form is the bytes: JSON escapes (\uXXXX with surrogate pairs, \/,
//    \", \\ …) and HTML character references (&#NN;, &#xHH;, &lt; &gt; &amp; &quot; &apos;);
//  - as a character read from the byte as Latin-1 or Windows-1252 (UTF-8 shown as Latin-1);
// or the whole secret as hex digits (upper, lower or mixed case). Every base64 or base64url run in
// the text (also with %2B/%2F/%3D, JSON \/ or line breaks inside) is decoded at each of its four
// character phases, so a secret inside a longer encoded blob (a whole form body, a header block)
// is found at any alignment, and the blob is inspected again for the forms above, once more
// nested. A device pair is the secret "id:secret" (the Basic credential) in all of these forms.
// Matches are replaced by "[redacted]"; overlapping matches are replaced as one.
//
// When the Redactor cannot vouch for a text it says so instead of guessing: redact() and clean()
// return nullopt and the caller must drop the text (keeping the error kind and status). That is
// the case for text longer than MaxInspectedLength, for a long base64-like run (at least
// LongRunChars characters with upper case, lower case and digits) that decodes to no text at any
// phase (compressed, encrypted, another encoding: a secret could hide in it), and for a text so
// tangled that the search would take too long. A Redactor without secrets vouches for any text.
// Values shorter than MinSecretLength characters are not redacted (they would shred ordinary
// text).
class Redactor
{
public:
    static constexpr qsizetype MinSecretLength = 4;
    static constexpr qsizetype MaxCleanLength = 500;
    static constexpr qsizetype MaxInspectedLength = 1024 * 1024;
    static constexpr qsizetype LongRunChars = 32;

    void addSecret(const QString &secret);
    void addDevicePair(const QString &deviceId, const QString &deviceSecret);
    bool hasSecrets() const { return !m_needles.isEmpty(); }

    [[nodiscard]] std::optional<QString> redact(const QString &text) const;
    // For any server-supplied text shown to a person: redact(), then oneLineText() (textrules.h),
    // collapse runs of spaces, trim, redact() again (a secret split by invisible characters is
    // whole again), then cut to maxChars characters (ending with "…" when cut).
    [[nodiscard]] std::optional<QString> clean(const QString &serverText,
                                               qsizetype maxChars = MaxCleanLength) const;

    // What callers say in place of text redact() would not vouch for.
    static QString withheldSentence();

private:
    void addNeedle(const QString &value);

    QList<QByteArray> m_needles; // longest first
};

} // namespace sdsm
