// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLatin1StringView>
#include <QString>

namespace sdsm {

// Where every program of the product keeps its files. The folder name is fixed, not derived
// from each program's applicationName, so the CLI and the desktop app share one profile list.
struct AppPaths
{
    // The product's folder in each standard location.
    static constexpr QLatin1StringView FolderName {"santedb-session-manager"};

    QString profilesFile; // <config>/santedb-session-manager/profiles.json or --config FILE
    QString dataDir; // <data>/santedb-session-manager
    // $XDG_STATE_HOME/santedb-session-manager on Linux and other XDG systems; empty (paths made
    // by hand as {profiles, data}, the demo's and the tests'): the data folder.
    QString historyDir = {};

    QString stateDir() const; // dataDir/state: one file per profile
    QString legacyStateFile() const; // dataDir/state.json, used before; migrated once
    QString historyFile() const; // historyDir (or dataDir)/history.jsonl
    QString legacyHistoryFile() const; // dataDir/history.jsonl, used before; migrated once
    // The desktop app's preferences, beside the profile file (so --config and the demo have
    // their own).
    QString settingsFile() const;
    QString knownServersFile() const; // dataDir/known-servers.json

    static AppPaths standard();
    // The standard data folder with another profile file (--config FILE).
    static AppPaths withProfilesFile(const QString &file);
};

} // namespace sdsm
