// SPDX-License-Identifier: Apache-2.0
#include "httptransport.h"

#include <QCoreApplication>

namespace sdsm {

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

std::optional<qint64> HttpAnswer::clockSkewSeconds() const
{
    if (!serverDate.isValid() || !receivedAt.isValid())
        return std::nullopt;
    return receivedAt.secsTo(serverDate);
}

QString clockSkewWarning(const HttpAnswer &answer)
{
    const std::optional<qint64> skew = answer.clockSkewSeconds();
    if (!skew || std::abs(*skew) <= NotableClockSkewSeconds)
        return {};
    return *skew > 0
        ? QCoreApplication::translate("sdsm",
                                      "the server's clock is %1 s ahead of this computer's; "
                                      "token times may look wrong until one of them is corrected")
              .arg(*skew)
        : QCoreApplication::translate("sdsm",
                                      "the server's clock is %1 s behind this computer's; "
                                      "token times may look wrong until one of them is corrected")
              .arg(-*skew);
}

} // namespace sdsm
