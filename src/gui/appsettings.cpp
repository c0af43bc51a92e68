#include "appsettings.h"

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {
int bounded(int value, int low, int high)
{
    return std::clamp(value, low, high);
}
} // namespace

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{ }

int AppSettings::clipboardClearSeconds() const
{
    return bounded(m_settings.value(u"clipboard/clearSeconds"_s, 30).toInt(), 0, 3600);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(u"clipboard/clearSeconds"_s, bounded(seconds, 0, 3600));
}

int AppSettings::expiryWarningSeconds() const
{
    return bounded(m_settings.value(u"notifications/expiryWarningSeconds"_s, 120).toInt(), 0,
                   86400);
}

void AppSettings::setExpiryWarningSeconds(int seconds)
{
    m_settings.setValue(u"notifications/expiryWarningSeconds"_s, bounded(seconds, 0, 86400));
}

int AppSettings::requestTimeoutSeconds() const
{
    return bounded(m_settings.value(u"network/timeoutSeconds"_s, 30).toInt(), 1, 3600);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(u"network/timeoutSeconds"_s, bounded(seconds, 1, 3600));
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
