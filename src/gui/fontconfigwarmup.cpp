// SPDX-License-Identifier: Apache-2.0
#include "fontconfigwarmup.h"

#ifdef SDSM_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace sdsm::gui {

FontconfigWarmUp::FontconfigWarmUp()
{
#ifdef SDSM_HAVE_FONTCONFIG
    // FcInit keeps the configuration it loads as the process's own, the one Qt asks for later.
    m_reading = std::jthread([] { FcInit(); });
#endif
}

void FontconfigWarmUp::wait()
{
    if (m_reading.joinable())
        m_reading.join();
}

} // namespace sdsm::gui
