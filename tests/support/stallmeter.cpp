// SPDX-License-Identifier: Apache-2.0
#include "stallmeter.h"

#include <QFile>
#include <QTest>

#include <algorithm>

namespace sdsm::test {

namespace {

// Nanoseconds this thread has spent runnable but waiting for a CPU: the second field of
// /proc/thread-self/schedstat (Linux). -1 when unknown.
qint64 runQueueNs()
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 queued = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : -1;
    return ok ? queued : -1;
#else
    return -1;
#endif
}

} // namespace

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

bool StallMeter::seesRunQueue()
{
    return runQueueNs() >= 0;
}

void StallMeter::start()
{
    m_longestNs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastWallNs = 0;
    m_lastQueuedNs = std::max<qint64>(0, runQueueNs());
    m_timer.start();
}

void StallMeter::stop()
{
    tick(); // a stall that is still going counts too
    m_timer.stop();
}

void StallMeter::pause()
{
    tick();
    m_timer.stop();
}

void StallMeter::resume()
{
    m_lastWallNs = m_clock.nsecsElapsed();
    m_lastQueuedNs = std::max<qint64>(0, runQueueNs());
    m_timer.start();
}

void StallMeter::tick()
{
    const qint64 wall = m_clock.nsecsElapsed();
    const qint64 queued = std::max<qint64>(0, runQueueNs());
    const qint64 gap = (wall - m_lastWallNs) - std::max<qint64>(0, queued - m_lastQueuedNs);
    m_longestNs = std::max(m_longestNs, gap);
    m_lastWallNs = wall;
    m_lastQueuedNs = queued;
    ++m_ticks;
}

qint64 stallConfirmedMs(qint64 limitMs, const std::function<void(qint64 &longest)> &run)
{
    qint64 longest = -1;
    run(longest);
    if (longest < limitMs || QTest::currentTestFailed())
        return longest;
    qWarning("the event loop stalled for %lld ms (limit %lld): measuring again",
             static_cast<long long>(longest), static_cast<long long>(limitMs));
    longest = -1;
    run(longest);
    return longest;
}

} // namespace sdsm::test
