// SPDX-License-Identifier: Apache-2.0
// TLS through the real client against local HTTPS servers with certificates made at run time:
// what is trusted and what is refused, that a refusal happens before a single byte of the
// request (credentials included) is written, client certificates in the handshake, fetching a
// certificate without sending anything, and https through a CONNECT proxy.
#include "countingserver.h"
#include "httpclient.h"
#include "testpki.h"
#include "timetext.h"
#include "tokentransport.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using sdsm::test::CountingServer;
using sdsm::test::TestPki;

namespace {

const QByteArray Json = R"({"access_token":"tls-token","token_type":"bearer"})";
const QByteArray Body = "grant_type=client_credentials&client_id=APP&client_secret=secret-body";

CountingServer::Respond answerOk()
{
    return CountingServer::reply("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Content-Length: "
                                 + QByteArray::number(Json.size()) + "\r\n\r\n" + Json);
}

QSslConfiguration serverTls(const TestPki::Issued &identity,
                            const QList<QSslCertificate> &clientCas = {})
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    if (!clientCas.isEmpty()) {
        // Require a device certificate from these CAs, and abort the handshake with an alert
        // when the one presented is not (as a TLS-terminating server does).
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setCaCertificates(clientCas);
        tls.setHandshakeMustInterruptOnError(true);
        tls.setMissingCertificateIsFatal(true);
    }
    return tls;
}

QString sha256(const QSslCertificate &certificate)
{
    return CertificateInfo::of(certificate).sha256;
}

// An HTTP CONNECT proxy: records each CONNECT line, then pipes the tunnel to one local port,
// whatever host was asked for (so the test never resolves or reaches another name).
class ConnectProxy : public QObject
{
public:
    explicit ConnectProxy(quint16 targetPort)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this, targetPort] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                client->setParent(this);
                auto *target = new QTcpSocket(client);
                auto head = std::make_shared<QByteArray>();
                connect(client, &QIODevice::readyRead, this, [=, this] {
                    if (target->state() == QAbstractSocket::ConnectedState) {
                        target->write(client->readAll());
                        return;
                    }
                    *head += client->readAll();
                    const qsizetype end = head->indexOf("\r\n\r\n");
                    if (end < 0 || target->state() != QAbstractSocket::UnconnectedState)
                        return;
                    connectLines.append(head->left(head->indexOf("\r\n")));
                    target->connectToHost(QHostAddress::LocalHost, targetPort);
                    connect(target, &QAbstractSocket::connected, this, [=] {
                        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                        target->write(head->mid(end + 4));
                    });
                });
                connect(target, &QIODevice::readyRead, this,
                        [=] { client->write(target->readAll()); });
                connect(target, &QAbstractSocket::disconnected, client,
                        &QAbstractSocket::disconnectFromHost);
                connect(client, &QAbstractSocket::disconnected, target,
                        &QAbstractSocket::disconnectFromHost);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> connectLines;

private:
    QTcpServer m_server;
};

} // namespace

class TestTlsTransport : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;
    TestPki::Issued m_selfSigned, m_ca, m_server, m_renewed, m_otherName, m_expired, m_proxied;
    TestPki::Issued m_deviceCa, m_device, m_strangerCa, m_stranger;

    Result<HttpAnswer> send(const CountingServer &server, const TransportOptions &options,
                            const QString &host = u"127.0.0.1"_s)
    {
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(u"https://%1:%2/auth/oauth2_token"_s.arg(host).arg(server.port()));
        request.body = Body;
        std::optional<Result<HttpAnswer>> result;
        QObject context;
        client.send(request, options)->then(&context, [&](Result<HttpAnswer> r) {
            result.emplace(std::move(r));
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(Result<HttpAnswer>(makeError(ErrorKind::Internal, u"none"_s)));
    }

    Result<ServerCertificate> fetch(const CountingServer &server, const TransportOptions &options)
    {
        HttpClient client;
        std::optional<Result<ServerCertificate>> result;
        QObject context;
        client.fetchCertificate(server.url(u"/"_s, true), options)
            ->then(&context, [&](Result<ServerCertificate> r) { result.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(
            Result<ServerCertificate>(makeError(ErrorKind::Internal, u"none"_s)));
    }

    // The refusal came before the request: the server decrypted nothing at all.
    static void expectNothingSent(const CountingServer &server)
    {
        QTRY_VERIFY(server.idle());
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests(), 0);
        QVERIFY2(server.bytesReceived().isEmpty(), server.bytesReceived().constData());
    }

    static void expectSentOnce(const CountingServer &server)
    {
        QTRY_VERIFY(server.idle());
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests(), 1);
        QVERIFY(server.receivedRequests().first().endsWith(Body));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                                  "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            qunsetenv(proxy);
        const QString ip = u"IP:127.0.0.1"_s;
        m_selfSigned = m_pki.selfSigned(u"127.0.0.1"_s, ip);
        m_ca = m_pki.selfSigned(u"SDSM Test CA"_s);
        m_server = m_pki.issue(m_ca, u"127.0.0.1"_s, ip);
        m_renewed = m_pki.issue(m_ca, u"127.0.0.1"_s, ip);
        m_otherName = m_pki.issue(m_ca, u"other.example"_s, u"DNS:other.example"_s);
        m_expired =
            m_pki.issue(m_ca, u"127.0.0.1"_s, ip, u"20200101000000Z"_s, u"20200102000000Z"_s);
        m_proxied = m_pki.issue(m_ca, u"proxied.sdsm.test"_s, u"DNS:proxied.sdsm.test"_s);
        m_deviceCa = m_pki.selfSigned(u"SDSM Device CA"_s);
        m_device = m_pki.issue(m_deviceCa, u"EXAMPLE_DEVICE_NODE"_s);
        m_strangerCa = m_pki.selfSigned(u"Stranger CA"_s);
        m_stranger = m_pki.issue(m_strangerCa, u"EXAMPLE_DEVICE_NODE"_s);
        for (const auto *issued :
             {&m_selfSigned, &m_ca, &m_server, &m_renewed, &m_otherName, &m_expired, &m_proxied,
              &m_deviceCa, &m_device, &m_strangerCa, &m_stranger})
            QVERIFY2(!issued->isNull(), qPrintable(m_pki.error()));
    }

    void untrustedCertificateIsDescribedAndNothingSent()
    {
        CountingServer server(answerOk(), serverTls(m_selfSigned));
        const auto result = send(server, TransportOptions());
        QVERIFY(!result.ok());
        const Error &error = result.error();
        QCOMPARE(error.kind, ErrorKind::Tls);
        QCOMPARE(error.remedy.action, RemedyAction::TrustCertificate);
        QCOMPARE(error.certificate, CertificateInfo::of(m_selfSigned.certificate));
        for (const QString &part :
             {u"self-signed"_s, u"CN=127.0.0.1"_s, sha256(m_selfSigned.certificate),
              utcText(error.certificate.notAfter)})
            QVERIFY2(error.message.contains(part), qPrintable(error.message));
        expectNothingSent(server);
    }

    void caFileTrustsTheServer()
    {
        CountingServer server(answerOk(), serverTls(m_server));
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        const auto result = send(server, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result.value().body, Json);
        expectSentOnce(server);
    }

    void unreadableCaFileIsAConfigError()
    {
        CountingServer server(answerOk(), serverTls(m_server));
        TransportOptions options;
        options.caFile = m_server.keyPath; // a key, not a certificate
        const auto result = send(server, options);
        QCOMPARE(result.error().kind, ErrorKind::Config);
        QCOMPARE(result.error().remedy.argument, u"ca_file"_s);
        QCOMPARE(server.connections(), 0);
    }

    void eachVerificationFailureHasItsOwnSentence_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("hostname mismatch") << 0 << u"issued for other.example"_s;
        QTest::newRow("expired") << 1 << u"expired on 2020-01-02T00:00:00Z"_s;
        QTest::newRow("unknown issuer") << 2 << u"issuer is not a certificate authority"_s;
    }

    void eachVerificationFailureHasItsOwnSentence()
    {
        QFETCH(int, which);
        QFETCH(QString, fragment);
        const TestPki::Issued &identity = which == 0 ? m_otherName
            : which == 1                             ? m_expired
                                                     : m_server;
        CountingServer server(answerOk(), serverTls(identity));
        TransportOptions options;
        if (which != 2)
            options.caFile = m_ca.certificatePath;
        const auto result = send(server, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
        QCOMPARE(result.error().certificate.sha256, sha256(identity.certificate));
        expectNothingSent(server);
    }

    void pinAcceptsExactlyThatCertificateWhateverItsChain_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::newRow("self-signed") << false;
        QTest::newRow("expired") << true;
    }

    void pinAcceptsExactlyThatCertificateWhateverItsChain()
    {
        QFETCH(bool, expired);
        const TestPki::Issued &identity = expired ? m_expired : m_selfSigned;
        CountingServer server(answerOk(), serverTls(identity));
        TransportOptions options;
        options.pinSha256 = sha256(identity.certificate).toUpper(); // case is ignored
        const auto result = send(server, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        expectSentOnce(server);
    }

    void changedPinnedCertificateIsRefusedBeforeSending()
    {
        CountingServer server(answerOk(), serverTls(m_renewed));
        TransportOptions options;
        options.caFile = m_ca.certificatePath; // the chain alone would be trusted
        options.pinSha256 = sha256(m_server.certificate);
        const auto result = send(server, options);
        QVERIFY(!result.ok());
        const Error &error = result.error();
        QCOMPARE(error.kind, ErrorKind::Tls);
        QVERIFY2(error.message.contains(u"does not match the pinned SHA-256"_s),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(sha256(m_server.certificate)));
        QVERIFY(error.message.contains(sha256(m_renewed.certificate)));
        QCOMPARE(error.certificate, CertificateInfo::of(m_renewed.certificate));
        QCOMPARE(error.remedy.action, RemedyAction::EditProfileField);
        QCOMPARE(error.remedy.argument, u"pin_sha256"_s);
        expectNothingSent(server);
    }

    void trustedCertificateIsAcceptedAndItsReplacementRefused()
    {
        {
            CountingServer server(answerOk(), serverTls(m_selfSigned));
            TransportOptions options;
            options.trustedSha256 = sha256(m_selfSigned.certificate);
            const auto result = send(server, options);
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            expectSentOnce(server);
        }
        CountingServer server(answerOk(), serverTls(m_renewed));
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        options.trustedSha256 = sha256(m_server.certificate);
        const auto result = send(server, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QVERIFY2(result.error().message.contains(u"changed since it was trusted"_s),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(sha256(m_server.certificate)));
        QVERIFY(result.error().message.contains(sha256(m_renewed.certificate)));
        QCOMPARE(result.error().remedy.action, RemedyAction::TrustCertificate);
        expectNothingSent(server);
    }

    void pinWinsOverTheTrustedRecord()
    {
        {
            CountingServer server(answerOk(), serverTls(m_selfSigned));
            TransportOptions options;
            options.pinSha256 = sha256(m_selfSigned.certificate);
            options.trustedSha256 = sha256(m_server.certificate);
            QVERIFY(send(server, options).ok());
        }
        CountingServer server(answerOk(), serverTls(m_selfSigned));
        TransportOptions options;
        options.pinSha256 = sha256(m_server.certificate);
        options.trustedSha256 = sha256(m_selfSigned.certificate);
        const auto result = send(server, options);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(u"pinned"_s));
        expectNothingSent(server);
    }

    void deviceCertificateIsPresentedInTheHandshake()
    {
        CountingServer server(answerOk(), serverTls(m_server, {m_deviceCa.certificate}));
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        options.clientIdentity = ClientIdentity {
            m_device.certificate, m_device.key, {}, CertificateInfo::of(m_device.certificate)};
        const auto result = send(server, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        expectSentOnce(server);
        QCOMPARE(server.clientCertificates().size(), 1);
        QCOMPARE(server.clientCertificates().first(), m_device.certificate);
    }

    void serverRefusingTheDeviceCertificateIsSaidSo()
    {
        CountingServer server(answerOk(), serverTls(m_server, {m_deviceCa.certificate}));
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        options.clientIdentity = ClientIdentity {m_stranger.certificate,
                                                 m_stranger.key,
                                                 {},
                                                 CertificateInfo::of(m_stranger.certificate)};
        const auto result = send(server, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QVERIFY2(result.error().message.contains(u"refused the device certificate"_s),
                 qPrintable(result.error().message));
        QTRY_VERIFY(server.idle());
        QCOMPARE(server.requests(), 0);
        QVERIFY(server.clientCertificates().isEmpty());
    }

    void serverWantingACertificateNobodyConfigured()
    {
        CountingServer server(answerOk(), serverTls(m_server, {m_deviceCa.certificate}));
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        const auto result = send(server, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QTRY_VERIFY(server.idle());
        QCOMPARE(server.requests(), 0);
    }

    void certificateIsFetchedWithoutSendingAnything()
    {
        CountingServer server(answerOk(), serverTls(m_selfSigned));
        const auto fetched = fetch(server, TransportOptions());
        QVERIFY2(fetched.ok(), fetched.ok() ? "" : qPrintable(fetched.error().message));
        QCOMPARE(fetched.value().chain.value(0), m_selfSigned.certificate);
        QCOMPARE(fetched.value().leaf, CertificateInfo::of(m_selfSigned.certificate));
        QVERIFY2(fetched.value().problem.contains(u"self-signed"_s),
                 qPrintable(fetched.value().problem));
        expectNothingSent(server);
    }

    void fetchedCertificateSaysWhetherItIsAccepted()
    {
        CountingServer server(answerOk(), serverTls(m_server));
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        auto fetched = fetch(server, options);
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().leaf.sha256, sha256(m_server.certificate));
        QVERIFY2(fetched.value().problem.isEmpty(), qPrintable(fetched.value().problem));

        options.pinSha256 = sha256(m_renewed.certificate);
        fetched = fetch(server, options);
        QVERIFY(fetched.ok());
        QVERIFY(fetched.value().problem.contains(u"does not match the pinned"_s));
        QTRY_VERIFY(server.idle());
        QCOMPARE(server.requests(), 0);
    }

    void httpsGoesThroughAConnectProxy()
    {
        CountingServer server(answerOk(), serverTls(m_proxied));
        ConnectProxy proxy(server.port());
        qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        const auto result = send(server, options, u"proxied.sdsm.test"_s);
        qunsetenv("https_proxy");
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        expectSentOnce(server);
        QCOMPARE(proxy.connectLines.size(), 1);
        QCOMPARE(proxy.connectLines.first(),
                 "CONNECT proxied.sdsm.test:" + QByteArray::number(server.port()) + " HTTP/1.1");
    }

    void tokenTransportAdapterUsesTheClient()
    {
        CountingServer server(answerOk(), serverTls(m_server));
        TokenTransport transport;
        TokenRequest request;
        request.url = server.url(u"/auth/oauth2_token"_s, true);
        request.body = Body;
        TransportOptions options;
        options.caFile = m_ca.certificatePath;
        std::optional<Result<HttpAnswer>> result;
        transport.send(request, options,
                       [&](Result<HttpAnswer> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->value().body, Json);
        expectSentOnce(server);
    }
};

QTEST_GUILESS_MAIN(TestTlsTransport)
#include "tst_tlstransport.moc"
