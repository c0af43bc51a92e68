#include "secretserviceprobe.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcessEnvironment>
#endif

using namespace Qt::StringLiterals;

namespace sdsm {

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
namespace {

constexpr int DbusTimeoutMs = 10000; // activating gnome-keyring can take a moment

Error noService(const QString &why)
{
    return makeError(ErrorKind::Keychain, u"no Secret Service is running (%1)"_s.arg(why))
        .with({RemedyAction::StartKeyring, {}});
}

Error lockedKeyring()
{
    return makeError(ErrorKind::Keychain, u"the keyring is locked or not set up"_s)
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

} // namespace

std::optional<Error> probeSecretService()
{
    if (!keychainUsesSecretService())
        return std::nullopt;

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return noService(u"there is no D-Bus session bus"_s);

    const QString service = u"org.freedesktop.secrets"_s;
    QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface->isServiceRegistered(service).value()) {
        // gnome-keyring is usually D-Bus activated on first use: start it the same way.
        const QDBusReply<void> started = busInterface->startService(service);
        if (!started.isValid())
            return noService(u"nothing provides org.freedesktop.secrets on the session bus"_s);
    }

    QDBusMessage readAlias =
        QDBusMessage::createMethodCall(service, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"ReadAlias"_s);
    readAlias << u"default"_s;
    const QDBusReply<QDBusObjectPath> alias = bus.call(readAlias, QDBus::Block, DbusTimeoutMs);
    if (!alias.isValid())
        return noService(alias.error().message());
    const QString collection = alias.value().path();
    if (collection.isEmpty() || collection == u"/"_s)
        return lockedKeyring();

    QDBusMessage getLocked = QDBusMessage::createMethodCall(
        service, collection, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    getLocked << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusReply<QDBusVariant> locked = bus.call(getLocked, QDBus::Block, DbusTimeoutMs);
    // A default alias pointing at a collection that does not exist means "not set up".
    if (!locked.isValid() || locked.value().variant().toBool())
        return lockedKeyring();
    return std::nullopt;
}

#else

std::optional<Error> probeSecretService()
{
    return std::nullopt;
}

#endif

} // namespace sdsm
