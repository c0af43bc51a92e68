// SPDX-License-Identifier: Apache-2.0
// The man page and the shell completions of santedb-session come from its command table: the
// files the build wrote are what the table gives now, every command and option is in each of
// them, and the completions complete (bash for real, zsh and fish at least parse).
#include "buildinfo.h"
#include "docgen.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::cli;

namespace {

QList<docgen::Document> documents()
{
    return docgen::documents(sdsm::buildinfo::version(), sdsm::buildinfo::releaseDate());
}

QString document(const QString &fileName)
{
    for (const docgen::Document &d : documents()) {
        if (d.fileName == fileName)
            return d.text;
    }
    return {};
}

QString between(const QString &text, const QString &start, const QString &end)
{
    const qsizetype from = text.indexOf(start);
    if (from < 0)
        return {};
    const qsizetype to = text.indexOf(end, from + start.size());
    return text.mid(from, to < 0 ? -1 : to - from);
}

QString roffName(const QString &text)
{
    return QString(text).replace(u"-"_s, u"\\-"_s);
}

// The part of each document that is about one command ("" for the global options).
QString section(const QString &fileName, const QString &command)
{
    const QString text = document(fileName);
    if (fileName.endsWith(u".1"_s))
        return command.isEmpty() ? between(text, u".SH \"GLOBAL OPTIONS\""_s, u".SH"_s)
                                 : between(text, u".SS \""_s + command + u"\"\n"_s, u"\n.S"_s);
    if (fileName.endsWith(u".fish"_s))
        return command.isEmpty() ? between(text, u"# Global options\n"_s, u"\n\n"_s)
                                 : between(text, u"\n# "_s + command + u"\n"_s, u"\n\n"_s);
    const QString label = u"    '"_s + command + u"')"_s;
    return between(text, label, fileName.startsWith(u'_') ? u") ;;"_s : u";;"_s);
}

QString optionMark(const QString &fileName, const QString &option)
{
    if (fileName.endsWith(u".1"_s))
        return u"\\fB\\-\\-"_s + roffName(option) + u"\\fR"_s;
    if (fileName.endsWith(u".fish"_s))
        return u" -l "_s + option + u' ';
    if (fileName.startsWith(u'_'))
        return u"'--"_s + option + u':';
    return u"--"_s + option;
}

struct Completion
{
    QStringList candidates;
    QString error;
};

} // namespace

class TestDocgen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Runs the generated bash completion for `line` (the cursor at its end) with the built CLI
    // first on PATH, and returns what it offers.
    // The user's own folders stay untouched: everything the CLI writes goes to m_home.
    QProcessEnvironment sandbox() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        return env;
    }

    Completion bashComplete(const QString &line)
    {
        QStringList words = line.split(u' ');
        QString script = u"source \"$1\"\nCOMP_WORDS=("_s;
        for (const QString &w : words)
            script += u'\'' + w + u"' "_s;
        script += u")\nCOMP_CWORD=%1\n_santedb_session\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"_s.arg(
            words.size() - 1);
        QProcess bash;
        QProcessEnvironment env = sandbox();
        env.insert(u"PATH"_s,
                   QFileInfo(QStringLiteral(SDSM_CLI_PATH)).absolutePath() + u':'
                       + env.value(u"PATH"_s));
        bash.setProcessEnvironment(env);
        bash.start(u"bash"_s,
                   {u"-c"_s, script, u"bash"_s,
                    QDir(QStringLiteral(SDSM_CLI_DOCS_DIR)).filePath(u"santedb-session"_s)});
        if (!bash.waitForFinished(60000))
            return {{}, u"bash did not finish"_s};
        Completion result;
        result.candidates =
            QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        result.candidates.sort();
        result.error = QString::fromUtf8(bash.readAllStandardError());
        return result;
    }

    // The generated fish completion's answer for `line`, as `complete -C` gives it (first column).
    Completion fishComplete(const QString &line)
    {
        QProcess process;
        QProcessEnvironment env = sandbox();
        env.insert(u"PATH"_s,
                   QFileInfo(QStringLiteral(SDSM_CLI_PATH)).absolutePath() + u':'
                       + env.value(u"PATH"_s));
        process.setProcessEnvironment(env);
        process.start(QStandardPaths::findExecutable(u"fish"_s),
                      {u"--no-config"_s, u"-c"_s, u"source $argv[1]; complete -C $argv[2]"_s,
                       QDir(QStringLiteral(SDSM_CLI_DOCS_DIR)).filePath(u"santedb-session.fish"_s),
                       line});
        if (!process.waitForFinished(60000))
            return {{}, u"fish did not finish"_s};
        Completion result;
        for (const QString &row :
             QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
            result.candidates << row.section(u'\t', 0, 0);
        result.candidates.sort();
        result.error = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    void addProfiles(const QString &config)
    {
        for (const QString &name : {u"demo"_s, u"deux"_s, u"other"_s}) {
            QProcess cli;
            cli.setProcessEnvironment(sandbox());
            cli.start(QStringLiteral(SDSM_CLI_PATH),
                      {u"--config"_s, config, u"profile"_s, u"add"_s, name, u"--server"_s,
                       u"http://127.0.0.1:9"_s, u"--client-id"_s, u"APP"_s, u"--no-device"_s});
            QVERIFY(cli.waitForFinished(60000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        }
    }

private Q_SLOTS:
    void builtFilesAreTheTablesNow()
    {
        const QDir built(QStringLiteral(SDSM_CLI_DOCS_DIR));
        for (const docgen::Document &d : documents()) {
            QFile file(built.filePath(d.fileName));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(QString::fromUtf8(file.readAll()), d.text);
        }
    }

    void everyCommandAndOptionIsInEachDocument_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const docgen::Document &d : documents())
            QTest::newRow(qPrintable(d.fileName)) << d.fileName;
    }

    void everyCommandAndOptionIsInEachDocument()
    {
        QFETCH(QString, fileName);
        const QString globals = section(fileName, QString());
        QVERIFY2(!globals.isEmpty(), "no global options");
        for (const OptionSpec &o : globalOptions())
            QVERIFY2(globals.contains(optionMark(fileName, o.name)), qPrintable(o.name));
        for (const CommandSpec &c : commands()) {
            const QString name = c.words.join(u' ');
            const QString part = section(fileName, name);
            QVERIFY2(!part.isEmpty(), qPrintable(u"no section for "_s + name));
            for (const OptionSpec &o : c.options)
                QVERIFY2(part.contains(optionMark(fileName, o.name)),
                         qPrintable(name + u" --"_s + o.name));
        }
    }

    void manPageShowsSynopsesAndSummaries()
    {
        const QString man = document(u"santedb-session.1"_s);
        QVERIFY(man.startsWith(u".\\\" Generated by sdsm-docgen"_s));
        QVERIFY(man.contains(u".TH SANTEDB\\-SESSION 1 "_s + sdsm::buildinfo::releaseDate()));
        const CommandSpec &add = commands().first();
        QVERIFY(man.contains(u"\\fB\\-\\-server\\fR \\fIURL\\fR\nserver root"_s));
        QVERIFY(man.contains(roffName(add.synopsis.left(30))));
        QVERIFY2(!man.contains(u'—'), "non-ASCII must be a roff escape"); // em dash in help
        QVERIFY(man.contains(u"\\[u2014]"_s));
    }

    void valueKindsFollowTheValueNames()
    {
        QCOMPARE(docgen::valueKind(u"NAME"_s), docgen::ValueKind::Profile);
        QCOMPARE(docgen::valueKind(u"FILE"_s), docgen::ValueKind::File);
        QCOMPARE(docgen::valueKind(u"PEM"_s), docgen::ValueKind::File);
        QCOMPARE(docgen::valueKind(u"KEY.pem"_s), docgen::ValueKind::File);
        QCOMPARE(docgen::valueKind(u"URL"_s), docgen::ValueKind::None);
        QCOMPARE(docgen::valueKind(u"PATH|URL"_s), docgen::ValueKind::None);
        QCOMPARE(docgen::choices(u"auto|2|3"_s), (QStringList {u"auto"_s, u"2"_s, u"3"_s}));
        const auto secretSet =
            std::find_if(commands().begin(), commands().end(), [](const CommandSpec &c) {
                return c.words == QStringList {u"secret"_s, u"set"_s};
            });
        QVERIFY(secretSet != commands().end());
        const QList<docgen::Positional> args = docgen::positionals(*secretSet);
        QCOMPARE(args.size(), 2);
        QCOMPARE(args.at(0).valueName, u"NAME"_s);
        QCOMPARE(docgen::valueKind(args.at(1).valueName), docgen::ValueKind::Choice);
    }

    void bashCompletesCommandsOptionsAndValues()
    {
        QCOMPARE(bashComplete(u"santedb-session pro"_s).candidates, QStringList {u"profile"_s});
        QCOMPARE(bashComplete(u"santedb-session profile a"_s).candidates, QStringList {u"add"_s});
        QVERIFY(bashComplete(u"santedb-session --timeout 5 login --"_s)
                    .candidates.contains(u"--min-valid"_s));
        QVERIFY(bashComplete(u"santedb-session login --"_s).candidates.contains(u"--config"_s));
        QCOMPARE(bashComplete(u"santedb-session profile add x --santedb-version "_s).candidates,
                 (QStringList {u"2"_s, u"3"_s, u"auto"_s}));
        QCOMPARE(bashComplete(u"santedb-session secret set demo c"_s).candidates,
                 (QStringList {u"cert-password"_s, u"client"_s}));
        QCOMPARE(bashComplete(u"santedb-session secret set demo client "_s).candidates,
                 QStringList());
    }

    void bashCompletesProfileNames()
    {
        const QString config = m_home.filePath(u"bash-profiles.json"_s);
        addProfiles(config);
        if (QTest::currentTestFailed())
            return;
        const Completion names =
            bashComplete(u"santedb-session --config "_s + config + u" login d"_s);
        QCOMPARE(names.candidates, (QStringList {u"demo"_s, u"deux"_s}));
        QCOMPARE(bashComplete(u"santedb-session --config="_s + config + u" profile export demo o"_s)
                     .candidates,
                 QStringList {u"other"_s});
    }

    void fishCompletesCommandsOptionsAndValues()
    {
        if (QStandardPaths::findExecutable(u"fish"_s).isEmpty())
            QSKIP("fish is not installed (scripts/install-deps.sh installs it)");
        const QString config = m_home.filePath(u"fish-profiles.json"_s);
        addProfiles(config);
        if (QTest::currentTestFailed())
            return;
        const Completion words = fishComplete(u"santedb-session pro"_s);
        QVERIFY2(words.error.isEmpty(), qPrintable(words.error));
        QCOMPARE(words.candidates, QStringList {u"profile"_s});
        QCOMPARE(fishComplete(u"santedb-session profile a"_s).candidates, QStringList {u"add"_s});
        QVERIFY(fishComplete(u"santedb-session --timeout 5 login --m"_s)
                    .candidates.contains(u"--min-valid"_s));
        QCOMPARE(fishComplete(u"santedb-session profile add x --santedb-version "_s).candidates,
                 (QStringList {u"2"_s, u"3"_s, u"auto"_s}));
        QCOMPARE(fishComplete(u"santedb-session secret set demo c"_s).candidates,
                 (QStringList {u"cert-password"_s, u"client"_s}));
        QCOMPARE(fishComplete(u"santedb-session --config "_s + config + u" login d"_s).candidates,
                 (QStringList {u"demo"_s, u"deux"_s}));
    }

    void zshAndFishParseTheirScripts_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("zsh") << u"zsh"_s << u"_santedb-session"_s << QStringList {u"-n"_s};
        QTest::newRow("fish") << u"fish"_s << u"santedb-session.fish"_s
                              << QStringList {u"--no-execute"_s};
    }

    void zshAndFishParseTheirScripts()
    {
        QFETCH(QString, shell);
        QFETCH(QString, fileName);
        QFETCH(QStringList, arguments);
        const QString program = QStandardPaths::findExecutable(shell);
        if (program.isEmpty())
            QSKIP(qPrintable(shell + u" is not installed (scripts/install-deps.sh installs it)"_s));
        QProcess process;
        process.start(program,
                      arguments << QDir(QStringLiteral(SDSM_CLI_DOCS_DIR)).filePath(fileName));
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestDocgen)
#include "tst_docgen.moc"
