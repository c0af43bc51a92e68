// SPDX-License-Identifier: Apache-2.0
#include "arguments.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

// The table keeps its texts in English: the man pages and completions are made from it at build
// time, with no translator. --help translates them where it prints them (translated()), so
// lupdate is shown each one through QT_TRANSLATE_NOOP.
QString english(const char *text)
{
    return QString::fromUtf8(text);
}

QString translated(const QString &text)
{
    return QCoreApplication::translate("santedb-session", text.toUtf8().constData());
}

QList<OptionSpec> profileFieldOptions()
{
    return {
        {u"server"_s, true, false, u"URL"_s,
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "server root, e.g. https://mpi-test.local:8443"))},
        {u"client-id"_s, true, false, u"ID"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "the application's client_id"))},
        {u"device-id"_s, true, false, u"ID"_s,
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "authenticate a device with its device secret (no ':')"))},
        {u"device-cert"_s, true, false, u"FILE"_s,
         english(QT_TRANSLATE_NOOP(
             "santedb-session",
             "authenticate the device with a client certificate: PKCS#12 (.p12/.pfx; password: "
             "`secret set NAME cert-password`) or PEM"))},
        {u"device-key"_s, true, false, u"KEY.pem"_s,
         english(
             QT_TRANSLATE_NOOP("santedb-session", "the PEM private key of a PEM --device-cert"))},
        {u"no-device"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP("santedb-session", "application only"))},
        {u"santedb-version"_s, true, false, u"auto|2|3"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "auto (default), 2 or 3"))},
        {u"scope"_s, true, false, u"SCOPE"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "space-separated policy OIDs, default *"))},
        {u"token-endpoint"_s, true, false, u"URL"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "default <server>/auth/oauth2_token"))},
        {u"ca-file"_s, true, false, u"PEM"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "extra trusted CA certificates"))},
        {u"pin-sha256"_s, true, false, u"HEX"_s,
         english(QT_TRANSLATE_NOOP(
             "santedb-session",
             "SHA-256 of the server's leaf certificate (colons and case ignored)"))},
        {u"allow-http"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "accept plain http to a host other than loopback"))},
        {u"note"_s, true, false, u"TEXT"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "free text"))},
        {u"grant"_s, true, false, u"client_credentials|password"_s,
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "client_credentials (default) or password (a user session)"))},
        {u"username"_s, true, false, u"USER"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "the user of the password grant"))},
        {u"password-mode"_s, true, false, u"stored|ask"_s,
         english(QT_TRANSLATE_NOOP(
             "santedb-session",
             "stored (default: `secret set NAME password`) or ask (asked each time, never "
             "stored)"))},
        {u"facility"_s, true, false, u"UUID"_s,
         english(
             QT_TRANSLATE_NOOP("santedb-session", "a facility to send with the first request"))},
        {u"tag"_s, true, true, u"TAG"_s,
         english(QT_TRANSLATE_NOOP("santedb-session", "a tag for grouping (repeat for several)"))},
    };
}

QList<OptionSpec> sessionOptions()
{
    return {
        {u"fresh"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "ignore a cached session and request a new one"))},
        {u"min-valid"_s, true, false, u"SECONDS"_s,
         english(QT_TRANSLATE_NOOP(
             "santedb-session",
             "reuse a cached session only with more than this left (default 60); a session with "
             "a refresh token is renewed before it gets that short"))},
        {u"check"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP(
             "santedb-session",
             "ask the server whether a cached session is still valid before using it, and get a "
             "new one if the server dropped it"))},
        {u"facility"_s, true, false, u"UUID"_s,
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "the facility to send (a user who must choose one)"))},
        {u"password-stdin"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "read the password from standard input (line 1)"))},
        {u"mfa-stdin"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP(
             "santedb-session",
             "read a one-time code from standard input (the next line), used only if the server "
             "asks for one"))},
    };
}

const OptionSpec jsonOption {
    u"json"_s,
    false,
    false,
    {},
    english(QT_TRANSLATE_NOOP("santedb-session", "machine-readable output"))};
// Where a command takes profile names it also takes tags (issue 8).
const OptionSpec tagFilterOption {
    u"tag"_s, true, true, u"TAG"_s,
    english(QT_TRANSLATE_NOOP("santedb-session",
                              "only the profiles with this tag (repeat for several: any of "
                              "them)"))};

} // namespace

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options {
        {u"config"_s, true, false, u"FILE"_s,
         english(QT_TRANSLATE_NOOP("santedb-session",
                                   "profile file (default: the user's config folder)"))},
        {u"timeout"_s, true, false, u"SECONDS"_s,
         english(
             QT_TRANSLATE_NOOP("santedb-session", "total deadline for each request (default 30)"))},
        {u"no-proxy"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP("santedb-session", "never use a proxy (loopback never does)"))},
        {u"help"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP("santedb-session", "help for any command"))},
        {u"version"_s,
         false,
         false,
         {},
         english(QT_TRANSLATE_NOOP("santedb-session", "print the version"))},
    };
    return options;
}

QString optionsHelp(const QList<OptionSpec> &options)
{
    auto left = [](const OptionSpec &o) -> QString {
        QString text = u"--"_s + o.name;
        if (!o.valueName.isEmpty())
            text += u' ' + o.valueName;
        return text;
    };
    qsizetype width = 0;
    for (const OptionSpec &o : options)
        width = std::max(width, left(o).size());
    QString text;
    for (const OptionSpec &o : options)
        text += u"  "_s + left(o).leftJustified(width + 2) + translated(o.summary) + u'\n';
    return text;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = [] {
        QList<OptionSpec> editOptions = profileFieldOptions();
        editOptions.append(
            {{u"rename"_s, true, false, u"NEW"_s,
              english(
                  QT_TRANSLATE_NOOP("santedb-session", "new name (the keychain entries follow)"))},
             {u"no-allow-http"_s,
              false,
              false,
              {},
              english(QT_TRANSLATE_NOOP("santedb-session", "refuse plain http again"))}});
        QList<OptionSpec> loginOptions = sessionOptions();
        loginOptions.append(
            {u"json"_s,
             false,
             false,
             {},
             english(QT_TRANSLATE_NOOP("santedb-session",
                                       "machine-readable result, including access_token"))});
        QList<OptionSpec> curlOptions = sessionOptions();
        curlOptions.append({u"any-origin"_s,
                            false,
                            false,
                            {},
                            english(QT_TRANSLATE_NOOP(
                                "santedb-session", "allow a URL outside the profile's server"))});
        return QList<CommandSpec> {
            {{u"profile"_s, u"add"_s},
             u"profile add NAME --server URL --client-id ID (--device-id ID | --device-cert FILE | --no-device) [options]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Adds a profile: the non-secret settings of an application and its device.\n"
                 "Secrets are set afterwards with `secret set`.\n")),
             profileFieldOptions(),
             1,
             1,
             u"santedb-session profile add demo --server http://127.0.0.1:8080 \\\n"
             "    --client-id EXAMPLE_APPLICATION --device-id EXAMPLE_DEVICE_NODE\n"_s},
            {{u"profile"_s, u"edit"_s},
             u"profile edit NAME [profile options] [--rename NEW] [--no-allow-http]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Changes a profile; an empty value resets an option to its default\n"
                 "(--scope \"\" is *, --token-endpoint \"\" is <server>/auth/oauth2_token).\n"
                 "Any change forgets the cached session; changing --santedb-version forgets the "
                 "detected one.\n")),
             editOptions,
             1,
             1},
            {{u"profile"_s, u"list"_s},
             u"profile list [--tag TAG]... [--json]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Lists the profiles and their last session state (reads no keychain).\n")),
             {tagFilterOption, jsonOption},
             0,
             0},
            {{u"profile"_s, u"show"_s},
             u"profile show NAME [--json]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Shows one profile, which of its secrets are stored, and its last session.\n")),
             {jsonOption},
             1,
             1},
            {{u"profile"_s, u"remove"_s},
             u"profile remove NAME"_s,
             english(QT_TRANSLATE_NOOP("santedb-session",
                                       "Removes a profile and deletes its keychain entries.\n")),
             {},
             1,
             1},
            {{u"profile"_s, u"export"_s},
             u"profile export [NAME...] [--tag TAG]... [--output FILE]"_s,
             english(QT_TRANSLATE_NOOP("santedb-session",
                                       "Writes profiles as JSON (all when neither NAME nor --tag "
                                       "is given). Never includes "
                                       "secrets.\n")),
             {tagFilterOption,
              {u"output"_s, true, false, u"FILE"_s,
               english(QT_TRANSLATE_NOOP("santedb-session",
                                         "write to FILE instead of standard output"))}},
             0,
             -1},
            {{u"profile"_s, u"import"_s},
             u"profile import FILE [--csv] [--secrets-stdin]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Adds the profiles of an export file (FILE or - for stdin), all or nothing;\n"
                 "refuses names that already exist. Each imported profile gets a new UUID.\n\n"
                 "With --csv, FILE is CSV with a header row naming `profile add` options as "
                 "columns\n"
                 "(name, server, client_id, device_id, device_cert, grant, username, "
                 "santedb_version,\n"
                 "scope, token_endpoint, ca_file, tag, note, ...): one profile per row, several "
                 "tags "
                 "separated "
                 "by commas.\n"
                 "With --secrets-stdin, standard input holds JSON lines\n"
                 "{\"name\": …, \"client\": …, \"device\": …, \"password\": …, "
                 "\"cert_password\": …}\n"
                 "whose secrets go straight to the keychain. Every row and secret is checked "
                 "before "
                 "anything\n"
                 "is stored. Delete the secrets file afterwards.\n")),
             {{u"csv"_s,
               false,
               false,
               {},
               english(QT_TRANSLATE_NOOP("santedb-session", "FILE is CSV with a header row"))},
              {u"secrets-stdin"_s,
               false,
               false,
               {},
               english(QT_TRANSLATE_NOOP(
                   "santedb-session",
                   "read the profiles' secrets from standard input, one JSON object a line"))}},
             1,
             1,
             u"santedb-session profile import --csv devices.csv --secrets-stdin < secrets.jsonl\n"
             "shred -u secrets.jsonl\n"_s},
            {{u"profile"_s, u"trust"_s},
             u"profile trust NAME [--yes]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Connects to the profile's server, shows its certificate (subject, issuer, "
                 "validity,\n"
                 "SHA-256) and, after you type yes (or with --yes), trusts exactly that "
                 "certificate "
                 "for\n"
                 "the server's origin (scheme, host, port), like SSH's known_hosts: every profile "
                 "on\n"
                 "that origin and `discover` accept it. A certificate that later changes is "
                 "refused\n"
                 "before anything is sent. A profile's own --pin-sha256 takes precedence.\n")),
             {{u"yes"_s,
               false,
               false,
               {},
               english(QT_TRANSLATE_NOOP("santedb-session",
                                         "trust without asking (check the SHA-256 first)"))}},
             1,
             1},
            {{u"secret"_s, u"set"_s},
             u"secret set NAME client|device|cert-password|password"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Stores a secret in the OS keychain. Reads standard input (one trailing newline "
                 "removed),\n"
                 "or prompts twice without echo on a terminal. Never pass secrets as "
                 "arguments.\n")),
             {},
             2,
             2,
             u"printf %s \"$SECRET\" | santedb-session secret set demo client\n"_s},
            {{u"secret"_s, u"clear"_s},
             u"secret clear NAME [client|device|cert-password|password|session]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Deletes one keychain entry of a profile, or all five without a kind.\n"
                 "Clearing the session only forgets it here: the server keeps it valid until it\n"
                 "expires — use `logout NAME` to end it on the server.\n")),
             {},
             1,
             2},
            {{u"login"_s},
             u"login NAME [--fresh] [--min-valid SECONDS] [--check] [--facility UUID] [--json]"_s,
             english(QT_TRANSLATE_NOOP("santedb-session",
                                       "Obtains a session (or reuses the cached one) and describes "
                                       "it. Only --json prints the token.\n")),
             loginOptions,
             1,
             1},
            {{u"token"_s},
             u"token NAME [--fresh] [--min-valid SECONDS] [--check] [--facility UUID]"_s,
             english(QT_TRANSLATE_NOOP("santedb-session", "Prints the access token.\n")),
             sessionOptions(),
             1,
             1},
            {{u"header"_s},
             u"header NAME [--fresh] [--min-valid SECONDS] [--check] [--facility UUID]"_s,
             english(QT_TRANSLATE_NOOP("santedb-session",
                                       "Prints `Authorization: Bearer <access_token>`.\n")),
             sessionOptions(),
             1,
             1,
             u"curl -H \"$(santedb-session header demo)\" http://127.0.0.1:8080/hdsi/Patient\n"_s},
            {{u"curl"_s},
             u"curl NAME [PATH|URL] [--any-origin] [--fresh] [--min-valid SECONDS] [--check]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Prints a ready curl command line with the bearer header. PATH is appended to the "
                 "server\n"
                 "root; no argument means <root>/auth/session. A URL on another origin needs "
                 "--any-origin.\n")),
             curlOptions,
             1,
             2},
            {{u"session"_s},
             u"session NAME [--json]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Asks the server whether the cached session is still valid (GET "
                 "<root>/auth/session).\n"
                 "Exit 0 when it is, 3 when the server no longer knows it. Prints no token.\n")),
             {jsonOption},
             1,
             1},
            {{u"logout"_s},
             u"logout NAME"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Ends the cached session on the server (POST <root>/auth/signout) and forgets it "
                 "here.\n"
                 "A session the server had already dropped is reported, not an error.\n")),
             {},
             1,
             1},
            {{u"check"_s},
             u"check [NAME...] [--all | --tag TAG] [--json | --csv] [--jobs N] [--rate PER_SECOND] "
             u"[--fresh] [--expect-policy OID]... [--facility UUID]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Tries the identities of the named profiles, or all, or those with a tag (give "
                 "one "
                 "of the\n"
                 "three), several at once, each exactly once (never retried), and reports which "
                 "work: "
                 "the\n"
                 "cause when one does not, the time left, the policies, whether the device was\n"
                 "authenticated, the signature and the latency. A valid cached session is used; no "
                 "new one\n"
                 "is cached and no token is printed. Profiles that ask for the password each time "
                 "are\n"
                 "skipped, never asked. Exit 0 when all work, else the highest exit code among the "
                 "others.\n")),
             {{u"all"_s,
               false,
               false,
               {},
               english(QT_TRANSLATE_NOOP("santedb-session", "every profile"))},
              tagFilterOption,
              {u"json"_s,
               false,
               false,
               {},
               english(
                   QT_TRANSLATE_NOOP("santedb-session", "an array with one object per identity"))},
              {u"csv"_s,
               false,
               false,
               {},
               english(QT_TRANSLATE_NOOP("santedb-session",
                                         "CSV with a header row, the columns of --json"))},
              {u"jobs"_s, true, false, u"N"_s,
               english(QT_TRANSLATE_NOOP("santedb-session",
                                         "identities tried at once (default 16, at most 32)"))},
              {u"rate"_s, true, false, u"PER_SECOND"_s,
               english(QT_TRANSLATE_NOOP("santedb-session",
                                         "start at most this many identities per second"))},
              {u"fresh"_s,
               false,
               false,
               {},
               english(QT_TRANSLATE_NOOP("santedb-session",
                                         "ignore cached sessions: ask the server for each"))},
              {u"expect-policy"_s, true, true, u"OID"_s,
               english(QT_TRANSLATE_NOOP(
                   "santedb-session",
                   "an identity whose session lacks this policy fails (repeat for several)"))},
              {u"facility"_s, true, false, u"UUID"_s,
               english(QT_TRANSLATE_NOOP("santedb-session",
                                         "the facility to send for users who must choose one"))}},
             0,
             -1,
             u"santedb-session check --tag ward-3 --expect-policy 1.3.6.1.4.1.33349.3.1.5.9.2.1.0\n"_s},
            {{u"discover"_s},
             u"discover URL [--json] [--ca-file PEM] [--pin-sha256 HEX]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Reads a server's OpenID discovery document (<URL>/auth/.well-known/openid-\n"
                 "configuration) without sending any credential: issuer, token, JWKS, userinfo "
                 "and\n"
                 "end-session endpoints, grant types, signing algorithms and a guess at the "
                 "SanteDB\n"
                 "generation.\n")),
             {jsonOption,
              {u"ca-file"_s, true, false, u"PEM"_s,
               english(QT_TRANSLATE_NOOP("santedb-session", "extra trusted CA certificates"))},
              {u"pin-sha256"_s, true, false, u"HEX"_s,
               english(QT_TRANSLATE_NOOP(
                   "santedb-session",
                   "accept exactly this server certificate (SHA-256; colons and case ignored)"))}},
             1,
             1,
             u"santedb-session discover https://mpi-test.local:8443 --json\n"_s},
            {{u"decode"_s},
             u"decode [JWT|-] [--jwks URL|FILE] [--json]"_s,
             english(QT_TRANSLATE_NOOP(
                 "santedb-session",
                 "Decodes a JWT (argument, or standard input when absent or -); a leading\n"
                 "`Bearer ` or `Authorization: Bearer ` is ignored. Without --jwks the signature "
                 "is\n"
                 "not verified; with it, it is verified, invalid, unsigned, unknown_key (no key "
                 "for\n"
                 "its kid) or unsupported_alg. Tokens SanteDB signs with a client or device "
                 "secret\n"
                 "(kid = client_id) verify only in `login`.\n")),
             {jsonOption,
              {u"jwks"_s, true, false, u"URL|FILE"_s,
               english(QT_TRANSLATE_NOOP(
                   "santedb-session",
                   "verify the signature with this JSON Web Key Set: a URL (fetched once, e.g. "
                   "<server>/auth/jwks) or a JWKS file"))}},
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
                    QCoreApplication::translate("santedb-session",
                                                "unknown option --%1 for `%2` — see `%2 --help`")
                        .arg(name, where));
            QString value;
            if (spec->takesValue) {
                if (inlineValue) {
                    value = *inlineValue;
                } else if (i + 1 < args.size()) {
                    value = args.at(++i);
                } else {
                    return makeError(
                        ErrorKind::Usage,
                        QCoreApplication::translate("santedb-session",
                                                    "option --%1 needs a value — see `%2 --help`")
                            .arg(name, where));
                }
            } else if (inlineValue) {
                return makeError(
                    ErrorKind::Usage,
                    QCoreApplication::translate("santedb-session",
                                                "option --%1 takes no value — see `%2 --help`")
                        .arg(name, where));
            }
            if (name == u"help"_s) {
                parsed.help = true;
            } else if (name == u"version"_s) {
                parsed.version = true;
            } else if (parsed.options.contains(name) && !spec->repeatable) {
                return makeError(
                    ErrorKind::Usage,
                    QCoreApplication::translate("santedb-session", "option --%1 is given twice")
                        .arg(name));
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
                    QCoreApplication::translate(
                        "santedb-session", "unknown command `%1` — see `santedb-session --help`")
                        .arg(words.join(u' ')));
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
            return makeError(
                ErrorKind::Usage,
                QCoreApplication::translate(
                    "santedb-session", "`%1` needs a subcommand — see `santedb-session %1 --help`")
                    .arg(parsed.group.first()));
        return makeError(ErrorKind::Usage,
                         QCoreApplication::translate(
                             "santedb-session", "no command given — see `santedb-session --help`"));
    }
    const CommandSpec &c = *parsed.command;
    const qsizetype count = parsed.positional.size();
    if (count < c.minPositional || (c.maxPositional >= 0 && count > c.maxPositional))
        return makeError(ErrorKind::Usage,
                         QCoreApplication::translate("santedb-session", "usage: santedb-session %1")
                             .arg(c.synopsis));
    return parsed;
}

QString generalHelp()
{
    QString text = QCoreApplication::translate(
        "santedb-session",
        "santedb-session — SanteDB sessions from the command line, secrets in the OS keychain.\n\n"
        "Usage: santedb-session [global options] COMMAND [arguments] [options]\n\nCommands:\n");
    for (const CommandSpec &c : commands())
        text += u"  "_s + c.synopsis + u'\n';
    text +=
        u'\n'
        + QCoreApplication::translate("santedb-session",
                                      "Global options (before or after the command):\n")
        + optionsHelp(globalOptions()) + u'\n'
        + QCoreApplication::translate(
            "santedb-session",
            "Exit codes: 0 success, 1 internal error, 2 usage/configuration/refused input,\n"
            "3 OAuth error from the server (HTTP 400/401/403), 4 other network or server failure,\n"
            "5 keychain unavailable or locked, or a required secret missing, 130 interrupted.\n");
    return text;
}

QString commandHelp(const CommandSpec &command)
{
    QString text = QCoreApplication::translate("santedb-session", "Usage: santedb-session %1\n\n%2")
                       .arg(command.synopsis, translated(command.help));
    if (!command.options.isEmpty())
        text += u'\n' + optionsHelp(command.options);
    if (!command.example.isEmpty())
        text += u'\n' + QCoreApplication::translate("santedb-session", "Example:\n")
            + command.example.trimmed().replace(u"\n"_s, u"\n  "_s).prepend(u"  "_s) + u'\n';
    return text;
}

QString groupHelp(const QString &group)
{
    QString text = QCoreApplication::translate("santedb-session",
                                               "Usage: santedb-session %1 SUBCOMMAND ...\n\n")
                       .arg(group);
    for (const CommandSpec &c : commands()) {
        if (c.words.first() == group)
            text += u"  santedb-session "_s + c.synopsis + u'\n';
    }
    return text;
}

} // namespace sdsm::cli
