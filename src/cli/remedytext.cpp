// SPDX-License-Identifier: Apache-2.0
#include "remedytext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

// A profile field as the option that sets it: "client_id" -> "--client-id".
QString optionFor(const QString &field)
{
    return u"--"_s + QString(field).replace(u'_', u'-');
}

// Profile names may hold spaces or shell characters; quote them only when needed so the usual
// case stays readable and the unusual one still pastes correctly.
QString shellWord(const QString &word)
{
    static const QString plain =
        u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@/:+,="_s;
    const bool needsQuotes = word.isEmpty()
        || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return !plain.contains(c); });
    if (!needsQuotes)
        return word;
    return u'\'' + QString(word).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

QString command(const QString &words)
{
    return u'`' + u"santedb-session "_s + words + u'`';
}

} // namespace

QString remedyText(const Remedy &remedy, const QString &profile, bool editingProfile)
{
    const QString name = profile.isEmpty() ? u"NAME"_s : shellWord(profile);
    switch (remedy.action) {
    case RemedyAction::None:
        return {};
    case RemedyAction::SetSecret:
        return QCoreApplication::translate("santedb-session", "run %1")
            .arg(command(u"secret set %1 %2"_s.arg(name, remedy.argument)));
    case RemedyAction::UnlockKeyring:
        return QCoreApplication::translate(
            "santedb-session",
            "unlock it (log in to the desktop, or unlock the login keyring) and retry");
    case RemedyAction::StartKeyring:
        return QCoreApplication::translate(
            "santedb-session", "start gnome-keyring or KWallet in this session and retry");
    case RemedyAction::TrustCertificate:
        return QCoreApplication::translate("santedb-session", "review it with %1")
            .arg(command(u"profile trust "_s + name));
    case RemedyAction::RaiseTimeout:
        return QCoreApplication::translate("santedb-session",
                                           "retry with a larger `--timeout SECONDS`");
    case RemedyAction::EditProfileField:
        if (editingProfile)
            return QCoreApplication::translate("santedb-session", "use `%1`")
                .arg(optionFor(remedy.argument));
        return QCoreApplication::translate("santedb-session", "change it with %1")
            .arg(command(u"profile edit %1 %2"_s.arg(name, optionFor(remedy.argument))));
    case RemedyAction::DisableProxy:
        return QCoreApplication::translate("santedb-session", "or retry with `--no-proxy`");
    case RemedyAction::ListProfiles:
        return QCoreApplication::translate("santedb-session", "see %1")
            .arg(command(u"profile list"_s));
    case RemedyAction::AllowAnyOrigin:
        return QCoreApplication::translate("santedb-session",
                                           "add `--any-origin` if that is intended");
    case RemedyAction::ChooseFacility:
        return QCoreApplication::translate("santedb-session", "choose one with `--facility UUID`");
    case RemedyAction::EnterMfaCode:
        return QCoreApplication::translate(
            "santedb-session",
            "run the command on a terminal, or give the code with `--mfa-stdin`");
    case RemedyAction::EnterPassword:
        return QCoreApplication::translate(
            "santedb-session",
            "run the command on a terminal, or give the password with `--password-stdin`");
    case RemedyAction::Login:
        return QCoreApplication::translate("santedb-session", "get a new session with %1")
            .arg(command(u"login "_s + name));
    }
    return {};
}

QString errorSentence(const Error &error, const QString &profile, bool editingProfile)
{
    const QString remedy = remedyText(error.remedy, profile, editingProfile);
    return remedy.isEmpty() ? error.message : error.message + u" — "_s + remedy;
}

QString errorLine(const Error &error, const QString &profile, bool editingProfile)
{
    return QCoreApplication::translate("santedb-session", "error: %1")
        .arg(errorSentence(error, profile, editingProfile));
}

} // namespace sdsm::cli
