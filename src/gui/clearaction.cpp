// SPDX-License-Identifier: Apache-2.0
#include "clearaction.h"

#include "svgicon.h"

#include <QAction>
#include <QIcon>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

QAction *addClearAction(QLineEdit *edit, const QString &accessibleName)
{
    auto *clear = new QAction(svgIcon(u":/icons/clear.svg"_s), accessibleName, edit);
    clear->setObjectName(u"clearAction"_s);
    QObject::connect(clear, &QAction::triggered, edit, &QLineEdit::clear);
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
    edit->addAction(clear, QLineEdit::TrailingPosition);
    // After adding: the line edit shows a new action's button whatever the action's visibility,
    // and hides it only on a change.
    clear->setVisible(!edit->text().isEmpty());
    for (QObject *shown : clear->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(shown))
            button->setAccessibleName(accessibleName);
    }
    return clear;
}

} // namespace sdsm::gui
