#pragma once

#include <QJsonObject>
#include <QString>

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
    Keychain, // exit 5: no Secret Service, locked keyring, backend error
    SecretMissing, // exit 5: the keychain works but a required secret is not stored
    Interrupted, // exit 130
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

    int exitCode() const;
    QString kindName() const;
    // {"error": {kind, exit_code, message, server_error, server_description, http_status}}
    QJsonObject toJson() const;
};

Error makeError(ErrorKind kind, const QString &message);

} // namespace sdsm
