// SPDX-License-Identifier: Apache-2.0
#include "certificateinfo.h"

#include "textrules.h"
#include "timetext.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// RFC 4514 order (most specific first) with the attribute names people know from browsers.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    static const QList<std::pair<QByteArray, QString>> attributes {
        {"CN", u"CN"_s}, {"OU", u"OU"_s},          {"O", u"O"_s}, {"L", u"L"_s}, {"ST", u"ST"_s},
        {"C", u"C"_s},   {"emailAddress", u"E"_s},
    };
    QStringList parts;
    for (const auto &[key, label] : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(key) : certificate.subjectInfo(key);
        // The server chooses these: one line, nothing that could forge or reorder the text.
        for (const QString &value : values)
            parts << label + u'=' + oneLineText(value);
    }
    return parts.join(u", "_s);
}

QString digest(const QSslCertificate &certificate, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), algorithm).toHex());
}

} // namespace

CertificateInfo CertificateInfo::of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    CertificateInfo info;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha1 = digest(certificate, QCryptographicHash::Sha1);
    info.sha256 = digest(certificate, QCryptographicHash::Sha256);
    return info;
}

QJsonObject CertificateInfo::toJson() const
{
    return QJsonObject {
        {u"subject"_s, subject},
        {u"issuer"_s, issuer},
        {u"not_before"_s, utcText(notBefore)},
        {u"not_after"_s, utcText(notAfter)},
        {u"sha1"_s, sha1},
        {u"sha256"_s, sha256},
    };
}

std::optional<CertificateInfo> CertificateInfo::fromJson(const QJsonObject &object)
{
    const auto isHex = [](const QString &text, qsizetype length) {
        return text.size() == length && std::all_of(text.begin(), text.end(), [](QChar c) {
                   return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
               });
    };
    CertificateInfo info;
    info.subject = object.value(u"subject"_s).toString();
    info.issuer = object.value(u"issuer"_s).toString();
    info.notBefore = QDateTime::fromString(object.value(u"not_before"_s).toString(), Qt::ISODate);
    info.notAfter = QDateTime::fromString(object.value(u"not_after"_s).toString(), Qt::ISODate);
    info.sha1 = object.value(u"sha1"_s).toString();
    info.sha256 = object.value(u"sha256"_s).toString();
    if (!isHex(info.sha256, 64) || (!info.sha1.isEmpty() && !isHex(info.sha1, 40))
        || !info.notBefore.isValid() || !info.notAfter.isValid())
        return std::nullopt;
    info.notBefore = info.notBefore.toUTC();
    info.notAfter = info.notAfter.toUTC();
    return info;
}

} // namespace sdsm
