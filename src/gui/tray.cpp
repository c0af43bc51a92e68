// SPDX-License-Identifier: Apache-2.0
#include "tray.h"

#include "svgicon.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

SystemTrayPresenter::SystemTrayPresenter(QObject *parent)
    : TrayPresenter(parent)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(svgIcon(u":/icons/app.svg"_s), this))
{
    m_icon->setToolTip(tr("SanteDB Session Manager"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
    rebuildMenu({});
}

SystemTrayPresenter::~SystemTrayPresenter()
{
    // The icon goes first: it still refers to the menu until it is removed from the tray.
    delete m_icon;
    delete m_menu;
}

bool SystemTrayPresenter::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void SystemTrayPresenter::setVisible(bool visible)
{
    m_icon->setVisible(visible);
}

void SystemTrayPresenter::setEntries(const QList<TrayEntry> &validSessions)
{
    rebuildMenu(validSessions);
}

void SystemTrayPresenter::notify(const QString &title, const QString &message)
{
    m_icon->showMessage(title, message, QSystemTrayIcon::Information);
}

void SystemTrayPresenter::rebuildMenu(const QList<TrayEntry> &validSessions)
{
    m_menu->clear();
    for (const TrayEntry &entry : validSessions) {
        // A profile name is the user's text: "&" must stay a character, not become a shortcut.
        QString name = entry.name;
        name.replace(u'&', u"&&"_s);
        const QUuid profile = entry.profile;
        const QString text = entry.timeLeft.isEmpty()
            ? tr("Copy header — %1").arg(name)
            : tr("Copy header — %1 (%2)").arg(name, entry.timeLeft);
        connect(m_menu->addAction(text), &QAction::triggered, this,
                [this, profile] { Q_EMIT copyHeaderRequested(profile); });
    }
    if (validSessions.isEmpty())
        m_menu->addAction(tr("No valid sessions"))->setEnabled(false);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Show window")), &QAction::triggered, this,
            &TrayPresenter::showWindowRequested);
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this,
            &TrayPresenter::quitRequested);
}

} // namespace sdsm::gui
