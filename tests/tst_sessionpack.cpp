// SPDX-License-Identifier: Apache-2.0
// The cached session kept within the smallest keychain's entry size (Windows: 2,560 bytes): the
// packing itself, the real keychain holding a session over several entries, and a 40-policy
// RS256 session from the emulator cached and reused through the CLI.
#include "secretstore.h"
#include "sessionpack.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::test;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// An id_token shaped like SanteDB's: its usual claims, one policy claim per OID, an RS256-sized
// signature; `noiseBytes` of incompressible claim make a session that no packing fits in one
// entry.
QString idToken(int policyCount, int noiseBytes = 0)
{
    QJsonArray policies;
    for (int i = 0; i < policyCount; ++i)
        policies << u"1.3.6.1.4.1.33349.3.1.5.9.2.%1.%2"_s.arg(i / 10).arg(i % 10);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject payload {
        {u"iss"_s, u"https://santedb.example:8443/auth"_s},
        {u"sub"_s, uuid},
        {u"aud"_s, u"fiddler"_s},
        {u"unique_name"_s, u"fiddler"_s},
        {u"role"_s, QJsonArray {u"SYNCHRONIZERS"_s, u"DEVICE"_s}},
        {u"urn:santedb:org:claim:device"_s, u"fiddler|device"_s},
        {u"urn:santedb:org:claim:session"_s, uuid},
        {u"scope"_s, QJsonArray {u"*"_s}},
        {u"urn:santedb:org:claim:grant"_s, policies},
        {u"iat"_s, 1'800'000'000},
        {u"nbf"_s, 1'800'000'000},
        {u"exp"_s, 1'800'003'600},
    };
    if (noiseBytes > 0)
        payload.insert(u"x-noise"_s, QString::fromLatin1(randomBytes(noiseBytes).toHex()));
    const QJsonObject header {{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"k1"_s}};
    return QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) % '.'
                               % base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact))
                               % '.' % base64Url(randomBytes(256)));
}

QString sessionText(int policies, int noiseBytes = 0)
{
    const QJsonObject session {
        {u"v"_s, 3},
        {u"access_token"_s, QString::fromLatin1(randomBytes(32).toHex())},
        {u"id_token"_s, idToken(policies, noiseBytes)},
        {u"token_type"_s, u"bearer"_s},
        {u"expires_at"_s, u"2030-01-01T00:00:00Z"_s},
        {u"client_secret_sent"_s, true},
    };
    return QString::fromUtf8(QJsonDocument(session).toJson(QJsonDocument::Compact));
}

// Large enough that even packed it spans several entries.
QString spreadSessionText()
{
    return sessionText(40, 4000);
}

void verifyEntriesFit(const QStringList &entries)
{
    for (const QString &entry : entries)
        QVERIFY2(entry.toUtf8().size() <= sessionpack::MaxEntryBytes,
                 qPrintable(u"an entry of %1 bytes"_s.arg(entry.toUtf8().size())));
}

// A keychain entry read as it is stored, not through the store's unpacking.
std::optional<QString> rawEntry(const QString &key)
{
    QKeychain::ReadPasswordJob job(KeychainSecretStore::serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &job, [&done] { done = true; });
    job.start();
    if (!QTest::qWaitFor([&done] { return done; }, 10000) || job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

QString partKey(const QUuid &profile, int entry)
{
    return KeychainSecretStore::keyFor(profile, SecretKind::Session) % u'.'
        % QString::number(entry);
}

} // namespace

class TestSessionPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSessionThatFitsIsStoredAsItIs()
    {
        const QString text = sessionText(3);
        QVERIFY(text.toUtf8().size() <= sessionpack::MaxEntryBytes);
        const auto entries = sessionpack::pack(text);
        QVERIFY(entries);
        QCOMPARE(*entries, QStringList {text});
        QCOMPARE(sessionpack::unpack(*entries), text);
    }

    void largeSessionsComeBackExactly_data()
    {
        QTest::addColumn<int>("policies");
        QTest::addColumn<int>("noiseBytes");
        QTest::addColumn<int>("expectedEntries"); // 0: whatever it takes, more than one
        QTest::newRow("40 policies, RS256: one packed entry") << 40 << 0 << 1;
        QTest::newRow("incompressible claims: spread over several") << 40 << 4000 << 0;
    }
    void largeSessionsComeBackExactly()
    {
        QFETCH(int, policies);
        QFETCH(int, noiseBytes);
        QFETCH(int, expectedEntries);
        const QString text = sessionText(policies, noiseBytes);
        QVERIFY(text.toUtf8().size() > sessionpack::MaxEntryBytes);
        const auto entries = sessionpack::pack(text);
        QVERIFY(entries);
        verifyEntriesFit(*entries);
        if (expectedEntries > 0)
            QCOMPARE(entries->size(), expectedEntries);
        else
            QVERIFY(entries->size() > 1);
        QCOMPARE(sessionpack::entryCount(entries->first()), int(entries->size()));
        const auto back = sessionpack::unpack(*entries);
        QVERIFY(back);
        // Field order may differ; the content may not.
        QCOMPARE(QJsonDocument::fromJson(back->toUtf8()), QJsonDocument::fromJson(text.toUtf8()));
    }

    void aTokenThatIsNotCanonicalBase64IsKeptAsText()
    {
        // Padding and a non-JWT access token must survive byte for byte.
        QJsonObject session = QJsonDocument::fromJson(spreadSessionText().toUtf8()).object();
        session.insert(u"access_token"_s, u"eyJhbGciOiJub25lIn0=.e30=.AA=="_s);
        session.insert(u"refresh_token"_s, u"ü-not.a.jwt!"_s);
        const QString text = QString::fromUtf8(QJsonDocument(session).toJson());
        const auto entries = sessionpack::pack(text);
        QVERIFY(entries);
        const auto back = sessionpack::unpack(*entries);
        QVERIFY(back);
        QCOMPARE(QJsonDocument::fromJson(back->toUtf8()).object(), session);
    }

    void damagedOrMixedEntriesReadAsNoSession()
    {
        const auto first = sessionpack::pack(spreadSessionText());
        const auto second = sessionpack::pack(spreadSessionText());
        QVERIFY(first && second && first->size() > 1 && first->size() == second->size());

        QStringList mixed = *first;
        mixed.last() = second->last(); // another program cached at the same moment
        QVERIFY(!sessionpack::unpack(mixed));

        QStringList missing = *first;
        missing.removeLast();
        QVERIFY(!sessionpack::unpack(missing));

        QStringList flipped = *first;
        flipped[1][10] = flipped[1][10] == u'A' ? u'B' : u'A';
        QVERIFY(!sessionpack::unpack(flipped));

        QVERIFY(!sessionpack::entryCount(u"sdsm-pack1:99:0123456789abcdef:AAAA"_s));
        QVERIFY(!sessionpack::unpack({u"sdsm-pack1:1:0123456789abcdef:not base64!"_s}));
    }

    void aCompressionBombIsRefused()
    {
        // A first entry whose compressed body claims 1 GiB: refused before anything is inflated.
        QByteArray bomb = qCompress(QByteArray(1024, 'a'));
        bomb[0] = char(0x40);
        bomb[1] = bomb[2] = bomb[3] = 0;
        const QByteArray packed = bomb.toBase64();
        const QString check = QString::fromLatin1(
            QCryptographicHash::hash(packed, QCryptographicHash::Sha256).toHex().first(16));
        QVERIFY(!sessionpack::unpack(
            {u"sdsm-pack1:1:"_s % check % u':' % QString::fromLatin1(packed)}));
    }

    void theKeychainHoldsALargeSessionInEntriesThatFit()
    {
        SDSM_REQUIRE_KEYRING();
        KeychainSecretStore store;
        const QUuid id = QUuid::createUuid();
        const QString large = spreadSessionText();

        auto written = await(store.write(id, SecretKind::Session, large));
        QVERIFY(written && written->ok());
        const std::optional<QString> first =
            rawEntry(KeychainSecretStore::keyFor(id, SecretKind::Session));
        QVERIFY(first);
        const int count = sessionpack::entryCount(*first).value_or(0);
        QVERIFY2(count > 1, "this session should span several entries");
        QStringList stored {*first};
        for (int entry = 2; entry <= count; ++entry) {
            const std::optional<QString> part = rawEntry(partKey(id, entry));
            QVERIFY2(part, "an announced part is missing from the keychain");
            stored << *part;
        }
        verifyEntriesFit(stored);

        auto read = await(store.read(id, SecretKind::Session));
        QVERIFY(read && read->ok() && read->value());
        QCOMPARE(QJsonDocument::fromJson(read->value()->toUtf8()),
                 QJsonDocument::fromJson(large.toUtf8()));

        // A smaller session replaces it: the old parts go, a token must not outlive its session.
        const QString small = sessionText(2);
        written = await(store.write(id, SecretKind::Session, small));
        QVERIFY(written && written->ok());
        for (int entry = 2; entry <= count; ++entry)
            QVERIFY2(!rawEntry(partKey(id, entry)), "a part of the replaced session stayed");
        read = await(store.read(id, SecretKind::Session));
        QVERIFY(read && read->ok() && read->value());
        QCOMPARE(*read->value(), small);

        // Removing a spread session removes every entry.
        written = await(store.write(id, SecretKind::Session, large));
        QVERIFY(written && written->ok());
        auto removed = await(store.remove(id, SecretKind::Session));
        QVERIFY(removed && removed->ok() && removed->value());
        QVERIFY(!rawEntry(KeychainSecretStore::keyFor(id, SecretKind::Session)));
        for (int entry = 2; entry <= count; ++entry)
            QVERIFY2(!rawEntry(partKey(id, entry)), "a part of the removed session stayed");
    }

    void aFortyPolicyRs256SessionIsCachedAndReused()
    {
        SDSM_REQUIRE_KEYRING();
        Sandbox sandbox;
        QTemporaryDir serverFiles; // the identities hold a secret: outside the sandbox
        const QString secret = canary(u"app"_s);
        // What client_credentials needs, then site policies up to forty.
        QJsonArray policies {
            u"1.3.6.1.4.1.33349.3.1.5.9.2.1"_s, u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0"_s,
            u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"_s, u"1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1.0"_s};
        for (int i = policies.size(); i < 40; ++i)
            policies << u"1.3.6.1.4.1.33349.3.1.5.9.2.9.%1"_s.arg(i);
        const QJsonObject identities {
            {u"allow_nodeless_client_auth"_s, true},
            {u"applications"_s,
             QJsonArray {QJsonObject {
                 {u"client_id"_s, u"APP"_s}, {u"secret"_s, secret}, {u"policies"_s, policies}}}},
        };
        QFile file(serverFiles.filePath(u"identities.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(identities).toJson());
        file.close();
        Emulator emulator({u"--identities"_s, file.fileName(), u"--signing"_s, u"rs256"_s});
        QVERIFY(emulator.started());

        const QStringList config {u"--config"_s, sandbox.configFile()};
        CliRun run = runCli(sandbox,
                            config
                                + QStringList {u"profile"_s, u"add"_s, u"big"_s, u"--server"_s,
                                               emulator.url(), u"--client-id"_s, u"APP"_s,
                                               u"--no-device"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(sandbox, config + QStringList {u"secret"_s, u"set"_s, u"big"_s, u"client"_s},
                     secret.toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = runCli(sandbox, config + QStringList {u"login"_s, u"big"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject login = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(login.value(u"policies"_s).toArray().size() >= 40, run.out.constData());
        QCOMPARE(login.value(u"warnings"_s).toArray(), QJsonArray {});
        const QString uuid =
            QJsonDocument::fromJson(
                runCli(sandbox,
                       config + QStringList {u"profile"_s, u"show"_s, u"big"_s, u"--json"_s})
                    .out)
                .object()
                .value(u"uuid"_s)
                .toString();
        const QUuid id = QUuid::fromString(uuid);
        QVERIFY(!id.isNull());
        const std::optional<QString> first =
            rawEntry(KeychainSecretStore::keyFor(id, SecretKind::Session));
        QVERIFY2(first, "the session was not cached");
        QStringList stored {*first};
        for (int entry = 2; entry <= sessionpack::entryCount(*first).value_or(0); ++entry)
            stored << rawEntry(partKey(id, entry)).value_or(QString());
        verifyEntriesFit(stored);

        run = runCli(sandbox, config + QStringList {u"token"_s, u"big"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(emulator.requests().size(), 1); // the token came from the cache

        run =
            runCli(sandbox, config + QStringList {u"secret"_s, u"clear"_s, u"big"_s, u"session"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!rawEntry(KeychainSecretStore::keyFor(id, SecretKind::Session)));
        QVERIFY(findLeak(sandbox.allFileBytes(), secret) < 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionPack)
#include "tst_sessionpack.moc"
