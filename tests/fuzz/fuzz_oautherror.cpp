// SPDX-License-Identifier: Apache-2.0
// parseTokenAnswer on error answers: OAuth error bodies, other statuses with HTML or text
// previews, redirects. The first byte picks the status; the rest is the body (and, for a
// redirect, also the Location header). No message may carry the secret.
#include "fuzzsupport.h"
#include "tokenprotocol.h"

#include <array>

using namespace sdsm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static constexpr std::array<int, 10> Statuses = {400, 401, 403, 404, 429,
                                                     500, 503, 301, 302, 307};
    HttpAnswer answer;
    answer.status = Statuses[data[0] % Statuses.size()];
    answer.body = fuzz::bytesOf(data + 1, size - 1);
    answer.contentType = (data[0] & 0x80) ? QByteArrayLiteral("text/html; charset=utf-8")
                                          : QByteArrayLiteral("application/json");
    if (answer.status >= 300 && answer.status < 400)
        answer.location = answer.body;
    const Redactor redactor = fuzz::canaryRedactor();
    AnswerContext context;
    context.form = (data[0] & 0x40) ? Generation::V2 : Generation::V3;
    static constexpr std::array<RequestGrant, 3> Grants = {
        RequestGrant::ClientCredentials, RequestGrant::Password, RequestGrant::RefreshToken};
    context.grant = Grants[(data[0] >> 4) % Grants.size()];
    context.endpoint = QStringLiteral(u"https://fuzz.example/auth/oauth2_token");
    context.redactor = &redactor;
    const Result<TokenResponse> result = parseTokenAnswer(answer, context);
    fuzz::require(!result.ok(), "an error status gave a token");
    const Error &error = result.error();
    fuzz::require(error.httpStatus == answer.status, "the error lost the HTTP status");
    for (const QString *text : {&error.message, &error.serverError, &error.serverDescription})
        fuzz::require(!text->contains(fuzz::canary()), "an error text holds the secret");
    for (const Choice &choice : error.choices)
        fuzz::require(!choice.id.contains(fuzz::canary()) && !choice.label.contains(fuzz::canary()),
                      "a facility choice holds the secret");
    (void)plainCause(context.form, context.grant, error.serverError, error.serverDescription,
                     answer.status);
    return 0;
}
