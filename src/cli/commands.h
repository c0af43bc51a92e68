// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "arguments.h"

namespace sdsm::cli {

class Console;
class Context;

// Runs one parsed command to completion on `console` and returns the process exit code.
int run(const Arguments &arguments, Console &console);

// The handler of a command of the table ("profile add", "login", ...), or null.
using Handler = int (*)(Context &);
Handler handlerFor(const QString &command);

// One handler per command, grouped by family in profilecommands.cpp, secretcommands.cpp,
// sessioncommands.cpp and decodecommand.cpp.
int profileAdd(Context &ctx);
int profileEdit(Context &ctx);
int profileList(Context &ctx);
int profileShow(Context &ctx);
int profileRemove(Context &ctx);
int profileExport(Context &ctx);
int profileImport(Context &ctx);
int secretSet(Context &ctx);
int secretClear(Context &ctx);
int decode(Context &ctx);
int session(Context &ctx); // login, token, header, curl
int sessionCheck(Context &ctx); // session
int logout(Context &ctx);
int check(Context &ctx); // checkcommand.cpp
int discover(Context &ctx);
int profileTrust(Context &ctx);

} // namespace sdsm::cli
