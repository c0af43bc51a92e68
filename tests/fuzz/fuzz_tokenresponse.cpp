// SPDX-License-Identifier: Apache-2.0
// parseTokenAnswer on a 2xx answer: the whole success path (UTF-8 check, JSON, duplicate members,
// token characters, expires_in) and the previews of bodies that are not token responses.
#include "fuzzsupport.h"
#include "tokenprotocol.h"

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpAnswer answer;
    answer.status = 200;
    answer.contentType = QByteArrayLiteral("application/json");
    answer.body = fuzz::bytesOf(data, size);
    const Redactor redactor = fuzz::canaryRedactor();
    for (const Generation form : {Generation::V2, Generation::V3}) {
        AnswerContext context;
        context.form = form;
        context.endpoint = QStringLiteral(u"https://fuzz.example/auth/oauth2_token");
        context.redactor = &redactor;
        const Result<TokenResponse> result = parseTokenAnswer(answer, context);
        if (!result.ok()) {
            fuzz::require(!result.error().message.contains(fuzz::canary()),
                          "an error message holds the secret");
            continue;
        }
        const TokenResponse &response = result.value();
        fuzz::require(!response.accessToken.isEmpty(), "an empty access_token was accepted");
        for (const QChar c : response.accessToken)
            fuzz::require(c.unicode() > 0x20 && c.unicode() < 0x7f,
                          "the access_token holds a character a header cannot carry");
        // The expiry arithmetic runs on whatever number the server sent.
        ExpiryInput input;
        input.sentAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        input.expiresIn = response.expiresIn;
        input.unitGeneration = form;
        const Expiry expiry = computeExpiry(input);
        fuzz::require(!expiry.at.isValid() || expiry.at >= input.sentAt,
                      "a session expires before it was requested");
    }
    return 0;
}
