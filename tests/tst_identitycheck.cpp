// SPDX-License-Identifier: Apache-2.0
// IdentityCheck with scripted servers: a FakeTransport answers, a MemorySecretStore stands in for
// the keychain. Concurrency, the rate limit, one request per identity, failures with their kinds,
// expected policies, skipped profiles, cancelling, and the JSON and CSV forms. The CLI tests
// (tst_clicheck) prove the same against the emulator through `santedb-session check`.
#include "clock.h"
#include "csv.h"
#include "faketransport.h"
#include "identitycheck.h"
#include "memorysecretstore.h"
#include "testkeys.h"
#include "workspace.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

const QByteArray signingKey = "0123456789abcdef0123456789abcdef"_ba;
const QString loginAsService = u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0"_s;
const QString readMetadata = u"1.3.6.1.4.1.33349.3.1.5.9.2.4.0"_s;

FakeTransport::Reply reply(int status, const QJsonObject &body, int delayMs = 0)
{
    FakeTransport::Reply r {
        FakeTransport::answer(status, QJsonDocument(body).toJson(QJsonDocument::Compact))};
    r.delayMs = delayMs;
    return r;
}

struct Rig
{
    QTemporaryDir dir;
    ManualClock clock {QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC)};
    MemorySecretStore secrets;
    FakeTransport net;
    std::unique_ptr<Workspace> ws;

    Rig()
    {
        ws = std::make_unique<Workspace>(
            AppPaths {dir.filePath(u"profiles.json"_s), dir.filePath(u"data"_s)}, clock, secrets,
            net);
    }

    static QUrl server(int n) { return QUrl(u"https://sdb%1.example"_s.arg(n)); }
    static QUrl tokenUrl(int n)
    {
        return QUrl(u"https://sdb%1.example/auth/oauth2_token"_s.arg(n));
    }

    // A device profile on server `n` with both secrets stored; the server's keys are published
    // and its discovery document is missing (SanteDB's own JWKS path is used).
    Profile add(const QString &name, int n, bool storeSecrets = true)
    {
        Profile p;
        p.name = name;
        p.server = server(n);
        p.clientId = u"APP-"_s + name;
        p.version = SanteDbVersion::V3;
        p.deviceMode = DeviceMode::Secret;
        p.deviceId = u"DEV-"_s + name;
        const auto added = ws->addProfile(p);
        if (!added.ok())
            qFatal("profile refused: %s", qPrintable(added.error().message));
        if (storeSecrets) {
            secrets.set(added.value().uuid, SecretKind::Client, u"client-secret"_s);
            secrets.set(added.value().uuid, SecretKind::Device, u"device-secret"_s);
        }
        net.setReply("GET",
                     QUrl(server(n).toString() + u"/auth/.well-known/openid-configuration"_s),
                     {FakeTransport::answer(404)});
        const QJsonObject jwk {{u"kty"_s, u"oct"_s},
                               {u"kid"_s, u"default"_s},
                               {u"k"_s, QString::fromLatin1(base64Url(signingKey))}};
        net.setReply("GET", QUrl(server(n).toString() + u"/auth/jwks"_s),
                     reply(200, {{u"keys"_s, QJsonArray {jwk}}}));
        return added.value();
    }

    QByteArray idToken(const QStringList &policies, bool device)
    {
        const qint64 now = clock.now().toSecsSinceEpoch();
        QJsonObject claims {{u"sub"_s, u"16f4eb07-680a-5b85-9180-b5f918140d7c"_s},
                            {u"iat"_s, now},
                            {u"exp"_s, now + 3600},
                            {u"scope"_s, QJsonArray::fromStringList(policies)}};
        if (device)
            claims.insert(u"urn:santedb:org:claim:devid"_s,
                          u"7b607837-205e-57ff-950b-9fbb047fd959"_s);
        const QJsonObject head {{u"alg"_s, u"HS256"_s}, {u"kid"_s, u"default"_s}};
        const QByteArray input = signingInput(head, claims);
        return compactJws(input, hmacSha256(signingKey, input));
    }

    FakeTransport::Reply token(const QStringList &policies = {loginAsService, readMetadata},
                               int delayMs = 0, bool device = true)
    {
        return reply(200,
                     {{u"access_token"_s, u"AT-%1"_s.arg(++issued)},
                      {u"id_token"_s, QString::fromLatin1(idToken(policies, device))},
                      {u"token_type"_s, u"bearer"_s},
                      {u"expires_in"_s, 3600}},
                     delayMs);
    }

    int tokenRequests() const
    {
        return int(std::count_if(net.sent().cbegin(), net.sent().cend(), [](const auto &s) {
            return s.request.url.path() == u"/auth/oauth2_token"_s;
        }));
    }

    int issued = 0;
};

// Runs a check to its end.
std::unique_ptr<IdentityCheck> run(Rig &rig, const QList<Profile> &profiles,
                                   IdentityCheckOptions options = {})
{
    auto check = std::make_unique<IdentityCheck>(rig.ws->sessions(), rig.clock, profiles,
                                                 std::move(options));
    QSignalSpy finished(check.get(), &IdentityCheck::finished);
    check->start();
    if (!finished.wait(20000) && finished.isEmpty())
        qFatal("the check did not finish");
    return check;
}

} // namespace

class TestIdentityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triesEachIdentityOnceWithAtMostJobsAtOnce()
    {
        Rig rig;
        QList<Profile> profiles;
        for (int i = 0; i < 10; ++i)
            profiles << rig.add(u"p%1"_s.arg(i), 0);
        rig.net.setReply("POST", Rig::tokenUrl(0), rig.token({loginAsService}, 50));
        IdentityCheckOptions options;
        options.jobs = 3;
        auto check =
            std::make_unique<IdentityCheck>(rig.ws->sessions(), rig.clock, profiles, options);
        int running = 0, most = 0, onTheWire = 0;
        connect(check.get(), &IdentityCheck::identityStarted, this,
                [&] { most = std::max(most, ++running); });
        connect(check.get(), &IdentityCheck::identityChecked, this, [&] {
            --running;
            onTheWire = std::max(onTheWire, rig.net.inFlight());
        });
        QSignalSpy finished(check.get(), &IdentityCheck::finished);
        check->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(most, 3);
        QVERIFY(onTheWire <= 3);
        QCOMPARE(rig.tokenRequests(), 10);
        QStringList clients;
        for (const FakeTransport::Sent &s : rig.net.sent()) {
            if (s.request.url.path() == u"/auth/oauth2_token"_s)
                clients << QString::fromUtf8(s.request.body)
                               .section(u"client_id="_s, 1)
                               .section(u'&', 0, 0);
        }
        clients.removeDuplicates();
        QCOMPARE(clients.size(), 10); // one request per identity, none twice
        QCOMPARE(check->exitCode(), 0);
        for (const IdentityResult &r : check->results()) {
            QVERIFY(r.ok());
            QCOMPARE(r.policyCount, std::optional(1));
            QCOMPARE(r.deviceAuthenticated, std::optional(true));
            QCOMPARE(r.signature, std::optional(SignatureState::Verified));
            QCOMPARE(r.expiresIn, std::optional(qint64(3600)));
            QVERIFY(r.latencyMs.has_value());
        }
        QCOMPARE(check->results().at(4).profile, u"p4"_s); // the order given
    }

    // A check fills no cache (hundreds of keychain writes would be most of its time), yet uses a
    // valid session cached by a login.
    void usesCachedSessionsButCachesNone()
    {
        Rig rig;
        const QList<Profile> profiles {rig.add(u"p0"_s, 0), rig.add(u"p1"_s, 0)};
        rig.net.setReply("POST", Rig::tokenUrl(0), rig.token());
        QCOMPARE(run(rig, profiles)->exitCode(), 0);
        QCOMPARE(rig.tokenRequests(), 2);
        QCOMPARE(rig.secrets.writes, 0);

        SessionOptions login;
        login.thorough = true;
        bool loggedIn = false;
        rig.ws->sessions().obtain(profiles.at(0), login, nullptr)->then(this, [&](auto result) {
            loggedIn = result.ok();
        });
        QTRY_VERIFY(loggedIn);
        QCOMPARE(rig.secrets.writes, 1);
        QCOMPARE(rig.tokenRequests(), 3);

        const auto check = run(rig, profiles);
        QCOMPARE(check->exitCode(), 0);
        QCOMPARE(rig.tokenRequests(), 4); // p1 only
        QVERIFY(check->results().at(0).cached);
        QVERIFY(!check->results().at(1).cached);
        QCOMPARE(rig.secrets.writes, 1);
    }

    // A cached session about to expire is renewed as `login` would; its refresh token is then
    // spent, so the renewed session replaces it in the cache.
    void aRenewedSessionIsCached()
    {
        Rig rig;
        const QList<Profile> profiles {rig.add(u"p0"_s, 0)};
        FakeTransport::Reply first = rig.token();
        QJsonObject body = QJsonDocument::fromJson(first.answer.value().body).object();
        body.insert(u"refresh_token"_s, u"RT-1"_s);
        rig.net.setReply("POST", Rig::tokenUrl(0), reply(200, body));
        bool loggedIn = false;
        SessionOptions login;
        login.thorough = true;
        rig.ws->sessions().obtain(profiles.at(0), login, nullptr)->then(this, [&](auto result) {
            loggedIn = result.ok();
        });
        QTRY_VERIFY(loggedIn);
        QCOMPARE(rig.secrets.writes, 1);

        rig.clock.advance(3590); // 10 s left: less than the 60 s a session must have
        rig.net.setReply("POST", Rig::tokenUrl(0), rig.token());
        const auto check = run(rig, profiles);
        QCOMPARE(check->exitCode(), 0);
        QCOMPARE(rig.tokenRequests(), 2);
        const auto renewal =
            std::find_if(rig.net.sent().crbegin(), rig.net.sent().crend(), [](const auto &sent) {
                return sent.request.url.path() == u"/auth/oauth2_token"_s;
            });
        QVERIFY(renewal->request.body.contains("grant_type=refresh_token"));
        QCOMPARE(rig.secrets.writes, 2);
    }

    void serverKeysAreFetchedOnceForManyIdentities()
    {
        Rig rig;
        QList<Profile> profiles;
        for (int i = 0; i < 8; ++i)
            profiles << rig.add(u"p%1"_s.arg(i), 0);
        rig.net.setReply("POST", Rig::tokenUrl(0), rig.token());
        const auto check = run(rig, profiles);
        QCOMPARE(check->exitCode(), 0);
        QCOMPARE(rig.net.sentCount("GET", QUrl(u"https://sdb0.example/auth/jwks"_s)), 1);
        // A check names no policies: the server is not asked for one lookup per identity.
        QCOMPARE(rig.net.sentCount("GET", QUrl(u"https://sdb0.example/ami/SecurityPolicy"_s)), 0);
    }

    void failuresKeepTheirKindAndTheHighestExitCodeWins()
    {
        Rig rig;
        const QList<Profile> profiles {rig.add(u"good"_s, 1), rig.add(u"refused"_s, 2),
                                       rig.add(u"broken"_s, 3), rig.add(u"nosecret"_s, 4, false)};
        rig.net.setReply("POST", Rig::tokenUrl(1), rig.token());
        rig.net.setReply("POST", Rig::tokenUrl(2),
                         reply(401,
                               {{u"error"_s, u"unspecified_error"_s},
                                {u"error_description"_s, u"Invalid client credentials"_s}}));
        rig.net.setReply("POST", Rig::tokenUrl(3),
                         {FakeTransport::answer(500, "<html>", "text/html")});
        const auto check = run(rig, profiles);
        const QList<IdentityResult> &r = check->results();
        QVERIFY(r.at(0).ok());
        QCOMPARE(r.at(1).error->kindName(), u"oauth"_s);
        QCOMPARE(r.at(1).exitCode(), 3);
        QVERIFY(r.at(1).error->message.contains(u"Invalid client credentials"_s));
        QCOMPARE(r.at(2).exitCode(), 4);
        QCOMPARE(r.at(3).error->kind, ErrorKind::SecretMissing);
        QCOMPARE(check->exitCode(), 5);
        // The refused identity was tried once: never again after a refusal.
        QCOMPARE(rig.net.sentCount("POST", Rig::tokenUrl(2)), 1);
        QCOMPARE(rig.net.sentCount("POST", Rig::tokenUrl(3)), 1);
        QCOMPARE(rig.net.sentCount("POST", Rig::tokenUrl(4)), 0);
        QVERIFY(!r.at(1).signature.has_value());
    }

    void expectedPoliciesMarkWhatIsMissing()
    {
        Rig rig;
        const QList<Profile> profiles {rig.add(u"full"_s, 1), rig.add(u"short"_s, 2)};
        rig.net.setReply("POST", Rig::tokenUrl(1), rig.token({loginAsService, readMetadata}));
        rig.net.setReply("POST", Rig::tokenUrl(2), rig.token({readMetadata}));
        IdentityCheckOptions options;
        options.expectedPolicies = {loginAsService, readMetadata};
        const auto check = run(rig, profiles, options);
        QVERIFY(check->results().at(0).ok());
        const IdentityResult &lacking = check->results().at(1);
        QVERIFY(!lacking.ok());
        QCOMPARE(lacking.missingPolicies, QStringList {loginAsService});
        QCOMPARE(lacking.error->kindName(), u"missing_policy"_s);
        QCOMPARE(lacking.exitCode(), 3);
        QVERIFY(lacking.error->message.contains(u"Login as a Service"_s));
        QCOMPARE(lacking.policyCount, std::optional(1)); // the session itself was had
        QCOMPARE(check->exitCode(), 3);
    }

    void profilesThatAskForThePasswordAreSkipped()
    {
        Rig rig;
        Profile asking = rig.add(u"asking"_s, 1);
        const auto edited = rig.ws->editProfile(u"asking"_s, [](Profile &p) -> Result<void> {
            p.grant = GrantType::Password;
            p.username = u"allison"_s;
            p.passwordMode = PasswordMode::Ask;
            return {};
        });
        QVERIFY(edited.ok());
        const QList<Profile> profiles {edited.value(), rig.add(u"plain"_s, 2)};
        rig.net.setReply("POST", Rig::tokenUrl(2), rig.token());
        const auto check = run(rig, profiles);
        const IdentityResult &skipped = check->results().at(0);
        QCOMPARE(skipped.outcome, IdentityResult::Outcome::Skipped);
        QCOMPARE(skipped.exitCode(), 5);
        QVERIFY(skipped.error->message.contains(u"asks for the password each time"_s));
        QVERIFY(!skipped.latencyMs.has_value());
        QCOMPARE(rig.net.sentCount("POST", Rig::tokenUrl(1)), 0);
        QVERIFY(check->results().at(1).ok());
    }

    void rateLimitSpacesTheStarts()
    {
        Rig rig;
        QList<Profile> profiles;
        for (int i = 0; i < 5; ++i)
            profiles << rig.add(u"p%1"_s.arg(i), 0);
        rig.net.setReply("POST", Rig::tokenUrl(0), rig.token());
        IdentityCheckOptions options;
        options.ratePerSecond = 20; // one start every 50 ms at most
        auto check =
            std::make_unique<IdentityCheck>(rig.ws->sessions(), rig.clock, profiles, options);
        QElapsedTimer clock;
        QList<qint64> starts;
        connect(check.get(), &IdentityCheck::identityStarted, this, [&] {
            if (starts.isEmpty())
                clock.start();
            starts << clock.elapsed();
        });
        QSignalSpy finished(check.get(), &IdentityCheck::finished);
        check->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(starts.size(), 5);
        for (int i = 1; i < starts.size(); ++i)
            QVERIFY2(starts.at(i) >= i * 50,
                     qPrintable(u"start %1 at %2 ms"_s.arg(i).arg(starts.at(i))));
    }

    void cancelStopsTheRequestsOnTheWire()
    {
        Rig rig;
        QList<Profile> profiles;
        for (int i = 0; i < 6; ++i)
            profiles << rig.add(u"p%1"_s.arg(i), 0);
        FakeTransport::Reply stall;
        stall.stall = true;
        rig.net.setReply("POST", Rig::tokenUrl(0), stall);
        IdentityCheckOptions options;
        options.jobs = 2;
        IdentityCheck check(rig.ws->sessions(), rig.clock, profiles, options);
        QSignalSpy finished(&check, &IdentityCheck::finished);
        check.start();
        QTRY_COMPARE(rig.net.inFlight(), 2);
        check.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rig.net.cancelled(), 2);
        QCOMPARE(rig.tokenRequests(), 2);
        for (const IdentityResult &r : check.results())
            QCOMPARE(r.error->kind, ErrorKind::Interrupted);
        QCOMPARE(check.exitCode(), 130);
    }

    void jsonAndCsvForms()
    {
        IdentityResult ok;
        ok.profile = u"a"_s;
        ok.outcome = IdentityResult::Outcome::Ok;
        ok.expiresIn = 3599;
        ok.policyCount = 4;
        ok.deviceAuthenticated = true;
        ok.signature = SignatureState::Verified;
        ok.latencyMs = 12;
        IdentityResult bad;
        bad.profile = u"b, \"the second\""_s;
        bad.outcome = IdentityResult::Outcome::Failed;
        bad.error = makeError(ErrorKind::OAuth, u"refused: \"no\", said\nthe server"_s);
        bad.latencyMs = 7;

        const QJsonObject json = IdentityCheck::toJson(ok);
        QCOMPARE(json.keys().size(), IdentityCheck::columns().size());
        for (const QString &column : IdentityCheck::columns())
            QVERIFY2(json.contains(column), qPrintable(column));
        QCOMPARE(json.value(u"missing_policies"_s).toArray(), QJsonArray());
        QVERIFY(json.value(u"error_kind"_s).isNull());
        const QJsonObject failed =
            IdentityCheck::toJson(bad, [](const IdentityResult &r) -> QString {
                return r.error->message + u" — worded"_s;
            });
        QCOMPARE(failed.value(u"exit_code"_s).toInt(), 3);
        QCOMPARE(failed.value(u"error_kind"_s).toString(), u"oauth"_s);
        QVERIFY(failed.value(u"message"_s).toString().endsWith(u" — worded"_s));
        QVERIFY(failed.value(u"signature"_s).isNull());
        QVERIFY(failed.value(u"missing_policies"_s).isNull());

        // The CSV reads back field for field, quotes, commas and line breaks included.
        const QString csv =
            IdentityCheck::csvHeader() + IdentityCheck::toCsv(ok) + IdentityCheck::toCsv(bad);
        QCOMPARE(csv.left(csv.indexOf(u"\r\n"_s)),
                 u"profile,ok,exit_code,error_kind,message,expires_in,policy_count,"
                 u"missing_policies,device_authenticated,signature,latency_ms"_s);
        QByteArray bytes = csv.toUtf8();
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer, 64 * 1024);
        QStringList header, first, second;
        QVERIFY(reader.next(header));
        QVERIFY(reader.next(first));
        QVERIFY(reader.next(second));
        QStringList rest;
        QVERIFY(!reader.next(rest));
        QVERIFY(reader.atEnd());
        QCOMPARE(first,
                 (QStringList {u"a"_s,
                               u"true"_s,
                               u"0"_s,
                               {},
                               {},
                               u"3599"_s,
                               u"4"_s,
                               {},
                               u"true"_s,
                               u"verified"_s,
                               u"12"_s}));
        QCOMPARE(second.at(0), bad.profile);
        QCOMPARE(second.at(1), u"false"_s);
        QCOMPARE(second.at(4), bad.error->message);
        QCOMPARE(second.at(8), QString());
    }
};

QTEST_MAIN(TestIdentityCheck)
#include "tst_identitycheck.moc"
