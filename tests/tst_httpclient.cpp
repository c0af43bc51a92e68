// SPDX-License-Identifier: Apache-2.0
// The HTTP/1.1 client against a raw server on 127.0.0.1 that counts connections and requests:
// whatever the server does — close, reset, half-close, drip, flood, compress, redirect, frame
// badly — the request arrives exactly once, the deadline holds, and the client never holds more
// than the body limit plus one read.
#include "countingserver.h"
#include "httpclient.h"
#include "httpexchange.h"
#include "httpresponseparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using sdsm::test::CountingServer;

namespace {

const QByteArray Json = R"({"access_token":"abc","token_type":"bearer"})";
const QByteArray Secret = "CANARY-client-secret";

QByteArray okAnswer(const QByteArray &body = Json)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

HttpRequest credentialPost(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.body = "grant_type=client_credentials&client_id=APP&client_secret=" + Secret;
    return request;
}

// The most a client may hold: the body limit, one read, and a partial chunk-size line.
constexpr qsizetype MemoryBound =
    MaxAnswerBytes + HttpExchange::ReadChunkBytes + HttpResponseParser::MaxChunkLineBytes;

} // namespace

Q_DECLARE_METATYPE(sdsm::test::CountingServer::Respond)

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    Result<HttpAnswer> run(HttpClient &client, const HttpRequest &request,
                           const TransportOptions &options = TransportOptions(),
                           qint64 *elapsedMs = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        std::optional<Result<HttpAnswer>> result;
        QObject context;
        client.send(request, options)->then(&context, [&](Result<HttpAnswer> r) {
            result.emplace(std::move(r));
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000); }();
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return result.value_or(Result<HttpAnswer>(makeError(ErrorKind::Internal, u"none"_s)));
    }

    // Once the connection is over nothing more can be sent on it: then exactly one connection
    // and one request must have reached the server.
    static void expectExactlyOneRequest(const CountingServer &server)
    {
        QTRY_VERIFY(server.idle());
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests(), 1);
        QVERIFY(server.receivedRequests().first().endsWith(Secret));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"sdsm-test"_s);
        QCoreApplication::setApplicationVersion(u"1.2.3"_s);
        for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                                  "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            qunsetenv(proxy);
    }

    void answerKeepsEveryHeaderInOrder()
    {
        CountingServer server(CountingServer::reply(
            "HTTP/1.1 200 OK\r\nX-A: 1\r\nContent-Type: application/json\r\nX-B:  two  \r\n"
            "x-a: 3\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nLocation: /x\r\nContent-Length: "
            + QByteArray::number(Json.size()) + "\r\n\r\n" + Json));
        HttpClient client;
        const auto result = run(client, credentialPost(server.url(u"/auth/oauth2_token"_s)));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const HttpAnswer &answer = result.value();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, Json);
        QCOMPARE(answer.contentType, "application/json"_ba);
        QCOMPARE(answer.location, "/x"_ba);
        QCOMPARE(answer.headers.size(), 7);
        QCOMPARE(answer.headers.at(0).name, "X-A"_ba);
        QCOMPARE(answer.headers.at(2).value, "two"_ba);
        QCOMPARE(answer.headers.at(3).name, "x-a"_ba);
        QCOMPARE(answer.header("X-a"), "1"_ba);
        QCOMPARE(answer.serverDate, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QVERIFY(answer.receivedAt.isValid());
        expectExactlyOneRequest(server);
    }

    void requestIsWrittenOnceWithTheTransportsHeaders()
    {
        CountingServer server(CountingServer::reply(okAnswer()));
        HttpClient client;
        TransportOptions options;
        options.userAgent = "santedb-session/9.9";
        HttpRequest request = credentialPost(server.url(u"/auth/oauth2_token?x=1"_s));
        QVERIFY(run(client, request, options).ok());
        expectExactlyOneRequest(server);
        const QByteArray sent = server.receivedRequests().first();
        const QByteArray head = sent.left(sent.indexOf("\r\n\r\n")).toLower();
        QVERIFY2(sent.startsWith("POST /auth/oauth2_token?x=1 HTTP/1.1\r\n"), sent.constData());
        QVERIFY(head.contains(
            QByteArray("\r\nhost: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n")));
        QVERIFY(head.contains("\r\nuser-agent: santedb-session/9.9\r\n"));
        QVERIFY(head.contains("\r\nconnection: close"));
        QVERIFY(head.contains(
            QByteArray("\r\ncontent-length: " + QByteArray::number(request.body.size()) + "\r\n")));
        QVERIFY(head.contains("\r\naccept: application/json\r\n"));
        // Never asked for compression, so no compressed answer can be legitimate.
        QVERIFY2(!head.contains("accept-encoding"), head.constData());
        QVERIFY(sent.endsWith(QByteArray("\r\n\r\n" + request.body)));
    }

    void userAgentDefaultsToTheApplication()
    {
        CountingServer server(CountingServer::reply(okAnswer()));
        HttpClient client;
        HttpRequest request;
        request.verb = "GET";
        request.url = server.url(u"/auth/.well-known/openid-configuration"_s);
        QVERIFY(run(client, request).ok());
        QTRY_COMPARE(server.requests(), 1);
        const QByteArray sent = server.receivedRequests().first();
        QVERIFY2(sent.contains("\r\nUser-Agent: sdsm-test/1.2.3\r\n"), sent.constData());
        QVERIFY2(!sent.contains("Content-Length"), sent.constData()); // a GET without a body
        QCOMPARE(HttpClient::defaultUserAgent(), "sdsm-test/1.2.3"_ba);
    }

    void transportHeadersAreRefusedBeforeConnecting()
    {
        CountingServer server(CountingServer::reply(okAnswer()));
        HttpClient client;
        for (const QByteArray &name :
             {"Accept-Encoding"_ba, "Connection"_ba, "Content-Length"_ba, "user-agent"_ba}) {
            HttpRequest request = credentialPost(server.url());
            request.headers.append(HttpHeader {name, "x"});
            const auto result = run(client, request);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ErrorKind::Internal);
        }
        HttpRequest injected = credentialPost(server.url());
        injected.headers.append(HttpHeader {"X-Note", "a\r\nX-Evil: 1"});
        QCOMPARE(run(client, injected).error().kind, ErrorKind::Internal);
        QCOMPARE(server.connections(), 0);
    }

    void connectionEndsAreNeverAnsweredByResending_data()
    {
        QTest::addColumn<CountingServer::Respond>("respond");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("closed before the status line")
            << CountingServer::closeAtOnce() << false << u"closed the connection without"_s;
        QTest::newRow("closed after the status line")
            << CountingServer::reply("HTTP/1.1 200 OK\r\n") << false
            << u"in the middle of its answer's headers"_s;
        QTest::newRow("closed inside the headers")
            << CountingServer::reply("HTTP/1.1 200 OK\r\nContent-Type: app") << false
            << u"in the middle of its answer's headers"_s;
        QTest::newRow("reset after the request (SO_LINGER 0)")
            << CountingServer::resetAtOnce() << false << QString();
        QTest::newRow("half-closed after the request")
            << CountingServer::halfClose() << false << u"closed the connection without"_s;
        QTest::newRow("Content-Length longer than the body") << CountingServer::reply(
            "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"access_token\"")
                                                             << false << u"15 of the 100 bytes"_s;
        QTest::newRow("chunked body without its last chunk")
            << CountingServer::reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "4\r\nabcd\r\n")
            << false << u"chunked body has no end"_s;
        QTest::newRow("whole answer, then reset")
            << CountingServer::replyThenReset(okAnswer()) << true << QString();
    }

    void connectionEndsAreNeverAnsweredByResending()
    {
        QFETCH(CountingServer::Respond, respond);
        QFETCH(bool, answered);
        QFETCH(QString, fragment);
        CountingServer server(respond);
        HttpClient client;
        const auto result = run(client, credentialPost(server.url(u"/auth/oauth2_token"_s)));
        if (answered) {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            QCOMPARE(result.value().body, Json);
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ErrorKind::Network);
            QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
            QVERIFY(!result.error().message.contains(QString::fromLatin1(Secret)));
        }
        expectExactlyOneRequest(server);
    }

    void deadlineCoversTheWholeExchange_data()
    {
        QTest::addColumn<CountingServer::Respond>("respond");
        QTest::newRow("no answer at all") << CountingServer::Respond([](QTcpSocket *, auto &) {});
        QTest::newRow("slow drip past the deadline") << CountingServer::drip(
            "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", QByteArray(1000, 'x'), 50);
        QTest::newRow("headers dripped forever")
            << CountingServer::drip("HTTP/1.1 200 OK\r\n", QByteArray(10000, 'x'), 50);
    }

    void deadlineCoversTheWholeExchange()
    {
        QFETCH(CountingServer::Respond, respond);
        CountingServer server(respond);
        HttpClient client;
        TransportOptions options;
        options.timeoutMs = 1500;
        qint64 elapsed = 0;
        const auto result =
            run(client, credentialPost(server.url(u"/auth/oauth2_token"_s)), options, &elapsed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Timeout);
        QCOMPARE(result.error().remedy.action, RemedyAction::RaiseTimeout);
        QVERIFY2(result.error().message.contains(u"within 1.5 s"_s),
                 qPrintable(result.error().message));
        // A total deadline, not an inactivity timeout: a byte every 50 ms cannot extend it.
        QVERIFY2(elapsed >= 1400 && elapsed <= 2500, qPrintable(QString::number(elapsed)));
        expectExactlyOneRequest(server);
    }

    void floodsStopAtTheLimit_data()
    {
        QTest::addColumn<CountingServer::Respond>("respond");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<bool>("bodyFlood"); // the body reaches the limit before it ends
        const QByteArray megabytes(64 * 1024, 'x');
        QTest::newRow("endless chunked body")
            << CountingServer::flood("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                                     "1000\r\n" + QByteArray(4096, 'x') + "\r\n")
            << u"passed the 1 MiB limit"_s << true;
        QTest::newRow("endless chunked body in one-byte chunks")
            << CountingServer::flood("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                                     QByteArray("1\r\nx\r\n").repeated(1000))
            << u"passed the 1 MiB limit"_s << true;
        QTest::newRow("one giant chunk announced")
            << CountingServer::flood("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "7fffffffffffffffffff\r\n",
                                     megabytes)
            << u"passed the 1 MiB limit"_s << false;
        QTest::newRow("100 MB Content-Length") << CountingServer::flood(
            "HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n", megabytes)
                                               << u"announced a 104857600-byte answer"_s << false;
        QTest::newRow("endless body delimited by the close")
            << CountingServer::flood("HTTP/1.1 200 OK\r\n\r\n", megabytes)
            << u"passed the 1 MiB limit"_s << true;
        QTest::newRow("endless header lines") << CountingServer::flood(
            "HTTP/1.1 200 OK\r\n", "X-Flood: " + QByteArray(100, 'a') + "\r\n")
                                              << u"header"_s << false;
        QTest::newRow("one endless header line")
            << CountingServer::flood("HTTP/1.1 200 OK\r\nX-Flood: ", megabytes)
            << u"longer than 8192 bytes"_s << false;
        QTest::newRow("endless trailers")
            << CountingServer::flood("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "0\r\n",
                                     "X-Trailer: " + QByteArray(100, 'a') + "\r\n")
            << u"passed the 64 KiB limit"_s << false;
    }

    void floodsStopAtTheLimit()
    {
        QFETCH(CountingServer::Respond, respond);
        QFETCH(QString, fragment);
        QFETCH(bool, bodyFlood);
        CountingServer server(respond);
        HttpClient client;
        TransportOptions options;
        options.timeoutMs = 60000; // the limit must end it, not the deadline
        const auto result =
            run(client, credentialPost(server.url(u"/auth/oauth2_token"_s)), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Oversize);
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
        QVERIFY2(client.peakHeldBytes() <= MemoryBound,
                 qPrintable(QString::number(client.peakHeldBytes())));
        QVERIFY2(client.peakReadBytes() <= HttpExchange::ReadChunkBytes,
                 qPrintable(QString::number(client.peakReadBytes())));
        // The high-water mark is real: a body flood did fill the buffer up to the limit.
        if (bodyFlood)
            QVERIFY2(client.peakHeldBytes() > MaxAnswerBytes - HttpExchange::ReadChunkBytes,
                     qPrintable(QString::number(client.peakHeldBytes())));
        expectExactlyOneRequest(server);
    }

    void compressedAnswerIsRefusedNotInflated()
    {
        // 10 MiB of zeros deflated to a few kilobytes, announced as gzip: inflating it is the
        // server's trick, not something the client asked for.
        const QByteArray deflated = qCompress(QByteArray(10 * 1024 * 1024, '\0'), 9).mid(6);
        const QByteArray bomb = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"_ba + deflated;
        CountingServer server(CountingServer::reply(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            "Content-Length: "
            + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb));
        HttpClient client;
        const auto result = run(client, credentialPost(server.url(u"/auth/oauth2_token"_s)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Protocol);
        QCOMPARE(result.error().exitCode(), 4);
        QVERIFY2(result.error().message.contains(u"compressed answer it was not asked for"_s),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(u"gzip"_s));
        QVERIFY(!result.error().message.contains(u"UTF-8"_s));
        QVERIFY(client.peakHeldBytes() <= MemoryBound);
        expectExactlyOneRequest(server);
    }

    void identityEncodingIsAccepted()
    {
        CountingServer server(CountingServer::reply(
            "HTTP/1.1 200 OK\r\nContent-Encoding: identity\r\nContent-Length: 2\r\n\r\n{}"));
        HttpClient client;
        const auto result = run(client, credentialPost(server.url()));
        QVERIFY(result.ok());
        QCOMPARE(result.value().body, "{}"_ba);
    }

    void redirectIsAnAnswerNeverFollowed()
    {
        CountingServer server(CountingServer::reply(
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.2:1/elsewhere\r\n"
            "Content-Length: 0\r\n\r\n"));
        HttpClient client;
        const auto result = run(client, credentialPost(server.url(u"/auth/oauth2_token"_s)));
        QVERIFY(result.ok());
        QCOMPARE(result.value().status, 307);
        QCOMPARE(result.value().location, "http://127.0.0.2:1/elsewhere"_ba);
        QVERIFY(result.value().body.isEmpty());
        expectExactlyOneRequest(server);
    }

    void badFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<ErrorKind>("kind");
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        const auto protocol = ErrorKind::Protocol;
        QTest::newRow("chunk size not hexadecimal") << chunked + "zz\r\nabc\r\n0\r\n\r\n"
                                                    << protocol;
        QTest::newRow("negative chunk size") << chunked + "-5\r\nhello\r\n0\r\n\r\n" << protocol;
        QTest::newRow("0x chunk size") << chunked + "0x5\r\nhello\r\n0\r\n\r\n" << protocol;
        QTest::newRow("chunk size line ended by LF alone") << chunked + "5\nhello\r\n0\r\n\r\n"
                                                           << protocol;
        QTest::newRow("chunk data not followed by CRLF") << chunked + "5\r\nhelloXY0\r\n\r\n"
                                                         << protocol;
        QTest::newRow("chunk size with trailing garbage") << chunked
                + "5 five\r\nhello\r\n0\r\n\r\n" << protocol;
        QTest::newRow("chunk size line past its bound") << chunked + "5;" + QByteArray(300, 'e')
                + "\r\nhello\r\n0\r\n\r\n" << protocol;
        QTest::newRow("chunk size past the limit")
            << chunked + "fffffffffffffffffffffff\r\nhello\r\n"
            << ErrorKind::Oversize;
        QTest::newRow("Transfer-Encoding and Content-Length")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
               "5\r\nhello\r\n0\r\n\r\n"_ba
            << protocol;
        QTest::newRow("transfer coding other than chunked")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"_ba
            << protocol;
        QTest::newRow("two different Content-Lengths")
            << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"_ba
            << protocol;
        QTest::newRow("Content-Length not a number")
            << "HTTP/1.1 200 OK\r\nContent-Length: 5x\r\n\r\nhello"_ba << protocol;
        QTest::newRow("negative Content-Length")
            << "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nhello"_ba << protocol;
        QTest::newRow("not HTTP") << "SSH-2.0-OpenSSH_9.2\r\n\r\n"_ba << protocol;
        QTest::newRow("HTTP/2 status line") << "HTTP/2 200\r\n\r\n"_ba << protocol;
        QTest::newRow("folded header")
            << "HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\nContent-Length: 0\r\n\r\n"_ba
            << protocol;
        QTest::newRow("header without a colon")
            << "HTTP/1.1 200 OK\r\nnot a header\r\nContent-Length: 0\r\n\r\n"_ba << protocol;
        QTest::newRow("switching protocols")
            << "HTTP/1.1 101 Switching Protocols\r\n\r\n"_ba << protocol;
        QTest::newRow("TLS in answer to plain http")
            << "\x15\x03\x03\x00\x02\x02\x46"_ba << protocol;
    }

    void badFramingIsRefused()
    {
        QFETCH(QByteArray, answer);
        QFETCH(ErrorKind, kind);
        CountingServer server(CountingServer::reply(answer));
        HttpClient client;
        const auto result = run(client, credentialPost(server.url(u"/auth/oauth2_token"_s)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        QCOMPARE(result.error().exitCode(), 4);
        expectExactlyOneRequest(server);
    }

    void wellFramedBodies_data()
    {
        QTest::addColumn<CountingServer::Respond>("respond");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("chunked with extensions and trailers")
            << CountingServer::reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n"
                                     "4;name=value\r\nWiki\r\n5 ; x\r\npedia\r\n000\r\n"
                                     "X-Trailer: yes\r\n\r\n")
            << "POST"_ba << 200 << "Wikipedia"_ba;
        QTest::newRow("HTTP/1.0 body delimited by the close") << CountingServer::reply(
            "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + Json)
                                                              << "POST"_ba << 200 << Json;
        QTest::newRow("bytes after the Content-Length body are ignored")
            << CountingServer::reply("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA")
            << "POST"_ba << 200 << "hello"_ba;
        QTest::newRow("100 Continue before the answer")
            << CountingServer::reply("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n"
                                     "Content-Length: 2\r\n\r\n{}")
            << "POST"_ba << 201 << "{}"_ba;
        QTest::newRow("204 has no body") << CountingServer::reply("HTTP/1.1 204 No Content\r\n\r\n")
                                         << "PING"_ba << 204 << QByteArray();
        QTest::newRow("HEAD has no body whatever its Content-Length")
            << CountingServer::reply("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n") << "HEAD"_ba
            << 200 << QByteArray();
        QTest::newRow("lines ended by LF alone")
            << CountingServer::reply("HTTP/1.1 200 OK\nContent-Length: 2\n\n{}") << "POST"_ba << 200
            << "{}"_ba;
        QTest::newRow("status line without a reason")
            << CountingServer::reply("HTTP/1.1 404\r\nContent-Length: 2\r\n\r\n{}") << "POST"_ba
            << 404 << "{}"_ba;
        QTest::newRow("a body of exactly 1 MiB")
            << CountingServer::reply("HTTP/1.1 200 OK\r\nContent-Length: 1048576\r\n\r\n"
                                     + QByteArray(MaxAnswerBytes, 'x'))
            << "POST"_ba << 200 << QByteArray(MaxAnswerBytes, 'x');
    }

    void wellFramedBodies()
    {
        QFETCH(CountingServer::Respond, respond);
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        CountingServer server(respond);
        HttpClient client;
        HttpRequest request = credentialPost(server.url(u"/auth/oauth2_token"_s));
        request.verb = verb;
        const auto result = run(client, request);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result.value().status, status);
        QCOMPARE(result.value().body, body);
        QVERIFY(!result.value().header("X-Trailer").size());
        // However fast a big body arrives, the socket hands over one capped read at a time.
        QVERIFY2(client.peakReadBytes() <= HttpExchange::ReadChunkBytes,
                 qPrintable(QString::number(client.peakReadBytes())));
        expectExactlyOneRequest(server);
    }

    void manyRequestsRunAtOnce()
    {
        constexpr int Parallel = 16;
        // Answers nobody until every request is in: they can only all succeed concurrently.
        QList<QPointer<QTcpSocket>> waiting;
        CountingServer server([&](QTcpSocket *socket, const QByteArray &) {
            waiting.append(socket);
            if (waiting.size() < Parallel)
                return;
            for (const QPointer<QTcpSocket> &s : std::as_const(waiting)) {
                if (s) {
                    s->write(okAnswer());
                    s->disconnectFromHost();
                }
            }
        });
        HttpClient client;
        QObject context;
        QList<Result<HttpAnswer>> results;
        for (int i = 0; i < Parallel; ++i) {
            client.send(credentialPost(server.url(u"/auth/session"_s)), TransportOptions())
                ->then(&context, [&](Result<HttpAnswer> r) { results.append(std::move(r)); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), Parallel, 30000);
        for (const auto &result : std::as_const(results))
            QVERIFY(result.ok() && result.value().body == Json);
        QTRY_VERIFY(server.idle());
        QCOMPARE(server.connections(), Parallel);
        QCOMPARE(server.requests(), Parallel);
    }

    void cancelAbortsTheConnection()
    {
        CountingServer server([](QTcpSocket *, const QByteArray &) {}); // never answers
        HttpClient client;
        QObject context;
        std::optional<Result<HttpAnswer>> result;
        Job<HttpAnswer> *job = client.send(credentialPost(server.url()), TransportOptions());
        job->then(&context, [&](Result<HttpAnswer> r) { result.emplace(std::move(r)); });
        QTRY_COMPARE(server.requests(), 1);
        job->cancel();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, ErrorKind::Interrupted);
        QTRY_VERIFY(server.idle()); // the socket was aborted, not left to the deadline
        QCOMPARE(server.connections(), 1);
    }

    void destroyingTheClientEndsItsRequests()
    {
        CountingServer server([](QTcpSocket *, const QByteArray &) {});
        auto client = std::make_unique<HttpClient>();
        QObject context;
        std::optional<Result<HttpAnswer>> result;
        client->send(credentialPost(server.url()), TransportOptions())
            ->then(&context, [&](Result<HttpAnswer> r) { result.emplace(std::move(r)); });
        QTRY_COMPARE(server.requests(), 1);
        client.reset();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, ErrorKind::Interrupted);
        QTRY_VERIFY(server.idle());
    }

    void refusedConnectionIsANetworkError()
    {
        quint16 port = 0;
        {
            CountingServer gone(CountingServer::closeAtOnce());
            port = gone.port();
        }
        HttpClient client;
        const auto result = run(client, credentialPost(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Network);
        QVERIFY2(result.error().message.contains(u"refused"_s), qPrintable(result.error().message));
    }

    void serverClockSkewIsReported()
    {
        CountingServer server(CountingServer::reply(
            "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 0\r\n\r\n"));
        ManualClock clock(QDateTime(QDate(1994, 11, 6), QTime(8, 48, 0), Qt::UTC));
        HttpClient client(clock);
        auto result = run(client, credentialPost(server.url()));
        QVERIFY(result.ok());
        QCOMPARE(result.value().receivedAt, clock.now());
        QCOMPARE(result.value().clockSkewSeconds(), std::optional<qint64>(97));
        QVERIFY2(clockSkewWarning(result.value()).contains(u"97 s ahead"_s),
                 qPrintable(clockSkewWarning(result.value())));

        clock.advance(97 + 120); // now the server is 2 min behind
        result = run(client, credentialPost(server.url()));
        QVERIFY(clockSkewWarning(result.value()).contains(u"120 s behind"_s));

        clock.set(QDateTime(QDate(1994, 11, 6), QTime(8, 49, 10), Qt::UTC)); // 27 s: fine
        result = run(client, credentialPost(server.url()));
        QVERIFY(clockSkewWarning(result.value()).isEmpty());
    }

    void httpDatesAreReadStrictly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("IMF-fixdate") << "Tue, 29 Nov 2026 02:16:39 GMT"_ba
                                     << QDateTime(QDate(2026, 11, 29), QTime(2, 16, 39), Qt::UTC);
        QTest::newRow("RFC 850") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << QDateTime();
        QTest::newRow("asctime") << "Sun Nov  6 08:49:37 1994"_ba << QDateTime();
        QTest::newRow("another zone") << "Sun, 06 Nov 1994 08:49:37 CET"_ba << QDateTime();
        QTest::newRow("impossible day") << "Sun, 31 Feb 1994 08:49:37 GMT"_ba << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }

    void httpDatesAreReadStrictly()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseHttpDate(text), expected);
    }

    void loopbackNeverUsesTheProxy()
    {
        CountingServer proxy(CountingServer::reply(okAnswer()));
        CountingServer server(CountingServer::reply(okAnswer()));
        qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
        HttpClient client;
        const auto result = run(client, credentialPost(server.url()));
        qunsetenv("http_proxy");
        QVERIFY(result.ok());
        QCOMPARE(proxy.connections(), 0);
        expectExactlyOneRequest(server);
    }

    void plainHttpThroughAProxyNamesTheWholeUrl()
    {
        // The origin's name is never resolved here: the proxy gets the whole URL.
        CountingServer proxy(CountingServer::reply(okAnswer()));
        qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
        HttpClient client;
        const auto result =
            run(client, credentialPost(QUrl(u"http://proxied.sdsm.test:8080/auth/oauth2_token"_s)));
        qunsetenv("http_proxy");
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        expectExactlyOneRequest(proxy);
        const QByteArray sent = proxy.receivedRequests().first();
        QVERIFY2(
            sent.startsWith("POST http://proxied.sdsm.test:8080/auth/oauth2_token HTTP/1.1\r\n"),
            sent.constData());
        QVERIFY(sent.contains("\r\nHost: proxied.sdsm.test:8080\r\n"));
    }

    void aFailingProxyOffersToBypassIt()
    {
        quint16 port = 0;
        {
            CountingServer gone(CountingServer::closeAtOnce());
            port = gone.port();
        }
        qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(port));
        HttpClient client;
        const auto result = run(client, credentialPost(QUrl(u"http://proxied.sdsm.test/"_s)));
        qunsetenv("http_proxy");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Network);
        QCOMPARE(result.error().remedy.action, RemedyAction::DisableProxy);
        QVERIFY2(result.error().message.contains(u"proxy"_s), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
