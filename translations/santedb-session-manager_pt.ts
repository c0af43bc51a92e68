<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server %1 answered with TLS, not plain HTTP — the server URL probably needs https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 closed the connection without answering — check the server&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 closed the connection in the middle of its answer&apos;s headers — check the server&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (%2 of the %3 bytes it announced arrived) — check the server&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (the chunked body has no end) — check the server&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the body is not followed by CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers and trailers from %1 passed the 64 KiB limit — check the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trailer line of the chunked body is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line from %1 is longer than %2 bytes — check the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of the chunked body does not end with CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of the answer holds a stray CR or NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers from %1 passed the 64 KiB limit — check the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP/1.x status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status code %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) answers arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 sent more than %2 header fields — check the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header is folded over several lines (obsolete in HTTP/1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line is not of the form &quot;Name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 sent a compressed answer it was not asked for (Content-Encoding: %2) — check the server or a proxy in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has both Transfer-Encoding and Content-Length, a sign of response splitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer uses a transfer coding other than chunked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Content-Length header is not one whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 announced a %2-byte answer, over the %3 limit — check the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk size is not a hexadecimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk size is followed by something other than an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from %1 passed the %2 limit — check the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from %1 is not valid HTTP: %2 — check the server or a proxy in between</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownServers</name>
    <message>
        <source>%1 is not an http or https URL with a host, so it names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the known-servers file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the known-servers file %1 is a symbolic link, which is neither read nor written, so nobody can redirect what this computer trusts; replace it with a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an origin of the form https://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of %1 has no valid SHA-256, validity or trust date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known-servers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the known-servers file %1 was written by a newer version, so it is not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds (0 never clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn before a session expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn this long before a session expires (0 never warns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an icon in the system t&amp;ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps the app in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages come with translations later.
A change applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About interface languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use a &amp;proxy (connect to servers directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use a proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>the CA file %1 holds no readable PEM certificate — fix the path or the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest) — fix or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted certificate recorded for this server is not a SHA-256 digest — trust the server&apos;s certificate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device certificate or its private key is missing — check the certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 does not match the pinned SHA-256 %2: the server presented %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 changed since it was trusted: the trusted SHA-256 is %2, the server now presents %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued for %1, not for this server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its issuer is not a certificate authority this computer trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2 (%3) — nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 refused the device certificate (%2) — check that the server trusts its issuer and that it is still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 asks for a client certificate, and none is configured (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (%2) — check the server certificate, the CA file or the pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SanteDB sessions with the secrets in the operating system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a local SanteDB emulator and demo profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the editor for a new profile on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first session is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What --screenshot shows: main, policies, claims, history, editor or mfa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the desktop&apos;s (screenshots, checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another window even when one already runs with this profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB Session Manager already runs with this profile file: its window was raised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>santedb-session</name>
    <message>
        <source>note: the session is forgotten here only; the server keeps it valid until it expires — `santedb-session logout %1` ends it on the server
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS at %1 answered HTTP %2, so the signature cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS at %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS file %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS file %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two entries differ — nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 on standard input is not valid UTF-8 — nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the %1 of profile &quot;%2&quot; in the keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password, password or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared the %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 was stored; nothing to clear
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http: anything on the network path could have changed these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.x probably (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 uses plain http, which has no certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 presents this certificate:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: profile %1 pins the SHA-256 %2, which takes precedence over what is trusted here
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been trusted for %1 since %2; nothing to change.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already trusts it (its issuer is a trusted certificate authority); nothing to change.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: it is NOT the certificate trusted for %1 until now (SHA-256 %2) — trust the new one only if you know why the server&apos;s certificate changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust it yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was trusted: confirm on a terminal, or add `--yes` after checking the SHA-256 above with the server&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the SHA-256 with what the server&apos;s administrator gave you. Type yes to trust it for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was trusted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted for %1: every profile on this origin and `discover` accept it from now on
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds more than %1 bytes — nothing was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8 — nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password for %1 (profile %2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks which facility this session is for:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility (1-%1, empty to cancel): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no facility was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server root, e.g. https://mpi-test.local:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticate a device with its device secret (no &apos;:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticate the device with a client certificate: PKCS#12 (.p12/.pfx; password: `secret set NAME cert-password`) or PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PEM private key of a PEM --device-cert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space-separated policy OIDs, default *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default &lt;server&gt;/auth/oauth2_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the server&apos;s leaf certificate (colons and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept plain http to a host other than loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_credentials (default) or password (a user session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user of the password grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored (default: `secret set NAME password`) or ask (asked each time, never stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a facility to send with the first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag for grouping (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore a cached session and request a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuse a cached session only with more than this left (default 60); a session with a refresh token is renewed before it gets that short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the server whether a cached session is still valid before using it, and get a new one if the server dropped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facility to send (a user who must choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from standard input (line 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a one-time code from standard input (the next line), used only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the profiles with this tag (repeat for several: any of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile file (default: the user&apos;s config folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total deadline for each request (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never use a proxy (loopback never does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help for any command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new name (the keychain entries follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse plain http again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable result, including access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow a URL outside the profile&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a profile: the non-secret settings of an application and its device.
Secrets are set afterwards with `secret set`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a profile; an empty value resets an option to its default
(--scope &quot;&quot; is *, --token-endpoint &quot;&quot; is &lt;server&gt;/auth/oauth2_token).
Any change forgets the cached session; changing --santedb-version forgets the detected one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the profiles and their last session state (reads no keychain).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one profile, which of its secrets are stored, and its last session.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a profile and deletes its keychain entries.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes profiles as JSON (all when neither NAME nor --tag is given). Never includes secrets.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the profiles of an export file (FILE or - for stdin), all or nothing;
refuses names that already exist. Each imported profile gets a new UUID.

With --csv, FILE is CSV with a header row naming `profile add` options as columns
(name,server,client_id,device_id,device_cert,grant,username,santedb_version,scope,
token_endpoint,ca_file,tag,note, ...): one profile per row, several tags separated by commas.
With --secrets-stdin, standard input holds JSON lines
{&quot;name&quot;: …, &quot;client&quot;: …, &quot;device&quot;: …, &quot;password&quot;: …, &quot;cert_password&quot;: …}
whose secrets go straight to the keychain. Every row and secret is checked before anything
is stored. Delete the secrets file afterwards.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is CSV with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the profiles&apos; secrets from standard input, one JSON object a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the profile&apos;s server, shows its certificate (subject, issuer, validity,
SHA-256) and, after you type yes (or with --yes), trusts exactly that certificate for
the server&apos;s origin (scheme, host, port), like SSH&apos;s known_hosts: every profile on
that origin and `discover` accept it. A certificate that later changes is refused
before anything is sent. A profile&apos;s own --pin-sha256 takes precedence.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust without asking (check the SHA-256 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a secret in the OS keychain. Reads standard input (one trailing newline removed),
or prompts twice without echo on a terminal. Never pass secrets as arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes one keychain entry of a profile, or all five without a kind.
Clearing the session only forgets it here: the server keeps it valid until it
expires — use `logout NAME` to end it on the server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtains a session (or reuses the cached one) and describes it. Only --json prints the token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the access token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints `Authorization: Bearer &lt;access_token&gt;`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a ready curl command line with the bearer header. PATH is appended to the server
root; no argument means &lt;root&gt;/auth/session. A URL on another origin needs --any-origin.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server whether the cached session is still valid (GET &lt;root&gt;/auth/session).
Exit 0 when it is, 3 when the server no longer knows it. Prints no token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the cached session on the server (POST &lt;root&gt;/auth/signout) and forgets it here.
A session the server had already dropped is reported, not an error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries the identities of the named profiles, or all, or those with a tag (give one of the
three), several at once, each exactly once (never retried), and reports which work: the
cause when one does not, the time left, the policies, whether the device was
authenticated, the signature and the latency. A valid cached session is used; no new one
is cached and no token is printed. Profiles that ask for the password each time are
skipped, never asked. Exit 0 when all work, else the highest exit code among the others.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array with one object per identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a header row, the columns of --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities tried at once (default 16, at most 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start at most this many identities per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore cached sessions: ask the server for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identity whose session lacks this policy fails (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facility to send for users who must choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a server&apos;s OpenID discovery document (&lt;URL&gt;/auth/.well-known/openid-
configuration) without sending any credential: issuer, token, JWKS, userinfo and
end-session endpoints, grant types, signing algorithms and a guess at the SanteDB
generation.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept exactly this server certificate (SHA-256; colons and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes a JWT (argument, or standard input when absent or -); a leading
`Bearer ` or `Authorization: Bearer ` is ignored. Without --jwks the signature is
not verified; with it, it is verified, invalid, unsigned, unknown_key (no key for
its kid) or unsupported_alg. Tokens SanteDB signs with a client or device secret
(kid = client_id) verify only in `login`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the signature with this JSON Web Key Set: a URL (fetched once, e.g. &lt;server&gt;/auth/jwks) or a JWKS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 for `%2` — see `%2 --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value — see `%2 --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 takes no value — see `%2 --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command `%1` — see `santedb-session --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` needs a subcommand — see `santedb-session %1 --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given — see `santedb-session --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: santedb-session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>santedb-session — SanteDB sessions from the command line, secrets in the OS keychain.

Usage: santedb-session [global options] COMMAND [arguments] [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 internal error, 2 usage/configuration/refused input,
3 OAuth error from the server (HTTP 400/401/403), 4 other network or server failure,
5 keychain unavailable or locked, or a required secret missing, 130 interrupted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: santedb-session %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: santedb-session %1 SUBCOMMAND ...

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a number of identities per second from 0.01 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-policy needs one policy OID, such as 1.3.6.1.4.1.33349.3.1.5.9.2.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the profiles to check: names, --all or --tag TAG (one of the three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --json or --csv, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no profiles to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile has the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 identities work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 skipped (asked for the password each time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-valid must be a whole number of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 cannot be read — check the path and its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of %1, %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add needs --%1 — see `santedb-session profile add --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes with a PEM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be client_credentials or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be stored or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 go with %3 password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be auto, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session, expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: store its secrets with `santedb-session secret set %1 &lt;%2&gt;`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated profile &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profiles yet — add one with `santedb-session profile add`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile has the tag %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: which secrets are stored is unknown: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the device certificate&apos;s details cannot be shown: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the device certificate expired on %1 — renew it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the device certificate expires on %1 (%2) — renew it before then
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>santedb version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the certificate file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and 1 keychain entry
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>removed profile &quot;%1&quot; and %n keychain entries
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>give profile names or --tag TAG, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export could not be written to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to %1 (no secrets)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file %1 is empty — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file %1 cannot be used: %2 — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not a `profile add` option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;name&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 column must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second profile is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets on standard input,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;name&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of name, client, device, password, cert_password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no %1 was given for profile %2 — %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds the secrets (--secrets-stdin): give the profiles as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import file %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n profile(s): %1
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>secrets stored in the keychain — delete the secrets file now
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports hold no secrets: store them with `santedb-session secret set NAME KIND`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock it (log in to the desktop, or unlock the login keyring) and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start gnome-keyring or KWallet in this session and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review it with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry with a larger `--timeout SECONDS`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change it with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or retry with `--no-proxy`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add `--any-origin` if that is intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one with `--facility UUID`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the code with `--mfa-stdin`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the password with `--password-stdin`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get a new session with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the signature is not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x, cached)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none sent; used as Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_token exp %1, expires_in %2 — the earlier is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obtained by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid (checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the token&apos;s type is &quot;%1&quot;; it cannot be sent as a Bearer header
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server issued a token of type &quot;%1&quot;, which cannot be sent as an Authorization: Bearer header — use `santedb-session token %2` and the scheme your server expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot; — get one with `santedb-session login %1`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server no longer knows the cached session of profile &quot;%1&quot; — get a new one with `santedb-session login %1 --fresh`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; is valid on the server
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out on the server; the session of profile &quot;%1&quot; is forgotten
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server had already ended the session of profile &quot;%1&quot;; it is forgotten here too
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot;; nothing to sign out
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm</name>
    <message>
        <source>the certificate password is wrong: it does not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password and no certificate password is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file (.p12, .pfx) nor a PEM certificate, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PKCS#12 file, which holds its own private key, so no separate key file can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a certificate but no private key, so the key file is needed as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a certificate or key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses legacy encryption (RC2, RC4 or DES) that this OpenSSL cannot decrypt; convert it with `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its contents cannot be read as a PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key, so it cannot authenticate a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key in %1 is neither RSA nor EC, the kinds a device certificate can use here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device certificate in %1 could not be handed to TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device certificate in %1 is not valid yet: it is valid from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device certificate in %1 has expired: it was valid from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key in %1 is not encrypted and other users of this computer can read the file; make it readable by its owner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery document names no usable token_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rotate the history file %1; check the permissions of its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history in %1 was copied to %2 but could not be removed; remove it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s ahead of this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s behind this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS was refused because it is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS is not a JSON object, so it holds no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS has no &quot;keys&quot; array, so it holds no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS was refused because it lists more than 100 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s exp claim is not a valid time, so its expiry is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s nbf claim is not a valid time, so its start is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 uses the client_credentials grant, which has no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time and never stores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 does not use a %2 (its device mode is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password grant needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facility must be the UUID SanteDB offered, such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag must be at most %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag must not contain commas, control characters, invisible formatting characters or surrounding spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device certificate is presented in the TLS handshake, so the server must use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (near byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (it ends too early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;profiles&quot; member is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile entry %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile entry %1 is larger than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a member larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has been getting a session for this profile for %1 s; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session lock could not be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s message was withheld because it could not be checked for secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is too large to keep in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 request got HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers the x_challenge grant, new in SanteDB 3.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document names an end_session_endpoint, which SanteDB 2.x did not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document names no end_session_endpoint, as SanteDB 2.x&apos;s did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery request got a redirect (HTTP %1), which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery request got HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session check at %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the %1 %2 (%3); check its folder and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 is a symbolic link, which is never followed; remove it so the file can be made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1, issuer %2, valid from %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password has expired — change it in SanteDB first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password, or the user is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server no longer accepts this session&apos;s refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import file cannot be used: %1 — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile entry %1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the profile&apos;s server %2, so its bearer token would go elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not make a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the history file %1: %2; check the free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2; check the permissions of its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not a JWT: it has %1 dot-separated part(s) instead of 3; pass the id_token from the token response (access tokens are opaque).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT has an empty header or payload part, so there is nothing to decode; check that the whole token was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url, so the token is damaged; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object, so this is not a valid JWT; check that the input is an id_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT header has no &quot;alg&quot; member, so this is not a valid JWS; check that the input is an id_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object, so it holds no claims to show; check that the input is an id_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>becomes valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg is none: the token is unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 padding present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid claim: %1 is not a NumericDate (a JSON number of seconds between 1970 and 9999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refused because it is larger than 64 KiB; pass the id_token itself, not a whole response or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to decode because the input is empty; pass an id_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is a JWT without its signature part, so it is incomplete; copy the whole token including the part after the second &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque 3.x access token — nothing to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted JWT (JWE) — not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid (%2 is not a NumericDate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (local %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service is running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring is locked or not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing provides org.freedesktop.secrets on the session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be read (%1) — check that it is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not store the secret (%1) — check that it is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1) — check that it is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the %1 %2: %3; check the free space and the permissions of its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the %2; check that its parent folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1 for the %2 (%3); check the permissions of its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content type withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the token request to an address that was withheld because it could not be checked for secrets — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the token request without naming a location — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the token request to %1 — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the credentials: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — likely cause: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 (%4) instead of a token response — check the token endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the answer began: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token response from %1 is unusable: %2 — check the token endpoint URL and the server&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in was a string (&quot;%1&quot;); it was read as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body that is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once, so its value is ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access_token is missing (a non-empty string is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access_token contains characters that cannot be sent in a header (only printable ASCII without spaces is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no token_type; sending the token as Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_type is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty token_type; sending the token as Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is not a valid number of seconds (a whole number from 0 to below 10 years is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device secret is empty — enter the secret your SanteDB administrator issued for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device secret contains a control character, a line break or an invisible formatting character — enter it again without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device secret contains &apos;:&apos;, which SanteDB 3.x cannot accept in device credentials (it splits them on every &apos;:&apos;) — ask the administrator for a secret without &apos;:&apos;, or set the profile to SanteDB 2.x if the server is 2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 bytes, over the 1 MiB limit for a token response — check the token endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device credentials could not be read (a &apos;:&apos; in the device id or secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB 3.x cannot take a device and a client secret in one request (send one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong client secret, wrong device secret or a locked identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy denies this (the application or device lacks a required OAuth policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown application (client_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application was not authenticated (no valid client secret and no device it could act for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device authentication is missing (the server requires a device for client_credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expires now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s keys are not cached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy names could not be fetched (%1); the built-in names are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the policy lookup (HTTP %1); the built-in names are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s policy list was empty or unreadable; the built-in names are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection test is already running — wait for it or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http to %1 is not encrypted, so the connection test was not run — use https, or allow plain http for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection test was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery answer passed the 1 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer %1 differs from %2, where the document was fetched — OpenID discovery says such metadata must not be trusted; check the server URL or the server&apos;s external host setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery document names no issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server names the token endpoint %1, but this profile uses %2 — check the token endpoint setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys (jwks_uri %1) are on another origin; the product fetches them from %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not list client_credentials among its grant types, so application sessions may be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB OpenID discovery found: issuer %1, token endpoint %2, grants %3, id_token signed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SanteDB auth service at %1 answered PING (HTTP %2), but %3 — the server is reachable; the token endpoint is assumed to be at the default path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 answered with a redirect to %2, which is not followed so that nothing is sent where you did not configure it — check the server URL (perhaps it should start with https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 does not look like a SanteDB auth service: %2, and PING got HTTP %3 — check the server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 did not answer within %2 s — check that it is running and reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile settings unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected policy missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (detected %1.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_token exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in, milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry looks wrong: the session would end %1 s after it was issued because expires_in was read as SanteDB 2.x milliseconds; this server probably speaks SanteDB 3.x — set the profile&apos;s SanteDB version to 3.x or automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the cached session could not be forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another command&apos;s attempt for profile %1 was refused while this one waited, so the same credentials were not sent again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server no longer knew the cached session; a new one was obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time, and there was no way to ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 stored for profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: sending credentials to %1 over plain http (the profile allows plain http); anyone on the network path can read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not ask for a client certificate — certificate device authentication is not configured on this endpoint%1 (%2, HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1); SanteDB 2.x does not say which ones it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the server&apos;s discovery document names the token endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the one-time code: %1 (%2, HTTP %3); it was not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for a one-time code (%1), and there was no way to ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompt given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to renew the session (%1); a new one was obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s id_token is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave neither expires_in nor an id_token exp, so the session&apos;s expiry is unknown and it will not be cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renewed session expires %1, sooner than asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the server sent no id_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told without a readable id_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the id_token&apos;s signature is not verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate the device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate device %1 — it ignored the %2 device header; check the profile&apos;s SanteDB version (2.x reads X-Device-Authorization, 3.x reads Authorization: Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session could not be cached in the keychain (%1); the next command will request a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application authenticated on behalf of the device; client secret not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no id_token to sign out with; the session was forgotten here but stays valid on the server until it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-out got an unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not end the session: %1; it was forgotten here anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session entry is written when a session is obtained, not by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 contains a control character, a line break or an invisible formatting character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import file holds two profiles named &quot;%1&quot; — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import file was written by a newer version — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; some keychain entries it had written could not be removed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two profiles are named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are secrets for %1, which is not among the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets of %1 are given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 starts a record larger than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record on line %1 is not valid CSV (a stray quote, an unclosed quoted field, or text that is not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use the form https://host[:port]/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name a host, as in https://host[:port]/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; credentials belong in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a UUID such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be &quot;secret&quot;, &quot;certificate&quot; or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile name must be at most %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile name must not start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client_id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client_id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device id must not contain &apos;:&apos;, because SanteDB splits device credentials at the first &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope must not be empty; use * for every scope the application may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope must not contain control characters, line breaks or invisible formatting characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no uuid; remove it and add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device mode &quot;secret&quot; needs a device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device mode &quot;certificate&quot; needs a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 uses plain http to %2, which sends credentials unencrypted; allow plain http for this profile only if you accept that risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate pin has no effect over plain http; use https or remove the pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached session could not be removed (%1); it will not be reused because its settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the profile file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2); profiles are read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two profiles share the uuid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named %1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two profiles would share the uuid %1; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2), so this version cannot change it; use the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop app&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to unlock the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to start a keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow more time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the proxy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::HttpExchange</name>
    <message>
        <source>the request to %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an https URL, so there is no certificate to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https URL — check the server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request method is not an HTTP token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the User-Agent holds a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request header %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request header %1 is the transport&apos;s to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ended the connection right after the TLS 1.3 handshake, without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 did not complete the TLS handshake within %2 s — check that it is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 did not answer completely within %2 s — check that it is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 failed for %2 (%3) — check the proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name %1 could not be resolved — check the server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was refused — check that the server is running and the port is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2) — check the network and the server URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::IdentityCheck</name>
    <message>
        <source>not checked: profile %1 asks for the password each time, and a check never asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session lacks the expected policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the session lacks the expected policies %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::Workspace</name>
    <message>
        <source>profile %1 has no device certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::AboutDialog</name>
    <message>
        <source>About SanteDB Session Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB Session Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps SanteDB application and device credentials in the operating system&apos;s keychain and obtains OAuth2 sessions from SanteDB servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. &lt;a href=&quot;%2&quot;&gt;Project home page&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB Session Manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signatures and certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ClipboardGuard</name>
    <message>
        <source>The clipboard could not be cleared — the desktop blocked it (GNOME on Wayland does this for apps without focus); clear it yourself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::Demo</name>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s SanteDB emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo 3.x — application and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed page&apos;s identities on an emulated SanteDB 3.x server (version detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo 2.x — application and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same identities on an emulated SanteDB 2.x server (X-Device-Authorization, milliseconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo 3.x — application only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB&apos;s sample application without a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs a keychain: %1. Install dbus and gnome-keyring (scripts/install-deps.sh does) or start your desktop&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — running the demo inside dbus-run-session with a throwaway, unlocked gnome-keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo 3.x — user bob (one-time code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with two-factor authentication: the server asks for a one-time code, which is always 424242 on the emulator. Never signed in by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo 3.x — user chioma (facility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user who must choose a facility: the server offers two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::DialogPrompter</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::FacilityDialog</name>
    <message>
        <source>Choose a facility for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants this user to work at one facility. Choose one; the request is then sent once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::MainWindow</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds something else now, so it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a &amp;new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SanteDB Session Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB Session Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB Session Manager — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 copied; the clipboard clears in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Exports hold no secrets: edit each profile to enter them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (no secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this session &amp;alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew this profile&apos;s session at half its lifetime while the app runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile holds what a SanteDB server needs to know about an application, its device or a user; the secrets go to the keychain. Create one, import profiles exported elsewhere (or drop a profile file here), or try the app against a local SanteDB emulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profiles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches names, servers, client IDs, device IDs, user names and notes; Down moves into the results, Enter gets a session for the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show profiles with the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 — SanteDB %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 through application %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server about the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the session is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is cached for this profile, so there is nothing to ask the server about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still knows the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows the session: get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had already ended this session; it is forgotten here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no session to sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager belongs to your Windows session: sign in to Windows as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Keychain Access and unlock the login keychain, or log in to macOS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets live in the Secret Service of your desktop session (GNOME Keyring or KWallet), and none is running. Log in to a desktop session, or start gnome-keyring-daemon or KWallet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the login keyring: open Passwords and Keys (Seahorse) and unlock “Login”, open the KWallet manager, or log out and in again. While it is locked nothing is read or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the server&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable session to copy: get one first (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its secrets from the keychain? You can undo this for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these %1 profiles and delete their secrets from the keychain? You can undo this for %2 seconds.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored, because another profile has the name now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored with their secrets: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the removed profile %1 could not be deleted yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo starts in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running in the tray. Quit from its menu or with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::PendingDeletions</name>
    <message>
        <source>pending deletions file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ProfileEditorDialog</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service (GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB 2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB 3.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http to %1 is not encrypted: use https, or tick “Allow plain http” to accept that risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin must be the 64 hexadecimal digits of a SHA-256 digest; colons, spaces and case are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate pin has no effect over plain http: use https, or remove the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: &lt;server URL&gt;/auth/oauth2_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile “%1” was removed and added again elsewhere while this dialog was open — cancel and edit it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: correct the problem and press OK again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving: secrets go to the keychain first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the device&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not copied: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain on OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value on OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://santedb.example.org:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http (unencrypted) to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteD&amp;B version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: 64 hex digits, colons allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned SHA-256 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned SHA-&amp;256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (and device) on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user, with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked each time, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the facility UUID, when the user must choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authenticates with a device ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authenticates with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device secret problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, .pfx) or PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM only: the key, unless the certificate file holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in %1, never in the profile file. A secret&apos;s field says whether a value is stored without showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server whether it is a SanteDB auth service, without sending any credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically (detected %1.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the device&apos;s certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which secrets are stored is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is protected: enter its password to check it and see the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 (thumbprint): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expires %1: renew it soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably SanteDB %1.x: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is set to SanteDB %1.x: check the SanteDB version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is stored for this profile, and its sessions need it. Save it anyway and enter the secret later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter it now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ProfileListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” asks for the password each time; it is sent once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a one-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SessionPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all history rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none sent; used as Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id_token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the id_token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the earlier of two times that disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached session reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the session lifetime left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this session alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this session alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (local):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires, UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry taken from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the expiry came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SanteDB generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of the id_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal &amp;tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet: press Enter to get one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon: press Enter for a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: press Enter for a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no refresh token: it cannot be renewed, only replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews itself at half-life (%1) while the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused from the keychain; no request was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ valid on server (checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ revoked on server (checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signature verified: these claims come from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Signature %1: the claims are shown as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not authenticate the device %1: it granted an application-only session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache (reused from the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication unknown (signature not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes; last renewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the token response is not available for a cached session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy everything as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SystemTrayPresenter</name>
    <message>
        <source>SanteDB Session Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy header — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy header — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdsm::gui::TrustDialog</name>
    <message>
        <source>Review the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust the certificate %1 presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED since it was trusted. If nobody told you it would, do not trust it: someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the server&apos;s administrator gives you. Trusting it applies to every profile on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously trusted SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
