// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sdsm {

struct ProfileState;

// What a profile's session is doing, decided once for the list, the session panel, the tray and
// the CLI (issue 8 §1): front ends present it, they never work it out from strings.
enum class ProfileStatus {
    NoSession, // never tried, or the session was forgotten (profile edited, secrets cleared)
    Working, // a request is running (only a front end knows; the state files cannot say)
    Valid,
    Expiring, // still usable, but little of it is left (isExpiring)
    Expired,
    Failed, // the last attempt failed
    Cancelled, // the last attempt was cancelled by the person: not a failure
};

// The colour a status is shown in, by meaning rather than by hue: each front end picks a colour
// per tone that reads on its own background (light and dark palettes), and always shows the
// label or an icon beside it, so nothing depends on colour alone.
enum class StatusTone { Neutral, Busy, Good, Warning, Bad };

StatusTone statusTone(ProfileStatus status);
// A short translated label: "No session", "Getting a session…", "Valid", "Expiring",
// "Expired", "Failed", "Cancelled".
QString statusLabel(ProfileStatus status);

// Below this share of its lifetime left, a session is expiring (the expiry bar turns to the
// warning tone at the same point).
inline constexpr double ExpiringShare = 0.2;

// True while the session is usable but has less than `warningSeconds` left, or less than
// ExpiringShare of its lifetime (`startedAt` to `expiresAt`; an invalid start means unknown).
bool isExpiring(const QDateTime &expiresAt, const QDateTime &startedAt, const QDateTime &now,
                qint64 warningSeconds);

// A session's status from its expiry at `now`: Valid, Expiring or Expired; Valid when the expiry
// is unknown (such a session never expires by itself).
ProfileStatus sessionStatus(const QDateTime &expiresAt, const QDateTime &startedAt,
                            const QDateTime &now, qint64 warningSeconds);

// A profile's status from its non-secret state (listing reads no keychain). The lifetime counts
// from the last attempt when that attempt obtained the session.
ProfileStatus profileStatus(const ProfileState &state, const QDateTime &now, qint64 warningSeconds);

// What went wrong, in a person's words, short enough for a badge: "Secret missing", "Refused by
// the server", "Keychain unavailable", "Timed out", ...
QString errorKindLabel(ErrorKind kind);

} // namespace sdsm
