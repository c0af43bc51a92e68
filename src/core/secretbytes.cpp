#include "secretbytes.h"

#include <openssl/crypto.h>

#include <utility>

namespace sdsm {

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
    // OPENSSL_cleanse, unlike memset, is never optimised away.
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}

} // namespace sdsm
