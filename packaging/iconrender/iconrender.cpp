// SPDX-License-Identifier: Apache-2.0
// sdsm-iconrender SVG OUTPUT_FOLDER: renders the application icon with Qt's own SVG renderer, so
// the build needs no image tool. Writes
//   hicolor/<N>.png        for the hicolor theme (Linux), N = 16 22 24 32 48 64 128 256
//   app.ico                every Windows size in one file (PNG-compressed entries, Vista and later)
//   app.iconset/*.png      the names iconutil expects to make the macOS .icns
// Build time only; not installed.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// ICO: a 6-byte header, a 16-byte directory entry per image, then the images (PNG data).
QByteArray icoFile(const QList<std::pair<int, QByteArray>> &images)
{
    QByteArray ico;
    auto put16 = [&ico](quint16 v) {
        const quint16 le = qToLittleEndian(v);
        ico.append(reinterpret_cast<const char *>(&le), 2);
    };
    auto put32 = [&ico](quint32 v) {
        const quint32 le = qToLittleEndian(v);
        ico.append(reinterpret_cast<const char *>(&le), 4);
    };
    put16(0); // reserved
    put16(1); // icon
    put16(quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (const auto &[size, png] : images) {
        ico.append(char(size >= 256 ? 0 : size)); // 0 means 256
        ico.append(char(size >= 256 ? 0 : size));
        ico.append(char(0)); // no palette
        ico.append(char(0)); // reserved
        put16(1); // colour planes
        put16(32); // bits per pixel
        put32(quint32(png.size()));
        put32(offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        ico.append(image.second);
    return ico;
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(data) != data.size()) {
        std::fprintf(stderr, "sdsm-iconrender: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fputs("usage: sdsm-iconrender SVG OUTPUT_FOLDER\n", stderr);
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "sdsm-iconrender: %s is not a valid SVG file\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));

    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        if (!write(out.filePath(u"hicolor/%1.png"_s.arg(size)), renderPng(svg, size)))
            return 1;
    }

    QList<std::pair<int, QByteArray>> ico;
    for (int size : {16, 20, 24, 32, 40, 48, 64, 128, 256})
        ico.append({size, renderPng(svg, size)});
    if (!write(out.filePath(u"app.ico"_s), icoFile(ico)))
        return 1;

    for (int size : {16, 32, 128, 256, 512}) {
        const QString base = out.filePath(u"app.iconset/icon_%1x%1"_s.arg(size));
        if (!write(base + u".png"_s, renderPng(svg, size))
            || !write(base + u"@2x.png"_s, renderPng(svg, size * 2)))
            return 1;
    }
    return 0;
}
