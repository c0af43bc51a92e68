// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace sdsm::gui {

// Draws a ProfileListModel row: the name, the server beneath it in a smaller secondary font, and
// the session badge on the trailing side. Sizes come from font metrics and colours from the
// palette, so it stays crisp at any scale factor and right in a dark palette.
class ProfileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sdsm::gui
