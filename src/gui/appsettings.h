// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUuid>

#include <optional>

namespace sdsm::gui {

// The desktop app's own preferences (never a secret), in an INI file beside profiles.json so the
// demo and the tests, which use their own profile folder, get their own preferences too
// (AppPaths::settingsFile). An older version's desktop.ini in that folder is taken over once.
class AppSettings
{
public:
    explicit AppSettings(const QString &fileName);

    int clipboardClearSeconds() const; // default 30; 0 never clears
    void setClipboardClearSeconds(int seconds);
    int expiryWarningSeconds() const; // default 120
    void setExpiryWarningSeconds(int seconds);
    int requestTimeoutSeconds() const; // default 30
    void setRequestTimeoutSeconds(int seconds);
    bool noProxy() const; // default false: the system or environment proxy for remote hosts
    void setNoProxy(bool noProxy);
    bool trayEnabled() const; // default true
    void setTrayEnabled(bool enabled);
    bool closeToTray() const; // default true: closing the window keeps the app in the tray
    void setCloseToTray(bool enabled);
    QString language() const; // "" follows the system; otherwise a locale name such as "de"
    void setLanguage(const QString &language);

    // "Keep this session alive" for one profile; nullopt when never chosen (the app then
    // decides: on for user sessions).
    std::optional<bool> keepAlive(const QUuid &profile) const;
    void setKeepAlive(const QUuid &profile, bool enabled);
    QUuid lastProfile() const; // the profile selected when the app last closed
    void setLastProfile(const QUuid &profile);
    QString sortKey() const; // "name" (default), "server", "time_left", "last_used"
    void setSortKey(const QString &key);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings;
};

} // namespace sdsm::gui
