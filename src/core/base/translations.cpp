// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr auto English = "en"_L1;
// The object name of the translators installed here, so a later call finds and replaces them.
constexpr auto TranslatorName = "sdsm-translator"_L1;

// "C", "POSIX", "C.UTF-8", "POSIX@euro": the locales of no language, whose messages are English.
bool isPortableLocale(const QString &name)
{
    const QString bare = name.section(u'.', 0, 0).section(u'@', 0, 0);
    return bare == u"C"_s || bare == u"POSIX"_s;
}

// The languages the system asks for, most wanted first; empty for English.
QStringList systemLanguages()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Qt 6.4 already reads LANGUAGE and, without it, LC_ALL, LC_MESSAGES and LANG in that order.
    // What it misses is gettext's rule that LANGUAGE counts only when the messages locale is a real
    // one: `LANG=C LANGUAGE=fr` (a script asking for stable output) stays English.
    QString messages = qEnvironmentVariable("LC_ALL");
    if (messages.isEmpty())
        messages = qEnvironmentVariable("LC_MESSAGES");
    if (messages.isEmpty())
        messages = qEnvironmentVariable("LANG");
    if (messages.isEmpty() || isPortableLocale(messages))
        return {};
#endif
    return QLocale::system().uiLanguages();
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &choice)
{
    // A second call (the settings' language changed) replaces the first call's translators.
    const QList<QTranslator *> previous =
        app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QStringList wanted = choice.isEmpty() ? systemLanguages() : QStringList {choice};
    for (const QString &language : wanted) {
        if (isPortableLocale(language))
            return English;
        // An unknown name makes the C locale, for which no translation loads: the next one is
        // tried.
        const QLocale locale(language);
        if (locale.language() == QLocale::English)
            return English;
        // QTranslator tries "fr_CA", then "fr": the first language we have a translation for wins.
        auto *ours = new QTranslator(&app);
        ours->setObjectName(TranslatorName);
        if (!ours->load(locale, u"santedb-session-manager"_s, u"_"_s, u":/i18n"_s)) {
            delete ours;
            continue;
        }
        // Qt's own texts (standard buttons, shortcuts) in the same language where the system has
        // Qt's translations installed; our own translation does not depend on them.
        auto *qt = new QTranslator(&app);
        qt->setObjectName(TranslatorName);
        if (qt->load(locale, u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        QCoreApplication::installTranslator(ours);
        return QLocale::languageToCode(QLocale(ours->language()).language());
    }
    return English;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QString prefix = u"santedb-session-manager_"_s;
    for (const QString &file : QDir(u":/i18n"_s).entryList({prefix + u"*.qm"_s}, QDir::Files))
        languages << file.mid(prefix.size()).chopped(3);
    languages.sort();
    return languages;
}

} // namespace sdsm
