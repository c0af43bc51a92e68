// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

class QMenu;
class QSystemTrayIcon;

namespace sdsm::gui {

struct TrayEntry
{
    QUuid profile;
    QString name;
    QDateTime expiresAt;
    QString timeLeft; // "59 min left": the one wording of the list, the panel and the CLI
};

// The tray and notifications sit behind this interface so tests can replace them (there is no
// tray offscreen or in Xvfb).
class TrayPresenter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    virtual void setVisible(bool visible) = 0;
    // The menu offers one "Copy header — <name>" per entry.
    virtual void setEntries(const QList<TrayEntry> &validSessions) = 0;
    virtual void notify(const QString &title, const QString &message) = 0;

Q_SIGNALS:
    void copyHeaderRequested(const QUuid &profile);
    void showWindowRequested();
    void quitRequested();
};

class SystemTrayPresenter final : public TrayPresenter
{
    Q_OBJECT
public:
    explicit SystemTrayPresenter(QObject *parent = nullptr);
    ~SystemTrayPresenter() override;

    bool isAvailable() const override;
    void setVisible(bool visible) override;
    void setEntries(const QList<TrayEntry> &validSessions) override;
    void notify(const QString &title, const QString &message) override;

private:
    void rebuildMenu(const QList<TrayEntry> &validSessions);

    // QSystemTrayIcon does not own its context menu, and a QMenu cannot have a QObject parent.
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
};

} // namespace sdsm::gui
