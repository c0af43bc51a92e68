// SPDX-License-Identifier: Apache-2.0
#include "wrappedlabel.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm::gui;

// WrappedLabel answers heightForWidth() from what it measured before: every answer must be the
// one a plain word-wrapped QLabel gives for the same text and settings, also after they change.
class TestWrappedLabel : public QObject
{
    Q_OBJECT

private:
    static const inline QList<int> Widths {1, 40, 120, 300, 800};

    // A plain QLabel set up as `label` is now: the reference every height is compared with.
    static int plainHeight(const WrappedLabel &label, int width)
    {
        QLabel plain;
        plain.setTextFormat(label.textFormat());
        plain.setWordWrap(label.wordWrap());
        plain.setFont(label.font());
        plain.setMargin(label.margin());
        plain.setIndent(label.indent());
        plain.setAlignment(label.alignment());
        plain.setTextInteractionFlags(label.textInteractionFlags());
        plain.setContentsMargins(label.contentsMargins());
        plain.setText(label.text());
        return plain.heightForWidth(width);
    }

    static void compareAtEveryWidth(const WrappedLabel &label)
    {
        for (int width : Widths) {
            // Twice: the second answer comes from what the first one measured.
            for (int ask = 0; ask < 2; ++ask)
                QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        }
    }

private Q_SLOTS:
    void answersAsAPlainLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("one word") << u"EXAMPLE_DEVICE_NODE"_s;
        QTest::newRow("sentence")
            << u"The server refused the client secret: invalid_client. Check the profile's "
               "client ID and secret."_s;
        QTest::newRow("lines") << u"Server: https://127.0.0.1:8080\nClient: bench\nDevice: none"_s;
        QTest::newRow("long word") << QString(300, u'x');
    }

    void answersAsAPlainLabel()
    {
        QFETCH(QString, text);
        WrappedLabel label;
        QVERIFY(label.wordWrap());
        QCOMPARE(label.textFormat(), Qt::PlainText);
        label.setText(text);
        compareAtEveryWidth(label);
    }

    // It remembers a bounded number of widths (a dragged splitter asks hundreds).
    void answersRightPastTheWidthsItRemembers()
    {
        WrappedLabel label;
        label.setText(u"a text long enough to wrap at most of these widths, and then some"_s);
        for (int width = 20; width < 420; width += 2)
            QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        compareAtEveryWidth(label);
    }

    void forgetsWhatItMeasuredWhenItChanges()
    {
        WrappedLabel label;
        label.setText(u"short"_s);
        compareAtEveryWidth(label);
        const int before = label.heightForWidth(120);

        label.setText(u"a much longer text that certainly wraps onto several lines at this "
                      "width, and then some more words"_s);
        QVERIFY(label.heightForWidth(120) > before);
        compareAtEveryWidth(label);

        QFont larger = label.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        label.setFont(larger);
        compareAtEveryWidth(label);

        label.setMargin(12);
        compareAtEveryWidth(label);
        label.setIndent(30);
        compareAtEveryWidth(label);
        label.setContentsMargins(5, 9, 5, 9);
        compareAtEveryWidth(label);
        label.setWordWrap(false);
        compareAtEveryWidth(label);
        label.setWordWrap(true);
        // The session panel's labels become mouse-selectable at the first press
        // (selectableonpress.h): QLabel then measures through a text document.
        label.setTextInteractionFlags(Qt::TextSelectableByMouse);
        compareAtEveryWidth(label);
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
