// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sdsm {

// The cached session as keychain entries no larger than the smallest keychain's limit. Windows'
// Credential Manager refuses a blob over 2,560 bytes, and a session whose id_token lists forty
// policies is larger than that, so a session that does not fit one entry is packed: JSON Web
// Tokens inside it are stored as their decoded bytes (base64 text barely compresses), the whole
// is compressed, and the result is split over as many entries as it needs. The same format is
// used on every platform, so the tests on Linux prove what Windows relies on.
namespace sessionpack {

// Bytes of UTF-8 per entry, under Windows' 2,560 with room to spare.
inline constexpr qsizetype MaxEntryBytes = 2500;
// A cached session never needs more; a larger one is refused rather than spread further.
inline constexpr int MaxEntries = 8;

// The entries to store, first one first; nullopt when even packed the session needs more than
// MaxEntries. A session that fits one entry is stored as it is.
std::optional<QStringList> pack(const QString &text);

// How many entries a session occupies, read from its first entry (1 when it was not packed);
// nullopt when the first entry claims an impossible count.
std::optional<int> entryCount(const QString &firstEntry);

// The session's text back from all its entries; nullopt when they do not form one session (a
// damaged entry, or parts of two different writes).
std::optional<QString> unpack(const QStringList &entries);

} // namespace sessionpack
} // namespace sdsm
