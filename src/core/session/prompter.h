// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"
#include "job.h"
#include "profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace sdsm {

// What a session attempt may have to ask a person in its middle: a password that is never
// stored, the one-time code the server asked for, the facility the server wants chosen. The CLI
// asks on the terminal (or reads standard input), the desktop app shows a dialog.
//
// Each question finishes with the answer, with nullopt when there is no way to ask (no terminal,
// nothing on standard input) — the attempt then fails with an error saying how to give the
// answer — or with an Interrupted error when the person cancelled.
class Prompter
{
public:
    virtual ~Prompter() = default;

    virtual Job<std::optional<QString>> *askPassword(const Profile &profile) = 0;
    // `serverPrompt` is the server's own words (already cleaned), e.g. "Enter the code we sent".
    virtual Job<std::optional<QString>> *askMfaCode(const Profile &profile,
                                                    const QString &serverPrompt) = 0;
    // Finishes with the chosen Choice::id.
    virtual Job<std::optional<QString>> *chooseFacility(const Profile &profile,
                                                        const QList<Choice> &choices) = 0;
};

} // namespace sdsm
