// SPDX-License-Identifier: Apache-2.0
#include "clipboardguard.h"

#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sdsm::gui::ClipboardGuard;

namespace {

// Obviously fake: safe to show when a comparison fails.
const QString kCanary = u"Authorization: Bearer FAKE-CANARY-not-a-real-token"_s;

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

QList<int> countdownValues(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &arguments : spy)
        values.append(arguments.constFirst().toInt());
    return values;
}

} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { clipboard()->clear(); }

    void copyPutsTextAndMarker()
    {
        ClipboardGuard guard(clipboard());
        guard.copySecret(kCanary);
        QCOMPARE(clipboard()->text(), kCanary);
        const QMimeData *mime = clipboard()->mimeData();
        QVERIFY(mime);
#if defined(Q_OS_WIN)
        QVERIFY(mime->formats().contains(
            u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s));
#elif defined(Q_OS_MACOS)
        QVERIFY(mime->formats().contains(u"application/x-nspasteboard-concealed-type"_s));
#else
        QVERIFY(mime->formats().contains(u"x-kde-passwordManagerHint"_s));
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
        if (clipboard()->supportsSelection()) {
            QCOMPARE(clipboard()->text(QClipboard::Selection), kCanary);
            const QMimeData *selection = clipboard()->mimeData(QClipboard::Selection);
            QVERIFY(selection);
            QCOMPARE(selection->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
        }
#endif
    }

    void markers_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("value"); // null: any value will do
#if defined(Q_OS_WIN)
        const QByteArray dwordZero(4, '\0');
        QTest::newRow("exclude from monitors")
            << u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s
            << QByteArray();
        QTest::newRow("no history")
            << u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s
            << dwordZero;
        QTest::newRow("no cloud")
            << u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s << dwordZero;
#elif defined(Q_OS_MACOS)
        QTest::newRow("concealed")
            << u"application/x-nspasteboard-concealed-type"_s << QByteArray();
#else
        QTest::newRow("kde hint") << u"x-kde-passwordManagerHint"_s << "secret"_ba;
#endif
        QTest::newRow("text") << u"text/plain"_s << kCanary.toUtf8();
    }

    void markers()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, value);
        const std::unique_ptr<QMimeData> mime(ClipboardGuard::makeMimeData(kCanary));
        QVERIFY(mime->formats().contains(format));
        if (!value.isNull())
            QCOMPARE(mime->data(format), value);
    }

    void clearsAfterDelay()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QSignalSpy leftAlone(&guard, &ClipboardGuard::leftAlone);
        guard.copySecret(kCanary);
        QCOMPARE(guard.secondsLeft(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(clipboard()->text(), QString(), 3000);
        QCOMPARE(clipboard()->text(QClipboard::Selection), QString());
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(leftAlone.count(), 0);
        QCOMPARE(guard.secondsLeft(), 0);
    }

    void leavesUserCopyAlone()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QSignalSpy leftAlone(&guard, &ClipboardGuard::leftAlone);
        guard.copySecret(kCanary);
        clipboard()->setText(u"user text"_s);
        if (clipboard()->supportsSelection()) {
            // X11: the selection still holds the secret, so that alone is cleared.
            QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
            QCOMPARE(clipboard()->text(QClipboard::Selection), QString());
            QCOMPARE(leftAlone.count(), 0);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(leftAlone.count(), 1, 3000);
            QCOMPARE(cleared.count(), 0);
        }
        QCOMPARE(clipboard()->text(), u"user text"_s);
    }

    void countdownDecreases()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(2);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(kCanary);
        QCOMPARE(guard.secondsLeft(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 5000);
        QCOMPARE(countdownValues(countdown), (QList<int> {2, 1, 0}));
    }

    void quitClears()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(30);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(kCanary);
        // disconnect() succeeds only for a connection the constructor made; then run what
        // aboutToQuit would have run.
        QVERIFY(QObject::disconnect(qApp, &QCoreApplication::aboutToQuit, &guard,
                                    &ClipboardGuard::clearIfUnchanged));
        guard.clearIfUnchanged();
        QCOMPARE(clipboard()->text(), QString());
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(guard.secondsLeft(), 0);
        QCOMPARE(countdownValues(countdown), (QList<int> {30, 0}));
    }

    void zeroDelayNeverClearsByTimer()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(0);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(kCanary);
        QCOMPARE(guard.secondsLeft(), 0);
        // Proving an absence needs a wait longer than the 1 s tick.
        QVERIFY(!cleared.wait(1500));
        QCOMPARE(clipboard()->text(), kCanary);
        QCOMPARE(countdown.count(), 0);
        guard.clearIfUnchanged();
        QCOMPARE(clipboard()->text(), QString());
        QCOMPARE(cleared.count(), 1);
    }

    void nothingPendingDoesNothing()
    {
        clipboard()->setText(u"user text"_s);
        ClipboardGuard guard(clipboard());
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QSignalSpy leftAlone(&guard, &ClipboardGuard::leftAlone);
        guard.copySecret(QString());
        QCOMPARE(guard.secondsLeft(), 0);
        guard.clearIfUnchanged();
        QCOMPARE(clipboard()->text(), u"user text"_s);
        QCOMPARE(cleared.count() + leftAlone.count(), 0);
    }

    void reportsBlockedClear()
    {
        QClipboard *cb = clipboard();
        ClipboardGuard guard(cb);
        guard.setClearDelaySeconds(0);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QSignalSpy failed(&guard, &ClipboardGuard::clearFailed);
        guard.copySecret(kCanary);

        // Stands in for a desktop that ignores the clear and keeps the old content.
        const auto restore = connect(cb, &QClipboard::dataChanged, this, [cb] {
            if (cb->text().isEmpty())
                cb->setText(kCanary);
        });
        guard.clearIfUnchanged();
        disconnect(restore);

        QCOMPARE(failed.count(), 1);
        QCOMPARE(cleared.count(), 0);
        const QString sentence = failed.constFirst().constFirst().toString();
        QVERIFY(sentence.contains(u"clear it yourself"_s));
        QVERIFY(!sentence.contains(kCanary));

        // The quit path tries again, and this time the desktop lets it.
        guard.clearIfUnchanged();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(cb->text(), QString());
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
