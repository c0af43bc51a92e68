// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile.h"
#include "result.h"

#include <QString>
#include <QUrl>

namespace sdsm {

// "Authorization: Bearer <token>": what the CLI prints and the desktop app copies.
QString bearerHeader(const QString &accessToken);

// Where a ready-made request goes: a PATH is appended to the server root's path, no argument
// means <root>/auth/session, and a URL on another origin is refused (its bearer token would go
// elsewhere) unless anyOrigin.
Result<QUrl> requestTarget(const Profile &profile, const QString &pathOrUrl, bool anyOrigin);

// One line for POSIX shells, every argument single-quoted.
QString curlCommandLine(const Profile &profile, const QString &accessToken, const QUrl &target);

} // namespace sdsm
