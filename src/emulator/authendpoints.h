// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "amiendpoints.h"
#include "emulatoroptions.h"
#include "httpmessage.h"
#include "sessionstore.h"
#include "tokenendpoint.h"
#include "tokenissuer.h"

#include <QUrl>

namespace sdsm::emu {

// Everything one SanteDB server generation answers, without any transport: AuthEmulator feeds
// it parsed requests and delivers the responses.
class AuthEndpoints
{
public:
    explicit AuthEndpoints(EmulatorOptions options);
    // Sessions point into the identities, so the object stays where it was built.
    Q_DISABLE_COPY_MOVE(AuthEndpoints)

    void setBaseUrl(const QUrl &baseUrl);
    HttpResponse handle(const RecordedRequest &request);
    const TokenSigner &signer() const { return m_issuer.signer(); }
    // Live sessions: unexpired, not signed out, not dropped.
    qsizetype sessionCount();

private:
    HttpResponse route(const RecordedRequest &request); // the answer without the --fault
    HttpResponse sessionInfo(const RecordedRequest &request) const;
    HttpResponse signout(const FormFields &fields);
    HttpResponse discovery() const;

    EmulatorOptions m_options;
    SessionStore m_sessions;
    TokenIssuer m_issuer;
    TokenEndpoint m_token;
    AmiEndpoints m_ami;
};

} // namespace sdsm::emu
