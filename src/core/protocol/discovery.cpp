// SPDX-License-Identifier: Apache-2.0
#include "discovery.h"

#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr qsizetype MaxTextLength = 200;
constexpr qsizetype MaxUrlLength = 2048;
constexpr qsizetype MaxListEntries = 50;

QString cleanText(const QString &text)
{
    return cutText(oneLineText(text), MaxTextLength);
}

QStringList cleanList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        if (list.size() == MaxListEntries)
            break;
        const QString text = cleanText(entry.toString());
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}

QUrl httpUrl(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > MaxUrlLength)
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    return url;
}

} // namespace

QUrl authUrlFor(const QUrl &server, const QString &suffix)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/auth"_s + suffix);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl discoveryUrlFor(const QUrl &server)
{
    return authUrlFor(server, u"/.well-known/openid-configuration"_s);
}

Result<DiscoveryDocument> parseDiscovery(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(
            ErrorKind::Protocol,
            QCoreApplication::translate("sdsm", "the discovery answer is not a JSON object"));
    const QJsonObject object = document.object();
    DiscoveryDocument d;
    d.tokenEndpoint = httpUrl(object.value(u"token_endpoint"_s));
    if (d.tokenEndpoint.isEmpty())
        return makeError(ErrorKind::Protocol,
                         QCoreApplication::translate(
                             "sdsm", "the discovery document names no usable token_endpoint"));
    d.issuer = cleanText(object.value(u"issuer"_s).toString());
    d.jwksUri = httpUrl(object.value(u"jwks_uri"_s));
    d.userinfoEndpoint = httpUrl(object.value(u"userinfo_endpoint"_s));
    d.endSessionEndpoint = httpUrl(object.value(u"end_session_endpoint"_s));
    d.grantTypes = cleanList(object.value(u"grant_types_supported"_s));
    d.signingAlgorithms = cleanList(object.value(u"id_token_signing_alg_values_supported"_s));
    return d;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    auto defaultPort = [](const QUrl &u) { return u.scheme() == "https"_L1 ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace sdsm
