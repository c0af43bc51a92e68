// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <thread>

namespace sdsm::gui {

// fontconfig reads its configuration (dozens of XML files) and font caches the first time Qt
// measures text: a sixth of the main window's start-up, all of it on the GUI thread. Made just
// before the QApplication, this reads them on another core while Qt connects to the display.
// wait() as soon as the QApplication is made: Qt then finds them read instead of reading them a
// second time, and no early return destroys the application (whose font database frees
// fontconfig's configuration) while the reading runs. Nothing happens where Qt does not use
// fontconfig (Windows, macOS).
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    void wait();

private:
    std::jthread m_reading;
};

} // namespace sdsm::gui
