// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace sdsm::emu {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;
using FormFields = QList<std::pair<QString, QString>>;

// application/x-www-form-urlencoded (bodies and query strings): '+' is a space, %XX are UTF-8
// bytes; a malformed escape stays literal, as .NET's HttpUtility does.
FormFields parseForm(QByteArrayView encoded);
// The first value of a field; nullopt when the field is absent.
std::optional<QString> formValue(const FormFields &form, QStringView name);

// The TLS client certificate a connection presented (HTTPS with --client-ca only).
struct ClientCertificate
{
    bool presented = false;
    bool trusted = false; // chains to the configured client CA
    QString commonName;
    QString subject; // as .NET writes X509Certificate2.Subject: "CN=…, O=…, C=…"
};

// One HTTP request exactly as it arrived. Names keep their spelling and order so that tests can
// prove what a client sent, and what it did not send.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path; // the request-target, query included
    HeaderList headers;
    QByteArray body;
    ClientCertificate clientCertificate; // not part of the bytes: what TLS established
    // Not part of the bytes either: how many requests the emulator was answering when this one
    // had arrived, itself included (a --delay-ms answer counts until it is written). Tests read
    // a client's concurrency from it.
    int inFlight = 0;
    // When it had arrived, in milliseconds since the emulator started: tests read a client's
    // pacing (a rate limit) from it.
    qint64 receivedMs = 0;

    // First value of a header, names compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The path without its query, lower-cased: what the server routes on.
    QByteArray route() const;
    FormFields query() const;
    // The token of "Authorization: Bearer <token>" (scheme case-insensitive); empty otherwise.
    QByteArray bearerToken() const;
    // {"method","path","headers":[[name,value],...],"body","in_flight","at_ms"} on one line (the
    // --request-log format), plus "client_certificate":{"subject","trusted"} when one was
    // presented.
    QByteArray toJsonLine() const;
};

struct HttpResponse
{
    enum class Delivery {
        Complete, // headers and body, then close
        HalfBody, // headers promising the whole body, half of it, then close
        Drip, // headers at once, then one body byte every 250 ms
        Never, // keep the connection open and never answer
        StatusLineThenClose, // "HTTP/1.1 200 OK\r\n", then close
        Reset, // no answer: the connection is reset (RST)
        ChunkedFlood, // the head, then chunks that never end, written as the client reads
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Delivery delivery = Delivery::Complete;

    static HttpResponse json(int status, const QJsonObject &object);
    // SanteDB's OAuthError body: {"error": ..., "error_description": ...}.
    static HttpResponse oauthError(int status, const QString &error, const QString &description);

    // Status line and headers, with Content-Length (unless the headers name a
    // Transfer-Encoding) and Connection: close added.
    QByteArray head() const;
};

// Incremental HTTP/1.1 request reader: requests may arrive in any number of chunks.
class RequestParser
{
public:
    enum class Status {
        NeedMore,
        Complete,
        Malformed, // 400
        LengthRequired, // 411: a body without Content-Length (e.g. chunked)
        BodyTooLarge, // 413
        HeadersTooLarge, // 431
    };

    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    // Once the status is anything but NeedMore, further bytes are ignored.
    Status feed(QByteArrayView bytes);
    // True once the head is in and only body bytes are missing.
    bool awaitingBody() const { return m_status == Status::NeedMore && m_bodyStart >= 0; }
    const RecordedRequest &request() const { return m_request; }

private:
    Status parseHead(qsizetype headEnd, qsizetype bodyStart);

    QByteArray m_buffer;
    RecordedRequest m_request;
    qsizetype m_bodyStart = -1; // -1 until the head has been parsed
    qsizetype m_contentLength = 0;
    Status m_status = Status::NeedMore;
};

} // namespace sdsm::emu

Q_DECLARE_METATYPE(sdsm::emu::RecordedRequest)
