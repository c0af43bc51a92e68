// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "arguments.h"

#include <QList>
#include <QString>

// The santedb-session man page and its bash, zsh and fish completions, written from the command
// table (commands(), globalOptions()): a command or option added there appears in all four with
// the next build. sdsm-docgen writes them at build time; tst_docgen checks the built files.
namespace sdsm::cli::docgen {

// How a value or positional argument is completed, read from its valueName.
enum class ValueKind {
    None, // free text (URL, ID, SECONDS…)
    File,
    Profile, // an existing profile's name
    Choice, // one of the words of "a|b|c"
};
ValueKind valueKind(const QString &valueName);
QStringList choices(const QString &valueName); // the words of a Choice, else empty

struct Positional
{
    QString valueName; // e.g. NAME, FILE, client|device|cert-password|password
    bool optional = false; // written in [brackets]
    bool repeated = false; // NAME...
};
// The positional arguments a command's synopsis names, in order.
QList<Positional> positionals(const CommandSpec &command);

struct Document
{
    QString fileName; // as installed: santedb-session.1, santedb-session (bash), …
    QString text;
};

QString manPage(const QString &version, const QString &date);
QString bashCompletion();
QString zshCompletion();
QString fishCompletion();
// All four, with the file names their packages install them under (man page uncompressed).
QList<Document> documents(const QString &version, const QString &date);

} // namespace sdsm::cli::docgen
