// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptransport.h"
#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sdsm {

class HttpClient;

// The callback face of HttpClient that SessionService and ServerProbe were written against:
// one request at a time, `done` called once on this object's thread. New code takes an
// HttpTransport and its jobs instead.
class TokenTransport : public QObject
{
    Q_OBJECT
public:
    explicit TokenTransport(QObject *parent = nullptr);
    ~TokenTransport() override;

    using Done = std::function<void(Result<HttpAnswer>)>;
    // One request at a time per transport.
    void send(const TokenRequest &request, const TransportOptions &options, Done done);
    // The running request's `done` receives an Interrupted error.
    void cancel();

private:
    HttpClient *m_client;
    QPointer<Job<HttpAnswer>> m_job;
};

} // namespace sdsm
