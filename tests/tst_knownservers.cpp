// SPDX-License-Identifier: Apache-2.0
// known-servers.json: one trusted certificate per origin, kept owner-only, never overwritten
// when damaged, never read or written through a symbolic link.
#include "knownservers.h"
#include "paths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

CertificateInfo certificate(QChar digit)
{
    CertificateInfo info;
    info.subject = u"CN=mpi.example"_s;
    info.issuer = u"CN=Ministry CA"_s;
    info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    info.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    info.sha1 = QString(40, digit);
    info.sha256 = QString(64, digit);
    return info;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestKnownServers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC)};
    int m_count = 0;

    // A fresh data folder per test, not yet created (the store creates it).
    QString freshFile()
    {
        AppPaths paths;
        paths.dataDir = m_dir.filePath(u"data%1/santedb-session-manager"_s.arg(++m_count));
        return paths.knownServersFile();
    }

private Q_SLOTS:
    void originsAreNormalised_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("default https port")
            << u"https://MPI.Example/auth/oauth2_token"_s << u"https://mpi.example:443"_s;
        QTest::newRow("default http port") << u"HTTP://mpi.example"_s << u"http://mpi.example:80"_s;
        QTest::newRow("own port, path and query")
            << u"https://mpi.example:8443/santedb?x=1#f"_s << u"https://mpi.example:8443"_s;
        QTest::newRow("user info dropped")
            << u"https://user:pw@mpi.example:8443"_s << u"https://mpi.example:8443"_s;
        QTest::newRow("IPv6") << u"https://[::1]:8443/auth"_s << u"https://[::1]:8443"_s;
        QTest::newRow("international name")
            << u"https://bücher.example/"_s << u"https://xn--bcher-kva.example:443"_s;
        QTest::newRow("ftp") << u"ftp://mpi.example/"_s << QString();
        QTest::newRow("no host") << u"https:///auth"_s << QString();
    }

    void originsAreNormalised()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        const Result<QString> result = KnownServers::originOf(QUrl(url));
        if (origin.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ErrorKind::Config);
        } else {
            QVERIFY(result.ok());
            QCOMPARE(result.value(), origin);
        }
    }

    void trustedCertificateIsFoundForItsOriginOnly()
    {
        KnownServers known(freshFile(), m_clock);
        QVERIFY(known.trusted(QUrl(u"https://mpi.example/"_s)).value() == std::nullopt);
        QVERIFY(known.trust(QUrl(u"https://mpi.example/auth"_s), certificate(u'a')).ok());

        const auto found = known.trusted(QUrl(u"https://MPI.example:443/other/path"_s));
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->origin, u"https://mpi.example:443"_s);
        QCOMPARE(found.value()->certificate, certificate(u'a'));
        QCOMPARE(found.value()->trustedAt, m_clock.now());
        for (const QString &other : {u"https://mpi.example:8443/"_s, u"http://mpi.example/"_s,
                                     u"https://other.example/"_s})
            QVERIFY2(!known.trusted(QUrl(other)).value().has_value(), qPrintable(other));
    }

    void recordsPersistOwnerOnly()
    {
        const QString file = freshFile();
        QVERIFY(KnownServers(file, m_clock)
                    .trust(QUrl(u"https://a.example"_s), certificate(u'a'))
                    .ok());
        QVERIFY(KnownServers(file, m_clock)
                    .trust(QUrl(u"https://b.example"_s), certificate(u'b'))
                    .ok());
        const auto all = KnownServers(file).all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(file).absolutePath()).permissions() & 0x0077,
                 QFileDevice::Permissions());
        const QByteArray json = contents(file);
        const QByteArray origin = "\"https://a.example:443\"";
        const QByteArray trustedAt = "\"trusted_at\": \"2026-11-29T10:00:00Z\"";
        QVERIFY(json.contains(origin));
        QVERIFY(json.contains(trustedAt));
    }

    void trustingAgainReplacesAndForgetRemoves()
    {
        KnownServers known(freshFile(), m_clock);
        const QUrl url(u"https://mpi.example:8443/"_s);
        QVERIFY(known.trust(url, certificate(u'a')).ok());
        m_clock.advance(60);
        QVERIFY(known.trust(url, certificate(u'b')).ok());
        QCOMPARE(known.all().value().size(), 1);
        QCOMPARE(known.trusted(url).value()->certificate.sha256, QString(64, u'b'));
        QCOMPARE(known.trusted(url).value()->trustedAt, m_clock.now());
        QVERIFY(known.forget(url).ok());
        QVERIFY(!known.trusted(url).value().has_value());
        QVERIFY(known.forget(url).ok()); // nothing to forget is fine
    }

    void damagedFileIsReportedNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not JSON") << "{\"schema\": 1, \"servers\": {"_ba << u"not valid JSON"_s;
        QTest::newRow("no schema") << "{\"servers\": {}}"_ba << u"schema"_s;
        QTest::newRow("servers not an object")
            << "{\"schema\": 1, \"servers\": []}"_ba << u"\"servers\" must be an object"_s;
        QTest::newRow("origin not normalised")
            << "{\"schema\": 1, \"servers\": {\"https://MPI.example\": {}}}"_ba << u"origin"_s;
        QTest::newRow("digest not SHA-256")
            << "{\"schema\": 1, \"servers\": {\"https://mpi.example:443\": {\"sha256\": \"abc\", "
               "\"not_before\": \"2026-01-01T00:00:00Z\", \"not_after\": \"2027-01-01T00:00:00Z\", "
               "\"trusted_at\": \"2026-01-01T00:00:00Z\"}}}"_ba
            << u"no valid SHA-256"_s;
    }

    void damagedFileIsReportedNeverOverwritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const QString file = freshFile();
        QVERIFY(write(file, bytes));
        KnownServers known(file, m_clock);
        const auto found = known.trusted(QUrl(u"https://mpi.example/"_s));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, ErrorKind::Config);
        QVERIFY2(found.error().message.contains(fragment), qPrintable(found.error().message));
        QVERIFY(found.error().message.contains(QDir::toNativeSeparators(file)));
        QVERIFY(!known.trust(QUrl(u"https://mpi.example/"_s), certificate(u'a')).ok());
        QVERIFY(!known.forget(QUrl(u"https://mpi.example/"_s)).ok());
        QCOMPARE(contents(file), bytes);
    }

    void symbolicLinkIsNeitherReadNorWritten()
    {
        const QString target = m_dir.filePath(u"elsewhere.json"_s);
        QVERIFY(KnownServers(target, m_clock)
                    .trust(QUrl(u"https://mpi.example/"_s), certificate(u'a'))
                    .ok());
        const QByteArray before = contents(target);
        const QString file = freshFile();
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!QFile::link(target, file))
            QSKIP("this file system has no symbolic links");
        KnownServers known(file, m_clock);
        const auto found = known.trusted(QUrl(u"https://mpi.example/"_s));
        QVERIFY(!found.ok());
        QVERIFY2(found.error().message.contains(u"symbolic link"_s),
                 qPrintable(found.error().message));
        QVERIFY(!known.trust(QUrl(u"https://other.example/"_s), certificate(u'b')).ok());
        QVERIFY(!known.forget(QUrl(u"https://mpi.example/"_s)).ok());
        QCOMPARE(contents(target), before);
        QVERIFY(QFileInfo(file).isSymLink());
    }

    void newerSchemaIsReadButNotChanged()
    {
        const QString file = freshFile();
        QVERIFY(KnownServers(file, m_clock)
                    .trust(QUrl(u"https://mpi.example/"_s), certificate(u'a'))
                    .ok());
        QByteArray bytes = contents(file);
        bytes.replace("\"schema\": 1", "\"schema\": 7");
        QVERIFY(write(file, bytes));
        KnownServers known(file, m_clock);
        QVERIFY(known.trusted(QUrl(u"https://mpi.example/"_s)).value().has_value());
        const Result<void> changed = known.forget(QUrl(u"https://mpi.example/"_s));
        QVERIFY(!changed.ok());
        QVERIFY(changed.error().message.contains(u"newer version"_s));
        QCOMPARE(contents(file), bytes);
    }
};

QTEST_GUILESS_MAIN(TestKnownServers)
#include "tst_knownservers.moc"
