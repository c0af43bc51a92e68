// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the emulator tests share: the request encodings a SanteDB client uses, JWT inspection,
// and an HTTP(S) client whose replies keep status, headers and body for assertions.
#include "authemulator.h"
#include "httpmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace sdsm::emu::test {

// The seed page's example identities: public documentation, not credentials.
inline const QString exampleApp = QStringLiteral("EXAMPLE_APPLICATION");
inline const QString exampleAppSecret = QStringLiteral("4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV");
inline const QString exampleDevice = QStringLiteral("EXAMPLE_DEVICE_NODE");
inline const QString exampleDeviceSecret = QStringLiteral("qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a");

inline constexpr int replyTimeoutMs = 10000;

QByteArray basic(const QString &id, const QString &secret);
// application/x-www-form-urlencoded with every byte outside A-Z a-z 0-9 - . _ ~ escaped.
QByteArray form(const QList<std::pair<QString, QString>> &fields);
// Header (0) or claims (1) of a compact JWS; empty when it is not one.
QJsonObject jwtPart(const QByteArray &jwt, int index);
QByteArray base64Url(const QByteArray &bytes);
// A JSON member of a reply as the bytes a client would send back.
QByteArray member(const QJsonObject &object, const QString &name);

struct Reply
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(QByteArrayView name) const;
};

class HttpClient
{
public:
    HttpClient();
    // HTTPS: trust, and the client certificate to present (if any).
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }

    Reply send(const QUrl &base, const QByteArray &method, const QString &path,
               const QByteArray &body = {}, const HeaderList &headers = {});
    Reply token(const AuthEmulator &emulator, const QByteArray &body,
                const HeaderList &headers = {});
    Reply get(const AuthEmulator &emulator, const QString &path, const HeaderList &headers = {});

private:
    QNetworkAccessManager m_nam;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace sdsm::emu::test
