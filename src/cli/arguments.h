// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdsm::cli {

// The command table is the one description of the CLI: the parser, --help, the man page and the
// shell completions (src/cli/docgen.h) are all made from it, so they cannot disagree.
struct OptionSpec
{
    QString name; // without the leading "--"
    bool takesValue = false;
    bool repeatable = false; // may be given several times (values() has them all)
    // What the value is, as help shows it. Completion reads it too: a name containing FILE, PEM
    // or a file extension completes file names, NAME completes profile names, and "a|b|c"
    // completes those words.
    QString valueName = {};
    QString summary = {}; // one line for --help, the man page and the completions
};

struct CommandSpec
{
    QStringList words; // e.g. {"profile", "add"}
    // The usage line after "santedb-session ". Its words before the first option name the
    // positional arguments, with the conventions of OptionSpec::valueName ("[NAME...]": any
    // number of profile names).
    QString synopsis;
    QString help; // what it does, in sentences; the options are listed from `options`
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0; // -1: unlimited
    QString example = {}; // shell lines shown after the options
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
const QList<OptionSpec> &globalOptions(); // accepted before and after every command
// "  --server URL    server root, …" lines, aligned, for --help.
QString optionsHelp(const QList<OptionSpec> &options);
// Global options are accepted before and after the command; command options after it.
Result<Arguments> parseArguments(const QStringList &args);
QString generalHelp();
QString commandHelp(const CommandSpec &command);
QString groupHelp(const QString &group);

} // namespace sdsm::cli
