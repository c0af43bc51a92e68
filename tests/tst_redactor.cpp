#include "redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace sdsm;

// A canary with every character class an encoder treats specially: space, '+', '/', '&', '"',
// '\', '<', '\'', non-ASCII and a character outside the BMP. Fake, so it may appear in output.
static const QString Canary = u"CANARY-s3cr et+/&\"\\<'é€😀-END"_s;

static QString qtJson(const QString &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(2, json.size() - 4));
}

static QString escapeNonAscii(const QString &text, bool upper)
{
    QString out;
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            out += ch;
            continue;
        }
        const QString hex = QString::number(ch.unicode(), 16).rightJustified(4, u'0');
        out += u"\\u"_s + (upper ? hex.toUpper() : hex);
    }
    return out;
}

static QString lowerHex(const QString &percentEncoded)
{
    QString out = percentEncoded;
    for (qsizetype i = 0; i + 2 < out.size(); ++i) {
        if (out.at(i) == u'%') {
            out[i + 1] = out.at(i + 1).toLower();
            out[i + 2] = out.at(i + 2).toLower();
        }
    }
    return out;
}

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEncodingIsRemoved_data();
    void everyEncodingIsRemoved();
    void devicePair_data();
    void devicePair();
    void longestFirst();
    void shortValuesUntouched();
    void clean_data();
    void clean();
    void cleanCutsAt500();
    void cleanRedactsSecretsSplitByInvisibleCharacters();
};

void TestRedactor::everyEncodingIsRemoved_data()
{
    QTest::addColumn<QString>("encoded");

    const QByteArray utf8 = Canary.toUtf8();
    QTest::newRow("raw") << Canary;
    QTest::newRow("base64") << QString::fromLatin1(utf8.toBase64());
    QTest::newRow("base64 unpadded")
        << QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals));
    QTest::newRow("base64url") << QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("base64url unpadded") << QString::fromLatin1(
        utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(Canary));
    QTest::newRow("percent") << percent;
    QTest::newRow("percent lower-case hex") << lowerHex(percent);
    QTest::newRow("form, + for space") << QString(percent).replace(u"%20"_s, u"+"_s);
    QTest::newRow("html") << Canary.toHtmlEscaped();
    QTest::newRow("html &#39;") << Canary.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
    QTest::newRow("html &#x27;") << Canary.toHtmlEscaped().replace(u'\'', u"&#x27;"_s);
    const QString json = qtJson(Canary);
    QTest::newRow("json (QJsonDocument)") << json;
    QTest::newRow("json \\/") << QString(json).replace(u'/', u"\\/"_s);
    QTest::newRow("json \\u lower") << escapeNonAscii(json, false);
    QTest::newRow("json \\u upper") << escapeNonAscii(json, true);
    QTest::newRow("json \\u upper \\/") << escapeNonAscii(json, true).replace(u'/', u"\\/"_s);
    QTest::newRow("base64 inside json \\/")
        << QString::fromLatin1(utf8.toBase64()).replace(u'/', u"\\/"_s);
    QTest::newRow("base64 percent-encoded")
        << QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(utf8.toBase64())));
}

void TestRedactor::everyEncodingIsRemoved()
{
    QFETCH(QString, encoded);
    Redactor redactor;
    redactor.addSecret(Canary);
    const QString text = u"before "_s + encoded + u" middle "_s + encoded + u" after"_s;
    const QString redacted = redactor.redact(text);
    QCOMPARE(redacted, u"before [redacted] middle [redacted] after"_s);
}

void TestRedactor::devicePair_data()
{
    QTest::addColumn<QString>("encoded");
    const QByteArray pair = QString(u"DEVICE-Ω:"_s + Canary).toUtf8();
    QTest::newRow("base64") << QString::fromLatin1(pair.toBase64());
    QTest::newRow("base64 unpadded")
        << QString::fromLatin1(pair.toBase64(QByteArray::OmitTrailingEquals));
    QTest::newRow("base64url") << QString::fromLatin1(pair.toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("base64url unpadded") << QString::fromLatin1(
        pair.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("device secret alone") << Canary;
    // The seed page's published example header, as a server would echo it.
    QTest::newRow("seed page header value")
        << u"RVhBTVBMRV9ERVZJQ0VfTk9ERTpxbGNFdGJvRi1INVhkSzR4MXQtYXJMNUdhRzRzdkY5VGtMNWE="_s;
}

void TestRedactor::devicePair()
{
    QFETCH(QString, encoded);
    Redactor redactor;
    redactor.addDevicePair(u"DEVICE-Ω"_s, Canary);
    redactor.addDevicePair(u"EXAMPLE_DEVICE_NODE"_s, u"qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"_s);
    const QString text = u"Authorization: Basic "_s + encoded + u"\n"_s;
    QCOMPARE(redactor.redact(text), u"Authorization: Basic [redacted]\n"_s);
    // The device id is not a secret and stays readable on its own.
    QCOMPARE(redactor.redact(u"device DEVICE-Ω"_s), u"device DEVICE-Ω"_s);
}

void TestRedactor::longestFirst()
{
    Redactor redactor;
    redactor.addSecret(u"abcd"_s);
    redactor.addSecret(u"abcdefgh"_s);
    // Replacing "abcd" first would leave "efgh" of the longer secret behind.
    QCOMPARE(redactor.redact(u"x abcdefgh y abcd z"_s), u"x [redacted] y [redacted] z"_s);
}

void TestRedactor::shortValuesUntouched()
{
    Redactor redactor;
    redactor.addSecret(u"abc"_s);
    redactor.addSecret(QString());
    redactor.addDevicePair(u"dev"_s, QString());
    const QString text = u"abc is a common word; so is YWJj and dev:"_s;
    QCOMPARE(redactor.redact(text), text);
    redactor.addSecret(u"abcd"_s);
    QCOMPARE(redactor.redact(u"abc abcd"_s), u"abc [redacted]"_s);
}

void TestRedactor::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Invalid client"_s << u"Invalid client"_s;
    QTest::newRow("newlines and tabs become one space")
        << u"line one\r\n\tline two\nthree"_s << u"line one line two three"_s;
    QTest::newRow("runs of spaces collapse") << u"a     b  c"_s << u"a b c"_s;
    QTest::newRow("trimmed") << u"  \n padded \t "_s << u"padded"_s;
    QTest::newRow("C0 removed") << QString(u"a"_s + QChar(0) + QChar(0x1b) + u"[31mb"_s)
                                << u"a[31mb"_s;
    QTest::newRow("DEL and C1 removed")
        << QString(u"a"_s + QChar(0x7f) + QChar(0x9b) + QChar(0x80) + u"b"_s) << u"ab"_s;
    QTest::newRow("NEL, LS, PS are line breaks")
        << QString(u"a"_s + QChar(0x85) + u"b"_s + QChar(0x2028) + u"c"_s + QChar(0x2029) + u"d"_s)
        << u"a b c d"_s;
    QString bidi = u"x"_s;
    for (const char16_t c :
         {0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069})
        bidi += QChar(c);
    QTest::newRow("bidi controls removed") << bidi + u"y"_s << u"xy"_s;
    QString zeroWidth = u"x"_s;
    for (const char16_t c : {0x200b, 0x200c, 0x200d, 0x2060, 0xfeff})
        zeroWidth += QChar(c);
    QTest::newRow("zero-width characters removed") << zeroWidth + u"y"_s << u"xy"_s;
    QTest::newRow("trojan source")
        << QString(u"access granted"_s + QChar(0x202e) + u"deined"_s) << u"access granteddeined"_s;
    QTest::newRow("lone surrogate replaced")
        << QString(u"a"_s + QChar(0xd800) + u"b"_s) << QString(u"a"_s + QChar(0xfffd) + u"b"_s);
    QTest::newRow("pairs and markup kept") << u"<b>😀 é</b>"_s << u"<b>😀 é</b>"_s;
    QTest::newRow("secret redacted")
        << u"echo CANARY-clean-secret here"_s << u"echo [redacted] here"_s;
}

void TestRedactor::clean()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor redactor;
    redactor.addSecret(u"CANARY-clean-secret"_s);
    QCOMPARE(redactor.clean(input), expected);
}

void TestRedactor::cleanCutsAt500()
{
    const Redactor redactor;
    const QString exact(500, u'a');
    QCOMPARE(redactor.clean(exact), exact);

    const QString cut = redactor.clean(QString(501, u'b'));
    QCOMPARE(cut.size(), 500);
    QVERIFY(cut.endsWith(u"b…"_s));

    // Collapsing happens before cutting, so 1000 spaced letters still fit the limit.
    const QString spaced = redactor.clean(QString(u"x "_s).repeated(250));
    QCOMPARE(spaced.size(), 499);

    // A surrogate pair at the boundary is never split.
    const QString emoji = redactor.clean(QString(498, u'c') + u"😀😀😀"_s);
    QVERIFY(emoji.size() <= 500);
    QVERIFY(emoji.endsWith(u"c…"_s));
    QVERIFY(!emoji.at(emoji.size() - 2).isHighSurrogate());

    // The tighter limit for previews.
    const QString preview = redactor.clean(QString(300, u'p'), 200);
    QCOMPARE(preview.size(), 200);
    QVERIFY(preview.endsWith(u'…'));

    // A secret straddling the cut is redacted before cutting, so no prefix of it survives.
    Redactor withSecret;
    withSecret.addSecret(u"CANARY-STRADDLE-0123456789"_s);
    const QString straddle =
        withSecret.clean(QString(490, u'd') + u"CANARY-STRADDLE-0123456789"_s + u"tail"_s);
    QVERIFY(!straddle.contains(u"CANARY"_s));
    QCOMPARE(straddle.size(), 500);
}

void TestRedactor::cleanRedactsSecretsSplitByInvisibleCharacters()
{
    Redactor redactor;
    redactor.addSecret(u"CANARY-split-secret"_s);
    const QString split = u"x CANARY-"_s + QChar(0x202e) + u"split-"_s + QChar(0) + u"secret y"_s;
    QCOMPARE(redactor.clean(split), u"x [redacted] y"_s);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
