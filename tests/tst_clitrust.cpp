// SPDX-License-Identifier: Apache-2.0
// Trust on first use and discovery through the real CLI (issue 6 §5): an untrusted server
// certificate refused with its details, `profile trust` storing exactly that certificate for the
// origin, a changed certificate refused before anything is sent, and `discover`.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::test;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestCliTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A self-signed server certificate for 127.0.0.1, made now; returns its SHA-256 (hex).
    QString makeCertificate(const QString &name)
    {
        QProcess make;
        make.start(QStandardPaths::findExecutable(u"openssl"_s),
                   {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                    u"/CN=127.0.0.1/O="_s + name, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                    u"-keyout"_s, m_dir.filePath(name + u".key"_s), u"-out"_s,
                    m_dir.filePath(name + u".pem"_s)});
        if (!make.waitForFinished(30000) || make.exitCode() != 0)
            return {};
        const QSslCertificate certificate =
            QSslCertificate::fromPath(m_dir.filePath(name + u".pem"_s)).value(0);
        return QString::fromLatin1(
            QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
    }

    QStringList tlsArgs(const QString &name) const
    {
        return {u"--tls-cert"_s, m_dir.filePath(name + u".pem"_s), u"--tls-key"_s,
                m_dir.filePath(name + u".key"_s)};
    }

    CliRun cli(const Sandbox &sandbox, QStringList args, const QByteArray &input = {})
    {
        return runCli(sandbox, args, input);
    }

    void addAppProfile(const Sandbox &sandbox, const QString &server)
    {
        const CliRun added = cli(sandbox,
                                 {u"profile"_s, u"add"_s, u"tls"_s, u"--server"_s, server,
                                  u"--client-id"_s, u"fiddler"_s, u"--no-device"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const CliRun secret =
            cli(sandbox, {u"secret"_s, u"set"_s, u"tls"_s, u"client"_s}, "fiddler");
        QVERIFY2(secret.exitCode == 0, qPrintable(secret.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SDSM_REQUIRE_KEYRING();
        QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(),
                 "openssl is needed to make test certificates");
    }

    void trustOnFirstUse()
    {
        const QString first = makeCertificate(u"first"_s);
        const QString second = makeCertificate(u"second"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        Sandbox sandbox;
        quint16 port = 0;
        {
            Emulator emulator(tlsArgs(u"first"_s));
            QVERIFY(emulator.started());
            QVERIFY(emulator.url().startsWith(u"https://"_s));
            port = emulator.port();
            addAppProfile(sandbox, emulator.url());

            // Untrusted: refused with what a person needs to judge it, before anything is sent.
            const CliRun refused = cli(sandbox, {u"login"_s, u"tls"_s, u"--json"_s});
            QCOMPARE(refused.exitCode, 4);
            QVERIFY2(refused.err.contains(first.toLatin1()), refused.err.constData());
            QVERIFY2(refused.err.contains("O=first"), refused.err.constData());
            QVERIFY2(refused.err.contains("review it with `santedb-session profile trust tls`"),
                     refused.err.constData());
            const QJsonObject error = parse(refused.out).value(u"error"_s).toObject();
            QCOMPARE(error.value(u"kind"_s).toString(), u"tls"_s);
            QCOMPARE(error.value(u"remedy"_s)[u"action"_s].toString(), u"trust_certificate"_s);
            QCOMPARE(emulator.requests().size(), 0);

            // No terminal and no --yes: nothing is trusted.
            const CliRun unconfirmed = cli(sandbox, {u"profile"_s, u"trust"_s, u"tls"_s});
            QCOMPARE(unconfirmed.exitCode, 2);
            QVERIFY(unconfirmed.out.contains(first.toLatin1()));
            QVERIFY2(unconfirmed.err.contains("nothing was trusted"), unconfirmed.err.constData());
            QCOMPARE(cli(sandbox, {u"login"_s, u"tls"_s}).exitCode, 4);

            const CliRun trusted = cli(sandbox, {u"profile"_s, u"trust"_s, u"tls"_s, u"--yes"_s});
            QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.describe()));
            QVERIFY(trusted.out.contains(first.toLatin1()));
            const CliRun login = cli(sandbox, {u"login"_s, u"tls"_s});
            QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
            QCOMPARE(emulator.requests().size(), 1);
            // Discovery on that origin uses the same trust.
            QCOMPARE(cli(sandbox, {u"discover"_s, emulator.url()}).exitCode, 0);
            // Trusting it again changes nothing.
            const CliRun again = cli(sandbox, {u"profile"_s, u"trust"_s, u"tls"_s, u"--yes"_s});
            QCOMPARE(again.exitCode, 0);
            QVERIFY(again.out.contains("nothing to change"));
        }

        // The same origin now presents another certificate: refused before a byte is sent,
        // naming both digests.
        Emulator changed(tlsArgs(u"second"_s) + QStringList {u"--port"_s, QString::number(port)});
        QVERIFY(changed.started());
        const CliRun refused = cli(sandbox, {u"login"_s, u"tls"_s, u"--fresh"_s});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(first.toLatin1()) && refused.err.contains(second.toLatin1()),
                 refused.err.constData());
        QCOMPARE(changed.requests(false).size(), 0);
        // Reviewing it again shows the change; trusting it replaces the old record.
        const CliRun review = cli(sandbox, {u"profile"_s, u"trust"_s, u"tls"_s, u"--yes"_s});
        QCOMPARE(review.exitCode, 0);
        QVERIFY2(review.err.contains("NOT the certificate trusted"), review.err.constData());
        QCOMPARE(cli(sandbox, {u"login"_s, u"tls"_s, u"--fresh"_s}).exitCode, 0);
        QCOMPARE(changed.requests().size(), 1);
    }

    void plainHttpHasNothingToTrust()
    {
        Emulator emulator;
        QVERIFY(emulator.started());
        Sandbox sandbox;
        addAppProfile(sandbox, emulator.url());
        const CliRun trust = cli(sandbox, {u"profile"_s, u"trust"_s, u"tls"_s, u"--yes"_s});
        QCOMPARE(trust.exitCode, 2);
        QVERIFY2(trust.err.contains("plain http"), trust.err.constData());
    }

    void discoverDescribesTheServer()
    {
        Sandbox sandbox;
        for (const int version : {3, 2}) {
            Emulator emulator({u"--santedb-version"_s, QString::number(version)});
            QVERIFY(emulator.started());
            // The discovery URL itself, as people copy it from the documentation, works too.
            const CliRun run =
                cli(sandbox,
                    {u"discover"_s, emulator.url() + u"/auth/.well-known/openid-configuration"_s,
                     u"--json"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            const QJsonObject d = parse(run.out);
            QCOMPARE(d.value(u"discovery"_s).toBool(), true);
            QCOMPARE(d.value(u"issuer"_s).toString(), emulator.url() + u"/auth"_s);
            QCOMPARE(d.value(u"token_endpoint"_s).toString(),
                     emulator.url() + u"/auth/oauth2_token"_s);
            QCOMPARE(d.value(u"jwks_uri"_s).toString(), emulator.url() + u"/auth/jwks"_s);
            QVERIFY(d.value(u"grant_types"_s).toArray().contains(u"password"_s));
            QCOMPARE(d.value(u"santedb_version"_s).toInt(), version);
            QVERIFY(!d.value(u"santedb_version_reason"_s).toString().isEmpty());
            // Never a credential: only discovery was asked.
            for (const QJsonObject &r : emulator.requests(false))
                QCOMPARE(r.value(u"method"_s).toString(), u"GET"_s);
            const CliRun human = cli(sandbox, {u"discover"_s, emulator.url()});
            QVERIFY(human.out.contains("token endpoint:"));
            QVERIFY(human.out.contains(u"%1.x probably"_s.arg(version).toUtf8()));
        }
        const CliRun none = cli(sandbox, {u"discover"_s, u"http://127.0.0.1:9"_s});
        QCOMPARE(none.exitCode, 4);
    }

    void aMissingTokenEndpointPointsAtTheRightOne()
    {
        Emulator emulator;
        QVERIFY(emulator.started());
        Sandbox sandbox;
        const CliRun added = cli(sandbox,
                                 {u"profile"_s, u"add"_s, u"moved"_s, u"--server"_s, emulator.url(),
                                  u"--client-id"_s, u"fiddler"_s, u"--no-device"_s,
                                  u"--token-endpoint"_s, emulator.url() + u"/oauth/token"_s});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(cli(sandbox, {u"secret"_s, u"set"_s, u"moved"_s, u"client"_s}, "fiddler").exitCode,
                 0);
        const CliRun login = cli(sandbox, {u"login"_s, u"moved"_s, u"--json"_s});
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains(QString(u"the server's discovery document names the token "
                                            "endpoint %1/auth/oauth2_token"_s)
                                        .arg(emulator.url())
                                        .toUtf8()),
                 login.err.constData());
        QVERIFY2(login.err.contains("profile edit moved --token-endpoint"), login.err.constData());
        QCOMPARE(parse(login.out).value(u"error"_s)[u"http_status"_s].toInt(), 404);
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_clitrust.moc"
