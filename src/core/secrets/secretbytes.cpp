// SPDX-License-Identifier: Apache-2.0
#include "secretbytes.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace sdsm {

void wipe(QByteArray &bytes)
{
    // OPENSSL_cleanse, unlike memset, is never optimised away.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void appendWiping(QByteArray &target, QByteArrayView bytes, qsizetype capacityLimit)
{
    const qsizetype needed = target.size() + bytes.size();
    if (needed > target.capacity()) {
        QByteArray grown;
        const qsizetype doubled = std::max<qsizetype>(2 * target.capacity(), 4096);
        grown.reserve(std::max(needed, std::min(doubled, capacityLimit)));
        grown.append(target);
        wipe(target);
        target = std::move(grown);
    }
    target.append(bytes);
}

void dropFrontWiping(QByteArray &bytes, qsizetype count)
{
    if (count <= 0)
        return;
    const qsizetype left = bytes.size() - count;
    char *data = bytes.data(); // detaches if shared, so only this copy is touched
    std::memmove(data, data + count, static_cast<size_t>(left));
    OPENSSL_cleanse(data + left, static_cast<size_t>(count));
    bytes.truncate(left);
}

SecretBytes::SecretBytes(QByteArray &&bytes)
    : m_bytes(std::move(bytes))
{ }

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, {}))
{ }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::wipe()
{
    sdsm::wipe(m_bytes);
}

} // namespace sdsm
