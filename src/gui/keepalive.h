// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sessionservice.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUuid>

namespace sdsm {
class Clock;
}

namespace sdsm::gui {

// "Keep this session alive": while the app runs, a session with a refresh token is renewed at
// half of its lifetime, as SanteDB's own client does, so it never runs out while someone works.
// It only decides when; the main window renews. Time comes from a Clock and the window's ticks,
// so tests move it instead of waiting.
class KeepAlive : public QObject
{
    Q_OBJECT
public:
    explicit KeepAlive(const sdsm::Clock &clock, QObject *parent = nullptr);

    // Watches this profile's session (replacing the one watched before); a session without a
    // refresh token or an expiry cannot be renewed and is only forgotten.
    void track(const QUuid &profile, const sdsm::Session &session);
    void forget(const QUuid &profile);
    void setEnabled(const QUuid &profile, bool enabled);
    bool isEnabled(const QUuid &profile) const { return m_enabled.value(profile, false); }
    // When the profile's session is due for renewal; invalid when it is not watched.
    QDateTime dueAt(const QUuid &profile) const;
    // Emits renewalDue once for each watched, enabled session whose time has come.
    void check();

Q_SIGNALS:
    void renewalDue(const QUuid &profile);

private:
    struct Watched
    {
        QDateTime due;
        QDateTime expiresAt;
        bool signalled = false;
    };

    const sdsm::Clock &m_clock;
    QHash<QUuid, Watched> m_sessions;
    QHash<QUuid, bool> m_enabled;
};

} // namespace sdsm::gui
