// SPDX-License-Identifier: Apache-2.0
#include "sessionpack.h"

#include "jwt.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sdsm::sessionpack {

namespace {

// "sdsm-pack1:<entries>:<check>:" then the first slice of the base64 text; the other entries
// hold the following slices. <check> ties the slices to one write: a reader that meets entries
// of two different writes (another program caching at the same moment) sees a mismatch.
constexpr auto Magic = "sdsm-pack1:"_L1;
constexpr int CheckHexDigits = 16;
// Bounds what a damaged or hostile entry can make qUncompress allocate.
constexpr quint32 MaxUnpackedBytes = 1024 * 1024;
constexpr auto StreamVersion = QDataStream::Qt_6_0;

enum class ValueType : quint8 { Text = 0, Jwt = 1, Json = 2 };

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The three decoded parts of a compact JWS, only when encoding them again gives back exactly
// the same text (otherwise the text is kept as it is).
std::optional<QList<QByteArray>> jwtParts(const QString &text)
{
    const QByteArray ascii = text.toLatin1();
    if (QString::fromLatin1(ascii) != text)
        return std::nullopt;
    const QList<QByteArray> encoded = ascii.split('.');
    if (encoded.size() != 3)
        return std::nullopt;
    QList<QByteArray> decoded;
    for (const QByteArray &part : encoded) {
        const std::optional<QByteArray> bytes = decodeBase64Url(part);
        if (!bytes || base64Url(*bytes) != part)
            return std::nullopt;
        decoded << *bytes;
    }
    return decoded;
}

QString checkOf(const QByteArray &packed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(packed, QCryptographicHash::Sha256).toHex().first(CheckHexDigits));
}

QByteArray compressedFields(const QJsonObject &object)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << quint32(object.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
        out << it.key();
        const QJsonValue value = it.value();
        if (value.isString()) {
            const QString text = value.toString();
            if (const auto parts = jwtParts(text)) {
                out << ValueType::Jwt << parts->at(0) << parts->at(1) << parts->at(2);
                continue;
            }
            out << ValueType::Text << text;
            continue;
        }
        // Numbers and booleans as JSON text: small, and exactly what they were.
        const QJsonObject wrapper {{u"v"_s, value}};
        out << ValueType::Json << QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    }
    return qCompress(raw, 9);
}

std::optional<QJsonObject> expandedFields(const QByteArray &compressed)
{
    // qCompress puts the original size in front, big-endian: refuse absurd sizes before
    // qUncompress allocates them.
    if (compressed.size() < 4)
        return std::nullopt;
    const quint32 declared = (quint32(quint8(compressed[0])) << 24)
        | (quint32(quint8(compressed[1])) << 16) | (quint32(quint8(compressed[2])) << 8)
        | quint32(quint8(compressed[3]));
    if (declared > MaxUnpackedBytes)
        return std::nullopt;
    const QByteArray raw = qUncompress(compressed);
    if (raw.isEmpty())
        return std::nullopt;
    QDataStream in(raw);
    in.setVersion(StreamVersion);
    quint32 count = 0;
    in >> count;
    QJsonObject object;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString key;
        ValueType type {};
        in >> key >> type;
        switch (type) {
        case ValueType::Jwt: {
            QByteArray header, payload, signature;
            in >> header >> payload >> signature;
            object.insert(key,
                          QString::fromLatin1(base64Url(header) % '.' % base64Url(payload) % '.'
                                              % base64Url(signature)));
            break;
        }
        case ValueType::Text: {
            QString text;
            in >> text;
            object.insert(key, text);
            break;
        }
        case ValueType::Json: {
            QByteArray json;
            in >> json;
            const QJsonDocument wrapper = QJsonDocument::fromJson(json);
            if (!wrapper.isObject() || !wrapper.object().contains(u"v"_s))
                return std::nullopt;
            object.insert(key, wrapper.object().value(u"v"_s));
            break;
        }
        default:
            return std::nullopt;
        }
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() || quint32(object.size()) != count)
        return std::nullopt;
    return object;
}

} // namespace

std::optional<QStringList> pack(const QString &text)
{
    if (text.toUtf8().size() <= MaxEntryBytes)
        return QStringList {text};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QByteArray packed = compressedFields(document.object()).toBase64();
    const QString check = checkOf(packed);
    // The header's length depends on the entry count, which depends on the header's length:
    // try each count until the slices fit.
    for (int entries = 1; entries <= MaxEntries; ++entries) {
        const QString header = Magic % QString::number(entries) % u':' % check % u':';
        const qsizetype firstSlice = MaxEntryBytes - header.size();
        if (packed.size() > firstSlice + (entries - 1) * MaxEntryBytes)
            continue;
        QStringList result {
            header
            % QString::fromLatin1(packed.first(std::min<qsizetype>(firstSlice, packed.size())))};
        for (qsizetype at = firstSlice; at < packed.size(); at += MaxEntryBytes)
            result << QString::fromLatin1(packed.mid(at, MaxEntryBytes));
        return result;
    }
    return std::nullopt;
}

std::optional<int> entryCount(const QString &firstEntry)
{
    if (!firstEntry.startsWith(Magic))
        return 1;
    bool ok = false;
    const int count = firstEntry.section(u':', 1, 1).toInt(&ok);
    if (!ok || count < 1 || count > MaxEntries)
        return std::nullopt;
    return count;
}

std::optional<QString> unpack(const QStringList &entries)
{
    if (entries.isEmpty())
        return std::nullopt;
    const QString &first = entries.first();
    const std::optional<int> count = entryCount(first);
    if (!count || *count != entries.size())
        return std::nullopt;
    if (!first.startsWith(Magic))
        return first;
    const QString check = first.section(u':', 2, 2);
    QString packedText = first.section(u':', 3);
    for (qsizetype i = 1; i < entries.size(); ++i)
        packedText += entries.at(i);
    const QByteArray packed = packedText.toLatin1();
    if (check.size() != CheckHexDigits || checkOf(packed) != check)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(packed, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    const std::optional<QJsonObject> object = expandedFields(decoded.decoded);
    if (!object)
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact));
}

} // namespace sdsm::sessionpack
