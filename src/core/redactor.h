#pragma once

#include <QString>
#include <QStringList>

namespace sdsm {

// Removes every known secret from text that came from a server or from the network layer, in
// every encoding a server could echo it in: raw, base64 and base64url (with and without '='
// padding), percent-encoded (QUrl::toPercentEncoding and form encoding with '+' for space),
// HTML-escaped, JSON-escaped (\" \\ \/ \uXXXX forms as QJsonDocument would write them), and for
// a device pair also base64/base64url of "id:secret". Values shorter than 4 characters are not
// redacted (they would shred ordinary text); replacement text is "[redacted]". Longest patterns
// are replaced first.
class Redactor
{
public:
    static constexpr qsizetype MinSecretLength = 4;
    static constexpr qsizetype MaxCleanLength = 500;

    void addSecret(const QString &secret);
    void addDevicePair(const QString &deviceId, const QString &deviceSecret);
    QString redact(const QString &text) const;
    // For any server-supplied text shown to a person: redact(), then oneLineText() (textrules.h:
    // forbidden characters removed, newlines and tabs become a single space), collapse runs of
    // spaces, trim, redact() again, then cut to 500 characters (ending with "…" when cut).
    QString clean(const QString &serverText) const;
    // The same with a tighter limit, for previews of whole response bodies.
    QString clean(const QString &serverText, qsizetype maxChars) const;

private:
    void addEncodedForms(const QString &value);

    QStringList m_patterns; // longest first, so a pattern never hides inside a partly replaced one
};

} // namespace sdsm
