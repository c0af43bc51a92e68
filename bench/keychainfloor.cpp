// SPDX-License-Identifier: Apache-2.0
// The floor under bench/cli.sh's keychain rows: the least a Qt program does to read or write one
// QtKeychain entry — a QCoreApplication, one job, nothing else — so the CLI's cached `token` (one
// read) and `token --fresh` (reads, then a write) are set beside what QtKeychain itself costs on
// the same machine and keychain.
//
//   keychain-floor read KEY
//   keychain-floor write KEY BYTES     (a dummy value of that many bytes, as large as a session)
#include <QCoreApplication>
#include <QTextStream>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool write = args.size() == 4 && args.at(1) == u"write"_s;
    if (!write && !(args.size() == 3 && args.at(1) == u"read"_s)) {
        QTextStream(stderr) << "usage: keychain-floor read KEY | write KEY BYTES\n";
        return 2;
    }
    const QString service = u"sdsm-bench-floor"_s;
    QKeychain::Job *job = nullptr;
    if (write) {
        auto *writeJob = new QKeychain::WritePasswordJob(service, &app);
        writeJob->setTextData(QString(args.at(3).toInt(), u'x'));
        job = writeJob;
    } else {
        job = new QKeychain::ReadPasswordJob(service, &app);
    }
    job->setKey(args.at(2));
    job->setInsecureFallback(false);
    int status = 1;
    QObject::connect(job, &QKeychain::Job::finished, &app, [&](QKeychain::Job *done) {
        status = done->error() == QKeychain::NoError ? 0 : 1;
        if (status != 0)
            QTextStream(stderr) << done->errorString() << '\n';
        app.quit();
    });
    job->start();
    app.exec();
    return status;
}
