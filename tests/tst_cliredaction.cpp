// SPDX-License-Identifier: Apache-2.0
// Redaction against hostile echoes through the CLI (issue 6 §6): the emulator's echo-encoded
// fault sends every credential back in every encoding a careless server could use; no form of
// any secret may reach any output, any file, the history or the state. The forms are computed
// here, independently of the redactor. And when the redactor cannot vouch for server text, the
// error keeps its kind and status and says the message was withheld.
#include "countingserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace sdsm::test;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Percent-encoding as a server might do it: unreserved bytes and those in `keep` stay as they are,
// every other byte becomes %XX in the given case.
QByteArray percent(const QByteArray &bytes, const QByteArray &keep, bool upper = true)
{
    QByteArray out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
            || (u >= '0' && u <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved || keep.contains(c)) {
            out += c;
        } else {
            const QByteArray hex = QByteArray(1, c).toHex();
            out += '%' + (upper ? hex.toUpper() : hex);
        }
    }
    return out;
}

// The base64 characters that depend on `bytes` alone when they sit at offset `at` of `blob`:
// the whole quanta inside [at, at + size), for each of the three alignments of the blob.
QList<QByteArray> base64Inside(const QByteArray &blob, qsizetype at, qsizetype size)
{
    QList<QByteArray> forms;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, '~') + blob;
        const qsizetype first = (shift + at + 2) / 3; // first whole quantum
        const qsizetype last = (shift + at + size) / 3; // one past the last whole quantum
        if (last - first < 2)
            continue;
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = shifted.toBase64(option);
            forms << encoded.mid(first * 4, (last - first) * 4);
        }
    }
    return forms;
}

// Every form issue 6 §6 lists for one credential (its UTF-8 bytes).
QList<QByteArray> formsOf(const QByteArray &bytes)
{
    QList<QByteArray> forms {bytes};
    for (const bool upper : {true, false}) {
        forms << percent(bytes, {}, upper) << percent(bytes, "/", upper)
              << percent(bytes, "!#$&'()*+,/:;=?@[]", upper)
              << percent(percent(bytes, {}, upper), {}, upper);
    }
    QByteArray formEncoded = percent(bytes, " ");
    formEncoded.replace(' ', '+');
    forms << formEncoded << bytes.toHex() << bytes.toHex().toUpper()
          << QString::fromLatin1(bytes).toUtf8(); // its UTF-8 bytes read as Latin-1
    forms += base64Inside(bytes, 0, bytes.size());
    return forms;
}

// A secret with every character issue 6 §6 names: / + = $ % space and non-ASCII.
QString hostileSecret(const QString &label)
{
    return canary(label) + u"/a+b=c$d%e f\u00e9\u2713\U0001F600"_s;
}

} // namespace

class TestCliRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SDSM_REQUIRE_KEYRING(); }

    // The echo is cut at 500 characters after redaction, so each credential also gets a run
    // where it is the first (or only) one the server echoes.
    void echoedCredentialsReachNothing_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("secrets");
        const QStringList device {u"--device-id"_s, u"DEV-1"_s};
        const QStringList password {u"--grant"_s, u"password"_s, u"--username"_s, u"allison"_s};
        QTest::newRow("3.x client secret")
            << u"3"_s << QStringList {u"--no-device"_s} << QStringList {u"client"_s};
        QTest::newRow("3.x password")
            << u"3"_s << QStringList {u"--no-device"_s} + password << QStringList {u"password"_s};
        QTest::newRow("3.x device secret in Authorization")
            << u"3"_s << device << QStringList {u"device"_s};
        QTest::newRow("2.x device secret in X-Device-Authorization")
            << u"2"_s << device << QStringList {u"client"_s, u"device"_s};
        QTest::newRow("3.x all three")
            << u"3"_s << device + password << QStringList {u"client"_s, u"device"_s, u"password"_s};
    }

    void echoedCredentialsReachNothing()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, options);
        QFETCH(QStringList, secrets);
        QHash<QString, QString> values;
        for (const QString &kind : secrets)
            values.insert(kind, hostileSecret(kind));
        const QString deviceId = u"DEV-1"_s;

        Sandbox sandbox;
        Emulator emulator({u"--fault"_s, u"echo-encoded"_s, u"--santedb-version"_s, version});
        QVERIFY(emulator.started());
        auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            return runCli(sandbox, QStringList {u"--config"_s, sandbox.configFile()} + args, input);
        };
        const CliRun add =
            cli(QStringList {u"profile"_s, u"add"_s, u"p"_s, u"--server"_s, emulator.url(),
                             u"--client-id"_s, u"APP"_s, u"--santedb-version"_s, version}
                + options);
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        for (const QString &kind : secrets) {
            const CliRun set = cli({u"secret"_s, u"set"_s, u"p"_s, kind}, values[kind].toUtf8());
            QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        }

        QList<CliRun> runs;
        for (const QStringList &args :
             {QStringList {u"login"_s, u"p"_s}, QStringList {u"login"_s, u"p"_s, u"--json"_s},
              QStringList {u"token"_s, u"p"_s}}) {
            const CliRun run = cli(args);
            QCOMPARE(run.exitCode, 3);
            runs << run;
        }

        // What the server received, so the body's base64 can be computed exactly.
        const QList<QJsonObject> requests = emulator.requests();
        QCOMPARE(requests.size(), 3);

        struct Named
        {
            QString name;
            QByteArray bytes;
        };
        QList<Named> credentials;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            credentials.append({it.key(), it.value().toUtf8()});
        if (values.contains(u"device"_s))
            credentials.append(
                {u"device pair"_s, (deviceId + u':' + values[u"device"_s]).toUtf8()});
        QList<std::pair<QString, QByteArray>> forms;
        for (const Named &c : credentials) {
            for (const QByteArray &f : formsOf(c.bytes))
                forms.append({c.name, f});
        }
        // Base64 and base64url of the whole form body at every alignment: the stretch that
        // covers each credential as the body carries it (form-encoded).
        for (const QJsonObject &r : requests) {
            const QByteArray body = r.value(u"body"_s).toString().toUtf8();
            for (const Named &c : credentials) {
                QByteArray inBody = QUrl::toPercentEncoding(QString::fromUtf8(c.bytes));
                const qsizetype at = body.indexOf(inBody);
                if (at < 0)
                    continue; // the device travels in a header
                for (const QByteArray &f : base64Inside(body, at, inBody.size()))
                    forms.append({c.name + u" in the body"_s, f});
            }
        }
        QVERIFY(forms.size() >= 15 * credentials.size());

        const QByteArray files = sandbox.allFileBytes();
        // The history and the per-profile state are among them, with the failures recorded.
        QVERIFY(QFile::exists(sandbox.path(u"state/santedb-session-manager/history.jsonl"_s)));
        QVERIFY(!QDir(sandbox.path(u"data/santedb-session-manager/state"_s))
                     .entryList({u"*.json"_s}, QDir::Files)
                     .isEmpty());
        for (const auto &[name, form] : std::as_const(forms)) {
            for (int i = 0; i < runs.size(); ++i) {
                QVERIFY2(!runs.at(i).out.contains(form) && !runs.at(i).err.contains(form),
                         qPrintable(
                             u"a form of the %1 reached the output of run %2"_s.arg(name).arg(i)));
            }
            QVERIFY2(!files.contains(form),
                     qPrintable(u"a form of the %1 reached a file of the sandbox"_s.arg(name)));
        }

        // The echo was there and was redacted, not merely dropped; the error is still the
        // server's refusal.
        for (const CliRun &run : std::as_const(runs))
            QVERIFY2(run.err.contains("[redacted]"), run.err.constData());
        const QJsonObject error = parse(runs.at(1).out).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"oauth"_s);
        QCOMPARE(error.value(u"http_status"_s).toInt(), 401);
        QVERIFY(error.value(u"server_description"_s).toString().contains(u"[redacted]"_s));
    }

    // Server text the redactor cannot vouch for (a long run of base64 that decodes to no text)
    // is dropped; the error keeps its kind and HTTP status.
    void uncheckableServerTextIsWithheld_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("OAuth error, 401") << 401 << u"oauth"_s << 3;
        QTest::newRow("server error, 500") << 500 << u"http"_s << 4;
    }

    void uncheckableServerTextIsWithheld()
    {
        QFETCH(int, status);
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QByteArray noise(900, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                              noise.size() / 4);
        const QByteArray blob = noise.toBase64();
        const QByteArray body =
            QJsonDocument(QJsonObject {{u"error"_s, u"unspecified_error"_s},
                                       {u"error_description"_s,
                                        QString(u"Invalid client credentials; received "_s
                                                + QString::fromLatin1(blob))}})
                .toJson(QJsonDocument::Compact);
        CountingServer server(CountingServer::reply(
            "HTTP/1.1 " + QByteArray::number(status)
            + " Refused\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));

        Sandbox sandbox;
        const QString secret = hostileSecret(u"client"_s);
        auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            return runCliServing(sandbox, QStringList {u"--config"_s, sandbox.configFile()} + args,
                                 input);
        };
        QCOMPARE(cli({u"profile"_s, u"add"_s, u"p"_s, u"--server"_s,
                      server.url(QString()).toString(QUrl::StripTrailingSlash), u"--client-id"_s,
                      u"APP"_s, u"--no-device"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli({u"secret"_s, u"set"_s, u"p"_s, u"client"_s}, secret.toUtf8()).exitCode, 0);

        const CliRun run = cli({u"login"_s, u"p"_s, u"--json"_s});
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(server.requests(), 1);
        QVERIFY2(run.err.contains("the server's message was withheld because it could not be "
                                  "checked for secrets"),
                 run.err.constData());
        const QJsonObject error = parse(run.out).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), kind);
        QCOMPARE(error.value(u"http_status"_s).toInt(), status);
        for (const QByteArray &text : {run.out, run.err, sandbox.allFileBytes()})
            QVERIFY2(!text.contains(blob.left(64)), "the unchecked text was shown or kept");
    }
};

QTEST_GUILESS_MAIN(TestCliRedaction)
#include "tst_cliredaction.moc"
