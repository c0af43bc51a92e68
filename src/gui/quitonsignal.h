// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sdsm::gui {

// Ctrl+C or SIGTERM in the terminal that started the app quits it through the event loop like
// File › Quit, so what runs after exec() (the demo removing its keychain entries, the clipboard
// being cleared) still happens. No-op where POSIX signals do not exist.
void quitOnTerminationSignals();

} // namespace sdsm::gui
