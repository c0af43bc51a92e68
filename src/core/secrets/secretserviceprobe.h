// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"
#include "job.h"

namespace sdsm {

// QtKeychain 0.13 cannot tell "no entry" from "keyring locked" (both read as EntryNotFound) and
// reports success when deleting from a locked keyring. So before calling a secret missing, and
// before any delete, the product asks the freedesktop Secret Service itself over D-Bus.
//
// Succeeds when the keychain is usable (always on platforms and desktops where QtKeychain does
// not go through the Secret Service), else fails with the Keychain error to show. Every D-Bus
// call is asynchronous: activating gnome-keyring can take seconds and must not freeze a window.
Job<void> *probeSecretService();

} // namespace sdsm
