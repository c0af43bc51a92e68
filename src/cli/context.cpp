// SPDX-License-Identifier: Apache-2.0
#include "context.h"

#include "clock.h"
#include "remedytext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

Context::Context(const Arguments &arguments, Console &console)
    : m_args(arguments)
    , m_console(console)
    , m_json(arguments.has(u"json"_s))
{ }

Context::~Context() = default;

QString Context::commandName() const
{
    return m_args.command ? m_args.command->words.join(u' ') : QString();
}

Result<void> Context::readGlobalOptions()
{
    if (m_args.has(u"timeout"_s)) {
        bool ok = false;
        m_timeout = m_args.value(u"timeout"_s).toInt(&ok);
        if (!ok || m_timeout < 1 || m_timeout > 3600)
            return makeError(ErrorKind::Usage,
                             QCoreApplication::translate(
                                 "santedb-session",
                                 "--timeout must be a whole number of seconds from 1 to 3600"));
    }
    if (m_args.has(u"min-valid"_s)) {
        bool ok = false;
        m_minValid = m_args.value(u"min-valid"_s).toInt(&ok);
        if (!ok || m_minValid < 0)
            return makeError(
                ErrorKind::Usage,
                QCoreApplication::translate(
                    "santedb-session", "--min-valid must be a whole number of seconds, 0 or more"));
    }
    if (m_args.has(u"config"_s) && m_args.value(u"config"_s).isEmpty())
        return makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("santedb-session", "--config needs a file name"));
    return {};
}

SessionOptions Context::sessionOptions() const
{
    SessionOptions options;
    options.fresh = m_args.has(u"fresh"_s);
    options.minValidSeconds = m_minValid;
    options.timeoutSeconds = m_timeout;
    options.noProxy = m_args.has(u"no-proxy"_s);
    options.checkOnServer = m_args.has(u"check"_s);
    options.facility = m_args.value(u"facility"_s).trimmed();
    return options;
}

Workspace &Context::workspace()
{
    if (!m_workspace) {
        const AppPaths paths = m_args.has(u"config"_s)
            ? AppPaths::withProfilesFile(m_args.value(u"config"_s))
            : AppPaths::standard();
        m_workspace = std::make_unique<Workspace>(paths, Clock::system());
        QObject::connect(&m_workspace->sessions(), &SessionService::warning, m_workspace.get(),
                         [this](const QString &text) { err(text + u'\n'); });
    }
    return *m_workspace;
}

int Context::fail(const Error &error)
{
    const QString name = commandName();
    const bool editing = name == u"profile add"_s || name == u"profile edit"_s;
    const bool aboutProfile = m_args.command && m_args.command->minPositional > 0
        && name != u"decode"_s && name != u"profile import"_s;
    err(errorLine(error, aboutProfile ? m_args.positional.value(0) : QString(), editing) + u'\n');
    // What the server offered to choose from, one `id name` a line, ready to pick with --facility.
    for (const Choice &c : error.choices)
        err(u"  "_s + c.id + u"  "_s + c.label + u'\n');
    if (m_json)
        out(jsonText(error.toJson()));
    return error.exitCode();
}

Result<Profile> Context::findProfile(const QString &name)
{
    QString warning;
    Result<Profile> found = workspace().profiles().find(name, &warning);
    if (!warning.isEmpty())
        err(QCoreApplication::translate("santedb-session", "warning: %1\n").arg(warning));
    return found;
}

Result<QList<Profile>> Context::selectProfiles(const QStringList &names, const QStringList &tags)
{
    const auto snapshot = workspace().profiles().load();
    if (!snapshot.ok())
        return snapshot.error();
    if (!snapshot.value().warning.isEmpty())
        err(QCoreApplication::translate("santedb-session", "warning: %1\n")
                .arg(snapshot.value().warning));
    const QList<Profile> &all = snapshot.value().profiles;
    if (names.isEmpty()) {
        if (tags.isEmpty())
            return all;
        QList<Profile> tagged;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(tagged),
                     [&](const Profile &p) { return p.hasAnyTag(tags); });
        return tagged;
    }
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < all.size(); ++i)
        byName.insert(all.at(i).name, i);
    QList<Profile> named;
    QSet<QString> seen;
    for (const QString &name : names) {
        const auto it = byName.constFind(name);
        if (it == byName.cend())
            return noSuchProfile(name);
        if (!seen.contains(name)) {
            seen.insert(name);
            named.append(all.at(*it));
        }
    }
    return named;
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    return QString::fromUtf8(bytes);
}

Result<QString> readableFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Config,
            QCoreApplication::translate(
                "santedb-session", "the %1 %2 cannot be read — check the path and its permissions")
                .arg(what, path));
    return info.absoluteFilePath();
}

} // namespace sdsm::cli
