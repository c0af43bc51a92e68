// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

class QWidget;

namespace sdsm::gui {

// Runs WORK on the event loop once WINDOW has been painted for the first time, so start-up work
// the first window does not need (the tray icon) does not hold it back. A window that is not
// painted by then (started minimised, on another workspace) gets WORK after FALLBACK_MS anyway.
// Nothing runs once WINDOW is gone.
void afterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs = 2000);

} // namespace sdsm::gui
