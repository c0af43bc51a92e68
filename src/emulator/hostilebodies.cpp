// SPDX-License-Identifier: Apache-2.0
#define ZLIB_CONST
#include "hostilebodies.h"

#include <QStringList>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace sdsm::emu::hostile {

namespace {

constexpr qsizetype segmentBytes = 1024 * 1024;

// One deflate() pass over input (empty for a bare flush), all output collected.
QByteArray deflatePass(z_stream *stream, const QByteArray &input, int flush)
{
    QByteArray output;
    char buffer[64 * 1024];
    stream->next_in = reinterpret_cast<const Bytef *>(input.constData());
    stream->avail_in = uInt(input.size());
    do {
        stream->next_out = reinterpret_cast<Bytef *>(buffer);
        stream->avail_out = sizeof(buffer);
        deflate(stream, flush);
        output.append(buffer, qsizetype(sizeof(buffer) - stream->avail_out));
    } while (stream->avail_out == 0);
    return output;
}

QByteArray buildGzipBomb()
{
    // A full flush empties deflate's window, so every later 1 MiB segment of zeros compresses to
    // the same bytes: compress two, repeat the second, and write the trailer (CRC-32 and size of
    // the whole 1 GiB) by hand instead of compressing 1 GiB (seconds of CPU).
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    const QByteArray zeros(segmentBytes, '\0');
    const QByteArray first = deflatePass(&stream, zeros, Z_FULL_FLUSH);
    const QByteArray repeated = deflatePass(&stream, zeros, Z_FULL_FLUSH);
    QByteArray tail = deflatePass(&stream, {}, Z_FINISH);
    deflateEnd(&stream);

    const uLong segmentCrc =
        crc32(0, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(zeros.size()));
    uLong crc = segmentCrc;
    constexpr qint64 segments = gzipBombInflatedSize / segmentBytes;
    for (qint64 i = 1; i < segments; ++i)
        crc = crc32_combine(crc, segmentCrc, z_off_t(segmentBytes));
    const auto size = quint32(gzipBombInflatedSize & 0xffffffff);
    tail.chop(8);
    for (int shift = 0; shift < 32; shift += 8)
        tail.append(char((crc >> shift) & 0xff));
    for (int shift = 0; shift < 32; shift += 8)
        tail.append(char((size >> shift) & 0xff));

    QByteArray body = first;
    body.reserve(first.size() + repeated.size() * (segments - 1) + tail.size());
    for (qint64 i = 1; i < segments; ++i)
        body.append(repeated);
    return body + tail;
}

struct Credential
{
    QString label;
    QByteArray value;
};

QList<Credential> credentialsOf(const RecordedRequest &request)
{
    QList<Credential> credentials;
    const FormFields form = parseForm(request.body);
    for (const QString &field : {u"client_secret"_s, u"password"_s}) {
        if (const std::optional<QString> value = formValue(form, field))
            credentials.append({field, value->toUtf8()});
    }
    // Whatever either generation reads a Basic pair from: the device, or 2.x's application.
    for (const QByteArray &name : {"Authorization"_ba, "X-Device-Authorization"_ba}) {
        const QByteArray header = request.header(name);
        if (!header.toLower().startsWith("basic "))
            continue;
        const QByteArray pair = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        const QString label = QString::fromLatin1(name).toLower();
        if (colon >= 0)
            credentials.append({label % u" secret"_s, pair.mid(colon + 1)});
        credentials.append({label % u" pair"_s, pair});
    }
    return credentials;
}

// base64 and base64url of bytes shifted by 0, 1 and 2 leading bytes, so that every byte of the
// original lands at each of the three positions of a base64 quantum.
QStringList base64Forms(const QString &label, const QByteArray &bytes)
{
    QStringList forms;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, '~') + bytes;
        const QString at = u"@"_s % QString::number(shift) % u' ';
        forms << label % u" base64"_s % at % QString::fromLatin1(shifted.toBase64())
              << label % u" base64url"_s % at
                % QString::fromLatin1(shifted.toBase64(QByteArray::Base64UrlEncoding
                                                       | QByteArray::OmitTrailingEquals));
    }
    return forms;
}

} // namespace

const QByteArray &gzipBomb()
{
    static const QByteArray body = buildGzipBomb();
    return body;
}

QString echoEncoded(const RecordedRequest &request)
{
    QStringList forms;
    for (const Credential &credential : credentialsOf(request)) {
        const QByteArray &v = credential.value;
        const QString &label = credential.label;
        forms << label % u" percent "_s
                % QString::fromLatin1(v.toPercentEncoding("!#$&'()*+,/:;=?@[]"))
              << label % u" percent2 "_s
                % QString::fromLatin1(v.toPercentEncoding().toPercentEncoding())
              << label % u" hex "_s % QString::fromLatin1(v.toHex())
              << label % u" HEX "_s % QString::fromLatin1(v.toHex().toUpper())
              << label % u" latin1 "_s % QString::fromLatin1(v);
        forms += base64Forms(label, v);
    }
    forms += base64Forms(u"body"_s, request.body);
    return u"Invalid client credentials; received "_s % forms.join(u"; "_s);
}

} // namespace sdsm::emu::hostile
