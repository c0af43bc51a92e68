// SPDX-License-Identifier: Apache-2.0
#include "certificateinfo.h"

#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

class TestCertificateInfo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::optional<QString> openssl(const QStringList &args)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(u"openssl"_s), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return std::nullopt;
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void describesWhatOpenSslSees()
    {
        const QString pem = m_dir.filePath(u"cert.pem"_s);
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"30"_s,
                         u"-subj"_s, u"/C=SL/O=Ministry of Health/CN=EXAMPLE_DEVICE_NODE"_s,
                         u"-keyout"_s, m_dir.filePath(u"key.pem"_s), u"-out"_s, pem})
                    .has_value());
        const QSslCertificate certificate = QSslCertificate::fromPath(pem).value(0);
        QVERIFY(!certificate.isNull());
        const CertificateInfo info = CertificateInfo::of(certificate);

        // openssl prints "sha256 Fingerprint=AB:CD:..." — the same digest without colons.
        auto fingerprint = [&](const QString &algorithm) {
            const QString line = openssl({u"x509"_s, u"-in"_s, pem, u"-noout"_s, u"-fingerprint"_s,
                                          u'-' + algorithm})
                                     .value_or(QString());
            return line.section(u'=', 1).remove(u':').toLower();
        };
        QCOMPARE(info.sha256, fingerprint(u"sha256"_s));
        QCOMPARE(info.sha1, fingerprint(u"sha1"_s));
        QCOMPARE(info.subject, u"CN=EXAMPLE_DEVICE_NODE, O=Ministry of Health, C=SL"_s);
        QCOMPARE(info.issuer, info.subject); // self-signed
        QCOMPARE(info.notBefore.timeSpec(), Qt::UTC);
        QCOMPARE(info.notBefore.daysTo(info.notAfter), 30);
        QCOMPARE(info.toJson().value(u"sha1"_s).toString(), info.sha1);
        QVERIFY(!info.isNull());
        QVERIFY(CertificateInfo::of(QSslCertificate()).isNull());
        QCOMPARE(CertificateInfo::fromJson(info.toJson()), info);
    }

    void jsonWithoutAUsableDigestIsRefused()
    {
        CertificateInfo info;
        info.subject = u"CN=x"_s;
        info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        info.notAfter = info.notBefore.addYears(1);
        info.sha256 = QString(64, u'a');
        QCOMPARE(CertificateInfo::fromJson(info.toJson()), info);
        QJsonObject json = info.toJson();
        json.insert(u"sha256"_s, QString(64, u'A')); // the stored form is lower-case
        QVERIFY(!CertificateInfo::fromJson(json));
        json = info.toJson();
        json.insert(u"not_after"_s, u"soon"_s);
        QVERIFY(!CertificateInfo::fromJson(json));
        QVERIFY(!CertificateInfo::fromJson({}));
    }

    // A hostile server chooses its certificate's names; they reach TLS errors and trust prompts
    // on one line, without characters that could forge or reorder what a person reads.
    void namesStayOnOneLine()
    {
        const QString pem = m_dir.filePath(u"hostile.pem"_s);
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                         u"-utf8"_s, u"-subj"_s, u"/O=x/CN=mpi\nsha256: 00\u202egnp.exe"_s,
                         u"-keyout"_s, m_dir.filePath(u"hostile-key.pem"_s), u"-out"_s, pem})
                    .has_value());
        const CertificateInfo info = CertificateInfo::of(QSslCertificate::fromPath(pem).value(0));
        QCOMPARE(info.subject, u"CN=mpi sha256: 00gnp.exe, O=x"_s);
        QCOMPARE(info.issuer, info.subject);
    }
};

QTEST_GUILESS_MAIN(TestCertificateInfo)
#include "tst_certificateinfo.moc"
