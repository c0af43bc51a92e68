// SPDX-License-Identifier: Apache-2.0
// Device certificates made at run time with the openssl command, as an administrator would:
// every file kind opens or fails with its own sentence (never showing the password), legacy
// PKCS#12 opens without OpenSSL's legacy provider in the default context, and what
// loadClientIdentity returns completes a real mutual-TLS handshake on 127.0.0.1.
#include "devicecertificate.h"
#include "testsupport.h"
#include "timetext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

// Non-ASCII on purpose: PKCS#12 and PEM both take the password as UTF-8.
const QString kPassword = u"pässwörd Ω 42"_s;
const char *const kPasswordVariable = "SDSM_TEST_CERT_PASSWORD";
// Set in the child run of legacyWithoutTheProviderSaysHowToConvert.
const char *const kLegacyChildVariable = "SDSM_TEST_LEGACY_CHILD_P12";

// A TLS server on 127.0.0.1 that insists on a client certificate issued by `ca`.
class MutualTlsServer : public QObject
{
public:
    MutualTlsServer(const QSslCertificate &certificate, const QSslKey &key,
                    const QSslCertificate &ca)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setCaCertificates({ca});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_server.setSslConfiguration(tls);
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QSslServer::errorOccurred, this, [this] { refused = true; });
        connect(&m_server, &QSslServer::sslErrors, this, [this] { refused = true; });
        connect(&m_server, &QSslServer::peerVerifyError, this, [this] { refused = true; });
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                peer = socket->peerCertificate();
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QSslCertificate peer; // the client certificate of an accepted connection
    bool refused = false;

private:
    QSslServer m_server;
};

// Checked by OpenSSL itself, independently of the code under test.
bool keyBelongsTo(const QSslKey &key, const QSslCertificate &certificate)
{
    const QByteArray pem = key.toPem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY *privateKey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &cursor, static_cast<long>(der.size()));
    const bool belongs = privateKey && x509 && X509_check_private_key(x509, privateKey) == 1;
    EVP_PKEY_free(privateKey);
    X509_free(x509);
    return belongs;
}

} // namespace

class TestDeviceCertificate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_openssl;
    QSslCertificate m_ca;
    QSslCertificate m_client; // what every client file holds as its leaf
    QSslCertificate m_ecClient;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // expectFailure: the run is meant to fail, so its complaint is no news.
    bool openssl(const QStringList &args, bool expectFailure = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kPasswordVariable), kPassword); // never in arguments
        process.setProcessEnvironment(env);
        process.start(m_openssl, args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            if (!expectFailure)
                qWarning("openssl %s failed: %s", qPrintable(args.value(0)),
                         process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    static QString passIn() { return u"env:"_s + QString::fromLatin1(kPasswordVariable); }

    bool issue(const QString &keyFile, const QString &subject, const QString &certificateFile,
               const QStringList &extensions = {})
    {
        QFile extensionFile(path(certificateFile + u".ext"_s));
        if (!extensionFile.open(QIODevice::WriteOnly))
            return false;
        extensionFile.write(extensions.join(u'\n').toUtf8() + '\n');
        extensionFile.close();
        return openssl({u"req"_s, u"-new"_s, u"-key"_s, path(keyFile), u"-subj"_s, subject,
                        u"-out"_s, path(certificateFile + u".csr"_s)})
            && openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(certificateFile + u".csr"_s), u"-CA"_s,
                        path(u"ca.pem"_s), u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s,
                        u"-days"_s, u"2"_s, u"-extfile"_s, extensionFile.fileName(), u"-out"_s,
                        path(certificateFile)});
    }

    bool writeFile(const QString &name, const QByteArray &bytes,
                   QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
            && file.setPermissions(permissions);
    }

    QByteArray read(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // Every error sentence is checked for the password in every encoding a leak could take.
    static void verifyNoPassword(const Error &error)
    {
        QCOMPARE(test::findLeak(error.message.toUtf8(), kPassword), -1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kLegacyChildVariable))
            return; // the child run needs only its one file
        QVERIFY(m_dir.isValid());
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!m_openssl.isEmpty(),
                 "openssl makes the test certificates (scripts/install-deps.sh installs it)");

        // A CA, an RSA and an EC device certificate it issued, a server certificate for TLS.
        QVERIFY(
            openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                     u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                     u"/CN=SDSM Test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                     u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s,
                     path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s)}));
        QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
                         u"rsa_keygen_bits:2048"_s, u"-out"_s, path(u"client.key"_s)}));
        QVERIFY(issue(u"client.key"_s, u"/O=Ministry of Health/CN=EXAMPLE_DEVICE_NODE"_s,
                      u"client.pem"_s, {u"extendedKeyUsage=clientAuth"_s}));
        QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:P-256"_s, u"-out"_s, path(u"client-ec.key"_s)}));
        QVERIFY(issue(u"client-ec.key"_s, u"/CN=EC_DEVICE_NODE"_s, u"client-ec.pem"_s,
                      {u"extendedKeyUsage=clientAuth"_s}));
        QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:P-256"_s, u"-out"_s, path(u"server.key"_s)}));
        QVERIFY(issue(u"server.key"_s, u"/CN=127.0.0.1"_s, u"server.pem"_s,
                      {u"subjectAltName=IP:127.0.0.1"_s, u"extendedKeyUsage=serverAuth"_s}));
        QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:P-256"_s, u"-out"_s, path(u"other.key"_s)}));
        m_ca = QSslCertificate::fromPath(path(u"ca.pem"_s)).value(0);
        m_client = QSslCertificate::fromPath(path(u"client.pem"_s)).value(0);
        m_ecClient = QSslCertificate::fromPath(path(u"client-ec.pem"_s)).value(0);
        QVERIFY(!m_ca.isNull() && !m_client.isNull() && !m_ecClient.isNull());

        // PKCS#12: OpenSSL 3's default (AES-256, HMAC-SHA256), Windows-style legacy (RC2-40 and
        // 3DES), no password, certificates only.
        const QStringList exportClient {u"pkcs12"_s,    u"-export"_s,
                                        u"-in"_s,       path(u"client.pem"_s),
                                        u"-inkey"_s,    path(u"client.key"_s),
                                        u"-certfile"_s, path(u"ca.pem"_s),
                                        u"-passout"_s,  passIn()};
        QVERIFY(openssl(exportClient + QStringList {u"-out"_s, path(u"aes.p12"_s)}));
        QVERIFY(
            openssl(exportClient + QStringList {u"-legacy"_s, u"-out"_s, path(u"legacy.p12"_s)}));
        QVERIFY(openssl({u"pkcs12"_s, u"-export"_s, u"-in"_s, path(u"client.pem"_s), u"-inkey"_s,
                         path(u"client.key"_s), u"-passout"_s, u"pass:"_s, u"-out"_s,
                         path(u"nopass.p12"_s)}));
        QVERIFY(openssl({u"pkcs12"_s, u"-export"_s, u"-nokeys"_s, u"-in"_s, path(u"client.pem"_s),
                         u"-passout"_s, passIn(), u"-out"_s, path(u"certonly.p12"_s)}));
        const QByteArray p12 = read(u"aes.p12"_s);
        QVERIFY(writeFile(u"truncated.p12"_s, p12.first(p12.size() / 2)));
        QByteArray noise(300, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                              noise.size() / 4);
        QVERIFY(writeFile(u"random.p12"_s, noise));

        // PEM: keys encrypted as PKCS#8 and in the traditional form, a world-readable plain key,
        // a certificate and key in one file, a certificate alone.
        QVERIFY(openssl({u"pkey"_s, u"-in"_s, path(u"client.key"_s), u"-aes256"_s, u"-passout"_s,
                         passIn(), u"-out"_s, path(u"client-pkcs8.key"_s)}));
        QVERIFY(openssl({u"rsa"_s, u"-in"_s, path(u"client.key"_s), u"-aes256"_s, u"-traditional"_s,
                         u"-passout"_s, passIn(), u"-out"_s, path(u"client-traditional.key"_s)}));
        QVERIFY(
            writeFile(u"client-open.key"_s, read(u"client.key"_s),
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(
            writeFile(u"client-pkcs8-open.key"_s, read(u"client-pkcs8.key"_s),
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(writeFile(u"combined.pem"_s, read(u"client.pem"_s) + read(u"client.key"_s)));
        QVERIFY(QFile::setPermissions(path(u"client.key"_s), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(
            QFile::setPermissions(path(u"client-ec.key"_s), QFile::ReadOwner | QFile::WriteOwner));
    }

    void inspectAcceptsEachKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<CertificateFileKind>("kind");
        QTest::addColumn<bool>("passwordNeeded");
        QTest::addColumn<bool>("warned");
        const auto p12 = CertificateFileKind::Pkcs12;
        const auto pem = CertificateFileKind::Pem;
        QTest::newRow("AES p12") << u"aes.p12"_s << QString() << p12 << true << false;
        QTest::newRow("legacy p12") << u"legacy.p12"_s << QString() << p12 << true << false;
        QTest::newRow("p12 without password")
            << u"nopass.p12"_s << QString() << p12 << false << false;
        // Structure only: that no key is inside shows when the file is opened.
        QTest::newRow("certificate-only p12")
            << u"certonly.p12"_s << QString() << p12 << true << false;
        QTest::newRow("PEM, key 0600")
            << u"client.pem"_s << u"client.key"_s << pem << false << false;
        QTest::newRow("PEM, key 0644")
            << u"client.pem"_s << u"client-open.key"_s << pem << false << true;
        QTest::newRow("PEM, encrypted key 0644")
            << u"client.pem"_s << u"client-pkcs8-open.key"_s << pem << true << false;
        QTest::newRow("PEM, traditional encrypted key")
            << u"client.pem"_s << u"client-traditional.key"_s << pem << true << false;
        QTest::newRow("PEM, EC key")
            << u"client-ec.pem"_s << u"client-ec.key"_s << pem << false << false;
        QTest::newRow("PEM, one file") << u"combined.pem"_s << QString() << pem << false << false;
    }
    void inspectAcceptsEachKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(CertificateFileKind, kind);
        QFETCH(bool, passwordNeeded);
        QFETCH(bool, warned);
        const auto check =
            inspectCertificateFiles(path(file), key.isEmpty() ? QString() : path(key));
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
        QCOMPARE(check.value().kind, kind);
        QCOMPARE(check.value().passwordNeeded, passwordNeeded);
        QCOMPARE(!check.value().warning.isEmpty(), warned);
        if (warned)
            QVERIFY(check.value().warning.contains(path(key)));
    }

    void inspectRefusesWhatIsNotACertificate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("named"); // the file the sentence must name
        QTest::addColumn<QString>("field");
        QTest::newRow("300 random bytes")
            << u"random.p12"_s << QString() << u"random.p12"_s << u"device_cert"_s;
        QTest::newRow("truncated p12")
            << u"truncated.p12"_s << QString() << u"truncated.p12"_s << u"device_cert"_s;
        QTest::newRow("PEM certificate without key")
            << u"client.pem"_s << QString() << u"client.pem"_s << u"device_key"_s;
        QTest::newRow("key file that is a certificate")
            << u"client.pem"_s << u"ca.pem"_s << u"ca.pem"_s << u"device_key"_s;
        QTest::newRow("key file of random bytes")
            << u"client.pem"_s << u"random.p12"_s << u"random.p12"_s << u"device_key"_s;
        QTest::newRow("p12 with a key file")
            << u"aes.p12"_s << u"client.key"_s << u"aes.p12"_s << u"device_key"_s;
        QTest::newRow("key as certificate")
            << u"client.key"_s << QString() << u"client.key"_s << u"device_cert"_s;
        QTest::newRow("missing file")
            << u"absent.p12"_s << QString() << u"absent.p12"_s << u"device_cert"_s;
        QTest::newRow("missing key file")
            << u"client.pem"_s << u"absent.key"_s << u"absent.key"_s << u"device_key"_s;
    }
    void inspectRefusesWhatIsNotACertificate()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, named);
        QFETCH(QString, field);
        const auto check =
            inspectCertificateFiles(path(file), key.isEmpty() ? QString() : path(key));
        QVERIFY(!check.ok());
        QCOMPARE(check.error().kind, ErrorKind::Config);
        QCOMPARE(check.error().exitCode(), 2);
        QVERIFY2(check.error().message.contains(path(named)), qPrintable(check.error().message));
        QCOMPARE(check.error().remedy, (Remedy {RemedyAction::EditProfileField, field}));
    }

    void inspectRefusesDirectoriesAndHugeFiles()
    {
        auto check = inspectCertificateFiles(m_dir.path(), {});
        QVERIFY(!check.ok());
        QCOMPARE(check.error().kind, ErrorKind::Config);
        QVERIFY(writeFile(u"huge.p12"_s, QByteArray(2 * 1024 * 1024, '\x30')));
        check = inspectCertificateFiles(path(u"huge.p12"_s), {});
        QVERIFY(!check.ok());
        QVERIFY(check.error().message.contains(u"1 MiB"_s));
    }

    void loadsEachKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<QSsl::KeyAlgorithm>("algorithm");
        QTest::addColumn<int>("chainLength");
        QTest::newRow("AES p12") << u"aes.p12"_s << QString() << true << QSsl::Rsa << 1;
        QTest::newRow("legacy p12") << u"legacy.p12"_s << QString() << true << QSsl::Rsa << 1;
        QTest::newRow("p12 without password")
            << u"nopass.p12"_s << QString() << false << QSsl::Rsa << 0;
        QTest::newRow("PEM, plain key")
            << u"client.pem"_s << u"client.key"_s << false << QSsl::Rsa << 0;
        // A password for an unencrypted key is simply not needed.
        QTest::newRow("PEM, plain key, password given")
            << u"client.pem"_s << u"client.key"_s << true << QSsl::Rsa << 0;
        QTest::newRow("PEM, PKCS#8 encrypted key")
            << u"client.pem"_s << u"client-pkcs8.key"_s << true << QSsl::Rsa << 0;
        QTest::newRow("PEM, traditional encrypted key")
            << u"client.pem"_s << u"client-traditional.key"_s << true << QSsl::Rsa << 0;
        QTest::newRow("PEM, EC key")
            << u"client-ec.pem"_s << u"client-ec.key"_s << false << QSsl::Ec << 0;
        QTest::newRow("PEM, one file") << u"combined.pem"_s << QString() << false << QSsl::Rsa << 0;
    }
    void loadsEachKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(bool, withPassword);
        QFETCH(QSsl::KeyAlgorithm, algorithm);
        QFETCH(int, chainLength);
        const auto identity =
            loadClientIdentity(path(file), key.isEmpty() ? QString() : path(key),
                               withPassword ? std::optional(kPassword) : std::nullopt, now());
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
        const ClientIdentity &id = identity.value();
        const QSslCertificate &expected = algorithm == QSsl::Ec ? m_ecClient : m_client;
        QCOMPARE(id.certificate, expected);
        QCOMPARE(id.key.algorithm(), algorithm);
        QCOMPARE(id.key.type(), QSsl::PrivateKey);
        QVERIFY(!id.key.isNull());
        QVERIFY(keyBelongsTo(id.key, id.certificate));
        QCOMPARE(id.chain.size(), chainLength);
        if (chainLength > 0)
            QCOMPARE(id.chain.first(), m_ca);
        QCOMPARE(id.info, CertificateInfo::of(expected));
        QVERIFY(id.info.subject.contains(algorithm == QSsl::Ec ? u"CN=EC_DEVICE_NODE"_s
                                                               : u"CN=EXAMPLE_DEVICE_NODE"_s));
    }

    void legacyFileReallyIsLegacy()
    {
        // The fixture is what Windows exports: without the legacy provider OpenSSL 3 cannot read
        // it, so loadsEachKind(legacy p12) proves the loader brings its own provider.
        QVERIFY(!openssl({u"pkcs12"_s, u"-in"_s, path(u"legacy.p12"_s), u"-nokeys"_s, u"-passin"_s,
                          passIn(), u"-out"_s, path(u"legacy-out.pem"_s)},
                         true));
        QVERIFY(openssl({u"pkcs12"_s, u"-legacy"_s, u"-in"_s, path(u"legacy.p12"_s), u"-nokeys"_s,
                         u"-passin"_s, passIn(), u"-out"_s, path(u"legacy-out.pem"_s)}));
    }

    void wrongPasswordIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("password");
        QTest::newRow("AES p12") << u"aes.p12"_s << QString() << u"wrong"_s;
        QTest::newRow("legacy p12") << u"legacy.p12"_s << QString() << u"wrong"_s;
        QTest::newRow("AES p12, empty password") << u"aes.p12"_s << QString() << QString();
        QTest::newRow("p12 made without password") << u"nopass.p12"_s << QString() << u"wrong"_s;
        QTest::newRow("PKCS#8 key") << u"client.pem"_s << u"client-pkcs8.key"_s << u"wrong"_s;
        QTest::newRow("traditional key")
            << u"client.pem"_s << u"client-traditional.key"_s << u"wrong"_s;
        // The right password with one character more.
        QTest::newRow("almost right") << u"aes.p12"_s << QString() << kPassword + u'!';
    }
    void wrongPasswordIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, password);
        const auto identity = loadClientIdentity(path(file), key.isEmpty() ? QString() : path(key),
                                                 std::optional(password), now());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().kind, ErrorKind::Refused);
        QCOMPARE(identity.error().exitCode(), 2);
        QVERIFY2(identity.error().message.startsWith(u"the certificate password is wrong"_s),
                 qPrintable(identity.error().message));
        QCOMPARE(identity.error().remedy, (Remedy {RemedyAction::SetSecret, u"cert-password"_s}));
        verifyNoPassword(identity.error());
    }

    void missingPasswordIsASecretMissing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::newRow("AES p12") << u"aes.p12"_s << QString();
        QTest::newRow("legacy p12") << u"legacy.p12"_s << QString();
        QTest::newRow("PKCS#8 key") << u"client.pem"_s << u"client-pkcs8.key"_s;
        QTest::newRow("traditional key") << u"client.pem"_s << u"client-traditional.key"_s;
    }
    void missingPasswordIsASecretMissing()
    {
        // Never a prompt: on a terminal OpenSSL would otherwise ask for the PEM passphrase.
        QFETCH(QString, file);
        QFETCH(QString, key);
        const auto identity = loadClientIdentity(path(file), key.isEmpty() ? QString() : path(key),
                                                 std::nullopt, now());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().kind, ErrorKind::SecretMissing);
        QCOMPARE(identity.error().remedy, (Remedy {RemedyAction::SetSecret, u"cert-password"_s}));
        QVERIFY(identity.error().message.contains(path(key.isEmpty() ? file : key)));
    }

    void filesWithoutAKeyOrWithTheWrongOne()
    {
        auto identity = loadClientIdentity(path(u"certonly.p12"_s), {}, kPassword, now());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().kind, ErrorKind::Refused);
        QVERIFY2(identity.error().message.contains(u"no private key"_s),
                 qPrintable(identity.error().message));
        QCOMPARE(identity.error().remedy,
                 (Remedy {RemedyAction::EditProfileField, u"device_cert"_s}));
        verifyNoPassword(identity.error());

        identity = loadClientIdentity(path(u"client.pem"_s), path(u"other.key"_s), {}, now());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().kind, ErrorKind::Refused);
        QVERIFY2(identity.error().message.contains(u"does not belong"_s),
                 qPrintable(identity.error().message));
        QVERIFY(identity.error().message.contains(path(u"other.key"_s)));
        QCOMPARE(identity.error().remedy,
                 (Remedy {RemedyAction::EditProfileField, u"device_key"_s}));

        identity = loadClientIdentity(path(u"client.pem"_s), path(u"ca.pem"_s), {}, now());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().kind, ErrorKind::Config);
        QCOMPARE(identity.error().remedy,
                 (Remedy {RemedyAction::EditProfileField, u"device_key"_s}));
    }

    void damagedFilesAreRefused()
    {
        for (const QString &file : {u"truncated.p12"_s, u"random.p12"_s}) {
            const auto identity = loadClientIdentity(path(file), {}, kPassword, now());
            QVERIFY(!identity.ok());
            QCOMPARE(identity.error().exitCode(), 2);
            QVERIFY(identity.error().message.contains(path(file)));
            verifyNoPassword(identity.error());
        }
        // A PKCS#12 whose encrypted part is flipped after the integrity check was computed.
        QByteArray p12 = read(u"aes.p12"_s);
        p12[p12.size() / 2] = static_cast<char>(p12[p12.size() / 2] ^ 0x55);
        QVERIFY(writeFile(u"flipped.p12"_s, p12));
        const auto identity = loadClientIdentity(path(u"flipped.p12"_s), {}, kPassword, now());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().exitCode(), 2);
        verifyNoPassword(identity.error());
    }

    void expiredOrNotYetValid()
    {
        const CertificateInfo info = CertificateInfo::of(m_client);
        const QString dates[] = {utcText(info.notBefore), utcText(info.notAfter)};

        auto identity =
            loadClientIdentity(path(u"aes.p12"_s), {}, kPassword, info.notAfter.addDays(1));
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().kind, ErrorKind::Refused);
        QVERIFY2(identity.error().message.contains(u"expired"_s),
                 qPrintable(identity.error().message));
        for (const QString &date : dates)
            QVERIFY(identity.error().message.contains(date));
        QCOMPARE(identity.error().remedy,
                 (Remedy {RemedyAction::EditProfileField, u"device_cert"_s}));

        identity = loadClientIdentity(path(u"client.pem"_s), path(u"client.key"_s), {},
                                      info.notBefore.addSecs(-60));
        QVERIFY(!identity.ok());
        QVERIFY2(identity.error().message.contains(u"not valid yet"_s),
                 qPrintable(identity.error().message));
        for (const QString &date : dates)
            QVERIFY(identity.error().message.contains(date));

        // The last valid second still loads.
        QVERIFY(loadClientIdentity(path(u"aes.p12"_s), {}, kPassword, info.notAfter).ok());
    }

    void expiresSoonWithinThirtyDays()
    {
        const CertificateInfo info = CertificateInfo::of(m_client);
        QVERIFY(certificateExpiresSoon(info, info.notAfter.addDays(-30)));
        QVERIFY(certificateExpiresSoon(info, info.notAfter.addSecs(-1)));
        QVERIFY(!certificateExpiresSoon(info, info.notAfter.addDays(-30).addSecs(-1)));
        QVERIFY(!certificateExpiresSoon(info, info.notAfter.addSecs(1))); // expired: not "soon"
        QVERIFY(!certificateExpiresSoon(CertificateInfo(), info.notAfter));
    }

    void legacyWithoutTheProviderSaysHowToConvert()
    {
        if (qEnvironmentVariableIsSet(kLegacyChildVariable)) {
            // The child: OPENSSL_MODULES points at an empty folder, so no legacy provider loads.
            const auto identity =
                loadClientIdentity(qEnvironmentVariable(kLegacyChildVariable), {},
                                   qEnvironmentVariable(kPasswordVariable), now());
            QVERIFY(!identity.ok());
            QCOMPARE(identity.error().kind, ErrorKind::Refused);
            QVERIFY2(identity.error().message.contains(
                         u"openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export "
                         "-out new.p12"_s),
                     qPrintable(identity.error().message));
            verifyNoPassword(identity.error());
            return;
        }
        QVERIFY(QDir(m_dir.path()).mkpath(u"no-modules"_s));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPENSSL_MODULES"_s, path(u"no-modules"_s));
        env.insert(QString::fromLatin1(kLegacyChildVariable), path(u"legacy.p12"_s));
        env.insert(QString::fromLatin1(kPasswordVariable), kPassword);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"legacyWithoutTheProviderSaysHowToConvert"_s});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }

    void completesAMutualTlsHandshake_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::newRow("legacy p12, RSA") << u"legacy.p12"_s << QString();
        QTest::newRow("PEM, EC") << u"client-ec.pem"_s << u"client-ec.key"_s;
        QTest::newRow("none") << QString() << QString(); // control: the server does insist
    }
    void completesAMutualTlsHandshake()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFile serverKey(path(u"server.key"_s));
        QVERIFY(serverKey.open(QIODevice::ReadOnly));
        MutualTlsServer server(QSslCertificate::fromPath(path(u"server.pem"_s)).value(0),
                               QSslKey(&serverKey, QSsl::Ec), m_ca);
        QVERIFY(server.port() != 0);

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_ca});
        std::optional<ClientIdentity> identity;
        if (!file.isEmpty()) {
            auto loaded = loadClientIdentity(path(file), key.isEmpty() ? QString() : path(key),
                                             kPassword, now());
            QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
            identity = loaded.value();
            // The chain setter wants the device's own certificate first.
            tls.setLocalCertificateChain(QList {identity->certificate} + identity->chain);
            tls.setPrivateKey(identity->key);
        }
        QSslSocket client;
        client.setSslConfiguration(tls);
        client.connectToHostEncrypted(u"127.0.0.1"_s, server.port());
        if (identity) {
            QTRY_COMPARE_WITH_TIMEOUT(server.peer, identity->certificate, 20000);
            QVERIFY(client.isEncrypted());
            QVERIFY(!server.refused);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(server.refused, 20000);
            QVERIFY(server.peer.isNull());
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceCertificate)
#include "tst_devicecertificate.moc"
