// SPDX-License-Identifier: Apache-2.0
#include "appsettings.h"
#include "paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::gui;

namespace {

constexpr QFileDevice::Permissions OwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Only the Unix permission bits, without the ReadUser/... aliases Qt adds for the current user.
QFileDevice::Permissions unixBits(const QString &path)
{
    return QFileInfo(path).permissions() & 0x7077;
}

} // namespace

// Where the desktop app keeps its preferences: beside the profile file, in a folder made
// owner-only whoever comes first, under a name Windows does not reserve.
class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshTreeIsOwnerOnly();
    void takesOverDesktopIniOnce();
    void keepsItsOwnFileOverAnOldOne();
    void theSameLastProfileWritesNothing();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::freshTreeIsOwnerOnly()
{
    // The app starts before the CLI ever ran: it makes the config folder.
    AppPaths paths;
    paths.profilesFile = m_dir.filePath(u"fresh/config/santedb-session-manager/profiles.json"_s);
    QCOMPARE(QFileInfo(paths.settingsFile()).fileName(), u"santedb-session-manager.conf"_s);
    {
        AppSettings settings(paths.settingsFile());
        settings.setClipboardClearSeconds(45);
        settings.sync();
    }
    QVERIFY(QFileInfo::exists(paths.settingsFile()));
    for (const QString &folder :
         {u"fresh"_s, u"fresh/config"_s, u"fresh/config/santedb-session-manager"_s})
        QCOMPARE(unixBits(m_dir.filePath(folder)), OwnerOnlyDir);
    QCOMPARE(AppSettings(paths.settingsFile()).clipboardClearSeconds(), 45);
}

void TestAppSettings::takesOverDesktopIniOnce()
{
    const QString folder = m_dir.filePath(u"old"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString legacy = folder + u"/desktop.ini"_s;
    {
        QSettings old(legacy, QSettings::IniFormat);
        old.setValue(u"clipboard/clearSeconds"_s, 12);
        old.setValue(u"tray/enabled"_s, false);
    }
    AppPaths paths;
    paths.profilesFile = folder + u"/profiles.json"_s;
    {
        const AppSettings settings(paths.settingsFile());
        QCOMPARE(settings.clipboardClearSeconds(), 12);
        QCOMPARE(settings.trayEnabled(), false);
    }
    QVERIFY(!QFileInfo::exists(legacy));
    QVERIFY(QFileInfo::exists(paths.settingsFile()));
    QCOMPARE(AppSettings(paths.settingsFile()).clipboardClearSeconds(), 12);
}

void TestAppSettings::keepsItsOwnFileOverAnOldOne()
{
    // An older version ran again after the move: its file is left alone, and not read.
    const QString folder = m_dir.filePath(u"both"_s);
    QVERIFY(QDir().mkpath(folder));
    AppPaths paths;
    paths.profilesFile = folder + u"/profiles.json"_s;
    {
        AppSettings current(paths.settingsFile());
        current.setClipboardClearSeconds(20);
    }
    {
        QSettings old(folder + u"/desktop.ini"_s, QSettings::IniFormat);
        old.setValue(u"clipboard/clearSeconds"_s, 99);
    }
    QCOMPARE(AppSettings(paths.settingsFile()).clipboardClearSeconds(), 20);
    QVERIFY(QFileInfo::exists(folder + u"/desktop.ini"_s));
}

void TestAppSettings::theSameLastProfileWritesNothing()
{
    // Start-up selects the last used profile again; that alone must not rewrite the file.
    const QString file = m_dir.filePath(u"last/santedb-session-manager.conf"_s);
    const QUuid profile = QUuid::createUuid();
    {
        AppSettings settings(file);
        settings.setLastProfile(profile);
    }
    QVERIFY(QFileInfo::exists(file));
    {
        AppSettings settings(file);
        QCOMPARE(settings.lastProfile(), profile);
        QVERIFY(QFile::remove(file)); // a write would bring it back
        settings.setLastProfile(profile);
    }
    QVERIFY(!QFileInfo::exists(file));
    {
        AppSettings settings(file);
        settings.setLastProfile(QUuid::createUuid());
    }
    QVERIFY(QFileInfo::exists(file));
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
