// SPDX-License-Identifier: Apache-2.0
#include "redactor.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;
using namespace sdsm;

// Fake canaries, so they may appear in test output. Together they hold every character an encoder
// treats specially: space, '+', '/', '=', ':', '$', '%', '&', '"', '\', '<', '\'', non-ASCII in the
// BMP and beyond it.
static const QString ClientSecret = u"CANARY-s3cr et+/&\"\\<'é€😀-END"_s;
static const QString DeviceId = u"DEVICE-Ω"_s;
static const QString DeviceSecret = u"DEV-s3cret/+=$%~ ü€"_s;
static const QString Password = u"P@ss wörd/+=:$%-ÿ"_s;

static const QByteArray Reserved = ":/?#[]@!$&'()*+,;="_ba;

// ---- encoders, written independently of the Redactor ----

static QString hexOf(const QByteArray &bytes, int caseMode) // 0 lower, 1 upper, 2 mixed
{
    QString out;
    const QString lower = QString::fromLatin1(bytes.toHex());
    for (qsizetype i = 0; i < lower.size(); ++i)
        out += caseMode == 1 || (caseMode == 2 && i % 3 == 0) ? lower.at(i).toUpper() : lower.at(i);
    return out;
}

static QString percentLower(const QString &percentEncoded)
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

static QString percentMixed(const QString &percentEncoded)
{
    QString out = percentEncoded;
    bool lower = false;
    for (qsizetype i = 0; i + 2 < out.size(); ++i) {
        if (out.at(i) == u'%') {
            if (lower) {
                out[i + 1] = out.at(i + 1).toLower();
                out[i + 2] = out.at(i + 2).toLower();
            }
            lower = !lower;
        }
    }
    return out;
}

static QString percent(const QString &value, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

// Every byte as %XX, unreserved characters too.
static QString percentEverything(const QString &value)
{
    QString out;
    for (const char b : value.toUtf8())
        out += u'%' + QString::number(uchar(b), 16).toUpper().rightJustified(2, u'0');
    return out;
}

static QString form(const QString &value)
{
    return percent(value, " "_ba).replace(u' ', u'+');
}

// UTF-8 bytes shown as Windows-1252 (Latin-1 where the code page has no character).
static QString cp1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20ac, 0x81,   0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8d,   0x017d, 0x8f,   0x90,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,   0x017e, 0x0178};
    QString out;
    for (const char b : bytes) {
        const auto u = uchar(b);
        out += u >= 0x80 && u <= 0x9f ? QChar(high[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

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

static QString b64(const QByteArray &bytes, QByteArray::Base64Options options = {})
{
    return QString::fromLatin1(bytes.toBase64(options));
}

// The token request body a client sends, with the value where the secret goes.
static QByteArray formBody(const QString &secretField, const QString &value)
{
    return "grant_type=client_credentials&scope=%2A&client_id=fiddler&"_ba + secretField.toUtf8()
        + '=' + QUrl::toPercentEncoding(value) + "&nonce=1234"_ba;
}

static QString mimeLines(const QString &base64, qsizetype width)
{
    QString out;
    for (qsizetype i = 0; i < base64.size(); i += width)
        out += base64.mid(i, width) + u"\r\n"_s;
    return out.trimmed();
}

// Deterministic bytes that look random (compressed or encrypted data would).
static QByteArray noise(qsizetype size, const QByteArray &seed = "noise"_ba)
{
    QByteArray out;
    QByteArray block = seed;
    while (out.size() < size) {
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
        out += block;
    }
    return out.left(size);
}

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyForm_data();
    void everyForm();
    void everyReservedSubsetKept();
    void base64AtEveryAlignment_data();
    void base64AtEveryAlignment();
    void wholeRequestBase64();
    void overlappingSecretsLeaveNoPiece();
    void otherEncodingsOnlyInsideDecodedBytes();
    void shortValuesUntouched();
    void ordinaryTextUntouched_data();
    void ordinaryTextUntouched();
    void withheld_data();
    void withheld();
    void withoutSecretsEverythingIsVouchedFor();
    void sizeBound();
    void clean_data();
    void clean();
    void cleanCutsAt500();
    void cleanRedactsSecretsSplitByInvisibleCharacters();
    void cleanWithholdsWhatRedactWithholds();
    void benchmarkOneMebibyte_data();
    void benchmarkOneMebibyte();
};

// One row per (secret, form): the secret as a client secret, device secret, password and as the
// device pair, each in every form a server could echo it in.
void TestRedactor::everyForm_data()
{
    QTest::addColumn<QString>("encoded");

    const QList<std::pair<const char *, QString>> values = {
        {"client secret", ClientSecret},
        {"device secret", DeviceSecret},
        {"password", Password},
        {"device pair", DeviceId + u':' + DeviceSecret},
    };
    const QList<std::pair<const char *, std::function<QString(const QString &)>>> forms = {
        {"raw", [](const QString &v) { return v; }},
        {"percent", [](const QString &v) { return percent(v); }},
        {"percent lower-case hex", [](const QString &v) { return percentLower(percent(v)); }},
        {"percent mixed-case hex", [](const QString &v) { return percentMixed(percent(v)); }},
        {"percent keeping /", [](const QString &v) { return percent(v, "/"_ba); }},
        {"percent keeping every reserved character",
         [](const QString &v) { return percent(v, Reserved); }},
        {"percent keeping reserved characters and space",
         [](const QString &v) { return percent(v, Reserved + ' '); }},
        {"percent of every byte", [](const QString &v) { return percentEverything(v); }},
        {"form, + for space", [](const QString &v) { return form(v); }},
        {"double percent", [](const QString &v) { return percent(percent(v)); }},
        {"double percent keeping /",
         [](const QString &v) { return percent(percent(v, "/"_ba), "/"_ba); }},
        {"double percent lower-case",
         [](const QString &v) { return percentLower(percent(percent(v))); }},
        {"triple percent", [](const QString &v) { return percent(percent(percent(v))); }},
        {"form then percent", [](const QString &v) { return percent(form(v)); }},
        {"hex lower", [](const QString &v) { return hexOf(v.toUtf8(), 0); }},
        {"hex upper", [](const QString &v) { return hexOf(v.toUtf8(), 1); }},
        {"hex mixed case", [](const QString &v) { return hexOf(v.toUtf8(), 2); }},
        {"\\x escapes",
         [](const QString &v) {
             QString out;
             for (const char b : v.toUtf8())
                 out += u"\\x"_s + QString::number(uchar(b), 16).rightJustified(2, u'0');
             return out;
         }},
        {"UTF-8 read as Latin-1", [](const QString &v) { return QString::fromLatin1(v.toUtf8()); }},
        {"UTF-8 read as Windows-1252", [](const QString &v) { return cp1252(v.toUtf8()); }},
        {"Latin-1 mojibake, JSON-escaped",
         [](const QString &v) {
             return escapeNonAscii(qtJson(QString::fromLatin1(v.toUtf8())), false);
         }},
        {"Latin-1 mojibake, percent-encoded",
         [](const QString &v) { return percent(QString::fromLatin1(v.toUtf8())); }},
        {"base64", [](const QString &v) { return b64(v.toUtf8()); }},
        {"base64 unpadded",
         [](const QString &v) { return b64(v.toUtf8(), QByteArray::OmitTrailingEquals); }},
        {"base64url",
         [](const QString &v) { return b64(v.toUtf8(), QByteArray::Base64UrlEncoding); }},
        {"base64url unpadded",
         [](const QString &v) {
             return b64(v.toUtf8(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
         }},
        {"base64 inside json \\/",
         [](const QString &v) { return b64(v.toUtf8()).replace(u'/', u"\\/"_s); }},
        {"base64 percent-encoded", [](const QString &v) { return percent(b64(v.toUtf8())); }},
        {"base64 of UTF-16LE",
         [](const QString &v) {
             QByteArray utf16;
             for (const QChar c : v) {
                 utf16 += char(c.unicode() & 0xff);
                 utf16 += char(c.unicode() >> 8);
             }
             return b64(utf16);
         }},
        {"html", [](const QString &v) { return v.toHtmlEscaped(); }},
        {"html &#39;",
         [](const QString &v) { return v.toHtmlEscaped().replace(u'\'', u"&#39;"_s); }},
        {"html &#x27;",
         [](const QString &v) { return v.toHtmlEscaped().replace(u'\'', u"&#x27;"_s); }},
        {"html numeric references for everything",
         [](const QString &v) {
             QString out;
             for (const uint c : v.toUcs4())
                 out += u"&#"_s + QString::number(c) + u';';
             return out;
         }},
        {"json (QJsonDocument)", [](const QString &v) { return qtJson(v); }},
        {"json \\/", [](const QString &v) { return qtJson(v).replace(u'/', u"\\/"_s); }},
        {"json \\u lower", [](const QString &v) { return escapeNonAscii(qtJson(v), false); }},
        {"json \\u upper \\/",
         [](const QString &v) { return escapeNonAscii(qtJson(v), true).replace(u'/', u"\\/"_s); }},
    };
    for (const auto &[valueName, value] : values) {
        for (const auto &[formName, encode] : forms)
            QTest::addRow("%s, %s", valueName, formName) << encode(value);
    }
}

void TestRedactor::everyForm()
{
    QFETCH(QString, encoded);
    Redactor redactor;
    redactor.addSecret(ClientSecret);
    redactor.addSecret(Password);
    redactor.addDevicePair(DeviceId, DeviceSecret);
    const QString text = u"before "_s + encoded + u" middle "_s + encoded + u" after"_s;
    QCOMPARE(redactor.redact(text), u"before [redacted] middle [redacted] after"_s);
}

// Percent-encoding may leave any subset of RFC 3986's reserved characters as they are; the
// Redactor reads each byte either way, so every subset is covered without listing 2^18 forms.
// Here every one of the 18 characters is left alone once, and 64 random subsets besides.
void TestRedactor::everyReservedSubsetKept()
{
    const QString secret = u"k:/?#[]@!$&'()*+,;=-é😀"_s;
    Redactor redactor;
    redactor.addSecret(secret);
    QList<QByteArray> subsets;
    for (const char c : Reserved)
        subsets << QByteArray(1, c);
    quint32 state = 20261201;
    for (int i = 0; i < 64; ++i) {
        QByteArray subset;
        for (const char c : Reserved) {
            state = state * 1664525u + 1013904223u;
            if (state >> 31)
                subset += c;
        }
        subsets << subset;
    }
    for (const QByteArray &keep : std::as_const(subsets)) {
        for (const QString &encoded : {percent(secret, keep), percentLower(percent(secret, keep)),
                                       percent(percent(secret, keep), keep)}) {
            const QString text = u"echo: "_s + encoded + u" (end)"_s;
            if (redactor.redact(text) != u"echo: [redacted] (end)"_s)
                QFAIL(qPrintable(u"not redacted with "_s + QString::fromLatin1(keep) + u" kept: "_s
                                 + encoded));
        }
    }
}

void TestRedactor::base64AtEveryAlignment_data()
{
    QTest::addColumn<QString>("blob");
    const QList<std::pair<const char *, QByteArray>> bodies = {
        {"client secret in the form body", formBody(u"client_secret"_s, ClientSecret)},
        {"password in the form body", formBody(u"password"_s, Password)},
        {"device pair as a header line",
         "X-Device-Authorization: "_ba + DeviceId.toUtf8() + ':' + DeviceSecret.toUtf8()
             + "\r\n"_ba},
        {"device secret raw in a JSON body",
         "{\"device_secret\":\""_ba + DeviceSecret.toUtf8() + "\"}"_ba},
    };
    const QList<std::pair<const char *, QByteArray::Base64Options>> variants = {
        {"base64", QByteArray::Base64Encoding},
        {"base64 unpadded", QByteArray::OmitTrailingEquals},
        {"base64url", QByteArray::Base64UrlEncoding},
        {"base64url unpadded", QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals},
    };
    for (const auto &[bodyName, body] : bodies) {
        for (int prefix = 0; prefix < 3; ++prefix) {
            const QByteArray bytes = QByteArray(prefix, 'p') + body;
            for (const auto &[variantName, options] : variants)
                QTest::addRow("%s, %d-byte prefix, %s", bodyName, prefix, variantName)
                    << b64(bytes, options);
            QTest::addRow("%s, %d-byte prefix, MIME lines", bodyName, prefix)
                << mimeLines(b64(bytes), 76);
            QTest::addRow("%s, %d-byte prefix, PEM lines (LF)", bodyName, prefix)
                << mimeLines(b64(bytes), 64).replace(u"\r\n"_s, u"\n"_s);
            QTest::addRow("%s, %d-byte prefix, JSON \\/", bodyName, prefix)
                << b64(bytes).replace(u'/', u"\\/"_s);
            QTest::addRow("%s, %d-byte prefix, percent-encoded", bodyName, prefix)
                << percent(b64(bytes));
            // A blob cut off at the start: the run begins in the middle of a quad.
            for (int cut = 1; cut < 4; ++cut)
                QTest::addRow("%s, %d-byte prefix, first %d characters lost", bodyName, prefix, cut)
                    << b64(bytes).mid(cut);
        }
    }
}

void TestRedactor::base64AtEveryAlignment()
{
    QFETCH(QString, blob);
    Redactor redactor;
    redactor.addSecret(ClientSecret);
    redactor.addSecret(Password);
    redactor.addDevicePair(DeviceId, DeviceSecret);
    QCOMPARE(redactor.redact(u"request was: "_s + blob + u" (end)"_s),
             u"request was: [redacted] (end)"_s);
}

// The whole request, headers and all, base64-encoded: the Basic header inside is base64 itself,
// so the device pair is found one level deeper.
void TestRedactor::wholeRequestBase64()
{
    const QByteArray request = "POST /auth/oauth2_token HTTP/1.1\r\nHost: example.org\r\n"
                               "Authorization: Basic "_ba
        + (DeviceId + u':' + DeviceSecret).toUtf8().toBase64()
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n"_ba
        + formBody(u"client_id"_s, u"fiddler"_s);
    Redactor redactor;
    redactor.addDevicePair(DeviceId, u"a-different-secret"_s);
    redactor.addDevicePair(DeviceId, DeviceSecret);
    for (int prefix = 0; prefix < 3; ++prefix) {
        const QString blob = b64(QByteArray(prefix, ' ') + request);
        QCOMPARE(redactor.redact(u"<pre>"_s + blob + u"</pre>"_s), u"<pre>[redacted]</pre>"_s);
    }
}

void TestRedactor::overlappingSecretsLeaveNoPiece()
{
    Redactor redactor;
    redactor.addSecret(u"abcd"_s);
    redactor.addSecret(u"abcdefgh"_s);
    redactor.addSecret(u"efghijkl"_s);
    // Replacing one secret first would leave a piece of the other behind.
    QCOMPARE(redactor.redact(u"x abcdefgh y abcd z abcdefghijkl w"_s),
             u"x [redacted] y [redacted] z [redacted] w"_s);
}

// The Latin-1 and UTF-16 forms of a secret are looked for in decoded bytes, where a server may
// have re-encoded the request; in the text itself they could only match by ending inside one of
// its characters ("abcdÃ" in Latin-1 is the start of "abcdé" in UTF-8).
void TestRedactor::otherEncodingsOnlyInsideDecodedBytes()
{
    Redactor redactor;
    redactor.addSecret(u"abcdÃ"_s);
    QCOMPARE(redactor.redact(u"abcdé"_s), u"abcdé"_s);
    QCOMPARE(redactor.redact(u"x "_s + b64("body=" + u"abcdÃ"_s.toLatin1()) + u" y"_s),
             u"x [redacted] y"_s);
}

void TestRedactor::shortValuesUntouched()
{
    Redactor redactor;
    redactor.addSecret(u"abc"_s);
    redactor.addSecret(QString());
    redactor.addDevicePair(u"dev"_s, QString());
    QVERIFY(!redactor.hasSecrets());
    const QString text = u"abc is a common word; so are YWJj, 616263, %61bc and dev:"_s;
    QCOMPARE(redactor.redact(text), text);
    redactor.addSecret(u"abcd"_s);
    QCOMPARE(redactor.redact(u"abc abcd"_s), u"abc [redacted]"_s);
    // A short device secret is still redacted inside the pair, which is long.
    Redactor pair;
    pair.addDevicePair(u"device-1"_s, u"xy"_s);
    QCOMPARE(pair.redact(u"xy device-1:xy ZGV2aWNlLTE6eHk="_s), u"xy [redacted] [redacted]"_s);
}

void TestRedactor::ordinaryTextUntouched_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sentence") << u"Invalid client credentials (the secret is wrong)"_s;
    QTest::newRow("part of a secret") << u"CANARY-s3cr et+/ and DEV-s3cret/+=$%~ and P@ss"_s;
    QTest::newRow("guid") << u"device 3c8c7bd0-5d4e-4b7a-9f0e-2b1d8a6c4e11 is locked"_s;
    QTest::newRow("sha-256 lower")
        << u"thumbprint e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("sha-256 upper")
        << u"thumbprint E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"_s;
    QTest::newRow("stack trace")
        << u"at SanteDB.Rest.OAuth.Rest.OAuthServiceBehavior.Token(NameValueCollection request) in /src/SanteDB.Rest.OAuth/Rest/OAuthServiceBehavior.cs:line 412"_s;
    QTest::newRow("url") << u"see https://help.example.org/errors/invalid_client_secret_v2?x=1"_s;
    QTest::newRow("long identifiers")
        << u"AuthenticationExceptionWithAVeryLongNameThatGoesOnAndOnAndOn occurred"_s;
    QTest::newRow("percent and entities") << u"a%20b%2Fc &amp; &lt;tag&gt; \\n \\u00e9"_s;
    QTest::newRow("jwt header and payload")
        << u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0"_s;
    QTest::newRow("base64 of ordinary JSON") << b64(
        R"({"error":"invalid_client","error_description":"Invalid client secret for application fiddler"})"_ba);
    QTest::newRow("mojibake of ordinary text") << QString::fromLatin1("rÃ©sumÃ© â‚¬"_ba);
    QTest::newRow("html page")
        << u"<html><head><title>401</title></head><body><h1>Unauthorized</h1></body></html>"_s;
}

void TestRedactor::ordinaryTextUntouched()
{
    QFETCH(QString, text);
    Redactor redactor;
    redactor.addSecret(ClientSecret);
    redactor.addSecret(Password);
    redactor.addDevicePair(DeviceId, DeviceSecret);
    QCOMPARE(redactor.redact(text), text);
}

void TestRedactor::withheld_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("random bytes, base64") << u"data: "_s + b64(noise(48));
    QTest::newRow("random bytes, base64url, no padding")
        << b64(noise(100), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QTest::newRow("random bytes, percent-encoded base64") << percent(b64(noise(64)));
    QTest::newRow("random bytes in MIME lines") << mimeLines(b64(noise(300)), 76);
    QTest::newRow("an echoed JWT's signature") << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0."_s
            + b64(noise(32, "sig"_ba),
                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QTest::newRow("random bytes inside base64 text")
        << b64("the request was: "_ba + noise(60).toBase64() + " (end)"_ba);
    // Three levels deep the Redactor no longer decodes, so it cannot vouch even for a secret.
    QTest::newRow("base64 of base64 of base64 of the secret")
        << b64(b64(b64(formBody(u"client_secret"_s, ClientSecret)).toLatin1()).toLatin1());
}

void TestRedactor::withheld()
{
    QFETCH(QString, text);
    Redactor redactor;
    redactor.addSecret(ClientSecret);
    QCOMPARE(redactor.redact(text), std::nullopt);
    QCOMPARE(redactor.clean(text), std::nullopt);
}

void TestRedactor::withoutSecretsEverythingIsVouchedFor()
{
    const Redactor none;
    const QString text = u"data: "_s + b64(noise(48));
    QCOMPARE(none.redact(text), text);
    QCOMPARE(none.redact(QString(Redactor::MaxInspectedLength + 1, u'x')).value().size(),
             Redactor::MaxInspectedLength + 1);
}

void TestRedactor::sizeBound()
{
    Redactor redactor;
    redactor.addSecret(ClientSecret);
    const QString limit(Redactor::MaxInspectedLength, u'x');
    QCOMPARE(redactor.redact(limit), limit);
    QCOMPARE(redactor.redact(limit + u'x'), std::nullopt);
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
    for (const char16_t c : {0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066,
                             0x2067, 0x2068, 0x2069})
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

    const QString cut = redactor.clean(QString(501, u'b')).value();
    QCOMPARE(cut.size(), 500);
    QVERIFY(cut.endsWith(u"b…"_s));

    // Collapsing happens before cutting, so 1000 spaced letters still fit the limit.
    QCOMPARE(redactor.clean(QString(u"x "_s).repeated(250)).value().size(), 499);

    // A surrogate pair at the boundary is never split.
    const QString emoji = redactor.clean(QString(498, u'c') + u"😀😀😀"_s).value();
    QVERIFY(emoji.size() <= 500);
    QVERIFY(emoji.endsWith(u"c…"_s));

    // The tighter limit for previews.
    const QString preview = redactor.clean(QString(300, u'p'), 200).value();
    QCOMPARE(preview.size(), 200);
    QVERIFY(preview.endsWith(u'…'));

    // A secret straddling the cut is redacted before cutting, so no prefix of it survives.
    Redactor withSecret;
    withSecret.addSecret(u"CANARY-STRADDLE-0123456789"_s);
    const QString straddle =
        withSecret.clean(QString(490, u'd') + u" CANARY-STRADDLE-0123456789"_s + u"tail"_s).value();
    QVERIFY(!straddle.contains(u"CANARY"_s));
    QCOMPARE(straddle.size(), 500);
}

void TestRedactor::cleanRedactsSecretsSplitByInvisibleCharacters()
{
    Redactor redactor;
    redactor.addSecret(u"CANARY-split-secret"_s);
    const QString split = u"x CANARY-"_s + QChar(0x202e) + u"split-"_s + QChar(0) + u"sec"_s
        + QChar(0x200b) + u"ret y"_s;
    QCOMPARE(redactor.clean(split), u"x [redacted] y"_s);
}

void TestRedactor::cleanWithholdsWhatRedactWithholds()
{
    Redactor redactor;
    redactor.addSecret(ClientSecret);
    // Removing the invisible characters joins two harmless runs into one that cannot be vouched
    // for; the second pass sees it.
    const QString encoded = b64(noise(30));
    const QString split = encoded.left(20) + QChar(0x200b) + encoded.mid(20);
    QVERIFY(redactor.redact(split).has_value());
    QCOMPARE(redactor.clean(split), std::nullopt);
    QVERIFY(!Redactor::withheldSentence().isEmpty());
}

void TestRedactor::benchmarkOneMebibyte_data()
{
    QTest::addColumn<QString>("body");
    const QByteArray line = "<p>Request failed: client_id=fiddler&amp;scope=%2A &#x27;x&#x27; "
                            "\\u00e9 3c8c7bd0-5d4e-4b7a-9f0e-2b1d8a6c4e11 CANARY-s3cr</p>\n"_ba;
    QByteArray html;
    while (html.size() + line.size() <= 1024 * 1024)
        html += line;
    QTest::newRow("HTML error page") << QString::fromUtf8(html);
    QTest::newRow("one base64 blob of text") << b64(QByteArray(1024 * 1024 * 3 / 4 - 256, 'a')
                                                    + formBody(u"client_secret"_s, ClientSecret));
    QTest::newRow("percent signs") << QString(1024 * 1024, u'%');
    QTest::newRow("form-encoded body")
        << QString::fromLatin1(formBody(u"client_secret"_s, u"x"_s).repeated(1024 * 1024 / 90));
}

void TestRedactor::benchmarkOneMebibyte()
{
    QFETCH(QString, body);
    Redactor redactor;
    redactor.addSecret(ClientSecret);
    redactor.addSecret(Password);
    redactor.addDevicePair(DeviceId, DeviceSecret);
    std::optional<QString> result;
    QBENCHMARK_ONCE
    {
        result = redactor.redact(body);
    }
    QVERIFY(result.has_value());
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
