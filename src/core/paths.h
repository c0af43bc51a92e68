#pragma once

#include <QString>

namespace sdsm {

// Where every program of the product keeps its files. The folder name is fixed, not derived
// from each program's applicationName, so the CLI and the desktop app share one profile list.
struct AppPaths
{
    QString profilesFile; // <config>/santedb-session-manager/profiles.json or --config FILE
    QString dataDir; // <data>/santedb-session-manager

    QString stateFile() const; // dataDir/state.json
    QString historyFile() const; // dataDir/history.jsonl
    QString knownServersFile() const; // dataDir/known-servers.json

    static AppPaths standard();
    // The standard data folder with another profile file (--config FILE).
    static AppPaths withProfilesFile(const QString &file);
};

} // namespace sdsm
