#include "statestore.h"

#include "storefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

const QString What = u"state file"_s;
constexpr int SchemaVersion = 1;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

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

// Anything unreadable reads as empty: the file only caches what can be found out again.
QHash<QUuid, ProfileState> readStates(const QString &filePath)
{
    QHash<QUuid, ProfileState> states;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return states;
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return states;
    const QJsonObject profiles =
        QJsonDocument::fromJson(bytes).object().value(u"profiles"_s).toObject();
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it) {
        const QUuid uuid = QUuid::fromString(it.key());
        if (!uuid.isNull() && it.value().isObject())
            states.insert(uuid, ProfileState::fromJson(it.value().toObject()));
    }
    return states;
}

Result<void> writeStates(const QString &filePath, const QHash<QUuid, ProfileState> &states)
{
    QJsonObject profiles;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it)
        profiles.insert(it.key().toString(QUuid::WithoutBraces), it.value().toJson());
    const QJsonObject root {
        {u"schema"_s, SchemaVersion},
        {u"profiles"_s, profiles},
    };
    return saveAtomically(filePath, QJsonDocument(root).toJson(QJsonDocument::Indented), What);
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

StateStore::StateStore(QString filePath)
    : m_filePath(std::move(filePath))
{ }

ProfileState StateStore::get(const QUuid &uuid) const
{
    return all().value(uuid);
}

QHash<QUuid, ProfileState> StateStore::all() const
{
    return readStates(m_filePath);
}

Result<void> StateStore::update(const QUuid &uuid,
                                const std::function<void(ProfileState &)> &change)
{
    const Result<std::unique_ptr<QLockFile>> lock = lockForWriting(m_filePath, What);
    if (!lock.ok())
        return lock.error();
    QHash<QUuid, ProfileState> states = readStates(m_filePath);
    ProfileState &state = states[uuid];
    change(state);
    return writeStates(m_filePath, states);
}

Result<void> StateStore::remove(const QUuid &uuid)
{
    const Result<std::unique_ptr<QLockFile>> lock = lockForWriting(m_filePath, What);
    if (!lock.ok())
        return lock.error();
    QHash<QUuid, ProfileState> states = readStates(m_filePath);
    if (!states.remove(uuid))
        return {};
    return writeStates(m_filePath, states);
}

} // namespace sdsm
