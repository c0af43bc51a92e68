// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "context.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

Handler handlerFor(const QString &command)
{
    static const QHash<QString, Handler> handlers {
        {u"profile add"_s, &profileAdd},
        {u"profile edit"_s, &profileEdit},
        {u"profile list"_s, &profileList},
        {u"profile show"_s, &profileShow},
        {u"profile remove"_s, &profileRemove},
        {u"profile export"_s, &profileExport},
        {u"profile import"_s, &profileImport},
        {u"secret set"_s, &secretSet},
        {u"secret clear"_s, &secretClear},
        {u"decode"_s, &decode},
        {u"login"_s, &session},
        {u"token"_s, &session},
        {u"header"_s, &session},
        {u"curl"_s, &session},
        {u"session"_s, &sessionCheck},
        {u"logout"_s, &logout},
        {u"check"_s, &check},
        {u"discover"_s, &discover},
        {u"profile trust"_s, &profileTrust},
    };
    return handlers.value(command);
}

int run(const Arguments &arguments, Console &console)
{
    if (arguments.version) {
        console.out(u"santedb-session "_s + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    if (arguments.help) {
        if (arguments.command)
            console.out(commandHelp(*arguments.command));
        else if (!arguments.group.isEmpty())
            console.out(groupHelp(arguments.group.first()));
        else
            console.out(generalHelp());
        return 0;
    }
    Context ctx(arguments, console);
    if (const auto setup = ctx.readGlobalOptions(); !setup.ok())
        return ctx.fail(setup.error());
    const Handler handler = handlerFor(ctx.commandName());
    Q_ASSERT(handler); // parseArguments only accepts commands of the table
    return handler(ctx);
}

} // namespace sdsm::cli
