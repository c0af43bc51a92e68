#pragma once

#include "error.h"

#include <optional>

namespace sdsm {

// QtKeychain 0.13 cannot tell "no entry" from "keyring locked" (both read as EntryNotFound) and
// reports success when deleting from a locked keyring. So before calling a secret missing, and
// before any delete, the product asks the freedesktop Secret Service itself over D-Bus.
//
// Returns the Keychain error to show, or nullopt when the keychain is usable (always on
// platforms and desktops where QtKeychain does not go through the Secret Service).
std::optional<Error> probeSecretService();

} // namespace sdsm
