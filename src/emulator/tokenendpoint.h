// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatoroptions.h"
#include "httpmessage.h"
#include "sessionstore.h"
#include "tokenissuer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdsm::emu {

// POST /auth/oauth2_token of one SanteDB generation: the client_credentials, password and
// refresh_token grants with their devices, applications, users and errors (santedb-auth.md §3,
// §4, §9), and the --fault misbehaviours (which AuthEndpoints applies to the --fault-on route).
class TokenEndpoint
{
public:
    TokenEndpoint(const EmulatorOptions &options, SessionStore &sessions, TokenIssuer &issuer);
    Q_DISABLE_COPY_MOVE(TokenEndpoint)

    void setPort(int port) { m_port = port; }
    // The endpoint's own answer, without any fault.
    HttpResponse handle(const RecordedRequest &request);

    using Refusal = std::optional<HttpResponse>;
    // The answer of a fault that replaces the endpoint's (hang, close-early, gzip-bomb, echoes...),
    // or nullopt for none; then spoil() bends the endpoint's own answer (truncated, dripped,
    // padded, altered).
    Refusal fault(const RecordedRequest &request) const;
    HttpResponse spoil(HttpResponse response) const;

private:
    // What the request's headers or TLS certificate authenticated before any grant runs.
    struct Caller
    {
        const Device *device = nullptr;
        QString deviceSubject; // the certificate's, when the device came by certificate
        QByteArray basicSecret; // the secret of a Basic device header (3.x symm_secret)
    };
    HttpResponse token3(const RecordedRequest &request, const FormFields &form);
    Refusal device3(const RecordedRequest &request, Caller *caller) const;
    Refusal application3(const FormFields &form, const Caller &caller,
                         const Application **app) const;
    HttpResponse clientCredentials3(const FormFields &form, const Caller &caller);
    HttpResponse password3(const RecordedRequest &request, const FormFields &form,
                           const Caller &caller);
    HttpResponse refresh3(const FormFields &form, const Caller &caller);

    HttpResponse token2(const RecordedRequest &request, const FormFields &form);
    Refusal device2(const RecordedRequest &request, Caller *caller) const;
    HttpResponse clientCredentials2(const FormFields &form, const Application &app,
                                    const Caller &caller, const QByteArray &secret);
    HttpResponse password2(const RecordedRequest &request, const FormFields &form,
                           const Application &app, const Caller &caller, const QByteArray &secret);
    HttpResponse refresh2(const FormFields &form, const Application &app, const QByteArray &secret);

    // The generation's answer to a failed policy demand: 403 on 3.x, invalid_grant on 2.x.
    HttpResponse violation(const QString &policy, const QString &principal) const;
    Refusal demand(QLatin1StringView policy, const QStringList &held,
                   const QString &principal) const;
    Refusal authenticateCertificate(const ClientCertificate &certificate, Caller *caller) const;
    Refusal authenticateUser(const FormFields &form, const std::optional<QString> &mfaCode,
                             const User **user) const;
    Refusal chooseFacility(const RecordedRequest &request, const User &user,
                           const Facility **facility) const;
    Refusal decideScope(const FormFields &form,
                        const QList<std::pair<const QStringList *, QString>> &principals,
                        QStringList *granted) const;

    const EmulatorOptions &m_options;
    const Identities &m_ids;
    SessionStore &m_sessions;
    TokenIssuer &m_issuer;
    int m_port = 0;
};

} // namespace sdsm::emu
