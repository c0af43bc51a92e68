// SPDX-License-Identifier: Apache-2.0
#include "expirywatcher.h"

#include "clock.h"

namespace sdsm::gui {

ExpiryWatcher::ExpiryWatcher(const sdsm::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryWatcher::check);
}

void ExpiryWatcher::setWarningSeconds(int seconds)
{
    m_warningSeconds = std::max(seconds, 0);
}

void ExpiryWatcher::setSessions(const QList<TrayEntry> &sessions)
{
    QList<Watched> next;
    next.reserve(sessions.size());
    for (const TrayEntry &entry : sessions) {
        Watched watched {entry};
        for (const Watched &old : std::as_const(m_sessions)) {
            if (old.entry.profile == entry.profile && old.entry.expiresAt == entry.expiresAt) {
                watched.warned = old.warned;
                watched.expired = old.expired;
                break;
            }
        }
        next.append(watched);
    }
    m_sessions = next;
    if (m_sessions.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void ExpiryWatcher::check()
{
    struct Event
    {
        QUuid profile;
        QString name;
        qint64 secondsLeft;
    };
    // Signals go out after the bookkeeping, so a receiver may call setSessions() safely.
    QList<Event> soon;
    QList<Event> gone;
    const QDateTime now = m_clock.now();
    for (Watched &watched : m_sessions) {
        if (!watched.entry.expiresAt.isValid() || watched.expired)
            continue;
        const qint64 left = now.secsTo(watched.entry.expiresAt);
        if (left <= 0) {
            watched.expired = true;
            watched.warned = true;
            gone.append({watched.entry.profile, watched.entry.name, 0});
        } else if (!watched.warned && left <= m_warningSeconds) {
            watched.warned = true;
            soon.append({watched.entry.profile, watched.entry.name, left});
        }
    }
    for (const Event &event : std::as_const(soon))
        Q_EMIT expiringSoon(event.profile, event.name, event.secondsLeft);
    for (const Event &event : std::as_const(gone))
        Q_EMIT expired(event.profile, event.name);
}

} // namespace sdsm::gui
