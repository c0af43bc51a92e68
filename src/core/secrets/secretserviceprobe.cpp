// SPDX-License-Identifier: Apache-2.0
#include "secretserviceprobe.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QProcessEnvironment>
#endif

using namespace Qt::StringLiterals;

namespace sdsm {

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
namespace {

constexpr int DbusTimeoutMs = 10000; // activating gnome-keyring can take a moment
const QString SecretService = u"org.freedesktop.secrets"_s;

Error noService(const QString &why)
{
    return makeError(
               ErrorKind::Keychain,
               QCoreApplication::translate("sdsm", "no Secret Service is running (%1)").arg(why))
        .with({RemedyAction::StartKeyring, {}});
}

Error lockedKeyring()
{
    return makeError(ErrorKind::Keychain,
                     QCoreApplication::translate("sdsm", "the keyring is locked or not set up"))
        .with({RemedyAction::UnlockKeyring, {}});
}

// QtKeychain only talks to the Secret Service outside KDE; on KDE it uses KWallet directly and
// its own errors are already precise.
bool keychainUsesSecretService()
{
    const QString desktop =
        QProcessEnvironment::systemEnvironment().value(u"XDG_CURRENT_DESKTOP"_s);
    return !desktop.contains(u"KDE"_s, Qt::CaseInsensitive);
}

// One asynchronous D-Bus call whose answer goes to `next`, unless `job` is gone by then.
void callThen(const QDBusConnection &bus, const QDBusMessage &message, Job<void> *job,
              std::function<void(const QDBusMessage &)> next)
{
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, DbusTimeoutMs), job);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, job,
                     [watcher, next = std::move(next)] {
                         watcher->deleteLater();
                         next(watcher->reply());
                     });
}

QDBusMessage busCall(const QString &method, const QString &argument)
{
    QDBusMessage m = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, method);
    m << argument;
    if (method == u"StartServiceByName"_s)
        m << 0u;
    return m;
}

void checkLocked(const QDBusConnection &bus, Job<void> *job, const QString &collection)
{
    QDBusMessage getLocked = QDBusMessage::createMethodCall(
        SecretService, collection, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    getLocked << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    callThen(bus, getLocked, job, [job](const QDBusMessage &reply) {
        // A default alias pointing at a collection that does not exist means "not set up".
        const bool locked = reply.type() != QDBusMessage::ReplyMessage
            || reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
        job->finish(locked ? Result<void>(lockedKeyring()) : Result<void>());
    });
}

void readDefaultAlias(const QDBusConnection &bus, Job<void> *job)
{
    QDBusMessage readAlias =
        QDBusMessage::createMethodCall(SecretService, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"ReadAlias"_s);
    readAlias << u"default"_s;
    callThen(bus, readAlias, job, [bus, job](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage)
            return job->finish(noService(reply.errorMessage()));
        const QString collection = reply.arguments().value(0).value<QDBusObjectPath>().path();
        if (collection.isEmpty() || collection == u"/"_s)
            return job->finish(lockedKeyring());
        checkLocked(bus, job, collection);
    });
}

} // namespace

Job<void> *probeSecretService()
{
    auto *job = new Job<void>;
    if (!keychainUsesSecretService()) {
        job->finish({});
        return job;
    }
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        job->finish(
            noService(QCoreApplication::translate("sdsm", "there is no D-Bus session bus")));
        return job;
    }
    callThen(
        bus, busCall(u"NameHasOwner"_s, SecretService), job, [bus, job](const QDBusMessage &owned) {
            if (owned.arguments().value(0).toBool())
                return readDefaultAlias(bus, job);
            // gnome-keyring is usually D-Bus activated on first use: start it the same way.
            callThen(bus, busCall(u"StartServiceByName"_s, SecretService), job,
                     [bus, job](const QDBusMessage &started) {
                         if (started.type() != QDBusMessage::ReplyMessage)
                             return job->finish(noService(QCoreApplication::translate(
                                 "sdsm",
                                 "nothing provides org.freedesktop.secrets on the session bus")));
                         readDefaultAlias(bus, job);
                     });
        });
    return job;
}

#else

Job<void> *probeSecretService()
{
    auto *job = new Job<void>;
    job->finish({});
    return job;
}

#endif

} // namespace sdsm
