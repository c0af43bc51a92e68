// SPDX-License-Identifier: Apache-2.0
// The baseline of bench/app.sh: the least a Qt Widgets desktop program shows — a main window with
// a menu bar, a list and a status bar — so the app's first window and memory are compared with
// what Qt itself costs on the same machine.
#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s, &app, &QApplication::quit);
    auto *list = new QListWidget(&window);
    list->addItems({u"one"_s, u"two"_s, u"three"_s});
    window.setCentralWidget(list);
    window.statusBar()->showMessage(u"Ready"_s);
    window.resize(900, 600);
    window.show();
    return QApplication::exec();
}
