// SPDX-License-Identifier: Apache-2.0
#include "statusstyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;
using namespace sdsm::gui;

namespace {

// Every pixel that is not transparent, in one list.
QList<QRgb> inkOf(const QImage &image)
{
    QList<QRgb> ink;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(argb.pixel(x, y)) == 255)
                ink.append(argb.pixel(x, y));
        }
    }
    return ink;
}

} // namespace

class TstStatusStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The status icons are drawn when a size is first asked for: each size shows the shape in
    // the status's colour.
    void iconsShowTheShapeInTheStatusColour_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 20, 24, 48})
            QTest::addRow("%d", size) << size;
    }

    void iconsShowTheShapeInTheStatusColour()
    {
        QFETCH(int, size);
        const QPalette palette = QApplication::palette();
        const QColor colour = statusstyle::toneColour(statusTone(ProfileStatus::Valid), palette);
        const QIcon icon = statusstyle::icon(ProfileStatus::Valid, palette);
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 1.0);
        QCOMPARE(pixmap.size(), QSize(size, size));
        const QList<QRgb> ink = inkOf(pixmap.toImage());
        QVERIFY(!ink.isEmpty());
        for (const QRgb pixel : ink)
            QCOMPARE(QColor(pixel).rgb(), colour.rgb());

        // Painted the way the profile list paints it.
        QImage canvas(size, size, QImage::Format_ARGB32);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        icon.paint(&painter, canvas.rect());
        painter.end();
        QCOMPARE(inkOf(canvas).size(), ink.size());
    }

    void disabledLooksDifferent()
    {
        const QIcon icon = statusstyle::icon(ProfileStatus::Failed, QApplication::palette());
        const QImage normal = icon.pixmap(QSize(24, 24), 1.0).toImage();
        const QImage disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
        QVERIFY(!disabled.isNull());
        QVERIFY(normal != disabled);
    }
};

QTEST_MAIN(TstStatusStyle)
#include "tst_statusstyle.moc"
