// SPDX-License-Identifier: Apache-2.0
// ServerProbe ("Test connection"): discovery, the PING fallback, and the careful transport rules
// (no credentials, no redirects, a total deadline) against local servers only.
#include "authemulator.h"
#include "serverprobe.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using sdsm::ErrorKind;
using sdsm::Profile;
using sdsm::Result;
using sdsm::ServerProbe;
using sdsm::ServerReport;

namespace {

// A loopback HTTP/1.1 server whose answers the test scripts: `respond` gets the method and the
// request-target and returns the whole raw answer, or an empty array to never answer.
class ScriptedServer : public QObject
{
public:
    using Respond = std::function<QByteArray(const QByteArray &method, const QByteArray &path)>;

    explicit ScriptedServer(Respond respond)
        : m_respond(std::move(respond))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }
    const QList<std::pair<QByteArray, QByteArray>> &requests() const { return m_requests; }
    QList<QByteArray> heads() const { return m_heads; }

    static QByteArray answer(int status, const QByteArray &contentType, const QByteArray &body,
                             const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 "_ba + QByteArray::number(status) + " Scripted\r\n"_ba
            + (contentType.isEmpty() ? QByteArray() : "Content-Type: "_ba + contentType + "\r\n"_ba)
            + extraHeaders + "Content-Length: "_ba + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n"_ba + body;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        if (requestLine.size() < 2)
            return;
        m_requests.append({requestLine.at(0), requestLine.at(1)});
        m_heads.append(head);
        buffer.clear();
        const QByteArray raw = m_respond(requestLine.at(0), requestLine.at(1));
        if (raw.isEmpty())
            return;
        socket->write(raw);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Respond m_respond;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<std::pair<QByteArray, QByteArray>> m_requests;
    QList<QByteArray> m_heads;
};

Profile profileFor(const QString &server)
{
    Profile profile;
    profile.uuid = QUuid::createUuid();
    profile.name = u"probe"_s;
    profile.server = QUrl(server);
    profile.clientId = u"app"_s;
    return profile;
}

std::optional<Result<ServerReport>> runProbe(ServerProbe &probe, const Profile &profile,
                                             int timeoutSeconds = 15)
{
    return sdsm::test::await(probe.probe(sdsm::ProbeTarget::forProfile(profile, timeoutSeconds)),
                             30000);
}

// For QVERIFY2, which evaluates its message even when the check passes.
QByteArray failure(const Result<ServerReport> &outcome)
{
    return outcome.ok() ? QByteArray() : outcome.error().message.toUtf8();
}

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryFound()
    {
        sdsm::emu::AuthEmulator emulator;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const QString base = emulator.baseUrl().toString();
        ServerProbe probe;
        const auto outcome = runProbe(probe, profileFor(base));
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), failure(*outcome).constData());
        const ServerReport &report = outcome->value();
        QVERIFY(report.discovery);
        QCOMPARE(report.document.issuer, base + u"/auth"_s);
        QCOMPARE(report.document.tokenEndpoint, QUrl(base + u"/auth/oauth2_token"_s));
        QVERIFY(report.document.grantTypes.contains(u"client_credentials"_s));
        QCOMPARE(report.guessedGeneration, sdsm::Generation::V3);
        QCOMPARE(report.document.jwksUri, QUrl(base + u"/auth/jwks"_s));
        QCOMPARE(report.toJson().value(u"santedb_version"_s).toInt(), 3);
        QCOMPARE(report.toJson().value(u"end_session_endpoint"_s).toString(),
                 base + u"/auth/signout"_s);
        QCOMPARE(report.document.signingAlgorithms, QStringList {u"HS256"_s});
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(u" | "_s)));
        QVERIFY(report.summary.startsWith(u"SanteDB OpenID discovery found: issuer "_s + base));
        QVERIFY(report.summary.contains(u"grants client_credentials"_s));
        QVERIFY(report.summary.contains(u"id_token signed HS256"_s));

        // One GET, no credentials of any kind, and never the token endpoint.
        const auto requests = emulator.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, "GET"_ba);
        QCOMPARE(requests.first().route(), "/auth/.well-known/openid-configuration"_ba);
        QVERIFY(!requests.first().hasHeader("Authorization"));
        QVERIFY(!requests.first().hasHeader("X-Device-Authorization"));
        QVERIFY(requests.first().body.isEmpty());
        QCOMPARE(emulator.tokenRequestCount(), 0);
    }

    void serverPathIsKept()
    {
        QCOMPARE(ServerProbe::discoveryUrl(QUrl(u"https://h:8443/santedb/"_s)),
                 QUrl(u"https://h:8443/santedb/auth/.well-known/openid-configuration"_s));
        QCOMPARE(ServerProbe::pingUrl(QUrl(u"https://h:8443"_s)), QUrl(u"https://h:8443/auth"_s));
    }

    void pingFallback_data()
    {
        QTest::addColumn<QByteArray>("discoveryAnswer");
        QTest::addColumn<int>("pingStatus");
        QTest::addColumn<QString>("problem");
        QTest::newRow("404, PING 204")
            << ScriptedServer::answer(404, "application/json"_ba, R"({"error":"not_found"})"_ba)
            << 204 << u"the discovery request got HTTP 404"_s;
        QTest::newRow("HTML page, PING 200")
            << ScriptedServer::answer(200, "text/html"_ba, "<html>sign in</html>"_ba) << 200
            << u"the discovery answer is not a JSON object"_s;
        QTest::newRow("JSON without token_endpoint")
            << ScriptedServer::answer(200, "application/json"_ba, R"({"issuer":"x"})"_ba) << 204
            << u"names no usable token_endpoint"_s;
        QTest::newRow("javascript: token_endpoint")
            << ScriptedServer::answer(200, "application/json"_ba,
                                      R"j({"token_endpoint":"javascript:alert(1)"
    })j"_ba) << 204
            << u"names no usable token_endpoint"_s;
        QTest::newRow("discovery redirect, PING 204")
            << ScriptedServer::answer(302, {}, {}, "Location: http://127.0.0.2/x\r\n"_ba) << 204
            << u"redirect (HTTP 302), which is not followed"_s;
    }

    void pingFallback()
    {
        QFETCH(QByteArray, discoveryAnswer);
        QFETCH(int, pingStatus);
        QFETCH(QString, problem);
        ScriptedServer server([&](const QByteArray &method, const QByteArray &) {
            if (method == "PING")
                return ScriptedServer::answer(pingStatus, {}, {});
            return discoveryAnswer;
        });
        QVERIFY(server.listen());
        ServerProbe probe;
        const auto outcome = runProbe(probe, profileFor(server.url()));
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), failure(*outcome).constData());
        const ServerReport &report = outcome->value();
        QVERIFY(!report.discovery);
        QVERIFY(report.document.issuer.isEmpty());
        QVERIFY2(report.summary.contains(u"answered PING (HTTP %1)"_s.arg(pingStatus)),
                 qPrintable(report.summary));
        QVERIFY2(report.summary.contains(problem), qPrintable(report.summary));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).first, "GET"_ba);
        QCOMPARE(server.requests().at(0).second, "/auth/.well-known/openid-configuration"_ba);
        QCOMPARE(server.requests().at(1).first, "PING"_ba);
        QCOMPARE(server.requests().at(1).second, "/auth"_ba);
    }

    void neitherAnswers()
    {
        ScriptedServer server([](const QByteArray &, const QByteArray &) {
            return ScriptedServer::answer(404, "text/plain"_ba, "nothing here"_ba);
        });
        QVERIFY(server.listen());
        ServerProbe probe;
        const auto outcome = runProbe(probe, profileFor(server.url()));
        QVERIFY(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Http);
        QCOMPARE(outcome->error().httpStatus, 404);
        QVERIFY2(outcome->error().message.contains(u"does not look like a SanteDB auth service"_s),
                 failure(*outcome).constData());
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        ServerProbe probe;
        const auto outcome = runProbe(probe, profileFor(u"http://127.0.0.1:%1"_s.arg(port)));
        QVERIFY(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Network);
        QVERIFY2(outcome->error().message.contains(u"refused"_s), failure(*outcome).constData());
    }

    void redirectNotFollowed()
    {
        ScriptedServer elsewhere([](const QByteArray &, const QByteArray &) {
            return ScriptedServer::answer(204, {}, {});
        });
        QVERIFY(elsewhere.listen());
        const QByteArray location = elsewhere.url().toUtf8() + "/auth"_ba;
        ScriptedServer server([&](const QByteArray &, const QByteArray &) {
            return ScriptedServer::answer(307, {}, {}, "Location: "_ba + location + "\r\n"_ba);
        });
        QVERIFY(server.listen());
        ServerProbe probe;
        const auto outcome = runProbe(probe, profileFor(server.url()));
        QVERIFY(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Redirect);
        QCOMPARE(outcome->error().httpStatus, 307);
        QVERIFY2(outcome->error().message.contains(QString::fromUtf8(location)),
                 failure(*outcome).constData());
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void hostileDiscoveryIsCleanedAndFlagged()
    {
        const QByteArray document =
            R"({"issuer":"https://evil.example/auth\u202e\n\u0007INJECTED",)"
            R"("token_endpoint":"https://evil.example/auth/oauth2_token",)"
            R"("grant_types_supported":["password","x\u0000y"],)"
            R"("id_token_signing_alg_values_supported":"not a list"})"_ba;
        ScriptedServer server([&](const QByteArray &, const QByteArray &) {
            return ScriptedServer::answer(200, "application/json"_ba, document);
        });
        QVERIFY(server.listen());
        ServerProbe probe;
        const auto outcome = runProbe(probe, profileFor(server.url()));
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), failure(*outcome).constData());
        const ServerReport &report = outcome->value();
        // textrules.h: the line break becomes a space, the override and the bell go.
        QCOMPARE(report.document.issuer, u"https://evil.example/auth INJECTED"_s);
        QCOMPARE(report.document.grantTypes, (QStringList {u"password"_s, u"xy"_s}));
        QVERIFY(report.document.signingAlgorithms.isEmpty());
        const QString notes = report.notes.join(u'\n');
        QVERIFY2(notes.contains(u"differs from %1/auth"_s.arg(server.url())), qPrintable(notes));
        QVERIFY2(notes.contains(u"but this profile uses %1/auth/oauth2_token"_s.arg(server.url())),
                 qPrintable(notes));
        QVERIFY2(notes.contains(u"does not list client_credentials"_s), qPrintable(notes));
        QCOMPARE(report.notes.size(), 3);
        QVERIFY(!report.summary.contains(u'\n'));
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain http to a remote host")
            << u"http://santedb.invalid:8080"_s << QString() << ErrorKind::Refused
            << u"plain http to santedb.invalid is not encrypted"_s;
        QTest::newRow("not a server URL")
            << u"ftp://santedb.invalid"_s << QString() << ErrorKind::Config
            << u"the server URL must start with http:// or https://"_s;
        QTest::newRow("bad pin") << u"https://santedb.invalid"_s << u"abc"_s << ErrorKind::Config
                                 << u"the certificate pin must be 64 hexadecimal digits"_s;
    }

    void generationGuess()
    {
        sdsm::emu::EmulatorOptions options;
        options.santedbVersion = 2;
        sdsm::emu::AuthEmulator emulator(options);
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        ServerProbe probe;
        const auto outcome = runProbe(probe, profileFor(emulator.baseUrl().toString()));
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(outcome->value().guessedGeneration, sdsm::Generation::V2);
        QVERIFY(outcome->value().generationReason.contains(u"end_session_endpoint"_s));
        QVERIFY(outcome->value().toJson().value(u"end_session_endpoint"_s).isNull());
    }

    void refusedBeforeSending()
    {
        QFETCH(QString, server);
        QFETCH(QString, pin);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        Profile profile = profileFor(server);
        profile.pinSha256 = pin;
        ServerProbe probe;
        bool called = false;
        std::optional<Result<ServerReport>> outcome;
        QObject context;
        probe.probe(sdsm::ProbeTarget::forProfile(profile, 5))
            ->then(&context, [&](Result<ServerReport> r) {
                called = true;
                outcome.emplace(r);
            });
        QVERIFY2(!called, "the result must never arrive inside probe()");
        QTRY_VERIFY(called);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, kind);
        QVERIFY2(outcome->error().message.startsWith(message), failure(*outcome).constData());
    }

    void totalDeadline()
    {
        ScriptedServer silent([](const QByteArray &, const QByteArray &) { return QByteArray(); });
        QVERIFY(silent.listen());
        ServerProbe probe;
        QElapsedTimer clock;
        clock.start();
        const auto outcome = runProbe(probe, profileFor(silent.url()), 1);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Timeout);
        QVERIFY2(outcome->error().message.contains(u"within 1 s"_s), failure(*outcome).constData());
        QVERIFY(clock.elapsed() < 10000);
    }

    void cancel()
    {
        ScriptedServer silent([](const QByteArray &, const QByteArray &) { return QByteArray(); });
        QVERIFY(silent.listen());
        ServerProbe probe;
        auto *job = probe.probe(sdsm::ProbeTarget::forProfile(profileFor(silent.url()), 60));
        QVERIFY(probe.isRunning());
        QTRY_COMPARE(silent.requests().size(), 1);
        probe.cancel();
        const auto outcome = sdsm::test::await(job);
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Interrupted);
        QCOMPARE(outcome->error().message, u"the connection test was cancelled"_s);
        QVERIFY(!probe.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
