// SPDX-License-Identifier: Apache-2.0
#include "remedy.h"

#include "profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

QString profileFieldLabel(const QString &field)
{
    if (field == u"server"_s)
        return QCoreApplication::translate("sdsm", "server URL");
    if (field == u"client_id"_s)
        return QCoreApplication::translate("sdsm", "client ID");
    if (field == u"device_id"_s)
        return QCoreApplication::translate("sdsm", "device ID");
    if (field == u"device_cert"_s)
        return QCoreApplication::translate("sdsm", "device certificate");
    if (field == u"device_key"_s)
        return QCoreApplication::translate("sdsm", "device key file");
    if (field == u"ca_file"_s)
        return QCoreApplication::translate("sdsm", "CA file");
    if (field == u"pin_sha256"_s)
        return QCoreApplication::translate("sdsm", "pinned certificate");
    if (field == u"allow_http"_s)
        return QCoreApplication::translate("sdsm", "plain http setting");
    if (field == u"username"_s)
        return QCoreApplication::translate("sdsm", "user name");
    if (field == u"facility"_s)
        return QCoreApplication::translate("sdsm", "facility");
    if (field == u"scope"_s)
        return QCoreApplication::translate("sdsm", "scope");
    if (field == u"token_endpoint"_s)
        return QCoreApplication::translate("sdsm", "token endpoint");
    if (field == u"santedb_version"_s)
        return QCoreApplication::translate("sdsm", "SanteDB version");
    return QCoreApplication::translate("sdsm", "profile");
}

QString remedyButtonText(const Remedy &remedy)
{
    switch (remedy.action) {
    case RemedyAction::None:
    case RemedyAction::ListProfiles:
    case RemedyAction::AllowAnyOrigin:
        return {};
    case RemedyAction::SetSecret: {
        const auto kind = parseSecretKind(remedy.argument);
        return QCoreApplication::translate("sdsm", "Enter the %1…")
            .arg(kind ? secretKindLabel(*kind) : QCoreApplication::translate("sdsm", "secret"));
    }
    case RemedyAction::UnlockKeyring:
        return QCoreApplication::translate("sdsm", "How to unlock the keyring…");
    case RemedyAction::StartKeyring:
        return QCoreApplication::translate("sdsm", "How to start a keyring…");
    case RemedyAction::TrustCertificate:
        return QCoreApplication::translate("sdsm", "Review the certificate…");
    case RemedyAction::RaiseTimeout:
        return QCoreApplication::translate("sdsm", "Allow more time…");
    case RemedyAction::EditProfileField:
        return QCoreApplication::translate("sdsm", "Edit the %1…")
            .arg(profileFieldLabel(remedy.argument));
    case RemedyAction::DisableProxy:
        return QCoreApplication::translate("sdsm", "Turn off the proxy…");
    case RemedyAction::ChooseFacility:
        return QCoreApplication::translate("sdsm", "Choose a facility…");
    case RemedyAction::EnterMfaCode:
        return QCoreApplication::translate("sdsm", "Enter the code…");
    case RemedyAction::EnterPassword:
        return QCoreApplication::translate("sdsm", "Enter the password…");
    case RemedyAction::Login:
        return QCoreApplication::translate("sdsm", "Get a new session");
    }
    return {};
}

bool remedyRetries(const Remedy &remedy)
{
    return remedy.action == RemedyAction::EnterMfaCode
        || remedy.action == RemedyAction::EnterPassword || remedy.action == RemedyAction::Login;
}

} // namespace sdsm::gui
