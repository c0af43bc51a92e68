#pragma once

#include "result.h"

#include <QByteArray>
#include <QLockFile>
#include <QString>

#include <memory>

namespace sdsm {

// What the profile, state and history files share, so the CLI and the desktop app can write
// them at the same time: an owner-only folder, a lock file beside the data file, atomic
// owner-only saves. `what` names the file in error sentences ("profile file").

// Creates the parent folder (0700) when missing, then takes `<file>.lock`, waiting up to 10 s.
Result<std::unique_ptr<QLockFile>> lockForWriting(const QString &filePath, const QString &what);

// A user-chosen name as it may appear inside an error sentence: quoted, on one line, bounded,
// so a hostile name cannot forge extra lines of output.
QString quotedName(const QString &name);

// Replaces the file in one step with QSaveFile, permissions 0600.
Result<void> saveAtomically(const QString &filePath, const QByteArray &data, const QString &what);

} // namespace sdsm
