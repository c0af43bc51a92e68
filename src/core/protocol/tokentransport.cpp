// SPDX-License-Identifier: Apache-2.0
#include "tokentransport.h"

#include "httpclient.h"

namespace sdsm {

TokenTransport::TokenTransport(QObject *parent)
    : QObject(parent)
    , m_client(new HttpClient(this))
{ }

TokenTransport::~TokenTransport() = default;

void TokenTransport::send(const TokenRequest &request, const TransportOptions &options, Done done)
{
    Q_ASSERT(!m_job);
    m_job = m_client->send(request, options);
    m_job->then(this, [this, done = std::move(done)](Result<HttpAnswer> answer) {
        m_job = nullptr;
        done(std::move(answer));
    });
}

void TokenTransport::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace sdsm
