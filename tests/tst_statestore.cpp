// SPDX-License-Identifier: Apache-2.0
#include "statestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fileOf(const QString &folder, const QUuid &uuid)
{
    return folder + u'/' + uuid.toString(QUuid::WithoutBraces) + u".json"_s;
}

// The file's identity: a rewrite replaces it (and so changes the inode).
ino_t inode(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

constexpr QFileDevice::Permissions OwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJsonKeys();
    void emptyStateJson();
    void roundTrip();
    void updateKeepsOtherProfiles();
    void updateTouchesOnlyItsProfile();
    void corruptFileReadsAsEmpty_data();
    void corruptFileReadsAsEmpty();
    void remove();
    void forgetSession();
    void symlinkIsNeverFollowed();
    void migratesTheOldFile();
    void concurrentUpdatesAllCounted();

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
    const QString data = m_dir.filePath(u"roundtrip/data"_s);
    const QString folder = data + u"/state"_s;
    StateStore store(folder);
    const QUuid uuid = QUuid::createUuid();
    compareStates(store.get(uuid), ProfileState());
    QVERIFY(store.all().isEmpty());
    QVERIFY(!QFileInfo::exists(folder)); // reading makes nothing

    const Result<void> updated = store.update(uuid, [](ProfileState &s) { s = fullState(); });
    QVERIFY(updated.ok());
    compareStates(store.get(uuid), fullState());
    compareStates(StateStore(folder).all().value(uuid), fullState());
    const QString file = fileOf(folder, uuid);
    QCOMPARE(unixBits(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The whole missing tree is made owner-only.
    for (const QString &made : {folder, data, m_dir.filePath(u"roundtrip"_s)})
        QCOMPARE(unixBits(made), OwnerOnlyDir);
    QVERIFY(!QFileInfo::exists(file + u".tmp"_s));

    QJsonObject expected = fullState().toJson();
    expected.insert(u"schema"_s, 1);
    QCOMPARE(QJsonDocument::fromJson(readAll(file)).object(), expected);
}

void TestStateStore::updateKeepsOtherProfiles()
{
    StateStore store(m_dir.filePath(u"two"_s));
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

void TestStateStore::updateTouchesOnlyItsProfile()
{
    const QString folder = m_dir.filePath(u"touch"_s);
    StateStore store(folder);
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QVERIFY(store.update(a, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QVERIFY(store.update(b, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    const ino_t before = inode(fileOf(folder, b));
    const ino_t aBefore = inode(fileOf(folder, a));
    QVERIFY(before != 0);
    QVERIFY(store.update(a, [](ProfileState &s) { s.lastResult = u"cached"_s; }).ok());
    QCOMPARE(inode(fileOf(folder, b)), before);
    QVERIFY(inode(fileOf(folder, a)) != aBefore); // replaced in one step, not rewritten in place
    // Only state files are listed.
    QVERIFY(writeAll(folder + u"/notes.txt"_s, "x"_ba));
    QVERIFY(writeAll(folder + u"/not-a-uuid.json"_s, "{}"_ba));
    QCOMPARE(store.all().size(), 2);
}

void TestStateStore::corruptFileReadsAsEmpty_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << "\x00\x01 not json"_ba;
    QTest::newRow("truncated") << "{\"schema\": 1, \"last_result\": \"o"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("huge") << QByteArray(100 * 1024, ' ') + "{\"last_result\": \"ok\"}"_ba;
}

void TestStateStore::corruptFileReadsAsEmpty()
{
    QFETCH(QByteArray, bytes);
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    const QUuid uuid = QUuid::createUuid();
    QVERIFY(writeAll(fileOf(folder, uuid), bytes));
    StateStore store(folder);
    compareStates(store.get(uuid), ProfileState());
    QCOMPARE(store.all().size(), 1);
    compareStates(store.all().value(uuid), ProfileState());

    QVERIFY(store.update(uuid, [](ProfileState &s) { s.subject = u"me"_s; }).ok());
    QCOMPARE(store.get(uuid).subject, u"me"_s);
    QCOMPARE(store.get(uuid).lastResult, QString());
}

void TestStateStore::remove()
{
    const QString folder = m_dir.filePath(u"remove"_s);
    StateStore store(folder);
    const QUuid keep = QUuid::createUuid();
    const QUuid drop = QUuid::createUuid();
    QVERIFY(store.update(keep, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QVERIFY(store.update(drop, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QVERIFY(store.remove(drop).ok());
    QVERIFY(store.remove(QUuid::createUuid()).ok());
    const QHash<QUuid, ProfileState> all = store.all();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.contains(keep));
    QVERIFY(!QFileInfo::exists(fileOf(folder, drop)));
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

void TestStateStore::symlinkIsNeverFollowed()
{
    const QString folder = m_dir.filePath(u"symlink"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString elsewhere = m_dir.filePath(u"elsewhere.json"_s);
    const QByteArray before = QJsonDocument(fullState().toJson()).toJson();
    QVERIFY(writeAll(elsewhere, before));
    const QUuid uuid = QUuid::createUuid();
    const QString planted = fileOf(folder, uuid);
    QVERIFY(QFile::link(elsewhere, planted));

    StateStore store(folder);
    compareStates(store.get(uuid), ProfileState());
    QVERIFY(!store.all().contains(uuid));
    const Result<void> updated =
        store.update(uuid, [](ProfileState &s) { s.lastResult = u"ok"_s; });
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, ErrorKind::Config);
    QVERIFY2(updated.error().message.contains(planted), qPrintable(updated.error().message));
    QVERIFY2(updated.error().message.contains(u"symbolic link"_s),
             qPrintable(updated.error().message));
    QCOMPARE(readAll(elsewhere), before);
    QVERIFY(QFileInfo(planted).isSymLink());

    // A link planted as the temporary file is replaced, not written through.
    QVERIFY(QFile::remove(planted));
    QVERIFY(QFile::link(elsewhere, planted + u".tmp"_s));
    QVERIFY(store.update(uuid, [](ProfileState &s) { s.lastResult = u"ok"_s; }).ok());
    QCOMPARE(store.get(uuid).lastResult, u"ok"_s);
    QCOMPARE(readAll(elsewhere), before);
}

void TestStateStore::migratesTheOldFile()
{
    const QString data = m_dir.filePath(u"migrate"_s);
    QVERIFY(QDir().mkpath(data));
    const QString legacy = data + u"/state.json"_s;
    const QString folder = data + u"/state"_s;
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    ProfileState newer;
    newer.lastResult = u"cached"_s;
    const QJsonObject old {
        {u"schema"_s, 1},
        {u"profiles"_s,
         QJsonObject {{a.toString(QUuid::WithoutBraces), fullState().toJson()},
                      {b.toString(QUuid::WithoutBraces), fullState().toJson()},
                      {u"nope"_s, fullState().toJson()}}},
    };
    QVERIFY(writeAll(legacy, QJsonDocument(old).toJson()));
    // b was written by this version after the old file: that is kept.
    QVERIFY(StateStore(folder).update(b, [&](ProfileState &s) { s = newer; }).ok());

    StateStore store(folder, legacy);
    compareStates(store.get(a), fullState());
    QVERIFY(!QFileInfo::exists(legacy));
    const QHash<QUuid, ProfileState> all = StateStore(folder, legacy).all();
    QCOMPARE(all.size(), 2);
    compareStates(all.value(a), fullState());
    compareStates(all.value(b), newer);
    QCOMPARE(unixBits(fileOf(folder, a)), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // A symbolic link in the old place is neither followed nor removed.
    const QString elsewhere = m_dir.filePath(u"old-elsewhere.json"_s);
    QVERIFY(writeAll(elsewhere, QJsonDocument(old).toJson()));
    QVERIFY(QFile::link(elsewhere, legacy));
    QCOMPARE(StateStore(m_dir.filePath(u"migrate-link"_s), legacy).all().size(), 0);
    QVERIFY(QFileInfo(legacy).isSymLink());
}

void TestStateStore::concurrentUpdatesAllCounted()
{
    // Twenty processes add one to the same profile's counter at once: read-modify-write under
    // the lock, so no update is lost.
    const QString folder = m_dir.filePath(u"concurrent/state"_s);
    const QString history = m_dir.filePath(u"concurrent/history.jsonl"_s);
    const QUuid uuid = QUuid::createUuid();
    constexpr int Writers = 20;
    QList<QProcess *> processes;
    for (int w = 0; w < Writers; ++w) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(
            QStringLiteral(SDSM_PROFILEWRITER_PATH),
            {u"attempt"_s, history, QString(), folder, uuid.toString(), QString::number(w)});
        processes.append(process);
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(120'000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    const ProfileState state = StateStore(folder).get(uuid);
    QCOMPARE(state.lastResult, u"cached"_s);
    QCOMPARE(state.lastMessage, QString::number(Writers));
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
