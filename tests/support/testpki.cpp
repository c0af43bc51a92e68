// SPDX-License-Identifier: Apache-2.0
#include "testpki.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sdsm::test {

namespace {

// What `openssl ca` needs to sign: a database, a serial, and a policy that takes any name.
const QByteArray CaConfig =
    "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\n"
    "new_certs_dir = .\nserial = serial\ndefault_md = sha256\npolicy = any\n"
    "copy_extensions = copy\nunique_subject = no\n"
    "[any]\ncommonName = supplied\n";

} // namespace

TestPki::TestPki()
    : m_openssl(QStandardPaths::findExecutable(u"openssl"_s))
{
    QFile config(m_dir.filePath(u"ca.cnf"_s));
    QFile index(m_dir.filePath(u"index.txt"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(CaConfig) != CaConfig.size()
        || !index.open(QIODevice::WriteOnly))
        m_error = u"cannot prepare the certificate folder"_s;
    if (m_openssl.isEmpty())
        m_error = u"openssl is not installed (scripts/install-deps.sh installs it)"_s;
}

QString TestPki::newName()
{
    return m_dir.filePath(u"c%1"_s.arg(++m_count));
}

bool TestPki::openssl(const QStringList &arguments, const QProcessEnvironment &environment)
{
    if (m_openssl.isEmpty())
        return false;
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

TestPki::Issued TestPki::load(const QString &certificatePath, const QString &keyPath)
{
    Issued issued;
    issued.certificatePath = certificatePath;
    issued.keyPath = keyPath;
    issued.certificate = QSslCertificate::fromPath(certificatePath).value(0);
    QFile key(keyPath);
    if (key.open(QIODevice::ReadOnly))
        issued.key = QSslKey(&key, QSsl::Ec);
    return issued;
}

TestPki::Issued TestPki::selfSigned(const QString &commonName, const QString &subjectAltName)
{
    const QString name = newName();
    QStringList arguments {u"req"_s,
                           u"-x509"_s,
                           u"-newkey"_s,
                           u"ec"_s,
                           u"-pkeyopt"_s,
                           u"ec_paramgen_curve:prime256v1"_s,
                           u"-nodes"_s,
                           u"-days"_s,
                           u"2"_s,
                           u"-subj"_s,
                           u"/CN="_s + commonName,
                           u"-keyout"_s,
                           name + u".key"_s,
                           u"-out"_s,
                           name + u".pem"_s};
    if (!subjectAltName.isEmpty())
        arguments << u"-addext"_s << u"subjectAltName="_s + subjectAltName;
    if (!openssl(arguments))
        return Issued();
    return load(name + u".pem"_s, name + u".key"_s);
}

TestPki::Issued TestPki::issue(const Issued &issuer, const QString &commonName,
                               const QString &subjectAltName, const QString &notBefore,
                               const QString &notAfter)
{
    const QString name = newName();
    QStringList request {u"req"_s,        u"-new"_s,        u"-newkey"_s,
                         u"ec"_s,         u"-pkeyopt"_s,    u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s,     u"-subj"_s,       u"/CN="_s + commonName,
                         u"-keyout"_s,    name + u".key"_s, u"-out"_s,
                         name + u".csr"_s};
    if (!subjectAltName.isEmpty())
        request << u"-addext"_s << u"subjectAltName="_s + subjectAltName;
    QStringList sign {u"ca"_s,          u"-batch"_s,      u"-config"_s,
                      u"ca.cnf"_s,      u"-cert"_s,       issuer.certificatePath,
                      u"-keyfile"_s,    issuer.keyPath,   u"-in"_s,
                      name + u".csr"_s, u"-out"_s,        name + u".pem"_s,
                      u"-notext"_s,     u"-rand_serial"_s};
    if (notBefore.isEmpty())
        sign << u"-days"_s << u"2"_s;
    else
        sign << u"-startdate"_s << notBefore << u"-enddate"_s << notAfter;
    if (!openssl(request) || !openssl(sign))
        return Issued();
    return load(name + u".pem"_s, name + u".key"_s);
}

QString TestPki::pkcs12(const Issued &issued, const QString &password)
{
    const QString path = newName() + u".p12"_s;
    // The password goes through the environment, never the command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SDSM_TEST_PKCS12_PASSWORD"_s, password);
    if (!openssl({u"pkcs12"_s, u"-export"_s, u"-in"_s, issued.certificatePath, u"-inkey"_s,
                  issued.keyPath, u"-passout"_s, u"env:SDSM_TEST_PKCS12_PASSWORD"_s, u"-out"_s,
                  path},
                 environment))
        return {};
    return path;
}

} // namespace sdsm::test
