// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QTimer>

class QMimeData;

namespace sdsm::gui {

// Copies secrets (headers, tokens, curl lines) so clipboard managers skip them and they do not
// outlive their use.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);

    void setClearDelaySeconds(int seconds); // 0: never clear by timer (still cleared at quit)
    void copySecret(const QString &text); // text + markers; starts the countdown (a 1 s QTimer)
    int secondsLeft() const { return m_secondsLeft; } // 0 when nothing is pending
    // Clears only if the clipboard (and, where supported, the X11 selection) still holds what
    // we put there. Also runs at QCoreApplication::aboutToQuit.
    void clearIfUnchanged();

    static QMimeData *makeMimeData(const QString &text); // the markers for this platform

Q_SIGNALS:
    void countdownChanged(int secondsLeft); // for the status bar ("Clipboard clears in 27 s")
    void cleared();
    void leftAlone(); // the user copied something else meanwhile: nothing done
    // A re-read after clearing still shows our text (GNOME on Wayland blocks unfocused apps).
    void clearFailed(const QString &sentence);

private:
    void tick();
    void setSecondsLeft(int seconds);
    bool holdsOurText(QClipboard::Mode mode) const;
    QList<QClipboard::Mode> modes() const;

    QClipboard *m_clipboard;
    QTimer m_timer;
    int m_delaySeconds = 30;
    int m_secondsLeft = 0;
    // A digest, not the text, so the secret does not sit in this object's memory while pending.
    QByteArray m_digest;
};

} // namespace sdsm::gui
