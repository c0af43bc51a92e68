// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sdsm::cli {

// stdout carries only results; everything else goes to stderr.
void writeOut(const QString &text);
// The same for text already in UTF-8.
void writeOutUtf8(const QByteArray &text);
void writeErr(const QString &text);

bool stdinIsTerminal();
// Reads all of stdin, refusing more than `limit` bytes.
Result<QByteArray> readStdin(qint64 limit);
// Prompts on stderr and reads one line per prompt from the terminal with echo off throughout.
QStringList promptHidden(const QStringList &prompts);
// Prompts on stderr and reads one line from the terminal with echo on.
QString promptLine(const QString &prompt);

// Ctrl+C: restore the terminal, say "interrupted" and exit 130 at once. Nothing is half-written:
// every file is saved atomically and the keychain is written in one call.
void installInterruptHandler();

} // namespace sdsm::cli
