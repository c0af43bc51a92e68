// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QAction;
class QLineEdit;

namespace sdsm::gui {

// A button at the end of EDIT that empties it, shown while it holds text: what
// QLineEdit::setClearButtonEnabled() offers, with the app's own icon. Qt's looks its icon up in
// the desktop's icon themes, a search through every theme folder that cost a sixth of the app's
// start-up (bench/app.sh). ACCESSIBLE_NAME names the button for screen readers and its tooltip.
QAction *addClearAction(QLineEdit *edit, const QString &accessibleName);

} // namespace sdsm::gui
