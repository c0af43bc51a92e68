// SPDX-License-Identifier: Apache-2.0
#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 204:
        return "No Content"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 411:
        return "Length Required"_ba;
    case 413:
        return "Content Too Large"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    default:
        return "Unknown"_ba;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == ':' || c == '(' || c == ')' || c == '"' || c == '/'
            || c == '[' || c == ']' || c == '{' || c == '}' || c == ',' || c == ';' || c == '='
            || c == '<' || c == '>' || c == '?' || c == '@' || c == '\\')
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

FormFields parseForm(QByteArrayView encoded)
{
    const auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    const auto decode = [&hexValue](QByteArrayView part) {
        QByteArray bytes;
        bytes.reserve(part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            const char c = part.at(i);
            if (c == '+') {
                bytes.append(' ');
            } else if (c == '%' && i + 2 < part.size() && hexValue(part.at(i + 1)) >= 0
                       && hexValue(part.at(i + 2)) >= 0) {
                bytes.append(char(hexValue(part.at(i + 1)) * 16 + hexValue(part.at(i + 2))));
                i += 2;
            } else {
                bytes.append(c);
            }
        }
        return QString::fromUtf8(bytes);
    };
    FormFields fields;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                fields.append({decode(pair), QString()});
            else
                fields.append({decode(pair.first(equals)), decode(pair.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return fields;
}

std::optional<QString> formValue(const FormFields &form, QStringView name)
{
    for (const auto &[key, value] : form) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (sameName(entry.first, name))
            return true;
    }
    return false;
}

QByteArray RecordedRequest::route() const
{
    const qsizetype query = path.indexOf('?');
    return (query < 0 ? path : path.left(query)).toLower();
}

FormFields RecordedRequest::query() const
{
    const qsizetype start = path.indexOf('?');
    return start < 0 ? FormFields() : parseForm(QByteArrayView(path).sliced(start + 1));
}

QByteArray RecordedRequest::bearerToken() const
{
    const QByteArray authorization = header("Authorization");
    if (!authorization.toLower().startsWith("bearer "))
        return {};
    return authorization.mid(7).trimmed();
}

QByteArray RecordedRequest::toJsonLine() const
{
    // Written by hand so the members keep the documented order (QJsonObject sorts its keys).
    const auto encode = [](const QJsonValue &value) {
        const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return array.sliced(1, array.size() - 2);
    };
    QJsonArray headerArray;
    for (const auto &[name, value] : headers)
        headerArray.append(QJsonArray {QString::fromUtf8(name), QString::fromUtf8(value)});
    QByteArray line = "{\"method\":"_ba + encode(QString::fromUtf8(method)) + ",\"path\":"_ba
        + encode(QString::fromUtf8(path)) + ",\"headers\":"_ba + encode(headerArray)
        + ",\"body\":"_ba + encode(QString::fromUtf8(body)) + ",\"in_flight\":"_ba
        + QByteArray::number(inFlight) + ",\"at_ms\":"_ba + QByteArray::number(receivedMs);
    if (clientCertificate.presented)
        line += ",\"client_certificate\":"_ba
            + encode(QJsonObject {{u"subject"_s, clientCertificate.subject},
                                  {u"trusted"_s, clientCertificate.trusted}});
    return line + '}';
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type"_ba, "application/json"_ba}};
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::oauthError(int status, const QString &error, const QString &description)
{
    return json(status, {{u"error"_s, error}, {u"error_description"_s, description}});
}

QByteArray HttpResponse::head() const
{
    QByteArray text = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nServer: santedb-auth-emulator\r\n"_ba;
    for (const auto &[name, value] : headers)
        text += name + ": "_ba + value + "\r\n"_ba;
    // RFC 9110 §8.6: a 204 carries no Content-Length; RFC 9112 §6.2: nor does a chunked body.
    bool chunked = false;
    for (const auto &entry : headers)
        chunked = chunked || sameName(entry.first, "transfer-encoding");
    if (status != 204 && !chunked)
        text += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n"_ba;
    text += "Connection: close\r\n\r\n"_ba;
    return text;
}

RequestParser::Status RequestParser::feed(QByteArrayView bytes)
{
    if (m_status != Status::NeedMore)
        return m_status;
    m_buffer.append(bytes);
    if (m_bodyStart < 0) {
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lf = m_buffer.indexOf("\n\n");
        qsizetype headEnd = -1;
        qsizetype bodyStart = -1;
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            headEnd = crlf;
            bodyStart = crlf + 4;
        } else if (lf >= 0) {
            headEnd = lf;
            bodyStart = lf + 2;
        }
        if (headEnd < 0 || headEnd > maxHeadBytes) {
            if (m_buffer.size() > maxHeadBytes || headEnd > maxHeadBytes)
                m_status = Status::HeadersTooLarge;
            return m_status;
        }
        m_status = parseHead(headEnd, bodyStart);
        if (m_status != Status::NeedMore)
            return m_status;
    }
    if (m_buffer.size() - m_bodyStart >= m_contentLength) {
        m_request.body = m_buffer.mid(m_bodyStart, m_contentLength);
        m_buffer.clear();
        m_status = Status::Complete;
    }
    return m_status;
}

RequestParser::Status RequestParser::parseHead(qsizetype headEnd, qsizetype bodyStart)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const auto stripCr = [](QByteArray line) {
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    const QList<QByteArray> requestLine = stripCr(lines.first()).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/1."))
        return Status::Malformed;
    m_request.method = requestLine.at(0);
    m_request.path = requestLine.at(1);

    QByteArray contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines.at(i));
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding and nameless fields are refused, as RFC 9112 §5 allows.
        if (colon <= 0 || !isToken(line.left(colon)))
            return Status::Malformed;
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (sameName(name, "transfer-encoding"))
            return Status::LengthRequired;
        if (sameName(name, "content-length")) {
            if (!isDigits(value) || (!contentLength.isNull() && value != contentLength))
                return Status::Malformed;
            contentLength = value;
        }
        m_request.headers.append({name, value});
    }
    m_contentLength = contentLength.isNull() ? 0 : contentLength.toLongLong();
    if (m_contentLength > maxBodyBytes)
        return Status::BodyTooLarge;
    m_bodyStart = bodyStart;
    return Status::NeedMore;
}

} // namespace sdsm::emu
