// One app per profile file (issue 8 §2): the socket's name, the hand-over to a running instance,
// and that another profile file is an instance of its own. Real local sockets in a private
// runtime folder.
#include "singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalServer>
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

private:
    QTemporaryDir m_runtime;
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
