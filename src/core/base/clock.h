// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

namespace sdsm {

// Every expiry and cache decision asks a Clock, so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    static const Clock &system();
};

// A clock that only moves when told to; used by tests and by the desktop app's previews.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC())
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace sdsm
