// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "expirywatcher.h"
#include "tray.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using sdsm::ManualClock;
using sdsm::gui::ExpiryWatcher;
using sdsm::gui::SystemTrayPresenter;
using sdsm::gui::TrayEntry;
using sdsm::gui::TrayPresenter;

namespace {

const QDateTime kStart(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
const QUuid kDev = QUuid::fromString(u"{11111111-1111-1111-1111-111111111111}"_s);
const QUuid kProd = QUuid::fromString(u"{22222222-2222-2222-2222-222222222222}"_s);

TrayEntry entry(const QUuid &profile, const QString &name, qint64 secondsFromStart)
{
    return {profile, name, kStart.addSecs(secondsFromStart), QString()};
}

// Records what the app would show, since there is no tray offscreen.
class FakeTray final : public TrayPresenter
{
    Q_OBJECT
public:
    using TrayPresenter::TrayPresenter;

    bool isAvailable() const override { return true; }
    void setVisible(bool visible) override { m_visible = visible; }
    void setEntries(const QList<TrayEntry> &validSessions) override { m_entries = validSessions; }
    void notify(const QString &title, const QString &message) override
    {
        m_notifications.append({title, message});
    }

    bool m_visible = false;
    QList<TrayEntry> m_entries;
    QList<QStringList> m_notifications;
};

QAction *findAction(const QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestExpiryWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noWarningFarFromExpiry()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.setSessions({entry(kDev, u"Dev"_s, 3600)});
        watcher.check();
        clock.advance(3600 - 121);
        watcher.check();
        QCOMPARE(soon.count(), 0);
        QCOMPARE(expired.count(), 0);
    }

    void threshold_data()
    {
        QTest::addColumn<int>("warningSeconds");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<bool>("warns");
        QTest::newRow("one second outside") << 120 << qint64(121) << false;
        QTest::newRow("at the threshold") << 120 << qint64(120) << true;
        QTest::newRow("well inside") << 120 << qint64(5) << true;
        QTest::newRow("longer warning") << 600 << qint64(599) << true;
        QTest::newRow("warnings off") << 0 << qint64(1) << false;
    }

    void threshold()
    {
        QFETCH(int, warningSeconds);
        QFETCH(qint64, secondsLeft);
        QFETCH(bool, warns);
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        watcher.setWarningSeconds(warningSeconds);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        watcher.setSessions({entry(kDev, u"Dev"_s, 3600)});
        clock.advance(3600 - secondsLeft);
        watcher.check();
        QCOMPARE(soon.count(), warns ? 1 : 0);
        if (warns)
            QCOMPARE(soon.constFirst().at(2).toLongLong(), secondsLeft);
    }

    void warnsOnceWhenCrossingThreshold()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        watcher.setSessions({entry(kDev, u"Dev"_s, 600), entry(kProd, u"Prod"_s, 3600)});
        watcher.check();
        QCOMPARE(soon.count(), 0);
        clock.advance(600 - 120);
        watcher.check();
        watcher.check();
        clock.advance(60);
        watcher.check();
        QCOMPARE(soon.count(), 1);
        const QList<QVariant> arguments = soon.constFirst();
        QCOMPARE(arguments.at(0).value<QUuid>(), kDev);
        QCOMPARE(arguments.at(1).toString(), u"Dev"_s);
        QCOMPARE(arguments.at(2).toLongLong(), qint64(120));
    }

    void expiredOnce()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.setSessions({entry(kDev, u"Dev"_s, 60)});
        watcher.check();
        clock.advance(60);
        watcher.check();
        clock.advance(60);
        watcher.check();
        QCOMPARE(soon.count(), 1);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(expired.constFirst().at(0).value<QUuid>(), kDev);
        QCOMPARE(expired.constFirst().at(1).toString(), u"Dev"_s);
    }

    void alreadyExpiredOnlyReportsExpiry()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.setSessions({entry(kDev, u"Dev"_s, -300)});
        watcher.check();
        watcher.check();
        QCOMPARE(soon.count(), 0);
        QCOMPARE(expired.count(), 1);
    }

    void unknownExpiryIsIgnored()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.setSessions({TrayEntry {kDev, u"Dev"_s, QDateTime(), QString()}});
        watcher.check();
        QCOMPARE(soon.count() + expired.count(), 0);
    }

    void newExpiryRearms()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.setSessions({entry(kDev, u"Dev"_s, 100)});
        watcher.check();
        QCOMPARE(soon.count(), 1);

        // The same session handed over again (a routine refresh of the list) stays warned.
        watcher.setSessions({entry(kDev, u"Dev"_s, 100)});
        watcher.check();
        QCOMPARE(soon.count(), 1);

        // Renewed: a new expiry, far away, then close again.
        watcher.setSessions({entry(kDev, u"Dev"_s, 1000)});
        watcher.check();
        QCOMPARE(soon.count(), 1);
        clock.advance(1000 - 60);
        watcher.check();
        QCOMPARE(soon.count(), 2);
        clock.advance(60);
        watcher.check();
        QCOMPARE(expired.count(), 1);
    }

    void removedSessionsAreForgotten()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.setSessions({entry(kDev, u"Dev"_s, 100), entry(kProd, u"Prod"_s, 100)});
        watcher.check();
        QCOMPARE(soon.count(), 2);

        watcher.setSessions({entry(kProd, u"Prod"_s, 100)});
        clock.advance(100);
        watcher.check();
        QCOMPARE(expired.count(), 1);
        QCOMPARE(expired.constFirst().at(0).value<QUuid>(), kProd);

        // Dev comes back with the expiry it had: nothing of it was remembered, so it is reported.
        watcher.setSessions({entry(kDev, u"Dev"_s, 100)});
        watcher.check();
        QCOMPARE(expired.count(), 2);
        QCOMPARE(expired.constLast().at(0).value<QUuid>(), kDev);
    }

    void receiverMayReplaceSessions()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        connect(&watcher, &ExpiryWatcher::expiringSoon, &watcher,
                [&watcher] { watcher.setSessions({}); });
        watcher.setSessions({entry(kDev, u"Dev"_s, 100), entry(kProd, u"Prod"_s, 50)});
        watcher.check();
        QCOMPARE(soon.count(), 2);
    }

    void timerChecks()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        QSignalSpy soon(&watcher, &ExpiryWatcher::expiringSoon);
        watcher.setSessions({entry(kDev, u"Dev"_s, 60)});
        QTRY_COMPARE_WITH_TIMEOUT(soon.count(), 1, 3000);
    }

    void warningReachesTray()
    {
        ManualClock clock(kStart);
        ExpiryWatcher watcher(clock);
        FakeTray tray;
        // Wired as the main window wires it.
        connect(&watcher, &ExpiryWatcher::expiringSoon, &tray,
                [&tray](const QUuid &, const QString &name, qint64 secondsLeft) {
                    tray.notify(tr("Session expiring"),
                                tr("%1 expires in %2 s").arg(name).arg(secondsLeft));
                });
        watcher.setSessions({entry(kDev, u"Dev"_s, 90)});
        watcher.check();
        watcher.check();
        QCOMPARE(tray.m_notifications.size(), 1);
        QCOMPARE(tray.m_notifications.constFirst(),
                 (QStringList {u"Session expiring"_s, u"Dev expires in 90 s"_s}));
    }

    void systemTrayMenu()
    {
        SystemTrayPresenter presenter;
        const auto *icon = presenter.findChild<QSystemTrayIcon *>();
        QVERIFY(icon);
        const QMenu *menu = icon->contextMenu();
        QVERIFY(menu);

        QAction *none = findAction(menu, u"No valid sessions"_s);
        QVERIFY(none);
        QVERIFY(!none->isEnabled());

        presenter.setEntries({entry(kDev, u"Dev"_s, 600), entry(kProd, u"R&D"_s, 600)});
        QVERIFY(!findAction(menu, u"No valid sessions"_s));
        QVERIFY(findAction(menu, u"Copy header — Dev"_s));
        // "&" in a profile name is shown, not turned into a keyboard shortcut.
        QAction *copyProd = findAction(menu, u"Copy header — R&&D"_s);
        QVERIFY(copyProd);

        QSignalSpy copy(&presenter, &TrayPresenter::copyHeaderRequested);
        QSignalSpy show(&presenter, &TrayPresenter::showWindowRequested);
        QSignalSpy quit(&presenter, &TrayPresenter::quitRequested);
        copyProd->trigger();
        QCOMPARE(copy.count(), 1);
        QCOMPARE(copy.constFirst().constFirst().value<QUuid>(), kProd);
        QAction *showWindow = findAction(menu, u"&Show window"_s);
        QVERIFY(showWindow);
        showWindow->trigger();
        QCOMPARE(show.count(), 1);
        QAction *quitApp = findAction(menu, u"&Quit"_s);
        QVERIFY(quitApp);
        quitApp->trigger();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestExpiryWatcher)
#include "tst_expirywatcher.moc"
