#include "statestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

ProfileState fullState()
{
    ProfileState s;
    s.detectedVersion = Generation::V3;
    s.omitClientSecretWithDevice = true;
    s.lastResult = u"oauth"_s;
    s.lastAt = utc("2024-05-06T07:08:09Z");
    s.lastMessage = u"the server refused the client credentials"_s;
    s.expiresAt = utc("2024-05-06T08:08:09Z");
    s.expirySource = u"id_token_exp"_s;
    s.subject = u"0c6d1b02-4a5e-4c1e-9f0e-6d3b7a1f2e44"_s;
    s.name = u"fiddler"_s;
    s.generation = Generation::V3;
    s.deviceAuthenticated = true;
    s.clientSecretChecked = true;
    return s;
}

void compareStates(const ProfileState &actual, const ProfileState &expected)
{
    QCOMPARE(actual.detectedVersion, expected.detectedVersion);
    QCOMPARE(actual.omitClientSecretWithDevice, expected.omitClientSecretWithDevice);
    QCOMPARE(actual.lastResult, expected.lastResult);
    QCOMPARE(actual.lastAt, expected.lastAt);
    QCOMPARE(actual.lastMessage, expected.lastMessage);
    QCOMPARE(actual.expiresAt, expected.expiresAt);
    QCOMPARE(actual.expirySource, expected.expirySource);
    QCOMPARE(actual.subject, expected.subject);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.generation, expected.generation);
    QCOMPARE(actual.deviceAuthenticated, expected.deviceAuthenticated);
    QCOMPARE(actual.clientSecretChecked, expected.clientSecretChecked);
}

// Only the Unix permission bits, without the ReadUser/... aliases Qt adds for the current user.
QFileDevice::Permissions unixBits(const QString &path)
{
    return QFileInfo(path).permissions() & 0x7077;
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJsonKeys();
    void emptyStateJson();
    void roundTrip();
    void updateKeepsOtherProfiles();
    void corruptFileReadsAsEmpty_data();
    void corruptFileReadsAsEmpty();
    void remove();
    void forgetSession();

private:
    QTemporaryDir m_dir;
};

void TestStateStore::toJsonKeys()
{
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "detected_version": 3,
        "omit_client_secret_with_device": true,
        "last_result": "oauth",
        "last_at": "2024-05-06T07:08:09Z",
        "last_message": "the server refused the client credentials",
        "expires_at": "2024-05-06T08:08:09Z",
        "expiry_source": "id_token_exp",
        "subject": "0c6d1b02-4a5e-4c1e-9f0e-6d3b7a1f2e44",
        "name": "fiddler",
        "generation": 3,
        "device_authenticated": true,
        "client_secret_checked": true,
        "valid_on_server": null,
        "checked_on_server_at": null
    })"_ba)
                                     .object();
    QCOMPARE(fullState().toJson(), expected);
}

void TestStateStore::emptyStateJson()
{
    const QJsonObject json = ProfileState().toJson();
    QVERIFY(json.value(u"detected_version"_s).isNull());
    QVERIFY(json.value(u"generation"_s).isNull());
    QVERIFY(json.value(u"expires_at"_s).isNull());
    QVERIFY(json.value(u"last_at"_s).isNull());
    QCOMPARE(json.value(u"device_authenticated"_s), QJsonValue(false));
    compareStates(ProfileState::fromJson(json), ProfileState());
    compareStates(ProfileState::fromJson({}), ProfileState());
}

void TestStateStore::roundTrip()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.filePath(u"roundtrip/data"_s);
    const QString file = dir + u"/state.json"_s;
    StateStore store(file);
    const QUuid uuid = QUuid::createUuid();
    compareStates(store.get(uuid), ProfileState());

    const Result<void> updated = store.update(uuid, [](ProfileState &s) { s = fullState(); });
    QVERIFY(updated.ok());
    compareStates(store.get(uuid), fullState());
    compareStates(StateStore(file).all().value(uuid), fullState());
    QCOMPARE(unixBits(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(unixBits(dir),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QJsonObject root = [&file] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }();
    QCOMPARE(root.value(u"schema"_s).toInt(), 1);
    QVERIFY(root.value(u"profiles"_s).toObject().contains(uuid.toString(QUuid::WithoutBraces)));
}

void TestStateStore::updateKeepsOtherProfiles()
{
    StateStore store(m_dir.filePath(u"two.json"_s));
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QVERIFY(store.update(a, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QVERIFY(store.update(b, [](ProfileState &s) { s.lastResult = u"timeout"_s; }).ok());
    QVERIFY(store.update(a, [](ProfileState &s) { s.subject = u"me"_s; }).ok());
    const QHash<QUuid, ProfileState> all = store.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.value(a).lastResult, u"ok"_s);
    QCOMPARE(all.value(a).subject, u"me"_s);
    QCOMPARE(all.value(b).lastResult, u"timeout"_s);
}

void TestStateStore::corruptFileReadsAsEmpty_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << "\x00\x01 not json"_ba;
    QTest::newRow("truncated") << "{\"schema\": 1, \"profiles\": {\"6f1c2e4a-0b7d"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("profiles is a list") << "{\"schema\": 1, \"profiles\": [1]}"_ba;
    QTest::newRow("bad keys and entries")
        << "{\"schema\": 1, \"profiles\": {\"nope\": {}, \"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10\": 5}}"_ba;
}

void TestStateStore::corruptFileReadsAsEmpty()
{
    QFETCH(QByteArray, bytes);
    const QString file =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".state.json"_s);
    QVERIFY(writeAll(file, bytes));
    StateStore store(file);
    QVERIFY(store.all().isEmpty());

    const QUuid uuid = QUuid::createUuid();
    QVERIFY(store.update(uuid, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QCOMPARE(store.all().size(), 1);
    QCOMPARE(store.get(uuid).lastResult, u"ok"_s);
}

void TestStateStore::remove()
{
    StateStore store(m_dir.filePath(u"remove.json"_s));
    const QUuid keep = QUuid::createUuid();
    const QUuid drop = QUuid::createUuid();
    QVERIFY(store.update(keep, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QVERIFY(store.update(drop, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QVERIFY(store.remove(drop).ok());
    QVERIFY(store.remove(QUuid::createUuid()).ok());
    const QHash<QUuid, ProfileState> all = store.all();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.contains(keep));
}

void TestStateStore::forgetSession()
{
    ProfileState s = fullState();
    s.forgetSession();
    QVERIFY(!s.expiresAt.isValid());
    QVERIFY(s.expirySource.isEmpty());
    QVERIFY(s.subject.isEmpty());
    QVERIFY(s.name.isEmpty());
    QVERIFY(!s.generation);
    QVERIFY(!s.deviceAuthenticated);
    QVERIFY(!s.clientSecretChecked);
    // Detected state and the last attempt are kept.
    QCOMPARE(s.detectedVersion, fullState().detectedVersion);
    QCOMPARE(s.omitClientSecretWithDevice, true);
    QCOMPARE(s.lastResult, fullState().lastResult);
    QCOMPARE(s.lastAt, fullState().lastAt);
    QCOMPARE(s.lastMessage, fullState().lastMessage);
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
