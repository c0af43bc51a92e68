// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatoroptions.h"
#include "httpmessage.h"
#include "sessionstore.h"

#include <QString>

namespace sdsm::emu {

// The two AMI resources a session manager needs: policy names (GET /ami/SecurityPolicy) and a
// way for tests to make the server drop a session (DELETE /ami/SessionInfo/{sid}).
class AmiEndpoints
{
public:
    AmiEndpoints(const EmulatorOptions &options, SessionStore &sessions);
    Q_DISABLE_COPY_MOVE(AmiEndpoints)

    void setRealm(const QString &realm) { m_realm = realm; }
    // Null when the route is not an AMI resource the emulator serves.
    std::optional<HttpResponse> handle(const RecordedRequest &request);

private:
    HttpResponse securityPolicies(const RecordedRequest &request, const Session &session) const;
    HttpResponse dropSession(const QByteArray &sidText);
    // RestErrorHandler's 401 for a missing, unknown or expired bearer token (§9.3).
    HttpResponse invalidToken(const QString &description) const;

    const EmulatorOptions &m_options;
    SessionStore &m_sessions;
    QString m_realm;
};

} // namespace sdsm::emu
