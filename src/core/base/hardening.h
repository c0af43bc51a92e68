// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sdsm {

// Keeps the secrets and tokens this process holds out of core dumps and away from debuggers
// attached by other programs of the same user (as KeePassXC does). Best effort: each platform
// offers what it offers; returns whether every step it tried succeeded.
bool hardenProcess();

} // namespace sdsm
