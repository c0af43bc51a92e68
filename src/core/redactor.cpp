#include "redactor.h"

#include "textrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

const QString Replacement = u"[redacted]"_s;

QString lowerHexEscapes(const QString &percentEncoded)
{
    QString out = percentEncoded;
    for (qsizetype i = 0; i + 2 < out.size(); ++i) {
        if (out.at(i) == u'%') {
            out[i + 1] = out.at(i + 1).toLower();
            out[i + 2] = out.at(i + 2).toLower();
            i += 2;
        }
    }
    return out;
}

// Exactly what QJsonDocument writes between the quotes of a string value.
QString qtJsonEscaped(const QString &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(2, json.size() - 4));
}

// Writers such as Newtonsoft (EscapeNonAscii) or Python's json module emit \uXXXX for everything
// beyond ASCII, in either hex case.
QString asciiJsonEscaped(const QString &qtEscaped, bool upperHex)
{
    QString out;
    out.reserve(qtEscaped.size() * 2);
    for (const QChar ch : qtEscaped) {
        if (ch.unicode() < 0x7f) {
            out += ch;
            continue;
        }
        QString hex = QString::number(ch.unicode(), 16).rightJustified(4, u'0');
        out += u"\\u"_s % (upperHex ? hex.toUpper() : hex);
    }
    return out;
}

QStringList base64Forms(const QByteArray &bytes)
{
    const QByteArray::Base64Options variants[] = {
        QByteArray::Base64Encoding,
        QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals,
        QByteArray::Base64UrlEncoding,
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals,
    };
    QStringList forms;
    for (const auto options : variants)
        forms << QString::fromLatin1(bytes.toBase64(options));
    return forms;
}

} // namespace

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < MinSecretLength)
        return;
    addEncodedForms(secret);
    for (const QString &form : base64Forms(secret.toUtf8()))
        addEncodedForms(form);
}

void Redactor::addDevicePair(const QString &deviceId, const QString &deviceSecret)
{
    addSecret(deviceSecret);
    if (deviceSecret.isEmpty())
        return;
    // The Basic value is long even when the secret is short, so it cannot shred ordinary text.
    for (const QString &form : base64Forms(QString(deviceId % u':' % deviceSecret).toUtf8()))
        addEncodedForms(form);
}

void Redactor::addEncodedForms(const QString &value)
{
    QSet<QString> forms(m_patterns.cbegin(), m_patterns.cend());
    forms.insert(value);

    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(value));
    const QString form =
        QString::fromLatin1(QUrl::toPercentEncoding(value, " "_ba)).replace(u' ', u'+');
    for (const QString &encoded : {percent, form}) {
        forms.insert(encoded);
        forms.insert(lowerHexEscapes(encoded));
    }

    const QString html = value.toHtmlEscaped();
    forms.insert(html);
    forms.insert(QString(html).replace(u'\'', u"&#39;"_s));
    forms.insert(QString(html).replace(u'\'', u"&#x27;"_s));

    const QString json = qtJsonEscaped(value);
    for (const QString &base :
         {json, asciiJsonEscaped(json, false), asciiJsonEscaped(json, true)}) {
        forms.insert(base);
        forms.insert(QString(base).replace(u'/', u"\\/"_s));
    }

    m_patterns = QStringList(forms.cbegin(), forms.cend());
    std::sort(m_patterns.begin(), m_patterns.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &pattern : m_patterns)
        out.replace(pattern, Replacement);
    return out;
}

QString Redactor::clean(const QString &serverText) const
{
    return clean(serverText, MaxCleanLength);
}

QString Redactor::clean(const QString &serverText, qsizetype maxChars) const
{
    // Redacting again after stripping catches a secret that invisible characters had split.
    const QString line = oneLineText(redact(serverText));
    QString collapsed;
    collapsed.reserve(line.size());
    for (const QChar c : std::as_const(line)) {
        if (c != u' ' || !collapsed.endsWith(u' '))
            collapsed += c;
    }
    const QString visible = redact(collapsed.trimmed());
    return cutText(visible, maxChars);
}

} // namespace sdsm
