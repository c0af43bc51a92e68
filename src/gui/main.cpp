// SPDX-License-Identifier: Apache-2.0
#include "afterfirstpaint.h"
#include "appsettings.h"
#include "buildinfo.h"
#include "checkwindow.h"
#include "clock.h"
#include "demo.h"
#include "dialogprompter.h"
#include "fontconfigwarmup.h"
#include "hardening.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "promptdialogs.h"
#include "quitonsignal.h"
#include "sessionpanel.h"
#include "singleinstance.h"
#include "svgicon.h"
#include "translations.h"
#include "tray.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::gui;

namespace {

// A fixed palette for screenshots and checks: Fusion with light or dark colours, whatever the
// desktop's theme.
void applyPalette(const QString &name)
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (name != u"dark"_s) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xd4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x82, 0x86));
    }
    QApplication::setPalette(p);
}

// README's screenshots come from the real app: grab a view once the first session is shown.
void screenshotWhenReady(MainWindow &window, Workspace &workspace, const QString &file,
                         const QString &view)
{
    const auto grab = [file](QWidget *target) {
        QTimer::singleShot(700, target, [target, file] {
            target->grab().save(file, "PNG");
            QCoreApplication::quit();
        });
    };
    QObject::connect(
        &window, &MainWindow::sessionFinished, &window,
        [&window, &workspace, view, grab] {
            if (view == u"claims"_s || view == u"history"_s || view == u"policies"_s) {
                QTabWidget *tabs = window.sessionPanel()->tabs();
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->tabText(i).remove(u'&').startsWith(view, Qt::CaseInsensitive))
                        tabs->setCurrentIndex(i);
                }
            }
            if (view == u"check"_s) {
                // Every demo profile checked at once: the working ones, and the users whose
                // server asks a question a check never answers.
                window.checkIdentities();
                CheckWindow *check = window.checkWindow();
                check->chooseAll();
                QObject::connect(
                    check, &CheckWindow::checkFinished, check, [check, grab] { grab(check); },
                    Qt::SingleShotConnection);
                check->start();
                return;
            }
            if (view == u"editor"_s) {
                const auto profiles = workspace.profiles().load();
                auto *editor = new ProfileEditorDialog(workspace, ProfileEditorDialog::Mode::Edit,
                                                       profiles.value().profiles.first(), &window);
                editor->setAttribute(Qt::WA_DeleteOnClose);
                editor->show();
                return grab(editor);
            }
            if (view == u"mfa"_s) {
                // The demo's user with two-factor authentication: the dialog the server's
                // question opens, with the server's own words.
                // Held in a local: a range-for over a member of the temporary would dangle.
                const auto loaded = workspace.profiles().load();
                const QList<Profile> profiles =
                    loaded.ok() ? loaded.value().profiles : QList<Profile> {};
                for (const Profile &p : profiles) {
                    if (p.username == u"bob"_s) {
                        QObject::connect(
                            window.prompter(), &DialogPrompter::dialogOpened, &window,
                            [grab](QDialog *dialog) {
                                if (auto *field = dialog->findChild<QLineEdit *>())
                                    field->setText(u"424242"_s);
                                // The dialog is a window of its own: the main window's grab
                                // would not show it.
                                grab(dialog);
                            },
                            Qt::SingleShotConnection);
                        window.selectProfile(p.uuid);
                        window.getSession();
                        return;
                    }
                }
            }
            grab(&window);
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
         QCoreApplication::translate(
             "main",
             "What --screenshot shows: main, policies, claims, history, editor, mfa or check."),
         u"view"_s, u"main"_s},
        {u"palette"_s,
         QCoreApplication::translate(
             "main", "Use a light or dark palette instead of the desktop's (screenshots, checks)."),
         u"light|dark"_s},
        {u"new-instance"_s,
         QCoreApplication::translate(
             "main", "Open another window even when one already runs with this profile file.")},
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
    FontconfigWarmUp fonts;
    QApplication app(argc, argv);
    // Before anything can end the program: destroying the application frees fontconfig's
    // configuration, which must not happen while it is still being read.
    fonts.wait();
    identifyApplication();
    // No application display name: Qt would append it to every window title, and the title is
    // "SanteDB Session Manager — <profile>" once (issue 8 §2).
    // Matches the installed desktop file, so docks and task bars group the window with it and use
    // its icon and name (on Wayland, the app id).
    QGuiApplication::setDesktopFileName(buildinfo::desktopId());

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    quitOnTerminationSignals();
    if (parser.isSet(u"palette"_s))
        applyPalette(parser.value(u"palette"_s));

    const bool demoMode = parser.isSet(u"demo"_s);
    if (demoMode) {
        QStringList again = QApplication::arguments();
        if (auto relaunched = Demo::relaunchWithThrowawayKeyring(again))
            return *relaunched;
    }

    // Only for --demo: it holds two emulators and makes a temporary folder.
    std::optional<Demo> demo;
    AppPaths paths = parser.isSet(u"config"_s)
        ? AppPaths::withProfilesFile(parser.value(u"config"_s))
        : AppPaths::standard();
    QString settingsFile = paths.settingsFile();
    if (demoMode) {
        demo.emplace();
        if (!demo->start()) {
            std::fprintf(stderr, "%s\n", qPrintable(demo->errorString()));
            return 1;
        }
        paths = demo->paths();
        settingsFile = demo->settingsFile();
    }

    // One window per profile file: a second start raises the first. The demo and screenshot
    // runs use folders of their own and are always instances of their own.
    SingleInstance instance(paths.profilesFile);
    const bool ownInstance =
        demoMode || parser.isSet(u"screenshot"_s) || parser.isSet(u"new-instance"_s);
    if (!ownInstance) {
        if (instance.handOver()) {
            if (parser.isSet(u"new-profile"_s))
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate(
                                 "main",
                                 "SanteDB Session Manager already runs with this profile "
                                 "file: its window was raised.")));
            return 0;
        }
        instance.listen();
    }

    AppSettings settings(settingsFile);
    installTranslations(app, settings.language());
    Workspace workspace(paths, Clock::system());
    // Made after the first paint: finding the desktop's tray waits on the session bus. Declared
    // before the window, which refers to it, so it is destroyed after it.
    std::unique_ptr<SystemTrayPresenter> tray;
    MainWindow window(workspace, settings, Clock::system(), nullptr);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::raiseWindow);
    window.show();
    afterFirstPaint(&window, [&window, &tray] {
        // The icon too: the window system is given it drawn at six sizes, for no part of the
        // window's content.
        QApplication::setWindowIcon(svgIcon(u":/icons/app.svg"_s));
        tray = std::make_unique<SystemTrayPresenter>();
        window.attachTray(tray.get());
    });

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
        demo->populate(workspace, [&window](Result<QUuid> first) {
            if (!first.ok()) {
                window.sessionPanel()->showError(first.error());
                return;
            }
            // The first profile is the 3.x application and device: it opens with a live session
            // and its policies. The user profiles wait for a person (bob's code is typed).
            window.reloadProfiles();
            window.selectProfile(first.value());
            window.getSession();
        });
    }

    const int code = QApplication::exec();
    // Removed profiles still in their undo window: their secrets go now.
    if (window.hasPendingDeletions()) {
        QEventLoop loop;
        bool finished = false;
        window.deletePendingNow([&] {
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
    }
    if (demoMode)
        demo->cleanUp(workspace);
    return code;
}
