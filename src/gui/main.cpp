#include "appsettings.h"
#include "clock.h"
#include "demo.h"
#include "hardening.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "quitonsignal.h"
#include "sessionpanel.h"
#include "tray.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::gui;

namespace {

void loadTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"santedb-session-manager"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

// README's screenshots come from the real app: grab a view once the first session is shown.
void screenshotWhenReady(MainWindow &window, Workspace &workspace, const QString &file,
                         const QString &view)
{
    QObject::connect(
        &window, &MainWindow::sessionFinished, &window,
        [&window, &workspace, file, view] {
            if (view == u"policies"_s || view == u"claims"_s) {
                if (auto *tabs = window.sessionPanel()->findChild<QTabWidget *>()) {
                    for (int i = 0; i < tabs->count(); ++i) {
                        if (tabs->tabText(i).remove(u'&').startsWith(view, Qt::CaseInsensitive))
                            tabs->setCurrentIndex(i);
                    }
                }
            }
            QWidget *target = &window;
            if (view == u"editor"_s) {
                const auto profiles = workspace.profiles().load();
                auto *editor = new ProfileEditorDialog(workspace, ProfileEditorDialog::Mode::Edit,
                                                       profiles.value().profiles.first(), &window);
                editor->setAttribute(Qt::WA_DeleteOnClose);
                editor->show();
                target = editor;
            }
            QTimer::singleShot(700, target, [target, file] {
                target->grab().save(file, "PNG");
                QCoreApplication::quit();
            });
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"santedb-session-manager"_s);
    QApplication::setApplicationDisplayName(u"SanteDB Session Manager"_s);
    QApplication::setOrganizationName(u"SanteDB"_s);
    QApplication::setApplicationVersion(QStringLiteral(SDSM_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/app.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "SanteDB sessions with the secrets in the operating system's keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QApplication::translate("main", "Start with a local SanteDB emulator and demo profiles."));
    const QCommandLineOption configOption(
        u"config"_s, QApplication::translate("main", "Profile file to use."), u"file"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate(
            "main", "Save a PNG of the window once the first session is shown, then quit."),
        u"file"_s);
    const QCommandLineOption viewOption(
        u"view"_s,
        QApplication::translate("main",
                                "What --screenshot shows: main, policies, claims or editor."),
        u"view"_s, u"main"_s);
    parser.addOptions({demoOption, configOption, screenshotOption, viewOption});
    parser.process(app);
    quitOnTerminationSignals();

    const bool demoMode = parser.isSet(demoOption);
    if (demoMode) {
        QStringList again = QApplication::arguments();
        if (auto relaunched = Demo::relaunchWithThrowawayKeyring(again))
            return *relaunched;
    }

    Demo demo;
    AppPaths paths = parser.isSet(configOption)
        ? AppPaths::withProfilesFile(parser.value(configOption))
        : AppPaths::standard();
    QString settingsFile = paths.settingsFile();
    if (demoMode) {
        if (!demo.start()) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.errorString()));
            return 1;
        }
        paths = demo.paths();
        settingsFile = demo.settingsFile();
    }

    AppSettings settings(settingsFile);
    loadTranslations(app, settings.language());
    Workspace workspace(paths, Clock::system());
    SystemTrayPresenter tray;
    MainWindow window(workspace, settings, Clock::system(), &tray);
    window.show();

    if (parser.isSet(screenshotOption))
        screenshotWhenReady(window, workspace, parser.value(screenshotOption),
                            parser.value(viewOption));

    if (demoMode) {
        QObject::connect(
            &window, &MainWindow::sessionFinished, &window,
            [&sinceStart](const QUuid &, bool ok) {
                std::fprintf(stderr, "demo: %s after %.1f s\n",
                             ok ? "live session" : "session request failed",
                             static_cast<double>(sinceStart.elapsed()) / 1000.0);
            },
            Qt::SingleShotConnection);
        demo.populate(workspace, [&window](Result<QUuid> first) {
            if (!first.ok()) {
                window.sessionPanel()->showError(first.error());
                return;
            }
            window.profileModel()->reload();
            window.selectProfile(first.value());
            window.getSession();
        });
    }

    const int code = QApplication::exec();
    if (demoMode)
        demo.cleanUp(workspace);
    return code;
}
