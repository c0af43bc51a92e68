// SPDX-License-Identifier: Apache-2.0
#include "svgicon.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::gui;

namespace {

// The pixels alone, whatever device pixel ratio they were drawn for.
QImage imageOf(const QPixmap &pixmap)
{
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    return image;
}

} // namespace

// The app's own SVG icons must look exactly like the ones Qt's SVG icon engine draws from the
// same files, in every mode and at every scale: only when the parsing happens changes.
class TstSvgIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsEveryIconAsQtDoes_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files);
        QVERIFY(files.size() > 10);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << u":/icons/"_s + name;
    }

    void drawsEveryIconAsQtDoes()
    {
        QFETCH(QString, file);
        const QIcon ours = svgIcon(file);
        const QIcon qts(file);
        QVERIFY(!ours.isNull());
        for (const int side : {16, 22, 24, 48}) {
            const QSize size(side, side);
            for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Selected}) {
                const QImage drawn = imageOf(ours.pixmap(size, 1.0, mode));
                QVERIFY(!drawn.isNull());
                QCOMPARE(drawn, imageOf(qts.pixmap(size, 1.0, mode)));
            }
            // Asked again: the kept drawing, unchanged.
            QCOMPARE(imageOf(ours.pixmap(size, 1.0)), imageOf(qts.pixmap(size, 1.0)));
        }
    }

    void drawsSharplyOnHighDensityScreens()
    {
        const QIcon ours = svgIcon(u":/icons/copy.svg"_s);
        const QPixmap doubled = ours.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(doubled.deviceIndependentSize(), QSizeF(24, 24));
        QCOMPARE(doubled.size(), QSize(48, 48));
        QCOMPARE(imageOf(doubled),
                 imageOf(QIcon(u":/icons/copy.svg"_s).pixmap(QSize(48, 48), 1.0)));

        // Painted into a 2× device: the 48-pixel drawing where the 24-point rectangle is.
        QImage canvas(QSize(64, 64), QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(2.0);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        ours.paint(&painter, QRect(4, 4, 24, 24));
        painter.end();
        QImage centre = canvas.copy(8, 8, 48, 48);
        centre.setDevicePixelRatio(1.0);
        QCOMPARE(centre, imageOf(doubled));
    }

    void aFileThatIsNotThereIsANullIcon()
    {
        QVERIFY(svgIcon(u":/icons/no-such-icon.svg"_s).isNull());
        QVERIFY(svgIcon(u":/icons/no-such-icon.svg"_s).pixmap(QSize(24, 24)).isNull());
    }

    void aTintFillsTheShapeWithOneColour()
    {
        const QColor red(200, 0, 0);
        const QImage drawn =
            imageOf(svgIcon(u":/icons/copy.svg"_s, red).pixmap(QSize(24, 24), 1.0));
        const QImage plain = imageOf(svgIcon(u":/icons/copy.svg"_s).pixmap(QSize(24, 24), 1.0));
        int inked = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x) {
                const QRgb pixel = drawn.pixel(x, y);
                QCOMPARE(qAlpha(pixel), qAlpha(plain.pixel(x, y)));
                if (qAlpha(pixel) == 255) {
                    QCOMPARE(QColor(pixel).rgb(), red.rgb());
                    ++inked;
                }
            }
        }
        QVERIFY(inked > 0);
    }
};

QTEST_MAIN(TstSvgIcon)
#include "tst_svgicon.moc"
