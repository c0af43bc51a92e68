// SPDX-License-Identifier: Apache-2.0
#include "emulatoroptions.h"

using namespace Qt::StringLiterals;

namespace sdsm::emu {

QStringList EmulatorOptions::faultNames()
{
    return {u"html-500"_s,
            u"truncated-json"_s,
            u"huge-body"_s,
            u"slow-drip"_s,
            u"hang"_s,
            u"redirect"_s,
            u"wrong-content-type"_s,
            u"no-access-token"_s,
            u"token-type-mac"_s,
            u"echo-credentials"_s,
            u"echo-encoded"_s,
            u"close-early"_s,
            u"reset-after-body"_s,
            u"chunked-flood"_s,
            u"gzip-bomb"_s};
}

QStringList EmulatorOptions::faultRouteNames()
{
    return {u"token"_s, u"discovery"_s, u"jwks"_s, u"session"_s};
}

bool EmulatorOptions::faultHits(QByteArrayView method, QByteArrayView route) const
{
    if (fault.isEmpty())
        return false;
    if (faultRoute == u"discovery")
        return method == "GET" && route == "/auth/.well-known/openid-configuration";
    if (faultRoute == u"jwks")
        return method == "GET" && route == "/auth/jwks";
    if (faultRoute == u"session")
        return method == "GET" && route == "/auth/session";
    return method == "POST" && route == "/auth/oauth2_token";
}

QStringList EmulatorOptions::signingNames()
{
    return {u"hs256"_s, u"secret"_s, u"secret-uri"_s, u"rs256"_s};
}

std::optional<Signing> EmulatorOptions::signingFromName(const QString &name)
{
    static const Signing modes[] = {Signing::Hs256, Signing::Secret, Signing::SecretUri,
                                    Signing::Rs256};
    const qsizetype index = signingNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return modes[index];
}

Signing EmulatorOptions::effectiveSigning() const
{
    if (signing != Signing::Default)
        return signing;
    return santedbVersion == 2 ? Signing::Secret : Signing::Hs256;
}

QString EmulatorOptions::validate() const
{
    if (santedbVersion != 2 && santedbVersion != 3)
        return u"The SanteDB version must be 2 or 3."_s;
    if (sessionSeconds < 1 || sessionSeconds > maxSessionSeconds)
        return u"The session length must be from 1 to %1 seconds."_s.arg(maxSessionSeconds);
    if (delayMs < 0 || delayMs > maxDelayMs)
        return u"The delay must be from 0 to %1 milliseconds."_s.arg(maxDelayMs);
    if (!fault.isEmpty() && !faultNames().contains(fault))
        return u"The fault \"%1\" is unknown; use one of %2."_s.arg(fault,
                                                                    faultNames().join(u", "_s));
    if (!faultRouteNames().contains(faultRoute))
        return u"The fault route \"%1\" is unknown; use one of %2."_s.arg(
            faultRoute, faultRouteNames().join(u", "_s));
    if (tlsCertificatePath.isEmpty() != tlsKeyPath.isEmpty())
        return u"HTTPS needs both a certificate and its private key."_s;
    if (!clientCaPath.isEmpty() && !tls())
        return u"Client certificates need HTTPS: give a server certificate and key too."_s;
    return {};
}

} // namespace sdsm::emu
