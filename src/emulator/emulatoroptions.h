// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "identities.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdsm::emu {

// How id_tokens are signed (santedb-auth.md §7.1).
enum class Signing {
    Default, // Hs256 on 3.x, Secret on 2.x
    Hs256, // the server's per-run HMAC key, kid "default", published in the JWKS
    Secret, // no configured key: the request's client or device secret, kid = client_id
    SecretUri, // as Secret, with alg written as the XML-DSig URI
    Rs256, // a per-run RSA-2048 key and self-signed certificate, kid = SHA-1 thumbprint
};

struct EmulatorOptions
{
    int santedbVersion = 3; // 2 or 3: the server generation to behave like
    int sessionSeconds = 3600;
    int delayMs = 0; // every answer this much late
    QString fault; // empty = none; otherwise one of faultNames()
    // Which endpoint the fault hits: one of faultRouteNames(), the token endpoint by default, so
    // a client's discovery, JWKS and session requests can be shown to get the same protections.
    QString faultRoute = QStringLiteral("token");
    QString requestLogPath; // empty = no log file
    Signing signing = Signing::Default;
    // HTTPS when both are set (PEM files); clientCaPath (PEM) asks clients for a certificate.
    QString tlsCertificatePath;
    QString tlsKeyPath;
    QString clientCaPath;
    Identities identities = Identities::builtIn();

    static constexpr int maxSessionSeconds = 10 * 366 * 24 * 3600;
    static constexpr int maxDelayMs = 10 * 60 * 1000;

    // The hostile behaviours of POST /auth/oauth2_token, in --help order.
    static QStringList faultNames();
    // The --fault-on names: token (POST /auth/oauth2_token), discovery (GET
    // /auth/.well-known/openid-configuration), jwks (GET /auth/jwks), session (GET /auth/session).
    static QStringList faultRouteNames();
    // Whether the fault hits this request (a method and a route as RecordedRequest::route()).
    bool faultHits(QByteArrayView method, QByteArrayView route) const;
    // The --signing names, in --help order, and the mode each stands for.
    static QStringList signingNames();
    static std::optional<Signing> signingFromName(const QString &name);

    Signing effectiveSigning() const;
    bool tls() const { return !tlsCertificatePath.isEmpty(); }
    // One sentence naming the first unusable option, or an empty string when all are usable.
    // Files are read later, by AuthEmulator::listen().
    QString validate() const;
};

} // namespace sdsm::emu
