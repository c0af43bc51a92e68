// SPDX-License-Identifier: Apache-2.0
#include "statusstyle.h"

#include "svgicon.h"

#include <QHash>

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

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColour(StatusTone tone, const QPalette &palette)
{
    if (tone == StatusTone::Neutral)
        return palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    // Asked for by every row and label the window paints, and the search below costs dozens of
    // pow() calls: each answer is kept for its palette colours.
    static QHash<std::pair<quint64, int>, QColor> known;
    const std::pair key {(quint64(base.rgba()) << 32) | window.rgba(), static_cast<int>(tone)};
    if (const auto found = known.constFind(key); found != known.cend())
        return *found;
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
    known.insert(key, colour);
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
    const QIcon tinted = svgIcon(iconFile(status), colour);
    cache.insert(key, tinted);
    return tinted;
}

} // namespace sdsm::gui::statusstyle
