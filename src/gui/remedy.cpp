#include "remedy.h"

#include "profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sdsm::gui::Remedy", text);
}

} // namespace

QString profileFieldLabel(const QString &field)
{
    if (field == u"server"_s)
        return tr("server URL");
    if (field == u"client_id"_s)
        return tr("client ID");
    if (field == u"device_id"_s)
        return tr("device ID");
    if (field == u"device_cert"_s)
        return tr("device certificate");
    if (field == u"device_key"_s)
        return tr("device key file");
    if (field == u"ca_file"_s)
        return tr("CA file");
    if (field == u"pin_sha256"_s)
        return tr("pinned certificate");
    if (field == u"allow_http"_s)
        return tr("plain http setting");
    if (field == u"username"_s)
        return tr("user name");
    if (field == u"facility"_s)
        return tr("facility");
    if (field == u"scope"_s)
        return tr("scope");
    if (field == u"token_endpoint"_s)
        return tr("token endpoint");
    if (field == u"santedb_version"_s)
        return tr("SanteDB version");
    return tr("profile");
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
        return tr("Enter the %1…").arg(kind ? secretKindLabel(*kind) : tr("secret"));
    }
    case RemedyAction::UnlockKeyring:
        return tr("How to unlock the keyring…");
    case RemedyAction::StartKeyring:
        return tr("How to start a keyring…");
    case RemedyAction::TrustCertificate:
        return tr("Review the certificate…");
    case RemedyAction::RaiseTimeout:
        return tr("Allow more time…");
    case RemedyAction::EditProfileField:
        return tr("Edit the %1…").arg(profileFieldLabel(remedy.argument));
    case RemedyAction::DisableProxy:
        return tr("Turn off the proxy…");
    case RemedyAction::ChooseFacility:
        return tr("Choose a facility…");
    case RemedyAction::EnterMfaCode:
        return tr("Enter the code…");
    case RemedyAction::EnterPassword:
        return tr("Enter the password…");
    case RemedyAction::Login:
        return tr("Get a new session");
    }
    return {};
}

bool remedyRetries(const Remedy &remedy)
{
    return remedy.action == RemedyAction::EnterMfaCode
        || remedy.action == RemedyAction::EnterPassword || remedy.action == RemedyAction::Login;
}

} // namespace sdsm::gui
