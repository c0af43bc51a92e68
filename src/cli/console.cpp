// SPDX-License-Identifier: Apache-2.0
#include "console.h"

#include "terminal.h"

#include <QFile>

#include <cstdio>

namespace sdsm::cli {

void ProcessConsole::out(const QString &text)
{
    writeOut(text);
}

void ProcessConsole::outUtf8(const QByteArray &text)
{
    writeOutUtf8(text);
}

void ProcessConsole::err(const QString &text)
{
    writeErr(text);
}

bool ProcessConsole::stdinIsTerminal() const
{
    return sdsm::cli::stdinIsTerminal();
}

Result<QByteArray> ProcessConsole::readStdin(qint64 limit)
{
    return sdsm::cli::readStdin(limit);
}

std::unique_ptr<QIODevice> ProcessConsole::stdinDevice()
{
    auto in = std::make_unique<QFile>();
    if (!in->open(stdin, QIODevice::ReadOnly))
        return nullptr;
    return in;
}

QStringList ProcessConsole::promptHidden(const QStringList &prompts)
{
    return sdsm::cli::promptHidden(prompts);
}

QString ProcessConsole::promptLine(const QString &prompt)
{
    return sdsm::cli::promptLine(prompt);
}

} // namespace sdsm::cli
