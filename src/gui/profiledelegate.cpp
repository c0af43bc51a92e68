#include "profiledelegate.h"

#include "profilelistmodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace sdsm::gui {

namespace {

using Badge = ProfileListModel::Badge;

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
    { }
    int badgeWidth(const QString &text) const
    {
        return secondary.horizontalAdvance(text) + secondary.height();
    }
    int badgeHeight() const { return secondary.height() + padding; }
    int textHeight() const { return primary.height() + secondary.height(); }

    QFontMetrics primary;
    QFontMetrics secondary;
    int padding;
};

struct BadgeColours
{
    QColor fill; // invalid: not filled
    QColor outline; // invalid: no outline
    QColor text;
};

BadgeColours badgeColours(Badge badge, const QPalette &palette, QPalette::ColorGroup group,
                          bool selected)
{
    const auto role = [&](QPalette::ColorRole r) { return palette.color(group, r); };
    // A highlighted row would swallow a Highlight-filled badge: there every badge is outlined.
    if (selected)
        return {QColor(), role(QPalette::HighlightedText), role(QPalette::HighlightedText)};
    switch (badge) {
    case Badge::Valid:
        return {role(QPalette::Highlight), QColor(), role(QPalette::HighlightedText)};
    case Badge::ExpiringSoon:
        return {QColor(), role(QPalette::Link), role(QPalette::Link)};
    case Badge::Expired:
        return {QColor(), role(QPalette::PlaceholderText), role(QPalette::PlaceholderText)};
    case Badge::Failed:
        return {role(QPalette::Dark), QColor(), role(QPalette::BrightText)};
    case Badge::NoSession:
        break;
    }
    return {QColor(), role(QPalette::Mid), role(QPalette::Text)};
}

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
    const QString badgeText = index.data(ProfileListModel::BadgeTextRole).toString();
    const auto badge = index.data(ProfileListModel::BadgeRole).value<Badge>();
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

    const BadgeColours colours = badgeColours(badge, opt.palette, group, selected);
    const QRectF pill = QRectF(visual(badgeRect)).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = pill.height() / 3;
    painter->setPen(colours.outline.isValid() ? QPen(colours.outline) : QPen(Qt::NoPen));
    painter->setBrush(colours.fill.isValid() ? QBrush(colours.fill) : QBrush(Qt::NoBrush));
    painter->drawRoundedRect(pill, radius, radius);
    painter->setPen(colours.text);
    painter->drawText(
        pill, Qt::AlignCenter,
        m.secondary.elidedText(badgeText, Qt::ElideRight, badgeWidth - m.secondary.height() / 2));
    painter->restore();
}

QSize ProfileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Metrics m(opt.font);
    const QString server = index.data(ProfileListModel::ServerRole).toString();
    const QString badgeText = index.data(ProfileListModel::BadgeTextRole).toString();
    // Views give a row at least their own width; asking for more than a short name would make
    // a narrow list scroll sideways and push the badge out of sight, so longer text elides.
    const int textWidth = std::min(
        std::max(m.primary.horizontalAdvance(opt.text), m.secondary.horizontalAdvance(server)),
        m.primary.averageCharWidth() * MinTextChars);
    const int height = std::max(m.textHeight(), m.badgeHeight()) + 2 * m.padding;
    return {textWidth + m.badgeWidth(badgeText) + 3 * m.padding, height};
}

} // namespace sdsm::gui
