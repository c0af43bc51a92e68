// SPDX-License-Identifier: Apache-2.0
#include "httpresponseparser.h"

#include "secretbytes.h"

#include <QDate>
#include <QList>
#include <QTime>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr qsizetype MiB = 1024 * 1024;

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Every value of a header that may repeat, split on commas: "gzip, identity" and two fields
// "gzip" / "identity" read the same (RFC 9110 §5.3).
QList<QByteArray> listValues(const QList<HttpHeader> &headers, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const HttpHeader &header : headers) {
        if (name.compare(header.name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : header.value.split(','))
            values.append(part.trimmed());
    }
    return values;
}

QString mebibytes(qsizetype bytes)
{
    return QCoreApplication::translate("sdsm", "%1 MiB").arg(bytes / MiB);
}

} // namespace

QDateTime parseHttpDate(QByteArrayView value)
{
    // IMF-fixdate (RFC 9110 §5.6.7), the only form servers may send: "Sun, 06 Nov 1994 08:49:37
    // GMT". The obsolete forms are not worth a parser of their own: without a date the caller
    // simply cannot say anything about the server's clock.
    static const QList<QByteArrayView> Months {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QList<QByteArray> parts = value.toByteArray().split(' ');
    if (parts.size() != 6 || parts.at(0).size() != 4 || !parts.at(0).endsWith(',')
        || parts.at(5) != "GMT" || parts.at(1).size() != 2 || parts.at(3).size() != 4
        || parts.at(4).size() != 8)
        return {};
    const qsizetype month = Months.indexOf(QByteArrayView(parts.at(2)));
    bool dayOk = false, yearOk = false;
    const int day = parts.at(1).toInt(&dayOk);
    const int year = parts.at(3).toInt(&yearOk);
    const QTime time = QTime::fromString(QString::fromLatin1(parts.at(4)), u"HH:mm:ss"_s);
    const QDate date(year, static_cast<int>(month) + 1, day);
    if (month < 0 || !dayOk || !yearOk || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

HttpResponseParser::HttpResponseParser(QString where, bool headRequest)
    : m_where(std::move(where))
    , m_headRequest(headRequest)
{ }

HttpResponseParser::~HttpResponseParser()
{
    wipe(m_input);
    wipe(m_answer.body);
}

void HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state != State::Receiving || bytes.isEmpty())
        return;
    if (!m_receivedAnything && (bytes.front() == '\x16' || bytes.front() == '\x15')) {
        // A TLS record (handshake or alert) in answer to plain http.
        m_receivedAnything = true;
        return fail(ErrorKind::Protocol,
                    tr("the server %1 answered with TLS, not plain HTTP — the server URL "
                       "probably needs https://")
                        .arg(m_where));
    }
    m_receivedAnything = true;
    // Unconsumed input never exceeds a line limit, so this stays small whatever arrives.
    appendWiping(m_input, bytes, MaxHeaderBytes);
    while (m_state == State::Receiving && step()) { }
    compactInput();
}

void HttpResponseParser::finishAtEof()
{
    if (m_state != State::Receiving)
        return;
    switch (m_phase) {
    case Phase::BodyUntilClose:
        return complete();
    case Phase::StatusLine:
        if (!m_receivedAnything)
            return fail(ErrorKind::Network,
                        tr("the server %1 closed the connection without answering — check the "
                           "server's logs")
                            .arg(m_where));
        Q_FALLTHROUGH();
    case Phase::Headers:
        return fail(ErrorKind::Network,
                    tr("the server %1 closed the connection in the middle of its answer's "
                       "headers — check the server's logs")
                        .arg(m_where));
    case Phase::BodyByLength:
        return fail(ErrorKind::Network,
                    tr("the server %1 closed the connection before answering completely (%2 of "
                       "the %3 bytes it announced arrived) — check the server's logs")
                        .arg(m_where, QString::number(m_answer.body.size()),
                             QString::number(m_announcedLength)));
    case Phase::ChunkSize:
    case Phase::ChunkData:
    case Phase::ChunkDataEnd:
    case Phase::Trailers:
        return fail(ErrorKind::Network,
                    tr("the server %1 closed the connection before answering completely (the "
                       "chunked body has no end) — check the server's logs")
                        .arg(m_where));
    case Phase::Finished:
        return;
    }
}

HttpAnswer HttpResponseParser::takeAnswer()
{
    return std::move(m_answer);
}

bool HttpResponseParser::step()
{
    QByteArrayView line;
    const qsizetype available = m_input.size() - m_inputPos;
    switch (m_phase) {
    case Phase::StatusLine:
        if (!takeLine(line, MaxLineBytes, false))
            return false;
        onStatusLine(line);
        return true;
    case Phase::Headers:
        if (!takeLine(line, MaxLineBytes, false))
            return false;
        if (line.isEmpty())
            onHeadersDone();
        else
            onHeaderLine(line);
        return true;
    case Phase::BodyByLength:
    case Phase::ChunkData: {
        const qsizetype n = static_cast<qsizetype>(std::min<qint64>(available, m_remaining));
        if (n == 0)
            return false;
        appendBody(QByteArrayView(m_input).sliced(m_inputPos, n));
        m_inputPos += n;
        m_remaining -= n;
        if (m_remaining == 0) {
            if (m_phase == Phase::BodyByLength)
                complete();
            else
                m_phase = Phase::ChunkDataEnd;
        }
        return true;
    }
    case Phase::BodyUntilClose:
        if (available == 0)
            return false;
        appendBody(QByteArrayView(m_input).sliced(m_inputPos));
        m_inputPos = m_input.size();
        return true;
    case Phase::ChunkSize:
        if (!takeLine(line, MaxChunkLineBytes, true))
            return false;
        onChunkSizeLine(line);
        return true;
    case Phase::ChunkDataEnd: {
        const QByteArrayView next = QByteArrayView(m_input).sliced(m_inputPos);
        if (!QByteArrayView("\r\n").startsWith(next.first(std::min<qsizetype>(next.size(), 2)))) {
            failProtocol(tr("a chunk of the body is not followed by CRLF"));
            return false;
        }
        if (next.size() < 2)
            return false;
        m_inputPos += 2;
        m_phase = Phase::ChunkSize;
        return true;
    }
    case Phase::Trailers:
        if (!takeLine(line, MaxLineBytes, true))
            return false;
        if (line.isEmpty()) {
            complete();
        } else {
            m_headerBytes += line.size() + 2;
            if (m_headerBytes > MaxHeaderBytes)
                fail(ErrorKind::Oversize,
                     tr("the headers and trailers from %1 passed the 64 KiB limit — check the "
                        "server")
                         .arg(m_where));
            else if (line.indexOf(':') <= 0)
                failProtocol(tr("a trailer line of the chunked body is malformed"));
        }
        return true;
    case Phase::Finished:
        return false;
    }
    return false;
}

bool HttpResponseParser::takeLine(QByteArrayView &line, qsizetype limit, bool strictCrlf)
{
    const QByteArrayView rest = QByteArrayView(m_input).sliced(m_inputPos);
    const qsizetype end = rest.indexOf('\n');
    if (end < 0 ? rest.size() > limit : end > limit) {
        if (m_phase == Phase::ChunkSize || m_phase == Phase::ChunkDataEnd)
            failProtocol(tr("a chunk size line is longer than %1 bytes").arg(limit));
        else
            fail(ErrorKind::Oversize,
                 tr("a header line from %1 is longer than %2 bytes — check the server")
                     .arg(m_where, QString::number(limit)));
        return false;
    }
    if (end < 0)
        return false;
    line = rest.first(end);
    m_inputPos += end + 1;
    if (line.endsWith('\r')) {
        line.chop(1);
    } else if (strictCrlf) {
        failProtocol(tr("a line of the chunked body does not end with CRLF"));
        return false;
    }
    if (line.contains('\r') || line.contains('\0')) {
        failProtocol(tr("a line of the answer holds a stray CR or NUL byte"));
        return false;
    }
    if (m_phase == Phase::StatusLine || m_phase == Phase::Headers) {
        m_headerBytes += end + 1;
        if (m_headerBytes > MaxHeaderBytes) {
            fail(ErrorKind::Oversize,
                 tr("the headers from %1 passed the 64 KiB limit — check the server").arg(m_where));
            return false;
        }
    }
    return true;
}

void HttpResponseParser::onStatusLine(QByteArrayView line)
{
    // "HTTP/1.1 200 OK"; the reason phrase may be empty or missing.
    const bool shaped = line.size() >= 12 && line.startsWith("HTTP/1.")
        && (line.at(7) == '0' || line.at(7) == '1') && line.at(8) == ' ' && isDigit(line.at(9))
        && isDigit(line.at(10)) && isDigit(line.at(11))
        && (line.size() == 12 || line.at(12) == ' ');
    if (!shaped)
        return failProtocol(tr("the answer does not start with an HTTP/1.x status line"));
    const int status = (line.at(9) - '0') * 100 + (line.at(10) - '0') * 10 + (line.at(11) - '0');
    if (status < 100)
        return failProtocol(tr("the status code %1 does not exist").arg(status));
    if (status == 101)
        return failProtocol(tr("the server switched protocols, which was not asked for"));
    if (status < 200 && ++m_interimAnswers > MaxInterimAnswers)
        return failProtocol(
            tr("more than %1 interim (1xx) answers arrived").arg(MaxInterimAnswers));
    m_answer.status = status;
    m_answer.headers.clear();
    m_phase = Phase::Headers;
}

void HttpResponseParser::onHeaderLine(QByteArrayView line)
{
    if (m_answer.headers.size() >= MaxHeaderCount)
        return fail(ErrorKind::Oversize,
                    tr("the server %1 sent more than %2 header fields — check the server")
                        .arg(m_where, QString::number(MaxHeaderCount)));
    if (line.front() == ' ' || line.front() == '\t')
        return failProtocol(tr("a header is folded over several lines (obsolete in HTTP/1.1)"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return failProtocol(tr("a header line is not of the form \"Name: value\""));
    m_answer.headers.append(
        {line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
}

void HttpResponseParser::onHeadersDone()
{
    if (m_answer.status < 200) { // an interim answer: the real one follows
        m_phase = Phase::StatusLine;
        return;
    }
    m_answer.contentType = m_answer.header("Content-Type");
    m_answer.location = m_answer.header("Location");
    m_answer.serverDate = parseHttpDate(m_answer.header("Date"));

    if (m_headRequest || m_answer.status == 204 || m_answer.status == 304)
        return complete();

    for (const QByteArray &coding : listValues(m_answer.headers, "Content-Encoding")) {
        if (!coding.isEmpty() && coding.compare("identity", Qt::CaseInsensitive) != 0)
            return fail(
                ErrorKind::Protocol,
                tr("the server %1 sent a compressed answer it was not asked for "
                   "(Content-Encoding: %2) — check the server or a proxy in between")
                    .arg(m_where, QString::fromLatin1(coding.left(40).toPercentEncoding(" ,-"))));
    }

    const QList<QByteArray> transfer = listValues(m_answer.headers, "Transfer-Encoding");
    const QList<QByteArray> lengths = listValues(m_answer.headers, "Content-Length");
    if (!transfer.isEmpty()) {
        if (!lengths.isEmpty())
            return failProtocol(tr("the answer has both Transfer-Encoding and Content-Length, "
                                   "a sign of response splitting"));
        if (transfer.size() != 1 || transfer.first().compare("chunked", Qt::CaseInsensitive) != 0)
            return failProtocol(tr("the answer uses a transfer coding other than chunked"));
        m_phase = Phase::ChunkSize;
        return;
    }
    if (!lengths.isEmpty()) {
        const QByteArray &first = lengths.first();
        const bool valid = !first.isEmpty() && first.size() <= 18
            && std::all_of(first.begin(), first.end(), isDigit)
            && std::all_of(lengths.begin(), lengths.end(),
                           [&](const QByteArray &l) { return l == first; });
        if (!valid)
            return failProtocol(tr("the Content-Length header is not one whole number"));
        m_announcedLength = first.toLongLong();
        if (m_announcedLength > MaxAnswerBytes)
            return fail(
                ErrorKind::Oversize,
                tr("the server %1 announced a %2-byte answer, over the %3 limit — check "
                   "the URL")
                    .arg(m_where, QString::number(m_announcedLength), mebibytes(MaxAnswerBytes)));
        if (m_announcedLength == 0)
            return complete();
        m_remaining = m_announcedLength;
        m_answer.body.reserve(static_cast<qsizetype>(m_announcedLength));
        m_phase = Phase::BodyByLength;
        return;
    }
    m_phase = Phase::BodyUntilClose;
}

void HttpResponseParser::onChunkSizeLine(QByteArrayView line)
{
    // chunk-size [ BWS ";" chunk-ext ]
    qsizetype digits = 0;
    while (digits < line.size() && hexValue(line.at(digits)) >= 0)
        ++digits;
    if (digits == 0)
        return failProtocol(tr("a chunk size is not a hexadecimal number"));
    QByteArrayView rest = line.sliced(digits);
    while (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t'))
        rest = rest.sliced(1);
    if (!rest.isEmpty() && rest.front() != ';')
        return failProtocol(tr("a chunk size is followed by something other than an extension"));

    const qsizetype room = MaxAnswerBytes - m_answer.body.size();
    qint64 size = 0;
    for (const char c : line.first(digits)) {
        size = size * 16 + hexValue(c);
        if (size > room) // checked per digit, so a long size cannot overflow
            return fail(ErrorKind::Oversize,
                        tr("the answer from %1 passed the %2 limit — check the URL")
                            .arg(m_where, mebibytes(MaxAnswerBytes)));
    }
    if (size == 0) {
        m_phase = Phase::Trailers;
        return;
    }
    m_remaining = size;
    m_phase = Phase::ChunkData;
}

void HttpResponseParser::appendBody(QByteArrayView bytes)
{
    if (m_answer.body.size() + bytes.size() > MaxAnswerBytes)
        return fail(ErrorKind::Oversize,
                    tr("the answer from %1 passed the %2 limit — check the URL")
                        .arg(m_where, mebibytes(MaxAnswerBytes)));
    appendWiping(m_answer.body, bytes, MaxAnswerBytes);
}

void HttpResponseParser::compactInput()
{
    dropFrontWiping(m_input, m_inputPos);
    m_inputPos = 0;
}

void HttpResponseParser::complete()
{
    m_state = State::Done;
    m_phase = Phase::Finished;
}

void HttpResponseParser::fail(ErrorKind kind, const QString &message)
{
    m_state = State::Failed;
    m_phase = Phase::Finished;
    m_error = makeError(kind, message);
    wipe(m_answer.body);
}

void HttpResponseParser::failProtocol(const QString &problem)
{
    fail(ErrorKind::Protocol,
         tr("the answer from %1 is not valid HTTP: %2 — check the server or a proxy in between")
             .arg(m_where, problem));
}

} // namespace sdsm
