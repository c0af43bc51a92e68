// SPDX-License-Identifier: Apache-2.0
#include "textrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

static QString ucs4(char32_t c)
{
    // Not QString::fromUcs4: it would take U+FEFF for a byte order mark and drop it.
    return QStringView(QChar::fromUcs4(c)).toString();
}

class TestTextRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forbidden_data();
    void forbidden();
    void allowed_data();
    void allowed();
    void containsForbidden();
    void oneLine_data();
    void oneLine();
    void cut();
};

void TestTextRules::forbidden_data()
{
    QTest::addColumn<uint>("codePoint");
    auto range = [](const char *what, char32_t from, char32_t to) {
        for (char32_t c = from; c <= to; ++c)
            QTest::addRow("%s U+%04X", what, uint(c)) << uint(c);
    };
    range("C0", 0x0000, 0x001f);
    range("DEL", 0x007f, 0x007f);
    range("C1", 0x0080, 0x009f);
    range("line and paragraph separators", 0x2028, 0x2029);
    range("bidi mark", 0x200e, 0x200f);
    range("arabic letter mark", 0x061c, 0x061c);
    range("bidi embedding and override", 0x202a, 0x202e);
    range("bidi isolate", 0x2066, 0x2069);
    range("zero width", 0x200b, 0x200d);
    range("word joiner", 0x2060, 0x2060);
    range("BOM / zero-width no-break space", 0xfeff, 0xfeff);
    range("soft hyphen", 0x00ad, 0x00ad);
    range("tag characters", 0xe0001, 0xe0001);
    range("tag characters", 0xe0020, 0xe007f);
    range("surrogates", 0xd800, 0xd800);
    range("surrogates", 0xdbff, 0xdc00);
    range("surrogates", 0xdfff, 0xdfff);
}

void TestTextRules::forbidden()
{
    QFETCH(uint, codePoint);
    QVERIFY(isForbiddenCharacter(codePoint));
    if (codePoint < 0xd800 || codePoint > 0xdfff) {
        const QString text = u"a"_s + ucs4(codePoint) + u"b"_s;
        QVERIFY(containsForbiddenCharacter(text));
    }
}

void TestTextRules::allowed_data()
{
    QTest::addColumn<uint>("codePoint");
    for (const char32_t c :
         {U' ', U'~', U'a', U'é', U'\u00a0', U'\u00ff', U'\u0100', U'€', U'\u2027', U'\u202f',
          U'\u205f', U'\u3000', U'\ufffd', U'\ue000', U'😀', U'\U0010fffd'})
        QTest::addRow("U+%04X", uint(c)) << uint(c);
}

void TestTextRules::allowed()
{
    QFETCH(uint, codePoint);
    QVERIFY(!isForbiddenCharacter(codePoint));
    QVERIFY(!containsForbiddenCharacter(ucs4(codePoint)));
}

void TestTextRules::containsForbidden()
{
    QVERIFY(!containsForbiddenCharacter(u""_s));
    QVERIFY(!containsForbiddenCharacter(u"plain name, with spaces and ünïcode 😀"_s));
    // A valid pair is one allowed character; either half alone is forbidden.
    QVERIFY(containsForbiddenCharacter(QString(QChar(0xd83d))));
    QVERIFY(containsForbiddenCharacter(QString(u"x"_s + QChar(0xde00) + u"y"_s)));
    QVERIFY(containsForbiddenCharacter(QString(u"😀"_s + QChar(0xd83d))));
    // A tag character lies beyond the BMP, so only a code point walk sees it.
    QVERIFY(containsForbiddenCharacter(QString(u"admin"_s + ucs4(0xe0041))));
}

void TestTextRules::oneLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Invalid client"_s << u"Invalid client"_s;
    QTest::newRow("spaces kept") << u"a  b   c"_s << u"a  b   c"_s;
    QTest::newRow("line breaks and tabs become one space")
        << u"one\r\n\ttwo\nthree\vfour\ffive"_s << u"one two three four five"_s;
    QTest::newRow("spaces beside a break join it") << u"a  \n  b"_s << u"a b"_s;
    QTest::newRow("NEL, LS, PS are breaks")
        << QString(u"a"_s + QChar(0x85) + u"b"_s + QChar(0x2028) + u"c"_s + QChar(0x2029) + u"d"_s)
        << u"a b c d"_s;
    QTest::newRow("escape sequence loses its ESC")
        << QString(u"a"_s + QChar(0x1b) + u"[2Jb"_s) << u"a[2Jb"_s;
    QTest::newRow("NUL, DEL, C1 removed")
        << QString(u"a"_s + QChar(0) + QChar(0x7f) + QChar(0x9b) + u"b"_s) << u"ab"_s;
    QTest::newRow("trojan source")
        << QString(u"access granted"_s + QChar(0x202e) + u"deined"_s) << u"access granteddeined"_s;
    QTest::newRow("zero width removed")
        << QString(u"ad"_s + QChar(0x200b) + u"m"_s + QChar(0xfeff) + u"in"_s) << u"admin"_s;
    QTest::newRow("tag characters removed") << QString(u"x"_s + ucs4(0xe0041) + u"y"_s) << u"xy"_s;
    QTest::newRow("lone surrogate marked")
        << QString(u"a"_s + QChar(0xd800) + u"b"_s) << QString(u"a"_s + QChar(0xfffd) + u"b"_s);
    QTest::newRow("pairs and markup kept") << u"<b>😀 é</b>"_s << u"<b>😀 é</b>"_s;
    QTest::newRow("a removed character does not split a break run")
        << QString(u"a \u200b\n b"_s) << u"a b"_s;
}

void TestTextRules::oneLine()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(oneLineText(input), expected);
    QVERIFY(!containsForbiddenCharacter(oneLineText(input)));
}

void TestTextRules::cut()
{
    QCOMPARE(cutText(u"abc"_s, 3), u"abc"_s);
    QCOMPARE(cutText(u"abcd"_s, 3), u"ab…"_s);
    QCOMPARE(cutText(u"ab  cd"_s, 4), u"ab…"_s);
    QCOMPARE(cutText(u"abcd"_s, 0), QString());
    // A surrogate pair at the boundary is never split.
    const QString cut = cutText(u"ab😀cd"_s, 4);
    QCOMPARE(cut, u"ab…"_s);
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
