// SPDX-License-Identifier: Apache-2.0
#include "wrappedlabel.h"

#include <QEvent>

namespace sdsm::gui {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

WrappedLabel::Measured WrappedLabel::current() const
{
    return {text(),       margin(),  indent(), alignment(), textInteractionFlags(),
            textFormat(), wordWrap()};
}

int WrappedLabel::heightForWidth(int width) const
{
    if (Measured now = current(); now != m_measured) {
        m_heights.clear();
        m_measured = std::move(now);
    }
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend())
        return *known;
    const int height = QLabel::heightForWidth(width);
    // A splitter dragged across the screen asks hundreds of widths once each.
    if (m_heights.size() >= MaxRemembered)
        m_heights.clear();
    m_heights.insert(width, height);
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace sdsm::gui
