// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sdsm {

struct Expiry;

// Wording and defaults about profiles and sessions that the CLI and the desktop app used to
// decide each on its own (issue 8 §1); both now ask here.

// The scope a profile asks for when none is set: every policy the identity holds.
QString defaultScope();

// The SanteDB version setting for people: "2.x", "3.x", "auto", or "auto (detected 3.x)" once a
// server told.
QString santeDbVersionText(SanteDbVersion setting, std::optional<Generation> detected);

// Where an expiry came from: "id_token exp", "expires_in, seconds", "expires_in, milliseconds",
// or "unknown" when the server sent neither.
QString expirySourceLabel(const QString &source);

// A session that "expires" within seconds of being issued because its expires_in was read as
// SanteDB 2.x milliseconds while the server counts seconds (a profile set to 2.x talking to a 3.x
// server): one translated sentence saying so, or empty when the expiry looks plausible.
QString expiryWarning(const Expiry &expiry, const QDateTime &issuedAt);

} // namespace sdsm
