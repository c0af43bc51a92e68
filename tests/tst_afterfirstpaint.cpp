// SPDX-License-Identifier: Apache-2.0
#include "afterfirstpaint.h"

#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

using sdsm::gui::afterFirstPaint;

namespace {

class CountingWidget : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class TstAfterFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnceAfterTheFirstPaint()
    {
        CountingWidget window;
        int runs = 0;
        int paintsBefore = -1;
        afterFirstPaint(
            &window,
            [&] {
                ++runs;
                paintsBefore = window.paints;
            },
            60'000);
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(runs, 1);
        QVERIFY(paintsBefore > 0);
        window.repaint();
        QCoreApplication::processEvents();
        QCOMPARE(runs, 1);
    }

    void anUnpaintedWindowGetsItAfterTheFallback()
    {
        QWidget hidden;
        int runs = 0;
        afterFirstPaint(
            &hidden, [&runs] { ++runs; }, 50);
        QTRY_COMPARE(runs, 1);
    }

    void nothingRunsOnceTheWindowIsGone()
    {
        auto *window = new QWidget;
        int runs = 0;
        afterFirstPaint(
            window, [&runs] { ++runs; }, 10);
        delete window;
        bool later = false;
        QTimer::singleShot(50, this, [&later] { later = true; });
        QTRY_VERIFY(later);
        QCOMPARE(runs, 0);
    }
};

QTEST_MAIN(TstAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
