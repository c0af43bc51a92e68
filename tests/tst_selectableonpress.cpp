// SPDX-License-Identifier: Apache-2.0
#include "selectableonpress.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace sdsm::gui;

class TestSelectableOnPress : public QObject
{
    Q_OBJECT

private:
    static QLabel *wrappedLabel(QWidget *parent, const QString &text)
    {
        auto *label = new QLabel(text, parent);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    }

private Q_SLOTS:
    void thePressThatMakesItSelectableStartsTheSelection()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        QLabel *label = wrappedLabel(&window, u"first second third"_s);
        layout->addWidget(label);
        selectableOnPress(label);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

        const QPoint inFirstWord(label->fontMetrics().horizontalAdvance(u"fi"_s),
                                 label->height() / 2);
        QTest::mouseDClick(label, Qt::LeftButton, {}, inFirstWord);
        QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QCOMPARE(label->selectedText(), u"first"_s);
    }

    void keepsTheFlagsTheLabelAlreadyHas()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        QLabel *label = wrappedLabel(&window, u"an error"_s);
        label->setTextInteractionFlags(Qt::TextSelectableByKeyboard);
        layout->addWidget(label);
        selectableOnPress(label);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(label, Qt::LeftButton, {}, label->rect().center());
        QCOMPARE(label->textInteractionFlags(),
                 Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    }

    // The label must not move or change height under the pointer when it becomes selectable.
    void becomingSelectableKeepsTheLabelsSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << u"bearer"_s;
        QTest::newRow("date") << u"2026-12-01 19:02:29 +00:00 (2026-12-01 19:02:29 UTC)"_s;
        QTest::newRow("wrapping")
            << u"Application EXAMPLE_APPLICATION — device EXAMPLE_DEVICE_NODE "
               "(secret). The seed page's identities on an emulated SanteDB "
               "3.x server (version detected)."_s;
        QTest::newRow("lines") << u"Server: http://127.0.0.1:40573\nTags: 3.x"_s;
    }

    void becomingSelectableKeepsTheLabelsSize()
    {
        QFETCH(QString, text);
        QWidget window;
        QLabel *plain = wrappedLabel(&window, text);
        QLabel *selectable = wrappedLabel(&window, text);
        selectable->setTextInteractionFlags(Qt::TextSelectableByMouse);
        for (const int width : {80, 200, 400, 900})
            QCOMPARE(plain->heightForWidth(width), selectable->heightForWidth(width));
        QCOMPARE(plain->minimumSizeHint().height(), selectable->minimumSizeHint().height());
    }
};

QTEST_MAIN(TestSelectableOnPress)
#include "tst_selectableonpress.moc"
