// SPDX-License-Identifier: Apache-2.0
// The OpenID discovery document as "Test connection" reads it: every text that comes out is one
// short line.
#include "fuzzsupport.h"
#include "serverprobe.h"
#include "textrules.h"
#include "tokenprotocol.h"

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpAnswer answer;
    answer.status = 200;
    answer.contentType = QByteArrayLiteral("application/json");
    answer.body = fuzz::bytesOf(data, size);
    const DiscoveryAnswer discovery = readDiscoveryAnswer(answer);
    if (!discovery.report) {
        fuzz::require(!discovery.problem.isEmpty(), "an unusable document without a reason");
        return 0;
    }
    const ServerReport &report = *discovery.report;
    fuzz::require(report.document.tokenEndpoint.isValid(),
                  "an invalid token endpoint was accepted");
    QStringList texts = report.document.grantTypes + report.document.signingAlgorithms;
    texts << report.document.issuer << report.generationReason;
    for (const QString &text : std::as_const(texts)) {
        fuzz::require(text.size() <= 200, "a server text is too long");
        fuzz::require(!containsForbiddenCharacter(text),
                      "a server text holds a forbidden character");
    }
    return 0;
}
