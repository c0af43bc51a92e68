// SPDX-License-Identifier: Apache-2.0
// A second process for the storage tests, which run several of these at once against the same
// files:
//   profilewriter FILE PREFIX COUNT   adds COUNT profiles named PREFIX-<n>, one update each
//   profilewriter hold FILE           starts an update of FILE, prints "holding" while it holds
//                                     the lock, and waits for stdin to close (or to be killed)
//   profilewriter attempt HISTORY LEGACY_HISTORY STATE_DIR UUID N
//                                     records one session attempt the way a cached `token` does:
//                                     a history line from "writer-N", then +1 on the counter the
//                                     profile's state keeps in last_message
#include "history.h"
#include "profilestore.h"
#include "statestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

int usage()
{
    QTextStream(stderr) << "usage: profilewriter FILE PREFIX COUNT | hold FILE"
                           " | attempt HISTORY LEGACY_HISTORY STATE_DIR UUID N\n";
    return 2;
}

int failed(const sdsm::Error &error)
{
    QTextStream(stderr) << error.message << '\n';
    return 1;
}

int addProfiles(const QString &file, const QString &prefix, int count)
{
    sdsm::ProfileStore store(file);
    for (int i = 0; i < count; ++i) {
        const sdsm::Result<void> added = store.update([&](QList<sdsm::Profile> &profiles) {
            sdsm::Profile p;
            p.uuid = QUuid::createUuid();
            p.name = prefix + u'-' + QString::number(i);
            p.server = QUrl(u"https://mpi.example:8443/santedb"_s);
            p.clientId = u"writer"_s;
            profiles.append(p);
            return sdsm::Result<void>();
        });
        if (!added.ok())
            return failed(added.error());
    }
    return 0;
}

int hold(const QString &file)
{
    const sdsm::Result<void> held = sdsm::ProfileStore(file).update([](QList<sdsm::Profile> &) {
        QTextStream(stdout) << "holding" << Qt::endl;
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            in.readAll();
        return sdsm::Result<void>(
            sdsm::makeError(sdsm::ErrorKind::Usage, u"released without a change"_s));
    });
    return held.ok() ? 0 : 3;
}

int attempt(const QStringList &args)
{
    const QUuid uuid = QUuid::fromString(args.at(5));
    sdsm::HistoryEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.profileUuid = uuid;
    entry.profileName = u"concurrent"_s;
    entry.result = u"cached"_s;
    entry.program = u"writer-"_s + args.at(6);
    if (const auto appended = sdsm::History(args.at(2), args.at(3)).append(entry); !appended.ok())
        return failed(appended.error());
    const auto updated = sdsm::StateStore(args.at(4)).update(uuid, [](sdsm::ProfileState &state) {
        state.lastResult = u"cached"_s;
        state.lastMessage = QString::number(state.lastMessage.toInt() + 1);
    });
    return updated.ok() ? 0 : failed(updated.error());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"hold"_s)
        return hold(args.at(2));
    if (args.size() == 7 && args.at(1) == u"attempt"_s)
        return attempt(args);
    bool countOk = false;
    const int count = args.size() == 4 ? args.at(3).toInt(&countOk) : 0;
    if (!countOk)
        return usage();
    return addProfiles(args.at(1), args.at(2), count);
}
