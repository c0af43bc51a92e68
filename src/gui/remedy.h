// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <QString>

namespace sdsm::gui {

// The desktop app's wording of the core's remedies: the text of a button that does what the
// remedy says (never a command line). Empty when the app has no button for it.
QString remedyButtonText(const sdsm::Remedy &remedy);
// True when the remedy is itself another attempt (a password, a code, a new session), so a
// separate Retry button would say the same.
bool remedyRetries(const sdsm::Remedy &remedy);
// A profile field as the core names it ("client_id") in a person's words ("client ID").
QString profileFieldLabel(const QString &field);

} // namespace sdsm::gui
