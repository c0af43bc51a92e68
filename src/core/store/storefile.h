// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "filelock.h"
#include "result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace sdsm {

// What the profile, state and history files share, so the CLI and the desktop app can write
// them at the same time: owner-only folders, the operating system's lock on a file beside the
// data file, atomic owner-only saves. `what` names the file in error sentences ("profile file").

// The one place a folder of ours is made: `folder` and every missing parent are created
// owner-only (0700), whoever comes first. An existing product folder (named
// santedb-session-manager) that others may enter is made owner-only too: older versions and
// the desktop app created it 0755. Any other existing folder (the one holding a --config file)
// is the user's and left as it is.
Result<void> ensurePrivateFolder(const QString &folder, const QString &what);

// Creates the parent folder, then takes the lock on `<file>.lock`, waiting in the kernel while
// another process holds it (for the few milliseconds of its read-modify-write). The lock file
// stays; the lock ends when the returned object is destroyed or its process dies.
Result<std::unique_ptr<FileLock>> lockForWriting(const QString &filePath, const QString &what);

// A user-chosen name as it may appear inside an error sentence: quoted, on one line, bounded,
// so a hostile name cannot forge extra lines of output.
QString quotedName(const QString &name);

enum class Durability {
    // Flushed to the disk before it replaces the old file (QSaveFile): what the user typed.
    Synced,
    // Written to `<file>.tmp` and renamed over the file, with no flush: caches that can be found
    // out again (a crash may lose the newest change, never mix two). The caller holds the
    // file's lock, which makes the fixed temporary name safe.
    Unsynced,
};

// Replaces the file in one step, permissions 0600. A symbolic link in its place is replaced,
// never followed.
Result<void> saveAtomically(const QString &filePath, const QByteArray &data, const QString &what,
                            Durability durability = Durability::Synced);

// Opens `filePath` for reading without following a symbolic link in its place (O_NOFOLLOW; a
// check before opening where the system has no such flag). False when there is no file; an
// error naming the file for a symbolic link or a file that cannot be opened.
Result<bool> openUnfollowed(QFile &file, const QString &filePath, const QString &what);

// The error for a symbolic link where one of our files belongs.
Error symlinkRefused(const QString &filePath, const QString &what);

} // namespace sdsm
