// SPDX-License-Identifier: Apache-2.0
#include "svgicon.h"

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

// One parse per file for the life of the program; icons live in static caches (statusstyle's),
// so the parses must outlive any QApplication: they are not children of one.
std::shared_ptr<QSvgRenderer> rendererFor(const QString &file)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> parsed;
    std::shared_ptr<QSvgRenderer> &renderer = parsed[file];
    if (!renderer)
        renderer = std::make_shared<QSvgRenderer>(file);
    return renderer;
}

class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(const QString &file, std::optional<QColor> tint)
        : m_file(file)
        , m_tint(tint)
    { }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const QSize natural = renderer().defaultSize();
        if (natural.isEmpty())
            return {};
        return natural.scaled(size, Qt::KeepAspectRatio);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize drawnSize = actualSize(size, mode, state);
        if (drawnSize.isEmpty())
            return {};
        const quint64 key = (quint64(drawnSize.width()) << 32) | quint32(drawnSize.height());
        QPixmap &normal = m_drawn[key];
        if (normal.isNull())
            normal = draw(drawnSize);
        if (mode == QIcon::Normal || mode == QIcon::Active || !qApp)
            return normal;
        // Disabled and selected, as Qt derives them for every icon made of pixmaps.
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, normal, &option);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device()->devicePixelRatio();
        QPixmap drawn = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
        drawn.setDevicePixelRatio(dpr);
        const QSize shown = (QSizeF(drawn.size()) / dpr).toSize();
        painter->drawPixmap(QRect(rect.topLeft()
                                      + QPoint((rect.width() - shown.width()) / 2,
                                               (rect.height() - shown.height()) / 2),
                                  shown),
                            drawn);
    }

    QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return u"sdsm-svg"_s; }
    // Without parsing: views ask this of every icon while they lay out.
    bool isNull() override { return !QFileInfo::exists(m_file); }

private:
    QSvgRenderer &renderer()
    {
        if (!m_renderer)
            m_renderer = rendererFor(m_file);
        return *m_renderer;
    }

    QPixmap draw(const QSize &size)
    {
        QPixmap drawn(size);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        renderer().render(&painter, QRectF(drawn.rect()));
        if (m_tint) {
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(drawn.rect(), *m_tint);
        }
        return drawn;
    }

    QString m_file;
    std::optional<QColor> m_tint;
    std::shared_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_drawn;
};

} // namespace

QIcon svgIcon(const QString &file, std::optional<QColor> tint)
{
    return QIcon(new SvgIconEngine(file, tint));
}

} // namespace sdsm::gui
