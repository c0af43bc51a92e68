#include "presentation.h"

using namespace Qt::StringLiterals;

namespace sdsm::cli {

QString labelledLine(const QString &label, const QString &value)
{
    return QString(label + u':').leftJustified(18) + value + u'\n';
}

} // namespace sdsm::cli
