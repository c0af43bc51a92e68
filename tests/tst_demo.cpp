// SPDX-License-Identifier: Apache-2.0
// `santedb-session-manager --demo` as a user starts it: on its own keyring, it shows a live
// session within the 10 s the issue asks for, and Ctrl+C (or SIGTERM) ends it without leaving its
// secrets behind in the keychain.
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace Qt::StringLiterals;
using namespace sdsm::test;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveSessionThenCleanExit_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl+C") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void liveSessionThenCleanExit()
    {
        QFETCH(int, signal);
        PrivateBus bus(true);
        QVERIFY(bus.ok());
        QVERIFY(bus.unlockNewKeyring());
        QCOMPARE(bus.productSecretCount(), 0);

        QProcess app;
        QProcessEnvironment env = bus.environment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        app.setReadChannel(QProcess::StandardError); // where the demo reports its progress
        app.start(QStringLiteral(SDSM_GUI_PATH), {u"--demo"_s});
        QVERIFY(app.waitForStarted());
        QByteArray err;
        while (!err.contains("demo: live session after") && app.waitForReadyRead(30000))
            err += app.readAllStandardError();
        const auto match = QRegularExpression(u"demo: live session after ([0-9.]+) s"_s)
                               .match(QString::fromUtf8(err));
        QVERIFY2(match.hasMatch(), err.constData());
        QVERIFY2(match.captured(1).toDouble() < 10.0, qPrintable(match.captured(0)));
        // Two demo identities with a device (client + device secret), one application only,
        // two users (client, device and password each), and the cached session.
        QCOMPARE(bus.productSecretCount(), 12);

        ::kill(static_cast<pid_t>(app.processId()), signal);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(bus.productSecretCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
