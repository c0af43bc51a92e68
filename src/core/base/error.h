// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateinfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sdsm {

// What went wrong, coarse enough to choose an exit code, fine enough for scripts to branch on.
// The CLI prints kindName() in `--json` errors; the desktop app shows message().
enum class ErrorKind {
    Internal, // exit 1: a bug or an impossible state
    Usage, // exit 2: bad command line
    Config, // exit 2: profile file or profile settings unusable
    Refused, // exit 2: input refused locally before anything was sent or stored
    OAuth, // exit 3: an OAuth error body with HTTP 400, 401 or 403
    Http, // exit 4: any other HTTP status
    Protocol, // exit 4: a 2xx answer that is not a usable token response
    Oversize, // exit 4: the body passed the size cap
    Redirect, // exit 4: a 3xx on a credential request
    Timeout, // exit 4: the total deadline passed
    Network, // exit 4: DNS, connection refused or reset
    Tls, // exit 4: certificate or handshake problem
    MfaRequired, // exit 3: the server wants a one-time code and there was no way to ask for one
    MissingClaim, // exit 3: the server wants a facility chosen and none could be
    PasswordExpired, // exit 3: the user must change the password in SanteDB first
    MissingPolicy, // exit 3: a session was granted without a policy it was expected to carry
    Keychain, // exit 5: no Secret Service, locked keyring, backend error
    SecretMissing, // exit 5: the keychain works but a required secret is not stored
    Interrupted, // exit 130
};

// What a person can do about an error. The core names the action and never words it as a
// command line: the CLI turns it into a `santedb-session …` command, the desktop app into a button
// that does it (issue 8 §1).
enum class RemedyAction {
    None,
    SetSecret, // argument: the secret kind name ("client", "device", "cert-password", "password")
    UnlockKeyring, // the keyring exists but is locked or not set up
    StartKeyring, // no Secret Service (or other keychain backend) is running
    TrustCertificate, // review the server's certificate and trust it for its origin
    RaiseTimeout, // the deadline passed: allow more time
    EditProfileField, // argument: the profile field ("server", "client_id", "device_id", ...)
    DisableProxy, // the proxy failed: bypass it
    ListProfiles, // the named profile does not exist
    AllowAnyOrigin, // a ready-made request would send the token to another origin
    ChooseFacility, // the server wants a facility chosen from Error::choices
    EnterMfaCode, // the server wants a one-time code
    EnterPassword, // the password is asked each time and there was no way to ask
    Login, // the session is gone: get a new one
};

struct Remedy
{
    RemedyAction action = RemedyAction::None;
    QString argument;

    // Stable English names for `--json` ("set_secret", ...); "" for None.
    QString actionName() const;
    friend bool operator==(const Remedy &, const Remedy &) = default;
};

// One of the values a server offered (a facility it wants chosen): its id and a name for people.
struct Choice
{
    QString id;
    QString label;
    friend bool operator==(const Choice &, const Choice &) = default;
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    // One sentence for a person: what failed, why, what to do. Never holds a secret.
    QString message;
    // From an OAuth error body, already redacted; empty when there was none.
    QString serverError;
    QString serverDescription;
    int httpStatus = 0; // 0 when no HTTP answer was received
    Remedy remedy;
    // The server certificate a TLS error is about (untrusted or changed), so a person can review
    // it before trusting it; null otherwise.
    CertificateInfo certificate;
    // What the server offered to choose from (missing_claim), already cleaned; empty otherwise.
    QList<Choice> choices;

    // Attaches the remedy (fluent, so `return makeError(...).with(...)` reads as one sentence).
    Error &&with(Remedy r) &&
    {
        remedy = std::move(r);
        return std::move(*this);
    }

    int exitCode() const;
    QString kindName() const;
    // {"error": {kind, exit_code, message, server_error, server_description, http_status,
    //            remedy: {action, argument} | null, choices: [{id, label}] (only when offered)}}
    QJsonObject toJson() const;
};

Error makeError(ErrorKind kind, const QString &message);
// The kind a kindName() names ("oauth", ...); nullopt for anything else.
std::optional<ErrorKind> parseErrorKind(const QString &name);

} // namespace sdsm
