#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace sdsm {

// Bytes that may hold credentials or tokens are zeroed before their memory is released.

// Zeroes the array's memory when this array is its only owner (a shared copy is someone
// else's to scrub), then empties it.
inline void scrub(QByteArray &bytes)
{
    if (bytes.isDetached())
        bytes.fill('\0');
    bytes.clear();
}

// Appends without leaving a stale copy behind: when the array must grow, the new block is
// allocated here and the old one is zeroed before it is freed (QByteArray's own growth would
// free it as it is). Growth doubles but stops at `capacityLimit` (more only when needed), so a
// bounded buffer never reserves much past its bound.
inline void appendScrubbed(QByteArray &target, QByteArrayView bytes, qsizetype capacityLimit)
{
    const qsizetype needed = target.size() + bytes.size();
    if (needed > target.capacity()) {
        QByteArray grown;
        const qsizetype doubled = std::max<qsizetype>(2 * target.capacity(), 4096);
        grown.reserve(std::max(needed, std::min(doubled, capacityLimit)));
        grown.append(target);
        scrub(target);
        target = std::move(grown);
    }
    target.append(bytes);
}

// Drops the first `count` bytes, moving the rest to the front and zeroing the freed tail.
inline void dropFrontScrubbed(QByteArray &bytes, qsizetype count)
{
    if (count <= 0)
        return;
    const qsizetype left = bytes.size() - count;
    char *data = bytes.data(); // detaches if shared, so only our copy is touched
    std::memmove(data, data + count, static_cast<size_t>(left));
    std::memset(data + left, 0, static_cast<size_t>(count));
    bytes.truncate(left);
}

} // namespace sdsm
