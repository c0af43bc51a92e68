// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "authemulator.h"
#include "paths.h"
#include "profile.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace sdsm {
class Workspace;
}

namespace sdsm::gui {

// `--demo`: two in-process emulators (SanteDB 3.x and 2.x) on free loopback ports, a profile
// folder of its own in a temporary directory, and ready profiles whose secrets live in the
// keychain only while the demo runs.
class Demo : public QObject
{
    Q_OBJECT
public:
    explicit Demo(QObject *parent = nullptr);
    ~Demo() override;

    // False with a sentence in errorString() when an emulator cannot listen.
    bool start();
    QString errorString() const { return m_error; }
    AppPaths paths() const;
    QString settingsFile() const;

    // Adds the demo profiles and stores their secrets; `done` gets the first profile's uuid.
    void populate(Workspace &workspace, std::function<void(Result<QUuid>)> done);
    // Deletes the demo profiles' keychain entries (waits for the keychain; call after exec()).
    void cleanUp(Workspace &workspace);

    // Without a reachable Secret Service the demo re-runs itself inside dbus-run-session with a
    // throwaway unlocked gnome-keyring. Returns the exit code of that run, or nullopt when the
    // keychain is usable here.
    static std::optional<int> relaunchWithThrowawayKeyring(const QStringList &arguments);

private:
    QTemporaryDir m_dir;
    emu::AuthEmulator m_v3;
    emu::AuthEmulator m_v2;
    QList<Profile> m_profiles;
    QString m_error;
};

} // namespace sdsm::gui
