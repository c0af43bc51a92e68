#pragma once

#include "emulatoroptions.h"
#include "httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace sdsm::emu {

// What the /auth endpoints of one SanteDB server generation answer, without any transport:
// AuthEmulator feeds it parsed requests and delivers the responses.
class AuthEndpoints
{
public:
    using FormFields = QList<std::pair<QString, QString>>;

    explicit AuthEndpoints(EmulatorOptions options);
    // Sessions point into the identities, so the object stays where it was built.
    Q_DISABLE_COPY_MOVE(AuthEndpoints)

    void setBaseUrl(const QUrl &baseUrl);
    HttpResponse handle(const RecordedRequest &request);

    // application/x-www-form-urlencoded: '+' is a space, %XX are UTF-8 bytes; a malformed
    // escape stays literal, as .NET's HttpUtility does.
    static FormFields parseForm(QByteArrayView body);

private:
    struct Session
    {
        QByteArray id; // the 16 bytes of a random UUID: the sid claim
        const Application *app = nullptr;
        const Device *device = nullptr;
        QStringList scopes;
        QString nonce;
        qint64 notBeforeMs = 0;
        qint64 notAfterMs = 0;
    };
    HttpResponse token(const RecordedRequest &request);
    HttpResponse token3(const RecordedRequest &request, const FormFields &form);
    HttpResponse token2(const RecordedRequest &request, const FormFields &form);
    HttpResponse issue(const Application &app, const Device *device, const QStringList &scopes,
                       const QString &nonce);
    HttpResponse sessionInfo(const RecordedRequest &request);
    HttpResponse discovery() const;
    HttpResponse jwks() const;

    QByteArray idToken(const Session &session, const QByteArray &accessToken,
                       bool freshlyMinted) const;
    QByteArray signJwt(const QJsonObject &claims) const;
    QByteArray sign(QByteArrayView data) const;
    QString issuer() const;
    void dropExpiredSessions(qint64 nowMs);

    EmulatorOptions m_options;
    QUrl m_baseUrl;
    QByteArray m_key; // per-run HS256 key, published in /auth/jwks
    QHash<QByteArray, Session> m_sessions; // keyed by access_token
};

} // namespace sdsm::emu
