// SPDX-License-Identifier: Apache-2.0
#include "commands.h"
#include "console.h"
#include "profile.h"
#include "remedytext.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::cli;

namespace {

// A console of buffers: what a command printed, and the stdin it was given.
class BufferConsole final : public Console
{
public:
    QString outText, errText;
    QByteArray input;

    void out(const QString &text) override { outText += text; }
    void err(const QString &text) override { errText += text; }
    bool stdinIsTerminal() const override { return false; }
    Result<QByteArray> readStdin(qint64 limit) override
    {
        if (input.size() > limit)
            return makeError(ErrorKind::Refused, u"too much input"_s);
        return input;
    }
    std::unique_ptr<QIODevice> stdinDevice() override
    {
        auto device = std::make_unique<QBuffer>();
        device->setData(input);
        device->open(QIODevice::ReadOnly);
        return device;
    }
    QStringList promptHidden(const QStringList &) override { return {}; }
    QString promptLine(const QString &) override { return {}; }
};

} // namespace

// The CLI's commands run in-process against a sandboxed profile file: fast checks of wording and
// JSON without starting a process (tst_cli covers the real executable end to end).
class TestCliCommands : public QObject
{
    Q_OBJECT

    test::Sandbox m_sandbox;

    struct Outcome
    {
        int exitCode;
        QString out, err;
    };
    Outcome run(QStringList args, const QByteArray &input = {})
    {
        args << u"--config"_s << m_sandbox.configFile();
        BufferConsole console;
        console.input = input;
        const auto parsed = parseArguments(args);
        if (!parsed.ok())
            return {parsed.error().exitCode(), {}, errorLine(parsed.error(), {}, false)};
        const int code = sdsm::cli::run(parsed.value(), console);
        return {code, console.outText, console.errText};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The data folder (state, history) must not be the real user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void everyCommandHasAHandler()
    {
        for (const CommandSpec &command : commands())
            QVERIFY2(handlerFor(command.words.join(u' ')), qPrintable(command.words.join(u' ')));
    }

    void emptyListSaysHowToStart()
    {
        const Outcome list = run({u"profile"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.isEmpty());
        QVERIFY2(list.err.contains(u"santedb-session profile add"_s), qPrintable(list.err));
        const Outcome json = run({u"profile"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
    }

    void addThenShowAsJson()
    {
        const Outcome added =
            run({u"profile"_s, u"add"_s, u"lab"_s, u"--server"_s, u"https://mpi.example:8443"_s,
                 u"--client-id"_s, u"EXAMPLE_APPLICATION"_s, u"--device-id"_s,
                 u"EXAMPLE_DEVICE_NODE"_s});
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.err.contains(u"secret set lab <client|device>"_s));
        const Outcome list = run({u"profile"_s, u"list"_s, u"--json"_s});
        const QJsonObject lab = QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(lab[u"name"_s].toString(), u"lab"_s);
        QCOMPARE(lab[u"device"_s][u"id"_s].toString(), u"EXAMPLE_DEVICE_NODE"_s);
        QCOMPARE(lab[u"token_endpoint"_s].toString(),
                 u"https://mpi.example:8443/auth/oauth2_token"_s);
    }

    // Human output is "label: value", one line each: a value holding line breaks or control
    // characters (a note, a claim from the server) cannot forge another line (textrules.h).
    void labelledValuesStayOnOneLine()
    {
        const Outcome added =
            run({u"profile"_s, u"add"_s, u"noted"_s, u"--server"_s, u"https://mpi.example"_s,
                 u"--client-id"_s, u"APP"_s, u"--no-device"_s, u"--note"_s,
                 u"first\nstatus:           ok\u202e\x1b[2J"_s});
        QCOMPARE(added.exitCode, 0);
        const Outcome show = run({u"profile"_s, u"show"_s, u"noted"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(u"note:             first status:           ok[2J\n"_s),
                 qPrintable(show.out));
        const QStringList lines = show.out.split(u'\n');
        QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                               [](const QString &line) { return line.startsWith(u"status:"_s); }),
                 1);
    }

    void userProfilesTagsAndFacility()
    {
        const QStringList base {u"profile"_s,
                                u"add"_s,
                                u"clerk"_s,
                                u"--server"_s,
                                u"https://mpi.example:8443"_s,
                                u"--client-id"_s,
                                u"APP"_s,
                                u"--no-device"_s};
        // A user name without the password grant is a mistake worth saying.
        QCOMPARE(run(base + QStringList {u"--username"_s, u"allison"_s}).exitCode, 2);
        QCOMPARE(run(base + QStringList {u"--grant"_s, u"password"_s}).exitCode, 2);
        const Outcome added =
            run(base
                + QStringList {u"--grant"_s, u"password"_s, u"--username"_s, u"allison"_s,
                               u"--password-mode"_s, u"ask"_s, u"--tag"_s, u"north"_s, u"--tag"_s,
                               u"clinic"_s, u"--facility"_s,
                               u"{6F1C2E4A-0B7D-4C57-9A8E-2F3B5D7C9E10}"_s});
        QCOMPARE(added.exitCode, 0);
        const Outcome show = run({u"profile"_s, u"show"_s, u"clerk"_s, u"--json"_s});
        const QJsonObject clerk = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(clerk[u"grant"_s].toString(), u"password"_s);
        QCOMPARE(clerk[u"username"_s].toString(), u"allison"_s);
        QCOMPARE(clerk[u"password_mode"_s].toString(), u"ask"_s);
        QCOMPARE(clerk[u"facility"_s].toString(), u"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10"_s);
        QCOMPARE(clerk[u"tags"_s].toArray(), QJsonArray({u"clinic"_s, u"north"_s}));
        // A password asked each time is never stored: refused before anything is read.
        const Outcome set = run({u"secret"_s, u"set"_s, u"clerk"_s, u"password"_s}, "Mohawk123\n");
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains(u"asks for the password each time"_s), qPrintable(set.err));
        // `--tag ""` clears the tags; the stored mode makes the password a keychain secret.
        QCOMPARE(run({u"profile"_s, u"edit"_s, u"clerk"_s, u"--tag"_s, u""_s, u"--password-mode"_s,
                      u"stored"_s})
                     .exitCode,
                 0);
        const QJsonObject edited =
            QJsonDocument::fromJson(
                run({u"profile"_s, u"show"_s, u"clerk"_s, u"--json"_s}).out.toUtf8())
                .object();
        QCOMPARE(edited[u"tags"_s].toArray().size(), 0);
        QVERIFY(edited[u"secrets"_s].toObject().contains(u"password"_s));
        QCOMPARE(run({u"profile"_s, u"edit"_s, u"clerk"_s, u"--facility"_s, u"nope"_s}).exitCode,
                 2);
    }

    void remediesAreWordedForTheCommandAtHand()
    {
        // While adding, the fix is an option of the same command...
        const Outcome add =
            run({u"profile"_s, u"add"_s, u"far"_s, u"--server"_s, u"http://10.1.2.3:8080"_s,
                 u"--client-id"_s, u"APP"_s, u"--no-device"_s});
        QCOMPARE(add.exitCode, 2);
        QVERIFY2(add.err.endsWith(u" — use `--allow-http`\n"_s), qPrintable(add.err));
        // ...elsewhere it is a whole command for that profile.
        QCOMPARE(remedyText({RemedyAction::EditProfileField, u"client_id"_s}, u"my lab"_s, false),
                 u"change it with `santedb-session profile edit 'my lab' --client-id`"_s);
        QCOMPARE(remedyText({RemedyAction::SetSecret, u"device"_s}, u"lab"_s, false),
                 u"run `santedb-session secret set lab device`"_s);
        const Outcome missing = run({u"profile"_s, u"show"_s, u"nope"_s, u"--json"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(
                     u"no profile named \"nope\" — see `santedb-session profile list`"_s),
                 qPrintable(missing.err));
        const QJsonObject error =
            QJsonDocument::fromJson(missing.out.toUtf8()).object()[u"error"_s].toObject();
        QCOMPARE(error[u"remedy"_s][u"action"_s].toString(), u"list_profiles"_s);
    }

    void decodeReadsStandardInput()
    {
        // {"alg":"HS256","typ":"JWT"} . {"sub":"abc","name":"allison"} . signature
        const QByteArray jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                               "eyJzdWIiOiJhYmMiLCJuYW1lIjoiYWxsaXNvbiJ9.c2ln";
        const Outcome decoded = run({u"decode"_s, u"--json"_s}, "Bearer " + jwt + '\n');
        QCOMPARE(decoded.exitCode, 0);
        const QJsonObject body = QJsonDocument::fromJson(decoded.out.toUtf8()).object();
        QCOMPARE(body[u"name"_s].toString(), u"allison"_s);
    }

    void importOfAnySize()
    {
        // 5,000 profiles, an export far beyond the 1 MiB the import once accepted.
        QJsonArray entries;
        for (int i = 0; i < 5000; ++i) {
            Profile p;
            p.uuid = QUuid::createUuid();
            p.name = u"bulk-%1"_s.arg(i);
            p.server = QUrl(u"https://mpi-%1.example:8443"_s.arg(i));
            p.clientId = u"APP-%1"_s.arg(i);
            p.note = u"imported in bulk"_s;
            entries.append(p.toJson());
        }
        const QByteArray exported =
            QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"profiles"_s, entries}}).toJson();
        QVERIFY(exported.size() > 2 * 1024 * 1024);
        const QString file = m_sandbox.path(u"bulk-export.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(exported) == exported.size());
        out.close();
        const auto count = [this] {
            return QJsonDocument::fromJson(run({u"profile"_s, u"list"_s, u"--json"_s}).out.toUtf8())
                .array()
                .size();
        };
        const qsizetype before = count();

        const Outcome imported = run({u"profile"_s, u"import"_s, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(u"imported 5000 profile(s): bulk-0, bulk-1, "_s),
                 qPrintable(imported.out.left(200)));
        QCOMPARE(count(), before + 5000);
        const QJsonObject last =
            QJsonDocument::fromJson(
                run({u"profile"_s, u"show"_s, u"bulk-4999"_s, u"--json"_s}).out.toUtf8())
                .object();
        QCOMPARE(last[u"server"_s].toString(), u"https://mpi-4999.example:8443"_s);
        // Imported profiles get their own UUIDs.
        QVERIFY(last[u"uuid"_s].toString() != entries.last()[u"uuid"_s].toString());

        // All or nothing, from stdin as well: every name is taken now.
        const Outcome again = run({u"profile"_s, u"import"_s, u"-"_s}, exported);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(
                     u"a profile named \"bulk-0\" already exists — nothing was imported"_s),
                 qPrintable(again.err));
        QCOMPARE(count(), before + 5000);

        // Each profile is bounded, not the file.
        QJsonObject huge = entries.first().toObject();
        huge.insert(u"name"_s, u"huge"_s);
        huge.insert(u"note"_s, QString(70 * 1024, u'x'));
        const QByteArray hugeExport =
            QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"profiles"_s, QJsonArray {huge}}})
                .toJson();
        const Outcome refused = run({u"profile"_s, u"import"_s, u"-"_s}, hugeExport);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains(u"profile entry 1 is larger than 64 KiB — nothing was imported"_s),
            qPrintable(refused.err));
        QCOMPARE(count(), before + 5000);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
