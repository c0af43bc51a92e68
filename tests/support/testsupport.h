// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "job.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace sdsm::test {

// Runs the event loop until `job` finishes and returns its result; nullopt when it did not
// finish within the time (the job is then left to finish on its own).
template<typename T> std::optional<Result<T>> await(Job<T> *job, int timeoutMs = 20000)
{
    std::optional<Result<T>> result;
    QObject context;
    job->then(&context, [&](Result<T> r) { result.emplace(std::move(r)); });
    [[maybe_unused]] const bool finished =
        QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    return result;
}

// Fails the current test unless it runs inside the session bus with an unlocked gnome-keyring
// that scripts/test.sh sets up: keychain tests must use the real keychain, never a fake.
bool keyringAvailable();
#define SDSM_REQUIRE_KEYRING()                                                                     \
    do {                                                                                           \
        if (!sdsm::test::keyringAvailable())                                                       \
            QFAIL("no unlocked test keyring: run the tests through scripts/test.sh");              \
    } while (false)

// A private world for one test: config, data and cache folders of its own.
class Sandbox
{
public:
    Sandbox();
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString configFile() const
    {
        return path(QStringLiteral("config/santedb-session-manager/profiles.json"));
    }
    QProcessEnvironment environment() const; // XDG_* pointed into the sandbox
    // Every file under the sandbox, for leak checks.
    QByteArray allFileBytes() const;

private:
    QTemporaryDir m_dir;
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = -1; // wall time from start to exit
    qint64 peakKib = -1; // peak resident memory (runCliMeasured only; -1 when unknown)
    QString describe() const; // for failure messages: exit code and stderr (never stdout)
};

CliRun runCli(const Sandbox &sandbox, const QStringList &args, const QByteArray &input = {},
              const QProcessEnvironment &environment = {});
// The same while this thread's event loop keeps running, so a server living in the test process
// (CountingServer) can answer the CLI.
CliRun runCliServing(const Sandbox &sandbox, const QStringList &args, const QByteArray &input = {},
                     const QProcessEnvironment &environment = {});
// The same, under the peakrss wrapper, so peakKib holds the CLI's peak resident memory. With
// `poll`, this thread's event loop runs meanwhile and `poll` is called every few milliseconds
// (to see when a server received the request, for instance).
CliRun runCliMeasured(const Sandbox &sandbox, const QStringList &args, const QByteArray &input = {},
                      const QProcessEnvironment &environment = {},
                      const std::function<void()> &poll = {});
// Whether peakKib says something about the product: not with sanitizers, which inflate memory
// many times, and only where the wrapper exists.
bool peakMemoryMeaningful();

// A header of a request from the emulator's --request-log (name compared case-insensitively);
// a null string when the request had none.
QString requestHeader(const QJsonObject &request, const QString &name);
// Whether the request carried that header at all (even empty).
bool hasRequestHeader(const QJsonObject &request, const QString &name);

// santedb-auth-emulator as a child process on a free loopback port.
class Emulator
{
public:
    explicit Emulator(const QStringList &args = {});
    ~Emulator();
    bool started() const { return m_port > 0; }
    quint16 port() const { return m_port; }
    QString url() const; // http://127.0.0.1:PORT, https:// with --tls-cert
    // The JSON lines of --request-log, parsed; only token requests when tokenOnly.
    QList<QJsonObject> requests(bool tokenOnly = true) const;
    // The logged requests with this method and path (query excluded).
    QList<QJsonObject> requestsTo(const QString &method, const QString &path) const;
    // The size of the request log: it grows the moment a complete request arrives.
    qint64 requestLogSize() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_scheme;
};

// Every way a secret could leak in text: raw, base64, base64url, percent- and form-encoded,
// UTF-16LE. Checking all of them is what "no secret appears in any encoding" means.
QList<QByteArray> encodingsOf(const QString &secret);
// Index of the first encoding found in haystack, or -1; never prints the secret itself.
int findLeak(const QByteArray &haystack, const QString &secret);

QString canary(const QString &label);

// A dbus-daemon of our own, so keychain states (no Secret Service, not set up, locked) can be
// made without touching the shared test keyring. Without service directories nothing can provide
// the Secret Service; with the standard session configuration gnome-keyring is D-Bus activated
// with its keyrings inside this object's own folder.
class PrivateBus
{
public:
    explicit PrivateBus(bool withServices);
    ~PrivateBus();
    bool ok() const { return !m_address.isEmpty(); }
    QString address() const { return m_address; }
    // The sandbox's environment on this bus (or with no bus address at all).
    QProcessEnvironment environment(bool withAddress = true) const;
    // Creates and unlocks a login keyring on this bus, as a desktop login would.
    bool unlockNewKeyring();
    bool lockLogin();
    // How many items the product has in this bus's keyring.
    int productSecretCount() const;
    const Sandbox &sandbox() const { return m_sandbox; }

private:
    Sandbox m_sandbox;
    QTemporaryDir m_home;
    QProcess m_daemon;
    QString m_address;
};

} // namespace sdsm::test
