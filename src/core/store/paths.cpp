// SPDX-License-Identifier: Apache-2.0
#include "paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// The XDG state home (history is state: it belongs to this machine, not to the user's data).
// Qt 6.4 has no StandardLocation for it; Windows and macOS keep history in the data folder.
QString stateHome()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Beside the other locations in QStandardPaths' test mode (~/.qttest/share, …).
    if (QStandardPaths::isTestModeEnabled())
        return QDir::homePath() + u"/.qttest/state"_s;
    // The specification ignores a relative value.
    const QString configured = qEnvironmentVariable("XDG_STATE_HOME");
    if (!configured.isEmpty() && QDir::isAbsolutePath(configured))
        return QDir::cleanPath(configured);
    return QDir::homePath() + u"/.local/state"_s;
#else
    return {};
#endif
}

} // namespace

QString AppPaths::stateDir() const
{
    return dataDir + u"/state"_s;
}

QString AppPaths::legacyStateFile() const
{
    return dataDir + u"/state.json"_s;
}

QString AppPaths::historyFile() const
{
    return (historyDir.isEmpty() ? dataDir : historyDir) + u"/history.jsonl"_s;
}

QString AppPaths::legacyHistoryFile() const
{
    return dataDir + u"/history.jsonl"_s;
}

QString AppPaths::knownServersFile() const
{
    return dataDir + u"/known-servers.json"_s;
}

QString AppPaths::settingsFile() const
{
    return QFileInfo(profilesFile).dir().filePath(FolderName + u".conf"_s);
}

AppPaths AppPaths::standard()
{
    const QString folder = u'/' + FolderName;
    AppPaths paths;
    paths.profilesFile = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + folder + u"/profiles.json"_s;
    paths.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + folder;
    if (const QString state = stateHome(); !state.isEmpty())
        paths.historyDir = state + folder;
    return paths;
}

AppPaths AppPaths::withProfilesFile(const QString &file)
{
    AppPaths paths = standard();
    // Absolute, so messages and the lock file beside it do not depend on the working folder.
    paths.profilesFile = QFileInfo(file).absoluteFilePath();
    return paths;
}

} // namespace sdsm
