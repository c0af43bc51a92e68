#pragma once

#include "arguments.h"

namespace sdsm::cli {

// Runs one parsed command to completion and returns the process exit code.
int run(const Arguments &arguments);

} // namespace sdsm::cli
