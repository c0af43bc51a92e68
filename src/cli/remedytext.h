// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <QString>

namespace sdsm::cli {

// How the CLI words a core Remedy: the command or option that does it, for the profile the
// command was about (empty when there is none). `editingProfile`: the command being run is
// `profile add` or `profile edit`, where a field is fixed with an option of that same command.
QString remedyText(const Remedy &remedy, const QString &profile, bool editingProfile);

// "<message> — <remedy>": the whole sentence about an error.
QString errorSentence(const Error &error, const QString &profile, bool editingProfile);
// "error: <message> — <remedy>" as printed on stderr (without the newline).
QString errorLine(const Error &error, const QString &profile, bool editingProfile);

} // namespace sdsm::cli
