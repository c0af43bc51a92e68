// SPDX-License-Identifier: Apache-2.0
#include "error.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sdsm {

int Error::exitCode() const
{
    switch (kind) {
    case ErrorKind::Internal:
        return 1;
    case ErrorKind::Usage:
    case ErrorKind::Config:
    case ErrorKind::Refused:
        return 2;
    case ErrorKind::OAuth:
    case ErrorKind::MfaRequired:
    case ErrorKind::MissingClaim:
    case ErrorKind::PasswordExpired:
    case ErrorKind::MissingPolicy:
        return 3;
    case ErrorKind::Http:
    case ErrorKind::Protocol:
    case ErrorKind::Oversize:
    case ErrorKind::Redirect:
    case ErrorKind::Timeout:
    case ErrorKind::Network:
    case ErrorKind::Tls:
        return 4;
    case ErrorKind::Keychain:
    case ErrorKind::SecretMissing:
        return 5;
    case ErrorKind::Interrupted:
        return 130;
    }
    return 1;
}

QString Error::kindName() const
{
    switch (kind) {
    case ErrorKind::Internal:
        return u"internal"_s;
    case ErrorKind::Usage:
        return u"usage"_s;
    case ErrorKind::Config:
        return u"config"_s;
    case ErrorKind::Refused:
        return u"refused"_s;
    case ErrorKind::OAuth:
        return u"oauth"_s;
    case ErrorKind::Http:
        return u"http"_s;
    case ErrorKind::Protocol:
        return u"protocol"_s;
    case ErrorKind::Oversize:
        return u"oversize"_s;
    case ErrorKind::Redirect:
        return u"redirect"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::Network:
        return u"network"_s;
    case ErrorKind::Tls:
        return u"tls"_s;
    case ErrorKind::MfaRequired:
        return u"mfa_required"_s;
    case ErrorKind::MissingClaim:
        return u"missing_claim"_s;
    case ErrorKind::PasswordExpired:
        return u"password_expired"_s;
    case ErrorKind::MissingPolicy:
        return u"missing_policy"_s;
    case ErrorKind::Keychain:
        return u"keychain"_s;
    case ErrorKind::SecretMissing:
        return u"secret_missing"_s;
    case ErrorKind::Interrupted:
        return u"interrupted"_s;
    }
    return u"internal"_s;
}

QString Remedy::actionName() const
{
    switch (action) {
    case RemedyAction::None:
        return {};
    case RemedyAction::SetSecret:
        return u"set_secret"_s;
    case RemedyAction::UnlockKeyring:
        return u"unlock_keyring"_s;
    case RemedyAction::StartKeyring:
        return u"start_keyring"_s;
    case RemedyAction::TrustCertificate:
        return u"trust_certificate"_s;
    case RemedyAction::RaiseTimeout:
        return u"raise_timeout"_s;
    case RemedyAction::EditProfileField:
        return u"edit_profile_field"_s;
    case RemedyAction::DisableProxy:
        return u"disable_proxy"_s;
    case RemedyAction::ListProfiles:
        return u"list_profiles"_s;
    case RemedyAction::AllowAnyOrigin:
        return u"allow_any_origin"_s;
    case RemedyAction::ChooseFacility:
        return u"choose_facility"_s;
    case RemedyAction::EnterMfaCode:
        return u"enter_mfa_code"_s;
    case RemedyAction::EnterPassword:
        return u"enter_password"_s;
    case RemedyAction::Login:
        return u"login"_s;
    }
    return {};
}

QJsonObject Error::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonValue remedyJson = remedy.action == RemedyAction::None
        ? QJsonValue()
        : QJsonValue(QJsonObject {{u"action"_s, remedy.actionName()},
                                  {u"argument"_s, orNull(remedy.argument)}});
    QJsonObject inner {
        {u"kind"_s, kindName()},
        {u"exit_code"_s, exitCode()},
        {u"message"_s, message},
        {u"server_error"_s, orNull(serverError)},
        {u"server_description"_s, orNull(serverDescription)},
        {u"http_status"_s, httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {u"remedy"_s, remedyJson},
    };
    if (!choices.isEmpty()) {
        QJsonArray offered;
        for (const Choice &c : choices)
            offered.append(QJsonObject {{u"id"_s, c.id}, {u"label"_s, c.label}});
        inner.insert(u"choices"_s, offered);
    }
    return QJsonObject {{u"error"_s, inner}};
}

std::optional<ErrorKind> parseErrorKind(const QString &name)
{
    for (int k = static_cast<int>(ErrorKind::Internal);
         k <= static_cast<int>(ErrorKind::Interrupted); ++k) {
        Error e;
        e.kind = static_cast<ErrorKind>(k);
        if (e.kindName() == name)
            return e.kind;
    }
    return std::nullopt;
}

Error makeError(ErrorKind kind, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    return e;
}

} // namespace sdsm
