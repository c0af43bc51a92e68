// SPDX-License-Identifier: Apache-2.0
// Load for bench/emulator-throughput.sh: token requests from N concurrent clients, a new TCP
// connection for each, reported per round as requests per second and the server's resident
// memory. Plain HTTP/1.1 over QTcpSocket, so the client costs as little as possible.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpSocket>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// VmRSS of a process in MiB, or -1 when it cannot be read (not Linux, or no such process).
double residentMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

class Load : public QObject
{
public:
    Load(quint16 port, qint64 total, int concurrency, qint64 round, qint64 pid, QByteArray request)
        : m_port(port)
        , m_total(total)
        , m_concurrency(concurrency)
        , m_round(round)
        , m_pid(pid)
        , m_request(std::move(request))
    { }

    void start()
    {
        m_clock.start();
        for (int i = 0; i < m_concurrency; ++i)
            launch();
    }

    int exitCode() const { return m_failed == 0 ? 0 : 1; }

private:
    void launch()
    {
        if (m_started >= m_total)
            return;
        ++m_started;
        auto *socket = new QTcpSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        auto *answer = new QByteArray;
        connect(socket, &QTcpSocket::connected, socket,
                [socket, this] { socket->write(m_request); });
        connect(socket, &QTcpSocket::readyRead, socket,
                [socket, answer] { *answer += socket->readAll(); });
        connect(socket, &QTcpSocket::disconnected, this, [socket, answer, this] {
            *answer += socket->readAll();
            finish(socket, answer->startsWith("HTTP/1.1 200 "));
            delete answer;
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [socket, answer, this] {
            // The server's close arrives as RemoteHostClosedError after "disconnected".
            if (socket->state() != QAbstractSocket::UnconnectedState
                || socket->error() == QAbstractSocket::RemoteHostClosedError)
                return;
            finish(socket, false);
            delete answer;
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void finish(QTcpSocket *socket, bool ok)
    {
        socket->disconnect(this);
        socket->deleteLater();
        if (!ok)
            ++m_failed;
        ++m_done;
        if (m_done % m_round == 0 || m_done == m_total) {
            const qint64 n = m_done - m_roundStart;
            const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
            const double rate = n / seconds;
            if (m_firstRate < 0)
                m_firstRate = rate;
            std::printf("round %lld: %lld requests in %.2f s = %.0f requests/s (%.0f%% of the "
                        "first round), server RSS %.1f MiB, failures so far %lld\n",
                        m_done / m_round + (m_done % m_round ? 1 : 0), n, seconds, rate,
                        100 * rate / m_firstRate, residentMiB(m_pid), m_failed);
            std::fflush(stdout);
            m_roundStart = m_done;
            m_clock.restart();
        }
        if (m_done == m_total) {
            QCoreApplication::exit(exitCode());
            return;
        }
        launch();
    }

    quint16 m_port;
    qint64 m_total;
    int m_concurrency;
    qint64 m_round;
    qint64 m_pid;
    QByteArray m_request;
    QElapsedTimer m_clock;
    qint64 m_started = 0;
    qint64 m_done = 0;
    qint64 m_roundStart = 0;
    qint64 m_failed = 0;
    double m_firstRate = -1;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sends client_credentials token requests (the seed page's application and device) to "
        u"the emulator or node-oidc-provider on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Emulator port."_s, u"N"_s);
    const QCommandLineOption total(u"requests"_s, u"Requests in all."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption clients(u"clients"_s, u"Concurrent clients."_s, u"N"_s, u"16"_s);
    const QCommandLineOption round(u"round"_s, u"Requests per reported round."_s, u"N"_s,
                                   u"20000"_s);
    const QCommandLineOption pid(u"server-pid"_s, u"Report this process's RSS."_s, u"PID"_s);
    const QCommandLineOption server(u"server"_s, u"santedb (the emulator) or oidc-provider."_s,
                                    u"KIND"_s, u"santedb"_s);
    parser.addOptions({port, total, clients, round, pid, server});
    parser.process(app);
    const int portNumber = parser.value(port).toInt();
    const qint64 requests = parser.value(total).toLongLong();
    const int concurrency = parser.value(clients).toInt();
    const qint64 roundSize = parser.value(round).toLongLong();
    if (portNumber <= 0 || portNumber > 65535 || requests <= 0 || concurrency <= 0
        || roundSize <= 0) {
        std::fputs("emulator-load: --port, --requests, --clients and --round must be positive "
                   "numbers.\n",
                   stderr);
        return 2;
    }
    // The same grant and the same credentials, in the form each server takes them (the seed page's
    // public example secrets): SanteDB 3.x wants the device in Basic and the application in the
    // form; node-oidc-provider takes the application in Basic (client_secret_basic).
    const bool oidc = parser.value(server) == u"oidc-provider"_s;
    const QByteArray path = oidc ? "/token"_ba : "/auth/oauth2_token"_ba;
    const QByteArray body = oidc
        ? "grant_type=client_credentials&scope=*"_ba
        : "grant_type=client_credentials&scope=*&client_id=EXAMPLE_APPLICATION"_ba;
    const QByteArray basic = oidc ? "EXAMPLE_APPLICATION:4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV"_ba
                                  : "EXAMPLE_DEVICE_NODE:qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a"_ba;
    // Connection: close, so a server that would keep the connection alive (node) closes it like the
    // emulator does: every request pays for its own connection.
    const QByteArray request = "POST "_ba + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: "
          "application/x-www-form-urlencoded\r\nAuthorization: Basic "_ba
        + basic.toBase64() + "\r\nContent-Length: "_ba + QByteArray::number(body.size())
        + "\r\n\r\n"_ba + body;
    Load load(quint16(portNumber), requests, concurrency, roundSize, parser.value(pid).toLongLong(),
              request);
    load.start();
    return QCoreApplication::exec();
}
