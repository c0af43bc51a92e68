// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace sdsm {

// profiles.json: {"schema": 1, "profiles": [...]}. Every change is read-modify-write under the
// operating system's lock on a file beside it and saved atomically with QSaveFile, owner-only
// permissions, so the CLI and the desktop app can change profiles at the same time without
// losing either change.
class ProfileStore
{
public:
    static constexpr int SchemaVersion = 1;

    explicit ProfileStore(QString filePath);
    const QString &filePath() const { return m_filePath; }

    struct Snapshot
    {
        QList<Profile> profiles;
        // True when the file was written by a newer version: it may be read, never written.
        bool readOnly = false;
        QString warning; // one sentence for stderr / the status bar, or empty
    };

    // A missing file reads as an empty list. A corrupt, truncated or unreadable file is a
    // Config error naming the file and the problem; the file is never touched.
    Result<Snapshot> load() const;
    // Config error "no profile named X" when absent. Parses only that profile's entry (a
    // command about one profile costs the same with 10 or 5,000), checking the whole file's
    // syntax and that no other entry has its name or uuid; any problem gives load()'s error.
    // Other entries' fields are checked by load() only. `warning`: as Snapshot::warning.
    Result<Profile> find(const QString &name, QString *warning = nullptr) const;

    // Locks, re-reads, applies `change` to the fresh list, validates and saves. If `change`
    // fails nothing is written. A newer schema refuses with a Config error (exit 2).
    using Change = std::function<Result<void>(QList<Profile> &profiles)>;
    Result<void> update(const Change &change);

private:
    QString m_filePath;
};

// The Config error for a name that matches no profile.
Error noSuchProfile(const QString &name);

} // namespace sdsm
