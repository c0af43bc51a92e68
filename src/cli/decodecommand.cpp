#include "commands.h"

#include "clock.h"
#include "context.h"
#include "jwt.h"

using namespace Qt::StringLiterals;

namespace sdsm::cli {

int decode(Context &ctx)
{
    QByteArray input;
    if (ctx.args().positional.isEmpty() || ctx.args().positional.first() == u"-"_s) {
        auto in = ctx.console().readStdin(TokenInputLimit);
        if (!in.ok())
            return ctx.fail(in.error());
        input = in.value();
    } else {
        input = ctx.args().positional.first().toUtf8();
    }
    const auto decoded = decodeJwt(stripBearerPrefix(input));
    if (!decoded.ok())
        return ctx.fail(decoded.error());
    const QDateTime now = Clock::system().now();
    ctx.out(ctx.json() ? jsonText(decodedJwtToJson(decoded.value(), now))
                       : describeDecodedJwt(decoded.value(), now));
    return 0;
}

} // namespace sdsm::cli
