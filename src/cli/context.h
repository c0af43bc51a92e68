// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "arguments.h"
#include "console.h"
#include "job.h"
#include "profile.h"
#include "result.h"
#include "sessionservice.h"

#include <QEventLoop>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sdsm {
class Workspace;
}

namespace sdsm::cli {

inline constexpr qint64 SecretInputLimit = 64 * 1024;
inline constexpr qint64 TokenInputLimit = 1024 * 1024;

// What every command handler works with: its parsed arguments, the console, the global options
// and the shared Workspace (opened on first use, so `--help` and `decode` touch no file).
class Context
{
public:
    Context(const Arguments &arguments, Console &console);
    ~Context();

    const Arguments &args() const { return m_args; }
    Console &console() { return m_console; }
    bool json() const { return m_json; }
    int timeoutSeconds() const { return m_timeout; }
    int minValidSeconds() const { return m_minValid; }
    // "profile add", "login", ...
    QString commandName() const;

    Result<void> readGlobalOptions();
    // The session options the command line gives (--fresh, --min-valid, --timeout, --check,
    // --facility, --no-proxy).
    SessionOptions sessionOptions() const;
    Workspace &workspace();

    void out(const QString &text) { m_console.out(text); }
    void outUtf8(const QByteArray &text) { m_console.outUtf8(text); }
    void err(const QString &text) { m_console.err(text); }
    // The error on stderr, worded with its remedy for the profile the command is about, and as
    // JSON on stdout with --json; returns the exit code.
    int fail(const Error &error);
    // The profile named on the command line (a profile-file warning goes to stderr).
    Result<Profile> findProfile(const QString &name);
    // The profiles a command is about: those `names` name, in that order and each once (an
    // unknown name is an error), else those carrying one of `tags`, else all; in file order.
    Result<QList<Profile>> selectProfiles(const QStringList &names, const QStringList &tags);

private:
    const Arguments &m_args;
    Console &m_console;
    bool m_json;
    int m_timeout = 30;
    int m_minValid = 60;
    std::unique_ptr<Workspace> m_workspace;
};

// Indented JSON text of an object or array.
QString jsonText(const QJsonValue &value);

// A file the user named, as an absolute path; a Config error naming it when it cannot be read.
Result<QString> readableFile(const QString &path, const QString &what);

// The CLI runs one command and exits, so waiting in a local event loop is the simple, honest way
// to drive the asynchronous core.
template<typename T>
Result<T> waitFor(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// The same for a core job.
template<typename T> Result<T> waitForJob(Job<T> *job)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    job->then(&loop, [&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    loop.exec();
    return std::move(*result);
}

} // namespace sdsm::cli
