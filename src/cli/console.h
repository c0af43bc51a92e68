// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace sdsm::cli {

// Where a command reads and writes: the process's terminal, or buffers when a test runs a
// command in-process. stdout carries only results; everything else goes to stderr.
class Console
{
public:
    virtual ~Console() = default;

    virtual void out(const QString &text) = 0;
    // The same for text already in UTF-8 (long JSON is written straight from bytes).
    virtual void outUtf8(const QByteArray &text) { out(QString::fromUtf8(text)); }
    virtual void err(const QString &text) = 0;
    virtual bool stdinIsTerminal() const = 0;
    // All of stdin, refusing more than `limit` bytes.
    virtual Result<QByteArray> readStdin(qint64 limit) = 0;
    // stdin as a device, for input of any size read as it comes; null when it cannot be opened.
    virtual std::unique_ptr<QIODevice> stdinDevice() = 0;
    // Prompts on stderr and reads one line per prompt with echo off throughout (terminal only).
    virtual QStringList promptHidden(const QStringList &prompts) = 0;
    // Prompts on stderr and reads one visible line (terminal only), e.g. a numbered choice.
    virtual QString promptLine(const QString &prompt) = 0;
};

// The real one: stdout, stderr and the terminal of this process.
class ProcessConsole final : public Console
{
public:
    void out(const QString &text) override;
    void outUtf8(const QByteArray &text) override;
    void err(const QString &text) override;
    bool stdinIsTerminal() const override;
    Result<QByteArray> readStdin(qint64 limit) override;
    std::unique_ptr<QIODevice> stdinDevice() override;
    QStringList promptHidden(const QStringList &prompts) override;
    QString promptLine(const QString &prompt) override;
};

} // namespace sdsm::cli
