// SPDX-License-Identifier: Apache-2.0
#pragma once

// Header only: the widget tests include it (they link Qt Widgets; the support library does not).
#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace sdsm::test {

using namespace Qt::StringLiterals;

// Every mnemonic (Alt+letter) a window offers at once: menu titles, visible buttons, labels
// that lead to a field, tabs, group boxes. Each must be claimed once (issue 8 §2).
inline QStringList duplicateMnemonics(QWidget *window)
{
    QHash<QChar, QStringList> claims;
    const auto claim = [&claims](const QString &text, const QString &who) {
        const qsizetype at = text.indexOf(QRegularExpression(u"&[^&]"_s));
        if (at >= 0)
            claims[text.at(at + 1).toLower()].append(who + u": "_s + text);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            claim(menu->text(), u"menu"_s);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            claim(b->text(), QString::fromLatin1(w->metaObject()->className()));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            claim(l->text(), u"label"_s);
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                claim(t->tabText(i), u"tab"_s);
        }
    }
    QStringList duplicates;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it->size() > 1)
            duplicates << u"Alt+%1: %2"_s.arg(it.key(), it->join(u" | "_s));
    }
    return duplicates;
}

// Within each menu, the same rule.
inline QStringList duplicateMenuMnemonics(QMenu *menu)
{
    QHash<QChar, QStringList> claims;
    for (QAction *a : menu->actions()) {
        const qsizetype at = a->text().indexOf(QRegularExpression(u"&[^&]"_s));
        if (at >= 0)
            claims[a->text().at(at + 1).toLower()].append(a->text());
    }
    QStringList duplicates;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it->size() > 1)
            duplicates << it->join(u" | "_s);
    }
    return duplicates;
}

} // namespace sdsm::test
