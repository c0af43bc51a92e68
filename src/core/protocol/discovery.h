// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sdsm {

// The parts of an OpenID Connect discovery document a session manager uses (santedb-auth.md
// §11.1). Every text is cleaned of forbidden characters and bounded, so callers can show it.
struct DiscoveryDocument
{
    QString issuer;
    QUrl tokenEndpoint, jwksUri, userinfoEndpoint, endSessionEndpoint;
    QStringList grantTypes, signingAlgorithms;
};

// "<server>/auth/.well-known/openid-configuration" — with the dot, as SanteDB's code and its own
// client have it (its discovery.md page drops the dot).
QUrl discoveryUrlFor(const QUrl &server);
// "<server>/auth<suffix>", e.g. "/jwks", "/session", "/signout".
QUrl authUrlFor(const QUrl &server, const QString &suffix);

// Reads a discovery document. Fails (ErrorKind::Protocol, one sentence) when it is not a JSON
// object or names no usable http(s) token_endpoint; endpoints that are not http(s) URLs are left
// empty.
Result<DiscoveryDocument> parseDiscovery(const QByteArray &json);

// Whether two URLs share scheme, host and port (the origin a credential may go to).
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace sdsm
