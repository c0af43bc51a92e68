// SPDX-License-Identifier: Apache-2.0
#include "timetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Truncated towards zero, so anything closer than one second is 0, which reads as "now".
qint64 secondsUntil(const QDateTime &at, const QDateTime &now)
{
    return now.msecsTo(at) / 1000;
}

QString offsetText(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    const QChar zero = u'0';
    return sign
        + u"%1:%2"_s.arg(magnitude / 3600, 2, 10, zero).arg((magnitude % 3600) / 60, 2, 10, zero);
}

} // namespace

// Whole units, rounded down: "29 min" for 1799 s matches what a person expects from a
// 30-minute session that started a moment ago. Counts go through %n so a translation can give
// each unit its plural forms.
QString spanText(qint64 seconds)
{
    if (seconds < kMinute)
        return QCoreApplication::translate("sdsm", "%n s", nullptr, int(seconds));
    if (seconds < kHour)
        return QCoreApplication::translate("sdsm", "%n min", nullptr, int(seconds / kMinute));
    if (seconds < 2 * kDay) {
        const int hours = int(seconds / kHour);
        const int minutes = int((seconds % kHour) / kMinute);
        if (minutes == 0)
            return QCoreApplication::translate("sdsm", "%n h", nullptr, hours);
        return QCoreApplication::translate("sdsm", "%1 h %2 min").arg(hours).arg(minutes);
    }
    return QCoreApplication::translate("sdsm", "%n days", nullptr, int(seconds / kDay));
}

QString expiryRelativeText(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = secondsUntil(at, now);
    if (seconds == 0)
        return QCoreApplication::translate("sdsm", "expires now");
    if (seconds > 0)
        return QCoreApplication::translate("sdsm", "expires in %1").arg(spanText(seconds));
    return QCoreApplication::translate("sdsm", "expired %1 ago").arg(spanText(-seconds));
}

QString relativeText(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = secondsUntil(at, now);
    if (seconds == 0)
        return QCoreApplication::translate("sdsm", "now");
    if (seconds > 0)
        return QCoreApplication::translate("sdsm", "in %1").arg(spanText(seconds));
    return QCoreApplication::translate("sdsm", "%1 ago").arg(spanText(-seconds));
}

QString timeLeftText(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = secondsUntil(at, now);
    if (seconds == 0)
        return QCoreApplication::translate("sdsm", "expires now");
    if (seconds > 0)
        return QCoreApplication::translate("sdsm", "%1 left").arg(spanText(seconds));
    return QCoreApplication::translate("sdsm", "expired %1 ago").arg(spanText(-seconds));
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

QString localText(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    return local.toString(u"yyyy-MM-dd HH:mm:ss "_s) + offsetText(local.offsetFromUtc());
}

QString localeText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString localeClockText(const QDateTime &t)
{
    // Hours and minutes: some locales' short form (C's among them) carries seconds too.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(u"[:.]ss?"_s));
    return QLocale().toString(t.toLocalTime().time(), format);
}

QString localIsoText(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    return local.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + offsetText(local.offsetFromUtc());
}

} // namespace sdsm
