// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "console.h"
#include "prompter.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace sdsm::cli {

// Answers a session attempt's questions on the terminal, or from standard input for scripts:
// with --password-stdin line 1 is the password, with --mfa-stdin the next line is the code (line
// 1 without --password-stdin). Standard input is read once, at the first question that needs it.
// Without a terminal and without the matching option, a question cannot be asked (nullopt).
class TerminalPrompter final : public Prompter
{
public:
    TerminalPrompter(Console &console, bool passwordFromStdin, bool mfaFromStdin);

    Job<std::optional<QString>> *askPassword(const Profile &profile) override;
    Job<std::optional<QString>> *askMfaCode(const Profile &profile,
                                            const QString &serverPrompt) override;
    Job<std::optional<QString>> *chooseFacility(const Profile &profile,
                                                const QList<Choice> &choices) override;

private:
    // Line `index` of standard input (read whole on first use); an error for unreadable input.
    Result<std::optional<QString>> stdinLine(int index);
    static Job<std::optional<QString>> *answered(Result<std::optional<QString>> answer);

    Console &m_console;
    bool m_passwordFromStdin;
    bool m_mfaFromStdin;
    std::optional<QStringList> m_stdinLines;
};

} // namespace sdsm::cli
