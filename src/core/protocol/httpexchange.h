// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock.h"
#include "httpresponseparser.h"
#include "httptransport.h"
#include "tlspolicy.h"

#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace sdsm {

// One request over one fresh connection, or one TLS handshake to fetch a certificate: the
// engine behind HttpClient.
//
// Why not QNetworkAccessManager: Qt 6.4's HTTP/1 channel resends a request, POST included,
// when the connection ends before the answer is complete. QHttpNetworkConnectionChannel starts
// every channel with reconnectAttempts = 3 ("the server might close our connection because the
// persistent connection times out") and spends them in three places, none of which looks at the
// method: handleUnexpectedEOF() — called by QHttpProtocolHandler::_q_receiveReply() when the
// socket ends while the status line or the headers are being read — clears the reply and calls
// closeAndResendCurrentRequest(); _q_error(RemoteHostClosedError) in any state other than Idle
// or Reading (the request is being written or its answer awaited) calls resendCurrentRequest()
// while reconnectAttempts-- > 0; and ensureConnection() finding its socket still closing sets
// resendCurrent, which _q_disconnected() turns into another _q_startNextRequest(). (A
// methodIsIdempotent() test in handleUnexpectedEOF() only came in later Qt versions.) Measured
// against Qt 6.4.2 with a server that counts requests: a POST whose connection is closed before
// the status line arrives twice, one closed right after the status line three times. QNAM also
// buffers a body without bound, adds Accept-Encoding and inflates gzip itself, and sends its own
// User-Agent.
//
// So: one QTcpSocket/QSslSocket per request, `Connection: close`, the request written exactly
// once and never again, whatever the connection does afterwards; the socket's read buffer
// capped and drained through HttpResponseParser, which holds at most the body limit; one timer
// for the whole exchange, connecting and the handshake included; the server certificate checked
// after the handshake and before the first byte of the request is written.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    // The socket's read buffer, and so the most one read hands over.
    static constexpr qsizetype ReadChunkBytes = 64 * 1024;

    struct Environment
    {
        const Clock *clock = nullptr;
        QByteArray userAgent;
        qsizetype *peakHeldBytes = nullptr; // raised to the most this exchange held at once
        qsizetype *peakReadBytes = nullptr; // raised to the most the socket handed over at once
    };
    using AnswerDone = std::function<void(Result<HttpAnswer>)>;
    using CertificateDone = std::function<void(Result<ServerCertificate>)>;

    // Sends `request` once and reads one answer.
    HttpExchange(HttpRequest request, TransportOptions options, Environment environment,
                 AnswerDone done, QObject *parent);
    // Completes a TLS handshake with the URL's origin, captures its certificate, sends nothing.
    HttpExchange(const QUrl &url, TransportOptions options, Environment environment,
                 CertificateDone done, QObject *parent);
    // An exchange destroyed before it finished reports Interrupted.
    ~HttpExchange() override;

    // `done` may run before start() returns (a request refused before connecting).
    void start();
    // Stops at once: aborts the connection and reports Interrupted (once, like everything).
    void cancel();

private:
    Result<QByteArray> requestBytes() const;
    QNetworkProxy chooseProxy() const;
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError();
    void onClosed();
    void onDeadline();
    void writeRequest();
    void deliverParsed();
    void fail(Error error);
    void finish(Result<HttpAnswer> answer);
    void finish(Result<ServerCertificate> certificate);
    void stop();
    Error socketError() const;
    bool fetchingCertificate() const { return static_cast<bool>(m_certificateDone); }

    HttpRequest m_request;
    TransportOptions m_options;
    Environment m_environment;
    AnswerDone m_answerDone;
    CertificateDone m_certificateDone;
    QString m_where; // host[:port], as sentences show the server
    std::optional<TlsPolicy> m_tls;
    bool m_absoluteForm = false; // plain http through an HTTP proxy
    QNetworkProxy m_proxy;
    QByteArray m_wire; // the request, until written
    QTcpSocket *m_socket = nullptr;
    QTimer m_deadline;
    std::unique_ptr<HttpResponseParser> m_parser;
    QByteArray m_readBuffer;
    QDateTime m_receivedAt; // when the answer's headers were complete
    std::optional<Error> m_tlsVerdict; // why the handshake is failing, decided in sslErrors
    std::optional<ServerCertificate> m_captured; // a certificate fetch's result
    bool m_encrypted = false;
    bool m_finished = false;
};

} // namespace sdsm
