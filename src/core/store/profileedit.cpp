// SPDX-License-Identifier: Apache-2.0
#include "profileedit.h"

#include "workspace.h"

#include <QCoreApplication>

namespace sdsm {

Job<ProfileEdit> *editProfileAndDiscardSession(Workspace &workspace, const QString &name,
                                               const std::function<Result<void>(Profile &)> &change,
                                               bool versionSet)
{
    auto *job = new Job<ProfileEdit>;
    const auto edited = workspace.editProfile(name, change, versionSet);
    if (!edited.ok()) {
        job->finish(edited.error());
        return job;
    }
    const Profile profile = edited.value();
    workspace.sessions().discardSession(profile.uuid)->then(job, [job, profile](Result<void> r) {
        ProfileEdit outcome {profile, QString()};
        if (!r.ok())
            outcome.warning =
                QCoreApplication::translate("sdsm",
                                            "the cached session could not be removed (%1); it "
                                            "will not be reused because its settings changed")
                    .arg(r.error().message);
        job->finish(outcome);
    });
    return job;
}

} // namespace sdsm
