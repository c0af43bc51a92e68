// SPDX-License-Identifier: Apache-2.0
// The hostile faults of the token endpoint, proven on the wire with raw sockets: exactly which
// bytes arrive, that a reset is a reset, that a flood does not end, that the bomb really inflates
// to 1 GiB, that every credential is echoed in every encoding, and that each fault still counts
// exactly one request.
#include "authemulator.h"
#include "emulatorclient.h"
#include "hostilebodies.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace sdsm::emu;
using namespace sdsm::emu::test;

namespace {

const QByteArray tokenBody =
    "grant_type=client_credentials&client_id=fiddler&client_secret=fiddler"_ba;

QByteArray rawRequest(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST /auth/oauth2_token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/x-www-form-urlencoded\r\n"_ba
        + extraHeaders + "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n\r\n"_ba
        + body;
}

// What a raw TCP client saw: every byte, and how the connection ended.
struct Exchange
{
    QByteArray received;
    bool ended = false;
    int closeErrno = 0; // 0 for an orderly close (FIN); ECONNRESET for a reset (RST)
};

#ifdef Q_OS_UNIX
// A plain POSIX socket, because Qt reports a FIN and an RST alike: only errno tells them apart.
// The emulator runs on this thread, so the reads are non-blocking and QTRY spins its loop.
Exchange exchange(quint16 port, const QByteArray &request)
{
    Exchange result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Loopback connects complete in the kernel's backlog, without the server's event loop.
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
        || ::send(fd, request.constData(), size_t(request.size()), 0) != request.size()
        || ::fcntl(fd, F_SETFL, O_NONBLOCK) != 0) {
        if (fd >= 0)
            ::close(fd);
        return result;
    }
    // QTRY evaluates its condition again after success: once ended, stay ended (after an RST,
    // a second recv() would report an orderly close).
    const auto drained = [&] {
        if (result.ended)
            return true;
        char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof(buffer), 0);
            if (n > 0) {
                result.received.append(buffer, qsizetype(n));
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return false;
            result.ended = true;
            result.closeErrno = n < 0 ? errno : 0;
            return true;
        }
    };
    [&] { QTRY_VERIFY_WITH_TIMEOUT(drained(), replyTimeoutMs); }();
    ::close(fd);
    return result;
}
#endif

struct Head
{
    QByteArray statusLine;
    QByteArray headers; // each line "\r\n"-terminated, names as sent
    QByteArray body;

    bool has(const QByteArray &line) const
    {
        return QByteArray("\r\n"_ba + headers).contains(QByteArray("\r\n"_ba + line + "\r\n"_ba));
    }
};

Head split(const QByteArray &response)
{
    const qsizetype lineEnd = response.indexOf("\r\n");
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (lineEnd < 0 || headEnd < lineEnd)
        return {};
    return {response.left(lineEnd), response.mid(lineEnd + 2, headEnd - lineEnd),
            response.mid(headEnd + 4)};
}

AuthEmulator *startWithFault(const QString &fault, QObject *parent, const QString &log = {},
                             const QString &route = u"token"_s)
{
    EmulatorOptions options;
    options.fault = fault;
    options.faultRoute = route;
    options.requestLogPath = log;
    auto *emulator = new AuthEmulator(options, parent);
    return emulator->listen() ? emulator : nullptr;
}

} // namespace

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closeEarlySendsOnlyTheStatusLine()
    {
#ifdef Q_OS_UNIX
        AuthEmulator *emulator = startWithFault(u"close-early"_s, this);
        QVERIFY(emulator);
        const Exchange result = exchange(emulator->port(), rawRequest(tokenBody));
        QVERIFY(result.ended);
        QCOMPARE(result.received, "HTTP/1.1 200 OK\r\n"_ba);
        QCOMPARE(result.closeErrno, 0); // an orderly close, unlike reset-after-body
        QCOMPARE(emulator->tokenRequestCount(), 1);
        QCOMPARE(emulator->requests().first().body, tokenBody);
#else
        QSKIP("raw POSIX sockets tell a FIN from an RST");
#endif
    }

    void resetAfterBodyResets()
    {
#ifdef Q_OS_UNIX
        AuthEmulator *emulator = startWithFault(u"reset-after-body"_s, this);
        QVERIFY(emulator);
        const Exchange result = exchange(emulator->port(), rawRequest(tokenBody));
        QVERIFY(result.ended);
        QVERIFY(result.received.isEmpty());
        QCOMPARE(result.closeErrno, ECONNRESET);
        // The whole body was read (and counted) before the reset.
        QCOMPARE(emulator->tokenRequestCount(), 1);
        QCOMPARE(emulator->requests().first().body, tokenBody);
#else
        QSKIP("raw POSIX sockets tell a FIN from an RST");
#endif
    }

    void chunkedFloodNeverEnds()
    {
        AuthEmulator *emulator = startWithFault(u"chunked-flood"_s, this);
        QVERIFY(emulator);
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, emulator->port());
        QVERIFY(socket.waitForConnected(replyTimeoutMs));
        socket.write(rawRequest(tokenBody));

        // Decode the chunked framing as a client would, until 16 MiB of body have arrived.
        constexpr qint64 enough = 16 * 1024 * 1024;
        QByteArray buffer;
        QByteArray head;
        qint64 bodyBytes = 0;
        qint64 chunkLeft = -1; // -1: a chunk-size line is next
        bool framingOk = true;
        const auto consume = [&] {
            buffer += socket.readAll();
            if (head.isEmpty()) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                head = buffer.left(end + 4);
                buffer.remove(0, end + 4);
            }
            for (;;) {
                if (chunkLeft < 0) {
                    const qsizetype eol = buffer.indexOf("\r\n");
                    if (eol < 0)
                        return;
                    bool ok = false;
                    chunkLeft = buffer.left(eol).toLongLong(&ok, 16);
                    framingOk = framingOk && ok && chunkLeft > 0; // a 0 chunk would end it
                    buffer.remove(0, eol + 2);
                } else if (buffer.size() >= chunkLeft + 2) {
                    framingOk = framingOk && buffer.mid(chunkLeft, 2) == "\r\n";
                    bodyBytes += chunkLeft;
                    buffer.remove(0, chunkLeft + 2);
                    chunkLeft = -1;
                } else {
                    return;
                }
            }
        };
        connect(&socket, &QTcpSocket::readyRead, this, consume);
        QTRY_VERIFY_WITH_TIMEOUT(bodyBytes >= enough || !framingOk, 60000);
        QVERIFY(framingOk);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        const Head parsed = split(head);
        QCOMPARE(parsed.statusLine, "HTTP/1.1 200 OK"_ba);
        QVERIFY(parsed.has("Transfer-Encoding: chunked"_ba));
        QVERIFY(!parsed.headers.toLower().contains("content-length"));
        socket.abort();
        QCOMPARE(emulator->tokenRequestCount(), 1);
    }

    void gzipBombInflatesToOneGibibyte()
    {
#ifdef Q_OS_UNIX
        AuthEmulator *emulator = startWithFault(u"gzip-bomb"_s, this);
        QVERIFY(emulator);
        const Exchange result = exchange(emulator->port(), rawRequest(tokenBody));
        QVERIFY(result.ended);
        const Head parsed = split(result.received);
        QCOMPARE(parsed.statusLine, "HTTP/1.1 200 OK"_ba);
        QVERIFY(parsed.has("Content-Encoding: gzip"_ba));
        QVERIFY(parsed.has("Content-Length: "_ba + QByteArray::number(parsed.body.size())));
        QVERIFY2(parsed.body.size() < 4 * 1024 * 1024,
                 qPrintable(QString::number(parsed.body.size())));
        QCOMPARE(emulator->tokenRequestCount(), 1);

        // Inflate it all, discarding the output: zlib checks the CRC-32 and length trailer.
        z_stream stream {};
        QCOMPARE(inflateInit2(&stream, 16 + MAX_WBITS), Z_OK);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(parsed.body.constData()));
        stream.avail_in = uInt(parsed.body.size());
        QByteArray output(1024 * 1024, Qt::Uninitialized);
        qint64 inflated = 0;
        qint64 afterFirstEighth = -1;
        int status = Z_OK;
        while (status == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef *>(output.data());
            stream.avail_out = uInt(output.size());
            status = inflate(&stream, Z_NO_FLUSH);
            inflated += output.size() - qint64(stream.avail_out);
            if (afterFirstEighth < 0 && stream.total_in >= uLong(parsed.body.size() / 8))
                afterFirstEighth = inflated;
        }
        inflateEnd(&stream);
        QCOMPARE(status, Z_STREAM_END);
        QCOMPARE(inflated, hostile::gzipBombInflatedSize);
        // A prefix is already a bomb: a client cannot wait for the end to notice.
        QVERIFY(afterFirstEighth > 100 * 1024 * 1024);
#else
        QSKIP("uses the raw POSIX client");
#endif
    }

    void echoEncodedEchoesEveryForm()
    {
        AuthEmulator *emulator = startWithFault(u"echo-encoded"_s, this);
        QVERIFY(emulator);
        // Obviously fake canaries stand in for secrets: fine to show if a check fails.
        const QByteArray body = form({{u"grant_type"_s, u"password"_s},
                                      {u"client_id"_s, u"fiddler"_s},
                                      {u"client_secret"_s, u"a/b c€"_s},
                                      {u"username"_s, u"allison"_s},
                                      {u"password"_s, u"pässwörd/1"_s}});
        HttpClient client;
        const Reply reply =
            client.token(*emulator, body, {{"Authorization"_ba, basic(u"DEV"_s, u"x y/z"_s)}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"unspecified_error"_s);
        const QString description = reply.json.value(u"error_description"_s).toString();
        const QString detail = reply.json.value(u"error_detail"_s).toString();
        QCOMPARE(detail, description);
        QVERIFY(!detail.contains(u'<'));
        QCOMPARE(emulator->tokenRequestCount(), 1);

        // Expected forms computed independently (Python's urllib, binascii and base64).
        const QStringList clientSecretForms {u"a/b%20c%E2%82%AC"_s,
                                             u"a%252Fb%2520c%25E2%2582%25AC"_s,
                                             u"612f622063e282ac"_s,
                                             u"612F622063E282AC"_s,
                                             u"a/b c\u00e2\u0082\u00ac"_s,
                                             u"YS9iIGPigqw="_s,
                                             u"YS9iIGPigqw"_s,
                                             u"fmEvYiBj4oKs"_s,
                                             u"fn5hL2IgY+KCrA=="_s,
                                             u"fn5hL2IgY-KCrA"_s};
        const QStringList passwordForms {u"p%C3%A4ssw%C3%B6rd/1"_s,
                                         u"p%25C3%25A4ssw%25C3%25B6rd%252F1"_s,
                                         u"70c3a4737377c3b672642f31"_s,
                                         u"70C3A4737377C3B672642F31"_s,
                                         u"p\u00c3\u00a4ssw\u00c3\u00b6rd/1"_s,
                                         u"cMOkc3N3w7ZyZC8x"_s,
                                         u"fnDDpHNzd8O2cmQvMQ=="_s,
                                         u"fn5ww6Rzc3fDtnJkLzE"_s};
        const QStringList deviceSecretForms {u"x%20y/z"_s,      u"x%2520y%252Fz"_s, u"7820792f7a"_s,
                                             u"7820792F7A"_s,   u"eCB5L3o="_s,      u"fnggeS96"_s,
                                             u"fn54IHkveg=="_s, u"fn54IHkveg"_s};
        const QStringList devicePairForms {
            u"DEV:x%20y/z"_s,        u"DEV%253Ax%2520y%252Fz"_s, u"4445563a7820792f7a"_s,
            u"4445563A7820792F7A"_s, u"REVWOnggeS96"_s,          u"fkRFVjp4IHkveg=="_s,
            u"fkRFVjp4IHkveg"_s,     u"fn5ERVY6eCB5L3o="_s,      u"fn5ERVY6eCB5L3o"_s};
        for (const QStringList *forms :
             {&clientSecretForms, &passwordForms, &deviceSecretForms, &devicePairForms}) {
            for (const QString &encoded : *forms)
                QVERIFY2(description.contains(encoded), qPrintable(encoded));
        }
        // The whole form body at each of the three base64 alignments.
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray shifted = QByteArray(shift, '~') + body;
            QVERIFY2(description.contains(QString::fromLatin1(shifted.toBase64())),
                     qPrintable(QString::number(shift)));
            QVERIFY(description.contains(QString::fromLatin1(base64Url(shifted))));
        }
    }

    void everyFaultCountsOneRequest_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char *fault :
             {"close-early", "reset-after-body", "gzip-bomb", "echo-encoded", "chunked-flood"})
            QTest::newRow(fault) << QString::fromLatin1(fault);
    }

    void everyFaultCountsOneRequest()
    {
        QFETCH(QString, fault);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(u"requests.jsonl"_s);
        AuthEmulator *emulator = startWithFault(fault, this, log);
        QVERIFY(emulator);
        QSignalSpy received(emulator, &AuthEmulator::requestReceived);
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, emulator->port());
        QVERIFY(socket.waitForConnected(replyTimeoutMs));
        socket.write(rawRequest(tokenBody));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, replyTimeoutMs);
        // Whatever the connection then does, nothing more is counted or logged.
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0
                                     || socket.state() != QAbstractSocket::ConnectedState,
                                 replyTimeoutMs);
        socket.abort();
        QCOMPARE(emulator->tokenRequestCount(), 1);
        QCOMPARE(emulator->totalRequestCount(), 1);
        QCOMPARE(emulator->requests().size(), 1);
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1);
        QCOMPARE(received.count(), 1);
    }

    // --fault-on moves the fault to another endpoint; the token endpoint then answers properly.
    void faultOnAnotherRoute_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("discovery") << u"discovery"_s << "/auth/.well-known/openid-configuration"_ba;
        QTest::newRow("jwks") << u"jwks"_s << "/auth/jwks"_ba;
        QTest::newRow("session") << u"session"_s << "/auth/session"_ba;
    }

    void faultOnAnotherRoute()
    {
#ifdef Q_OS_UNIX
        QFETCH(QString, route);
        QFETCH(QByteArray, path);
        AuthEmulator *emulator = startWithFault(u"close-early"_s, this, {}, route);
        QVERIFY(emulator);
        const Exchange hit =
            exchange(emulator->port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(hit.ended);
        QCOMPARE(hit.received, "HTTP/1.1 200 OK\r\n"_ba);
        const Exchange token = exchange(emulator->port(), rawRequest(tokenBody));
        QVERIFY(token.ended);
        QVERIFY2(token.received.startsWith("HTTP/1.1 200 OK\r\n")
                     && token.received.contains("access_token"),
                 token.received.constData());
        QCOMPARE(emulator->requestCount("GET", path), 1);
#else
        QSKIP("raw POSIX sockets see the bytes exactly");
#endif
    }

    void faultRouteIsValidated()
    {
        EmulatorOptions options;
        options.fault = u"hang"_s;
        options.faultRoute = u"userinfo"_s;
        QVERIFY(options.validate().contains(u"userinfo"_s));
        options.faultRoute = u"jwks"_s;
        QVERIFY(options.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
