// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sdsm {

// Wiping for byte arrays that are not SecretBytes, because they are filled piece by piece (an
// HTTP answer as it arrives) or handed on (a request body): zeroed with OPENSSL_cleanse before
// their memory is released.

// Zeroes the array when this code is its only owner (a shared copy is someone else's to wipe),
// then empties it.
void wipe(QByteArray &bytes);
// Appends without leaving an unwiped copy behind: when the array must grow, the new block is
// allocated here and the old one wiped before it is freed (QByteArray's own growth would free it
// as it is). Growth doubles but stops at `capacityLimit` (more only when needed), so a bounded
// buffer never reserves much past its bound.
void appendWiping(QByteArray &target, QByteArrayView bytes, qsizetype capacityLimit);
// Drops the first `count` bytes, moving the rest to the front and wiping the freed tail.
void dropFrontWiping(QByteArray &bytes, qsizetype count);

// Bytes that hold a secret (a password, a private key, an HMAC key), wiped when they go out of
// scope so they do not linger in freed memory. Move-only: a copy would be a second, unwiped place.
class SecretBytes
{
public:
    SecretBytes() = default;
    // Takes the array over; pass one nobody else shares (toUtf8(), QFile::readAll(), ...).
    explicit SecretBytes(QByteArray &&bytes);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    const QByteArray &bytes() const { return m_bytes; }
    QByteArrayView view() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    void wipe();

    QByteArray m_bytes;
};

} // namespace sdsm
