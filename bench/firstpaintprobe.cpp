// SPDX-License-Identifier: Apache-2.0
// A Qt "generic" plugin that measures any Qt Widgets program from the inside without changing it:
// loaded with QT_PLUGIN_PATH=<build>/bench/plugins QT_QPA_GENERIC_PLUGINS=sdsmfirstpaint, it
// watches the application's events and, once the first paint has been delivered (the event loop
// is back after painting the first window), prints "first-paint <seconds since the epoch>" on
// standard error. With SDSM_BENCH_RSS_AFTER_MS=N it then lets the program idle N ms and prints
// "rss <MiB>" (VmRSS). Then it ends the process at once, skipping the program's own shutdown.
// bench/app.sh uses it on the desktop app and on bench/minimalwindow.cpp alike.
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGenericPlugin>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

class Probe : public QObject
{
public:
    explicit Probe(QObject *parent)
        : QObject(parent)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint) {
            m_painted = true;
            // Queued: runs once the whole first frame is painted and flushed.
            QTimer::singleShot(0, this, &Probe::painted);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void painted()
    {
        timespec now {};
        clock_gettime(CLOCK_REALTIME, &now);
        std::fprintf(stderr, "first-paint %lld.%06ld\n", static_cast<long long>(now.tv_sec),
                     now.tv_nsec / 1000);
        bool ok = false;
        const int rssAfter = qEnvironmentVariableIntValue("SDSM_BENCH_RSS_AFTER_MS", &ok);
        if (!ok)
            finish();
        else
            QTimer::singleShot(rssAfter, this, [this] {
                std::fprintf(stderr, "rss %.1f\n", residentMiB());
                finish();
            });
    }

    static double residentMiB()
    {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
        }
        return -1;
    }

    static void finish()
    {
        std::fflush(stderr);
        std::_Exit(0);
    }

    bool m_painted = false;
};

} // namespace

class FirstPaintProbe : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "firstpaintprobe.json")

public:
    QObject *create(const QString &, const QString &) override
    {
        auto *probe = new Probe(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(probe);
        return probe;
    }
};

#include "firstpaintprobe.moc"
