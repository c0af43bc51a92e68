// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace sdsm::cli {

// "label:" padded to a column, then the value: the layout of `profile show` and `login`.
QString labelledLine(const QString &label, const QString &value);

} // namespace sdsm::cli
