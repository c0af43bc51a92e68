// SPDX-License-Identifier: Apache-2.0
#include "job.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace sdsm {

Error JobBase::cancelledError()
{
    return makeError(ErrorKind::Interrupted,
                     QCoreApplication::translate("sdsm", "the operation was cancelled"));
}

void JobBase::cancel()
{
    if (m_finished)
        return;
    storeInterrupted();
    markFinished();
    if (auto onCancel = std::exchange(m_onCancel, nullptr))
        onCancel();
}

bool JobBase::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace sdsm
