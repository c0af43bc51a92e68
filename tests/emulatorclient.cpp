// SPDX-License-Identifier: Apache-2.0
#include "emulatorclient.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

using namespace Qt::StringLiterals;

namespace sdsm::emu::test {

QByteArray basic(const QString &id, const QString &secret)
{
    return "Basic "_ba + (id + u':' + secret).toUtf8().toBase64();
}

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding();
    }
    return body;
}

QJsonObject jwtPart(const QByteArray &jwt, int index)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(index), QByteArray::Base64UrlEncoding))
        .object();
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray member(const QJsonObject &object, const QString &name)
{
    return object.value(name).toString().toUtf8();
}

QByteArray Reply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient()
{
    // Talk to 127.0.0.1 directly even when the environment names a proxy.
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

Reply HttpClient::send(const QUrl &base, const QByteArray &method, const QString &path,
                       const QByteArray &body, const HeaderList &headers)
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          "application/x-www-form-urlencoded"_ba);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply result;
    result.finished = reply->isFinished() || finished.wait(replyTimeoutMs);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    return result;
}

Reply HttpClient::token(const AuthEmulator &emulator, const QByteArray &body,
                        const HeaderList &headers)
{
    return send(emulator.baseUrl(), "POST"_ba, u"/auth/oauth2_token"_s, body, headers);
}

Reply HttpClient::get(const AuthEmulator &emulator, const QString &path, const HeaderList &headers)
{
    return send(emulator.baseUrl(), "GET"_ba, path, {}, headers);
}

} // namespace sdsm::emu::test
