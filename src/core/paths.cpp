#include "paths.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {
const auto FolderName = "/santedb-session-manager"_L1;
} // namespace

QString AppPaths::stateFile() const
{
    return dataDir + u"/state.json"_s;
}

QString AppPaths::historyFile() const
{
    return dataDir + u"/history.jsonl"_s;
}

QString AppPaths::knownServersFile() const
{
    return dataDir + u"/known-servers.json"_s;
}

AppPaths AppPaths::standard()
{
    AppPaths paths;
    paths.profilesFile = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + FolderName + u"/profiles.json"_s;
    paths.dataDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + FolderName;
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
