// SPDX-License-Identifier: Apache-2.0
// One app per profile file (issue 8 §2): the socket's name, the hand-over to a running instance,
// and that another profile file is an instance of its own. Real local sockets in a private
// runtime folder, then the real app started twice.
#include "singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sdsm::gui::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(m_files.isValid());
        // Sockets of other test runs (or a real app) must not answer this one.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void socketIsInTheRuntimeFolderAndNamedAfterTheFile()
    {
        const QString a = m_files.filePath(u"a/profiles.json"_s);
        QVERIFY(QDir().mkpath(m_files.filePath(u"a"_s)));
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString name = SingleInstance::socketName(a);
#if !defined(Q_OS_WIN)
        QVERIFY2(name.startsWith(m_runtime.path() + u'/'), qPrintable(name));
#endif
        // Two spellings of one file are one instance; another file is another.
        QCOMPARE(SingleInstance::socketName(m_files.filePath(u"a/../a/profiles.json"_s)), name);
        QVERIFY(SingleInstance::socketName(m_files.filePath(u"b/profiles.json"_s)) != name);
    }

    void secondStartHandsOverToTheFirst()
    {
        const QString file = m_files.filePath(u"same.json"_s);
        SingleInstance first(file);
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        SingleInstance second(file);
        QVERIFY(second.handOver());
        QVERIFY(activated.wait(5000));
        QCOMPARE(activated.size(), 1);
    }

    void anotherProfileFileIsItsOwnInstance()
    {
        SingleInstance first(m_files.filePath(u"one.json"_s));
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        SingleInstance other(m_files.filePath(u"two.json"_s));
        QVERIFY(!other.handOver());
        QVERIFY(other.listen());
        // Both run; a start with the first file still reaches the first.
        SingleInstance again(m_files.filePath(u"one.json"_s));
        QVERIFY(again.handOver());
        QVERIFY(activated.wait(5000));
    }

    void aSocketLeftByACrashIsTakenOver()
    {
        const QString file = m_files.filePath(u"crashed.json"_s);
        const QString name = SingleInstance::socketName(file);
        // A socket file nobody listens on, as a killed instance leaves it.
        {
            QLocalServer stale;
            stale.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(stale.listen(name));
        }
#if !defined(Q_OS_WIN)
        // QLocalServer removes its file on close; put one back the way a crash leaves it.
        if (!QFile::exists(name)) {
            QFile leftover(name);
            QVERIFY(leftover.open(QIODevice::WriteOnly));
        }
#endif
        SingleInstance next(file);
        QVERIFY(!next.handOver());
        QVERIFY(next.listen());
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        SingleInstance later(file);
        QVERIFY(later.handOver());
        QVERIFY(activated.wait(5000));
    }

#if defined(Q_OS_UNIX)
    // The app itself: a second start with the same --config raises the first and ends at once
    // (exit 0); another --config is an instance of its own.
    void theAppHandsOverToTheWindowThatRuns()
    {
        const QString config = m_files.filePath(u"app/profiles.json"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_files.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_files.filePath(u"data"_s));
        const auto start = [&env](QProcess &app, const QStringList &args) {
            app.setProcessEnvironment(env);
            app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            app.start(QStringLiteral(SDSM_GUI_PATH), args);
            return app.waitForStarted(10000);
        };
        const auto stop = [](QProcess &app) {
            app.terminate();
            if (!app.waitForFinished(10000))
                app.kill();
            app.waitForFinished(10000);
        };

        QProcess first;
        QVERIFY(start(first, {u"--config"_s, config}));
        // It listens once its socket is there.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SingleInstance::socketName(config)), 20000);

        QProcess second;
        QVERIFY(start(second, {u"--config"_s, config}));
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);

        const QString otherConfig = m_files.filePath(u"other/profiles.json"_s);
        QProcess other;
        QVERIFY(start(other, {u"--config"_s, otherConfig}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SingleInstance::socketName(otherConfig)), 20000);
        QCOMPARE(other.state(), QProcess::Running);

        stop(first);
        stop(other);
    }
#endif

private:
    QTemporaryDir m_runtime;
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
