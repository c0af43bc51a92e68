// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tray.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace sdsm {
class Clock;
}

namespace sdsm::gui {

// Warns once per session before it expires.
class ExpiryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ExpiryWatcher(const sdsm::Clock &clock, QObject *parent = nullptr);

    void setWarningSeconds(int seconds); // default 120; 0 never warns
    // Replaces the watched set; a new expiresAt for a profile re-arms its warning.
    void setSessions(const QList<TrayEntry> &sessions);
    // Compares the clock with each expiry; an internal 1 s timer also calls it.
    void check();

Q_SIGNALS:
    void expiringSoon(const QUuid &profile, const QString &name, qint64 secondsLeft);
    void expired(const QUuid &profile, const QString &name);

private:
    struct Watched
    {
        TrayEntry entry;
        bool warned = false;
        bool expired = false;
    };

    const sdsm::Clock &m_clock;
    QTimer m_timer;
    int m_warningSeconds = 120;
    QList<Watched> m_sessions;
};

} // namespace sdsm::gui
