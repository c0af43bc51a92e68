// SPDX-License-Identifier: Apache-2.0
#include "profiletext.h"

#include "tokenprotocol.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// A SanteDB session lasts minutes to hours; one read in the wrong unit lasts a thousandth of
// that, so anything shorter than this from a milliseconds reading is the wrong unit.
constexpr qint64 ImplausibleLifetimeSeconds = 60;

} // namespace

QString defaultScope()
{
    return Profile().scope; // a new profile's default, so the two cannot drift apart
}

QString santeDbVersionText(SanteDbVersion setting, std::optional<Generation> detected)
{
    switch (setting) {
    case SanteDbVersion::V2:
        return QCoreApplication::translate("sdsm", "2.x");
    case SanteDbVersion::V3:
        return QCoreApplication::translate("sdsm", "3.x");
    case SanteDbVersion::Auto:
        break;
    }
    if (!detected)
        return QCoreApplication::translate("sdsm", "auto");
    return QCoreApplication::translate("sdsm", "auto (detected %1.x)")
        .arg(static_cast<int>(*detected));
}

QString expirySourceLabel(const QString &source)
{
    if (source == u"id_token_exp"_s)
        return QCoreApplication::translate("sdsm", "id_token exp");
    if (source == u"expires_in_s"_s)
        return QCoreApplication::translate("sdsm", "expires_in, seconds");
    if (source == u"expires_in_ms"_s)
        return QCoreApplication::translate("sdsm", "expires_in, milliseconds");
    return QCoreApplication::translate("sdsm", "unknown");
}

QString expiryWarning(const Expiry &expiry, const QDateTime &issuedAt)
{
    if (!expiry.at.isValid() || !issuedAt.isValid() || !expiry.millisecondsUnit
        || expiry.source != u"expires_in_ms"_s)
        return {};
    if (issuedAt.secsTo(expiry.at) >= ImplausibleLifetimeSeconds)
        return {};
    return QCoreApplication::translate(
               "sdsm",
               "The expiry looks wrong: the session would end %1 s after it was issued "
               "because expires_in was read as SanteDB 2.x milliseconds; this server "
               "probably speaks SanteDB 3.x — set the profile's SanteDB version to 3.x or "
               "automatic.")
        .arg(std::max<qint64>(0, issuedAt.secsTo(expiry.at)));
}

} // namespace sdsm
