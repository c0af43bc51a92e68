// SPDX-License-Identifier: Apache-2.0
// Rules of the source tree a compiler does not check, read from the sources themselves:
// - every QObject::connect names a context object, so no callback outlives what it touches;
// - no translated text of the core or the desktop app names a command-line option or command
//   (the CLI adds that wording from the error's remedy).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct SourceFile
{
    QString path; // relative to the source root
    QString code; // comments blanked out, line breaks kept
};

// Blanks comments (keeping line breaks, so offsets still give line numbers) and leaves string
// and character literals as they are.
QString withoutComments(const QString &text)
{
    QString out = text;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            // A raw string: R"delim( ... )delim"
            if (c == u'"' && i > 0 && text.at(i - 1) == u'R') {
                const qsizetype open = text.indexOf(u'(', i);
                const QString close = u')' + text.mid(i + 1, open - i - 1) + u'"';
                const qsizetype end = text.indexOf(close, open);
                i = end < 0 ? n : end + close.size();
                continue;
            }
            ++i;
            while (i < n && text.at(i) != c) {
                if (text.at(i) == u'\\')
                    ++i;
                ++i;
            }
            ++i;
        } else if (c == u'/' && i + 1 < n && text.at(i + 1) == u'/') {
            while (i < n && text.at(i) != u'\n')
                out[i++] = u' ';
        } else if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            while (i < n && !(text.at(i) == u'*' && i + 1 < n && text.at(i + 1) == u'/')) {
                if (text.at(i) != u'\n')
                    out[i] = u' ';
                ++i;
            }
            if (i < n) {
                out[i] = u' ';
                out[i + 1] = u' ';
            }
            i += 2;
        } else {
            ++i;
        }
    }
    return out;
}

QList<SourceFile> sources(const QStringList &folders)
{
    QList<SourceFile> files;
    const QString root = QStringLiteral(SDSM_SOURCE_DIR);
    for (const QString &folder : folders) {
        QDirIterator it(root + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            files.append(
                {path.mid(root.size() + 1), withoutComments(QString::fromUtf8(file.readAll()))});
        }
    }
    return files;
}

int lineOf(const QString &code, qsizetype offset)
{
    return static_cast<int>(code.left(offset).count(u'\n')) + 1;
}

// The top-level arguments of the call whose '(' is at `open`, as written.
QStringList arguments(const QString &code, qsizetype open)
{
    QStringList args;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"' || c == u'\'') {
            for (++i; i < code.size() && code.at(i) != c; ++i) {
                if (code.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (--depth == 0) {
                args << code.mid(start, i - start).trimmed();
                return args;
            }
        } else if (c == u',' && depth == 1) {
            args << code.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    return args;
}

// Problems with the connect calls in `code`: "file:line: what".
QStringList connectProblems(const SourceFile &file)
{
    QStringList problems;
    static const QRegularExpression call(u"(::|\\b)connect\\s*\\("_s);
    static const QRegularExpression qualified(u"(\\w+)::connect\\s*\\($"_s);
    auto it = call.globalMatch(file.code);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype open = m.capturedEnd() - 1;
        // POSIX ::connect(fd, ...) is a socket call, not Qt's.
        if (m.captured(1) == u"::"_s) {
            const QString before = file.code.mid(std::max<qsizetype>(0, m.capturedStart() - 40),
                                                 std::min<qsizetype>(40, m.capturedStart()))
                + file.code.mid(m.capturedStart(), m.capturedLength());
            if (!qualified.match(before).hasMatch())
                continue;
        }
        const QStringList args = arguments(file.code, open);
        const QString where = u"%1:%2"_s.arg(file.path).arg(lineOf(file.code, open));
        if (args.size() < 3)
            continue; // a declaration or an unrelated function named connect
        if (args.size() == 3)
            problems << where + u": connect without a context object: "_s
                    + args.join(u", "_s).simplified().left(120);
        else if (args.at(2) == u"nullptr"_s || args.at(2).startsWith(u'['))
            problems << where + u": connect with a null or missing context object"_s;
    }
    return problems;
}

// String literals passed to the translation functions, with where they are.
QList<std::pair<QString, QString>> translatedTexts(const SourceFile &file)
{
    QList<std::pair<QString, QString>> texts;
    static const QRegularExpression call(
        u"\\b(tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\\s*\\("_s);
    static const QRegularExpression literal(u"\"((?:[^\"\\\\]|\\\\.)*)\""_s);
    auto it = call.globalMatch(file.code);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString where = u"%1:%2"_s.arg(file.path).arg(lineOf(file.code, m.capturedStart()));
        for (const QString &arg : arguments(file.code, m.capturedEnd() - 1)) {
            auto lit = literal.globalMatch(arg);
            while (lit.hasNext())
                texts.append({where, lit.next().captured(1)});
        }
    }
    return texts;
}

} // namespace

class TestSourceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRulesSeeWhatTheyCheck()
    {
        // The checks themselves, on code written to break them: a check that finds nothing
        // anywhere proves nothing.
        const SourceFile bad {
            u"bad.cpp"_s,
            withoutComments(
                u"connect(a, &A::done, [] { go(); });\n"
                "// connect(a, &A::done, [] {}); in a comment is fine\n"
                "QObject::connect(a, &A::done, nullptr, [] {});\n"
                "connect(a, &A::done, this, [] { f(1, 2); });\n"
                "::connect(fd, addr, len);\n"
                "auto s = tr(\"use --timeout to wait longer\");\n"
                "auto t = QCoreApplication::translate(\"sdsm\", \"run `santedb-session login`\");\n"_s)};
        const QStringList problems = connectProblems(bad);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).startsWith(u"bad.cpp:1:"_s));
        QVERIFY(problems.at(1).startsWith(u"bad.cpp:3:"_s));
        const auto texts = translatedTexts(bad);
        QCOMPARE(texts.size(), 3); // "sdsm" is a context, and a literal too
        QVERIFY(commandLineWords(texts.at(0).second));
        QVERIFY(commandLineWords(texts.at(2).second));
        QVERIFY(!commandLineWords(texts.at(1).second));
    }

    void everyConnectHasAContextObject()
    {
        QStringList problems;
        int calls = 0;
        for (const SourceFile &file : sources({u"src"_s, u"tests"_s, u"bench"_s})) {
            if (file.path == u"tests/tst_sourcerules.cpp"_s)
                continue; // its examples break the rule on purpose
            calls += static_cast<int>(file.code.count(u"connect("_s));
            problems << connectProblems(file);
        }
        QVERIFY(calls > 50); // the tree was found and read
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noCoreOrDesktopTextNamesACommandLine()
    {
        QStringList problems;
        int texts = 0;
        for (const SourceFile &file : sources({u"src/core"_s, u"src/gui"_s})) {
            // The desktop app's own --help describes its command-line options, as it must.
            if (file.path == u"src/gui/main.cpp"_s)
                continue;
            for (const auto &[where, text] : translatedTexts(file)) {
                ++texts;
                if (commandLineWords(text))
                    problems << where + u": "_s + text;
            }
        }
        QVERIFY(texts > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    static bool commandLineWords(const QString &text)
    {
        static const QRegularExpression words(
            u"(^|[\\s`\"'(])--[a-z]|santedb-session(-manager)? [a-z]|`santedb-session"_s);
        return words.match(text).hasMatch();
    }
};

QTEST_GUILESS_MAIN(TestSourceRules)
#include "tst_sourcerules.moc"
