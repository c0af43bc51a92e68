// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <thread>

namespace sdsm::gui {

// fontconfig reads its configuration (dozens of XML files) and font caches the first time Qt
// measures text: a sixth of the main window's start-up, all of it on the GUI thread. Made at
// the start of main(), this reads them on another core while Qt connects to the display; wait()
// before the first window, so Qt finds them read instead of reading them a second time.
// Nothing happens where Qt does not use fontconfig (Windows, macOS).
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    void wait();

private:
    std::jthread m_reading;
};

} // namespace sdsm::gui
