#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdsm::cli {

struct OptionSpec
{
    QString name; // without the leading "--"
    bool takesValue = false;
    bool repeatable = false; // may be given several times (values() has them all)
};

struct CommandSpec
{
    QStringList words; // e.g. {"profile", "add"}
    QString synopsis; // the usage line after "santedb-session "
    QString help; // what it does, the options, examples
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0; // -1: unlimited
};

struct Arguments
{
    const CommandSpec *command = nullptr; // null with --help/--version alone
    QStringList group; // "profile" or "secret" when only the group word was given
    QStringList positional;
    QHash<QString, QString> options; // flags map to an empty string; the last value given
    QHash<QString, QStringList> repeated; // every value of a repeatable option, in order
    bool help = false;
    bool version = false;

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option) const { return options.value(option); }
    QStringList values(const QString &option) const { return repeated.value(option); }
};

const QList<CommandSpec> &commands();
// Global options are accepted before and after the command; command options after it.
Result<Arguments> parseArguments(const QStringList &args);
QString generalHelp();
QString commandHelp(const CommandSpec &command);
QString groupHelp(const QString &group);

} // namespace sdsm::cli
