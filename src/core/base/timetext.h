// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace sdsm {

// Wording for token times, shared by the CLI and the app so both say the same thing.
// Every function takes `now` from the caller (a Clock), never the wall clock.

// "expires in 29 min", "expires in 2 h 5 min", "expires in 45 s", "expires in 3 days" (from
// 48 h on), "expired 3 min ago", "expires now" (|at - now| < 1 s).
QString expiryRelativeText(const QDateTime &at, const QDateTime &now);
// The same spans without a verb: "in 29 min", "3 min ago", "now".
QString relativeText(const QDateTime &at, const QDateTime &now);
// The span alone, by the one rounding rule every front end uses (whole units, rounded down, so
// the list, the panel, the tray and the CLI never disagree by a minute): "45 s", "29 min",
// "2 h 5 min", "3 days".
QString spanText(qint64 seconds);
// For people, translated: "59 min left", "45 s left", "expired 3 min ago", "expires now".
QString timeLeftText(const QDateTime &at, const QDateTime &now);
// "2026-11-29T10:15:00Z" (yyyy-MM-ddTHH:mm:ssZ, the JSON format).
QString utcText(const QDateTime &t);
// Local time with its UTC offset for people: "2026-11-29 11:15:00 +01:00".
QString localText(const QDateTime &t);
// The same instant as a person of the current locale writes it ("01/12/2026 20:46" in French):
// for the desktop app, where the CLI keeps the ISO form.
QString localeText(const QDateTime &t);
// The local time of day alone, in the current locale's short form.
QString localeClockText(const QDateTime &t);
// Local time with its UTC offset as ISO 8601 for JSON: "2026-11-29T11:15:00+01:00".
QString localIsoText(const QDateTime &t);

} // namespace sdsm
