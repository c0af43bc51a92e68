// SPDX-License-Identifier: Apache-2.0
#include "dialogprompter.h"

#include "promptdialogs.h"

namespace sdsm::gui {

DialogPrompter::DialogPrompter(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{ }

template<typename Dialog, typename Read>
Job<std::optional<QString>> *DialogPrompter::ask(Dialog *dialog, Read read)
{
    auto *job = new Job<std::optional<QString>>;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<Dialog> guard(dialog);
    // Cancelling the attempt closes the question with it.
    job->setCancelHandler([guard] {
        if (guard)
            guard->reject();
    });
    connect(dialog, &QDialog::finished, job, [job, dialog, read](int result) {
        if (result == QDialog::Accepted)
            job->finish(std::optional<QString>(read(dialog)));
        else
            job->finish(makeError(ErrorKind::Interrupted, tr("cancelled")));
    });
    // Closed any other way (the window went away): the attempt must not wait for ever.
    connect(dialog, &QObject::destroyed, job,
            [job] { job->finish(makeError(ErrorKind::Interrupted, tr("cancelled"))); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
    return job;
}

Job<std::optional<QString>> *DialogPrompter::askPassword(const Profile &profile)
{
    return ask(new SecretPromptDialog(SecretPromptDialog::Kind::Password, profile.name, QString(),
                                      m_parent),
               [](SecretPromptDialog *d) { return d->value(); });
}

Job<std::optional<QString>> *DialogPrompter::askMfaCode(const Profile &profile,
                                                        const QString &serverPrompt)
{
    return ask(new SecretPromptDialog(SecretPromptDialog::Kind::OneTimeCode, profile.name,
                                      serverPrompt, m_parent),
               [](SecretPromptDialog *d) { return d->value().trimmed(); });
}

Job<std::optional<QString>> *DialogPrompter::chooseFacility(const Profile &profile,
                                                            const QList<Choice> &choices)
{
    return ask(new FacilityDialog(profile.name, choices, m_parent),
               [](FacilityDialog *d) { return d->chosenId(); });
}

} // namespace sdsm::gui
