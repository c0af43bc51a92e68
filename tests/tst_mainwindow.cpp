// The real main window end to end: a profile made through the editor (secrets into the real
// keychain), a session from the in-process emulator over loopback, the header on the clipboard.
// And the window must never freeze while a server is slow.
#include "appsettings.h"
#include "authemulator.h"
#include "clipboardguard.h"
#include "clock.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "sessionpanel.h"
#include "testsupport.h"
#include "tray.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::gui;
using namespace sdsm::test;

namespace {

class FakeTray final : public TrayPresenter
{
public:
    bool available = true;
    bool visible = false;
    QList<TrayEntry> entries;
    QStringList notifications;
    bool isAvailable() const override { return available; }
    void setVisible(bool v) override { visible = v; }
    void setEntries(const QList<TrayEntry> &e) override { entries = e; }
    void notify(const QString &title, const QString &) override { notifications << title; }
};

struct Fixture
{
    Sandbox sandbox;
    AppSettings settings {sandbox.path(u"desktop.ini"_s)};
    Workspace workspace {{sandbox.path(u"config/profiles.json"_s), sandbox.path(u"data"_s)},
                         Clock::system()};
    FakeTray tray;
    MainWindow window {workspace, settings, Clock::system(), &tray};
};

QString readSecret(const QUuid &uuid, SecretKind kind)
{
    KeychainSecretStore store;
    const auto value = test::await(store.read(uuid, kind));
    return value && value->ok() ? value->value().value_or(QString()) : QString();
}

Profile storedAppOnlyProfile(Workspace &w, const QUrl &server)
{
    Profile p;
    p.name = u"slow"_s;
    p.server = server;
    p.clientId = u"fiddler"_s;
    p.version = SanteDbVersion::V3;
    const Profile added = w.addProfile(p).value();
    bool stored = false;
    w.setSecret(added, SecretKind::Client, u"fiddler"_s, [&](Result<void> r) { stored = r.ok(); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(stored, 20000); }();
    return added;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SDSM_REQUIRE_KEYRING(); }

    void createProfileGetSessionCopyHeader()
    {
        emu::AuthEmulator emulator;
        QVERIFY(emulator.listen());
        const QString deviceSecret =
            emu::Identities::builtIn().findDevice(u"EXAMPLE_DEVICE_NODE"_s)->secret;
        Fixture f;
        f.window.show();
        f.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window));

        // Fill the editor as a person would, once it is on screen.
        bool filled = false;
        QTimer driver;
        connect(&driver, &QTimer::timeout, &f.window, [&] {
            auto *dialog = qobject_cast<ProfileEditorDialog *>(QApplication::activeModalWidget());
            if (!dialog || filled)
                return;
            filled = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"e2e"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverEdit"_s),
                             emulator.baseUrl().toString());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"clientIdEdit"_s),
                             u"EXAMPLE_APPLICATION"_s);
            dialog->findChild<QRadioButton *>(u"deviceSecretRadio"_s)->click();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"deviceIdEdit"_s),
                             u"EXAMPLE_DEVICE_NODE"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"deviceSecretEdit"_s), deviceSecret);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        driver.start(20);
        f.window.action(u"newProfile"_s)->trigger(); // returns when the dialog has closed
        driver.stop();
        QVERIFY(filled);

        const auto profiles = f.workspace.profiles().load().value().profiles;
        QCOMPARE(profiles.size(), 1);
        const Profile profile = profiles.first();
        QCOMPARE(profile.deviceId, u"EXAMPLE_DEVICE_NODE"_s);
        QVERIFY2(readSecret(profile.uuid, SecretKind::Device) == deviceSecret,
                 "the device secret did not reach the keychain");
        QCOMPARE(f.window.selectedProfiles(), QList<QUuid> {profile.uuid});
        QVERIFY(f.window.windowTitle().contains(u"e2e"_s));

        // Enter on the list gets a session.
        QSignalSpy finished(&f.window, &MainWindow::sessionFinished);
        f.window.profileView()->setFocus();
        QTest::keyClick(f.window.profileView(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(f.window.sessionPanel()->state(), SessionPanel::State::Valid);
        QCOMPARE(emulator.tokenRequestCount(), 1);

        // Ctrl+Shift+C copies the header, marked as a secret for clipboard managers.
        QVERIFY(f.window.action(u"copyHeader"_s)->isEnabled());
        f.window.activateWindow(); // the editor had the focus; shortcuts act in the active window
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        QTest::keyClick(&f.window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString accessToken =
            QJsonDocument::fromJson(readSecret(profile.uuid, SecretKind::Session).toUtf8())
                .object()
                .value(u"access_token"_s)
                .toString();
        QVERIFY(!accessToken.isEmpty());
        QTRY_VERIFY(QGuiApplication::clipboard()->text()
                    == u"Authorization: Bearer "_s + accessToken);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->formats().contains(
            u"x-kde-passwordManagerHint"_s));
        QCOMPARE(emulator.tokenRequestCount(), 1);
        QVERIFY(f.window.clipboardGuard()->secondsLeft() > 0);
        QCOMPARE(f.tray.entries.size(), 1);

        // Enter again reuses the cached session; Ctrl+Shift+Enter asks the server.
        f.window.getSession();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(emulator.tokenRequestCount(), 1);
        QTest::keyClick(&f.window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
        QCOMPARE(emulator.tokenRequestCount(), 2);

        // Leave nothing behind in the shared test keyring.
        bool removed = false;
        f.workspace.removeProfile(u"e2e"_s, [&](auto r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        f.window.clipboardGuard()->clearIfUnchanged();
    }

    void windowStaysResponsiveWhileTheServerIsSlow()
    {
        emu::EmulatorOptions options;
        options.delayMs = 3000;
        emu::AuthEmulator emulator(options);
        QVERIFY(emulator.listen());
        Fixture f;
        const Profile p = storedAppOnlyProfile(f.workspace, emulator.baseUrl());
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.window.profileModel()->reload();
        f.window.selectProfile(p.uuid);

        // A timer that must keep firing while the request runs: a frozen event loop shows as a gap.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy finished(&f.window, &MainWindow::sessionFinished);
        clock.start();
        ticker.start(20);
        f.window.getSession();
        QCOMPARE(f.window.sessionPanel()->state(), SessionPanel::State::Busy);
        QVERIFY(f.window.action(u"cancelRequest"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        ticker.stop();
        QVERIFY2(clock.elapsed() >= 2900, "the emulator did not delay the answer");
        // A blocked event loop would stall for the whole 3 s answer; the margin below that only
        // absorbs a busy machine (the suite runs in parallel, and again under sanitizers).
        QVERIFY2(longestGap < 1000,
                 qPrintable(u"the event loop stalled for %1 ms"_s.arg(longestGap)));
        QVERIFY(ticks > 30);
        QCOMPARE(f.window.sessionPanel()->state(), SessionPanel::State::Valid);
    }

    void cancelEndsAHangingRequestWithoutADialog()
    {
        emu::EmulatorOptions options;
        options.fault = u"hang"_s;
        emu::AuthEmulator emulator(options);
        QVERIFY(emulator.listen());
        Fixture f;
        const Profile p = storedAppOnlyProfile(f.workspace, emulator.baseUrl());
        f.window.show();
        f.window.profileModel()->reload();
        f.window.selectProfile(p.uuid);
        QSignalSpy finished(&f.window, &MainWindow::sessionFinished);
        f.window.getSession();
        QTRY_COMPARE(emulator.tokenRequestCount(), 1);
        QTest::keyClick(&f.window, Qt::Key_Escape);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(f.window.sessionPanel()->state(), SessionPanel::State::Error);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    void everyActionHasAShortcutAndAMenuEntry()
    {
        Fixture f;
        QStringList inMenus;
        for (QAction *menu : f.window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (!a->isSeparator())
                    inMenus << a->objectName();
            }
        }
        for (const QString &name :
             {u"getSession"_s, u"getFreshSession"_s, u"cancelRequest"_s, u"copyHeader"_s,
              u"copyToken"_s, u"copyCurl"_s, u"newProfile"_s, u"editProfile"_s,
              u"duplicateProfile"_s, u"removeProfiles"_s, u"importProfiles"_s, u"exportProfiles"_s,
              u"settings"_s, u"find"_s, u"quit"_s}) {
            QAction *a = f.window.action(name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(name + u" has no shortcut"_s));
            QVERIFY2(inMenus.contains(name), qPrintable(name + u" is in no menu"_s));
        }
        QCOMPARE(f.window.action(u"copyHeader"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        for (QWidget *w : f.window.findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const auto *tabs = qobject_cast<QTabBar *>(w);
            bool tabsNamed = tabs != nullptr;
            for (int i = 0; tabs && i < tabs->count(); ++i)
                tabsNamed = tabsNamed && !tabs->tabText(i).isEmpty();
            const bool named = !w->accessibleName().isEmpty()
                || (button && !button->text().isEmpty()) || tabsNamed;
            QVERIFY2(named,
                     qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                         w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        }
    }

    void closingKeepsTheAppInTheTrayUnlessDisabled()
    {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QVERIFY(f.tray.visible);
        f.window.close();
        QVERIFY(!f.window.isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QCOMPARE(f.tray.notifications.size(), 1);

        f.settings.setCloseToTray(false);
        f.window.applySettings();
        QVERIFY(QApplication::quitOnLastWindowClosed());
    }

    void profilesAddedByTheCliAppear()
    {
        Fixture f;
        f.window.show();
        QCOMPARE(f.window.profileModel()->rowCount(), 0);
        ProfileStore other(f.workspace.paths().profilesFile);
        Profile p;
        p.uuid = QUuid::createUuid();
        p.name = u"from-cli"_s;
        p.server = QUrl(u"http://127.0.0.1:9"_s);
        p.clientId = u"APP"_s;
        QVERIFY(other
                    .update([&](QList<Profile> &list) -> Result<void> {
                        list.append(p);
                        return {};
                    })
                    .ok());
        QTRY_COMPARE(f.window.profileModel()->rowCount(), 1);
        QTRY_VERIFY(f.window.windowTitle().contains(u"from-cli"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
