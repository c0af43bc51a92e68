// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "job.h"
#include "profile.h"

#include <QString>

#include <functional>

namespace sdsm {

class Workspace;

struct ProfileEdit
{
    Profile profile; // as saved
    // One sentence when the cached session could not be removed from the keychain (it is not
    // reused anyway: its fingerprint no longer matches); empty otherwise.
    QString warning;
};

// Applies an edit (Workspace::editProfile) and then discards the cached session, the one rule
// for both the CLI and the desktop app: a session obtained with the old settings no longer
// describes the profile. Fails only when the edit itself fails.
Job<ProfileEdit> *editProfileAndDiscardSession(Workspace &workspace, const QString &name,
                                               const std::function<Result<void>(Profile &)> &change,
                                               bool versionSet = false);

} // namespace sdsm
