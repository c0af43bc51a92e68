// SPDX-License-Identifier: Apache-2.0
#include "faketransport.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace sdsm::test {

FakeTransport::~FakeTransport()
{
    for (const QPointer<JobBase> &job : std::as_const(m_stalled)) {
        if (job)
            job->cancel();
    }
}

FakeTransport::Key FakeTransport::keyOf(const QByteArray &verb, const QUrl &url)
{
    return {verb.toUpper(), url.toString(QUrl::FullyEncoded)};
}

void FakeTransport::setReply(const QByteArray &verb, const QUrl &url, Reply reply)
{
    m_replies.insert(keyOf(verb, url), std::move(reply));
}

void FakeTransport::queueReply(const QByteArray &verb, const QUrl &url, Reply reply)
{
    m_queued[keyOf(verb, url)].append(std::move(reply));
}

void FakeTransport::setCertificate(Result<ServerCertificate> certificate)
{
    m_certificate.emplace(std::move(certificate));
}

int FakeTransport::sentCount(const QByteArray &verb, const QUrl &url) const
{
    const Key key = keyOf(verb, url);
    return int(std::count_if(m_sent.begin(), m_sent.end(), [&](const Sent &sent) {
        return keyOf(sent.request.verb, sent.request.url) == key;
    }));
}

Job<HttpAnswer> *FakeTransport::send(const HttpRequest &request, const TransportOptions &options)
{
    m_sent.append({request, options});
    const Key key = keyOf(request.verb, request.url);
    std::optional<Reply> reply;
    if (QList<Reply> &queue = m_queued[key]; !queue.isEmpty())
        reply = queue.takeFirst();
    else if (m_replies.contains(key))
        reply = m_replies.value(key);

    auto *job = new Job<HttpAnswer>;
    ++m_inFlight;
    connect(job, &JobBase::finished, this, [this] { --m_inFlight; });
    job->setCancelHandler([this] { ++m_cancelled; });
    if (!reply) {
        job->finish(makeError(ErrorKind::Network,
                              u"FakeTransport has no reply for %1 %2"_s.arg(
                                  QString::fromLatin1(key.first), key.second)));
    } else if (reply->stall) {
        m_stalled.append(job);
    } else {
        QTimer::singleShot(reply->delayMs, job,
                           [job, answer = reply->answer] { job->finish(answer); });
    }
    return job;
}

Job<ServerCertificate> *FakeTransport::fetchCertificate(const QUrl &url, const TransportOptions &)
{
    auto *job = new Job<ServerCertificate>;
    job->finish(m_certificate.value_or(Result<ServerCertificate>(makeError(
        ErrorKind::Network, u"FakeTransport has no certificate for %1"_s.arg(url.toString())))));
    return job;
}

HttpAnswer FakeTransport::answer(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.contentType = contentType;
    if (!contentType.isEmpty())
        answer.headers.append({"Content-Type", contentType});
    answer.headers.append({"Content-Length", QByteArray::number(body.size())});
    return answer;
}

} // namespace sdsm::test
