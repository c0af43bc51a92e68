// SPDX-License-Identifier: Apache-2.0
#include "terminal.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>

#include <iterator>
#include <string>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

#ifdef Q_OS_WIN
// Saved before echo is turned off, restored by the Ctrl+C handler, which Windows runs on a thread
// of its own while the main thread may still wait in ReadConsoleW.
HANDLE g_consoleInput = nullptr;
DWORD g_savedConsoleMode = 0;
volatile std::sig_atomic_t g_echoOff = 0;
#else
// Saved before echo is turned off, restored by the signal handler (async-signal-safe calls only).
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;
#endif

extern "C" void onInterrupt(int)
{
#ifndef Q_OS_WIN
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    static const char message[] = "\ninterrupted\n";
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
    _exit(130);
#else
    if (g_echoOff)
        SetConsoleMode(g_consoleInput, g_savedConsoleMode);
    static const char message[] = "\ninterrupted\n";
    DWORD written = 0;
    WriteFile(GetStdHandle(STD_ERROR_HANDLE), message, sizeof message - 1, &written, nullptr);
    std::_Exit(130);
#endif
}

void writeTo(std::FILE *stream, const QByteArray &utf8)
{
#ifdef Q_OS_WIN
    // A console shows UTF-16 whatever its code page, so it gets wide characters; redirected
    // output (a file, a pipe) gets UTF-8 as on every other system.
    HANDLE handle = GetStdHandle(stream == stdout ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE);
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode)) {
        std::fflush(stream);
        const std::wstring wide = QString::fromUtf8(utf8).toStdWString();
        for (size_t done = 0; done < wide.size();) {
            DWORD written = 0;
            if (!WriteConsoleW(handle, wide.data() + done, static_cast<DWORD>(wide.size() - done),
                               &written, nullptr)
                || written == 0)
                break;
            done += written;
        }
        return;
    }
#endif
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

void writeOut(const QString &text)
{
    writeTo(stdout, text.toUtf8());
}

void writeOutUtf8(const QByteArray &text)
{
    writeTo(stdout, text);
}

void writeErr(const QString &text)
{
    writeTo(stderr, text.toUtf8());
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

Result<QByteArray> readStdin(qint64 limit)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("santedb-session", "standard input could not be read"));
    // A pipe hands over at most its buffer per read: keep reading until end of input, so a long
    // value is refused instead of silently cut at the pipe's size.
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray chunk = in.read(limit + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > limit)
        return makeError(
            ErrorKind::Refused,
            QCoreApplication::translate(
                "santedb-session", "standard input holds more than %1 bytes — nothing was used")
                .arg(limit));
    return data;
}

namespace {

QByteArray readLine()
{
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(static_cast<char>(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

#ifdef Q_OS_WIN
// One line typed at the console, read as UTF-16 so characters outside the console's code page
// (é, ü, ß, 中) arrive intact. False when standard input is not a console (redirected).
bool readConsoleLine(QString &line)
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return false;
    wchar_t buffer[256];
    while (!line.endsWith(u'\n')) {
        DWORD read = 0;
        if (!ReadConsoleW(input, buffer, static_cast<DWORD>(std::size(buffer)), &read, nullptr)
            || read == 0)
            break;
        line.append(QString::fromWCharArray(buffer, static_cast<qsizetype>(read)));
        SecureZeroMemory(buffer, sizeof buffer); // it may have held a secret
    }
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return true;
}
#endif

// One answer to a prompt; the bytes read are wiped once decoded.
QString readAnswer()
{
#ifdef Q_OS_WIN
    QString typed;
    if (readConsoleLine(typed))
        return typed;
#endif
    QByteArray line = readLine();
    const QString answer = QString::fromUtf8(line);
    line.fill('\0');
    return answer;
}

} // namespace

QString promptLine(const QString &prompt)
{
    writeErr(prompt);
    return readAnswer();
}

QStringList promptHidden(const QStringList &prompts)
{
    // Echo goes off before the first prompt appears and stays off until the last answer, so
    // nothing typed at any moment of the exchange is shown.
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    g_consoleInput = input;
    g_savedConsoleMode = mode;
    g_echoOff = 1;
    SetConsoleMode(input, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
    tcgetattr(STDIN_FILENO, &g_savedTerminal);
    struct termios quiet = g_savedTerminal;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
#endif
    QStringList answers;
    for (const QString &prompt : prompts) {
        writeErr(prompt);
        answers << readAnswer();
        writeErr(u"\n"_s);
    }
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
    g_echoOff = 0;
#else
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    g_echoOff = 0;
#endif
    return answers;
}

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
#ifndef Q_OS_WIN
    std::signal(SIGTERM, onInterrupt);
#endif
}

} // namespace sdsm::cli
