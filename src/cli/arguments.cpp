#include "arguments.h"

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options {
        {u"config"_s, true}, {u"timeout"_s, true},  {u"no-proxy"_s, false},
        {u"help"_s, false},  {u"version"_s, false},
    };
    return options;
}

QList<OptionSpec> profileFieldOptions()
{
    return {
        {u"server"_s, true},      {u"client-id"_s, true},      {u"device-id"_s, true},
        {u"device-cert"_s, true}, {u"no-device"_s, false},     {u"santedb-version"_s, true},
        {u"scope"_s, true},       {u"token-endpoint"_s, true}, {u"ca-file"_s, true},
        {u"pin-sha256"_s, true},  {u"allow-http"_s, false},    {u"note"_s, true},
        {u"grant"_s, true},       {u"username"_s, true},       {u"password-mode"_s, true},
        {u"facility"_s, true},    {u"device-key"_s, true},     {u"tag"_s, true, true},
    };
}

const QString sessionOptionsHelp =
    u"  --fresh              ignore a cached session and request a new one\n"
    "  --min-valid SECONDS  reuse a cached session only with more than this left (default 60);\n"
    "                       a session with a refresh token is renewed before it gets that short\n"
    "  --check              ask the server whether a cached session is still valid before using\n"
    "                       it, and get a new one if the server dropped it\n"
    "  --facility UUID      the facility to send (a user who must choose one)\n"
    "  --password-stdin     read the password from standard input (line 1)\n"
    "  --mfa-stdin          read a one-time code from standard input (the next line), used only\n"
    "                       if the server asks for one\n"_s;

const QString profileOptionsHelp =
    u"  --server URL             server root, e.g. https://mpi-test.local:8443\n"
    "  --client-id ID           the application's client_id\n"
    "  --device-id ID           authenticate a device with its device secret (no ':')\n"
    "  --device-cert FILE       authenticate the device with a client certificate: PKCS#12\n"
    "                           (.p12/.pfx; password: `secret set NAME cert-password`) or PEM\n"
    "  --device-key KEY.pem     the PEM private key of a PEM --device-cert\n"
    "  --no-device              application only\n"
    "  --santedb-version V      auto (default), 2 or 3\n"
    "  --scope SCOPE            space-separated policy OIDs, default *\n"
    "  --token-endpoint URL     default <server>/auth/oauth2_token\n"
    "  --ca-file PEM            extra trusted CA certificates\n"
    "  --pin-sha256 HEX         SHA-256 of the server's leaf certificate (colons and case "
    "ignored)\n"
    "  --allow-http             accept plain http to a host other than loopback\n"
    "  --note TEXT              free text\n"
    "  --grant GRANT            client_credentials (default) or password (a user session)\n"
    "  --username USER          the user of the password grant\n"
    "  --password-mode MODE     stored (default: `secret set NAME password`) or ask (asked\n"
    "                           each time, never stored)\n"
    "  --facility UUID          a facility to send with the first request\n"
    "  --tag TAG                a tag for grouping (repeat for several)\n"_s;

} // namespace

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = [] {
        QList<OptionSpec> editOptions = profileFieldOptions();
        editOptions.append({{u"rename"_s, true}, {u"no-allow-http"_s, false}});
        const QList<OptionSpec> sessionOptions {
            {u"fresh"_s, false},   {u"min-valid"_s, true},       {u"check"_s, false},
            {u"facility"_s, true}, {u"password-stdin"_s, false}, {u"mfa-stdin"_s, false},
        };
        QList<OptionSpec> loginOptions = sessionOptions;
        loginOptions.append({u"json"_s, false});
        QList<OptionSpec> curlOptions = sessionOptions;
        curlOptions.append({u"any-origin"_s, false});
        return QList<CommandSpec> {
            {{u"profile"_s, u"add"_s},
             u"profile add NAME --server URL --client-id ID (--device-id ID | --device-cert FILE | --no-device) [options]"_s,
             u"Adds a profile: the non-secret settings of an application and its device.\n"
             "Secrets are set afterwards with `secret set`.\n\n"_s
                 + profileOptionsHelp
                 + u"\nExample:\n  santedb-session profile add demo --server http://127.0.0.1:8080 "
                   u"\\\n"
                   "      --client-id EXAMPLE_APPLICATION --device-id EXAMPLE_DEVICE_NODE\n"_s,
             profileFieldOptions(),
             1,
             1},
            {{u"profile"_s, u"edit"_s},
             u"profile edit NAME [profile options] [--rename NEW] [--no-allow-http]"_s,
             u"Changes a profile; an empty value resets an option to its default\n"
             "(--scope \"\" is *, --token-endpoint \"\" is <server>/auth/oauth2_token).\n"
             "Any change forgets the cached session; changing --santedb-version forgets the detected one.\n\n"_s
                 + profileOptionsHelp
                 + u"  --rename NEW             new name (the keychain entries follow)\n"
                   "  --no-allow-http          refuse plain http again\n"_s,
             editOptions,
             1,
             1},
            {{u"profile"_s, u"list"_s},
             u"profile list [--json]"_s,
             u"Lists the profiles and their last session state (reads no keychain).\n"_s,
             {{u"json"_s, false}},
             0,
             0},
            {{u"profile"_s, u"show"_s},
             u"profile show NAME [--json]"_s,
             u"Shows one profile, which of its secrets are stored, and its last session.\n"_s,
             {{u"json"_s, false}},
             1,
             1},
            {{u"profile"_s, u"remove"_s},
             u"profile remove NAME"_s,
             u"Removes a profile and deletes its keychain entries.\n"_s,
             {},
             1,
             1},
            {{u"profile"_s, u"export"_s},
             u"profile export [NAME...] [--output FILE]"_s,
             u"Writes profiles as JSON (all when no NAME is given). Never includes secrets.\n"_s,
             {{u"output"_s, true}},
             0,
             -1},
            {{u"profile"_s, u"import"_s},
             u"profile import FILE"_s,
             u"Adds the profiles of an export file (FILE or - for stdin), all or nothing;\n"
             "refuses names that already exist. Each imported profile gets a new UUID.\n"_s,
             {},
             1,
             1},
            {{u"profile"_s, u"trust"_s},
             u"profile trust NAME [--yes]"_s,
             u"Connects to the profile's server, shows its certificate (subject, issuer, "
             u"validity,\n"
             "SHA-256) and, after you type yes (or with --yes), trusts exactly that certificate "
             "for\n"
             "the server's origin (scheme, host, port), like SSH's known_hosts: every profile on "
             "that\n"
             "origin and `discover` accept it. A certificate that later changes is refused before\n"
             "anything is sent. A profile's own --pin-sha256 takes precedence.\n\n"
             "  --yes                trust without asking (check the SHA-256 first)\n"_s,
             {{u"yes"_s, false}},
             1,
             1},
            {{u"secret"_s, u"set"_s},
             u"secret set NAME client|device|cert-password|password"_s,
             u"Stores a secret in the OS keychain. Reads standard input (one trailing newline "
             u"removed),\n"
             "or prompts twice without echo on a terminal. Never pass secrets as arguments.\n\n"
             "Example:\n  printf %s \"$SECRET\" | santedb-session secret set demo client\n"_s,
             {},
             2,
             2},
            {{u"secret"_s, u"clear"_s},
             u"secret clear NAME [client|device|cert-password|password|session]"_s,
             u"Deletes one keychain entry of a profile, or all five without a kind.\n"
             "Clearing the session only forgets it here: the server keeps it valid until it\n"
             "expires — use `logout NAME` to end it on the server.\n"_s,
             {},
             1,
             2},
            {{u"login"_s},
             u"login NAME [--fresh] [--min-valid SECONDS] [--check] [--facility UUID] [--json]"_s,
             u"Obtains a session (or reuses the cached one) and describes it. Only --json prints the token.\n\n"_s
                 + sessionOptionsHelp
                 + u"  --json               machine-readable result, including access_token\n"_s,
             loginOptions,
             1,
             1},
            {{u"token"_s},
             u"token NAME [--fresh] [--min-valid SECONDS] [--check] [--facility UUID]"_s,
             u"Prints the access token.\n\n"_s + sessionOptionsHelp,
             sessionOptions,
             1,
             1},
            {{u"header"_s},
             u"header NAME [--fresh] [--min-valid SECONDS] [--check] [--facility UUID]"_s,
             u"Prints `Authorization: Bearer <access_token>`.\n\n"_s + sessionOptionsHelp
                 + u"\nExample:\n  curl -H \"$(santedb-session header demo)\" http://127.0.0.1:8080/hdsi/Patient\n"_s,
             sessionOptions,
             1,
             1},
            {{u"curl"_s},
             u"curl NAME [PATH|URL] [--any-origin] [--fresh] [--min-valid SECONDS] [--check]"_s,
             u"Prints a ready curl command line with the bearer header. PATH is appended to the "
             u"server\n"
             "root; no argument means <root>/auth/session. A URL on another origin needs --any-origin.\n\n"_s
                 + sessionOptionsHelp
                 + u"  --any-origin         allow a URL outside the profile's server\n"_s,
             curlOptions,
             1,
             2},
            {{u"session"_s},
             u"session NAME [--json]"_s,
             u"Asks the server whether the cached session is still valid (GET "
             u"<root>/auth/session).\n"
             "Exit 0 when it is, 3 when the server no longer knows it. Prints no token.\n"_s,
             {{u"json"_s, false}},
             1,
             1},
            {{u"logout"_s},
             u"logout NAME"_s,
             u"Ends the cached session on the server (POST <root>/auth/signout) and forgets it "
             u"here.\n"
             "A session the server had already dropped is reported, not an error.\n"_s,
             {},
             1,
             1},
            {{u"discover"_s},
             u"discover URL [--json] [--ca-file PEM] [--pin-sha256 HEX]"_s,
             u"Reads a server's OpenID discovery document "
             u"(<URL>/auth/.well-known/openid-configuration)\n"
             "without sending any credential: issuer, token, JWKS, userinfo and end-session "
             "endpoints,\n"
             "grant types, signing algorithms and a guess at the SanteDB generation.\n\n"
             "  --json               machine-readable result\n"
             "  --ca-file PEM        extra trusted CA certificates\n"
             "  --pin-sha256 HEX     accept exactly this server certificate\n"_s,
             {{u"json"_s, false}, {u"ca-file"_s, true}, {u"pin-sha256"_s, true}},
             1,
             1},
            {{u"decode"_s},
             u"decode [JWT|-] [--json]"_s,
             u"Decodes a JWT (argument, or standard input when absent or -); a leading\n"
             "`Bearer ` or `Authorization: Bearer ` is ignored. The signature is not verified.\n"_s,
             {{u"json"_s, false}},
             0,
             1},
        };
    }();
    return list;
}

Result<Arguments> parseArguments(const QStringList &args)
{
    Arguments parsed;
    QStringList words;
    bool optionsEnded = false;

    auto findCommand = [&]() -> const CommandSpec * {
        for (const CommandSpec &c : commands()) {
            if (c.words == words)
                return &c;
        }
        return nullptr;
    };
    auto isGroup = [](const QString &w) { return w == u"profile"_s || w == u"secret"_s; };

    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!optionsEnded && arg == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && (arg.startsWith(u"--"_s) || arg == u"-h"_s)) {
            QString name = arg == u"-h"_s ? u"help"_s : arg.mid(2);
            std::optional<QString> inlineValue;
            if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name.truncate(eq);
            }
            const OptionSpec *spec = nullptr;
            for (const OptionSpec &o : globalOptions()) {
                if (o.name == name)
                    spec = &o;
            }
            if (!spec && parsed.command) {
                for (const OptionSpec &o : parsed.command->options) {
                    if (o.name == name)
                        spec = &o;
                }
            }
            const QString where = parsed.command
                ? u"santedb-session "_s + parsed.command->words.join(u' ')
                : u"santedb-session"_s;
            if (!spec)
                return makeError(
                    ErrorKind::Usage,
                    u"unknown option --%1 for `%2` — see `%2 --help`"_s.arg(name, where));
            QString value;
            if (spec->takesValue) {
                if (inlineValue) {
                    value = *inlineValue;
                } else if (i + 1 < args.size()) {
                    value = args.at(++i);
                } else {
                    return makeError(
                        ErrorKind::Usage,
                        u"option --%1 needs a value — see `%2 --help`"_s.arg(name, where));
                }
            } else if (inlineValue) {
                return makeError(
                    ErrorKind::Usage,
                    u"option --%1 takes no value — see `%2 --help`"_s.arg(name, where));
            }
            if (name == u"help"_s) {
                parsed.help = true;
            } else if (name == u"version"_s) {
                parsed.version = true;
            } else if (parsed.options.contains(name) && !spec->repeatable) {
                return makeError(ErrorKind::Usage, u"option --%1 is given twice"_s.arg(name));
            } else {
                parsed.options.insert(name, value);
                if (spec->repeatable)
                    parsed.repeated[name].append(value);
            }
            continue;
        }
        if (!parsed.command) {
            words.append(arg);
            parsed.command = findCommand();
            if (!parsed.command && !(words.size() == 1 && isGroup(arg)))
                return makeError(
                    ErrorKind::Usage,
                    u"unknown command `%1` — see `santedb-session --help`"_s.arg(words.join(u' ')));
            continue;
        }
        parsed.positional.append(arg);
    }

    if (!parsed.command && !words.isEmpty())
        parsed.group = words;
    if (parsed.help || parsed.version)
        return parsed;
    if (!parsed.command) {
        if (!parsed.group.isEmpty())
            return makeError(ErrorKind::Usage,
                             u"`%1` needs a subcommand — see `santedb-session %1 --help`"_s.arg(
                                 parsed.group.first()));
        return makeError(ErrorKind::Usage, u"no command given — see `santedb-session --help`"_s);
    }
    const CommandSpec &c = *parsed.command;
    const qsizetype count = parsed.positional.size();
    if (count < c.minPositional || (c.maxPositional >= 0 && count > c.maxPositional))
        return makeError(ErrorKind::Usage, u"usage: santedb-session %1"_s.arg(c.synopsis));
    return parsed;
}

QString generalHelp()
{
    QString text =
        u"santedb-session — SanteDB sessions from the command line, secrets in the OS keychain.\n\n"
        "Usage: santedb-session [global options] COMMAND [arguments] [options]\n\nCommands:\n"_s;
    for (const CommandSpec &c : commands())
        text += u"  "_s + c.synopsis + u'\n';
    text += u"\nGlobal options (before or after the command):\n"
            "  --config FILE        profile file (default: the user's config folder)\n"
            "  --timeout SECONDS    total deadline for each request (default 30)\n"
            "  --no-proxy           never use a proxy (loopback never does)\n"
            "  --help               help for any command\n"
            "  --version            print the version\n\n"
            "Exit codes: 0 success, 1 internal error, 2 usage/configuration/refused input,\n"
            "3 OAuth error from the server (HTTP 400/401/403), 4 other network or server failure,\n"
            "5 keychain unavailable or locked, or a required secret missing, 130 interrupted.\n"_s;
    return text;
}

QString commandHelp(const CommandSpec &command)
{
    return u"Usage: santedb-session "_s + command.synopsis + u"\n\n"_s + command.help;
}

QString groupHelp(const QString &group)
{
    QString text = u"Usage: santedb-session %1 SUBCOMMAND ...\n\n"_s.arg(group);
    for (const CommandSpec &c : commands()) {
        if (c.words.first() == group)
            text += u"  santedb-session "_s + c.synopsis + u'\n';
    }
    return text;
}

} // namespace sdsm::cli
