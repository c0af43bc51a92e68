// SPDX-License-Identifier: Apache-2.0
#include "selectableonpress.h"

#include <QEvent>
#include <QLabel>

namespace sdsm::gui {

namespace {

class SelectableOnPress final : public QObject
{
public:
    explicit SelectableOnPress(QLabel *label)
        : QObject(label)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A double click may arrive without its press (QTest sends it so).
        if (event->type() == QEvent::MouseButtonPress
            || event->type() == QEvent::MouseButtonDblClick) {
            auto *label = static_cast<QLabel *>(watched);
            label->removeEventFilter(this);
            // Before the label sees this press, so the press itself starts the selection.
            label->setTextInteractionFlags(label->textInteractionFlags()
                                           | Qt::TextSelectableByMouse);
            deleteLater();
        }
        return false;
    }
};

} // namespace

void selectableOnPress(QLabel *label)
{
    new SelectableOnPress(label);
}

} // namespace sdsm::gui
