// SPDX-License-Identifier: Apache-2.0
#include "httpclient.h"

#include "httpexchange.h"

#include <QCoreApplication>
#include <QPointer>

namespace sdsm {

namespace {

// Ties one exchange to its job: the exchange's result finishes the job, cancelling the job
// aborts the exchange.
template<typename T, typename MakeExchange> Job<T> *run(MakeExchange makeExchange)
{
    auto *job = new Job<T>;
    const QPointer<Job<T>> target(job);
    HttpExchange *exchange = makeExchange([target](Result<T> result) {
        if (target)
            target->finish(std::move(result));
    });
    const QPointer<HttpExchange> running(exchange);
    job->setCancelHandler([running] {
        if (running)
            running->cancel();
    });
    exchange->start();
    return job;
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : HttpClient(Clock::system(), parent)
{ }

HttpClient::HttpClient(const Clock &clock, QObject *parent)
    : HttpTransport(parent)
    , m_clock(clock)
{ }

HttpClient::~HttpClient()
{
    // Exchanges are children: delete them while this object is still whole, so each reports
    // Interrupted to its job before the client's members are gone.
    qDeleteAll(findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly));
}

QByteArray HttpClient::defaultUserAgent()
{
    const QString name = QCoreApplication::applicationName();
    const QString version = QCoreApplication::applicationVersion();
    return (version.isEmpty() ? name : name + u'/' + version).toUtf8();
}

Job<HttpAnswer> *HttpClient::send(const HttpRequest &request, const TransportOptions &options)
{
    return run<HttpAnswer>([&](HttpExchange::AnswerDone done) {
        return new HttpExchange(request, options, environment(), std::move(done), this);
    });
}

Job<ServerCertificate> *HttpClient::fetchCertificate(const QUrl &url,
                                                     const TransportOptions &options)
{
    return run<ServerCertificate>([&](HttpExchange::CertificateDone done) {
        return new HttpExchange(url, options, environment(), std::move(done), this);
    });
}

HttpExchange::Environment HttpClient::environment()
{
    return {&m_clock, defaultUserAgent(), &m_peakHeldBytes, &m_peakReadBytes};
}

} // namespace sdsm
