#include "appsettings.h"
#include "buildinfo.h"
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
#include <QCoreApplication>
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

// Name and version first: --version and the help text read them.
void identifyApplication()
{
    QCoreApplication::setApplicationName(u"santedb-session-manager"_s);
    QCoreApplication::setOrganizationName(u"SanteDB"_s);
    QCoreApplication::setApplicationVersion(buildinfo::versionText());
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "SanteDB sessions with the secrets in the operating system's keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s,
         QCoreApplication::translate("main",
                                     "Start with a local SanteDB emulator and demo profiles.")},
        {u"new-profile"_s,
         QCoreApplication::translate("main", "Open the editor for a new profile on start.")},
        {u"config"_s, QCoreApplication::translate("main", "Profile file to use."), u"file"_s},
        {u"screenshot"_s,
         QCoreApplication::translate(
             "main", "Save a PNG of the window once the first session is shown, then quit."),
         u"file"_s},
        {u"view"_s,
         QCoreApplication::translate("main",
                                     "What --screenshot shows: main, policies, claims or editor."),
         u"view"_s, u"main"_s},
    });
}

// --help and --version must work where there is no display (a server, a package build, a man page
// check): they are answered before QApplication, which needs one, exists.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    hardenProcess();
    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        identifyApplication();
        QCommandLineParser parser;
        describeOptions(parser);
        // Prints the help or the version and exits, unless the word was an option's value
        // (--config --help): then this application ends here and the real one starts below.
        parser.process(app);
    }
    QApplication app(argc, argv);
    identifyApplication();
    QApplication::setApplicationDisplayName(u"SanteDB Session Manager"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/app.svg"_s));
    // Matches the installed desktop file, so docks and task bars group the window with it and use
    // its icon and name (on Wayland, the app id).
    QGuiApplication::setDesktopFileName(buildinfo::desktopId());

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    quitOnTerminationSignals();

    const bool demoMode = parser.isSet(u"demo"_s);
    if (demoMode) {
        QStringList again = QApplication::arguments();
        if (auto relaunched = Demo::relaunchWithThrowawayKeyring(again))
            return *relaunched;
    }

    Demo demo;
    AppPaths paths = parser.isSet(u"config"_s)
        ? AppPaths::withProfilesFile(parser.value(u"config"_s))
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

    if (parser.isSet(u"screenshot"_s))
        screenshotWhenReady(window, workspace, parser.value(u"screenshot"_s),
                            parser.value(u"view"_s));
    if (parser.isSet(u"new-profile"_s))
        QTimer::singleShot(0, &window, &MainWindow::newProfile);

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
