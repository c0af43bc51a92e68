#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sdsm {

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
