// SPDX-License-Identifier: Apache-2.0
#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace sdsm::gui {

namespace {

// Watches one window's events until its first paint or the fallback, whichever comes first.
class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget *window, std::function<void()> work, int fallbackMs)
        : QObject(window)
        , m_work(std::move(work))
    {
        window->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &FirstPaintWatch::run);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued: the paint event is part of a frame still being drawn and shown.
            QTimer::singleShot(0, this, &FirstPaintWatch::run);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_work)
            return;
        const std::function<void()> work = std::exchange(m_work, {});
        deleteLater();
        work();
    }

    std::function<void()> m_work;
    bool m_painted = false;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs)
{
    new FirstPaintWatch(window, std::move(work), fallbackMs);
}

} // namespace sdsm::gui
