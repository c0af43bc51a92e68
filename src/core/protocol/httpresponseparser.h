// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httptransport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sdsm {

// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") in UTC; invalid for anything else.
QDateTime parseHttpDate(QByteArrayView value);

// Reads one HTTP/1.x answer from the bytes of a connection the client closes after it. Framing
// follows RFC 9112 §6.3: no body for HEAD, 1xx, 204 and 304; Transfer-Encoding chunked (strict:
// hex sizes on bounded lines, CRLF after each chunk, trailers read and dropped); Content-Length
// (every copy equal); otherwise the body ends when the connection does. It holds at most the body
// limit plus the bytes of the current feed: a Content-Length or chunk size past the limit fails
// before a byte of it is stored, header lines and sections are bounded, and a Content-Encoding
// other than identity fails at once (none is ever asked for, so a compressed answer is refused,
// never inflated).
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
    Q_DISABLE_COPY_MOVE(HttpResponseParser)

public:
    static constexpr qsizetype MaxLineBytes = 8 * 1024; // status line or one header line
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024; // the whole header section(s)
    static constexpr int MaxHeaderCount = 128;
    static constexpr qsizetype MaxChunkLineBytes = 256; // "1a2b;ext=..." lines
    static constexpr int MaxInterimAnswers = 8; // 100 Continue, 103 Early Hints

    // `where` names the server in error sentences ("mpi.example:8443"); `headRequest`: the
    // answer has no body whatever its headers say. Bodies are limited to MaxAnswerBytes.
    HttpResponseParser(QString where, bool headRequest);
    ~HttpResponseParser(); // wipes what it still holds

    enum class State { Receiving, Done, Failed };
    State state() const { return m_state; }
    // Consumes the next bytes of the connection. Ignored once Done or Failed.
    void feed(QByteArrayView bytes);
    // The connection ended (closed or reset): completes a body delimited by the close, fails
    // anything else that is incomplete.
    void finishAtEof();

    bool receivedAnything() const { return m_receivedAnything; }
    bool headersComplete() const { return m_phase > Phase::Headers; }
    // What this parser holds now: unparsed input plus the body so far.
    qsizetype heldBytes() const { return m_input.size() + m_answer.body.size(); }

    const Error &error() const { return m_error; } // valid when Failed
    HttpAnswer takeAnswer(); // valid when Done

private:
    enum class Phase {
        StatusLine,
        Headers,
        BodyByLength,
        BodyUntilClose,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Finished,
    };

    bool step(); // one unit of progress; false when more input is needed or parsing stopped
    bool takeLine(QByteArrayView &line, qsizetype limit, bool strictCrlf);
    void onStatusLine(QByteArrayView line);
    void onHeaderLine(QByteArrayView line);
    void onHeadersDone();
    void onChunkSizeLine(QByteArrayView line);
    void appendBody(QByteArrayView bytes);
    void compactInput();
    void complete();
    void fail(ErrorKind kind, const QString &message);
    void failProtocol(const QString &problem);

    QString m_where;
    bool m_headRequest;
    State m_state = State::Receiving;
    Phase m_phase = Phase::StatusLine;
    QByteArray m_input; // received, not yet consumed from m_inputPos on
    qsizetype m_inputPos = 0;
    qsizetype m_headerBytes = 0;
    int m_interimAnswers = 0;
    qint64 m_remaining = 0; // of the Content-Length body or the current chunk
    qint64 m_announcedLength = -1;
    bool m_receivedAnything = false;
    HttpAnswer m_answer;
    Error m_error;
};

} // namespace sdsm
