// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QLabel>

namespace sdsm::gui {

// A word-wrapped plain-text label that remembers its height for each width it was asked about.
// QLabel lays its whole text out again at every heightForWidth() call, and the layouts of a
// window taking its size ask the same widths over and over: for the session panel's value
// labels, four per cent of the main window's start-up (callgrind). The heights are forgotten when
// anything they depend on changes.
class WrappedLabel final : public QLabel
{
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the heights were measured for, besides the font, style and contents margins (whose
    // changes arrive as events). Setting these sends the label no event, so they are compared.
    struct Measured
    {
        QString text;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        Qt::TextInteractionFlags interaction;
        Qt::TextFormat format = Qt::PlainText;
        bool wordWrap = true;
        bool operator==(const Measured &) const = default;
    };
    Measured current() const;

    static constexpr qsizetype MaxRemembered = 64;

    mutable Measured m_measured;
    mutable QHash<int, int> m_heights;
};

} // namespace sdsm::gui
