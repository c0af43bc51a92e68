// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clientcertificateverifier.h"
#include "emulatoroptions.h"
#include "httpmessage.h"
#include "identities.h"

#include <QByteArrayView>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace sdsm::emu {

class AuthEndpoints;

// A local SanteDB-compatible OAuth server on 127.0.0.1, over HTTP or HTTPS. Everything runs on
// the thread that owns it, driven by its event loop, so the desktop app can host it on its GUI
// thread.
class AuthEmulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthEmulator)

public:
    // Requests kept for requests(); older ones are forgotten so a long run stays bounded.
    static constexpr qsizetype maxRecordedRequests = 256;

    explicit AuthEmulator(EmulatorOptions options = {}, QObject *parent = nullptr);
    ~AuthEmulator() override;

    // Binds 127.0.0.1 only; port 0 picks a free port. Reads the TLS files of the options. On
    // failure errorString() says why, in one sentence.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT, or https:// with a TLS certificate
    QString errorString() const;
    const EmulatorOptions &options() const;

    // Every POST /auth/oauth2_token, whatever the answer (or the lack of one).
    int tokenRequestCount() const;
    // Requests per method and route (the path without its query, lower-cased), e.g.
    // requestCount("GET", "/auth/session"); every complete request counts, faults included.
    int requestCount(QByteArrayView method, QByteArrayView route) const;
    int totalRequestCount() const { return m_totalRequests; }
    // The most requests answered at once so far (RecordedRequest::inFlight).
    int maxInFlight() const { return m_maxInFlight; }
    QList<RecordedRequest> requests() const;
    // Sessions the server still holds (unexpired, not signed out or dropped).
    qsizetype sessionCount() const;

Q_SIGNALS:
    void requestReceived(const sdsm::emu::RecordedRequest &request);

private:
    bool loadTls();
    void acceptConnections();
    void serve(QTcpSocket *socket, const ClientCertificate &certificate);
    void record(const RecordedRequest &request);
    // `answering` runs when the answer starts to go out (never for a hang).
    void answer(QTcpSocket *socket, const HttpResponse &response,
                const std::function<void()> &answering);
    void deliver(QTcpSocket *socket, const HttpResponse &response);
    void flood(QTcpSocket *socket);

    EmulatorOptions m_options;
    QTcpServer *m_server;
    std::unique_ptr<AuthEndpoints> m_endpoints;
    ClientCertificateVerifier m_clientCertificates;
    QFile m_requestLog;
    QList<RecordedRequest> m_requests;
    QHash<QByteArray, int> m_routeCounts; // "METHOD route"
    int m_totalRequests = 0;
    int m_inFlight = 0; // complete requests whose answer is not yet written
    int m_maxInFlight = 0;
    QElapsedTimer m_running; // since construction: when each request arrived (receivedMs)
    QString m_error;
};

} // namespace sdsm::emu
