// SPDX-License-Identifier: Apache-2.0
#include "curlcommand.h"

#include "discovery.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

QString bearerHeader(const QString &accessToken)
{
    return u"Authorization: Bearer "_s + accessToken;
}

Result<QUrl> requestTarget(const Profile &profile, const QString &pathOrUrl, bool anyOrigin)
{
    QUrl root = profile.server;
    QString rootPath = root.path();
    while (rootPath.endsWith(u'/'))
        rootPath.chop(1);
    if (pathOrUrl.isEmpty()) {
        root.setPath(rootPath + u"/auth/session"_s);
        return root;
    }
    if (pathOrUrl.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || pathOrUrl.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        const QUrl target(pathOrUrl, QUrl::StrictMode);
        if (!target.isValid() || target.host().isEmpty())
            return makeError(
                ErrorKind::Usage,
                QCoreApplication::translate("sdsm", "%1 is not a valid URL").arg(pathOrUrl));
        if (!sameOrigin(target, profile.server) && !anyOrigin)
            return makeError(
                       ErrorKind::Refused,
                       QCoreApplication::translate("sdsm",
                                                   "%1 is not on the profile's server %2, so its "
                                                   "bearer token would go elsewhere")
                           .arg(target.toString(QUrl::RemoveQuery), profile.server.toString()))
                .with({RemedyAction::AllowAnyOrigin, {}});
        return target;
    }
    const qsizetype query = pathOrUrl.indexOf(u'?');
    QString path = query >= 0 ? pathOrUrl.left(query) : pathOrUrl;
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    root.setPath(rootPath + u'/' + path);
    if (query >= 0)
        root.setQuery(pathOrUrl.mid(query + 1));
    if (!root.isValid())
        return makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("sdsm", "%1 does not make a valid URL").arg(pathOrUrl));
    return root;
}

QString curlCommandLine(const Profile &profile, const QString &accessToken, const QUrl &target)
{
    QStringList words {u"curl"_s, shellQuote(u"-H"_s), shellQuote(bearerHeader(accessToken))};
    if (!profile.caFile.isEmpty())
        words << shellQuote(u"--cacert"_s) << shellQuote(profile.caFile);
    words << shellQuote(target.toString(QUrl::FullyEncoded));
    return words.join(u' ');
}

} // namespace sdsm
