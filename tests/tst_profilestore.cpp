// SPDX-License-Identifier: Apache-2.0
#include "filelock.h"
#include "paths.h"
#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Only the Unix permission bits, without the ReadUser/... aliases Qt adds for the current user.
QFileDevice::Permissions unixBits(const QString &path)
{
    const QFileDevice::Permissions mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return QFileInfo(path).permissions() & mask;
}

Profile makeProfile(const QString &name)
{
    Profile p;
    p.uuid = QUuid::createUuid();
    p.name = name;
    p.server = QUrl(u"https://mpi.example:8443/santedb"_s);
    p.clientId = u"fiddler"_s;
    return p;
}

ProfileStore::Change add(const Profile &profile)
{
    return [profile](QList<Profile> &profiles) {
        profiles.append(profile);
        return Result<void>();
    };
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QString message(const Result<void> &r)
{
    return r.ok() ? QString() : r.error().message;
}

QByteArray fileOf(const QJsonArray &entries, const QJsonValue &schema = 1)
{
    return QJsonDocument(QJsonObject {{u"schema"_s, schema}, {u"profiles"_s, entries}}).toJson();
}

// What a lookup gives: the profile or the error sentence, and the newer-schema warning.
struct Lookup
{
    std::optional<Profile> profile;
    QString error;
    QString warning;
    bool operator==(const Lookup &other) const = default;
};

Lookup quickLookup(const ProfileStore &store, const QString &name)
{
    Lookup lookup;
    const Result<Profile> found = store.find(name, &lookup.warning);
    if (found.ok())
        lookup.profile = found.value();
    else
        lookup.error = found.error().message;
    return lookup;
}

// The same lookup through the full reading of every profile.
Lookup fullLookup(const ProfileStore &store, const QString &name)
{
    Lookup lookup;
    const Result<ProfileStore::Snapshot> snapshot = store.load();
    if (!snapshot.ok()) {
        lookup.error = snapshot.error().message;
        return lookup;
    }
    lookup.warning = snapshot.value().warning;
    for (const Profile &p : snapshot.value().profiles) {
        if (p.name == name)
            lookup.profile = p;
    }
    if (!lookup.profile)
        lookup.error = noSuchProfile(name).message;
    return lookup;
}

const char *describe(const Lookup &lookup)
{
    static QByteArray text;
    text = lookup.profile ? "profile " + lookup.profile->name.toUtf8() : lookup.error.toUtf8();
    return text.constData();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardPathsFollowXdg();
    void missingFileIsEmptyAndFirstUpdateCreatesIt();
    void savedFormat();
    void corruptFileIsRefusedAndKept_data();
    void corruptFileIsRefusedAndKept();
    void folderInPlaceOfFile();
    void unreadableFile();
    void newerSchemaIsReadOnly();
    void renameKeepsUuid();
    void duplicateNamesRefused();
    void invalidProfileRefused();
    void failedChangeWritesNothing();
    void findReportsMissingProfile();
    void findMatchesLoadForEveryEntry();
    void findAgreesWithLoad_data();
    void findAgreesWithLoad();
    void findLeavesOtherEntriesToLoad();
    void killedLockHolderReleasesAtOnce();
    void concurrentWriters();
    void productFolderTightenedOthersKept();

private:
    QTemporaryDir m_dir;
};

void TestProfileStore::standardPathsFollowXdg()
{
    QVERIFY(m_dir.isValid());
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    const QByteArray oldData = qgetenv("XDG_DATA_HOME");
    const QByteArray oldState = qgetenv("XDG_STATE_HOME");
    const QString config = m_dir.filePath(u"xdg-config"_s);
    const QString data = m_dir.filePath(u"xdg-data"_s);
    const QString state = m_dir.filePath(u"xdg-state"_s);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    qputenv("XDG_STATE_HOME", QFile::encodeName(state));
    const AppPaths paths = AppPaths::standard();
    const AppPaths custom = AppPaths::withProfilesFile(m_dir.filePath(u"other.json"_s));
    qputenv("XDG_STATE_HOME", "relative/state");
    const AppPaths relativeState = AppPaths::standard();
    qputenv("XDG_CONFIG_HOME", oldConfig);
    qputenv("XDG_DATA_HOME", oldData);
    qputenv("XDG_STATE_HOME", oldState);

    QCOMPARE(paths.profilesFile, config + u"/santedb-session-manager/profiles.json"_s);
    QCOMPARE(paths.dataDir, data + u"/santedb-session-manager"_s);
    QCOMPARE(paths.stateDir(), data + u"/santedb-session-manager/state"_s);
    QCOMPARE(paths.legacyStateFile(), data + u"/santedb-session-manager/state.json"_s);
    QCOMPARE(paths.historyFile(), state + u"/santedb-session-manager/history.jsonl"_s);
    QCOMPARE(paths.legacyHistoryFile(), data + u"/santedb-session-manager/history.jsonl"_s);
    QCOMPARE(paths.settingsFile(),
             config + u"/santedb-session-manager/santedb-session-manager.conf"_s);
    QCOMPARE(custom.profilesFile, m_dir.filePath(u"other.json"_s));
    QCOMPARE(custom.dataDir, paths.dataDir);
    QCOMPARE(custom.historyFile(), paths.historyFile());
    QCOMPARE(custom.settingsFile(), m_dir.filePath(u"santedb-session-manager.conf"_s));
    // The specification ignores a relative XDG_STATE_HOME.
    QCOMPARE(relativeState.historyFile(),
             QDir::homePath() + u"/.local/state/santedb-session-manager/history.jsonl"_s);

    // Paths made by hand keep the history in the data folder.
    AppPaths byHand;
    byHand.dataDir = data;
    QCOMPARE(byHand.historyFile(), data + u"/history.jsonl"_s);
}

void TestProfileStore::missingFileIsEmptyAndFirstUpdateCreatesIt()
{
    const QString dir = m_dir.filePath(u"fresh/santedb-session-manager"_s);
    const QString file = dir + u"/profiles.json"_s;
    ProfileStore store(file);

    const Result<ProfileStore::Snapshot> empty = store.load();
    QVERIFY(empty.ok());
    QVERIFY(empty.value().profiles.isEmpty());
    QVERIFY(!empty.value().readOnly);
    QVERIFY(empty.value().warning.isEmpty());
    QVERIFY(!QFileInfo::exists(file));

    const Profile lab = makeProfile(u"Lab"_s);
    const Result<void> added = store.update(add(lab));
    QVERIFY2(added.ok(), qPrintable(message(added)));
    QCOMPARE(unixBits(file), OwnerOnlyFile);
    // Every folder made on the way is owner-only.
    QCOMPARE(unixBits(dir), OwnerOnlyDir);
    QCOMPARE(unixBits(m_dir.filePath(u"fresh"_s)), OwnerOnlyDir);
    // The lock file stays (the operating system's lock ends with its holder, not the file).
    QCOMPARE(unixBits(file + u".lock"_s), OwnerOnlyFile);

    const Result<ProfileStore::Snapshot> loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().profiles.size(), 1);
    QVERIFY(loaded.value().profiles.first() == lab);
}

void TestProfileStore::savedFormat()
{
    const QString file = m_dir.filePath(u"format.json"_s);
    QVERIFY(writeAll(file, "{\"schema\": 1, \"profiles\": []}"_ba));
    QVERIFY(QFile::setPermissions(file,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ProfileStore store(file);
    const Profile lab = makeProfile(u"Lab"_s);
    QVERIFY(store.update(add(lab)).ok());

    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(bytes.contains("\n    \"profiles\": ["));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(u"schema"_s).toInt(), 1);
    QCOMPARE(root.value(u"profiles"_s).toArray(), QJsonArray {lab.toJson()});
    // A file that others could read is tightened on the next save.
    QCOMPARE(unixBits(file), OwnerOnlyFile);
}

void TestProfileStore::corruptFileIsRefusedAndKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const QByteArray good =
        QJsonDocument(QJsonObject {{u"schema"_s, 1},
                                   {u"profiles"_s, QJsonArray {makeProfile(u"A"_s).toJson()}}})
            .toJson();
    QTest::newRow("garbage") << "\x01\x02garbage\xff"_ba << u"not valid JSON"_s;
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("array") << "[1, 2]"_ba << u"does not hold a JSON object"_s;
    QTest::newRow("no schema") << "{\"profiles\": []}"_ba << u"\"schema\""_s;
    QTest::newRow("schema string") << "{\"schema\": \"1\", \"profiles\": []}"_ba << u"\"schema\""_s;
    QTest::newRow("profiles object")
        << "{\"schema\": 1, \"profiles\": {}}"_ba << u"\"profiles\" must be a list"_s;
    QTest::newRow("entry not object")
        << "{\"schema\": 1, \"profiles\": [3]}"_ba << u"profile entry 1 is not a JSON object"_s;

    QJsonObject wrongType = makeProfile(u"Lab"_s).toJson();
    wrongType.insert(u"server"_s, 8080);
    QTest::newRow("profile with wrong types")
        << QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"profiles"_s, QJsonArray {wrongType}}})
               .toJson()
        << u"profile \"Lab\": \"server\" must be a string"_s;

    const QJsonObject a = makeProfile(u"Twin"_s).toJson();
    const QJsonObject b = makeProfile(u"Twin"_s).toJson();
    QTest::newRow("duplicate names")
        << QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"profiles"_s, QJsonArray {a, b}}})
               .toJson()
        << u"two profiles are named \"Twin\""_s;
    QJsonObject sameUuid = makeProfile(u"Other"_s).toJson();
    sameUuid.insert(u"uuid"_s, a.value(u"uuid"_s));
    QTest::newRow("duplicate uuids")
        << QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"profiles"_s, QJsonArray {a, sameUuid}}})
               .toJson()
        << u"share the uuid"_s;
}

void TestProfileStore::corruptFileIsRefusedAndKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".json"_s);
    QVERIFY(writeAll(file, bytes));
    ProfileStore store(file);

    const Result<ProfileStore::Snapshot> loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Config);
    QVERIFY2(loaded.error().message.contains(file), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(problem), qPrintable(loaded.error().message));

    const Result<Profile> found = store.find(u"Lab"_s);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().message, loaded.error().message);

    const Result<void> updated = store.update(add(makeProfile(u"New"_s)));
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().message, loaded.error().message);
    QCOMPARE(readAll(file), bytes);
}

void TestProfileStore::folderInPlaceOfFile()
{
    // Unlike a mode 000 file, a folder cannot be read as a file by anyone, root included.
    const QString file = m_dir.filePath(u"folder.json"_s);
    QVERIFY(QDir().mkdir(file));
    ProfileStore store(file);
    const Result<ProfileStore::Snapshot> loaded = store.load();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(file), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(u"folder"_s));
    QVERIFY(!store.update(add(makeProfile(u"New"_s))).ok());
    QVERIFY(QFileInfo(file).isDir());
    QVERIFY(QDir(file).isEmpty());
}

void TestProfileStore::unreadableFile()
{
    const QString locked = m_dir.filePath(u"mode000.json"_s);
    const QByteArray bytes = "{\"schema\": 1, \"profiles\": []}\n"_ba;
    QVERIFY(writeAll(locked, bytes));
    QVERIFY(QFile::setPermissions(locked, {}));
    if (geteuid() == 0)
        QSKIP("running as root: a mode 000 file is still readable, so that case cannot be made");
    ProfileStore lockedStore(locked);
    const Result<ProfileStore::Snapshot> refused = lockedStore.load();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(locked), qPrintable(refused.error().message));
    QVERIFY(!lockedStore.update(add(makeProfile(u"New"_s))).ok());
    QVERIFY(QFile::setPermissions(locked, OwnerOnlyFile));
    QCOMPARE(readAll(locked), bytes);
}

void TestProfileStore::newerSchemaIsReadOnly()
{
    const QString file = m_dir.filePath(u"newer.json"_s);
    const Profile lab = makeProfile(u"Lab"_s);
    QJsonObject entry = lab.toJson();
    entry.insert(u"added_in_schema_7"_s, true);
    const QByteArray bytes =
        QJsonDocument(QJsonObject {{u"schema"_s, 7}, {u"profiles"_s, QJsonArray {entry}}}).toJson();
    QVERIFY(writeAll(file, bytes));
    ProfileStore store(file);

    const Result<ProfileStore::Snapshot> loaded = store.load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().readOnly);
    QCOMPARE(loaded.value().warning,
             file + u" was written by a newer version (schema 7); profiles are read-only"_s);
    QCOMPARE(loaded.value().profiles.size(), 1);
    QVERIFY(loaded.value().profiles.first() == lab);
    QString warning;
    const Result<Profile> found = store.find(u"Lab"_s, &warning);
    QVERIFY(found.ok());
    QVERIFY(found.value() == lab);
    QCOMPARE(warning, loaded.value().warning);

    const Result<void> updated = store.update(add(makeProfile(u"New"_s)));
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, ErrorKind::Config);
    QCOMPARE(updated.error().exitCode(), 2);
    QVERIFY2(updated.error().message.contains(u"written by a newer version"_s),
             qPrintable(updated.error().message));
    QCOMPARE(readAll(file), bytes);
}

void TestProfileStore::renameKeepsUuid()
{
    ProfileStore store(m_dir.filePath(u"rename.json"_s));
    const Profile lab = makeProfile(u"Lab"_s);
    QVERIFY(store.update(add(lab)).ok());
    const Result<void> renamed = store.update([](QList<Profile> &profiles) {
        profiles.first().name = u"Lab (old)"_s;
        return Result<void>();
    });
    QVERIFY2(renamed.ok(), qPrintable(message(renamed)));

    QVERIFY(!store.find(u"Lab"_s).ok());
    const Result<Profile> found = store.find(u"Lab (old)"_s);
    QVERIFY(found.ok());
    QCOMPARE(found.value().uuid, lab.uuid);
}

void TestProfileStore::duplicateNamesRefused()
{
    const QString file = m_dir.filePath(u"duplicates.json"_s);
    ProfileStore store(file);
    QVERIFY(store.update(add(makeProfile(u"Lab"_s))).ok());
    const QByteArray before = readAll(file);

    const Result<void> twin = store.update(add(makeProfile(u"Lab"_s)));
    QVERIFY(!twin.ok());
    QCOMPARE(twin.error().kind, ErrorKind::Config);
    QVERIFY2(twin.error().message.startsWith(u"a profile named \"Lab\" already exists"_s),
             qPrintable(twin.error().message));
    QCOMPARE(readAll(file), before);

    // Names differ by case only: both are kept, as the comparison is exact.
    QVERIFY(store.update(add(makeProfile(u"lab"_s))).ok());
    QCOMPARE(store.load().value().profiles.size(), 2);
}

void TestProfileStore::invalidProfileRefused()
{
    const QString file = m_dir.filePath(u"invalid.json"_s);
    ProfileStore store(file);
    QVERIFY(store.update(add(makeProfile(u"Lab"_s))).ok());
    const QByteArray before = readAll(file);

    Profile plain = makeProfile(u"Plain"_s);
    plain.server = QUrl(u"http://10.1.2.3:8080"_s);
    const Result<void> refused = store.update(add(plain));
    QVERIFY(!refused.ok());
    QCOMPARE(
        refused.error().message,
        u"profile \"Plain\" uses plain http to 10.1.2.3, which sends credentials unencrypted; allow plain http for this profile only if you accept that risk"_s);
    QCOMPARE(refused.error().remedy, (Remedy {RemedyAction::EditProfileField, u"allow_http"_s}));
    QCOMPARE(readAll(file), before);

    plain.allowHttp = true;
    QVERIFY(store.update(add(plain)).ok());
    QCOMPARE(store.load().value().profiles.size(), 2);
}

void TestProfileStore::failedChangeWritesNothing()
{
    const QString file = m_dir.filePath(u"failedchange.json"_s);
    ProfileStore store(file);
    QVERIFY(store.update(add(makeProfile(u"Lab"_s))).ok());
    const QByteArray before = readAll(file);

    const Result<void> failed = store.update([](QList<Profile> &profiles) {
        profiles.clear();
        return Result<void>(makeError(ErrorKind::Usage, u"changed my mind"_s));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Usage);
    QCOMPARE(failed.error().message, u"changed my mind"_s);
    QCOMPARE(readAll(file), before);
}

void TestProfileStore::findReportsMissingProfile()
{
    ProfileStore store(m_dir.filePath(u"find.json"_s));
    QVERIFY(store.update(add(makeProfile(u"Lab"_s))).ok());
    QVERIFY(store.find(u"Lab"_s).ok());
    const Result<Profile> missing = store.find(u"Prod"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Config);
    QCOMPARE(missing.error().message, u"no profile named \"Prod\""_s);
    QCOMPARE(missing.error().remedy.action, RemedyAction::ListProfiles);
}

void TestProfileStore::findMatchesLoadForEveryEntry()
{
    QJsonArray entries;
    Profile device = makeProfile(u"Device \"quoted\" \\ back"_s);
    device.deviceMode = DeviceMode::Secret;
    device.deviceId = u"EXAMPLE_DEVICE_NODE"_s;
    device.version = SanteDbVersion::V3;
    Profile certificate = makeProfile(u"Zertifikat – ü 😀"_s);
    certificate.deviceMode = DeviceMode::Certificate;
    certificate.certificatePath = u"/etc/pki/device.p12"_s;
    Profile password = makeProfile(u"lab"_s);
    password.grant = GrantType::Password;
    password.username = u"administrator"_s;
    password.passwordMode = PasswordMode::Ask;
    password.tags = {u"north"_s, u"south"_s};
    Profile noted = makeProfile(u"Lab"_s);
    noted.note = u"line one\nline two\t\"quoted\" \u2028 😀 / \\"_s;
    noted.caFile = u"/etc/ssl/ca.pem"_s;
    noted.tokenEndpoint = QUrl(u"https://mpi.example:8443/auth/oauth2_token"_s);
    for (const Profile &p : {device, certificate, password, noted})
        entries.append(p.toJson());
    for (int i = 0; i < 50; ++i)
        entries.append(makeProfile(u"bulk-%1"_s.arg(i)).toJson());
    // Written by hand: escapes in a key and in the name.
    QByteArray bytes = fileOf(entries);
    QJsonObject escaped = makeProfile(u"placeholder"_s).toJson();
    escaped.remove(u"name"_s);
    QByteArray handWritten = QJsonDocument(escaped).toJson(QJsonDocument::Compact);
    handWritten.insert(1, R"("n\u0061me": "Esc\u00e9 \ud83d\ude00 \/", )"_ba);
    bytes.insert(bytes.indexOf('[') + 1, handWritten + ',');

    const QString file = m_dir.filePath(u"mixed.json"_s);
    QVERIFY(writeAll(file, bytes));
    ProfileStore store(file);
    const Result<ProfileStore::Snapshot> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().profiles.size(), 55);
    QCOMPARE(loaded.value().profiles.first().name, u"Escé 😀 /"_s);
    // The same file with one more, broken, entry: load() refuses it, so what find() returns
    // there comes from the one-entry lookup alone.
    QJsonObject broken = makeProfile(u"Broken"_s).toJson();
    broken.insert(u"server"_s, 8080);
    const QString withBroken = m_dir.filePath(u"mixed-broken.json"_s);
    QVERIFY(writeAll(
        withBroken,
        QByteArray(bytes).insert(bytes.indexOf('[') + 1, QJsonDocument(broken).toJson() + ',')));
    const ProfileStore quickOnly(withBroken);
    QVERIFY(!quickOnly.load().ok());
    for (const Profile &p : loaded.value().profiles) {
        for (const ProfileStore *s : {&std::as_const(store), &quickOnly}) {
            const Result<Profile> found = s->find(p.name);
            QVERIFY2(found.ok(), qPrintable(p.name));
            QVERIFY2(found.value() == p, qPrintable(p.name));
        }
    }
    QCOMPARE(quickLookup(store, u"nobody"_s), fullLookup(store, u"nobody"_s));
}

void TestProfileStore::findAgreesWithLoad_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QJsonObject lab = makeProfile(u"Lab"_s).toJson();
    const QJsonObject other = makeProfile(u"Other"_s).toJson();
    const QByteArray good = fileOf({other, lab});
    // Replaces the first `from` in the text of a good file.
    auto with = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray bytes = good;
        const qsizetype at = bytes.indexOf(from);
        return at < 0 ? QByteArray("not found") : bytes.replace(at, from.size(), to);
    };
    auto otherNote = [&](const QByteArray &raw) {
        return with("\"note\": null", "\"note\": \"" + raw + '"');
    };
    QTest::newRow("good") << good;
    QTest::newRow("compact") << QJsonDocument::fromJson(good).toJson(QJsonDocument::Compact);
    QTest::newRow("escaped key") << with("\"name\": \"Lab\"", R"("n\u0061me": "Lab")");
    QTest::newRow("escaped name") << with("\"name\": \"Lab\"", R"("name": "L\u0061b")");
    QTest::newRow("name key twice")
        << with("\"name\": \"Lab\"", R"("name": "Other2", "name": "Lab")");
    QTest::newRow("name not a string") << with("\"name\": \"Other\"", R"("name": ["Lab"])");
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + good;
    QTest::newRow("trailing garbage") << good + "x";
    QTest::newRow("trailing space") << good + " \n\t\r\n";
    QTest::newRow("second document") << good + good;
    QTest::newRow("damaged literal elsewhere")
        << with("\"allow_http\": false", "\"allow_http\": fals");
    QTest::newRow("bad UTF-8 elsewhere") << otherNote("\xC3\x28");
    QTest::newRow("overlong UTF-8 elsewhere") << otherNote("\xC0\xAF");
    QTest::newRow("UTF-8 surrogate elsewhere") << otherNote("\xED\xA0\x80");
    QTest::newRow("lone surrogate escape elsewhere") << otherNote(R"(\ud800)");
    QTest::newRow("raw tab elsewhere") << otherNote("a\tb");
    QTest::newRow("bad escape elsewhere") << otherNote(R"(\x41)");
    QTest::newRow("numbers elsewhere") << with(
        "\"allow_http\": false", R"("allow_http": false, "x": [0, -0, 1.5e3, -2E-2, 1e+9])");
    QTest::newRow("leading zero elsewhere")
        << with("\"allow_http\": false", R"("allow_http": false, "x": 01)");
    QTest::newRow("bare dot elsewhere")
        << with("\"allow_http\": false", R"("allow_http": false, "x": 1.)");
    QTest::newRow("deep elsewhere")
        << with("\"allow_http\": false",
                "\"allow_http\": false, \"x\": " + QByteArray(100, '[') + QByteArray(100, ']'));
    QTest::newRow("unknown top-level member")
        << with("\"schema\": 1", R"("comment": {"a": [1, "two", null, true]}, "schema": 1)");
    QTest::newRow("schema first") << "{\"schema\": 1, \"profiles\": [" + QJsonDocument(lab).toJson()
            + "]}";
    QTest::newRow("newer schema") << fileOf({other, lab}, 7);
    QTest::newRow("schema string") << fileOf({other, lab}, u"1"_s);
    QTest::newRow("schema fraction") << fileOf({other, lab}, 1.5);
    QTest::newRow("no schema") << with("\"schema\": 1", "\"schemata\": 1");
    QTest::newRow("profiles twice") << with("\"schema\": 1", R"("profiles": [], "schema": 1)");
    QTest::newRow("profiles an object") << "{\"schema\": 1, \"profiles\": {}}"_ba;
    QTest::newRow("no profiles") << "{\"schema\": 1}"_ba;
    QTest::newRow("entry not an object") << with("\"profiles\": [", "\"profiles\": [3, ");
    QTest::newRow("trailing comma")
        << with("\"profiles\": [", "\"profiles\": [").replace("}\n    ]", "},\n    ]");
    QTest::newRow("Lab twice") << fileOf({lab, other, makeProfile(u"Lab"_s).toJson()});
    QJsonObject sameUuid = other;
    sameUuid.insert(u"uuid"_s, lab.value(u"uuid"_s).toString().toUpper());
    QTest::newRow("uuid of Lab elsewhere") << fileOf({sameUuid, lab});
    QTest::newRow("no Lab") << fileOf({other});
    QJsonObject badLab = lab;
    badLab.insert(u"server"_s, 8080);
    QTest::newRow("Lab damaged") << fileOf({other, badLab});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only space") << "  \n"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("nul inside") << otherNote(QByteArray(1, '\0'));
}

void TestProfileStore::findAgreesWithLoad()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.startsWith("not found"));
    const QString file =
        m_dir.filePath(u"agree-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".json"_s);
    QVERIFY(writeAll(file, bytes));
    const ProfileStore store(file);
    const Lookup quick = quickLookup(store, u"Lab"_s);
    const Lookup full = fullLookup(store, u"Lab"_s);
    QVERIFY2(quick == full,
             qPrintable(u"find: %1; load: %2"_s.arg(QString::fromUtf8(describe(quick)),
                                                    QString::fromUtf8(describe(full)))));
}

void TestProfileStore::findLeavesOtherEntriesToLoad()
{
    // The lookup checks the file and its own entry; another entry's fields are load()'s
    // business, so one bad profile does not stop commands about the others.
    QJsonObject badOther = makeProfile(u"Other"_s).toJson();
    badOther.insert(u"server"_s, 8080);
    const Profile lab = makeProfile(u"Lab"_s);
    const QString file = m_dir.filePath(u"otherbad.json"_s);
    QVERIFY(writeAll(file, fileOf({badOther, lab.toJson()})));
    const ProfileStore store(file);
    QVERIFY(!store.load().ok());
    const Result<Profile> found = store.find(u"Lab"_s);
    QVERIFY(found.ok());
    QVERIFY(found.value() == lab);
    QCOMPARE(store.find(u"Other"_s).error().message, store.load().error().message);
}

void TestProfileStore::killedLockHolderReleasesAtOnce()
{
    const QString file = m_dir.filePath(u"killed/profiles.json"_s);
    ProfileStore store(file);
    QVERIFY(store.update(add(makeProfile(u"Lab"_s))).ok());
    const QByteArray before = readAll(file);

    // A writer stopped dead in the middle of its read-modify-write, lock held.
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QStringLiteral(SDSM_PROFILEWRITER_PATH), {u"hold"_s, file});
    QVERIFY(holder.waitForReadyRead(60'000));
    QCOMPARE(holder.readLine().trimmed(), "holding"_ba);
    FileLock probe;
    QVERIFY(probe.open(file + u".lock"_s));
    QVERIFY(!probe.lock(false));
    holder.kill();
    QVERIFY(holder.waitForFinished(60'000));

    // Free the moment its holder is gone, not after a stale time.
    QVERIFY(probe.lock(false));
    probe.close();
    QCOMPARE(readAll(file), before);
    const Result<void> added = store.update(add(makeProfile(u"New"_s)));
    QVERIFY2(added.ok(), qPrintable(message(added)));
    QCOMPARE(store.load().value().profiles.size(), 2);
}

void TestProfileStore::concurrentWriters()
{
    const QString file = m_dir.filePath(u"concurrent/profiles.json"_s);
    constexpr int Writers = 4;
    constexpr int PerWriter = 25;
    QList<QProcess *> processes;
    for (int w = 0; w < Writers; ++w) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(SDSM_PROFILEWRITER_PATH),
                       {file, u"writer%1"_s.arg(w), QString::number(PerWriter)});
        processes.append(process);
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(120'000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }

    const Result<ProfileStore::Snapshot> loaded = ProfileStore(file).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QSet<QString> names;
    for (const Profile &p : loaded.value().profiles)
        names.insert(p.name);
    QCOMPARE(loaded.value().profiles.size(), Writers * PerWriter);
    for (int w = 0; w < Writers; ++w) {
        for (int i = 0; i < PerWriter; ++i)
            QVERIFY(names.contains(u"writer%1-%2"_s.arg(w).arg(i)));
    }
    QCOMPARE(unixBits(file), OwnerOnlyFile);
}

void TestProfileStore::productFolderTightenedOthersKept()
{
    const QFileDevice::Permissions open = OwnerOnlyDir | QFileDevice::ReadGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    // An older version or the desktop app made the product folder 0755.
    const QString product = m_dir.filePath(u"wide/santedb-session-manager"_s);
    const QString mine = m_dir.filePath(u"wide/mine"_s);
    for (const QString &folder : {product, mine}) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, open));
        QVERIFY(ProfileStore(folder + u"/profiles.json"_s).update(add(makeProfile(u"Lab"_s))).ok());
    }
    QCOMPARE(unixBits(product), OwnerOnlyDir);
    // A folder the user chose for --config is the user's.
    QCOMPARE(unixBits(mine), open);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
