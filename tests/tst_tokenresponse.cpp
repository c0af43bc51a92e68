// SPDX-License-Identifier: Apache-2.0
#include "tokenprotocol.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace sdsm;

// Every token in these bodies carries "CANARY" so a single check proves none reached a message.
static const QString Endpoint = u"http://127.0.0.1:8080/auth/oauth2_token"_s;
static const QByteArray Json = "application/json"_ba;

static Result<TokenResponse> parse(int status, const QByteArray &contentType,
                                   const QByteArray &body, const QByteArray &location = {},
                                   Generation form = Generation::V3,
                                   const Redactor *redactor = nullptr)
{
    HttpAnswer answer;
    answer.status = status;
    answer.contentType = contentType;
    answer.body = body;
    answer.location = location;
    AnswerContext context;
    context.form = form;
    context.endpoint = Endpoint;
    context.redactor = redactor;
    return parseTokenAnswer(answer, context);
}

static QByteArray tokenBody(const QByteArray &members)
{
    return "{\"access_token\":\"AT-CANARY.c2ln\",\"token_type\":\"bearer\"" + members + "}";
}

// Base64 of bytes that look like compressed data: text at no phase, so it cannot be vouched for.
static QByteArray binaryBlob()
{
    QByteArray binary;
    for (int i = 0; i < 64; ++i)
        binary += char((i * 167 + 13) % 256);
    return binary.toBase64();
}

static QString errorTexts(const Error &error)
{
    return error.message + u'\n' + error.serverError + u'\n' + error.serverDescription;
}

class TestTokenResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodBodies_data();
    void goodBodies();
    void badAnswers_data();
    void badAnswers();
    void oauthErrorMapping_data();
    void oauthErrorMapping();
    void plainCauseTable_data();
    void plainCauseTable();
    void tokenTypeClasses_data();
    void tokenTypeClasses();
    void echoedSecretsAreRedacted_data();
    void echoedSecretsAreRedacted();
    void unvouchedTextIsWithheld_data();
    void unvouchedTextIsWithheld();
    void hostileDescriptionIsCleaned();
};

void TestTokenResponse::goodBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("tokenType");
    QTest::addColumn<TokenTypeClass>("tokenClass");
    QTest::addColumn<qint64>("expiresIn"); // -1: absent
    QTest::addColumn<QString>("warning"); // fragment of the only warning; empty: no warning
    QTest::addColumn<int>("accessTokenLength");

    // The "Obtaining a session" page's 2.x answer, verbatim (public documentation values).
    const QByteArray seed = R"({
     "access_token":"E878ABAE3054EB11AFFD00155D640B2349E9BDE39EBC9082EE1D45358EC838D18122DF3FC1EFE649858826108F5881C6",
     "id_token":"eyJ0eXAiOiJK...8Ou0",
     "token_type":"bearer",
     "expires_in":1799984,
     "refresh_token":"C03E7137B9998D4584325D8EA7D393F83CFD5F4FA877393BFB280FBE3D0A7A963667E676B6A1ED3357CE2A1B57742D2B"
})"_ba;
    QTest::newRow("seed page 2.x") << 200 << seed << u"bearer"_s << TokenTypeClass::Bearer
                                   << qint64(1799984) << QString() << 96;

    const QByteArray v3 =
        R"({"access_token":"AT-CANARY.c2ln","id_token":"eyJ.e30.sig","token_type":"bearer","expires_in":3599,"nonce":"n-1"})"_ba;
    QTest::newRow("3.x typical") << 200 << v3 << u"bearer"_s << TokenTypeClass::Bearer
                                 << qint64(3599) << QString() << 14;
    QTest::newRow("201 is a 2xx") << 201 << v3 << u"bearer"_s << TokenTypeClass::Bearer
                                  << qint64(3599) << QString() << 14;

    const auto typed = [](const char *type) -> QByteArray {
        return "{\"access_token\":\"AT-CANARY.c2ln\",\"token_type\":\"" + QByteArray(type)
            + "\",\"expires_in\":60}";
    };
    QTest::newRow("BEARER upper case") << 200 << typed("BEARER") << u"BEARER"_s
                                       << TokenTypeClass::Bearer << qint64(60) << QString() << 14;
    QTest::newRow("jwt token type") << 200 << typed("urn:ietf:params:oauth:token-type:jwt")
                                    << u"urn:ietf:params:oauth:token-type:jwt"_s
                                    << TokenTypeClass::Bearer << qint64(60) << QString() << 14;
    QTest::newRow("session-info token type")
        << 200 << typed("urn:santedb:session-info") << u"urn:santedb:session-info"_s
        << TokenTypeClass::Bearer << qint64(60) << QString() << 14;
    QTest::newRow("mac") << 200 << typed("mac") << u"mac"_s << TokenTypeClass::Other << qint64(60)
                         << QString() << 14;
    QTest::newRow("DPoP") << 200 << typed("DPoP") << u"DPoP"_s << TokenTypeClass::Other
                          << qint64(60) << QString() << 14;
    QTest::newRow("empty token_type") << 200 << typed("") << QString() << TokenTypeClass::Missing
                                      << qint64(60) << u"empty token_type"_s << 14;
    QTest::newRow("token_type missing")
        << 200 << R"({"access_token":"AT-CANARY.c2ln","expires_in":60})"_ba << QString()
        << TokenTypeClass::Missing << qint64(60) << u"no token_type"_s << 14;

    QTest::newRow("expires_in as string")
        << 200 << tokenBody(R"(,"expires_in":"3600")") << u"bearer"_s << TokenTypeClass::Bearer
        << qint64(3600) << u"expires_in was a string"_s << 14;
    QTest::newRow("expires_in 0") << 200 << tokenBody(R"(,"expires_in":0)") << u"bearer"_s
                                  << TokenTypeClass::Bearer << qint64(0) << QString() << 14;
    QTest::newRow("expires_in absent") << 200 << tokenBody("") << u"bearer"_s
                                       << TokenTypeClass::Bearer << qint64(-1) << QString() << 14;
    QTest::newRow("expires_in just below 10 years of ms")
        << 200 << tokenBody(R"(,"expires_in":315359999999)") << u"bearer"_s
        << TokenTypeClass::Bearer << qint64(315359999999) << QString() << 14;
    QTest::newRow("expires_in integral float")
        << 200 << tokenBody(R"(,"expires_in":3600.0)") << u"bearer"_s << TokenTypeClass::Bearer
        << qint64(3600) << QString() << 14;

    QTest::newRow("UTF-8 BOM tolerated") << 200 << "\xEF\xBB\xBF" + tokenBody("") << u"bearer"_s
                                         << TokenTypeClass::Bearer << qint64(-1) << QString() << 14;

    QByteArray unknown;
    for (int i = 0; i < 50; ++i)
        unknown += ",\"x" + QByteArray::number(i) + "\":[1,{\"a\":null}]";
    unknown += ",\"debug\":\"" + QByteArray(500 * 1024, 'd') + "\"";
    QTest::newRow("50 unknown members and a 500 KB field")
        << 200 << tokenBody(unknown) << u"bearer"_s << TokenTypeClass::Bearer << qint64(-1)
        << QString() << 14;
    QTest::newRow("duplicate unknown member ignored")
        << 200 << tokenBody(R"(,"debug":1,"debug":2)") << u"bearer"_s << TokenTypeClass::Bearer
        << qint64(-1) << QString() << 14;
    QTest::newRow("nested access_token is not a duplicate")
        << 200
        << tokenBody(
               R"(,"meta":{"access_token":"x","list":[{"access_token":"y"}]},"s":"\"access_token\":")")
        << u"bearer"_s << TokenTypeClass::Bearer << qint64(-1) << QString() << 14;
    QByteArray deep = "0";
    for (int i = 0; i < 100; ++i)
        deep = "{\"n\":" + deep + "}";
    QTest::newRow("deep unknown object") << 200 << tokenBody(",\"deep\":" + deep) << u"bearer"_s
                                         << TokenTypeClass::Bearer << qint64(-1) << QString() << 14;

    const QByteArray bigToken(1000000, 'A');
    QTest::newRow("1 MB access token under the cap")
        << 200 << "{\"access_token\":\"" + bigToken + "\",\"token_type\":\"bearer\"}" << u"bearer"_s
        << TokenTypeClass::Bearer << qint64(-1) << QString() << 1000000;

    QByteArray exact = tokenBody(",\"pad\":\"\"");
    exact.insert(exact.size() - 2, QByteArray(1048576 - exact.size(), 'p'));
    QTest::newRow("body of exactly 1 MiB")
        << 200 << exact << u"bearer"_s << TokenTypeClass::Bearer << qint64(-1) << QString() << 14;
}

void TestTokenResponse::goodBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, tokenType);
    QFETCH(TokenTypeClass, tokenClass);
    QFETCH(qint64, expiresIn);
    QFETCH(QString, warning);
    QFETCH(int, accessTokenLength);

    const auto result = parse(status, Json, body);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const TokenResponse &response = result.value();
    QCOMPARE(response.accessToken.size(), accessTokenLength);
    QCOMPARE(response.tokenType, tokenType);
    QCOMPARE(response.tokenTypeClass, tokenClass);
    QCOMPARE(response.expiresIn.value_or(-1), expiresIn);
    if (warning.isEmpty()) {
        QCOMPARE(response.warnings, QStringList());
    } else {
        QCOMPARE(response.warnings.size(), 1);
        QVERIFY2(response.warnings.first().contains(warning),
                 qPrintable(response.warnings.first()));
    }
}

void TestTokenResponse::badAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("fragments");

    const QByteArray none;
    const auto row = [&](const char *name, int status, const QByteArray &type,
                         const QByteArray &body, ErrorKind kind, int exitCode,
                         const QStringList &fragments) {
        QTest::newRow(name) << status << type << body << none << kind << exitCode << fragments;
    };
    const auto protocol = [&](const char *name, const QByteArray &body,
                              const QStringList &fragments) {
        row(name, 200, Json, body, ErrorKind::Protocol, 4, fragments);
    };

    // security.md fixture row 2: HTML where a token was expected.
    const QByteArray login =
        "<!DOCTYPE html><html><head><style>body{color:red}</style><script>var "
        "t='AT-CANARY';</script></head>"
        "<body><h1>Sign&nbsp;in</h1><form action=\"/login\"><input name=\"u\"></form></body></html>"_ba;
    row("HTML login page", 200, "text/html; charset=utf-8"_ba, login, ErrorKind::Protocol, 4,
        {u"answered HTTP 200 with an HTML page"_s, u"content type text/html; charset=utf-8"_s,
         u"Sign in"_s});
    row("HTML labelled as JSON", 200, Json, "  <html><body>Proxy error</body></html>"_ba,
        ErrorKind::Protocol, 4, {u"an HTML page"_s, u"Proxy error"_s});

    // Row 3: missing or unusable access_token.
    for (const auto &[name, members] :
         {std::pair {"access_token absent", R"({"token_type":"bearer"})"_ba},
          std::pair {"access_token empty", R"({"access_token":"","token_type":"bearer"})"_ba},
          std::pair {"access_token null", R"({"access_token":null,"token_type":"bearer"})"_ba},
          std::pair {"access_token number", R"({"access_token":123,"token_type":"bearer"})"_ba},
          std::pair {"access_token object",
                     R"({"access_token":{"v":"AT-CANARY"},"token_type":"bearer"})"_ba},
          std::pair {"access_token array", R"({"access_token":["AT-CANARY"]})"_ba}})
        protocol(name, members, {u"access_token is missing"_s, Endpoint});

    // Row 19: characters that would break or inject into a header.
    for (const auto &[name, token] :
         {std::pair {"CR LF injection", R"(AT-CANARY\r\nX-Evil: 1)"_ba},
          std::pair {"NUL", R"(AT-CANARY\u0000x)"_ba},
          std::pair {"non-ASCII", "AT-CANARY-\xC3\xA9"_ba}, std::pair {"space", "AT CANARY"_ba},
          std::pair {"tab", R"(AT-CANARY\tx)"_ba}, std::pair {"DEL", R"(AT-CANARY\u007f)"_ba}})
        protocol(name, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\"}",
                 {u"access_token contains characters that cannot be sent in a header"_s});

    // Row 4: token_type of the wrong type.
    protocol("token_type number", R"({"access_token":"AT-CANARY","token_type":42})"_ba,
             {u"token_type is not a string"_s});
    protocol("token_type null", R"({"access_token":"AT-CANARY","token_type":null})"_ba,
             {u"token_type is not a string"_s});

    // Row 5: expires_in values that are not a usable duration.
    for (const char *value : {"-1", "3.5", "1e20", "9223372036854775808", "null", "\"abc\"", "\"\"",
                              "\"-5\"", "\"3600 \"", "\"99999999999999999999\"", "true",
                              "315360000000", "\"315360000000\"", "{}", "[3600]"}) {
        const QByteArray name = "expires_in " + QByteArray(value);
        protocol(name.constData(), tokenBody(",\"expires_in\":" + QByteArray(value)),
                 {u"expires_in is not a valid number of seconds"_s});
    }

    protocol("id_token number", tokenBody(R"(,"id_token":5)"), {u"id_token is not a string"_s});
    protocol("refresh_token object", tokenBody(R"(,"refresh_token":{"v":"RT-CANARY"})"),
             {u"refresh_token is not a string"_s});
    protocol("nonce array", tokenBody(R"(,"nonce":[])"), {u"nonce is not a string"_s});

    // Row 16: encodings and framing.
    protocol("empty body", QByteArray(),
             {u"with an empty body"_s, u"content type application/json"_s});
    protocol("whitespace body", " \r\n "_ba, {u"with an empty body"_s});
    row("204 No Content", 204, QByteArray(), QByteArray(), ErrorKind::Protocol, 4,
        {u"HTTP 204 with an empty body"_s, u"no content type"_s});
    protocol("invalid UTF-8 in a string",
             "{\"access_token\":\"AT-CANARY\xFF\",\"token_type\":\"bearer\"}"_ba,
             {u"not valid UTF-8"_s});
    row("Latin-1 body", 200, "application/json; charset=ISO-8859-1"_ba,
        "{\"access_token\":\"AT-CANARY-caf\xE9\",\"token_type\":\"bearer\"}"_ba,
        ErrorKind::Protocol, 4, {u"not valid UTF-8"_s, u"charset=ISO-8859-1"_s});
    protocol("overlong UTF-8", "{\"access_token\":\"AT-CANARY\xC0\xAF\"}"_ba,
             {u"not valid UTF-8"_s});
    protocol("UTF-8 encoded surrogate", "{\"access_token\":\"AT-CANARY\xED\xA0\x80\"}"_ba,
             {u"not valid UTF-8"_s});
    const QString utf16Text = QString::fromUtf8(tokenBody(""));
    protocol("UTF-16LE body",
             QByteArray(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2),
             {u"not valid JSON"_s});
    protocol("trailing garbage", tokenBody("") + "garbage"_ba,
             {u"not valid JSON"_s, u"the answer began: {\"access_token\":\"[redacted]\""_s});
    protocol("two objects", tokenBody("") + tokenBody(""), {u"not valid JSON"_s});
    protocol("truncated", R"({"access_token":"AT-CANARY-TRUNCATED-12345)"_ba,
             {u"not valid JSON"_s});
    protocol("array", R"([{"access_token":"AT-CANARY","token_type":"bearer"}])"_ba,
             {u"JSON that is not an object"_s});
    protocol("top-level string", R"("just a string")"_ba, {u"answered HTTP 200 with"_s});
    protocol("deep nesting", QByteArray(100000, '[') + QByteArray(100000, ']'),
             {u"not valid JSON"_s});

    // Row 17: duplicate members Qt would silently resolve.
    protocol(
        "duplicate access_token",
        R"({"access_token":"AT-CANARY-A","access_token":"AT-CANARY-B","token_type":"bearer"})"_ba,
        {u"\"access_token\" appears more than once"_s});
    protocol(
        "duplicate via escaped key",
        R"({"access_token":"AT-CANARY-A","access\u005ftoken":"AT-CANARY-B","token_type":"bearer"})"_ba,
        {u"\"access_token\" appears more than once"_s});
    protocol("duplicate token_type", tokenBody(R"(,"token_type":"mac")"),
             {u"\"token_type\" appears more than once"_s});
    protocol("duplicate expires_in", tokenBody(R"(,"expires_in":1,"expires_in":99999)"),
             {u"\"expires_in\" appears more than once"_s});
    protocol("duplicate refresh_token",
             tokenBody(R"(,"refresh_token":"RT-CANARY-1","refresh_token":"RT-CANARY-2")"),
             {u"\"refresh_token\" appears more than once"_s});

    // Oversize (second line of defence behind the transport).
    QByteArray huge = tokenBody(",\"pad\":\"\"");
    huge.insert(huge.size() - 2, QByteArray(1048577 - huge.size(), 'p'));
    row("over 1 MiB", 200, Json, huge, ErrorKind::Oversize, 4,
        {u"1048577 bytes"_s, u"over the 1 MiB limit"_s});

    // Row 20: redirects are reported, never followed.
    QTest::newRow("302 other origin")
        << 302 << QByteArray() << QByteArray() << "http://127.0.0.2:9/auth/oauth2_token"_ba
        << ErrorKind::Redirect << 4
        << QStringList {
               u"the server redirected the token request to http://127.0.0.2:9/auth/oauth2_token — credential requests never follow redirects; fix the server URL or token endpoint"_s};
    QTest::newRow("307 with credentials in the location")
        << 307 << QByteArray() << QByteArray() << "https://user:pw-CANARY@evil.example/token"_ba
        << ErrorKind::Redirect << 4 << QStringList {u"to https://evil.example/token —"_s};
    QTest::newRow("301 without location")
        << 301 << QByteArray() << QByteArray() << QByteArray() << ErrorKind::Redirect << 4
        << QStringList {u"without naming a location"_s};
    QTest::newRow("308 bidi and newline in location")
        << 308 << QByteArray() << QByteArray()
        << "http://a.example/\xE2\x80\xAE"
           "evil\r\nX: y"_ba
        << ErrorKind::Redirect << 4 << QStringList {u"to http://a.example/evil X: y —"_s};

    // Rows 21–23: error answers that are not OAuth errors, or not at an OAuth status.
    row("400 error is a number", 400, Json, R"({"error":42})"_ba, ErrorKind::Http, 4,
        {u"answered HTTP 400: {\"error\":42}"_s});
    row("400 without error", 400, Json, R"({"error_description":"x"})"_ba, ErrorKind::Http, 4,
        {u"answered HTTP 400: x"_s});
    row("400 empty error", 400, Json, R"({"error":""})"_ba, ErrorKind::Http, 4,
        {u"answered HTTP 400"_s});
    row("401 empty body", 401, QByteArray(), QByteArray(), ErrorKind::Http, 4,
        {u"the token endpoint "_s + Endpoint + u" answered HTTP 401"_s});
    row("404 plain text", 404, "text/plain"_ba, "Not Found\n"_ba, ErrorKind::Http, 4,
        {u"answered HTTP 404: Not Found"_s});
    row("500 with an OAuth body", 500, Json,
        R"({"error":"unspecified_error","error_description":"boom"})"_ba, ErrorKind::Http, 4,
        {u"answered HTTP 500: boom"_s});
    row("500 HTML stack trace", 500, "text/html"_ba,
        "<html><body><h1>Server Error</h1><pre>at Foo.Bar()\n  at Baz()</pre></body></html>"_ba,
        ErrorKind::Http, 4, {u"answered HTTP 500: Server Error at Foo.Bar() at Baz()"_s});
    row("503 long body is cut", 503, "text/plain"_ba, QByteArray(5000, 'z'), ErrorKind::Http, 4,
        {u"answered HTTP 503: zzz"_s, u"…"_s});
}

void TestTokenResponse::badAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(ErrorKind, kind);
    QFETCH(int, exitCode);
    QFETCH(QStringList, fragments);

    const auto result = parse(status, contentType, body, location);
    QVERIFY(!result.ok());
    const Error &error = result.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.exitCode(), exitCode);
    QCOMPARE(error.httpStatus, status);
    for (const QString &fragment : fragments)
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QVERIFY2(!errorTexts(error).contains(u"CANARY"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(u'\n'));
    QVERIFY(error.message.size() < 1000);
}

void TestTokenResponse::oauthErrorMapping_data()
{
    QTest::addColumn<Generation>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("serverError");

    const QString refused = u"the server refused the credentials: "_s;
    QTest::newRow("3.x 401 wrong secret")
        << Generation::V3 << 401
        << R"({"error":"unspecified_error","error_description":"Invalid client credentials"})"_ba
        << 3
        << refused
            + u"Invalid client credentials (unspecified_error, HTTP 401) — likely cause: wrong client secret, wrong device secret or a locked identity."_s
        << u"unspecified_error"_s;
    QTest::newRow("3.x 403 policy")
        << Generation::V3 << 403
        << R"({"error":"unspecified_error","error_description":"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1' was violated by 'NO_FLOW_APP' with outcome 'Deny'"})"_ba
        << 3
        << refused
            + u"Policy '1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1' was violated by 'NO_FLOW_APP' with outcome 'Deny' (unspecified_error, HTTP 403) — likely cause: a policy denies this (the application or device lacks a required OAuth policy)."_s
        << u"unspecified_error"_s;
    QTest::newRow("3.x 403 malformed Basic")
        << Generation::V3 << 403
        << R"({"error":"unspecified_error","error_description":"Malformed HTTP Basic Header"})"_ba
        << 3
        << refused
            + u"Malformed HTTP Basic Header (unspecified_error, HTTP 403) — likely cause: the device credentials could not be read (a ':' in the device id or secret)."_s
        << u"unspecified_error"_s;
    QTest::newRow("3.x 400 unknown client_id")
        << Generation::V3 << 400
        << R"({"error":"invalid_grant","error_description":"invalid client_id"})"_ba << 3
        << refused
            + u"invalid client_id (invalid_grant, HTTP 400) — likely cause: unknown application (client_id)."_s
        << u"invalid_grant"_s;
    QTest::newRow("3.x 400 invalid_client")
        << Generation::V3 << 400
        << R"({"error":"invalid_client","error_description":"invalid client_secret"})"_ba << 3
        << refused
            + u"invalid client_secret (invalid_client, HTTP 400) — likely cause: the application was not authenticated (no valid client secret and no device it could act for)."_s
        << u"invalid_client"_s;
    QTest::newRow("3.x 400 unauthorized_client, description period dropped")
        << Generation::V3 << 400
        << R"({"error":"unauthorized_client","error_description":"client_credentials grant type requires device authentication."})"_ba
        << 3
        << refused
            + u"client_credentials grant type requires device authentication (unauthorized_client, HTTP 400) — likely cause: device authentication is missing (the server requires a device for client_credentials)."_s
        << u"unauthorized_client"_s;
    QTest::newRow("3.x 400 symm_secret")
        << Generation::V3 << 400
        << R"({"error":"unspecified_error","error_description":"An item with the same key has already been added. Key: symm_secret"})"_ba
        << 3
        << refused
            + u"An item with the same key has already been added. Key: symm_secret (unspecified_error, HTTP 400) — likely cause: SanteDB 3.x cannot take a device and a client secret in one request (send one of them)."_s
        << u"unspecified_error"_s;
    QTest::newRow("3.x 400 no description")
        << Generation::V3 << 400 << R"({"error":"invalid_request"})"_ba << 3
        << refused + u"(invalid_request, HTTP 400)."_s << u"invalid_request"_s;
    QTest::newRow("3.x 400 mfa_required, no cause")
        << Generation::V3 << 400
        << R"({"error":"mfa_required","error_description":"Enter the code"})"_ba << 3
        << refused + u"Enter the code (mfa_required, HTTP 400)."_s << u"mfa_required"_s;
    QTest::newRow("2.x 400 wrong device")
        << Generation::V2 << 400
        << R"({"error":"invalid_grant","error_description":"Invalid device credentials"})"_ba << 3
        << refused + u"Invalid device credentials (invalid_grant, HTTP 400)."_s
        << u"invalid_grant"_s;
    QTest::newRow("2.x 400 no device")
        << Generation::V2 << 400
        << R"({"error":"invalid_grant","error_description":"client_credentials grant requires device authentication either using X509 or X-Device-Authorization"})"_ba
        << 3
        << refused
            + u"client_credentials grant requires device authentication either using X509 or X-Device-Authorization (invalid_grant, HTTP 400)."_s
        << u"invalid_grant"_s;
    QTest::newRow("2.x 401 unspecified has no cause")
        << Generation::V2 << 401
        << R"({"error":"unspecified_error","error_description":"Invalid client credentials"})"_ba
        << 3 << refused + u"Invalid client credentials (unspecified_error, HTTP 401)."_s
        << u"unspecified_error"_s;
    QTest::newRow("2.x 403 invalid_client has no cause")
        << Generation::V2 << 403 << R"({"error":"invalid_client"})"_ba << 3
        << refused + u"(invalid_client, HTTP 403)."_s << u"invalid_client"_s;
    QTest::newRow("3.x 500 is HTTP, not OAuth")
        << Generation::V3 << 500
        << R"({"error":"unspecified_error","error_description":"Object reference not set"})"_ba << 4
        << u"the token endpoint "_s + Endpoint + u" answered HTTP 500: Object reference not set"_s
        << u"unspecified_error"_s;
    QTest::newRow("2.x 500 is HTTP, not OAuth")
        << Generation::V2 << 500 << R"({"error":"invalid_grant"})"_ba << 4
        << u"the token endpoint "_s + Endpoint
            + u" answered HTTP 500: {\"error\":\"invalid_grant\"}"_s
        << u"invalid_grant"_s;
    QTest::newRow("3.x 429 is HTTP")
        << Generation::V3 << 429 << R"({"error":"slow_down","error_description":"later"})"_ba << 4
        << u"the token endpoint "_s + Endpoint + u" answered HTTP 429: later"_s << u"slow_down"_s;
}

void TestTokenResponse::oauthErrorMapping()
{
    QFETCH(Generation, form);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QString, serverError);

    const auto result = parse(status, Json, body, {}, form);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().exitCode(), exitCode);
    QCOMPARE(result.error().kind, exitCode == 3 ? ErrorKind::OAuth : ErrorKind::Http);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().serverError, serverError);
    QCOMPARE(result.error().httpStatus, status);
}

void TestTokenResponse::plainCauseTable_data()
{
    QTest::addColumn<Generation>("form");
    QTest::addColumn<RequestGrant>("grant");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("cause");

    const QString wrongSecret = u"wrong client secret, wrong device secret or a locked identity"_s;
    const QString policy =
        u"a policy denies this (the application or device lacks a required OAuth policy)"_s;
    QTest::newRow("3.x unspecified 401")
        << Generation::V3 << RequestGrant::ClientCredentials << u"unspecified_error"_s
        << u"Device account is locked"_s << 401 << wrongSecret;
    QTest::newRow("3.x unspecified 403")
        << Generation::V3 << RequestGrant::ClientCredentials << u"unspecified_error"_s
        << u"Policy violated"_s << 403 << policy;
    QTest::newRow("3.x unspecified 400")
        << Generation::V3 << RequestGrant::ClientCredentials << u"unspecified_error"_s
        << u"error establishing session"_s << 400 << QString();
    QTest::newRow("3.x unknown client_id")
        << Generation::V3 << RequestGrant::ClientCredentials << u"invalid_grant"_s
        << u"Invalid CLIENT_ID"_s << 400 << u"unknown application (client_id)"_s;
    QTest::newRow("3.x invalid_grant other")
        << Generation::V3 << RequestGrant::ClientCredentials << u"invalid_grant"_s
        << u"invalid refresh token"_s << 400 << QString();
    QTest::newRow("3.x invalid_client")
        << Generation::V3 << RequestGrant::ClientCredentials << u"invalid_client"_s << QString()
        << 400
        << u"the application was not authenticated (no valid client secret and no device it could act for)"_s;
    QTest::newRow("3.x unauthorized_client")
        << Generation::V3 << RequestGrant::ClientCredentials << u"unauthorized_client"_s
        << QString() << 400
        << u"device authentication is missing (the server requires a device for client_credentials)"_s;
    QTest::newRow("3.x unsupported_grant_type")
        << Generation::V3 << RequestGrant::ClientCredentials << u"unsupported_grant_type"_s
        << QString() << 400 << QString();
    QTest::newRow("2.x invalid_client") << Generation::V2 << RequestGrant::ClientCredentials
                                        << u"invalid_client"_s << QString() << 400 << QString();
    QTest::newRow("2.x unspecified 401") << Generation::V2 << RequestGrant::ClientCredentials
                                         << u"unspecified_error"_s << QString() << 401 << QString();
    QTest::newRow("2.x unknown client_id")
        << Generation::V2 << RequestGrant::ClientCredentials << u"invalid_grant"_s
        << u"invalid client_id"_s << 400 << QString();

    const QString wrongUser = u"wrong user name or password, or the user is locked"_s;
    QTest::newRow("3.x user invalid_grant")
        << Generation::V3 << RequestGrant::Password << u"invalid_grant"_s << u"invalid password"_s
        << 400 << wrongUser;
    QTest::newRow("2.x user invalid_grant")
        << Generation::V2 << RequestGrant::Password << u"invalid_grant"_s
        << u"Authentication failed"_s << 400 << wrongUser;
    QTest::newRow("3.x password expired")
        << Generation::V3 << RequestGrant::Password << u"password_expired"_s << QString() << 400
        << u"the password has expired — change it in SanteDB first"_s;
    QTest::newRow("3.x refused refresh")
        << Generation::V3 << RequestGrant::RefreshToken << u"invalid_grant"_s
        << u"invalid refresh token"_s << 400
        << u"the server no longer accepts this session's refresh token"_s;
}

void TestTokenResponse::plainCauseTable()
{
    QFETCH(Generation, form);
    QFETCH(RequestGrant, grant);
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(int, status);
    QFETCH(QString, cause);
    QCOMPARE(plainCause(form, grant, error, description, status), cause);
}

void TestTokenResponse::tokenTypeClasses_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<TokenTypeClass>("expected");
    QTest::newRow("bearer") << u"bearer"_s << TokenTypeClass::Bearer;
    QTest::newRow("Bearer") << u"Bearer"_s << TokenTypeClass::Bearer;
    QTest::newRow("BeArEr") << u"BeArEr"_s << TokenTypeClass::Bearer;
    QTest::newRow("jwt") << u"urn:ietf:params:oauth:token-type:jwt"_s << TokenTypeClass::Bearer;
    QTest::newRow("session-info") << u"urn:santedb:session-info"_s << TokenTypeClass::Bearer;
    QTest::newRow("empty") << QString() << TokenTypeClass::Missing;
    QTest::newRow("mac") << u"mac"_s << TokenTypeClass::Other;
    QTest::newRow("DPoP") << u"DPoP"_s << TokenTypeClass::Other;
    QTest::newRow("bearer with space") << u"bearer "_s << TokenTypeClass::Other;
    QTest::newRow("bearerx") << u"bearerx"_s << TokenTypeClass::Other;
}

void TestTokenResponse::tokenTypeClasses()
{
    QFETCH(QString, type);
    QFETCH(TokenTypeClass, expected);
    QCOMPARE(classifyTokenType(type), expected);
}

void TestTokenResponse::echoedSecretsAreRedacted_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("fragment");

    const QString secret = u"CLIENT-SECRET-CANARY $+/&"_s;
    const QByteArray basic =
        "Basic " + QString(u"DEVICE-1:DEVICE-SECRET-CANARY"_s).toUtf8().toBase64();
    const QByteArray form = formEncode({{u"client_id"_s, u"app"_s}, {u"client_secret"_s, secret}});

    // security.md row 23: a framework error page echoing the request.
    QTest::newRow("500 HTML echo")
        << 500 << "text/html"_ba
        << "<html><body><h2>Request</h2><table><tr><td>Authorization</td><td>" + basic
            + "</td></tr><tr><td>Body</td><td>" + form + "</td></tr><tr><td>Raw</td><td>"
            + secret.toHtmlEscaped().toUtf8() + "</td></tr></table></body></html>"
        << QByteArray() << u"answered HTTP 500: Request Authorization Basic [redacted]"_s;
    // The emulator's echo-credentials fault: header and body inside a JSON description.
    QTest::newRow("401 JSON echo") << 401 << Json
                                   << R"({"error":"unspecified_error","error_description":")"
            + basic + " "_ba + form + " X-Device-Authorization: BASIC DEVICE-SECRET-CANARY\"}"
                                   << QByteArray() << u"(unspecified_error, HTTP 401)"_s;
    QTest::newRow("redirect to a URL with the secret")
        << 302 << QByteArray() << QByteArray() << "https://elsewhere.example/t?" + form
        << u"client_secret=[redacted]"_s;
    QTest::newRow("200 garbage echo") << 200 << Json << "secret=" + secret.toUtf8() + " oops"
                                      << QByteArray() << u"not valid JSON"_s;
    // Issue 6 §6: the forms the emulator's echo-encoded fault sends, inside one description.
    const QByteArray hostile = QUrl::toPercentEncoding(secret, "/$&+"_ba) + ' '
        + secret.toUtf8().toHex().toUpper() + ' ' + QString::fromLatin1(secret.toUtf8()).toUtf8()
        + ' ' + QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(secret))) + ' '
        + QByteArray("p"_ba + form).toBase64(QByteArray::Base64UrlEncoding) + ' '
        + "DEVICE-1:DEVICE-SECRET-CANARY"_ba.toHex();
    QTest::newRow("401 JSON echo, encoded forms")
        << 401 << Json << R"({"error":"invalid_client","error_description":")" + hostile + "\"}"
        << QByteArray() << u"(invalid_client, HTTP 401)"_s;
}

// When the Redactor cannot vouch for the server's text, the text goes and the kind and status
// stay (issue 6 §6).
void TestTokenResponse::unvouchedTextIsWithheld_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("fragment");

    const QByteArray blob = binaryBlob();
    const QString withheld = Redactor::withheldSentence();

    QTest::newRow("OAuth description")
        << 401 << Json
        << R"({"error":"invalid_client","error_description":"request was )" + blob + "\"}"
        << QByteArray() << ErrorKind::OAuth << u"(invalid_client, HTTP 401)"_s;
    QTest::newRow("OAuth error code")
        << 400 << Json << R"({"error":")" + blob + R"(","error_description":"x"})" << QByteArray()
        << ErrorKind::OAuth << u"the server refused the credentials: x (HTTP 400)"_s;
    QTest::newRow("500 HTML page")
        << 500 << "text/html"_ba
        << "<html><body><pre>" + blob + "</pre></body></html>" << QByteArray() << ErrorKind::Http
        << u"answered HTTP 500: "_s + withheld;
    QTest::newRow("500 JSON description")
        << 500 << Json << R"({"error":"server_error","error_description":")" + blob + "\"}"
        << QByteArray() << ErrorKind::Http << u"answered HTTP 500: "_s + withheld;
    QTest::newRow("200 HTML page") << 200 << "text/html"_ba
                                   << "<p>" + blob + "</p>" << QByteArray() << ErrorKind::Protocol
                                   << u"check the token endpoint URL; "_s + withheld;
    QTest::newRow("redirect location")
        << 307 << QByteArray() << QByteArray() << "https://elsewhere.example/t?d=" + blob
        << ErrorKind::Redirect << u"to an address that was withheld"_s;
}

void TestTokenResponse::unvouchedTextIsWithheld()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, fragment);

    Redactor redactor;
    redactor.addSecret(u"CLIENT-SECRET-CANARY $+/&"_s);
    const auto result = parse(status, contentType, body, location, Generation::V3, &redactor);
    QVERIFY(!result.ok());
    const Error &error = result.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"withheld because it could not be checked for secrets"_s),
             qPrintable(error.message));
    QVERIFY(!errorTexts(error).contains(QString::fromLatin1(binaryBlob().left(20))));

    // Without secrets to protect there is nothing to withhold.
    const auto plain = parse(status, contentType, body, location);
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error().kind, kind);
    QVERIFY(!plain.error().message.contains(Redactor::withheldSentence()));
}

void TestTokenResponse::echoedSecretsAreRedacted()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(QString, fragment);

    Redactor redactor;
    redactor.addSecret(u"CLIENT-SECRET-CANARY $+/&"_s);
    redactor.addDevicePair(u"DEVICE-1"_s, u"DEVICE-SECRET-CANARY"_s);
    const auto result = parse(status, contentType, body, location, Generation::V3, &redactor);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY2(!errorTexts(result.error()).contains(u"CANARY"_s),
             qPrintable(errorTexts(result.error())));
}

void TestTokenResponse::hostileDescriptionIsCleaned()
{
    // security.md row 22: markup, a bidi override and 10 KB of text.
    const QByteArray description =
        R"(<b>x</b><a href=\"file:///etc/passwd\">y</a>\u202E)"_ba + QByteArray(10 * 1024, 'w');
    const auto result = parse(
        400, Json, R"({"error":"invalid_request","error_description":")" + description + "\"}");
    QVERIFY(!result.ok());
    const Error &error = result.error();
    QCOMPARE(error.kind, ErrorKind::OAuth);
    QVERIFY(
        error.serverDescription.startsWith(u"<b>x</b><a href=\"file:///etc/passwd\">y</a>www"_s));
    QVERIFY(!error.message.contains(QChar(0x202e)));
    QVERIFY(!error.serverDescription.contains(QChar(0x202e)));
    QCOMPARE(error.serverDescription.size(), 500);
    QVERIFY(error.serverDescription.endsWith(u'…'));
    QVERIFY(error.message.size() < 600);
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
