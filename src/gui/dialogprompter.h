// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "prompter.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace sdsm::gui {

// The desktop app's answers to a session attempt's questions: a window-modal dialog each, opened
// without a nested event loop, so the window keeps painting and the countdowns keep running. A
// dialog the person cancels ends the attempt as cancelled (not failed); cancelling the attempt
// closes its dialog.
class DialogPrompter final : public QObject, public sdsm::Prompter
{
    Q_OBJECT
public:
    explicit DialogPrompter(QWidget *parent);

    sdsm::Job<std::optional<QString>> *askPassword(const sdsm::Profile &profile) override;
    sdsm::Job<std::optional<QString>> *askMfaCode(const sdsm::Profile &profile,
                                                  const QString &serverPrompt) override;
    sdsm::Job<std::optional<QString>> *chooseFacility(const sdsm::Profile &profile,
                                                      const QList<sdsm::Choice> &choices) override;

Q_SIGNALS:
    // A dialog opened (tests drive it, the window raises itself for it).
    void dialogOpened(QDialog *dialog);

private:
    template<typename Dialog, typename Read>
    sdsm::Job<std::optional<QString>> *ask(Dialog *dialog, Read read);

    QWidget *m_parent;
};

} // namespace sdsm::gui
