// SPDX-License-Identifier: Apache-2.0
// Devices by client certificate through the CLI (issue 6 §3): `profile add --device-cert` checks
// the files' structure only, `profile show` presents the certificate, `login` presents it in the
// TLS handshake (and no device header) to the emulator serving HTTPS with --client-ca, on both
// generations, and every way it can go wrong is one sentence with the right exit code.
// Certificates are made at run time with openssl.
#include "countingserver.h"
#include "testpki.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::test;

namespace {

const QString appSecret = u"4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV"_s; // the seed page's, built in

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// openssl's YYYYMMDDHHMMSSZ, `days` from now.
QString opensslDate(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(u"yyyyMMddhhmmss'Z'"_s);
}

QString hex(QCryptographicHash::Algorithm algorithm, const QSslCertificate &certificate)
{
    return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), algorithm).toHex());
}

} // namespace

class TestCliCertificate : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;
    TestPki::Issued m_ca, m_otherCa, m_server, m_device, m_longDevice, m_expired, m_future;
    QString m_p12, m_p12Password = canary(u"p12"_s);
    QTemporaryDir m_files;

    CliRun cli(const Sandbox &sandbox, const QStringList &args, const QByteArray &input = {})
    {
        return runCli(sandbox, QStringList {u"--config"_s, sandbox.configFile()} + args, input);
    }

    QStringList emulatorArgs(const QString &version, bool clientCa = true) const
    {
        QStringList args {u"--santedb-version"_s,   version,        u"--tls-cert"_s,
                          m_server.certificatePath, u"--tls-key"_s, m_server.keyPath};
        if (clientCa)
            args << u"--client-ca"_s << m_ca.certificatePath;
        return args;
    }

    // `profile add` of a certificate device at `server` (trusting the emulator's certificate).
    CliRun addProfile(const Sandbox &sandbox, const QString &server, const QStringList &device,
                      const QString &version = u"3"_s)
    {
        return cli(sandbox,
                   QStringList {u"profile"_s, u"add"_s, u"p"_s, u"--server"_s, server,
                                u"--client-id"_s, u"EXAMPLE_APPLICATION"_s, u"--ca-file"_s,
                                m_server.certificatePath, u"--santedb-version"_s, version}
                       + device);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    // No profile was stored: the list is empty.
    void checkNothingStored(const Sandbox &sandbox)
    {
        const CliRun list = cli(sandbox, {u"profile"_s, u"list"_s, u"--json"_s});
        QVERIFY2(QJsonDocument::fromJson(list.out).array().isEmpty(), list.out.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        SDSM_REQUIRE_KEYRING();
        QVERIFY2(m_pki.error().isEmpty(), qPrintable(m_pki.error()));
        m_ca = m_pki.selfSigned(u"Device CA"_s);
        m_otherCa = m_pki.selfSigned(u"Other CA"_s);
        m_server = m_pki.selfSigned(u"127.0.0.1"_s, u"IP:127.0.0.1"_s);
        m_device = m_pki.issue(m_ca, u"EXAMPLE_DEVICE_NODE"_s); // two days: expires soon
        m_longDevice =
            m_pki.issue(m_ca, u"EXAMPLE_DEVICE_NODE"_s, {}, opensslDate(-1), opensslDate(90));
        m_expired =
            m_pki.issue(m_ca, u"EXAMPLE_DEVICE_NODE"_s, {}, opensslDate(-10), opensslDate(-1));
        m_future = m_pki.issue(m_ca, u"EXAMPLE_DEVICE_NODE"_s, {}, opensslDate(5), opensslDate(9));
        for (const TestPki::Issued *issued :
             {&m_ca, &m_otherCa, &m_server, &m_device, &m_longDevice, &m_expired, &m_future})
            QVERIFY2(!issued->isNull(), qPrintable(m_pki.error()));
        m_p12 = m_pki.pkcs12(m_device, m_p12Password);
        QVERIFY2(!m_p12.isEmpty(), qPrintable(m_pki.error()));
        // The key files are the owner's alone unless a test says otherwise.
        for (const TestPki::Issued *issued : {&m_device, &m_longDevice, &m_expired, &m_future})
            QFile::setPermissions(issued->keyPath, QFile::ReadOwner | QFile::WriteOwner);
    }

    // The certificate goes in the handshake, no device header goes anywhere, and the server
    // authenticates the device: both generations, PKCS#12 and PEM.
    void certificateDeviceLogsIn_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("pkcs12");
        QTest::newRow("3.x PKCS#12") << u"3"_s << true;
        QTest::newRow("3.x PEM") << u"3"_s << false;
        QTest::newRow("2.x PKCS#12") << u"2"_s << true;
        QTest::newRow("2.x PEM") << u"2"_s << false;
    }

    void certificateDeviceLogsIn()
    {
        QFETCH(QString, version);
        QFETCH(bool, pkcs12);
        Emulator emulator(emulatorArgs(version));
        QVERIFY(emulator.started());
        QVERIFY(emulator.url().startsWith(u"https://"_s));
        Sandbox sandbox;
        const QStringList device = pkcs12
            ? QStringList {u"--device-cert"_s, m_p12}
            : QStringList {u"--device-cert"_s, m_device.certificatePath, u"--device-key"_s,
                           m_device.keyPath};
        const CliRun add = addProfile(sandbox, emulator.url(), device, version);
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        // The hint names the certificate password only when the files need one.
        QCOMPARE(add.err.contains("cert-password"), pkcs12);
        if (pkcs12)
            QCOMPARE(cli(sandbox, {u"secret"_s, u"set"_s, u"p"_s, u"cert-password"_s},
                         m_p12Password.toUtf8())
                         .exitCode,
                     0);
        // 2.x always authenticates the application by its secret; 3.x lets the device vouch.
        if (version == u"2"_s)
            QCOMPARE(cli(sandbox, {u"secret"_s, u"set"_s, u"p"_s, u"client"_s}, appSecret.toUtf8())
                         .exitCode,
                     0);

        const CliRun login = cli(sandbox, {u"login"_s, u"p"_s, u"--json"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QJsonObject result = parse(login.out);
        QCOMPARE(result.value(u"device_authenticated"_s).toBool(), true);
        QCOMPARE(result.value(u"signature"_s).toString(), u"verified"_s);
        QCOMPARE(result.value(u"santedb_version"_s).toInt(), version.toInt());

        const QList<QJsonObject> tokens = emulator.requests();
        QCOMPARE(tokens.size(), 1);
        const QJsonObject request = tokens.first();
        QVERIFY2(requestHeader(request, u"X-Device-Authorization"_s).isNull(),
                 "a device header was sent");
        QVERIFY2(!requestHeader(request, u"Authorization"_s).startsWith(u"Basic"_s),
                 "a Basic header was sent");
        const QJsonObject presented = request.value(u"client_certificate"_s).toObject();
        QCOMPARE(presented.value(u"subject"_s).toString(), u"CN=EXAMPLE_DEVICE_NODE"_s);
        QCOMPARE(presented.value(u"trusted"_s).toBool(), true);

        const CliRun human = cli(sandbox, {u"login"_s, u"p"_s, u"--fresh"_s});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("certificate (CN=EXAMPLE_DEVICE_NODE)"), human.out.constData());
        QVERIFY(human.out.contains("device:           authenticated"));
    }

    void profileShowPresentsTheCertificate_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::addColumn<bool>("expiresSoon");
        QTest::newRow("PKCS#12, password from the keychain, expires in 2 days") << true << true;
        QTest::newRow("PEM, valid 90 days") << false << false;
    }

    void profileShowPresentsTheCertificate()
    {
        QFETCH(bool, pkcs12);
        QFETCH(bool, expiresSoon);
        const TestPki::Issued &issued = pkcs12 ? m_device : m_longDevice;
        Sandbox sandbox;
        const QStringList device = pkcs12 ? QStringList {u"--device-cert"_s, m_p12}
                                          : QStringList {u"--device-cert"_s, issued.certificatePath,
                                                         u"--device-key"_s, issued.keyPath};
        QCOMPARE(addProfile(sandbox, u"https://127.0.0.1:9"_s, device).exitCode, 0);
        if (pkcs12) {
            // Without its password the file cannot be opened: the paths, and why not.
            const CliRun locked = cli(sandbox, {u"profile"_s, u"show"_s, u"p"_s, u"--json"_s});
            QCOMPARE(locked.exitCode, 0);
            QVERIFY2(locked.err.contains("cert-password"), locked.err.constData());
            QVERIFY(parse(locked.out)[u"device"_s][u"certificate"_s][u"subject"_s].isNull());
            QCOMPARE(cli(sandbox, {u"secret"_s, u"set"_s, u"p"_s, u"cert-password"_s},
                         m_p12Password.toUtf8())
                         .exitCode,
                     0);
        }

        const CliRun show = cli(sandbox, {u"profile"_s, u"show"_s, u"p"_s, u"--json"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        const QJsonObject d = parse(show.out).value(u"device"_s).toObject();
        QCOMPARE(d.value(u"mode"_s).toString(), u"certificate"_s);
        QVERIFY(d.value(u"id"_s).isNull());
        const QJsonObject c = d.value(u"certificate"_s).toObject();
        QCOMPARE(c.value(u"path"_s).toString(), pkcs12 ? m_p12 : issued.certificatePath);
        if (pkcs12)
            QVERIFY(c.value(u"key_path"_s).isNull());
        else
            QCOMPARE(c.value(u"key_path"_s).toString(), issued.keyPath);
        QCOMPARE(c.value(u"subject"_s).toString(), u"CN=EXAMPLE_DEVICE_NODE"_s);
        QCOMPARE(c.value(u"issuer"_s).toString(), u"CN=Device CA"_s);
        QCOMPARE(c.value(u"not_before"_s).toString(), utc(issued.certificate.effectiveDate()));
        QCOMPARE(c.value(u"not_after"_s).toString(), utc(issued.certificate.expiryDate()));
        // SanteDB's thumbprint form: lower-case hex of the DER.
        QCOMPARE(c.value(u"sha1"_s).toString(), hex(QCryptographicHash::Sha1, issued.certificate));
        QCOMPARE(c.value(u"sha256"_s).toString(),
                 hex(QCryptographicHash::Sha256, issued.certificate));
        QCOMPARE(show.err.contains("expires on"), expiresSoon);
        QVERIFY(findLeak(show.out + show.err, m_p12Password) < 0);

        const CliRun human = cli(sandbox, {u"profile"_s, u"show"_s, u"p"_s});
        QCOMPARE(human.exitCode, 0);
        for (const QString &expected : {u"CN=EXAMPLE_DEVICE_NODE"_s, u"CN=Device CA"_s,
                                        hex(QCryptographicHash::Sha1, issued.certificate),
                                        hex(QCryptographicHash::Sha256, issued.certificate),
                                        utc(issued.certificate.expiryDate())})
            QVERIFY2(human.out.contains(expected.toUtf8()), qPrintable(expected));
        QCOMPARE(human.err.contains("warning: the device certificate expires on"), expiresSoon);
    }

    // `profile add/edit` checks the structure only and never asks for anything.
    void profileAddChecksTheStructureOnly()
    {
        Sandbox sandbox;
        QByteArray noise(300, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                              noise.size() / 4);
        const QString random = writeFile(u"random.p12"_s, noise);
        const CliRun refused =
            addProfile(sandbox, u"https://127.0.0.1:9"_s, {u"--device-cert"_s, random});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("neither a PKCS#12 file")
                     && refused.err.contains("random.p12"),
                 refused.err.constData());
        checkNothingStored(sandbox);

        // A PEM certificate whose key is elsewhere needs --device-key.
        const CliRun keyless = addProfile(sandbox, u"https://127.0.0.1:9"_s,
                                          {u"--device-cert"_s, m_device.certificatePath});
        QCOMPARE(keyless.exitCode, 2);
        QVERIFY2(keyless.err.contains("no private key"), keyless.err.constData());
        checkNothingStored(sandbox);

        // An encrypted PKCS#12 is accepted without its password: login asks the keychain.
        const CliRun p12 =
            addProfile(sandbox, u"https://127.0.0.1:9"_s, {u"--device-cert"_s, m_p12});
        QVERIFY2(p12.exitCode == 0, qPrintable(p12.describe()));
        QVERIFY(!p12.err.contains("warning"));

        // Editing to a bad file changes nothing.
        const CliRun edit =
            cli(sandbox, {u"profile"_s, u"edit"_s, u"p"_s, u"--device-cert"_s, random});
        QCOMPARE(edit.exitCode, 2);
        QCOMPARE(parse(cli(sandbox, {u"profile"_s, u"show"_s, u"p"_s, u"--json"_s})
                           .out)[u"device"_s][u"certificate"_s][u"path"_s]
                     .toString(),
                 m_p12);

        // An unencrypted key others can read is accepted, with a warning.
        const QString openKey = writeFile(u"open.key"_s, [&] {
            QFile key(m_device.keyPath);
            return key.open(QIODevice::ReadOnly) ? key.readAll() : QByteArray();
        }());
        QVERIFY(QFile::setPermissions(
            openKey, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const CliRun open = cli(sandbox,
                                {u"profile"_s, u"edit"_s, u"p"_s, u"--device-cert"_s,
                                 m_device.certificatePath, u"--device-key"_s, openKey});
        QVERIFY2(open.exitCode == 0, qPrintable(open.describe()));
        QVERIFY2(open.err.contains("warning: the private key in")
                     && open.err.contains("not encrypted"),
                 open.err.constData());
    }

    void plainHttpIsRefusedForACertificateDevice()
    {
        Sandbox sandbox;
        const CliRun add =
            cli(sandbox,
                {u"profile"_s, u"add"_s, u"p"_s, u"--server"_s, u"http://127.0.0.1:9"_s,
                 u"--client-id"_s, u"APP"_s, u"--device-cert"_s, m_p12});
        QCOMPARE(add.exitCode, 2);
        QVERIFY2(add.err.contains("https"), add.err.constData());
        checkNothingStored(sandbox);
    }

    // Refused before a byte is sent: a wrong password, and certificates outside their dates.
    void refusedLocallyNothingSent_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("wrong password") << u"p12"_s << u"the certificate password is wrong"_s;
        QTest::newRow("expired") << u"expired"_s << u"has expired"_s;
        QTest::newRow("not yet valid") << u"future"_s << u"is not valid yet"_s;
    }

    void refusedLocallyNothingSent()
    {
        QFETCH(QString, which);
        QFETCH(QString, fragment);
        Emulator emulator(emulatorArgs(u"3"_s));
        QVERIFY(emulator.started());
        Sandbox sandbox;
        const TestPki::Issued &issued = which == u"expired"_s ? m_expired : m_future;
        const QStringList device = which == u"p12"_s
            ? QStringList {u"--device-cert"_s, m_p12}
            : QStringList {u"--device-cert"_s, issued.certificatePath, u"--device-key"_s,
                           issued.keyPath};
        QVERIFY(addProfile(sandbox, emulator.url(), device).exitCode == 0);
        const QString wrong = canary(u"wrong"_s);
        if (which == u"p12"_s)
            QCOMPARE(
                cli(sandbox, {u"secret"_s, u"set"_s, u"p"_s, u"cert-password"_s}, wrong.toUtf8())
                    .exitCode,
                0);
        const CliRun login = cli(sandbox, {u"login"_s, u"p"_s, u"--json"_s});
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains(fragment.toUtf8()), login.err.constData());
        if (which != u"p12"_s) {
            // Both dates, so a person can see which end was passed.
            QVERIFY2(login.err.contains(utc(issued.certificate.effectiveDate()).toUtf8())
                         && login.err.contains(utc(issued.certificate.expiryDate()).toUtf8()),
                     login.err.constData());
        }
        QCOMPARE(parse(login.out)[u"error"_s][u"exit_code"_s].toInt(), 2);
        QCOMPARE(emulator.requests(false).size(), 0);
        QVERIFY(findLeak(login.out + login.err + sandbox.allFileBytes(), wrong) < 0);
    }

    // A server that aborts the handshake over the certificate: exit 4, said plainly.
    void serverRefusingTheCertificate()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_server.certificate);
        tls.setPrivateKey(m_server.key);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // and it trusts another CA only
        tls.setCaCertificates({m_otherCa.certificate});
        CountingServer server(CountingServer::reply("HTTP/1.1 500 Unexpected\r\n\r\n"), tls);
        Sandbox sandbox;
        QCOMPARE(addProfile(sandbox, server.url(QString(), true).toString(QUrl::StripTrailingSlash),
                            {u"--device-cert"_s, m_device.certificatePath, u"--device-key"_s,
                             m_device.keyPath})
                     .exitCode,
                 0);
        const CliRun login = runCliServing(
            sandbox, {u"--config"_s, sandbox.configFile(), u"login"_s, u"p"_s, u"--json"_s});
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("refused the device certificate"), login.err.constData());
        QCOMPARE(parse(login.out)[u"error"_s][u"kind"_s].toString(), u"tls"_s);
        QCOMPARE(server.requests(), 0);
    }

    // HTTPS without --client-ca asks for no certificate; a server that needs a device then says
    // unauthorized_client (2.x: invalid_grant) — which must not read as a header problem.
    void serverAskingForNoCertificate_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.x") << u"3"_s;
        QTest::newRow("2.x") << u"2"_s;
    }

    void serverAskingForNoCertificate()
    {
        QFETCH(QString, version);
        QTemporaryDir serverFiles;
        const QString identities = serverFiles.filePath(u"identities.json"_s);
        QFile file(identities);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonArray policies {u"1.3.6.1.4.1.33349.3.1.5.9.2.1"_s,
                                   u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0"_s,
                                   u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"_s};
        file.write(
            QJsonDocument(
                QJsonObject {{u"allow_nodeless_client_auth"_s, false},
                             {u"applications"_s,
                              QJsonArray {QJsonObject {{u"client_id"_s, u"EXAMPLE_APPLICATION"_s},
                                                       {u"secret"_s, appSecret},
                                                       {u"policies"_s, policies}}}},
                             {u"devices"_s,
                              QJsonArray {QJsonObject {{u"device_id"_s, u"EXAMPLE_DEVICE_NODE"_s},
                                                       {u"secret"_s, canary(u"unused"_s)},
                                                       {u"policies"_s, policies}}}}})
                .toJson());
        file.close();
        Emulator emulator(emulatorArgs(version, false)
                          + QStringList {u"--identities"_s, identities});
        QVERIFY(emulator.started());
        Sandbox sandbox;
        QCOMPARE(addProfile(sandbox, emulator.url(),
                            {u"--device-cert"_s, m_device.certificatePath, u"--device-key"_s,
                             m_device.keyPath},
                            version)
                     .exitCode,
                 0);
        QCOMPARE(
            cli(sandbox, {u"secret"_s, u"set"_s, u"p"_s, u"client"_s}, appSecret.toUtf8()).exitCode,
            0);
        const CliRun login = cli(sandbox, {u"login"_s, u"p"_s, u"--json"_s});
        QCOMPARE(login.exitCode, 3);
        QVERIFY2(login.err.contains("the server did not ask for a client certificate — certificate "
                                    "device authentication is not configured on this endpoint"),
                 login.err.constData());
        QVERIFY2(!login.err.contains("header"), login.err.constData());
        const QJsonObject error = parse(login.out).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"http_status"_s).toInt(), 400);
        QCOMPARE(error.value(u"server_error"_s).toString(),
                 version == u"3"_s ? u"unauthorized_client"_s : u"invalid_grant"_s);
        QCOMPARE(emulator.requests().size(), 1);
        QVERIFY(emulator.requests().first().value(u"client_certificate"_s).isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestCliCertificate)
#include "tst_clicertificate.moc"
