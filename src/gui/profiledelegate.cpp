// SPDX-License-Identifier: Apache-2.0
#include "profiledelegate.h"

#include "profilelistmodel.h"
#include "statusstyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace sdsm::gui {

namespace {

// The width a row asks for: enough for a short profile name beside the badge.
constexpr int MinTextChars = 12;

QFont secondaryFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        small.setPixelSize(std::max(1, font.pixelSize() * 85 / 100));
    return small;
}

// Every length derives from the fonts, never from fixed pixels.
struct Metrics
{
    explicit Metrics(const QFont &font)
        : primary(font)
        , secondary(secondaryFont(font))
        , padding(std::max(1, primary.height() / 4))
        , iconSize(secondary.height())
    { }
    int badgeWidth(const QString &text) const
    {
        return iconSize + padding + secondary.horizontalAdvance(text) + 2 * padding;
    }
    int badgeHeight() const { return secondary.height() + padding; }
    int textHeight() const { return primary.height() + secondary.height(); }

    QFontMetrics primary;
    QFontMetrics secondary;
    int padding;
    int iconSize;
};

} // namespace

void ProfileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    // The style draws background, selection and focus; the text is laid out here.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Metrics m(opt.font);
    const QString server = index.data(ProfileListModel::ServerRole).toString();
    const QString badgeText = index.data(ProfileListModel::StatusTextRole).toString();
    const auto status = index.data(ProfileListModel::StatusRole).value<ProfileStatus>();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled)
        ? QPalette::Disabled
        : (opt.state.testFlag(QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive);

    const QRect area = opt.rect.adjusted(m.padding, 0, -m.padding, 0);
    const int badgeWidth = std::min(m.badgeWidth(badgeText), area.width() / 2);
    const QRect badgeRect(area.right() + 1 - badgeWidth,
                          area.top() + (area.height() - m.badgeHeight()) / 2, badgeWidth,
                          m.badgeHeight());
    const int textWidth = std::max(0, badgeRect.left() - m.padding - area.left());
    const int textTop = area.top() + (area.height() - m.textHeight()) / 2;
    const QRect nameRect(area.left(), textTop, textWidth, m.primary.height());
    const QRect serverRect(area.left(), nameRect.bottom() + 1, textWidth, m.secondary.height());
    const auto visual = [&opt](const QRect &r) {
        return QStyle::visualRect(opt.direction, opt.rect, r);
    };
    const Qt::Alignment leading =
        QStyle::visualAlignment(opt.direction, Qt::AlignLeft | Qt::AlignVCenter);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(visual(nameRect), leading,
                      m.primary.elidedText(name, Qt::ElideRight, textWidth));

    painter->setFont(secondaryFont(opt.font));
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(visual(serverRect), leading,
                      m.secondary.elidedText(server, Qt::ElideMiddle, textWidth));

    // The badge keeps its own tinted background even on a selected row, so its colours stay
    // the ones chosen for contrast; the icon's shape tells the status without colour.
    const StatusTone tone = statusTone(status);
    QPalette palette = opt.palette;
    palette.setCurrentColorGroup(group);
    const QRectF pill = QRectF(visual(badgeRect)).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = pill.height() / 3;
    painter->setPen(QPen(statusstyle::toneColour(tone, palette)));
    painter->setBrush(statusstyle::toneBackground(tone, palette));
    painter->drawRoundedRect(pill, radius, radius);
    const QRect iconRect(badgeRect.left() + m.padding,
                         badgeRect.top() + (badgeRect.height() - m.iconSize) / 2, m.iconSize,
                         m.iconSize);
    statusstyle::icon(status, palette).paint(painter, visual(iconRect));
    const QRect textRect(iconRect.right() + 1 + m.padding / 2, badgeRect.top(),
                         badgeRect.right() - iconRect.right() - m.padding, badgeRect.height());
    painter->setPen(statusstyle::toneColour(tone, palette));
    painter->drawText(visual(textRect), Qt::AlignCenter,
                      m.secondary.elidedText(badgeText, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ProfileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Metrics m(opt.font);
    const QString server = index.data(ProfileListModel::ServerRole).toString();
    const QString badgeText = index.data(ProfileListModel::StatusTextRole).toString();
    // Views give a row at least their own width; asking for more than a short name would make
    // a narrow list scroll sideways and push the badge out of sight, so longer text elides.
    const int textWidth = std::min(
        std::max(m.primary.horizontalAdvance(opt.text), m.secondary.horizontalAdvance(server)),
        m.primary.averageCharWidth() * MinTextChars);
    const int height = std::max(m.textHeight(), m.badgeHeight()) + 2 * m.padding;
    return {textWidth + m.badgeWidth(badgeText) + 3 * m.padding, height};
}

} // namespace sdsm::gui
