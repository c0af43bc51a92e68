// SPDX-License-Identifier: Apache-2.0
#include "profilestore.h"

#include "profilelistreader.h"
#include "storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// The file as sentences name it, in the language shown.
QString what()
{
    return QCoreApplication::translate("sdsm", "profile file");
}
// Far beyond any real list of profiles; a bigger file is not ours and is not read into memory.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
// Far beyond any real profile; a bigger entry is left to the full reading.
constexpr qsizetype MaxQuickEntryBytes = 1024 * 1024;

struct Parsed
{
    ProfileStore::Snapshot snapshot;
    int schema = ProfileStore::SchemaVersion;
};

Error fileError(const QString &filePath, const QString &problem)
{
    return makeError(ErrorKind::Config,
                     QCoreApplication::translate("sdsm",
                                                 "cannot use the profile file %1: %2; the file was "
                                                 "left as it is: fix it or move it aside")
                         .arg(QDir::toNativeSeparators(filePath), problem));
}

QString cannotRead(const QFile &file)
{
    return QCoreApplication::translate("sdsm", "it cannot be read (%1)").arg(file.errorString());
}

Result<int> readSchema(const QString &filePath, const QJsonValue &value)
{
    const double schema = value.toDouble(-1);
    if (!value.isDouble() || schema < 1 || schema > 1'000'000 || schema != static_cast<int>(schema))
        return fileError(
            filePath,
            QCoreApplication::translate("sdsm", "\"schema\" must be a whole number of at least 1"));
    return static_cast<int>(schema);
}

// Empty when this version may write the file.
QString newerSchemaWarning(const QString &filePath, int schema)
{
    if (schema <= ProfileStore::SchemaVersion)
        return {};
    return QCoreApplication::translate(
               "sdsm", "%1 was written by a newer version (schema %2); profiles are read-only")
        .arg(QDir::toNativeSeparators(filePath), QString::number(schema));
}

// Reads the file one entry at a time, building each profile straight from its text: thousands of
// profiles load in a fraction of what a QJsonDocument of the whole file costs. Nothing when
// anything is wrong, so the full reading reports it in its exact words.
std::optional<Parsed> readProfilesQuickly(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= 0 || file.size() > MaxFileBytes)
        return std::nullopt;
    ProfileListReader reader(file, MaxQuickEntryBytes, ProfileListReader::Read::Members);
    ProfileListReader::Entry entry;
    Parsed parsed;
    QSet<QString> names;
    QSet<QUuid> uuids;
    while (reader.next(entry)) {
        Result<Profile> profile = Profile::fromJsonObject(JsonObjectText(entry.members));
        if (!profile.ok() || names.contains(profile.value().name)
            || uuids.contains(profile.value().uuid))
            return std::nullopt;
        names.insert(profile.value().name);
        uuids.insert(profile.value().uuid);
        parsed.snapshot.profiles.append(std::move(profile).value());
    }
    if (!reader.atEnd())
        return std::nullopt;
    const Result<int> schema = readSchema(filePath, reader.schema());
    if (!schema.ok())
        return std::nullopt;
    parsed.schema = schema.value();
    parsed.snapshot.warning = newerSchemaWarning(filePath, parsed.schema);
    parsed.snapshot.readOnly = !parsed.snapshot.warning.isEmpty();
    return parsed;
}

Result<Parsed> readProfiles(const QString &filePath)
{
    if (std::optional<Parsed> quick = readProfilesQuickly(filePath))
        return std::move(*quick);
    Parsed parsed;
    const QFileInfo info(filePath);
    if (!info.exists() && !info.isSymLink())
        return parsed;
    if (info.isDir())
        return fileError(filePath,
                         QCoreApplication::translate("sdsm", "it is a folder, not a file"));

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(filePath, cannotRead(file));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fileError(filePath, cannotRead(file));
    if (bytes.size() > MaxFileBytes)
        return fileError(filePath, QCoreApplication::translate("sdsm", "it is larger than 16 MiB"));
    if (bytes.trimmed().isEmpty())
        return fileError(filePath, QCoreApplication::translate("sdsm", "it is empty"));

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        return fileError(filePath,
                         QCoreApplication::translate("sdsm", "it is not valid JSON (%1 at byte %2)")
                             .arg(jsonError.errorString())
                             .arg(jsonError.offset));
    }
    if (!document.isObject())
        return fileError(filePath,
                         QCoreApplication::translate("sdsm", "it does not hold a JSON object"));
    const QJsonObject root = document.object();

    const Result<int> schema = readSchema(filePath, root.value(u"schema"_s));
    if (!schema.ok())
        return schema.error();
    parsed.schema = schema.value();
    parsed.snapshot.warning = newerSchemaWarning(filePath, parsed.schema);
    parsed.snapshot.readOnly = !parsed.snapshot.warning.isEmpty();

    const QJsonValue list = root.value(u"profiles"_s);
    if (!list.isArray())
        return fileError(filePath,
                         QCoreApplication::translate("sdsm", "\"profiles\" must be a list"));
    QSet<QString> names;
    QSet<QUuid> uuids;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return fileError(
                filePath,
                QCoreApplication::translate("sdsm", "profile entry %1 is not a JSON object")
                    .arg(i + 1));
        Result<Profile> profile = Profile::fromJson(entries.at(i).toObject());
        if (!profile.ok())
            return fileError(filePath, profile.error().message);
        if (names.contains(profile.value().name)) {
            return fileError(filePath,
                             QCoreApplication::translate("sdsm", "two profiles are named %1")
                                 .arg(quotedName(profile.value().name)));
        }
        if (uuids.contains(profile.value().uuid)) {
            return fileError(filePath,
                             QCoreApplication::translate("sdsm", "two profiles share the uuid %1")
                                 .arg(profile.value().uuid.toString(QUuid::WithoutBraces)));
        }
        names.insert(profile.value().name);
        uuids.insert(profile.value().uuid);
        parsed.snapshot.profiles.append(std::move(profile).value());
    }
    return parsed;
}

Result<void> checkAll(const QList<Profile> &profiles)
{
    QSet<QString> names;
    QSet<QUuid> uuids;
    for (const Profile &profile : profiles) {
        if (const Result<void> valid = validateProfile(profile); !valid.ok())
            return valid;
        if (names.contains(profile.name)) {
            return makeError(ErrorKind::Config,
                             QCoreApplication::translate(
                                 "sdsm", "a profile named %1 already exists; choose another name")
                                 .arg(quotedName(profile.name)));
        }
        if (uuids.contains(profile.uuid)) {
            return makeError(ErrorKind::Internal,
                             QCoreApplication::translate(
                                 "sdsm", "two profiles would share the uuid %1; nothing was saved")
                                 .arg(profile.uuid.toString(QUuid::WithoutBraces)));
        }
        names.insert(profile.name);
        uuids.insert(profile.uuid);
    }
    return {};
}

// Finds one profile while parsing only its entry: the file is scanned (strictly, so a damaged
// file is not mistaken for a good one), names compared as they go by, and only the match is
// built. Nothing when in doubt — no match, two matches, a shared uuid, an entry without a name
// or uuid, a problem anywhere — so the full reading decides, with its exact errors.
std::optional<Profile> findQuickly(const QString &filePath, const QString &name, QString *warning)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= 0 || file.size() > MaxFileBytes)
        return std::nullopt;
    ProfileListReader reader(file, MaxQuickEntryBytes);
    ProfileListReader::Entry entry;
    QByteArray match;
    int matches = 0;
    QList<QUuid> uuids;
    // Names are compared as written, without making a string of each.
    const QByteArray wanted = name.toUtf8();
    while (reader.next(entry)) {
        // An entry without a name or uuid could hide a second one of the same: a doubt.
        if (entry.name.isEmpty() || entry.uuid.isEmpty())
            return std::nullopt;
        if (entry.name.contains('\\') ? ProfileListReader::text(entry.name) == name
                                      : entry.name == wanted) {
            ++matches;
            match = entry.json.toByteArray();
        }
        uuids.append(ProfileListReader::uuid(entry.uuid));
    }
    if (!reader.atEnd() || matches != 1)
        return std::nullopt;
    const Result<int> schema = readSchema(filePath, reader.schema());
    if (!schema.ok())
        return std::nullopt;
    Result<Profile> profile = Profile::fromJsonText(match);
    if (!profile.ok())
        return std::nullopt;
    if (uuids.count(profile.value().uuid) != 1)
        return std::nullopt;
    if (warning)
        *warning = newerSchemaWarning(filePath, schema.value());
    return std::move(profile).value();
}

} // namespace

ProfileStore::ProfileStore(QString filePath)
    : m_filePath(std::move(filePath))
{ }

Result<ProfileStore::Snapshot> ProfileStore::load() const
{
    Result<Parsed> parsed = readProfiles(m_filePath);
    if (!parsed.ok())
        return parsed.error();
    return std::move(parsed).value().snapshot;
}

Result<Profile> ProfileStore::find(const QString &name, QString *warning) const
{
    if (std::optional<Profile> quick = findQuickly(m_filePath, name, warning))
        return std::move(*quick);
    const Result<Snapshot> snapshot = load();
    if (!snapshot.ok())
        return snapshot.error();
    if (warning)
        *warning = snapshot.value().warning;
    for (const Profile &profile : snapshot.value().profiles) {
        if (profile.name == name)
            return profile;
    }
    return noSuchProfile(name);
}

Error noSuchProfile(const QString &name)
{
    return makeError(
               ErrorKind::Config,
               QCoreApplication::translate("sdsm", "no profile named %1").arg(quotedName(name)))
        .with({RemedyAction::ListProfiles, {}});
}

Result<void> ProfileStore::update(const Change &change)
{
    const auto lock = lockForWriting(m_filePath, what());
    if (!lock.ok())
        return lock.error();

    Result<Parsed> parsed = readProfiles(m_filePath);
    if (!parsed.ok())
        return parsed.error();
    if (parsed.value().snapshot.readOnly) {
        return makeError(
            ErrorKind::Config,
            QCoreApplication::translate("sdsm",
                                        "%1 was written by a newer version (schema %2), so this "
                                        "version cannot change it; use the newer version")
                .arg(QDir::toNativeSeparators(m_filePath), QString::number(parsed.value().schema)));
    }

    QList<Profile> profiles = std::move(parsed).value().snapshot.profiles;
    if (const Result<void> changed = change(profiles); !changed.ok())
        return changed;
    if (const Result<void> valid = checkAll(profiles); !valid.ok())
        return valid;

    QJsonArray entries;
    for (const Profile &profile : profiles)
        entries.append(profile.toJson());
    const QJsonObject root {
        {u"schema"_s, SchemaVersion},
        {u"profiles"_s, entries},
    };
    return saveAtomically(m_filePath, QJsonDocument(root).toJson(QJsonDocument::Indented), what());
}

} // namespace sdsm
