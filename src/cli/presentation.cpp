// SPDX-License-Identifier: Apache-2.0
#include "presentation.h"

#include "textrules.h"

using namespace Qt::StringLiterals;

namespace sdsm::cli {

// Values can come from the server (claims, token type): one line each, whatever they hold.
QString labelledLine(const QString &label, const QString &value)
{
    return QString(label + u':').leftJustified(18) + oneLineText(value) + u'\n';
}

} // namespace sdsm::cli
