// SPDX-License-Identifier: Apache-2.0
// HTTPS and devices by client certificate (santedb-auth.md §4.2), both generations: a CA, a
// server certificate and client certificates are made with the openssl CLI for each run.
#include "authemulator.h"
#include "emulatorclient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::emu;
using namespace sdsm::emu::test;

namespace {

// .NET's X509Certificate2.Subject of the client certificates below.
QString subjectOf(const QString &commonName)
{
    return u"CN="_s % commonName % u", O=Example Org, C=CA"_s;
}

QByteArray clientCredentials(int version)
{
    QList<std::pair<QString, QString>> fields {{u"grant_type"_s, u"client_credentials"_s},
                                               {u"client_id"_s, exampleApp}};
    // 2.x always wants the application's secret; 3.x takes the app on behalf of the device.
    if (version == 2)
        fields.append({u"client_secret"_s, exampleAppSecret});
    return form(fields);
}

} // namespace

class TestEmulatorTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_openssl;
    HttpClient m_https;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.start(m_openssl, arguments);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

    // A client certificate issued by the test CA (or self-signed when untrusted).
    bool makeClient(const QString &name, const QString &commonName, bool trusted)
    {
        const QString subject = u"/C=CA/O=Example Org/CN="_s + commonName;
        if (!trusted)
            return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                            u"-subj"_s, subject, u"-keyout"_s, file(name + u".key"_s), u"-out"_s,
                            file(name + u".pem"_s)});
        return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-subj"_s, subject,
                        u"-keyout"_s, file(name + u".key"_s), u"-out"_s, file(name + u".csr"_s)})
            && openssl({u"x509"_s, u"-req"_s, u"-in"_s, file(name + u".csr"_s), u"-CA"_s,
                        file(u"ca.pem"_s), u"-CAkey"_s, file(u"ca.key"_s), u"-CAcreateserial"_s,
                        u"-days"_s, u"2"_s, u"-out"_s, file(name + u".pem"_s)});
    }

    EmulatorOptions tlsOptions(int version, bool clientCa = true) const
    {
        EmulatorOptions options;
        options.santedbVersion = version;
        options.tlsCertificatePath = file(u"server.pem"_s);
        options.tlsKeyPath = file(u"server.key"_s);
        if (clientCa)
            options.clientCaPath = file(u"ca.pem"_s);
        return options;
    }

    // A client trusting the server, presenting the named client certificate (none when empty).
    HttpClient &client(const QString &certificate = {})
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(file(u"server.pem"_s)));
        if (!certificate.isEmpty()) {
            tls.setLocalCertificate(
                QSslCertificate::fromPath(file(certificate + u".pem"_s)).value(0));
            QFile key(file(certificate + u".key"_s));
            if (key.open(QIODevice::ReadOnly))
                tls.setPrivateKey(QSslKey(&key, QSsl::Ec));
        }
        m_https.setTls(tls);
        return m_https;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!m_openssl.isEmpty(),
                 "openssl is needed to make test certificates (scripts/install-deps.sh installs "
                 "it)");
        QVERIFY(m_dir.isValid());
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                         u"2"_s, u"-subj"_s, u"/CN=Test Device CA"_s, u"-keyout"_s,
                         file(u"ca.key"_s), u"-out"_s, file(u"ca.pem"_s)}));
        QVERIFY(
            openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                     u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                     u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                     u"-keyout"_s, file(u"server.key"_s), u"-out"_s, file(u"server.pem"_s)}));
        // The lower-case CN proves the device lookup ignores case, as SanteDB's does.
        QVERIFY(makeClient(u"device"_s, u"example_device_node"_s, true));
        QVERIFY(makeClient(u"unknown"_s, u"NO_SUCH_DEVICE"_s, true));
        QVERIFY(makeClient(u"locked"_s, u"LOCKED_DEVICE"_s, true));
        QVERIFY(makeClient(u"untrusted"_s, exampleDevice, false));
    }

    void servesHttps()
    {
        AuthEmulator emulator(tlsOptions(3));
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        QCOMPARE(emulator.baseUrl().scheme(), u"https"_s);
        HttpClient &https = client();
        const Reply reply = https.send(emulator.baseUrl(), "PING"_ba, u"/auth"_s);
        QCOMPARE(reply.status, 204);
        const Reply discovery = https.get(emulator, u"/auth/.well-known/openid-configuration"_s);
        QCOMPARE(discovery.json.value(u"token_endpoint"_s).toString(),
                 emulator.baseUrl().toString() + u"/auth/oauth2_token"_s);
    }

    void certificateDevice_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.x") << 3;
        QTest::newRow("2.x") << 2;
    }

    void certificateDevice()
    {
        QFETCH(int, version);
        AuthEmulator emulator(tlsOptions(version));
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        HttpClient &https = client(u"device"_s);
        const Reply reply = https.token(emulator, clientCredentials(version));
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QJsonObject claims = jwtPart(member(reply.json, u"id_token"_s), 1);
        const QString deviceSid =
            Identities::derivedSid(exampleDevice).toString(QUuid::WithoutBraces);
        if (version == 3) {
            QCOMPARE(claims.value(u"urn:santedb:org:claim:devid"_s).toString(), deviceSid);
            const QJsonObject santedb = claims[u"extensions"_s][u"santedb"_s].toObject();
            QCOMPARE(santedb.value(u"devname"_s).toString(), exampleDevice);
            QCOMPARE(santedb.value(u"x509sub"_s).toString(), subjectOf(u"example_device_node"_s));
        } else {
            QCOMPARE(claims.value(u"devid"_s).toString(), deviceSid);
        }
        const ClientCertificate seen = emulator.requests().first().clientCertificate;
        QVERIFY(seen.presented && seen.trusted);
        QCOMPARE(seen.commonName, u"example_device_node"_s);
        QVERIFY(emulator.requests().first().toJsonLine().contains(
            ",\"client_certificate\":{\"subject\":\"CN=example_device_node"));
    }

    void refusedCertificates_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("3.x unknown CN") << 3 << u"unknown"_s << 401 << u"unspecified_error"_s
                                        << u"Invalid device credentials"_s;
        QTest::newRow("3.x locked device")
            << 3 << u"locked"_s << 401 << u"unspecified_error"_s << u"Device account is locked"_s;
        QTest::newRow("3.x untrusted issuer")
            << 3 << u"untrusted"_s << 401 << u"unspecified_error"_s
            << u"No trusted issuer on client chain found"_s;
        QTest::newRow("2.x unknown CN")
            << 2 << u"unknown"_s << 400 << u"invalid_grant"_s << u"Invalid device credentials"_s;
        QTest::newRow("2.x locked device")
            << 2 << u"locked"_s << 400 << u"invalid_grant"_s << u"Invalid device credentials"_s;
        QTest::newRow("2.x untrusted issuer") << 2 << u"untrusted"_s << 400 << u"invalid_grant"_s
                                              << u"No trusted issuer on client chain found"_s;
    }

    void refusedCertificates()
    {
        QFETCH(int, version);
        QFETCH(QString, certificate);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        AuthEmulator emulator(tlsOptions(version));
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        HttpClient &https = client(certificate);
        const Reply reply = https.token(emulator, clientCredentials(version));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(u"error"_s).toString(), error);
        QCOMPARE(reply.json.value(u"error_description"_s).toString(), description);
        QCOMPARE(emulator.tokenRequestCount(), 1);
    }

    void headerBeatsCertificate_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("deviceSecret");
        QTest::addColumn<int>("status");
        QTest::newRow("3.x good header, unknown certificate") << 3 << exampleDeviceSecret << 200;
        QTest::newRow("2.x good header, unknown certificate") << 2 << exampleDeviceSecret << 200;
        QTest::newRow("3.x wrong header, good certificate") << 3 << u"wrong"_s << 401;
        QTest::newRow("2.x wrong header, good certificate") << 2 << u"wrong"_s << 400;
    }

    void headerBeatsCertificate()
    {
        QFETCH(int, version);
        QFETCH(QString, deviceSecret);
        QFETCH(int, status);
        AuthEmulator emulator(tlsOptions(version));
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        HttpClient &https = client(status == 200 ? u"unknown"_s : u"device"_s);
        const QByteArray header = version == 2 ? "X-Device-Authorization"_ba : "Authorization"_ba;
        const Reply reply = https.token(emulator, clientCredentials(version),
                                        {{header, basic(exampleDevice, deviceSecret)}});
        QCOMPARE(reply.status, status);
        if (status != 200)
            return;
        const QJsonObject claims = jwtPart(member(reply.json, u"id_token"_s), 1);
        const QString deviceSid =
            Identities::derivedSid(exampleDevice).toString(QUuid::WithoutBraces);
        QCOMPARE(
            claims.value(version == 2 ? u"devid"_s : u"urn:santedb:org:claim:devid"_s).toString(),
            deviceSid);
        QVERIFY(!claims[u"extensions"_s][u"santedb"_s].toObject().contains(u"x509sub"_s));
    }

    void secretDevicesNeedNoCertificate()
    {
        AuthEmulator emulator(tlsOptions(3));
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        HttpClient &https = client();
        const Reply reply =
            https.token(emulator, clientCredentials(3),
                        {{"Authorization"_ba, basic(exampleDevice, exampleDeviceSecret)}});
        QCOMPARE(reply.status, 200);
        QVERIFY(!emulator.requests().first().clientCertificate.presented);
    }

    void withoutClientCaNoCertificateIsAsked()
    {
        EmulatorOptions options = tlsOptions(3, false);
        options.identities.allowNodelessClientAuth = false;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        // The client is ready to present one, but the server never asks.
        HttpClient &https = client(u"device"_s);
        const Reply reply = https.token(emulator,
                                        form({{u"grant_type"_s, u"client_credentials"_s},
                                              {u"client_id"_s, u"fiddler"_s},
                                              {u"client_secret"_s, u"fiddler"_s}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"unauthorized_client"_s);
        QVERIFY(!emulator.requests().first().clientCertificate.presented);
    }

    void passwordGrantWithCertificateDevice()
    {
        AuthEmulator emulator(tlsOptions(3));
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        HttpClient &https = client(u"device"_s);
        const Reply reply = https.token(emulator,
                                        form({{u"grant_type"_s, u"password"_s},
                                              {u"username"_s, u"allison"_s},
                                              {u"password"_s, u"Mohawk123"_s},
                                              {u"client_id"_s, exampleApp}}));
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QJsonObject claims = jwtPart(member(reply.json, u"id_token"_s), 1);
        QCOMPARE(claims.value(u"name"_s).toString(), u"allison"_s);
        QCOMPARE(claims.value(u"urn:santedb:org:claim:devid"_s).toString(),
                 Identities::derivedSid(exampleDevice).toString(QUuid::WithoutBraces));
        QVERIFY(reply.json.contains(u"refresh_token"_s));
    }

    void secretSigningNeedsASecret()
    {
        // SanteDB without a configured key signs with the request's secret; a certificate
        // device without a client secret leaves it none (santedb-auth.md §7.1 step 3).
        EmulatorOptions options = tlsOptions(3);
        options.signing = Signing::Secret;
        AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        HttpClient &https = client(u"device"_s);
        const Reply reply = https.token(emulator, clientCredentials(3));
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"unspecified_error"_s);
        QCOMPARE(reply.json.value(u"error_description"_s).toString(),
                 u"No signing key found in configuration"_s);
        QCOMPARE(emulator.sessionCount(), 0);
    }

    void unusableTlsFiles_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("clientCa");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing certificate")
            << u"nope.pem"_s << u"server.key"_s << QString() << u"nope.pem"_s;
        QTest::newRow("key is a certificate")
            << u"server.pem"_s << u"server.pem"_s << QString() << u"server.pem"_s;
        QTest::newRow("client CA is a key")
            << u"server.pem"_s << u"server.key"_s << u"ca.key"_s << u"ca.key"_s;
    }

    void unusableTlsFiles()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, clientCa);
        QFETCH(QString, mention);
        EmulatorOptions options;
        options.tlsCertificatePath = file(certificate);
        options.tlsKeyPath = file(key);
        if (!clientCa.isEmpty())
            options.clientCaPath = file(clientCa);
        AuthEmulator emulator(options);
        QVERIFY(!emulator.listen());
        QVERIFY2(emulator.errorString().contains(mention), qPrintable(emulator.errorString()));
        QVERIFY(emulator.errorString().endsWith(u'.'));
    }

    void binaryServesHttps()
    {
        QProcess process;
        process.start(QStringLiteral(SDSM_EMULATOR_PATH),
                      {u"--tls-cert"_s, file(u"server.pem"_s), u"--tls-key"_s,
                       file(u"server.key"_s), u"--client-ca"_s, file(u"ca.pem"_s)});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), replyTimeoutMs);
        const QByteArray line = process.readLine();
        const QRegularExpressionMatch match =
            QRegularExpression(u"^listening (https://127\\.0\\.0\\.1:\\d+)\\n$"_s)
                .match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        HttpClient &https = client(u"device"_s);
        const Reply reply = https.send(QUrl(match.captured(1)), "POST"_ba, u"/auth/oauth2_token"_s,
                                       clientCredentials(3));
        QCOMPARE(reply.status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(replyTimeoutMs));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTls)
#include "tst_emulatortls.moc"
