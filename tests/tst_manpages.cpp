// SPDX-License-Identifier: Apache-2.0
// The three programs as a package installs them: --help and --version answer without a display,
// --version names this build, and the hand-written man pages of the desktop app and the emulator
// document exactly the options their --help lists (santedb-session's is generated: tst_docgen).
#include "buildinfo.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// No display of any kind: no X11, no Wayland, no platform chosen by the test environment.
Run runWithoutDisplay(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QSet<QString> helpOptions(const QString &help)
{
    QSet<QString> names;
    static const QRegularExpression option(u"^\\s+(?:-[a-zA-Z?], )*--([a-z][a-z-]*)"_s,
                                           QRegularExpression::MultilineOption);
    for (const auto &match : option.globalMatch(help))
        names.insert(match.captured(1));
    return names;
}

// The long options named in the tag line of each .TP entry.
QSet<QString> manOptions(const QString &page)
{
    QSet<QString> names;
    const QStringList lines = page.split(u'\n');
    static const QRegularExpression option(u"\\\\-\\\\-([a-z]+(?:\\\\-[a-z]+)*)"_s);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) != u".TP"_s)
            continue;
        for (const auto &match : option.globalMatch(lines.at(i + 1)))
            names.insert(match.captured(1).replace(u"\\-"_s, u"-"_s));
    }
    return names;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesThisBuild_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("app") << QStringLiteral(SDSM_GUI_PATH) << u"santedb-session-manager"_s;
        QTest::newRow("cli") << QStringLiteral(SDSM_CLI_PATH) << u"santedb-session"_s;
        QTest::newRow("emulator") << QStringLiteral(SDSM_EMULATOR_PATH)
                                  << u"santedb-auth-emulator"_s;
    }

    void versionNamesThisBuild()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        const Run run = runWithoutDisplay(program, {u"--version"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), name + u' ' + sdsm::buildinfo::versionText());
    }

    void manPageMatchesHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("page");
        QTest::newRow("app") << QStringLiteral(SDSM_GUI_PATH) << u"santedb-session-manager.1"_s;
        QTest::newRow("emulator") << QStringLiteral(SDSM_EMULATOR_PATH)
                                  << u"santedb-auth-emulator.1"_s;
    }

    void manPageMatchesHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, page);
        const Run help = runWithoutDisplay(program, {u"--help"_s});
        QVERIFY2(help.exitCode == 0, qPrintable(help.err));
        QSet<QString> fromHelp = helpOptions(help.out);
        QVERIFY2(fromHelp.contains(u"version"_s), qPrintable(help.out));
        fromHelp.insert(u"help-all"_s); // Qt adds it to every program, without listing it

        const QString man = readFile(QStringLiteral(SDSM_MAN_DIR) + u'/' + page);
        QVERIFY2(!man.isEmpty(), qPrintable(page));
        QVERIFY(man.contains(sdsm::buildinfo::releaseDate()));
        QVERIFY(man.contains(sdsm::buildinfo::version()));
        const QSet<QString> fromMan = manOptions(man);
        QVERIFY2(fromMan == fromHelp,
                 qPrintable(u"only in --help: "_s + (fromHelp - fromMan).values().join(u", "_s)
                            + u"; only in the man page: "_s
                            + (fromMan - fromHelp).values().join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
