// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;

namespace sdsm::gui {

// Help > About: what this build is (version and commit), its licence, and the versions of the
// libraries it runs with, so a bug report can say exactly what was in use.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The library versions as plain text, one per line (also what "Copy" puts on the clipboard).
    QString componentsText() const;
};

} // namespace sdsm::gui
