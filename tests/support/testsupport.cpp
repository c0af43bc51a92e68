// SPDX-License-Identifier: Apache-2.0
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sdsm::test {

bool keyringAvailable()
{
    if (qEnvironmentVariable("SDSM_TEST_KEYRING") != u"1"_s)
        return false;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // Credential Manager and the macOS keychain need no bus: CI sets the variable where the
    // runner's user has one (.github/workflows/windows-macos.yml).
    return true;
#else
    // The Secret Service is reached over the session bus with-test-keyring.sh starts.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
}

Sandbox::Sandbox()
{
    QDir(m_dir.path()).mkpath(u"config"_s);
    QDir(m_dir.path()).mkpath(u"data"_s);
    QDir(m_dir.path()).mkpath(u"cache"_s);
}

QProcessEnvironment Sandbox::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
    env.insert(u"XDG_STATE_HOME"_s, path(u"state"_s));
    // Loopback never uses a proxy, but make sure no stray setting can send a test elsewhere.
    for (const QString &proxy : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s,
                                 u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
        env.remove(proxy);
    // Tests compare English sentences: a developer's French desktop must not change them (the
    // translation tests choose their language themselves).
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

QByteArray Sandbox::allFileBytes() const
{
    QByteArray all;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll() + '\n';
    }
    return all;
}

QString CliRun::describe() const
{
    return u"exit %1, stderr: %2"_s.arg(exitCode).arg(QString::fromUtf8(err).trimmed());
}

namespace {

enum class CliWait { Blocking, Serving };

CliRun runCliProcess(const Sandbox &sandbox, const QString &program, const QStringList &args,
                     const QByteArray &input, const QProcessEnvironment &environment, CliWait wait,
                     const std::function<void()> &poll = {})
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? sandbox.environment() : environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    CliRun run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (wait == CliWait::Serving)
        (void)QTest::qWaitFor(
            [&] {
                if (poll)
                    poll();
                return process.state() == QProcess::NotRunning;
            },
            120000);
    else
        process.waitForFinished(120000);
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

CliRun runCli(const Sandbox &sandbox, const QStringList &args, const QByteArray &input,
              const QProcessEnvironment &environment)
{
    return runCliProcess(sandbox, QStringLiteral(SDSM_CLI_PATH), args, input, environment,
                         CliWait::Blocking);
}

CliRun runCliServing(const Sandbox &sandbox, const QStringList &args, const QByteArray &input,
                     const QProcessEnvironment &environment)
{
    return runCliProcess(sandbox, QStringLiteral(SDSM_CLI_PATH), args, input, environment,
                         CliWait::Serving);
}

CliRun runCliMeasured(const Sandbox &sandbox, const QStringList &args, const QByteArray &input,
                      const QProcessEnvironment &environment, const std::function<void()> &poll)
{
#ifdef SDSM_PEAKRSS_PATH
    // The report goes outside the sandbox, whose files the tests search for leaks.
    QTemporaryDir reportDir;
    const QString report = reportDir.filePath(u"peak"_s);
    CliRun run = runCliProcess(sandbox, QStringLiteral(SDSM_PEAKRSS_PATH),
                               QStringList {report, QStringLiteral(SDSM_CLI_PATH)} + args, input,
                               environment, poll ? CliWait::Serving : CliWait::Blocking, poll);
    QFile file(report);
    if (file.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 kib = file.readAll().trimmed().toLongLong(&ok);
        if (ok)
            run.peakKib = kib;
    }
    return run;
#else
    return runCliProcess(sandbox, QStringLiteral(SDSM_CLI_PATH), args, input, environment,
                         poll ? CliWait::Serving : CliWait::Blocking, poll);
#endif
}

bool peakMemoryMeaningful()
{
#if defined(SDSM_PEAKRSS_PATH) && !defined(SDSM_SANITIZED)
    return true;
#else
    return false;
#endif
}

QString requestHeader(const QJsonObject &request, const QString &name)
{
    for (const QJsonValue &h : request.value(u"headers"_s).toArray()) {
        const QJsonArray pair = h.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString();
    }
    return {};
}

bool hasRequestHeader(const QJsonObject &request, const QString &name)
{
    for (const QJsonValue &h : request.value(u"headers"_s).toArray()) {
        if (h.toArray().at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Emulator::Emulator(const QStringList &args)
    : m_dir(std::make_unique<QTemporaryDir>())
{
    QStringList all = args;
    if (!args.contains(u"--port"_s))
        all << u"--port"_s << u"0"_s;
    all << u"--request-log"_s << m_dir->filePath(u"requests.jsonl"_s);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(SDSM_EMULATOR_PATH), all);
    // The emulator prints its address once it accepts connections: that line is the signal.
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(15000))
        line += m_process.readAllStandardOutput();
    for (const QString &scheme : {u"http"_s, u"https"_s}) {
        const QByteArray prefix = "listening " + scheme.toLatin1() + "://127.0.0.1:";
        if (line.startsWith(prefix)) {
            m_port = static_cast<quint16>(line.mid(prefix.size()).trimmed().toUInt());
            m_scheme = scheme;
        }
    }
}

Emulator::~Emulator()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString Emulator::url() const
{
    return u"%1://127.0.0.1:%2"_s.arg(m_scheme).arg(m_port);
}

QList<QJsonObject> Emulator::requests(bool tokenOnly) const
{
    QList<QJsonObject> list;
    QFile log(m_dir->filePath(u"requests.jsonl"_s));
    if (!log.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        if (tokenOnly
            && !(o.value(u"method"_s).toString() == u"POST"_s
                 && o.value(u"path"_s).toString().startsWith(u"/auth/oauth2_token"_s)))
            continue;
        list.append(o);
    }
    return list;
}

QList<QJsonObject> Emulator::requestsTo(const QString &method, const QString &path) const
{
    QList<QJsonObject> matching;
    for (const QJsonObject &r : requests(false)) {
        if (r.value(u"method"_s).toString() == method
            && QUrl(r.value(u"path"_s).toString()).path() == path)
            matching.append(r);
    }
    return matching;
}

qint64 Emulator::requestLogSize() const
{
    return QFileInfo(m_dir->filePath(u"requests.jsonl"_s)).size();
}

QList<QByteArray> encodingsOf(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QByteArray form = QUrl::toPercentEncoding(secret);
    QByteArray formPlus = QUrl::toPercentEncoding(secret, " ");
    formPlus.replace(' ', '+');
    QByteArray utf16;
    for (const QChar c : secret) {
        utf16.append(static_cast<char>(c.unicode() & 0xff));
        utf16.append(static_cast<char>(c.unicode() >> 8));
    }
    const QByteArray b64 = raw.toBase64();
    const QByteArray b64url =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QList<QByteArray> all {raw, form, formPlus, utf16};
    // Base64 of a value embedded in a longer text depends on its offset modulo 3. For each
    // alignment, the characters that depend on the secret alone start after the first group
    // (when a prefix shares it) and stop before the last group.
    for (int shift = 1; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, 'x') + raw;
        for (const QByteArray &enc :
             {shifted.toBase64(), shifted.toBase64(QByteArray::Base64UrlEncoding)}) {
            if (enc.size() > 16)
                all.append(enc.mid(4, enc.size() - 8));
        }
    }
    if (b64.size() > 12) {
        all.append(b64.left(b64.size() - 4));
        all.append(b64url.left(b64url.size() - 4));
    }
    all << b64 << b64url;
    return all;
}

int findLeak(const QByteArray &haystack, const QString &secret)
{
    const QList<QByteArray> encodings = encodingsOf(secret);
    for (int i = 0; i < encodings.size(); ++i) {
        if (!encodings.at(i).isEmpty() && haystack.contains(encodings.at(i)))
            return i;
    }
    return -1;
}

QString canary(const QString &label)
{
    return u"CANARY-%1-%2"_s.arg(label, QUuid::createUuid().toString(QUuid::Id128).left(20));
}

} // namespace sdsm::test

namespace sdsm::test {

PrivateBus::PrivateBus(bool withServices)
{
    QDir(m_home.path()).mkpath(u"runtime"_s);
    QFile::setPermissions(m_home.filePath(u"runtime"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QStringList args {u"--nofork"_s, u"--print-address=1"_s};
    if (withServices) {
        args << u"--session"_s;
    } else {
        const QString config = m_home.filePath(u"bus.conf"_s);
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(QStringLiteral(
                    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                    "1.0//EN\" "
                    "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">"
                    "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                    "<auth>EXTERNAL</auth><policy context=\"default\">"
                    "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                    "<allow own=\"*\"/></policy></busconfig>")
                    .arg(m_home.path())
                    .toUtf8());
        f.close();
        args << u"--config-file="_s + config;
    }
    m_daemon.setProcessEnvironment(environment(false));
    m_daemon.start(u"dbus-daemon"_s, args);
    while (!m_address.contains(u'\n') && m_daemon.waitForReadyRead(10000))
        m_address += QString::fromUtf8(m_daemon.readAllStandardOutput());
    m_address = m_address.trimmed();
}

PrivateBus::~PrivateBus()
{
    m_daemon.terminate();
    m_daemon.waitForFinished(5000);
}

QProcessEnvironment PrivateBus::environment(bool withAddress) const
{
    QProcessEnvironment env = m_sandbox.environment();
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"keyrings"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"runtime"_s));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    if (withAddress)
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    return env;
}

bool PrivateBus::unlockNewKeyring()
{
    QProcess unlock;
    unlock.setProcessEnvironment(environment());
    unlock.start(u"gnome-keyring-daemon"_s, {u"--unlock"_s, u"--components=secrets"_s});
    unlock.write("private-bus-password");
    unlock.closeWriteChannel();
    return unlock.waitForFinished(20000) && unlock.exitCode() == 0;
}

bool PrivateBus::lockLogin()
{
    QProcess lock;
    lock.setProcessEnvironment(environment());
    lock.start(u"dbus-send"_s,
               {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    return lock.waitForFinished(20000) && lock.exitCode() == 0;
}

int PrivateBus::productSecretCount() const
{
    // QtKeychain's libsecret schema stores the service name in the "server" attribute.
    QProcess search;
    search.setProcessEnvironment(environment());
    search.start(u"dbus-send"_s,
                 {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                  u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.SearchItems"_s,
                  u"dict:string:string:server,org.santedb.session-manager"_s});
    if (!search.waitForFinished(20000) || search.exitCode() != 0)
        return -1;
    return int(search.readAllStandardOutput().count("object path \""));
}

} // namespace sdsm::test
