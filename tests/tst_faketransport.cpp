// SPDX-License-Identifier: Apache-2.0
// The scripted transport unit tests use in place of the network: answers per method and URL,
// recorded requests, delays on the event loop, stalls that only a cancel ends.
#include "faketransport.h"

#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sdsm;
using sdsm::test::FakeTransport;

class TestFakeTransport : public QObject
{
    Q_OBJECT

private:
    const QUrl m_token {u"https://mpi.example/auth/oauth2_token"_s};

    static HttpRequest post(const QUrl &url, const QByteArray &body = "a=1")
    {
        HttpRequest request;
        request.url = url;
        request.body = body;
        return request;
    }

private Q_SLOTS:
    void answersPerMethodAndUrlQueuedFirst()
    {
        FakeTransport fake;
        fake.setReply("POST", m_token, {FakeTransport::answer(401, R"({"error":"x"})")});
        fake.queueReply("POST", m_token, {FakeTransport::answer(200, "{}")});
        QObject context;
        QList<Result<HttpAnswer>> results;
        for (int i = 0; i < 3; ++i)
            fake.send(post(m_token), TransportOptions())->then(&context, [&](Result<HttpAnswer> r) {
                results.append(std::move(r));
            });
        QVERIFY(results.isEmpty()); // always from the event loop, never inside send()
        QTRY_COMPARE(results.size(), 3);
        QCOMPARE(results.at(0).value().status, 200);
        QCOMPARE(results.at(1).value().status, 401);
        QCOMPARE(results.at(2).value().status, 401);
        QCOMPARE(results.at(0).value().header("content-type"), "application/json"_ba);
    }

    void recordsEveryRequestWithItsOptions()
    {
        FakeTransport fake;
        fake.setReply("GET", m_token, {FakeTransport::answer(200)});
        TransportOptions options;
        options.pinSha256 = QString(64, u'a');
        options.timeoutMs = 1234;
        HttpRequest get = post(m_token, {});
        get.verb = "GET";
        fake.send(get, options);
        fake.send(post(m_token, "client_secret=s"), TransportOptions());
        QCOMPARE(fake.sent().size(), 2);
        QCOMPARE(fake.sent().at(0).options.pinSha256, options.pinSha256);
        QCOMPARE(fake.sent().at(0).options.timeoutMs, 1234);
        QCOMPARE(fake.sent().at(1).request.body, "client_secret=s"_ba);
        QCOMPARE(fake.sentCount("GET", m_token), 1);
        QCOMPARE(fake.sentCount("POST", m_token), 1);
    }

    void unscriptedRequestFailsLoudly()
    {
        FakeTransport fake;
        QObject context;
        std::optional<Result<HttpAnswer>> result;
        fake.send(post(m_token), TransportOptions())->then(&context, [&](Result<HttpAnswer> r) {
            result.emplace(std::move(r));
        });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, ErrorKind::Network);
        QVERIFY(result->error().message.contains(u"POST https://mpi.example/auth/oauth2_token"_s));
    }

    void delayedAnswersKeepTheEventLoopRunning()
    {
        FakeTransport fake;
        fake.setReply("POST", m_token, {FakeTransport::answer(200), 200});
        QObject context;
        bool answered = false;
        fake.send(post(m_token), TransportOptions())->then(&context, [&](Result<HttpAnswer>) {
            answered = true;
        });
        QCOMPARE(fake.inFlight(), 1);
        // Other events are served while the answer waits.
        bool ticked = false;
        QTimer::singleShot(0, &context, [&] { ticked = true; });
        QTRY_VERIFY(ticked);
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QCOMPARE(fake.inFlight(), 0);
    }

    void stalledRequestEndsOnlyWhenCancelled()
    {
        FakeTransport fake;
        fake.setReply("POST", m_token, {HttpAnswer {}, 0, true});
        const QUrl other(u"https://mpi.example/auth/session"_s);
        fake.setReply("POST", other, {FakeTransport::answer(200), 50});
        QObject context;
        std::optional<Result<HttpAnswer>> result;
        bool otherAnswered = false;
        Job<HttpAnswer> *job = fake.send(post(m_token), TransportOptions());
        job->then(&context, [&](Result<HttpAnswer> r) { result.emplace(std::move(r)); });
        fake.send(post(other), TransportOptions())->then(&context, [&](Result<HttpAnswer>) {
            otherAnswered = true;
        });
        QTRY_VERIFY(otherAnswered); // a later, delayed request has come and gone meanwhile
        QVERIFY(!result.has_value());
        QCOMPARE(fake.inFlight(), 1);
        job->cancel();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, ErrorKind::Interrupted);
        QCOMPARE(fake.cancelled(), 1);
        QTRY_COMPARE(fake.inFlight(), 0);
    }

    void stalledRequestsEndWithTheTransport()
    {
        auto fake = std::make_unique<FakeTransport>();
        fake->setReply("POST", m_token, {HttpAnswer {}, 0, true});
        QObject context;
        std::optional<Result<HttpAnswer>> result;
        fake->send(post(m_token), TransportOptions())->then(&context, [&](Result<HttpAnswer> r) {
            result.emplace(std::move(r));
        });
        fake.reset();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, ErrorKind::Interrupted);
    }

    void certificateIsScripted()
    {
        FakeTransport fake;
        ServerCertificate certificate;
        certificate.problem = u"it is self-signed"_s;
        fake.setCertificate(certificate);
        QObject context;
        std::optional<Result<ServerCertificate>> result;
        fake.fetchCertificate(m_token, TransportOptions())
            ->then(&context, [&](Result<ServerCertificate> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->value().problem, u"it is self-signed"_s);
    }
};

QTEST_GUILESS_MAIN(TestFakeTransport)
#include "tst_faketransport.moc"
