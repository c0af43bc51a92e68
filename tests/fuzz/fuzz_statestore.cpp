// SPDX-License-Identifier: Apache-2.0
// state.json as StateStore reads it, then one read-modify-write over whatever was there.
#include "fuzzsupport.h"
#include "statestore.h"

#include <QFile>

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::scratchPath(QStringLiteral(u"state.json"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file");
        file.write(fuzz::bytesOf(data, size));
    }
    StateStore store(path);
    const QHash<QUuid, ProfileState> before = store.all();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        (void)ProfileState::fromJson(it.value().toJson());

    const QUuid uuid = QUuid::fromString(QStringLiteral(u"{6f1c4e2a-8d3b-4c5e-9f7a-1b2c3d4e5f60}"));
    const Result<void> updated = store.update(uuid, [](ProfileState &state) {
        state.lastResult = QStringLiteral(u"ok");
        state.generation = Generation::V3;
    });
    if (updated.ok()) {
        const ProfileState after = store.get(uuid);
        fuzz::require(after.lastResult == QStringLiteral(u"ok")
                          && after.generation == Generation::V3,
                      "an update was lost");
    }
    return 0;
}
