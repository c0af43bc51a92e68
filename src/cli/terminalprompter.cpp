// SPDX-License-Identifier: Apache-2.0
#include "terminalprompter.h"

#include "context.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

TerminalPrompter::TerminalPrompter(Console &console, bool passwordFromStdin, bool mfaFromStdin)
    : m_console(console)
    , m_passwordFromStdin(passwordFromStdin)
    , m_mfaFromStdin(mfaFromStdin)
{ }

Job<std::optional<QString>> *TerminalPrompter::answered(Result<std::optional<QString>> answer)
{
    auto *job = new Job<std::optional<QString>>;
    job->finish(std::move(answer));
    return job;
}

Result<std::optional<QString>> TerminalPrompter::stdinLine(int index)
{
    if (!m_stdinLines) {
        auto input = m_console.readStdin(SecretInputLimit);
        if (!input.ok())
            return input.error();
        QByteArray bytes = std::move(input).value();
        const QString text = QString::fromUtf8(bytes);
        const bool validUtf8 = text.toUtf8() == bytes;
        bytes.fill('\0');
        if (!validUtf8)
            return makeError(
                ErrorKind::Refused,
                QCoreApplication::translate(
                    "santedb-session", "standard input is not valid UTF-8 — nothing was sent"));
        QStringList lines = text.split(u'\n');
        for (QString &line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        }
        m_stdinLines = lines;
    }
    const QString line = m_stdinLines->value(index);
    if (line.isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(line);
}

Job<std::optional<QString>> *TerminalPrompter::askPassword(const Profile &profile)
{
    if (m_passwordFromStdin)
        return answered(stdinLine(0));
    if (!m_console.stdinIsTerminal())
        return answered(std::optional<QString>());
    const QStringList answer = m_console.promptHidden(
        {QCoreApplication::translate("santedb-session", "password for %1 (profile %2): ")
             .arg(profile.username, profile.name)});
    const QString password = answer.value(0);
    return answered(password.isEmpty() ? std::optional<QString>() : std::optional(password));
}

Job<std::optional<QString>> *TerminalPrompter::askMfaCode(const Profile &, const QString &prompt)
{
    if (m_mfaFromStdin)
        return answered(stdinLine(m_passwordFromStdin ? 1 : 0));
    if (!m_console.stdinIsTerminal() || m_passwordFromStdin)
        return answered(std::optional<QString>());
    const QString question = prompt.isEmpty()
        ? QCoreApplication::translate("santedb-session", "the server asks for a one-time code")
        : prompt;
    const QStringList answer = m_console.promptHidden({question + u": "_s});
    const QString code = answer.value(0).trimmed();
    return answered(code.isEmpty() ? std::optional<QString>() : std::optional(code));
}

Job<std::optional<QString>> *TerminalPrompter::chooseFacility(const Profile &,
                                                              const QList<Choice> &choices)
{
    if (!m_console.stdinIsTerminal() || m_passwordFromStdin || m_mfaFromStdin || choices.isEmpty())
        return answered(std::optional<QString>());
    QString list = QCoreApplication::translate(
        "santedb-session", "The server asks which facility this session is for:\n");
    for (qsizetype i = 0; i < choices.size(); ++i)
        list += u"  %1) %2  %3\n"_s.arg(i + 1).arg(choices.at(i).label, choices.at(i).id);
    m_console.err(list);
    const QString answer =
        m_console
            .promptLine(
                QCoreApplication::translate("santedb-session", "facility (1-%1, empty to cancel): ")
                    .arg(choices.size()))
            .trimmed();
    bool ok = false;
    const int chosen = answer.toInt(&ok);
    if (!ok || chosen < 1 || chosen > choices.size())
        return answered(
            makeError(ErrorKind::Interrupted,
                      QCoreApplication::translate("santedb-session", "no facility was chosen")));
    return answered(std::optional(choices.at(chosen - 1).id));
}

} // namespace sdsm::cli
