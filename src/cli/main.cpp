// SPDX-License-Identifier: Apache-2.0
#include "arguments.h"
#include "buildinfo.h"
#include "commands.h"
#include "console.h"
#include "hardening.h"
#include "remedytext.h"
#include "terminal.h"
#include "translations.h"

#include <QJsonDocument>
#include <QtGlobal>

#ifdef Q_OS_MACOS
#include <QGuiApplication>
#else
#include <QCoreApplication>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef Q_OS_MACOS
    // QtKeychain delivers macOS keychain results through the main dispatch queue, which only a
    // QGuiApplication drains; under QCoreApplication its jobs never finish.
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(u"santedb-session"_s);
    QCoreApplication::setOrganizationName(u"SanteDB"_s);
    QCoreApplication::setApplicationVersion(sdsm::buildinfo::versionText());
    sdsm::cli::installInterruptHandler();
    sdsm::hardenProcess();
    // Before the arguments are parsed: their errors are sentences for a person too.
    sdsm::installTranslations(app);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const auto parsed = sdsm::cli::parseArguments(args);
    if (!parsed.ok()) {
        sdsm::cli::writeErr(sdsm::cli::errorLine(parsed.error(), {}, false) + u'\n');
        // A script that asked for JSON gets JSON, even when its command line was wrong.
        if (args.contains(u"--json"_s))
            sdsm::cli::writeOut(QString::fromUtf8(
                QJsonDocument(parsed.error().toJson()).toJson(QJsonDocument::Indented)));
        return parsed.error().exitCode();
    }
    sdsm::cli::ProcessConsole console;
    return sdsm::cli::run(parsed.value(), console);
}
