// SPDX-License-Identifier: Apache-2.0
#pragma once

class QLabel;

namespace sdsm::gui {

// Lets the mouse select a plain-text label's text from the first press on it. A selectable label
// lays its text out as a rich-text document each time a layout asks its size: for the session
// panel's value labels, eight per cent of the main window's start-up. Until someone presses on
// it, the label measures and draws the same text the cheap way.
void selectableOnPress(QLabel *label);

} // namespace sdsm::gui
