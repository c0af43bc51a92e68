// SPDX-License-Identifier: Apache-2.0
#include "appsettings.h"

#include "storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {
// Integer preferences with their default and the range a hand-edited file is forced back into.
struct IntSetting
{
    QLatin1StringView key;
    int fallback;
    int low;
    int high;
};
constexpr IntSetting clipboardClear {"clipboard/clearSeconds"_L1, 30, 0, 3600};
constexpr IntSetting expiryWarning {"notifications/expiryWarningSeconds"_L1, 120, 0, 86400};
constexpr IntSetting requestTimeout {"network/timeoutSeconds"_L1, 30, 1, 3600};

int readInt(const QSettings &settings, const IntSetting &s)
{
    return std::clamp(settings.value(QString(s.key), s.fallback).toInt(), s.low, s.high);
}

void writeInt(QSettings &settings, const IntSetting &s, int value)
{
    settings.setValue(QString(s.key), std::clamp(value, s.low, s.high));
}

// Before QSettings touches the file: its folder is made like the product's other folders
// (owner-only, whoever comes first), and the file older versions kept beside it, desktop.ini
// (a name Windows reserves for a folder's own settings), is taken over once.
QString prepared(const QString &fileName)
{
    const QFileInfo info(fileName);
    // The preferences are not worth failing over: QSettings then works in memory only.
    [[maybe_unused]] const Result<void> folder = ensurePrivateFolder(
        info.absolutePath(), QCoreApplication::translate("sdsm", "desktop app's settings"));
    const QString legacy = info.dir().filePath(u"desktop.ini"_s);
    if (legacy != info.absoluteFilePath() && !info.exists() && QFileInfo(legacy).isFile()
        && !QFileInfo(legacy).isSymLink())
        QFile::rename(legacy, fileName); // refuses to replace: a racing instance took it first
    return fileName;
}
} // namespace

AppSettings::AppSettings(const QString &fileName)
    : m_settings(prepared(fileName), QSettings::IniFormat)
{ }

int AppSettings::clipboardClearSeconds() const
{
    return readInt(m_settings, clipboardClear);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    writeInt(m_settings, clipboardClear, seconds);
}

int AppSettings::expiryWarningSeconds() const
{
    return readInt(m_settings, expiryWarning);
}

void AppSettings::setExpiryWarningSeconds(int seconds)
{
    writeInt(m_settings, expiryWarning, seconds);
}

int AppSettings::requestTimeoutSeconds() const
{
    return readInt(m_settings, requestTimeout);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    writeInt(m_settings, requestTimeout, seconds);
}

bool AppSettings::noProxy() const
{
    return m_settings.value(u"network/noProxy"_s, false).toBool();
}

void AppSettings::setNoProxy(bool noProxy)
{
    m_settings.setValue(u"network/noProxy"_s, noProxy);
}

bool AppSettings::trayEnabled() const
{
    return m_settings.value(u"tray/enabled"_s, true).toBool();
}

void AppSettings::setTrayEnabled(bool enabled)
{
    m_settings.setValue(u"tray/enabled"_s, enabled);
}

bool AppSettings::closeToTray() const
{
    return m_settings.value(u"tray/closeToTray"_s, true).toBool();
}

void AppSettings::setCloseToTray(bool enabled)
{
    m_settings.setValue(u"tray/closeToTray"_s, enabled);
}

QString AppSettings::language() const
{
    return m_settings.value(u"interface/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(u"interface/language"_s, language);
}

std::optional<bool> AppSettings::keepAlive(const QUuid &profile) const
{
    const QVariant value =
        m_settings.value(u"keepAlive/"_s + profile.toString(QUuid::WithoutBraces));
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void AppSettings::setKeepAlive(const QUuid &profile, bool enabled)
{
    m_settings.setValue(u"keepAlive/"_s + profile.toString(QUuid::WithoutBraces), enabled);
}

QUuid AppSettings::lastProfile() const
{
    return QUuid(m_settings.value(u"window/lastProfile"_s).toString());
}

void AppSettings::setLastProfile(const QUuid &profile)
{
    // Restoring the selection at start-up sets the same profile again: rewriting the file for it
    // (QSettings writes on any set) was the only file the app wrote before its first paint.
    if (profile == lastProfile())
        return;
    m_settings.setValue(u"window/lastProfile"_s, profile.toString(QUuid::WithoutBraces));
}

QString AppSettings::sortKey() const
{
    return m_settings.value(u"window/sortKey"_s, u"name"_s).toString();
}

void AppSettings::setSortKey(const QString &key)
{
    m_settings.setValue(u"window/sortKey"_s, key);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(u"window/state"_s, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(u"window/splitter"_s).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(u"window/splitter"_s, state);
}

} // namespace sdsm::gui
