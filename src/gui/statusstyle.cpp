// SPDX-License-Identifier: Apache-2.0
#include "statusstyle.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sdsm::gui::statusstyle {

namespace {

constexpr double MinimumContrast = 4.5;

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.18;
}

// The hue of each tone (degrees) and its saturation: green, amber, red, blue.
std::pair<int, int> hueOf(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Good:
        return {130, 150};
    case StatusTone::Warning:
        return {38, 230};
    case StatusTone::Bad:
        return {355, 190};
    case StatusTone::Busy:
        return {212, 200};
    case StatusTone::Neutral:
        break;
    }
    return {0, 0};
}

QString iconFile(ProfileStatus status)
{
    switch (status) {
    case ProfileStatus::NoSession:
        return u":/icons/status-none.svg"_s;
    case ProfileStatus::Working:
        return u":/icons/status-working.svg"_s;
    case ProfileStatus::Valid:
        return u":/icons/status-valid.svg"_s;
    case ProfileStatus::Expiring:
        return u":/icons/status-expiring.svg"_s;
    case ProfileStatus::Expired:
        return u":/icons/status-expired.svg"_s;
    case ProfileStatus::Failed:
        return u":/icons/status-failed.svg"_s;
    case ProfileStatus::Cancelled:
        return u":/icons/status-cancelled.svg"_s;
    }
    return u":/icons/status-none.svg"_s;
}

// A status shape in one colour, drawn at a size when that size is first asked for: drawing six
// sizes of each status up front was a tenth of the session panel's part of start-up.
class TintedIconEngine final : public QIconEngine
{
public:
    TintedIconEngine(const QString &file, const QColor &colour)
        : m_file(file)
        , m_colour(colour)
    { }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize square = actualSize(size, mode, state);
        if (square.isEmpty())
            return {};
        QPixmap &tinted = m_pixmaps[square.width()];
        if (tinted.isNull()) {
            // Not kept: the icons live in a static cache, past the SVG plugin's unloading.
            tinted = QIcon(m_file).pixmap(square, 1.0);
            QPainter painter(&tinted);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(tinted.rect(), m_colour);
        }
        if (mode == QIcon::Normal || mode == QIcon::Active || !qApp)
            return tinted;
        // Disabled and selected, as Qt derives them for icons made of pixmaps.
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, tinted, &option);
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

    QIconEngine *clone() const override { return new TintedIconEngine(*this); }
    QString key() const override { return u"sdsm-tinted"_s; }
    bool isNull() override { return false; }

private:
    QString m_file;
    QColor m_colour;
    QHash<int, QPixmap> m_pixmaps;
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColour(StatusTone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    if (tone == StatusTone::Neutral)
        return palette.color(QPalette::Text);
    const auto [hue, saturation] = hueOf(tone);
    const bool dark = isDark(palette);
    // From a mid lightness towards the side away from the background, until both backgrounds
    // give enough contrast.
    int lightness = dark ? 150 : 110;
    const int step = dark ? 6 : -6;
    QColor colour = QColor::fromHsl(hue, saturation, lightness);
    while (lightness > 0 && lightness < 255
           && (contrastRatio(colour, base) < MinimumContrast
               || contrastRatio(colour, window) < MinimumContrast)) {
        lightness += step;
        colour = QColor::fromHsl(hue, saturation, std::clamp(lightness, 0, 255));
    }
    return colour;
}

QColor toneBackground(StatusTone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == StatusTone::Neutral)
        return palette.color(QPalette::AlternateBase);
    const QColor ink = toneColour(tone, palette);
    // A fifth of the tone over the base keeps Text readable on it.
    const auto mix = [](double a, double b) { return a * 0.82 + b * 0.18; };
    return QColor::fromRgbF(static_cast<float>(mix(base.redF(), ink.redF())),
                            static_cast<float>(mix(base.greenF(), ink.greenF())),
                            static_cast<float>(mix(base.blueF(), ink.blueF())));
}

QIcon icon(ProfileStatus status, const QPalette &palette)
{
    const QColor colour = toneColour(statusTone(status), palette);
    static QHash<QString, QIcon> cache;
    const QString key = iconFile(status) + colour.name(QColor::HexArgb);
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    const QIcon tinted(new TintedIconEngine(iconFile(status), colour));
    cache.insert(key, tinted);
    return tinted;
}

} // namespace sdsm::gui::statusstyle
