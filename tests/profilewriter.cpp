// Adds `count` profiles named <prefix>-<n> to a profile file through ProfileStore::update, one
// update each, so tst_profilestore can run several writers at once against the same file.
#include "profilestore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool countOk = false;
    const int count = args.size() == 4 ? args.at(3).toInt(&countOk) : 0;
    if (!countOk) {
        QTextStream(stderr) << "usage: profilewriter FILE PREFIX COUNT\n";
        return 2;
    }
    sdsm::ProfileStore store(args.at(1));
    for (int i = 0; i < count; ++i) {
        const sdsm::Result<void> added = store.update([&](QList<sdsm::Profile> &profiles) {
            sdsm::Profile p;
            p.uuid = QUuid::createUuid();
            p.name = args.at(2) + u'-' + QString::number(i);
            p.server = QUrl(u"https://mpi.example:8443/santedb"_s);
            p.clientId = u"writer"_s;
            profiles.append(p);
            return sdsm::Result<void>();
        });
        if (!added.ok()) {
            QTextStream(stderr) << added.error().message << '\n';
            return 1;
        }
    }
    return 0;
}
