// SPDX-License-Identifier: Apache-2.0
#include "demo.h"

#include "secretserviceprobe.h"
#include "workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

emu::EmulatorOptions generation(int version)
{
    emu::EmulatorOptions options;
    options.santedbVersion = version;
    return options;
}

} // namespace

Demo::Demo(QObject *parent)
    : QObject(parent)
    , m_v3(generation(3))
    , m_v2(generation(2))
{ }

Demo::~Demo() = default;

bool Demo::start()
{
    if (!m_dir.isValid()) {
        m_error = tr("The demo could not create its temporary folder.");
        return false;
    }
    for (emu::AuthEmulator *emulator : {&m_v3, &m_v2}) {
        if (!emulator->listen()) {
            m_error =
                tr("The demo's SanteDB emulator could not start: %1").arg(emulator->errorString());
            return false;
        }
    }
    return true;
}

AppPaths Demo::paths() const
{
    return {m_dir.filePath(u"config/profiles.json"_s), m_dir.filePath(u"data"_s)};
}

QString Demo::settingsFile() const
{
    return paths().settingsFile();
}

void Demo::populate(Workspace &workspace, std::function<void(Result<QUuid>)> done)
{
    struct Spec
    {
        QString name;
        QUrl server;
        QString clientId;
        QString deviceId;
        SanteDbVersion version;
        QString note;
        QStringList tags;
        QString username; // a user session (password grant) when set
    };
    const QList<Spec> specs {
        {tr("Demo 3.x — application and device"),
         m_v3.baseUrl(),
         u"EXAMPLE_APPLICATION"_s,
         u"EXAMPLE_DEVICE_NODE"_s,
         SanteDbVersion::Auto,
         tr("The seed page's identities on an emulated SanteDB 3.x server (version detected)."),
         {u"3.x"_s},
         QString()},
        {tr("Demo 2.x — application and device"),
         m_v2.baseUrl(),
         u"EXAMPLE_APPLICATION"_s,
         u"EXAMPLE_DEVICE_NODE"_s,
         SanteDbVersion::V2,
         tr("The same identities on an emulated SanteDB 2.x server (X-Device-Authorization, "
            "milliseconds)."),
         {u"2.x"_s},
         QString()},
        {tr("Demo 3.x — application only"),
         m_v3.baseUrl(),
         u"fiddler"_s,
         QString(),
         SanteDbVersion::V3,
         tr("SanteDB's sample application without a device."),
         {u"3.x"_s},
         QString()},
        {tr("Demo 3.x — user bob (one-time code)"),
         m_v3.baseUrl(),
         u"EXAMPLE_APPLICATION"_s,
         u"EXAMPLE_DEVICE_NODE"_s,
         SanteDbVersion::V3,
         tr("A user with two-factor authentication: the server asks for a one-time code, which "
            "is always 424242 on the emulator. Never signed in by itself."),
         {u"3.x"_s, u"users"_s},
         u"bob"_s},
        {tr("Demo 3.x — user chioma (facility)"),
         m_v3.baseUrl(),
         u"EXAMPLE_APPLICATION"_s,
         u"EXAMPLE_DEVICE_NODE"_s,
         SanteDbVersion::V3,
         tr("A user who must choose a facility: the server offers two."),
         {u"3.x"_s, u"users"_s},
         u"chioma"_s},
    };
    // The demo stores exactly the secrets its emulators know (both run the built-in identities).
    const emu::Identities &known = m_v3.options().identities;
    QList<std::tuple<Profile, SecretKind, QString>> secrets;
    for (const Spec &spec : specs) {
        Profile p;
        p.name = spec.name;
        p.server = spec.server;
        p.clientId = spec.clientId;
        p.version = spec.version;
        p.note = spec.note;
        p.tags = normalizeTags(spec.tags);
        if (!spec.deviceId.isEmpty()) {
            p.deviceMode = DeviceMode::Secret;
            p.deviceId = spec.deviceId;
        }
        if (!spec.username.isEmpty()) {
            p.grant = GrantType::Password;
            p.username = spec.username;
        }
        auto added = workspace.addProfile(p);
        if (!added.ok())
            return done(added.error());
        m_profiles << added.value();
        secrets.append(
            {added.value(), SecretKind::Client, known.findApplication(spec.clientId)->secret});
        if (!spec.deviceId.isEmpty())
            secrets.append(
                {added.value(), SecretKind::Device, known.findDevice(spec.deviceId)->secret});
        if (!spec.username.isEmpty())
            secrets.append(
                {added.value(), SecretKind::Password, known.findUser(spec.username)->password});
    }
    auto pending = std::make_shared<decltype(secrets)>(secrets);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, &workspace, pending, next, done] {
        if (pending->isEmpty()) {
            done(m_profiles.first().uuid);
            *next = nullptr;
            return;
        }
        const auto [profile, kind, value] = pending->takeFirst();
        workspace.setSecret(profile, kind, value, [next, done](Result<void> stored) {
            if (!stored.ok()) {
                done(stored.error());
                *next = nullptr;
                return;
            }
            (*next)();
        });
    };
    (*next)();
}

void Demo::cleanUp(Workspace &workspace)
{
    for (const Profile &p : std::as_const(m_profiles)) {
        QEventLoop loop;
        bool finished = false;
        workspace.clearSecrets(p, Workspace::allSecretKinds(),
                               [&](Result<QList<std::pair<SecretKind, bool>>>) {
                                   finished = true;
                                   loop.quit();
                               });
        if (!finished)
            loop.exec();
    }
}

std::optional<int> Demo::relaunchWithThrowawayKeyring(const QStringList &arguments)
{
    if (qEnvironmentVariableIsSet("SDSM_DEMO_KEYRING"))
        return std::nullopt;
    // Decided before any window exists, so waiting here freezes nothing.
    std::optional<Error> problem;
    {
        QEventLoop loop;
        probeSecretService()->then(&loop, [&](Result<void> probed) {
            if (!probed.ok())
                problem = probed.error();
            loop.quit();
        });
        loop.exec();
    }
    if (!problem)
        return std::nullopt;
    const QString runner = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (runner.isEmpty() || keyring.isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("The demo needs a keychain: %1. Install dbus and gnome-keyring "
                          "(scripts/install-deps.sh does) or start your desktop's keyring.")
                           .arg(problem->message)));
        return 1;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(tr("%1 — running the demo inside dbus-run-session with a throwaway, "
                               "unlocked gnome-keyring.")
                                .arg(problem->message)));
    QTemporaryDir scratch;
    scratch.setAutoRemove(true);
    QDir(scratch.path()).mkpath(u"runtime"_s);
    QFile::setPermissions(scratch.filePath(u"runtime"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SDSM_DEMO_KEYRING"_s, u"1"_s);
    env.insert(u"SDSM_DEMO_KEYRING_PASSWORD"_s, QUuid::createUuid().toString(QUuid::Id128));
    env.insert(u"XDG_DATA_HOME"_s, scratch.filePath(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, scratch.filePath(u"runtime"_s));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    const QString script =
        u"printf %s \"$SDSM_DEMO_KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock "
        "--components=secrets >/dev/null && exec \"$@\""_s;
    child.start(runner, QStringList {u"--"_s, u"sh"_s, u"-c"_s, script, u"sh"_s} + arguments);
    if (!child.waitForStarted(30000))
        return 1;
    child.waitForFinished(-1);
    return child.exitCode();
}

} // namespace sdsm::gui
