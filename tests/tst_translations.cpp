// SPDX-License-Identifier: Apache-2.0
#include "discovery.h"
#include "testsupport.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The test binary runs itself with this argument (and an optional language choice) in a
// controlled environment: Qt reads the system locale once per process, so each environment needs
// a process of its own. The child prints the language installed, then a core error sentence.
constexpr char ChildFlag[] = "--install-translations";

int runChild(QCoreApplication &app, const QString &choice)
{
    QTextStream out(stdout);
    out << sdsm::installTranslations(app, choice) << u'\n'
        << sdsm::parseDiscovery("not json"_ba).error().message << u'\n';
    return 0;
}

struct ChildOutput
{
    QString language;
    QString sentence;
};

ChildOutput runInstall(const QStringList &environment, const QString &choice = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    QProcess child;
    child.setProcessEnvironment(env);
    QStringList arguments {QString::fromLatin1(ChildFlag)};
    if (!choice.isEmpty())
        arguments << choice;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(60'000) || child.exitCode() != 0) {
        qWarning() << "child failed:" << child.readAllStandardError();
        return {};
    }
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    return {lines.value(0), lines.value(1)};
}

const QString EnglishSentence = u"the discovery answer is not a JSON object"_s;

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemLanguage_data();
    void systemLanguage();
    void choiceOverridesSystem_data();
    void choiceOverridesSystem();
    void coreSentenceInFrench();
    void laterCallReplacesLanguage();
    void cliErrorInFrench();
    void everyTranslationIsFinished_data();
    void everyTranslationIsFinished();
};

void TstTranslations::systemLanguage_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("language");

    QTest::newRow("nothing set") << QStringList {} << u"en"_s;
    QTest::newRow("LANG") << QStringList {u"LANG=fr_FR.UTF-8"_s} << u"fr"_s;
    QTest::newRow("LC_MESSAGES over LANG")
        << QStringList {u"LANG=fr_FR.UTF-8"_s, u"LC_MESSAGES=es_ES.UTF-8"_s} << u"es"_s;
    QTest::newRow("LC_ALL over LC_MESSAGES")
        << QStringList {u"LANG=fr_FR.UTF-8"_s, u"LC_MESSAGES=es_ES.UTF-8"_s,
                        u"LC_ALL=pt_BR.UTF-8"_s}
        << u"pt"_s;
    QTest::newRow("LANGUAGE over LC_ALL")
        << QStringList {u"LC_ALL=fr_FR.UTF-8"_s, u"LANGUAGE=es"_s} << u"es"_s;
    QTest::newRow("LANGUAGE list, first we have")
        << QStringList {u"LANG=fr_FR.UTF-8"_s, u"LANGUAGE=de:pt_BR:fr"_s} << u"pt"_s;
    QTest::newRow("regional variant") << QStringList {u"LANG=fr_CA.UTF-8"_s} << u"fr"_s;
    QTest::newRow("unknown language") << QStringList {u"LANG=de_DE.UTF-8"_s} << u"en"_s;
    QTest::newRow("English") << QStringList {u"LANG=en_GB.UTF-8"_s} << u"en"_s;
    QTest::newRow("C") << QStringList {u"LANG=C"_s} << u"en"_s;
    QTest::newRow("C.UTF-8") << QStringList {u"LANG=C.UTF-8"_s} << u"en"_s;
    QTest::newRow("POSIX") << QStringList {u"LC_ALL=POSIX"_s, u"LANG=fr_FR.UTF-8"_s} << u"en"_s;
    // gettext ignores LANGUAGE when the messages locale is C: scripts set LC_ALL=C for English.
    QTest::newRow("C beats LANGUAGE")
        << QStringList {u"LANGUAGE=fr"_s, u"LC_ALL=C"_s, u"LANG=fr_FR.UTF-8"_s} << u"en"_s;
}

void TstTranslations::systemLanguage()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("The environment variables name the language on Linux and other XDG systems only");
#endif
    QFETCH(QStringList, environment);
    QFETCH(QString, language);
    QCOMPARE(runInstall(environment).language, language);
}

void TstTranslations::choiceOverridesSystem_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("language");

    QTest::newRow("another language") << u"es"_s << u"es"_s;
    QTest::newRow("regional variant") << u"pt_BR"_s << u"pt"_s;
    QTest::newRow("BCP 47 name") << u"es-419"_s << u"es"_s;
    QTest::newRow("English") << u"en"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
    QTest::newRow("unknown language") << u"de"_s << u"en"_s;
    QTest::newRow("not a language") << u"xx_YY"_s << u"en"_s;
}

void TstTranslations::choiceOverridesSystem()
{
    QFETCH(QString, choice);
    QFETCH(QString, language);
    QCOMPARE(runInstall({u"LANG=fr_FR.UTF-8"_s}, choice).language, language);
}

// The whole pipeline: the .ts in translations/, lrelease, the embedded :/i18n resource, the
// translator, and a core sentence through QCoreApplication::translate.
void TstTranslations::coreSentenceInFrench()
{
    const ChildOutput french = runInstall({u"LANG=fr_FR.UTF-8"_s});
    QCOMPARE(french.language, u"fr"_s);
    QCOMPARE(french.sentence, u"la réponse de découverte n’est pas un objet JSON"_s);
    QCOMPARE(runInstall({u"LANG=C"_s}).sentence, EnglishSentence);
}

// The settings' language changes while the program runs: the new choice replaces the old one
// instead of stacking on it.
void TstTranslations::laterCallReplacesLanguage()
{
    auto sentence = [] { return sdsm::parseDiscovery("not json"_ba).error().message; };
    QCOMPARE(sdsm::installTranslations(*qApp, u"fr"_s), u"fr"_s);
    QCOMPARE(sentence(), u"la réponse de découverte n’est pas un objet JSON"_s);
    QCOMPARE(sdsm::installTranslations(*qApp, u"en"_s), u"en"_s);
    QCOMPARE(sentence(), EnglishSentence);
    QCOMPARE(sdsm::installTranslations(*qApp, u"fr"_s), u"fr"_s);
    QCOMPARE(sdsm::installTranslations(*qApp, u"es"_s), u"es"_s);
    // Spanish replaced French rather than stacking under it.
    QCOMPARE(sentence(), u"la respuesta de descubrimiento no es un objeto JSON"_s);
    sdsm::installTranslations(*qApp, u"en"_s);
}

// The CLI's own process: its translator is installed from the environment before the command
// runs, and the error for a missing profile (a core sentence) reaches stderr in French. The test
// helpers run the CLI with LC_ALL=C.UTF-8, so this one sets its own language.
void TstTranslations::cliErrorInFrench()
{
    const sdsm::test::Sandbox sandbox;
    QProcessEnvironment env = sandbox.environment();
    env.remove(u"LC_ALL"_s);
    env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    const QStringList args {u"profile"_s, u"show"_s, u"absent"_s};
    const sdsm::test::CliRun french = sdsm::test::runCli(sandbox, args, {}, env);
    QCOMPARE(french.exitCode, 2);
    QVERIFY2(QString::fromUtf8(french.err).contains(u"aucun profil nommé \"absent\""_s),
             french.err.constData());

    const sdsm::test::CliRun english = sdsm::test::runCli(sandbox, args);
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.err.contains("no profile named \"absent\""), english.err.constData());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 2 && qstrcmp(argv[1], ChildFlag) == 0)
        return runChild(app, argc >= 3 ? QString::fromLocal8Bit(argv[2]) : QString());
    TstTranslations test;
    return QTest::qExec(&test, argc, argv);
}

// Issue 9 §2: each .ts is complete — every text translated, nothing unfinished, obsolete or
// vanished — and each language is embedded for the programs to load.
void TstTranslations::everyTranslationIsFinished_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"fr"_s, u"es"_s, u"pt"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void TstTranslations::everyTranslationIsFinished()
{
    QFETCH(QString, language);
    QVERIFY(sdsm::availableLanguages().contains(language));
    QFile file(QStringLiteral(SDSM_SOURCE_DIR) + u"/translations/santedb-session-manager_"_s
               + language + u".ts"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS")
            QCOMPARE(xml.attributes().value(u"language"_s).toString(), language);
        if (xml.name() == u"source")
            source = xml.readElementText();
        if (xml.name() != u"translation")
            continue;
        ++messages;
        const QString type = xml.attributes().value(u"type"_s).toString();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (!type.isEmpty() || text.trimmed().isEmpty())
            problems << (type.isEmpty() ? u"empty"_s : type) + u": "_s + source;
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 1000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

#include "tst_translations.moc"
