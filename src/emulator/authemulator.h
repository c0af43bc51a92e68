#pragma once

#include "emulatoroptions.h"
#include "httpmessage.h"
#include "identities.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace sdsm::emu {

class AuthEndpoints;

// A local SanteDB-compatible OAuth server on 127.0.0.1. Everything runs on the thread that owns
// it, driven by its event loop, so the desktop app can host it on its GUI thread.
class AuthEmulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthEmulator)

public:
    // Requests kept for requests(); older ones are forgotten so a long run stays bounded.
    static constexpr qsizetype maxRecordedRequests = 256;

    explicit AuthEmulator(EmulatorOptions options = {}, QObject *parent = nullptr);
    ~AuthEmulator() override;

    // Binds 127.0.0.1 only; port 0 picks a free port. On failure errorString() says why.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const;
    const EmulatorOptions &options() const;

    // Every POST /auth/oauth2_token, whatever the answer (or the lack of one).
    int tokenRequestCount() const;
    QList<RecordedRequest> requests() const;

Q_SIGNALS:
    void requestReceived(const sdsm::emu::RecordedRequest &request);

private:
    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void record(const RecordedRequest &request);
    void answer(QTcpSocket *socket, const HttpResponse &response);
    void deliver(QTcpSocket *socket, const HttpResponse &response);

    EmulatorOptions m_options;
    QTcpServer *m_server;
    std::unique_ptr<AuthEndpoints> m_endpoints;
    QFile m_requestLog;
    QList<RecordedRequest> m_requests;
    int m_tokenRequests = 0;
    QString m_error;
};

} // namespace sdsm::emu
