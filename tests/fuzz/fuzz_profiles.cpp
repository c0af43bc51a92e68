// SPDX-License-Identifier: Apache-2.0
// The profile file as ProfileStore loads it, and each entry through Profile::fromJson (what an
// import reads): a valid profile must survive a round trip through its JSON.
#include "fuzzsupport.h"
#include "profile.h"
#include "profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString path = fuzz::scratchPath(QStringLiteral(u"profiles.json"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file");
        file.write(bytes);
    }
    // Loading checks each profile on its own; the cross-field rules run when the file is saved.
    const Result<ProfileStore::Snapshot> snapshot = ProfileStore(path).load();
    if (snapshot.ok()) {
        for (const Profile &profile : snapshot.value().profiles)
            (void)validateProfile(profile);
    }

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonArray entries = document.object().value(QStringLiteral(u"profiles")).toArray();
    for (const QJsonValue &entry : entries) {
        // fromJson reads what validation would refuse (an invalid server URL, say) and toJson
        // cannot write that back, so the round trip is checked on valid profiles.
        const Result<Profile> profile = Profile::fromJson(entry.toObject());
        if (!profile.ok() || !validateProfile(profile.value()).ok())
            continue;
        const Result<Profile> again = Profile::fromJson(profile.value().toJson());
        fuzz::require(again.ok() && again.value() == profile.value(),
                      "a profile does not survive a round trip through its JSON");
    }
    return 0;
}
