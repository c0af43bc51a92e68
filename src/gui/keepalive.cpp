// SPDX-License-Identifier: Apache-2.0
#include "keepalive.h"

#include "clock.h"
#include "sessionpanel.h"

namespace sdsm::gui {

KeepAlive::KeepAlive(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void KeepAlive::track(const QUuid &profile, const Session &session)
{
    const QDateTime start = SessionPanel::lifetimeStart(session);
    if (session.refreshToken.isEmpty() || !session.expiry.at.isValid() || !start.isValid()
        || start >= session.expiry.at) {
        m_sessions.remove(profile);
        return;
    }
    Watched watched;
    watched.expiresAt = session.expiry.at;
    watched.due = start.addMSecs(start.msecsTo(session.expiry.at) / 2);
    m_sessions.insert(profile, watched);
}

void KeepAlive::forget(const QUuid &profile)
{
    m_sessions.remove(profile);
}

void KeepAlive::setEnabled(const QUuid &profile, bool enabled)
{
    m_enabled.insert(profile, enabled);
}

QDateTime KeepAlive::dueAt(const QUuid &profile) const
{
    const auto found = m_sessions.constFind(profile);
    return found == m_sessions.cend() ? QDateTime() : found->due;
}

void KeepAlive::check()
{
    const QDateTime now = m_clock.now();
    QList<QUuid> due;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        // SanteDB refuses a refresh after expiry: an expired session is not renewed, only
        // replaced when someone asks.
        if (it->signalled || now < it->due || now >= it->expiresAt || !isEnabled(it.key()))
            continue;
        it->signalled = true;
        due.append(it.key());
    }
    for (const QUuid &profile : std::as_const(due))
        Q_EMIT renewalDue(profile);
}

} // namespace sdsm::gui
