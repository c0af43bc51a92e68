// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the libFuzzer targets share: the input as Qt types, a canary secret that must never come
// out of the code under test, a scratch folder, and a way to fail loudly on a broken invariant.

#include "redactor.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sdsm::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Holds a character of each kind an encoder treats specially, none of "[redacted]"'s brackets.
inline const QString &canary()
{
    static const QString value = QStringLiteral(u"FUZZ-CANARY-s3cr/+=:é €");
    return value;
}

inline Redactor canaryRedactor()
{
    Redactor redactor;
    redactor.addSecret(canary());
    redactor.addDevicePair(QStringLiteral(u"fuzz-device"), canary());
    return redactor;
}

// A broken invariant is a finding: abort so libFuzzer saves the input.
inline void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

// A file path in a folder that lives as long as the fuzzer.
inline QString scratchPath(const QString &name)
{
    static const QTemporaryDir dir;
    return dir.filePath(name);
}

} // namespace sdsm::fuzz
