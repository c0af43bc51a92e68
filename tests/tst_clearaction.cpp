// SPDX-License-Identifier: Apache-2.0
#include "clearaction.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using sdsm::gui::addClearAction;

namespace {

QToolButton *buttonOf(const QAction *action)
{
    for (QObject *shown : action->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(shown))
            return button;
    }
    return nullptr;
}

} // namespace

class TstClearAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownOnlyWhileTheFieldHoldsText()
    {
        QLineEdit edit;
        QAction *clear = addClearAction(&edit, u"Clear the search"_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QToolButton *button = buttonOf(clear);
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        QTest::keyClicks(&edit, u"mpi"_s);
        QVERIFY(button->isVisible());
        edit.setText(QString());
        QVERIFY(!button->isVisible());
    }

    void clickingEmptiesTheField()
    {
        QLineEdit edit;
        QAction *clear = addClearAction(&edit, u"Clear the search"_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(&edit, u"ward clerk"_s);
        QSignalSpy changed(&edit, &QLineEdit::textChanged);
        QTest::mouseClick(buttonOf(clear), Qt::LeftButton);
        QCOMPARE(edit.text(), QString());
        QCOMPARE(changed.size(), 1);
    }

    // The icon is the app's own (a missing resource would show an empty button), and a screen
    // reader and the tooltip name the button.
    void ownIconAndAccessibleName()
    {
        QLineEdit edit(u"text"_s);
        QAction *clear = addClearAction(&edit, u"Clear the filter"_s);
        QVERIFY(clear->isVisible());
        QVERIFY(!clear->icon().pixmap(16, 16).isNull());
        QVERIFY(!edit.isClearButtonEnabled());
        QCOMPARE(buttonOf(clear)->accessibleName(), u"Clear the filter"_s);
        QCOMPARE(clear->toolTip(), u"Clear the filter"_s);
    }
};

QTEST_MAIN(TstClearAction)
#include "tst_clearaction.moc"
