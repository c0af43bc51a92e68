// SPDX-License-Identifier: Apache-2.0
#include "authemulator.h"
#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using sdsm::emu::AuthEmulator;
using sdsm::emu::EmulatorOptions;
using sdsm::emu::Identities;

namespace {

constexpr int usageExit = 2;

int fail(const QString &sentence)
{
    std::fputs(qPrintable(u"santedb-auth-emulator: "_s % sentence % u'\n'), stderr);
    return usageExit;
}

std::optional<int> parseInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop, so the emulator shuts down like on a normal quit.
void quitOnTerminationSignals(QCoreApplication *app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"santedb-auth-emulator"_s);
    QCoreApplication::setApplicationVersion(sdsm::buildinfo::versionText());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local SanteDB-compatible OAuth server for testing SanteDB clients. It listens on "
        u"127.0.0.1 only, prints \"listening http://127.0.0.1:PORT\" (https:// with "
        u"--tls-cert) once ready and runs until SIGINT or SIGTERM.\n\n"
        u"Endpoints: POST /auth/oauth2_token (client_credentials, password, refresh_token), "
        u"GET /auth/.well-known/openid-configuration, GET /auth/jwks, GET /auth/session, "
        u"POST|GET /auth/signout, PING /auth, GET /ami/SecurityPolicy[?oid=OID], "
        u"DELETE /ami/SessionInfo/SID.\n"
        u"Faults (POST /auth/oauth2_token, or the endpoint --fault-on names): "_s
        + EmulatorOptions::faultNames().join(u", "_s)
        + u".\nSigning modes: hs256 (3.x default: a per-run key in /auth/jwks), secret (2.x "
          u"default: the request's client or device secret, kid = client_id), secret-uri (the "
          u"same, alg written as the XML-DSig URI), rs256 (a per-run RSA key and certificate in "
          u"/auth/jwks).\nBuilt-in users (password Mohawk123): allison, bob (MFA code 424242), "
          u"chioma (must choose a facility), dmitri (password expired), evelyn (locked)."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port; 0 (default) picks a free one."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption versionGenOption(
        u"santedb-version"_s, u"Server generation to behave like: 2 or 3 (default)."_s, u"2|3"_s,
        u"3"_s);
    const QCommandLineOption identitiesOption(
        u"identities"_s,
        u"JSON file of applications, devices, users and site policies (default: built-in "
        u"ones)."_s,
        u"FILE.json"_s);
    const QCommandLineOption sessionOption(
        u"session-seconds"_s, u"Session length in seconds (default 3600)."_s, u"N"_s, u"3600"_s);
    const QCommandLineOption logOption(
        u"request-log"_s, u"Append one JSON line per received request to FILE."_s, u"FILE"_s);
    const QCommandLineOption delayOption(u"delay-ms"_s, u"Answer every request N ms late."_s,
                                         u"N"_s, u"0"_s);
    const QCommandLineOption faultOption(u"fault"_s, u"Misbehave on the token endpoint."_s,
                                         u"NAME"_s);
    const QCommandLineOption faultOnOption(
        u"fault-on"_s, u"The endpoint --fault hits: token (default), discovery, jwks or session."_s,
        EmulatorOptions::faultRouteNames().join(u'|'), u"token"_s);
    const QCommandLineOption signingOption(
        u"signing"_s, u"How id_tokens are signed (default: hs256 on 3.x, secret on 2.x)."_s,
        EmulatorOptions::signingNames().join(u'|'));
    const QCommandLineOption certOption(
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (chain) file; needs --tls-key."_s,
        u"PEM"_s);
    const QCommandLineOption keyOption(
        u"tls-key"_s, u"The unencrypted PEM private key (RSA or EC) of --tls-cert."_s, u"PEM"_s);
    const QCommandLineOption clientCaOption(
        u"client-ca"_s,
        u"Ask HTTPS clients for a certificate; one that chains to a CA in this PEM file "
        u"authenticates the device its subject CN names."_s,
        u"PEM"_s);
    parser.addOptions({portOption, versionGenOption, identitiesOption, sessionOption, logOption,
                       delayOption, faultOption, faultOnOption, signingOption, certOption,
                       keyOption, clientCaOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + u" Run with --help for the options."_s);
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(u"santedb-auth-emulator "_s % sdsm::buildinfo::versionText() % u'\n'),
                   stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(u"Unexpected argument \"%1\"; every setting is an --option (see --help)."_s.arg(
            parser.positionalArguments().first()));

    EmulatorOptions options;
    const std::optional<int> port = parseInt(parser.value(portOption), 0, 65535);
    if (!port)
        return fail(u"--port must be a number from 0 to 65535."_s);
    const std::optional<int> generation = parseInt(parser.value(versionGenOption), 2, 3);
    if (!generation)
        return fail(u"--santedb-version must be 2 or 3."_s);
    options.santedbVersion = *generation;
    const std::optional<int> session =
        parseInt(parser.value(sessionOption), 1, EmulatorOptions::maxSessionSeconds);
    if (!session)
        return fail(u"--session-seconds must be a number from 1 to %1."_s.arg(
            EmulatorOptions::maxSessionSeconds));
    options.sessionSeconds = *session;
    const std::optional<int> delay =
        parseInt(parser.value(delayOption), 0, EmulatorOptions::maxDelayMs);
    if (!delay)
        return fail(
            u"--delay-ms must be a number from 0 to %1."_s.arg(EmulatorOptions::maxDelayMs));
    options.delayMs = *delay;
    options.fault = parser.value(faultOption);
    options.faultRoute = parser.value(faultOnOption);
    if (parser.isSet(faultOnOption) && options.fault.isEmpty())
        return fail(u"--fault-on needs a --fault to apply."_s);
    if (parser.isSet(signingOption)) {
        const std::optional<sdsm::emu::Signing> signing =
            EmulatorOptions::signingFromName(parser.value(signingOption));
        if (!signing)
            return fail(u"--signing must be one of %1."_s.arg(
                EmulatorOptions::signingNames().join(u", "_s)));
        options.signing = *signing;
    }
    options.tlsCertificatePath = parser.value(certOption);
    options.tlsKeyPath = parser.value(keyOption);
    options.clientCaPath = parser.value(clientCaOption);
    options.requestLogPath = parser.value(logOption);
    if (parser.isSet(identitiesOption)) {
        const QString path = parser.value(identitiesOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                u"Cannot read the identities file \"%1\" (%2)."_s.arg(path, file.errorString()));
        QString error;
        std::optional<Identities> identities = Identities::fromJson(file.readAll(), &error);
        if (!identities)
            return fail(u"The identities file \"%1\" is unusable: %2"_s.arg(path, error));
        options.identities = std::move(*identities);
    }
    const QString problem = options.validate();
    if (!problem.isEmpty())
        return fail(problem);

    AuthEmulator emulator(options);
    if (!emulator.listen(quint16(*port)))
        return fail(emulator.errorString());
#ifdef Q_OS_UNIX
    quitOnTerminationSignals(&app);
#endif
    std::fputs(qPrintable(u"listening "_s % emulator.baseUrl().toString() % u'\n'), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
