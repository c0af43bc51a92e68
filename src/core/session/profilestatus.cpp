// SPDX-License-Identifier: Apache-2.0
#include "profilestatus.h"

#include "statestore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sdsm {

StatusTone statusTone(ProfileStatus status)
{
    switch (status) {
    case ProfileStatus::NoSession:
    case ProfileStatus::Cancelled:
        return StatusTone::Neutral;
    case ProfileStatus::Working:
        return StatusTone::Busy;
    case ProfileStatus::Valid:
        return StatusTone::Good;
    case ProfileStatus::Expiring:
        return StatusTone::Warning;
    case ProfileStatus::Expired:
    case ProfileStatus::Failed:
        return StatusTone::Bad;
    }
    return StatusTone::Neutral;
}

QString statusLabel(ProfileStatus status)
{
    switch (status) {
    case ProfileStatus::NoSession:
        return QCoreApplication::translate("sdsm", "No session");
    case ProfileStatus::Working:
        return QCoreApplication::translate("sdsm", "Getting a session…");
    case ProfileStatus::Valid:
        return QCoreApplication::translate("sdsm", "Valid");
    case ProfileStatus::Expiring:
        return QCoreApplication::translate("sdsm", "Expiring");
    case ProfileStatus::Expired:
        return QCoreApplication::translate("sdsm", "Expired");
    case ProfileStatus::Failed:
        return QCoreApplication::translate("sdsm", "Failed");
    case ProfileStatus::Cancelled:
        return QCoreApplication::translate("sdsm", "Cancelled");
    }
    return {};
}

bool isExpiring(const QDateTime &expiresAt, const QDateTime &startedAt, const QDateTime &now,
                qint64 warningSeconds)
{
    if (!expiresAt.isValid())
        return false;
    const qint64 leftMs = now.msecsTo(expiresAt);
    if (leftMs <= 0)
        return false;
    if (leftMs < warningSeconds * 1000)
        return true;
    if (!startedAt.isValid())
        return false;
    const qint64 lifetimeMs = startedAt.msecsTo(expiresAt);
    return lifetimeMs > 0
        && static_cast<double>(leftMs) < ExpiringShare * static_cast<double>(lifetimeMs);
}

ProfileStatus sessionStatus(const QDateTime &expiresAt, const QDateTime &startedAt,
                            const QDateTime &now, qint64 warningSeconds)
{
    if (!expiresAt.isValid())
        return ProfileStatus::Valid;
    if (now >= expiresAt)
        return ProfileStatus::Expired;
    return isExpiring(expiresAt, startedAt, now, warningSeconds) ? ProfileStatus::Expiring
                                                                 : ProfileStatus::Valid;
}

ProfileStatus profileStatus(const ProfileState &state, const QDateTime &now, qint64 warningSeconds)
{
    if (state.lastResult.isEmpty())
        return ProfileStatus::NoSession;
    const bool obtained = state.lastResult == u"ok"_s;
    if (obtained || state.lastResult == u"cached"_s) {
        // No expiry after a success: the session was forgotten since, or never cacheable.
        if (!state.expiresAt.isValid())
            return ProfileStatus::NoSession;
        return sessionStatus(state.expiresAt, obtained ? state.lastAt : QDateTime(), now,
                             warningSeconds);
    }
    if (parseErrorKind(state.lastResult) != ErrorKind::Interrupted)
        return ProfileStatus::Failed;
    // A cancel is not a failure, and it leaves the session it interrupted as it was.
    if (state.expiresAt.isValid() && now < state.expiresAt)
        return sessionStatus(state.expiresAt, QDateTime(), now, warningSeconds);
    return ProfileStatus::Cancelled;
}

QString errorKindLabel(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Internal:
        return QCoreApplication::translate("sdsm", "Internal error");
    case ErrorKind::Usage:
    case ErrorKind::Config:
        return QCoreApplication::translate("sdsm", "Profile settings unusable");
    case ErrorKind::Refused:
        return QCoreApplication::translate("sdsm", "Refused before sending");
    case ErrorKind::OAuth:
        return QCoreApplication::translate("sdsm", "Refused by the server");
    case ErrorKind::Http:
        return QCoreApplication::translate("sdsm", "Server error");
    case ErrorKind::Protocol:
        return QCoreApplication::translate("sdsm", "Unusable answer");
    case ErrorKind::Oversize:
        return QCoreApplication::translate("sdsm", "Answer too large");
    case ErrorKind::Redirect:
        return QCoreApplication::translate("sdsm", "Redirected");
    case ErrorKind::Timeout:
        return QCoreApplication::translate("sdsm", "Timed out");
    case ErrorKind::Network:
        return QCoreApplication::translate("sdsm", "Server unreachable");
    case ErrorKind::Tls:
        return QCoreApplication::translate("sdsm", "Certificate problem");
    case ErrorKind::MfaRequired:
        return QCoreApplication::translate("sdsm", "One-time code needed");
    case ErrorKind::MissingClaim:
        return QCoreApplication::translate("sdsm", "Facility needed");
    case ErrorKind::PasswordExpired:
        return QCoreApplication::translate("sdsm", "Password expired");
    case ErrorKind::MissingPolicy:
        return QCoreApplication::translate("sdsm", "Expected policy missing");
    case ErrorKind::Keychain:
        return QCoreApplication::translate("sdsm", "Keychain unavailable");
    case ErrorKind::SecretMissing:
        return QCoreApplication::translate("sdsm", "Secret missing");
    case ErrorKind::Interrupted:
        return QCoreApplication::translate("sdsm", "Cancelled");
    }
    return QCoreApplication::translate("sdsm", "Failed");
}

} // namespace sdsm
