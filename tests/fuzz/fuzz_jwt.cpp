// SPDX-License-Identifier: Apache-2.0
// decodeJwt and everything that reads its claims: the summary, the --json body and the text a
// terminal shows, which must stay one line per line whatever the claims hold.
#include "fuzzsupport.h"
#include "jwt.h"
#include "textrules.h"

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<DecodedJwt> decoded = decodeJwt(fuzz::bytesOf(data, size));
    if (!decoded.ok())
        return 0;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    const ClaimsSummary summary = summarizeClaims(decoded.value().claims);
    (void)policiesOf(decoded.value().claims);
    (void)summary;
    const QJsonObject json = decodedJwtToJson(decoded.value(), now);
    fuzz::require(json.contains(QStringLiteral(u"claims")), "the JSON body has no claims");
    const QString text = describeDecodedJwt(decoded.value(), now);
    fuzz::require(text.endsWith(u'\n'), "the description does not end with a line break");
    for (const QString &line : text.split(u'\n'))
        fuzz::require(!containsForbiddenCharacter(line),
                      "the description holds a control or invisible character");
    return 0;
}
