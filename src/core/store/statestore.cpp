// SPDX-License-Identifier: Apache-2.0
#include "statestore.h"

#include "storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// The file as sentences name it, in the language shown.
QString what()
{
    return QCoreApplication::translate("sdsm", "state file");
}
constexpr int SchemaVersion = 1;
// One profile's state is a few hundred bytes; the single file of older versions held them all.
constexpr qint64 MaxFileBytes = 64 * 1024;
constexpr qint64 MaxLegacyFileBytes = 16 * 1024 * 1024;

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue generationOrNull(const std::optional<Generation> &generation)
{
    return generation ? QJsonValue(static_cast<int>(*generation)) : QJsonValue(QJsonValue::Null);
}

QDateTime readTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

std::optional<Generation> readGeneration(const QJsonValue &value)
{
    switch (value.toInt(0)) {
    case 2:
        return Generation::V2;
    case 3:
        return Generation::V3;
    default:
        return std::nullopt;
    }
}

QJsonObject readObject(QFile &file, qint64 maxBytes)
{
    const QByteArray bytes = file.read(maxBytes + 1);
    return bytes.size() > maxBytes ? QJsonObject() : QJsonDocument::fromJson(bytes).object();
}

// A profile's state. Damaged content reads as empty, as the file only caches what can be found
// out again; a file that cannot be opened (a symbolic link) is an error, for update to refuse.
Result<ProfileState> readState(const QString &filePath)
{
    QFile file;
    const Result<bool> opened = openUnfollowed(file, filePath, what());
    if (!opened.ok())
        return opened.error();
    if (!opened.value())
        return ProfileState();
    return ProfileState::fromJson(readObject(file, MaxFileBytes));
}

QByteArray stateBytes(const ProfileState &state)
{
    QJsonObject object = state.toJson();
    object.insert(u"schema"_s, SchemaVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject ProfileState::toJson() const
{
    return QJsonObject {
        {u"detected_version"_s, generationOrNull(detectedVersion)},
        {u"omit_client_secret_with_device"_s, omitClientSecretWithDevice},
        {u"last_result"_s, stringOrNull(lastResult)},
        {u"last_at"_s, timeOrNull(lastAt)},
        {u"last_message"_s, stringOrNull(lastMessage)},
        {u"expires_at"_s, timeOrNull(expiresAt)},
        {u"expiry_source"_s, stringOrNull(expirySource)},
        {u"subject"_s, stringOrNull(subject)},
        {u"name"_s, stringOrNull(name)},
        {u"generation"_s, generationOrNull(generation)},
        {u"device_authenticated"_s, deviceAuthenticated},
        {u"client_secret_checked"_s, clientSecretChecked},
        {u"valid_on_server"_s, validOnServer ? QJsonValue(*validOnServer) : QJsonValue()},
        {u"checked_on_server_at"_s, timeOrNull(checkedOnServerAt)},
    };
}

ProfileState ProfileState::fromJson(const QJsonObject &object)
{
    ProfileState state;
    state.detectedVersion = readGeneration(object.value(u"detected_version"_s));
    state.omitClientSecretWithDevice = object.value(u"omit_client_secret_with_device"_s).toBool();
    state.lastResult = object.value(u"last_result"_s).toString();
    state.lastAt = readTime(object.value(u"last_at"_s));
    state.lastMessage = object.value(u"last_message"_s).toString();
    state.expiresAt = readTime(object.value(u"expires_at"_s));
    state.expirySource = object.value(u"expiry_source"_s).toString();
    state.subject = object.value(u"subject"_s).toString();
    state.name = object.value(u"name"_s).toString();
    state.generation = readGeneration(object.value(u"generation"_s));
    state.deviceAuthenticated = object.value(u"device_authenticated"_s).toBool();
    state.clientSecretChecked = object.value(u"client_secret_checked"_s).toBool();
    if (object.value(u"valid_on_server"_s).isBool())
        state.validOnServer = object.value(u"valid_on_server"_s).toBool();
    state.checkedOnServerAt = readTime(object.value(u"checked_on_server_at"_s));
    return state;
}

void ProfileState::forgetSession()
{
    expiresAt = QDateTime();
    expirySource.clear();
    subject.clear();
    name.clear();
    generation.reset();
    deviceAuthenticated = false;
    clientSecretChecked = false;
    validOnServer.reset();
    checkedOnServerAt = QDateTime();
}

StateStore::StateStore(QString folder, QString legacyFile)
    : m_folder(std::move(folder))
    , m_legacyFile(std::move(legacyFile))
{ }

QString StateStore::fileFor(const QUuid &uuid) const
{
    return m_folder + u'/' + uuid.toString(QUuid::WithoutBraces) + u".json"_s;
}

void StateStore::migrateOnce() const
{
    if (m_migrationChecked)
        return;
    m_migrationChecked = true;
    auto present = [this] {
        const QFileInfo legacy(m_legacyFile);
        return !m_legacyFile.isEmpty() && !legacy.isSymLink() && legacy.isFile();
    };
    if (!present())
        return;
    const auto lock = lockForWriting(m_folder, what());
    // Another process may have spread it while this one waited for the lock.
    if (!lock.ok() || !present() || !ensurePrivateFolder(m_folder, what()).ok())
        return;
    QFile file;
    const Result<bool> opened = openUnfollowed(file, m_legacyFile, what());
    const QJsonObject profiles = opened.ok() && opened.value()
        ? readObject(file, MaxLegacyFileBytes).value(u"profiles"_s).toObject()
        : QJsonObject();
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it) {
        const QUuid uuid = QUuid::fromString(it.key());
        // A file already there was written by this version, after the old file: it is newer.
        if (uuid.isNull() || !it.value().isObject() || QFileInfo::exists(fileFor(uuid)))
            continue;
        const ProfileState state = ProfileState::fromJson(it.value().toObject());
        // On failure the old file stays, for the next process to try again.
        if (!saveAtomically(fileFor(uuid), stateBytes(state), what(), Durability::Unsynced).ok())
            return;
    }
    QFile::remove(m_legacyFile);
}

ProfileState StateStore::get(const QUuid &uuid) const
{
    migrateOnce();
    const Result<ProfileState> state = readState(fileFor(uuid));
    return state.ok() ? state.value() : ProfileState();
}

QHash<QUuid, ProfileState> StateStore::all() const
{
    migrateOnce();
    QHash<QUuid, ProfileState> states;
    QDirIterator it(m_folder, {u"*.json"_s}, QDir::Files | QDir::NoSymLinks);
    while (it.hasNext()) {
        const QString path = it.next();
        const QUuid uuid = QUuid::fromString(it.fileName().chopped(5));
        if (uuid.isNull())
            continue;
        if (const Result<ProfileState> state = readState(path); state.ok())
            states.insert(uuid, state.value());
    }
    return states;
}

Result<void> StateStore::update(const QUuid &uuid,
                                const std::function<void(ProfileState &)> &change)
{
    migrateOnce();
    const auto lock = lockForWriting(m_folder, what());
    if (!lock.ok())
        return lock.error();
    if (const Result<void> folder = ensurePrivateFolder(m_folder, what()); !folder.ok())
        return folder;
    const QString file = fileFor(uuid);
    Result<ProfileState> state = readState(file);
    if (!state.ok())
        return state.error();
    change(state.value());
    return saveAtomically(file, stateBytes(state.value()), what(), Durability::Unsynced);
}

Result<void> StateStore::remove(const QUuid &uuid)
{
    migrateOnce();
    const auto lock = lockForWriting(m_folder, what());
    if (!lock.ok())
        return lock.error();
    QFile file(fileFor(uuid));
    const QFileInfo info(file.fileName());
    if (!file.remove() && (info.exists() || info.isSymLink())) {
        return makeError(
            ErrorKind::Config,
            QCoreApplication::translate("sdsm", "cannot remove the %1 %2: %3")
                .arg(what(), QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return {};
}

} // namespace sdsm
