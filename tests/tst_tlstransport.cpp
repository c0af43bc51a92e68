// TLS through the real transport against a local HTTPS server with a fresh self-signed
// certificate: untrusted is refused, a CA file or a pin lets it through, and a wrong pin stops
// the request before a single byte of it (credentials included) reaches the server.
#include "tokentransport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

// Answers every request with a small token response; records what arrived decrypted.
class HttpsServer : public QObject
{
public:
    HttpsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        m_server.setSslConfiguration(tls);
        m_server.listen(QHostAddress::LocalHost);
        // A failed handshake never becomes a pending connection; it ends here.
        connect(&m_server, &QSslServer::errorOccurred, this, [this] { closed = true; });
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::disconnected, this, [this] { closed = true; });
                connect(socket, &QSslSocket::errorOccurred, this, [this] { closed = true; });
                connect(socket, &QSslSocket::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n") && received.endsWith("secret-body")) {
                        const QByteArray body =
                            R"({"access_token":"tls-token","token_type":"bearer"})";
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                                      "application/json\r\nConnection: close\r\nContent-Length: "
                                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received; // what the client sent, decrypted
    bool closed = false; // the client's connection has ended: nothing more can arrive

private:
    QSslServer m_server;
};

} // namespace

class TestTlsTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_pin;

    Result<HttpAnswer> send(quint16 port, const TransportOptions &options)
    {
        TokenTransport transport;
        TokenRequest request;
        request.url = QUrl(u"https://127.0.0.1:%1/auth/oauth2_token"_s.arg(port));
        request.body = "secret-body";
        std::optional<Result<HttpAnswer>> result;
        transport.send(request, options,
                       [&](Result<HttpAnswer> r) { result.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(Result<HttpAnswer>(makeError(ErrorKind::Internal, u"no answer"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(
            !openssl.isEmpty(),
            "openssl is needed to make a test certificate (scripts/install-deps.sh installs it)");
        QProcess make;
        make.start(openssl,
                   {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                    u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                    u"-keyout"_s, m_dir.filePath(u"key.pem"_s), u"-out"_s,
                    m_dir.filePath(u"cert.pem"_s)});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        m_certificate = QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s)).value(0);
        QFile keyFile(m_dir.filePath(u"key.pem"_s));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_key = QSslKey(&keyFile, QSsl::Ec);
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());
        m_pin = QString::fromLatin1(
            QCryptographicHash::hash(m_certificate.toDer(), QCryptographicHash::Sha256).toHex());
    }

    void untrustedCertificateIsRefusedBeforeSending()
    {
        HttpsServer server(m_certificate, m_key);
        const auto result = send(server.port(), TransportOptions());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QTRY_VERIFY(server.closed);
        QVERIFY(server.received.isEmpty());
    }

    void caFileTrustsTheServer()
    {
        HttpsServer server(m_certificate, m_key);
        TransportOptions options;
        options.caFile = m_dir.filePath(u"cert.pem"_s);
        const auto result = send(server.port(), options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result.value().status, 200);
        QVERIFY(server.received.endsWith("secret-body"));
    }

    void pinnedCertificateIsAccepted()
    {
        HttpsServer server(m_certificate, m_key);
        TransportOptions options;
        options.pinSha256 = m_pin;
        const auto result = send(server.port(), options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result.value().status, 200);
    }

    void wrongPinSendsNothingEvenWhenTheChainIsTrusted()
    {
        HttpsServer server(m_certificate, m_key);
        TransportOptions options;
        options.caFile = m_dir.filePath(u"cert.pem"_s); // the chain alone would be trusted
        options.pinSha256 = QString(64, u'a');
        const auto result = send(server.port(), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QVERIFY2(result.error().message.contains(u"does not match the pinned SHA-256"_s),
                 qPrintable(result.error().message));
        QVERIFY2(!server.received.contains("secret-body"),
                 "the request reached a server with the wrong certificate");
    }
};

QTEST_GUILESS_MAIN(TestTlsTransport)
#include "tst_tlstransport.moc"
