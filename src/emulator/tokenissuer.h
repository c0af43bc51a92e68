// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatoroptions.h"
#include "httpmessage.h"
#include "sessionstore.h"
#include "tokensigner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sdsm::emu {

// Turns authenticated grants into sessions and SanteDB token responses, and mints their
// id_tokens, in the claim names of the server generation (santedb-auth.md §5–§7).
class TokenIssuer
{
public:
    // Who a token request authenticated, and what the session may do.
    struct Grant
    {
        const Application *app = nullptr;
        const Device *device = nullptr;
        QString deviceSubject; // certificate subject when the device came by certificate
        const User *user = nullptr;
        const Facility *facility = nullptr;
        QStringList scopes;
        QString nonce;
        QByteArray secret; // the request's client secret, else its Basic device secret
    };

    TokenIssuer(const EmulatorOptions &options, SessionStore &sessions);
    Q_DISABLE_COPY_MOVE(TokenIssuer)

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    QString issuer() const { return m_issuer; }
    const TokenSigner &signer() const { return m_signer; }

    // A new session and its token response (refresh_token: 3.x user sessions, every 2.x one).
    HttpResponse establish(const Grant &grant);
    // The refresh_token grant: same session and access token, new expiry and refresh token.
    HttpResponse refresh(const Session &session, const QByteArray &secret);
    // GET /auth/session: the session with a freshly minted id_token, no refresh_token.
    HttpResponse describe(const Session &session) const;

private:
    HttpResponse tokenResponse(const Session &session, qint64 expiresIn) const;
    QByteArray idToken(const Session &session, bool freshlyMinted) const;
    QJsonObject claims2(const Session &session) const;
    QJsonObject claims3(const Session &session, bool freshlyMinted) const;
    QByteArray newRefreshToken() const;
    qint64 expiresIn(const Session &session, qint64 nowMs) const;

    const EmulatorOptions &m_options;
    SessionStore &m_sessions;
    TokenSigner m_signer;
    QByteArray m_dataKey; // per-run key signing access and refresh tokens
    QString m_issuer;
};

} // namespace sdsm::emu
