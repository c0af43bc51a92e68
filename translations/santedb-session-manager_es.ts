<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server %1 answered with TLS, not plain HTTP — the server URL probably needs https://</source>
        <translation>el servidor %1 respondió con TLS, no con HTTP sin cifrar — probablemente la URL del servidor necesita https://</translation>
    </message>
    <message>
        <source>the server %1 closed the connection without answering — check the server&apos;s logs</source>
        <translation>el servidor %1 cerró la conexión sin responder — revise los registros del servidor</translation>
    </message>
    <message>
        <source>the server %1 closed the connection in the middle of its answer&apos;s headers — check the server&apos;s logs</source>
        <translation>el servidor %1 cerró la conexión en medio de los encabezados de su respuesta — revise los registros del servidor</translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (%2 of the %3 bytes it announced arrived) — check the server&apos;s logs</source>
        <translation>el servidor %1 cerró la conexión antes de responder por completo (llegaron %2 de los %3 bytes anunciados) — revise los registros del servidor</translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (the chunked body has no end) — check the server&apos;s logs</source>
        <translation>el servidor %1 cerró la conexión antes de responder por completo (el cuerpo fragmentado no tiene final) — revise los registros del servidor</translation>
    </message>
    <message>
        <source>a chunk of the body is not followed by CRLF</source>
        <translation>un fragmento del cuerpo no va seguido de CRLF</translation>
    </message>
    <message>
        <source>the headers and trailers from %1 passed the 64 KiB limit — check the server</source>
        <translation>los encabezados y trailers de %1 superaron el límite de 64 KiB — revise el servidor</translation>
    </message>
    <message>
        <source>a trailer line of the chunked body is malformed</source>
        <translation>una línea de trailer del cuerpo fragmentado está mal formada</translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation>una línea de tamaño de fragmento tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>a header line from %1 is longer than %2 bytes — check the server</source>
        <translation>una línea de encabezado de %1 tiene más de %2 bytes — revise el servidor</translation>
    </message>
    <message>
        <source>a line of the chunked body does not end with CRLF</source>
        <translation>una línea del cuerpo fragmentado no termina en CRLF</translation>
    </message>
    <message>
        <source>a line of the answer holds a stray CR or NUL byte</source>
        <translation>una línea de la respuesta contiene un byte CR o NUL suelto</translation>
    </message>
    <message>
        <source>the headers from %1 passed the 64 KiB limit — check the server</source>
        <translation>los encabezados de %1 superaron el límite de 64 KiB — revise el servidor</translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP/1.x status line</source>
        <translation>la respuesta no empieza con una línea de estado HTTP/1.x</translation>
    </message>
    <message>
        <source>the status code %1 does not exist</source>
        <translation>el código de estado %1 no existe</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>el servidor cambió de protocolo sin que se le pidiera</translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) answers arrived</source>
        <translation>llegaron más de %1 respuestas provisionales (1xx)</translation>
    </message>
    <message>
        <source>the server %1 sent more than %2 header fields — check the server</source>
        <translation>el servidor %1 envió más de %2 campos de encabezado — revise el servidor</translation>
    </message>
    <message>
        <source>a header is folded over several lines (obsolete in HTTP/1.1)</source>
        <translation>un encabezado está plegado en varias líneas (obsoleto en HTTP/1.1)</translation>
    </message>
    <message>
        <source>a header line is not of the form &quot;Name: value&quot;</source>
        <translation>una línea de encabezado no tiene la forma &quot;Nombre: valor&quot;</translation>
    </message>
    <message>
        <source>the server %1 sent a compressed answer it was not asked for (Content-Encoding: %2) — check the server or a proxy in between</source>
        <translation>el servidor %1 envió una respuesta comprimida que no se le pidió (Content-Encoding: %2) — revise el servidor o un proxy intermedio</translation>
    </message>
    <message>
        <source>the answer has both Transfer-Encoding and Content-Length, a sign of response splitting</source>
        <translation>la respuesta tiene a la vez Transfer-Encoding y Content-Length, señal de división de respuesta</translation>
    </message>
    <message>
        <source>the answer uses a transfer coding other than chunked</source>
        <translation>la respuesta usa una codificación de transferencia distinta de chunked</translation>
    </message>
    <message>
        <source>the Content-Length header is not one whole number</source>
        <translation>el encabezado Content-Length no es un número entero</translation>
    </message>
    <message>
        <source>the server %1 announced a %2-byte answer, over the %3 limit — check the URL</source>
        <translation>el servidor %1 anunció una respuesta de %2 bytes, por encima del límite de %3 — revise la URL</translation>
    </message>
    <message>
        <source>a chunk size is not a hexadecimal number</source>
        <translation>un tamaño de fragmento no es un número hexadecimal</translation>
    </message>
    <message>
        <source>a chunk size is followed by something other than an extension</source>
        <translation>un tamaño de fragmento va seguido de algo que no es una extensión</translation>
    </message>
    <message>
        <source>the answer from %1 passed the %2 limit — check the URL</source>
        <translation>la respuesta de %1 superó el límite de %2 — revise la URL</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid HTTP: %2 — check the server or a proxy in between</source>
        <translation>la respuesta de %1 no es HTTP válido: %2 — revise el servidor o un proxy intermedio</translation>
    </message>
</context>
<context>
    <name>KnownServers</name>
    <message>
        <source>%1 is not an http or https URL with a host, so it names no server</source>
        <translation>%1 no es una URL http o https con un host, así que no designa ningún servidor</translation>
    </message>
    <message>
        <source>cannot use the known-servers file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation>no se puede usar el archivo de servidores conocidos %1: %2; el archivo se dejó como estaba: corríjalo o muévalo a otro lugar</translation>
    </message>
    <message>
        <source>the known-servers file %1 is a symbolic link, which is neither read nor written, so nobody can redirect what this computer trusts; replace it with a plain file</source>
        <translation>el archivo de servidores conocidos %1 es un enlace simbólico, que no se lee ni se escribe, para que nadie pueda redirigir aquello en lo que confía este equipo; reemplácelo por un archivo normal</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>tiene más de 4 MiB</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation>&quot;schema&quot; debe ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be an object</source>
        <translation>&quot;servers&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>%1 is not an origin of the form https://host:port</source>
        <translation>%1 no es un origen de la forma https://host:puerto</translation>
    </message>
    <message>
        <source>the record of %1 has no valid SHA-256, validity or trust date</source>
        <translation>el registro de %1 no tiene un SHA-256, una validez o una fecha de confianza válidos</translation>
    </message>
    <message>
        <source>there is no certificate to trust</source>
        <translation>no hay ningún certificado en el que confiar</translation>
    </message>
    <message>
        <source>known-servers file</source>
        <translation>archivo de servidores conocidos</translation>
    </message>
    <message>
        <source>the known-servers file %1 was written by a newer version, so it is not changed</source>
        <translation>el archivo de servidores conocidos %1 lo escribió una versión más reciente, así que no se modifica</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Vaciar el &amp;portapapeles tras:</translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds (0 never clears it)</source>
        <translation>Vaciar el portapapeles tras este número de segundos (0 no lo vacía nunca)</translation>
    </message>
    <message>
        <source>&amp;Warn before a session expires:</source>
        <translation>&amp;Avisar antes de que caduque una sesión:</translation>
    </message>
    <message>
        <source>Warn this long before a session expires (0 never warns)</source>
        <translation>Avisar con esta antelación antes de que caduque una sesión (0 no avisa nunca)</translation>
    </message>
    <message>
        <source>Unit of the expiry warning</source>
        <translation>Unidad del aviso de caducidad</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tiempo de espera de las solicitudes, en segundos</translation>
    </message>
    <message>
        <source>Show an icon in the system t&amp;ray</source>
        <translation>Mostrar un icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>Show a tray icon</source>
        <translation>Mostrar un icono en la bandeja</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps the app in the tray</source>
        <translation>Al cerrar la ventana, la aplicación &amp;sigue en la bandeja</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray</source>
        <translation>Al cerrar la ventana, la aplicación sigue en la bandeja</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>About interface languages</source>
        <translation>Acerca de los idiomas de la interfaz</translation>
    </message>
    <message>
        <source>Do not use a &amp;proxy (connect to servers directly)</source>
        <translation>No usar &amp;proxy (conectar directamente con los servidores)</translation>
    </message>
    <message>
        <source>Do not use a proxy</source>
        <translation>No usar proxy</translation>
    </message>
    <message>
        <source>A change applies the next time the app starts.</source>
        <translation>Los cambios se aplican la próxima vez que se inicie la aplicación.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>the CA file %1 holds no readable PEM certificate — fix the path or the file</source>
        <translation>el archivo de CA %1 no contiene ningún certificado PEM legible — corrija la ruta o el archivo</translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest) — fix or remove it</source>
        <translation>el certificado fijado debe tener 64 dígitos hexadecimales (un resumen SHA-256) — corríjalo o elimínelo</translation>
    </message>
    <message>
        <source>the trusted certificate recorded for this server is not a SHA-256 digest — trust the server&apos;s certificate again</source>
        <translation>el certificado de confianza registrado para este servidor no es un resumen SHA-256 — vuelva a confiar en el certificado del servidor</translation>
    </message>
    <message>
        <source>the device certificate or its private key is missing — check the certificate files</source>
        <translation>falta el certificado del dispositivo o su clave privada — revise los archivos del certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 does not match the pinned SHA-256 %2: the server presented %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation>el certificado de %1 no coincide con el SHA-256 fijado %2: el servidor presentó %3 (%4) — no se envió nada; o bien el servidor tiene un certificado nuevo o se trata de otro servidor</translation>
    </message>
    <message>
        <source>the certificate of %1 changed since it was trusted: the trusted SHA-256 is %2, the server now presents %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation>el certificado de %1 ha cambiado desde que se confió en él: el SHA-256 de confianza es %2 y el servidor presenta ahora %3 (%4) — no se envió nada; o bien el servidor tiene un certificado nuevo o se trata de otro servidor</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this server&apos;s name</source>
        <translation>se emitió para %1, no para el nombre de este servidor</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>no es válido antes del %1</translation>
    </message>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>está autofirmado, así que ninguna autoridad de certificación lo respalda</translation>
    </message>
    <message>
        <source>its issuer is not a certificate authority this computer trusts</source>
        <translation>su emisor no es una autoridad de certificación en la que confíe este equipo</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>ha sido revocado</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>no se pudo verificar</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2 (%3) — nothing was sent</source>
        <translation>el certificado de %1 no es de confianza: %2 (%3) — no se envió nada</translation>
    </message>
    <message>
        <source>the server %1 refused the device certificate (%2) — check that the server trusts its issuer and that it is still valid</source>
        <translation>el servidor %1 rechazó el certificado del dispositivo (%2) — compruebe que el servidor confía en su emisor y que sigue siendo válido</translation>
    </message>
    <message>
        <source>the server %1 asks for a client certificate, and none is configured (%2)</source>
        <translation>el servidor %1 pide un certificado de cliente y no hay ninguno configurado (%2)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (%2) — check the server certificate, the CA file or the pinned certificate</source>
        <translation>falló el protocolo de enlace TLS con %1 (%2) — revise el certificado del servidor, el archivo de CA o el certificado fijado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SanteDB sessions with the secrets in the operating system&apos;s keychain.</source>
        <translation>Sesiones de SanteDB con los secretos en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>Start with a local SanteDB emulator and demo profiles.</source>
        <translation>Iniciar con un emulador local de SanteDB y perfiles de demostración.</translation>
    </message>
    <message>
        <source>Open the editor for a new profile on start.</source>
        <translation>Abrir el editor para un perfil nuevo al iniciar.</translation>
    </message>
    <message>
        <source>Profile file to use.</source>
        <translation>Archivo de perfiles que se usará.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first session is shown, then quit.</source>
        <translation>Guardar un PNG de la ventana en cuanto se muestre la primera sesión y salir.</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the desktop&apos;s (screenshots, checks).</source>
        <translation>Usar una paleta clara u oscura en lugar de la del escritorio (capturas, comprobaciones).</translation>
    </message>
    <message>
        <source>Open another window even when one already runs with this profile file.</source>
        <translation>Abrir otra ventana aunque ya haya una en ejecución con este archivo de perfiles.</translation>
    </message>
    <message>
        <source>SanteDB Session Manager already runs with this profile file: its window was raised.</source>
        <translation>SanteDB Session Manager ya se está ejecutando con este archivo de perfiles: se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>What --screenshot shows: main, policies, claims, history, editor, mfa or check.</source>
        <translation>Lo que muestra --screenshot: main, policies, claims, history, editor, mfa o check.</translation>
    </message>
</context>
<context>
    <name>santedb-session</name>
    <message>
        <source>note: the session is forgotten here only; the server keeps it valid until it expires — `santedb-session logout %1` ends it on the server
</source>
        <translation>nota: la sesión solo se olvida aquí; el servidor la mantiene válida hasta que caduque — `santedb-session logout %1` la termina en el servidor
</translation>
    </message>
    <message>
        <source>the JWKS at %1 answered HTTP %2, so the signature cannot be checked</source>
        <translation>el JWKS de %1 respondió HTTP %2, así que no se puede comprobar la firma</translation>
    </message>
    <message>
        <source>the JWKS at %1 is unusable: %2</source>
        <translation>el JWKS de %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>archivo JWKS</translation>
    </message>
    <message>
        <source>the JWKS file %1 cannot be read (%2)</source>
        <translation>no se puede leer el archivo JWKS %1 (%2)</translation>
    </message>
    <message>
        <source>the JWKS file %1 is unusable: %2</source>
        <translation>el archivo JWKS %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>again: </source>
        <translation>de nuevo: </translation>
    </message>
    <message>
        <source>the two entries differ — nothing was stored</source>
        <translation>las dos entradas no coinciden — no se guardó nada</translation>
    </message>
    <message>
        <source>the %1 on standard input is not valid UTF-8 — nothing was stored</source>
        <translation>lo recibido en la entrada estándar (%1) no es UTF-8 válido — no se guardó nada</translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password or password</source>
        <translation>el tipo de secreto debe ser client, device, cert-password o password</translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation>%1 — no se guardó nada</translation>
    </message>
    <message>
        <source>stored the %1 of profile &quot;%2&quot; in the keychain
</source>
        <translation>se guardó en el llavero: %1 del perfil &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password, password or session</source>
        <translation>el tipo de secreto debe ser client, device, cert-password, password o session</translation>
    </message>
    <message>
        <source>cleared the %1
</source>
        <translation>se borró: %1
</translation>
    </message>
    <message>
        <source>no %1 was stored; nothing to clear
</source>
        <translation>no se había guardado %1; no hay nada que borrar
</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujeto</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emisor</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>archivo de CA</translation>
    </message>
    <message>
        <source>--pin-sha256 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation>--pin-sha256 debe tener los 64 dígitos hexadecimales de un SHA-256 (se ignoran los dos puntos y las mayúsculas)</translation>
    </message>
    <message>
        <source>plain http: anything on the network path could have changed these answers</source>
        <translation>http sin cifrar: cualquier elemento de la ruta de red podría haber modificado estas respuestas</translation>
    </message>
    <message>
        <source>Server %1
</source>
        <translation>Servidor %1
</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>endpoint de token</translation>
    </message>
    <message>
        <source>jwks</source>
        <translation>jwks</translation>
    </message>
    <message>
        <source>userinfo</source>
        <translation>userinfo</translation>
    </message>
    <message>
        <source>end session</source>
        <translation>fin de sesión</translation>
    </message>
    <message>
        <source>grant types</source>
        <translation>tipos de concesión</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>versión de SanteDB</translation>
    </message>
    <message>
        <source>%1.x probably (%2)</source>
        <translation>probablemente %1.x (%2)</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>nota: %1
</translation>
    </message>
    <message>
        <source>profile %1 uses plain http, which has no certificate to trust</source>
        <translation>el perfil %1 usa http sin cifrar, que no tiene ningún certificado en el que confiar</translation>
    </message>
    <message>
        <source>The server at %1 presents this certificate:
</source>
        <translation>El servidor de %1 presenta este certificado:
</translation>
    </message>
    <message>
        <source>note: profile %1 pins the SHA-256 %2, which takes precedence over what is trusted here
</source>
        <translation>nota: el perfil %1 fija el SHA-256 %2, que tiene prioridad sobre lo que se confía aquí
</translation>
    </message>
    <message>
        <source>It has been trusted for %1 since %2; nothing to change.
</source>
        <translation>Se confía en él para %1 desde %2; no hay nada que cambiar.
</translation>
    </message>
    <message>
        <source>This computer already trusts it (its issuer is a trusted certificate authority); nothing to change.
</source>
        <translation>Este equipo ya confía en él (su emisor es una autoridad de certificación de confianza); no hay nada que cambiar.
</translation>
    </message>
    <message>
        <source>warning: it is NOT the certificate trusted for %1 until now (SHA-256 %2) — trust the new one only if you know why the server&apos;s certificate changed
</source>
        <translation>advertencia: NO es el certificado de confianza para %1 hasta ahora (SHA-256 %2) — confíe en el nuevo solo si sabe por qué ha cambiado el certificado del servidor
</translation>
    </message>
    <message>
        <source>This computer does not trust it yet.
</source>
        <translation>Este equipo todavía no confía en él.
</translation>
    </message>
    <message>
        <source>nothing was trusted: confirm on a terminal, or add `--yes` after checking the SHA-256 above with the server&apos;s administrator</source>
        <translation>no se confió en nada: confirme en un terminal, o añada `--yes` tras comprobar el SHA-256 anterior con el administrador del servidor</translation>
    </message>
    <message>
        <source>Compare the SHA-256 with what the server&apos;s administrator gave you. Type yes to trust it for %1: </source>
        <translation>Compare el SHA-256 con el que le dio el administrador del servidor. Escriba sí para confiar en él para %1: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>nothing was trusted
</source>
        <translation>no se confió en nada
</translation>
    </message>
    <message>
        <source>trusted for %1: every profile on this origin and `discover` accept it from now on
</source>
        <translation>de confianza para %1: a partir de ahora todos los perfiles de este origen y `discover` lo aceptan
</translation>
    </message>
    <message>
        <source>standard input could not be read</source>
        <translation>no se pudo leer la entrada estándar</translation>
    </message>
    <message>
        <source>standard input holds more than %1 bytes — nothing was used</source>
        <translation>la entrada estándar contiene más de %1 bytes — no se usó nada</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8 — nothing was sent</source>
        <translation>la entrada estándar no es UTF-8 válido — no se envió nada</translation>
    </message>
    <message>
        <source>password for %1 (profile %2): </source>
        <translation>contraseña para %1 (perfil %2): </translation>
    </message>
    <message>
        <source>the server asks for a one-time code</source>
        <translation>el servidor pide un código de un solo uso</translation>
    </message>
    <message>
        <source>The server asks which facility this session is for:
</source>
        <translation>El servidor pregunta para qué establecimiento es esta sesión:
</translation>
    </message>
    <message>
        <source>facility (1-%1, empty to cancel): </source>
        <translation>establecimiento (1-%1, vacío para cancelar): </translation>
    </message>
    <message>
        <source>no facility was chosen</source>
        <translation>no se eligió ningún establecimiento</translation>
    </message>
    <message>
        <source>server root, e.g. https://mpi-test.local:8443</source>
        <translation>raíz del servidor, p. ej. https://mpi-test.local:8443</translation>
    </message>
    <message>
        <source>the application&apos;s client_id</source>
        <translation>el client_id de la aplicación</translation>
    </message>
    <message>
        <source>authenticate a device with its device secret (no &apos;:&apos;)</source>
        <translation>autenticar un dispositivo con su secreto del dispositivo (sin &apos;:&apos;)</translation>
    </message>
    <message>
        <source>authenticate the device with a client certificate: PKCS#12 (.p12/.pfx; password: `secret set NAME cert-password`) or PEM</source>
        <translation>autenticar el dispositivo con un certificado de cliente: PKCS#12 (.p12/.pfx; contraseña: `secret set NAME cert-password`) o PEM</translation>
    </message>
    <message>
        <source>the PEM private key of a PEM --device-cert</source>
        <translation>la clave privada PEM de un --device-cert PEM</translation>
    </message>
    <message>
        <source>application only</source>
        <translation>solo la aplicación</translation>
    </message>
    <message>
        <source>auto (default), 2 or 3</source>
        <translation>auto (predeterminado), 2 o 3</translation>
    </message>
    <message>
        <source>space-separated policy OIDs, default *</source>
        <translation>OID de políticas separados por espacios, predeterminado *</translation>
    </message>
    <message>
        <source>default &lt;server&gt;/auth/oauth2_token</source>
        <translation>predeterminado &lt;server&gt;/auth/oauth2_token</translation>
    </message>
    <message>
        <source>extra trusted CA certificates</source>
        <translation>certificados de CA de confianza adicionales</translation>
    </message>
    <message>
        <source>SHA-256 of the server&apos;s leaf certificate (colons and case ignored)</source>
        <translation>SHA-256 del certificado final del servidor (se ignoran los dos puntos y las mayúsculas)</translation>
    </message>
    <message>
        <source>accept plain http to a host other than loopback</source>
        <translation>aceptar http sin cifrar hacia un host que no sea loopback</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <source>client_credentials (default) or password (a user session)</source>
        <translation>client_credentials (predeterminado) o password (una sesión de usuario)</translation>
    </message>
    <message>
        <source>the user of the password grant</source>
        <translation>el usuario del password grant</translation>
    </message>
    <message>
        <source>stored (default: `secret set NAME password`) or ask (asked each time, never stored)</source>
        <translation>stored (predeterminado: `secret set NAME password`) o ask (se pide cada vez, nunca se guarda)</translation>
    </message>
    <message>
        <source>a facility to send with the first request</source>
        <translation>un establecimiento que enviar con la primera solicitud</translation>
    </message>
    <message>
        <source>a tag for grouping (repeat for several)</source>
        <translation>una etiqueta para agrupar (repetir para varias)</translation>
    </message>
    <message>
        <source>ignore a cached session and request a new one</source>
        <translation>ignorar la sesión en caché y solicitar una nueva</translation>
    </message>
    <message>
        <source>reuse a cached session only with more than this left (default 60); a session with a refresh token is renewed before it gets that short</source>
        <translation>reutilizar una sesión en caché solo si le queda más que esto (predeterminado 60); una sesión con token de actualización se renueva antes de que le quede tan poco</translation>
    </message>
    <message>
        <source>ask the server whether a cached session is still valid before using it, and get a new one if the server dropped it</source>
        <translation>preguntar al servidor si una sesión en caché sigue siendo válida antes de usarla, y obtener una nueva si el servidor la descartó</translation>
    </message>
    <message>
        <source>the facility to send (a user who must choose one)</source>
        <translation>el establecimiento que enviar (para un usuario que debe elegir uno)</translation>
    </message>
    <message>
        <source>read the password from standard input (line 1)</source>
        <translation>leer la contraseña de la entrada estándar (línea 1)</translation>
    </message>
    <message>
        <source>read a one-time code from standard input (the next line), used only if the server asks for one</source>
        <translation>leer un código de un solo uso de la entrada estándar (la línea siguiente), usado solo si el servidor lo pide</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>only the profiles with this tag (repeat for several: any of them)</source>
        <translation>solo los perfiles con esta etiqueta (repetir para varias: cualquiera de ellas)</translation>
    </message>
    <message>
        <source>profile file (default: the user&apos;s config folder)</source>
        <translation>archivo de perfiles (predeterminado: la carpeta de configuración del usuario)</translation>
    </message>
    <message>
        <source>total deadline for each request (default 30)</source>
        <translation>plazo total para cada solicitud (predeterminado 30)</translation>
    </message>
    <message>
        <source>never use a proxy (loopback never does)</source>
        <translation>no usar nunca un proxy (loopback nunca lo usa)</translation>
    </message>
    <message>
        <source>help for any command</source>
        <translation>ayuda de cualquier comando</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>new name (the keychain entries follow)</source>
        <translation>nombre nuevo (las entradas del llavero se renombran también)</translation>
    </message>
    <message>
        <source>refuse plain http again</source>
        <translation>volver a rechazar http sin cifrar</translation>
    </message>
    <message>
        <source>machine-readable result, including access_token</source>
        <translation>resultado legible por máquina, incluido el access_token</translation>
    </message>
    <message>
        <source>allow a URL outside the profile&apos;s server</source>
        <translation>permitir una URL fuera del servidor del perfil</translation>
    </message>
    <message>
        <source>Adds a profile: the non-secret settings of an application and its device.
Secrets are set afterwards with `secret set`.
</source>
        <translation>Añade un perfil: la configuración no secreta de una aplicación y su dispositivo.
Los secretos se guardan después con `secret set`.
</translation>
    </message>
    <message>
        <source>Changes a profile; an empty value resets an option to its default
(--scope &quot;&quot; is *, --token-endpoint &quot;&quot; is &lt;server&gt;/auth/oauth2_token).
Any change forgets the cached session; changing --santedb-version forgets the detected one.
</source>
        <translation>Modifica un perfil; un valor vacío restablece una opción a su valor predeterminado
(--scope &quot;&quot; es *, --token-endpoint &quot;&quot; es &lt;server&gt;/auth/oauth2_token).
Cualquier cambio olvida la sesión en caché; cambiar --santedb-version olvida la versión detectada.
</translation>
    </message>
    <message>
        <source>Lists the profiles and their last session state (reads no keychain).
</source>
        <translation>Muestra la lista de perfiles y el estado de su última sesión (no lee ningún llavero).
</translation>
    </message>
    <message>
        <source>Shows one profile, which of its secrets are stored, and its last session.
</source>
        <translation>Muestra un perfil, cuáles de sus secretos están guardados y su última sesión.
</translation>
    </message>
    <message>
        <source>Removes a profile and deletes its keychain entries.
</source>
        <translation>Elimina un perfil y borra sus entradas del llavero.
</translation>
    </message>
    <message>
        <source>Writes profiles as JSON (all when neither NAME nor --tag is given). Never includes secrets.
</source>
        <translation>Escribe perfiles en JSON (todos si no se indica NAME ni --tag). Nunca incluye secretos.
</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>escribir en FILE en lugar de en la salida estándar</translation>
    </message>
    <message>
        <source>Adds the profiles of an export file (FILE or - for stdin), all or nothing;
refuses names that already exist. Each imported profile gets a new UUID.

With --csv, FILE is CSV with a header row naming `profile add` options as columns
(name, server, client_id, device_id, device_cert, grant, username, santedb_version,
scope, token_endpoint, ca_file, tag, note, ...): one profile per row, several tags separated by commas.
With --secrets-stdin, standard input holds JSON lines
{&quot;name&quot;: …, &quot;client&quot;: …, &quot;device&quot;: …, &quot;password&quot;: …, &quot;cert_password&quot;: …}
whose secrets go straight to the keychain. Every row and secret is checked before anything
is stored. Delete the secrets file afterwards.
</source>
        <translation>Añade los perfiles de un archivo de exportación (FILE o - para stdin), todos o ninguno;
rechaza los nombres que ya existen. Cada perfil importado recibe un UUID nuevo.

Con --csv, FILE es un CSV con una fila de encabezado cuyas columnas son opciones de `profile add`
(name, server, client_id, device_id, device_cert, grant, username, santedb_version,
scope, token_endpoint, ca_file, tag, note, ...): un perfil por fila, varias etiquetas separadas por comas.
Con --secrets-stdin, la entrada estándar contiene líneas JSON
{&quot;name&quot;: …, &quot;client&quot;: …, &quot;device&quot;: …, &quot;password&quot;: …, &quot;cert_password&quot;: …}
cuyos secretos van directamente al llavero. Cada fila y cada secreto se comprueban antes de
guardar nada. Borre después el archivo de secretos.
</translation>
    </message>
    <message>
        <source>FILE is CSV with a header row</source>
        <translation>FILE es un CSV con una fila de encabezado</translation>
    </message>
    <message>
        <source>read the profiles&apos; secrets from standard input, one JSON object a line</source>
        <translation>leer los secretos de los perfiles de la entrada estándar, un objeto JSON por línea</translation>
    </message>
    <message>
        <source>Connects to the profile&apos;s server, shows its certificate (subject, issuer, validity,
SHA-256) and, after you type yes (or with --yes), trusts exactly that certificate for
the server&apos;s origin (scheme, host, port), like SSH&apos;s known_hosts: every profile on
that origin and `discover` accept it. A certificate that later changes is refused
before anything is sent. A profile&apos;s own --pin-sha256 takes precedence.
</source>
        <translation>Se conecta al servidor del perfil, muestra su certificado (sujeto, emisor, validez,
SHA-256) y, después de que escriba sí (o con --yes), confía exactamente en ese certificado para
el origen del servidor (esquema, host, puerto), como known_hosts de SSH: todos los perfiles de
ese origen y `discover` lo aceptan. Un certificado que cambie más tarde se rechaza
antes de enviar nada. El --pin-sha256 propio de un perfil tiene prioridad.
</translation>
    </message>
    <message>
        <source>trust without asking (check the SHA-256 first)</source>
        <translation>confiar sin preguntar (compruebe antes el SHA-256)</translation>
    </message>
    <message>
        <source>Stores a secret in the OS keychain. Reads standard input (one trailing newline removed),
or prompts twice without echo on a terminal. Never pass secrets as arguments.
</source>
        <translation>Guarda un secreto en el llavero del sistema. Lee la entrada estándar (se quita un salto de línea final),
o lo pide dos veces sin eco en un terminal. Nunca pase secretos como argumentos.
</translation>
    </message>
    <message>
        <source>Deletes one keychain entry of a profile, or all five without a kind.
Clearing the session only forgets it here: the server keeps it valid until it
expires — use `logout NAME` to end it on the server.
</source>
        <translation>Borra una entrada del llavero de un perfil, o las cinco si no se indica el tipo.
Borrar la sesión solo la olvida aquí: el servidor la mantiene válida hasta que
caduque — use `logout NAME` para terminarla en el servidor.
</translation>
    </message>
    <message>
        <source>Obtains a session (or reuses the cached one) and describes it. Only --json prints the token.
</source>
        <translation>Obtiene una sesión (o reutiliza la que está en caché) y la describe. Solo --json muestra el token.
</translation>
    </message>
    <message>
        <source>Prints the access token.
</source>
        <translation>Muestra el token de acceso.
</translation>
    </message>
    <message>
        <source>Prints `Authorization: Bearer &lt;access_token&gt;`.
</source>
        <translation>Muestra `Authorization: Bearer &lt;access_token&gt;`.
</translation>
    </message>
    <message>
        <source>Prints a ready curl command line with the bearer header. PATH is appended to the server
root; no argument means &lt;root&gt;/auth/session. A URL on another origin needs --any-origin.
</source>
        <translation>Muestra una línea de comandos de curl lista para usar con el encabezado bearer. PATH se añade a la raíz
del servidor; sin argumento se usa &lt;root&gt;/auth/session. Una URL de otro origen necesita --any-origin.
</translation>
    </message>
    <message>
        <source>Asks the server whether the cached session is still valid (GET &lt;root&gt;/auth/session).
Exit 0 when it is, 3 when the server no longer knows it. Prints no token.
</source>
        <translation>Pregunta al servidor si la sesión en caché sigue siendo válida (GET &lt;root&gt;/auth/session).
Sale con 0 si lo es, con 3 si el servidor ya no la conoce. No muestra ningún token.
</translation>
    </message>
    <message>
        <source>Ends the cached session on the server (POST &lt;root&gt;/auth/signout) and forgets it here.
A session the server had already dropped is reported, not an error.
</source>
        <translation>Termina la sesión en caché en el servidor (POST &lt;root&gt;/auth/signout) y la olvida aquí.
Una sesión que el servidor ya había descartado se notifica, no es un error.
</translation>
    </message>
    <message>
        <source>Tries the identities of the named profiles, or all, or those with a tag (give one of the
three), several at once, each exactly once (never retried), and reports which work: the
cause when one does not, the time left, the policies, whether the device was
authenticated, the signature and the latency. A valid cached session is used; no new one
is cached and no token is printed. Profiles that ask for the password each time are
skipped, never asked. Exit 0 when all work, else the highest exit code among the others.
</source>
        <translation>Prueba las identidades de los perfiles indicados, o de todos, o de los que tienen una etiqueta (indique una de las
tres opciones), varias a la vez, cada una exactamente una vez (sin reintentos), e informa de cuáles funcionan: la
causa cuando una no funciona, el tiempo restante, las políticas, si el dispositivo se
autenticó, la firma y la latencia. Se usa una sesión en caché válida; no se guarda ninguna nueva
en caché y no se muestra ningún token. Los perfiles que piden la contraseña cada vez se
omiten, nunca se pregunta. Sale con 0 si todas funcionan; si no, con el código de salida más alto de las demás.
</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>todos los perfiles</translation>
    </message>
    <message>
        <source>an array with one object per identity</source>
        <translation>una matriz con un objeto por identidad</translation>
    </message>
    <message>
        <source>CSV with a header row, the columns of --json</source>
        <translation>CSV con una fila de encabezado, las columnas de --json</translation>
    </message>
    <message>
        <source>identities tried at once (default 16, at most 32)</source>
        <translation>identidades probadas a la vez (predeterminado 16, como máximo 32)</translation>
    </message>
    <message>
        <source>start at most this many identities per second</source>
        <translation>iniciar como máximo este número de identidades por segundo</translation>
    </message>
    <message>
        <source>ignore cached sessions: ask the server for each</source>
        <translation>ignorar las sesiones en caché: pedir una al servidor para cada una</translation>
    </message>
    <message>
        <source>an identity whose session lacks this policy fails (repeat for several)</source>
        <translation>una identidad cuya sesión no tenga esta política falla (repetir para varias)</translation>
    </message>
    <message>
        <source>the facility to send for users who must choose one</source>
        <translation>el establecimiento que enviar para los usuarios que deben elegir uno</translation>
    </message>
    <message>
        <source>Reads a server&apos;s OpenID discovery document (&lt;URL&gt;/auth/.well-known/openid-
configuration) without sending any credential: issuer, token, JWKS, userinfo and
end-session endpoints, grant types, signing algorithms and a guess at the SanteDB
generation.
</source>
        <translation>Lee el documento de descubrimiento OpenID de un servidor (&lt;URL&gt;/auth/.well-known/openid-
configuration) sin enviar ninguna credencial: emisor, endpoints de token, JWKS, userinfo y
fin de sesión, tipos de concesión, algoritmos de firma y una estimación de la generación
de SanteDB.
</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (SHA-256; colons and case ignored)</source>
        <translation>aceptar exactamente este certificado del servidor (SHA-256; se ignoran los dos puntos y las mayúsculas)</translation>
    </message>
    <message>
        <source>Decodes a JWT (argument, or standard input when absent or -); a leading
`Bearer ` or `Authorization: Bearer ` is ignored. Without --jwks the signature is
not verified; with it, it is verified, invalid, unsigned, unknown_key (no key for
its kid) or unsupported_alg. Tokens SanteDB signs with a client or device secret
(kid = client_id) verify only in `login`.
</source>
        <translation>Decodifica un JWT (argumento, o entrada estándar si falta o es -); se ignora un
`Bearer ` o `Authorization: Bearer ` inicial. Sin --jwks la firma no se
verifica; con él, queda verified, invalid, unsigned, unknown_key (ninguna clave para
su kid) o unsupported_alg. Los tokens que SanteDB firma con un secreto de cliente o del dispositivo
(kid = client_id) solo se verifican en `login`.
</translation>
    </message>
    <message>
        <source>verify the signature with this JSON Web Key Set: a URL (fetched once, e.g. &lt;server&gt;/auth/jwks) or a JWKS file</source>
        <translation>verificar la firma con este JSON Web Key Set: una URL (se obtiene una vez, p. ej. &lt;server&gt;/auth/jwks) o un archivo JWKS</translation>
    </message>
    <message>
        <source>unknown option --%1 for `%2` — see `%2 --help`</source>
        <translation>opción desconocida --%1 para `%2` — consulte `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 needs a value — see `%2 --help`</source>
        <translation>la opción --%1 necesita un valor — consulte `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 takes no value — see `%2 --help`</source>
        <translation>la opción --%1 no admite ningún valor — consulte `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation>la opción --%1 se indica dos veces</translation>
    </message>
    <message>
        <source>unknown command `%1` — see `santedb-session --help`</source>
        <translation>comando desconocido `%1` — consulte `santedb-session --help`</translation>
    </message>
    <message>
        <source>`%1` needs a subcommand — see `santedb-session %1 --help`</source>
        <translation>`%1` necesita un subcomando — consulte `santedb-session %1 --help`</translation>
    </message>
    <message>
        <source>no command given — see `santedb-session --help`</source>
        <translation>no se indicó ningún comando — consulte `santedb-session --help`</translation>
    </message>
    <message>
        <source>usage: santedb-session %1</source>
        <translation>uso: santedb-session %1</translation>
    </message>
    <message>
        <source>santedb-session — SanteDB sessions from the command line, secrets in the OS keychain.

Usage: santedb-session [global options] COMMAND [arguments] [options]

Commands:
</source>
        <translation>santedb-session — sesiones de SanteDB desde la línea de comandos, secretos en el llavero del sistema.

Uso: santedb-session [opciones globales] COMMAND [argumentos] [opciones]

Comandos:
</translation>
    </message>
    <message>
        <source>Global options (before or after the command):
</source>
        <translation>Opciones globales (antes o después del comando):
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 internal error, 2 usage/configuration/refused input,
3 OAuth error from the server (HTTP 400/401/403), 4 other network or server failure,
5 keychain unavailable or locked, or a required secret missing, 130 interrupted.
</source>
        <translation>Códigos de salida: 0 éxito, 1 error interno, 2 uso/configuración/entrada rechazada,
3 error OAuth del servidor (HTTP 400/401/403), 4 otro fallo de red o del servidor,
5 llavero no disponible o bloqueado, o falta un secreto necesario, 130 interrumpido.
</translation>
    </message>
    <message>
        <source>Usage: santedb-session %1

%2</source>
        <translation>Uso: santedb-session %1

%2</translation>
    </message>
    <message>
        <source>Example:
</source>
        <translation>Ejemplo:
</translation>
    </message>
    <message>
        <source>Usage: santedb-session %1 SUBCOMMAND ...

</source>
        <translation>Uso: santedb-session %1 SUBCOMMAND ...

</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to %1</source>
        <translation>--jobs debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>--rate must be a number of identities per second from 0.01 to 1000</source>
        <translation>--rate debe ser un número de identidades por segundo de 0.01 a 1000</translation>
    </message>
    <message>
        <source>--expect-policy needs one policy OID, such as 1.3.6.1.4.1.33349.3.1.5.9.2.1.0</source>
        <translation>--expect-policy necesita un OID de política, como 1.3.6.1.4.1.33349.3.1.5.9.2.1.0</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>POLICIES</source>
        <translation>POLÍTICAS</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCIA</translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation>CAUSA</translation>
    </message>
    <message>
        <source>ok (cached)</source>
        <translation>ok (en caché)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>%1, %2 missing</source>
        <translation>faltan %1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation>NO autenticado</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>give the profiles to check: names, --all or --tag TAG (one of the three)</source>
        <translation>indique los perfiles que comprobar: nombres, --all o --tag TAG (una de las tres opciones)</translation>
    </message>
    <message>
        <source>choose --json or --csv, not both</source>
        <translation>elija --json o --csv, no ambos</translation>
    </message>
    <message>
        <source>there are no profiles to check</source>
        <translation>no hay perfiles que comprobar</translation>
    </message>
    <message>
        <source>no profile has the tag %1</source>
        <translation>ningún perfil tiene la etiqueta %1</translation>
    </message>
    <message>
        <source>%1 of %2 identities work</source>
        <translation>%1 de %2 identidades funcionan</translation>
    </message>
    <message>
        <source>; %1 skipped (asked for the password each time)</source>
        <translation>; %1 omitidas (se pide la contraseña cada vez)</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600</source>
        <translation>--timeout debe ser un número entero de segundos de 1 a 3600</translation>
    </message>
    <message>
        <source>--min-valid must be a whole number of seconds, 0 or more</source>
        <translation>--min-valid debe ser un número entero de segundos, 0 o más</translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation>--config necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>the %1 %2 cannot be read — check the path and its permissions</source>
        <translation>%1 %2: no se puede leer — revise la ruta y sus permisos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>give exactly one of %1, %2 or %3</source>
        <translation>indique exactamente una de estas opciones: %1, %2 o %3</translation>
    </message>
    <message>
        <source>profile add needs --%1 — see `santedb-session profile add --help`</source>
        <translation>profile add necesita --%1 — consulte `santedb-session profile add --help`</translation>
    </message>
    <message>
        <source>%1 is needed</source>
        <translation>se necesita %1</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 no puede estar vacío</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>archivo de certificado</translation>
    </message>
    <message>
        <source>%1 goes with a PEM %2</source>
        <translation>%1 va con un %2 PEM</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>archivo de clave</translation>
    </message>
    <message>
        <source>%1 must be client_credentials or password</source>
        <translation>%1 debe ser client_credentials o password</translation>
    </message>
    <message>
        <source>%1 must be stored or ask</source>
        <translation>%1 debe ser stored o ask</translation>
    </message>
    <message>
        <source>%1 and %2 go with %3 password</source>
        <translation>%1 y %2 van con %3 password</translation>
    </message>
    <message>
        <source>%1 must be auto, 2 or 3</source>
        <translation>%1 debe ser auto, 2 o 3</translation>
    </message>
    <message>
        <source>%1 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation>%1 debe tener los 64 dígitos hexadecimales de un SHA-256 (se ignoran los dos puntos y las mayúsculas)</translation>
    </message>
    <message>
        <source>session, expiry unknown</source>
        <translation>sesión, caducidad desconocida</translation>
    </message>
    <message>
        <source>valid, %1</source>
        <translation>válida, %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>sin sesión</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>advertencia: %1
</translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;
</source>
        <translation>se añadió el perfil &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>next: store its secrets with `santedb-session secret set %1 &lt;%2&gt;`
</source>
        <translation>siguiente paso: guarde sus secretos con `santedb-session secret set %1 &lt;%2&gt;`
</translation>
    </message>
    <message>
        <source>updated profile &quot;%1&quot;
</source>
        <translation>se actualizó el perfil &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>no profiles yet — add one with `santedb-session profile add`
</source>
        <translation>todavía no hay perfiles — añada uno con `santedb-session profile add`
</translation>
    </message>
    <message>
        <source>no profile has the tag %1
</source>
        <translation>ningún perfil tiene la etiqueta %1
</translation>
    </message>
    <message>
        <source>warning: which secrets are stored is unknown: %1
</source>
        <translation>advertencia: no se sabe qué secretos están guardados: %1
</translation>
    </message>
    <message>
        <source>warning: the device certificate&apos;s details cannot be shown: %1
</source>
        <translation>advertencia: no se pueden mostrar los detalles del certificado del dispositivo: %1
</translation>
    </message>
    <message>
        <source>warning: the device certificate expired on %1 — renew it
</source>
        <translation>advertencia: el certificado del dispositivo caducó el %1 — renuévelo
</translation>
    </message>
    <message>
        <source>warning: the device certificate expires on %1 (%2) — renew it before then
</source>
        <translation>advertencia: el certificado del dispositivo caduca el %1 (%2) — renuévelo antes
</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>santedb version</source>
        <translation>versión de santedb</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>concesión</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>password mode</source>
        <translation>modo de contraseña</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>establecimiento</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>id de cliente</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>clave del dispositivo</translation>
    </message>
    <message>
        <source>(in the certificate file)</source>
        <translation>(en el archivo del certificado)</translation>
    </message>
    <message>
        <source>sha1</source>
        <translation>sha1</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>ca file</source>
        <translation>archivo de ca</translation>
    </message>
    <message>
        <source>pinned sha256</source>
        <translation>sha256 fijado</translation>
    </message>
    <message>
        <source>allow http</source>
        <translation>permitir http</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and 1 keychain entry
</source>
        <translation>se eliminó el perfil &quot;%1&quot; y 1 entrada del llavero
</translation>
    </message>
    <message numerus="yes">
        <source>removed profile &quot;%1&quot; and %n keychain entries
</source>
        <translation>
            <numerusform>se eliminó el perfil &quot;%1&quot; y %n entrada del llavero
</numerusform>
            <numerusform>se eliminó el perfil &quot;%1&quot; y %n entradas del llavero
</numerusform>
        </translation>
    </message>
    <message>
        <source>give profile names or --tag TAG, not both</source>
        <translation>indique nombres de perfil o --tag TAG, no ambos</translation>
    </message>
    <message>
        <source>the export could not be written to %1 (%2)</source>
        <translation>no se pudo escribir la exportación en %1 (%2)</translation>
    </message>
    <message>
        <source>exported to %1 (no secrets)
</source>
        <translation>exportado a %1 (sin secretos)
</translation>
    </message>
    <message>
        <source>%1 line %2: %3 — nothing was imported</source>
        <translation>%1 línea %2: %3 — no se importó nada</translation>
    </message>
    <message>
        <source>the CSV file %1 is empty — nothing was imported</source>
        <translation>el archivo CSV %1 está vacío — no se importó nada</translation>
    </message>
    <message>
        <source>the CSV file %1 cannot be used: %2 — nothing was imported</source>
        <translation>el archivo CSV %1 no se puede usar: %2 — no se importó nada</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not a `profile add` option</source>
        <translation>la columna &quot;%1&quot; no es una opción de `profile add`</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la columna &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>there is no &quot;name&quot; column</source>
        <translation>no hay ninguna columna &quot;name&quot;</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la fila tiene %1 campos y el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the %1 column must be true or false</source>
        <translation>la columna %1 debe ser true o false</translation>
    </message>
    <message>
        <source>the %1 column</source>
        <translation>la columna %1</translation>
    </message>
    <message>
        <source>a second profile is named %1</source>
        <translation>un segundo perfil se llama %1</translation>
    </message>
    <message>
        <source>the secrets on standard input,</source>
        <translation>los secretos de la entrada estándar,</translation>
    </message>
    <message>
        <source>the line is longer than 64 KiB</source>
        <translation>la línea supera los 64 KiB</translation>
    </message>
    <message>
        <source>it is not one JSON object</source>
        <translation>no es un único objeto JSON</translation>
    </message>
    <message>
        <source>it has no &quot;name&quot; string</source>
        <translation>no tiene ninguna cadena &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of name, client, device, password, cert_password</source>
        <translation>&quot;%1&quot; no es ninguno de name, client, device, password, cert_password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; no es una cadena</translation>
    </message>
    <message>
        <source>warning: no %1 was given for profile %2 — %3
</source>
        <translation>advertencia: no se indicó ningún valor para %1 en el perfil %2 — %3
</translation>
    </message>
    <message>
        <source>standard input holds the secrets (--secrets-stdin): give the profiles as a file</source>
        <translation>la entrada estándar contiene los secretos (--secrets-stdin): indique los perfiles como archivo</translation>
    </message>
    <message>
        <source>the import file %1 cannot be read (%2)</source>
        <translation>no se puede leer el archivo de importación %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n profile(s): %1
</source>
        <translation>
            <numerusform>se importó %n perfil: %1
</numerusform>
            <numerusform>se importaron %n perfiles: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets stored in the keychain — delete the secrets file now
</source>
        <translation>secretos guardados en el llavero — borre ahora el archivo de secretos
</translation>
    </message>
    <message>
        <source>exports hold no secrets: store them with `santedb-session secret set NAME KIND`
</source>
        <translation>las exportaciones no contienen secretos: guárdelos con `santedb-session secret set NAME KIND`
</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>ejecute %1</translation>
    </message>
    <message>
        <source>unlock it (log in to the desktop, or unlock the login keyring) and retry</source>
        <translation>desbloquéelo (inicie sesión en el escritorio o desbloquee el llavero de inicio de sesión) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>start gnome-keyring or KWallet in this session and retry</source>
        <translation>inicie gnome-keyring o KWallet en esta sesión y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>review it with %1</source>
        <translation>revíselo con %1</translation>
    </message>
    <message>
        <source>retry with a larger `--timeout SECONDS`</source>
        <translation>vuelva a intentarlo con un `--timeout SECONDS` mayor</translation>
    </message>
    <message>
        <source>use `%1`</source>
        <translation>use `%1`</translation>
    </message>
    <message>
        <source>change it with %1</source>
        <translation>cámbielo con %1</translation>
    </message>
    <message>
        <source>or retry with `--no-proxy`</source>
        <translation>o vuelva a intentarlo con `--no-proxy`</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>consulte %1</translation>
    </message>
    <message>
        <source>add `--any-origin` if that is intended</source>
        <translation>añada `--any-origin` si es lo que se pretende</translation>
    </message>
    <message>
        <source>choose one with `--facility UUID`</source>
        <translation>elija uno con `--facility UUID`</translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the code with `--mfa-stdin`</source>
        <translation>ejecute el comando en un terminal, o indique el código con `--mfa-stdin`</translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the password with `--password-stdin`</source>
        <translation>ejecute el comando en un terminal, o indique la contraseña con `--password-stdin`</translation>
    </message>
    <message>
        <source>get a new session with %1</source>
        <translation>obtenga una sesión nueva con %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation>certificado (%1)</translation>
    </message>
    <message>
        <source>unknown (the signature is not verified)</source>
        <translation>desconocido (la firma no está verificada)</translation>
    </message>
    <message>
        <source>authenticated (%1)</source>
        <translation>autenticado (%1)</translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x, cached)
</source>
        <translation>Sesión del perfil &quot;%1&quot; (SanteDB %2.x, en caché)
</translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x)
</source>
        <translation>Sesión del perfil &quot;%1&quot; (SanteDB %2.x)
</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>tipo de token</translation>
    </message>
    <message>
        <source>(none sent; used as Bearer)</source>
        <translation>(no enviado; se usa Bearer)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>caduca</translation>
    </message>
    <message>
        <source>id_token exp %1, expires_in %2 — the earlier is used</source>
        <translation>exp del id_token %1, expires_in %2 — se usa la más temprana</translation>
    </message>
    <message>
        <source>obtained by</source>
        <translation>obtenida mediante</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renovada</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>comprobada</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobada</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>token de actualización</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>en el servidor</translation>
    </message>
    <message>
        <source>valid (checked %1)</source>
        <translation>válida (comprobada %1)</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>políticas</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>warning: the token&apos;s type is &quot;%1&quot;; it cannot be sent as a Bearer header
</source>
        <translation>advertencia: el tipo del token es &quot;%1&quot;; no se puede enviar como encabezado Bearer
</translation>
    </message>
    <message>
        <source>the server issued a token of type &quot;%1&quot;, which cannot be sent as an Authorization: Bearer header — use `santedb-session token %2` and the scheme your server expects</source>
        <translation>el servidor emitió un token de tipo &quot;%1&quot;, que no se puede enviar como encabezado Authorization: Bearer — use `santedb-session token %2` y el esquema que espera su servidor</translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot; — get one with `santedb-session login %1`
</source>
        <translation>no hay ninguna sesión en caché para el perfil &quot;%1&quot; — obtenga una con `santedb-session login %1`
</translation>
    </message>
    <message>
        <source>the server no longer knows the cached session of profile &quot;%1&quot; — get a new one with `santedb-session login %1 --fresh`
</source>
        <translation>el servidor ya no conoce la sesión en caché del perfil &quot;%1&quot; — obtenga una nueva con `santedb-session login %1 --fresh`
</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; is valid on the server
</source>
        <translation>La sesión del perfil &quot;%1&quot; es válida en el servidor
</translation>
    </message>
    <message>
        <source>signed out on the server; the session of profile &quot;%1&quot; is forgotten
</source>
        <translation>sesión cerrada en el servidor; la sesión del perfil &quot;%1&quot; se ha olvidado
</translation>
    </message>
    <message>
        <source>the server had already ended the session of profile &quot;%1&quot;; it is forgotten here too
</source>
        <translation>el servidor ya había terminado la sesión del perfil &quot;%1&quot;; aquí también se ha olvidado
</translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot;; nothing to sign out
</source>
        <translation>no hay ninguna sesión en caché para el perfil &quot;%1&quot;; no hay nada que cerrar
</translation>
    </message>
</context>
<context>
    <name>sdsm</name>
    <message>
        <source>the certificate password is wrong: it does not open %1</source>
        <translation>la contraseña del certificado es incorrecta: no abre %1</translation>
    </message>
    <message>
        <source>%1 is protected by a password and no certificate password is stored</source>
        <translation>%1 está protegido con contraseña y no hay ninguna contraseña del certificado guardada</translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file (.p12, .pfx) nor a PEM certificate, or it is damaged</source>
        <translation>%1 no es un archivo PKCS#12 (.p12, .pfx) ni un certificado PEM, o está dañado</translation>
    </message>
    <message>
        <source>%1 is a PKCS#12 file, which holds its own private key, so no separate key file can be used</source>
        <translation>%1 es un archivo PKCS#12, que contiene su propia clave privada, así que no se puede usar un archivo de clave aparte</translation>
    </message>
    <message>
        <source>%1 holds a certificate but no private key, so the key file is needed as well</source>
        <translation>%1 contiene un certificado pero ninguna clave privada, así que también se necesita el archivo de clave</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation>%1 no contiene ninguna clave privada PEM</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: %2</source>
        <translation>no se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a certificate or key file</source>
        <translation>%1 tiene más de 1 MiB, así que no es un archivo de certificado ni de clave</translation>
    </message>
    <message>
        <source>%1 uses legacy encryption (RC2, RC4 or DES) that this OpenSSL cannot decrypt; convert it with `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`</source>
        <translation>%1 usa un cifrado antiguo (RC2, RC4 o DES) que esta versión de OpenSSL no puede descifrar; conviértalo con `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents cannot be read as a PKCS#12 file</source>
        <translation>%1 está dañado: su contenido no se puede leer como archivo PKCS#12</translation>
    </message>
    <message>
        <source>%1 holds no private key, so it cannot authenticate a device</source>
        <translation>%1 no contiene ninguna clave privada, así que no puede autenticar un dispositivo</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 no contiene ningún certificado</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>la clave privada de %1 no corresponde al certificado de %2</translation>
    </message>
    <message>
        <source>the private key in %1 is neither RSA nor EC, the kinds a device certificate can use here</source>
        <translation>la clave privada de %1 no es RSA ni EC, los tipos que puede usar aquí un certificado de dispositivo</translation>
    </message>
    <message>
        <source>the device certificate in %1 could not be handed to TLS</source>
        <translation>no se pudo entregar a TLS el certificado del dispositivo de %1</translation>
    </message>
    <message>
        <source>the device certificate in %1 is not valid yet: it is valid from %2 to %3</source>
        <translation>el certificado del dispositivo de %1 todavía no es válido: es válido del %2 al %3</translation>
    </message>
    <message>
        <source>the device certificate in %1 has expired: it was valid from %2 to %3</source>
        <translation>el certificado del dispositivo de %1 ha caducado: era válido del %2 al %3</translation>
    </message>
    <message>
        <source>the private key in %1 is not encrypted and other users of this computer can read the file; make it readable by its owner only</source>
        <translation>la clave privada de %1 no está cifrada y otros usuarios de este equipo pueden leer el archivo; haga que solo su propietario pueda leerlo</translation>
    </message>
    <message>
        <source>the discovery answer is not a JSON object</source>
        <translation>la respuesta de descubrimiento no es un objeto JSON</translation>
    </message>
    <message>
        <source>the discovery document names no usable token_endpoint</source>
        <translation>el documento de descubrimiento no indica ningún token_endpoint utilizable</translation>
    </message>
    <message>
        <source>cannot rotate the history file %1; check the permissions of its folder</source>
        <translation>no se puede rotar el archivo de historial %1; revise los permisos de su carpeta</translation>
    </message>
    <message>
        <source>the history in %1 was copied to %2 but could not be removed; remove it by hand</source>
        <translation>el historial de %1 se copió en %2 pero no se pudo eliminar; elimínelo manualmente</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s ahead of this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation>el reloj del servidor va %1 s por delante del de este equipo; las horas de los tokens pueden parecer incorrectas hasta que se corrija uno de los dos</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s behind this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation>el reloj del servidor va %1 s por detrás del de este equipo; las horas de los tokens pueden parecer incorrectas hasta que se corrija uno de los dos</translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation>se canceló la operación</translation>
    </message>
    <message>
        <source>the JWKS was refused because it is larger than 1 MiB</source>
        <translation>se rechazó el JWKS porque tiene más de 1 MiB</translation>
    </message>
    <message>
        <source>the JWKS is not a JSON object, so it holds no keys</source>
        <translation>el JWKS no es un objeto JSON, así que no contiene claves</translation>
    </message>
    <message>
        <source>the JWKS has no &quot;keys&quot; array, so it holds no keys</source>
        <translation>el JWKS no tiene una matriz &quot;keys&quot;, así que no contiene claves</translation>
    </message>
    <message>
        <source>the JWKS was refused because it lists more than 100 keys</source>
        <translation>se rechazó el JWKS porque enumera más de 100 claves</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>signature invalid</source>
        <translation>firma no válida</translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation>sin firmar (alg none)</translation>
    </message>
    <message>
        <source>signing key unknown</source>
        <translation>clave de firma desconocida</translation>
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation>algoritmo de firma no admitido</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>no se pudo verificar</translation>
    </message>
    <message>
        <source>the token&apos;s exp claim is not a valid time, so its expiry is unknown</source>
        <translation>la claim exp del token no es una hora válida, así que se desconoce su caducidad</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>el token caducó el %1</translation>
    </message>
    <message>
        <source>the token&apos;s nbf claim is not a valid time, so its start is unknown</source>
        <translation>la claim nbf del token no es una hora válida, así que se desconoce su inicio</translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation>el token no es válido antes del %1</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>device secret</source>
        <translation>secreto del dispositivo</translation>
    </message>
    <message>
        <source>certificate password</source>
        <translation>contraseña del certificado</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>token de sesión</translation>
    </message>
    <message>
        <source>profile %1 uses the client_credentials grant, which has no password</source>
        <translation>el perfil %1 usa la concesión client_credentials, que no tiene contraseña</translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time and never stores it</source>
        <translation>el perfil %1 pide la contraseña cada vez y nunca la guarda</translation>
    </message>
    <message>
        <source>profile %1 does not use a %2 (its device mode is %3)</source>
        <translation>el perfil %1 no usa %2 (su modo de dispositivo es %3)</translation>
    </message>
    <message>
        <source>the password grant needs a user name</source>
        <translation>la concesión password necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>the user name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>el nombre de usuario no debe contener caracteres de control, saltos de línea ni caracteres de formato invisibles</translation>
    </message>
    <message>
        <source>the facility must be the UUID SanteDB offered, such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation>el establecimiento debe ser el UUID que ofreció SanteDB, por ejemplo 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>una etiqueta no puede estar vacía</translation>
    </message>
    <message>
        <source>a tag must be at most %1 characters long</source>
        <translation>una etiqueta debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a tag must not contain commas, control characters, invisible formatting characters or surrounding spaces</source>
        <translation>una etiqueta no debe contener comas, caracteres de control, caracteres de formato invisibles ni espacios al principio o al final</translation>
    </message>
    <message>
        <source>a device certificate is presented in the TLS handshake, so the server must use https</source>
        <translation>el certificado del dispositivo se presenta en el protocolo de enlace TLS, así que el servidor debe usar https</translation>
    </message>
    <message>
        <source>it is not valid JSON (near byte %1)</source>
        <translation>no es JSON válido (cerca del byte %1)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it is not valid JSON (it ends too early)</source>
        <translation>no es JSON válido (termina antes de tiempo)</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>its &quot;profiles&quot; member is not a list</source>
        <translation>su miembro &quot;profiles&quot; no es una lista</translation>
    </message>
    <message>
        <source>profile entry %1 is not a JSON object</source>
        <translation>la entrada de perfil %1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>profile entry %1 is larger than %2 KiB</source>
        <translation>la entrada de perfil %1 tiene más de %2 KiB</translation>
    </message>
    <message>
        <source>it holds a member larger than %1 KiB</source>
        <translation>contiene un miembro de más de %1 KiB</translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; list</source>
        <translation>no tiene una lista &quot;profiles&quot;</translation>
    </message>
    <message>
        <source>session locks</source>
        <translation>bloqueos de sesión</translation>
    </message>
    <message>
        <source>cannot open the lock file %1</source>
        <translation>no se puede abrir el archivo de bloqueo %1</translation>
    </message>
    <message>
        <source>another program has been getting a session for this profile for %1 s; try again when it is done</source>
        <translation>otro programa lleva %1 s obteniendo una sesión para este perfil; vuelva a intentarlo cuando termine</translation>
    </message>
    <message>
        <source>the session lock could not be taken</source>
        <translation>no se pudo obtener el bloqueo de la sesión</translation>
    </message>
    <message>
        <source>the server&apos;s message was withheld because it could not be checked for secrets</source>
        <translation>se ocultó el mensaje del servidor porque no se pudo comprobar si contenía secretos</translation>
    </message>
    <message>
        <source>the session is too large to keep in the keychain</source>
        <translation>la sesión es demasiado grande para guardarla en el llavero</translation>
    </message>
    <message>
        <source>server cache</source>
        <translation>caché del servidor</translation>
    </message>
    <message>
        <source>the %1 request got HTTP %2</source>
        <translation>la solicitud de %1 recibió HTTP %2</translation>
    </message>
    <message>
        <source>the server offers the x_challenge grant, new in SanteDB 3.x</source>
        <translation>el servidor ofrece la concesión x_challenge, nueva en SanteDB 3.x</translation>
    </message>
    <message>
        <source>the document names an end_session_endpoint, which SanteDB 2.x did not have</source>
        <translation>el documento indica un end_session_endpoint, que SanteDB 2.x no tenía</translation>
    </message>
    <message>
        <source>the document names no end_session_endpoint, as SanteDB 2.x&apos;s did not</source>
        <translation>el documento no indica ningún end_session_endpoint, igual que los de SanteDB 2.x</translation>
    </message>
    <message>
        <source>the discovery request got a redirect (HTTP %1), which is not followed</source>
        <translation>la solicitud de descubrimiento recibió una redirección (HTTP %1), que no se sigue</translation>
    </message>
    <message>
        <source>the discovery request got HTTP %1</source>
        <translation>la solicitud de descubrimiento recibió HTTP %1</translation>
    </message>
    <message>
        <source>the session check at %1 answered HTTP %2</source>
        <translation>la comprobación de la sesión en %1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>cannot remove the %1 %2: %3</source>
        <translation>no se puede eliminar %2 (%1): %3</translation>
    </message>
    <message>
        <source>cannot lock the %1 %2 (%3); check its folder and try again</source>
        <translation>no se puede bloquear %2 (%1) (%3); revise su carpeta y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the %1 %2 is a symbolic link, which is never followed; remove it so the file can be made again</source>
        <translation>%2 (%1) es un enlace simbólico, que nunca se sigue; elimínelo para que se pueda volver a crear el archivo</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3)</source>
        <translation>no se puede leer %2 (%1) (%3)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>subject %1, issuer %2, valid from %3 to %4, SHA-256 %5</source>
        <translation>sujeto %1, emisor %2, válido del %3 al %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>the password has expired — change it in SanteDB first</source>
        <translation>la contraseña ha caducado — cámbiela primero en SanteDB</translation>
    </message>
    <message>
        <source>wrong user name or password, or the user is locked</source>
        <translation>nombre de usuario o contraseña incorrectos, o el usuario está bloqueado</translation>
    </message>
    <message>
        <source>the server no longer accepts this session&apos;s refresh token</source>
        <translation>el servidor ya no acepta el refresh_token de esta sesión</translation>
    </message>
    <message>
        <source>the import file cannot be used: %1 — nothing was imported</source>
        <translation>no se puede usar el archivo de importación: %1 — no se importó nada</translation>
    </message>
    <message>
        <source>profile entry %1 is not valid JSON</source>
        <translation>la entrada de perfil %1 no es JSON válido</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 no es una URL válida</translation>
    </message>
    <message>
        <source>%1 is not on the profile&apos;s server %2, so its bearer token would go elsewhere</source>
        <translation>%1 no está en el servidor del perfil %2, así que su token bearer iría a otro lugar</translation>
    </message>
    <message>
        <source>%1 does not make a valid URL</source>
        <translation>%1 no forma una URL válida</translation>
    </message>
    <message>
        <source>history file</source>
        <translation>archivo de historial</translation>
    </message>
    <message>
        <source>cannot write to the history file %1: %2; check the free space</source>
        <translation>no se puede escribir en el archivo de historial %1: %2; revise el espacio libre</translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2; check the permissions of its folder</source>
        <translation>no se puede abrir el archivo de historial %1: %2; revise los permisos de su carpeta</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disco lleno</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>The input is not a JWT: it has %1 dot-separated part(s) instead of 3; pass the id_token from the token response (access tokens are opaque).</source>
        <translation>La entrada no es un JWT: tiene %1 parte(s) separadas por puntos en lugar de 3; pase el id_token de la respuesta del token (los tokens de acceso son opacos).</translation>
    </message>
    <message>
        <source>The JWT has an empty header or payload part, so there is nothing to decode; check that the whole token was copied.</source>
        <translation>El JWT tiene vacía la parte de encabezado o de carga útil, así que no hay nada que decodificar; compruebe que se copió el token completo.</translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>El encabezado del JWT no es base64url válido, así que el token no se puede decodificar; compruebe que se copió completo, sin espacios, &apos;+&apos; ni &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>La carga útil del JWT no es base64url válido, así que el token no se puede decodificar; compruebe que se copió completo, sin espacios, &apos;+&apos; ni &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url, so the token is damaged; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>La firma del JWT no es base64url válido, así que el token está dañado; compruebe que se copió completo, sin espacios, &apos;+&apos; ni &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object, so this is not a valid JWT; check that the input is an id_token.</source>
        <translation>El encabezado del JWT no es un objeto JSON, así que no es un JWT válido; compruebe que la entrada es un id_token.</translation>
    </message>
    <message>
        <source>The JWT header has no &quot;alg&quot; member, so this is not a valid JWS; check that the input is an id_token.</source>
        <translation>El encabezado del JWT no tiene el miembro &quot;alg&quot;, así que no es un JWS válido; compruebe que la entrada es un id_token.</translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object, so it holds no claims to show; check that the input is an id_token.</source>
        <translation>La carga útil del JWT no es un objeto JSON, así que no contiene claims que mostrar; compruebe que la entrada es un id_token.</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido %1</translation>
    </message>
    <message>
        <source>becomes valid %1</source>
        <translation>válido a partir de %1</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>válido desde %1</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>válido ahora</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>caduca</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitido</translation>
    </message>
    <message>
        <source>not before</source>
        <translation>no antes de</translation>
    </message>
    <message>
        <source>alg is none: the token is unsigned</source>
        <translation>alg es none: el token no está firmado</translation>
    </message>
    <message>
        <source>base64 padding present</source>
        <translation>hay relleno base64</translation>
    </message>
    <message>
        <source>invalid claim: %1 is not a NumericDate (a JSON number of seconds between 1970 and 9999)</source>
        <translation>claim no válida: %1 no es un NumericDate (un número JSON de segundos entre 1970 y 9999)</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>token caducado</translation>
    </message>
    <message>
        <source>token not yet valid</source>
        <translation>token aún no válido</translation>
    </message>
    <message>
        <source>The token was refused because it is larger than 64 KiB; pass the id_token itself, not a whole response or file.</source>
        <translation>Se rechazó el token porque tiene más de 64 KiB; pase solo el id_token, no una respuesta o un archivo completos.</translation>
    </message>
    <message>
        <source>There is no token to decode because the input is empty; pass an id_token.</source>
        <translation>No hay ningún token que decodificar porque la entrada está vacía; pase un id_token.</translation>
    </message>
    <message>
        <source>The input is a JWT without its signature part, so it is incomplete; copy the whole token including the part after the second &apos;.&apos;.</source>
        <translation>La entrada es un JWT sin su parte de firma, así que está incompleto; copie el token completo, incluida la parte que sigue al segundo &apos;.&apos;.</translation>
    </message>
    <message>
        <source>opaque 3.x access token — nothing to decode</source>
        <translation>token de acceso opaco de 3.x — no hay nada que decodificar</translation>
    </message>
    <message>
        <source>encrypted JWT (JWE) — not decoded</source>
        <translation>JWT cifrado (JWE) — no se decodifica</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>encabezado: %1</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>sujeto: %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nombre: %1</translation>
    </message>
    <message>
        <source>%1: invalid (%2 is not a NumericDate)</source>
        <translation>%1: no válido (%2 no es un NumericDate)</translation>
    </message>
    <message>
        <source>%1: %2 (local %3), %4</source>
        <translation>%1: %2 (local %3), %4</translation>
    </message>
    <message>
        <source>roles: none</source>
        <translation>roles: ninguno</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>roles: %1</translation>
    </message>
    <message>
        <source>policies: none</source>
        <translation>políticas: ninguna</translation>
    </message>
    <message>
        <source>policies:</source>
        <translation>políticas:</translation>
    </message>
    <message>
        <source>unknown policy</source>
        <translation>política desconocida</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>dispositivo: %1</translation>
    </message>
    <message>
        <source>application: %1</source>
        <translation>aplicación: %1</translation>
    </message>
    <message>
        <source>SanteDB claims:</source>
        <translation>Claims de SanteDB:</translation>
    </message>
    <message>
        <source>extensions:</source>
        <translation>extensiones:</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>firma: %1</translation>
    </message>
    <message>
        <source>no Secret Service is running (%1)</source>
        <translation>no hay ningún Secret Service en ejecución (%1)</translation>
    </message>
    <message>
        <source>the keyring is locked or not set up</source>
        <translation>el llavero está bloqueado o no está configurado</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay ningún bus de sesión D-Bus</translation>
    </message>
    <message>
        <source>nothing provides org.freedesktop.secrets on the session bus</source>
        <translation>nada proporciona org.freedesktop.secrets en el bus de sesión</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1) — check that it is unlocked</source>
        <translation>no se pudo leer el llavero (%1) — compruebe que está desbloqueado</translation>
    </message>
    <message>
        <source>the keychain could not store the secret (%1) — check that it is unlocked</source>
        <translation>el llavero no pudo guardar el secreto (%1) — compruebe que está desbloqueado</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1) — check that it is unlocked</source>
        <translation>el llavero no pudo eliminar el secreto (%1) — compruebe que está desbloqueado</translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation>Error de Windows %1</translation>
    </message>
    <message>
        <source>cannot save the %1 %2: %3; check the free space and the permissions of its folder</source>
        <translation>no se puede guardar %2 (%1): %3; revise el espacio libre y los permisos de su carpeta</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the %2; check that its parent folder exists and is writable</source>
        <translation>no se puede crear la carpeta %1 para %2; compruebe que su carpeta principal existe y admite escritura</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 for the %2 (%3); check the permissions of its folder</source>
        <translation>no se puede crear el archivo de bloqueo %1 para %2 (%3); revise los permisos de su carpeta</translation>
    </message>
    <message>
        <source>content type withheld</source>
        <translation>tipo de contenido oculto</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>tipo de contenido %1</translation>
    </message>
    <message>
        <source>the server redirected the token request to an address that was withheld because it could not be checked for secrets — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>el servidor redirigió la solicitud de token a una dirección que se ocultó porque no se pudo comprobar si contenía secretos — las solicitudes de credenciales nunca siguen redirecciones; corrija la URL del servidor o el endpoint de token</translation>
    </message>
    <message>
        <source>the server redirected the token request without naming a location — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>el servidor redirigió la solicitud de token sin indicar ninguna ubicación — las solicitudes de credenciales nunca siguen redirecciones; corrija la URL del servidor o el endpoint de token</translation>
    </message>
    <message>
        <source>the server redirected the token request to %1 — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>el servidor redirigió la solicitud de token a %1 — las solicitudes de credenciales nunca siguen redirecciones; corrija la URL del servidor o el endpoint de token</translation>
    </message>
    <message>
        <source>the server refused the credentials: %1</source>
        <translation>el servidor rechazó las credenciales: %1</translation>
    </message>
    <message>
        <source>the server refused the credentials: %1 %2</source>
        <translation>el servidor rechazó las credenciales: %1 %2</translation>
    </message>
    <message>
        <source>%1 — likely cause: %2</source>
        <translation>%1 — causa probable: %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2</source>
        <translation>el endpoint de token %1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2: %3</source>
        <translation>el endpoint de token %1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 (%4) instead of a token response — check the token endpoint URL</source>
        <translation>el endpoint de token %1 respondió HTTP %2 con %3 (%4) en lugar de una respuesta de token — revise la URL del endpoint de token</translation>
    </message>
    <message>
        <source>; the answer began: %1</source>
        <translation>; la respuesta empezaba así: %1</translation>
    </message>
    <message>
        <source>the token response from %1 is unusable: %2 — check the token endpoint URL and the server&apos;s logs</source>
        <translation>la respuesta de token de %1 no se puede usar: %2 — revise la URL del endpoint de token y los registros del servidor</translation>
    </message>
    <message>
        <source>expires_in was a string (&quot;%1&quot;); it was read as a number</source>
        <translation>expires_in era una cadena (&quot;%1&quot;); se leyó como número</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>un cuerpo vacío</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>a body that is not valid UTF-8</source>
        <translation>un cuerpo que no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a body that is not valid JSON (%1 at byte %2)</source>
        <translation>un cuerpo que no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>JSON que no es un objeto</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once, so its value is ambiguous</source>
        <translation>el miembro &quot;%1&quot; aparece más de una vez, así que su valor es ambiguo</translation>
    </message>
    <message>
        <source>access_token is missing (a non-empty string is required)</source>
        <translation>falta access_token (se requiere una cadena no vacía)</translation>
    </message>
    <message>
        <source>access_token contains characters that cannot be sent in a header (only printable ASCII without spaces is allowed)</source>
        <translation>access_token contiene caracteres que no se pueden enviar en un encabezado (solo se admite ASCII imprimible sin espacios)</translation>
    </message>
    <message>
        <source>the server sent no token_type; sending the token as Bearer</source>
        <translation>el servidor no envió token_type; el token se envía como Bearer</translation>
    </message>
    <message>
        <source>token_type is not a string</source>
        <translation>token_type no es una cadena</translation>
    </message>
    <message>
        <source>the server sent an empty token_type; sending the token as Bearer</source>
        <translation>el servidor envió un token_type vacío; el token se envía como Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a valid number of seconds (a whole number from 0 to below 10 years is required)</source>
        <translation>expires_in no es un número de segundos válido (se requiere un número entero desde 0 hasta menos de 10 años)</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 no es una cadena</translation>
    </message>
    <message>
        <source>the device secret is empty — enter the secret your SanteDB administrator issued for this device</source>
        <translation>el secreto del dispositivo está vacío — introduzca el secreto que su administrador de SanteDB emitió para este dispositivo</translation>
    </message>
    <message>
        <source>the device secret contains a control character, a line break or an invisible formatting character — enter it again without one</source>
        <translation>el secreto del dispositivo contiene un carácter de control, un salto de línea o un carácter de formato invisible — vuelva a introducirlo sin él</translation>
    </message>
    <message>
        <source>the device secret contains &apos;:&apos;, which SanteDB 3.x cannot accept in device credentials (it splits them on every &apos;:&apos;) — ask the administrator for a secret without &apos;:&apos;, or set the profile to SanteDB 2.x if the server is 2.x</source>
        <translation>el secreto del dispositivo contiene &apos;:&apos;, que SanteDB 3.x no admite en las credenciales del dispositivo (las divide en cada &apos;:&apos;) — pida al administrador un secreto sin &apos;:&apos;, o configure el perfil como SanteDB 2.x si el servidor es 2.x</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 bytes, over the 1 MiB limit for a token response — check the token endpoint URL</source>
        <translation>el endpoint de token %1 respondió HTTP %2 con %3 bytes, por encima del límite de 1 MiB para una respuesta de token — revise la URL del endpoint de token</translation>
    </message>
    <message>
        <source>the device credentials could not be read (a &apos;:&apos; in the device id or secret)</source>
        <translation>no se pudieron leer las credenciales del dispositivo (hay un &apos;:&apos; en el id o el secreto del dispositivo)</translation>
    </message>
    <message>
        <source>SanteDB 3.x cannot take a device and a client secret in one request (send one of them)</source>
        <translation>SanteDB 3.x no admite un secreto del dispositivo y uno de cliente en la misma solicitud (envíe uno de los dos)</translation>
    </message>
    <message>
        <source>wrong client secret, wrong device secret or a locked identity</source>
        <translation>secreto de cliente incorrecto, secreto del dispositivo incorrecto o identidad bloqueada</translation>
    </message>
    <message>
        <source>a policy denies this (the application or device lacks a required OAuth policy)</source>
        <translation>una política lo deniega (a la aplicación o al dispositivo le falta una política OAuth necesaria)</translation>
    </message>
    <message>
        <source>unknown application (client_id)</source>
        <translation>aplicación desconocida (client_id)</translation>
    </message>
    <message>
        <source>the application was not authenticated (no valid client secret and no device it could act for)</source>
        <translation>la aplicación no se autenticó (no hay un secreto de cliente válido ni un dispositivo en cuyo nombre pueda actuar)</translation>
    </message>
    <message>
        <source>device authentication is missing (the server requires a device for client_credentials)</source>
        <translation>falta la autenticación del dispositivo (el servidor exige un dispositivo para client_credentials)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>caduca ahora</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>caduca en %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>the server&apos;s keys are not cached yet</source>
        <translation>las claves del servidor aún no están en caché</translation>
    </message>
    <message>
        <source>the policy names could not be fetched (%1); the built-in names are shown</source>
        <translation>no se pudieron obtener los nombres de las políticas (%1); se muestran los nombres integrados</translation>
    </message>
    <message>
        <source>the server refused the policy lookup (HTTP %1); the built-in names are shown</source>
        <translation>el servidor rechazó la consulta de políticas (HTTP %1); se muestran los nombres integrados</translation>
    </message>
    <message>
        <source>the server&apos;s policy list was empty or unreadable; the built-in names are shown</source>
        <translation>la lista de políticas del servidor estaba vacía o no se podía leer; se muestran los nombres integrados</translation>
    </message>
    <message>
        <source>a connection test is already running — wait for it or cancel it</source>
        <translation>ya hay una prueba de conexión en curso — espere a que termine o cancélela</translation>
    </message>
    <message>
        <source>plain http to %1 is not encrypted, so the connection test was not run — use https, or allow plain http for this profile</source>
        <translation>la conexión http hacia %1 no está cifrada, así que no se realizó la prueba de conexión — use https o permita http sin cifrar para este perfil</translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation>el certificado fijado debe tener 64 dígitos hexadecimales (un resumen SHA-256)</translation>
    </message>
    <message>
        <source>the connection test was cancelled</source>
        <translation>se canceló la prueba de conexión</translation>
    </message>
    <message>
        <source>the discovery answer passed the 1 MiB limit</source>
        <translation>la respuesta de descubrimiento superó el límite de 1 MiB</translation>
    </message>
    <message>
        <source>the issuer %1 differs from %2, where the document was fetched — OpenID discovery says such metadata must not be trusted; check the server URL or the server&apos;s external host setting</source>
        <translation>el emisor %1 difiere de %2, donde se obtuvo el documento — el descubrimiento de OpenID establece que no se debe confiar en esos metadatos; revise la URL del servidor o la configuración de host externo del servidor</translation>
    </message>
    <message>
        <source>the discovery document names no issuer</source>
        <translation>el documento de descubrimiento no indica ningún emisor</translation>
    </message>
    <message>
        <source>the server names the token endpoint %1, but this profile uses %2 — check the token endpoint setting</source>
        <translation>el servidor indica el endpoint de token %1, pero este perfil usa %2 — revise la configuración del endpoint de token</translation>
    </message>
    <message>
        <source>the keys (jwks_uri %1) are on another origin; the product fetches them from %2 instead</source>
        <translation>las claves (jwks_uri %1) están en otro origen; el producto las obtiene de %2 en su lugar</translation>
    </message>
    <message>
        <source>the server does not list client_credentials among its grant types, so application sessions may be refused</source>
        <translation>el servidor no incluye client_credentials entre sus tipos de concesión, así que las sesiones de aplicación pueden ser rechazadas</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(no incluido)</translation>
    </message>
    <message>
        <source>SanteDB OpenID discovery found: issuer %1, token endpoint %2, grants %3, id_token signed %4</source>
        <translation>Descubrimiento OpenID de SanteDB encontrado: emisor %1, endpoint de token %2, concesiones %3, id_token firmado %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>the SanteDB auth service at %1 answered PING (HTTP %2), but %3 — the server is reachable; the token endpoint is assumed to be at the default path</source>
        <translation>el servicio de autenticación de SanteDB en %1 respondió a PING (HTTP %2), pero %3 — el servidor es accesible; se supone que el endpoint de token está en la ruta predeterminada</translation>
    </message>
    <message>
        <source>the server at %1 answered with a redirect to %2, which is not followed so that nothing is sent where you did not configure it — check the server URL (perhaps it should start with https://)</source>
        <translation>el servidor de %1 respondió con una redirección a %2, que no se sigue para que no se envíe nada a donde usted no lo configuró — revise la URL del servidor (quizá debería empezar por https://)</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>una dirección sin nombre</translation>
    </message>
    <message>
        <source>the server at %1 does not look like a SanteDB auth service: %2, and PING got HTTP %3 — check the server URL</source>
        <translation>el servidor de %1 no parece un servicio de autenticación de SanteDB: %2, y PING recibió HTTP %3 — revise la URL del servidor</translation>
    </message>
    <message>
        <source>the server %1 did not answer within %2 s — check that it is running and reachable</source>
        <translation>el servidor %1 no respondió en %2 s — compruebe que está en ejecución y es accesible</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation>Obteniendo sesión…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Por caducar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>Profile settings unusable</source>
        <translation>Configuración del perfil inutilizable</translation>
    </message>
    <message>
        <source>Refused before sending</source>
        <translation>Rechazada antes de enviar</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazada por el servidor</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Unusable answer</source>
        <translation>Respuesta inutilizable</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Redirigida</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <source>One-time code needed</source>
        <translation>Se necesita un código</translation>
    </message>
    <message>
        <source>Facility needed</source>
        <translation>Se necesita establecimiento</translation>
    </message>
    <message>
        <source>Password expired</source>
        <translation>Contraseña caducada</translation>
    </message>
    <message>
        <source>Expected policy missing</source>
        <translation>Falta política esperada</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Falta el secreto</translation>
    </message>
    <message>
        <source>2.x</source>
        <translation>2.x</translation>
    </message>
    <message>
        <source>3.x</source>
        <translation>3.x</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>auto (detected %1.x)</source>
        <translation>automática (detectada %1.x)</translation>
    </message>
    <message>
        <source>id_token exp</source>
        <translation>exp del id_token</translation>
    </message>
    <message>
        <source>expires_in, seconds</source>
        <translation>expires_in, segundos</translation>
    </message>
    <message>
        <source>expires_in, milliseconds</source>
        <translation>expires_in, milisegundos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The expiry looks wrong: the session would end %1 s after it was issued because expires_in was read as SanteDB 2.x milliseconds; this server probably speaks SanteDB 3.x — set the profile&apos;s SanteDB version to 3.x or automatic.</source>
        <translation>La caducidad parece incorrecta: la sesión terminaría %1 s después de emitirse porque expires_in se leyó como milisegundos de SanteDB 2.x; probablemente este servidor usa SanteDB 3.x — configure la versión de SanteDB del perfil como 3.x o automática.</translation>
    </message>
    <message>
        <source>warning: the cached session could not be forgotten: %1</source>
        <translation>advertencia: no se pudo olvidar la sesión en caché: %1</translation>
    </message>
    <message>
        <source>another command&apos;s attempt for profile %1 was refused while this one waited, so the same credentials were not sent again: %2</source>
        <translation>se rechazó el intento de otro comando para el perfil %1 mientras este esperaba, así que no se volvieron a enviar las mismas credenciales: %2</translation>
    </message>
    <message>
        <source>the server no longer knew the cached session; a new one was obtained</source>
        <translation>el servidor ya no reconocía la sesión en caché; se obtuvo una nueva</translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time, and there was no way to ask for it</source>
        <translation>el perfil %1 pide la contraseña cada vez, y no había forma de pedirla</translation>
    </message>
    <message>
        <source>no %1 stored for profile %2</source>
        <translation>no se ha guardado %1 para el perfil %2</translation>
    </message>
    <message>
        <source>warning: sending credentials to %1 over plain http (the profile allows plain http); anyone on the network path can read them</source>
        <translation>advertencia: se envían credenciales a %1 por http sin cifrar (el perfil permite http sin cifrar); cualquiera en la ruta de red puede leerlas</translation>
    </message>
    <message>
        <source>the server did not ask for a client certificate — certificate device authentication is not configured on this endpoint%1 (%2, HTTP %3)</source>
        <translation>el servidor no pidió un certificado de cliente — la autenticación de dispositivos por certificado no está configurada en este endpoint%1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation>; el servidor dijo: %1</translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1); SanteDB 2.x does not say which ones it offers</source>
        <translation>el servidor quiere que se elija un establecimiento para este usuario (%1); SanteDB 2.x no indica cuáles ofrece</translation>
    </message>
    <message>
        <source> — the server&apos;s discovery document names the token endpoint %1</source>
        <translation> — el documento de descubrimiento del servidor indica el endpoint de token %1</translation>
    </message>
    <message>
        <source>the server refused the one-time code: %1 (%2, HTTP %3); it was not sent again</source>
        <translation>el servidor rechazó el código de un solo uso: %1 (%2, HTTP %3); no se volvió a enviar</translation>
    </message>
    <message>
        <source>the server asks for a one-time code (%1), and there was no way to ask for it</source>
        <translation>el servidor pide un código de un solo uso (%1), y no había forma de pedirlo</translation>
    </message>
    <message>
        <source>no prompt given</source>
        <translation>no se indicó ningún mensaje</translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1)</source>
        <translation>el servidor quiere que se elija un establecimiento para este usuario (%1)</translation>
    </message>
    <message>
        <source>the server refused to renew the session (%1); a new one was obtained</source>
        <translation>el servidor se negó a renovar la sesión (%1); se obtuvo una nueva</translation>
    </message>
    <message>
        <source>the server&apos;s id_token is unreadable</source>
        <translation>el id_token del servidor no se puede leer</translation>
    </message>
    <message>
        <source>the server gave neither expires_in nor an id_token exp, so the session&apos;s expiry is unknown and it will not be cached</source>
        <translation>el servidor no dio ni expires_in ni un exp en el id_token, así que se desconoce la caducidad de la sesión y no se guardará en caché</translation>
    </message>
    <message>
        <source>the renewed session expires %1, sooner than asked for</source>
        <translation>la sesión renovada caduca %1, antes de lo solicitado</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the server sent no id_token</source>
        <translation>no se puede saber si el dispositivo se autenticó: el servidor no envió ningún id_token</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told without a readable id_token</source>
        <translation>no se puede saber si el dispositivo se autenticó sin un id_token legible</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the id_token&apos;s signature is not verified (%1)</source>
        <translation>no se puede saber si el dispositivo se autenticó: la firma del id_token no está verificada (%1)</translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate the device certificate</source>
        <translation>el servidor concedió una sesión solo de aplicación y no autenticó el certificado del dispositivo</translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate device %1 — it ignored the %2 device header; check the profile&apos;s SanteDB version (2.x reads X-Device-Authorization, 3.x reads Authorization: Basic)</source>
        <translation>el servidor concedió una sesión solo de aplicación y no autenticó el dispositivo %1 — ignoró el encabezado de dispositivo %2; revise la versión de SanteDB del perfil (2.x lee X-Device-Authorization, 3.x lee Authorization: Basic)</translation>
    </message>
    <message>
        <source>the session could not be cached in the keychain (%1); the next command will request a new one</source>
        <translation>no se pudo guardar la sesión en caché en el llavero (%1); el siguiente comando solicitará una nueva</translation>
    </message>
    <message>
        <source>application authenticated on behalf of the device; client secret not checked</source>
        <translation>aplicación autenticada en nombre del dispositivo; secreto de cliente no comprobado</translation>
    </message>
    <message>
        <source>the server gave no id_token to sign out with; the session was forgotten here but stays valid on the server until it expires</source>
        <translation>el servidor no dio ningún id_token con el que cerrar sesión; la sesión se olvidó aquí, pero sigue siendo válida en el servidor hasta que caduque</translation>
    </message>
    <message>
        <source>the sign-out got an unexpected answer</source>
        <translation>el cierre de sesión recibió una respuesta inesperada</translation>
    </message>
    <message>
        <source>the server did not end the session: %1; it was forgotten here anyway</source>
        <translation>el servidor no terminó la sesión: %1; de todos modos se olvidó aquí</translation>
    </message>
    <message>
        <source>the session entry is written when a session is obtained, not by hand</source>
        <translation>la entrada de sesión se escribe al obtener una sesión, no a mano</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1: valor vacío</translation>
    </message>
    <message>
        <source>the %1 contains a control character, a line break or an invisible formatting character</source>
        <translation>%1: contiene un carácter de control, un salto de línea o un carácter de formato invisible</translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation>%1 — no se guardó nada</translation>
    </message>
    <message>
        <source>%1 — nothing was imported</source>
        <translation>%1 — no se importó nada</translation>
    </message>
    <message>
        <source>the import file holds two profiles named &quot;%1&quot; — nothing was imported</source>
        <translation>el archivo de importación contiene dos perfiles llamados &quot;%1&quot; — no se importó nada</translation>
    </message>
    <message>
        <source>the import file was written by a newer version — nothing was imported</source>
        <translation>el archivo de importación lo escribió una versión más reciente — no se importó nada</translation>
    </message>
    <message>
        <source>; some keychain entries it had written could not be removed again</source>
        <translation>; no se pudieron volver a eliminar algunas entradas que había escrito en el llavero</translation>
    </message>
    <message>
        <source>two profiles are named %1</source>
        <translation>hay dos perfiles llamados %1</translation>
    </message>
    <message>
        <source>a profile named %1 already exists</source>
        <translation>ya existe un perfil llamado %1</translation>
    </message>
    <message>
        <source>there are secrets for %1, which is not among the profiles</source>
        <translation>hay secretos para %1, que no está entre los perfiles</translation>
    </message>
    <message>
        <source>the secrets of %1 are given twice</source>
        <translation>los secretos de %1 aparecen dos veces</translation>
    </message>
    <message>
        <source>line %1 starts a record larger than %2 KiB</source>
        <translation>la línea %1 inicia un registro de más de %2 KiB</translation>
    </message>
    <message>
        <source>the record on line %1 is not valid CSV (a stray quote, an unclosed quoted field, or text that is not UTF-8)</source>
        <translation>el registro de la línea %1 no es CSV válido (una comilla suelta, un campo entre comillas sin cerrar o texto que no es UTF-8)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 no puede quedar en blanco</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use the form https://host[:port]/path</source>
        <translation>%1 no es una URL válida; use la forma https://host[:puerto]/ruta</translation>
    </message>
    <message>
        <source>%1 must start with http:// or https://</source>
        <translation>%1 debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>%1 must name a host, as in https://host[:port]/path</source>
        <translation>%1 debe indicar un host, como en https://host[:puerto]/ruta</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; credentials belong in the keychain</source>
        <translation>%1 no debe contener un nombre de usuario ni una contraseña; las credenciales van en el llavero</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…)</source>
        <translation>%1 no debe contener una consulta (?…) ni un fragmento (#…)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null</source>
        <translation>%1: &quot;%2&quot; debe ser una cadena o null</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1: &quot;%2&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1: &quot;%2&quot; debe ser %3</translation>
    </message>
    <message>
        <source>a profile entry</source>
        <translation>una entrada de perfil</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a UUID such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation>%1: &quot;%2&quot; debe ser un UUID como 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be &quot;secret&quot;, &quot;certificate&quot; or &quot;none&quot;</source>
        <translation>%1: &quot;%2&quot; debe ser &quot;secret&quot;, &quot;certificate&quot; o &quot;none&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object or null</source>
        <translation>%1: &quot;%2&quot; debe ser un objeto o null</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1: &quot;%2&quot; debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>the profile name must not be empty</source>
        <translation>el nombre del perfil no puede estar vacío</translation>
    </message>
    <message>
        <source>the profile name must be at most %1 characters long</source>
        <translation>el nombre del perfil debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the profile name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>el nombre del perfil no debe contener caracteres de control, saltos de línea ni caracteres de formato invisibles</translation>
    </message>
    <message>
        <source>the profile name must not start or end with a space</source>
        <translation>el nombre del perfil no debe empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <source>the server URL</source>
        <translation>la URL del servidor</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>el endpoint de token</translation>
    </message>
    <message>
        <source>the client_id must not be empty</source>
        <translation>el client_id no puede estar vacío</translation>
    </message>
    <message>
        <source>the client_id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>el client_id no debe contener caracteres de control, saltos de línea ni caracteres de formato invisibles</translation>
    </message>
    <message>
        <source>the device id must not be empty</source>
        <translation>el id del dispositivo no puede estar vacío</translation>
    </message>
    <message>
        <source>the device id must not contain &apos;:&apos;, because SanteDB splits device credentials at the first &apos;:&apos;</source>
        <translation>el id del dispositivo no debe contener &apos;:&apos;, porque SanteDB divide las credenciales del dispositivo en el primer &apos;:&apos;</translation>
    </message>
    <message>
        <source>the device id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>el id del dispositivo no debe contener caracteres de control, saltos de línea ni caracteres de formato invisibles</translation>
    </message>
    <message>
        <source>the scope must not be empty; use * for every scope the application may have</source>
        <translation>el scope no puede estar vacío; use * para todos los scopes que pueda tener la aplicación</translation>
    </message>
    <message>
        <source>the scope must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>el scope no debe contener caracteres de control, saltos de línea ni caracteres de formato invisibles</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>perfil %1: %2</translation>
    </message>
    <message>
        <source>the profile has no uuid; remove it and add it again</source>
        <translation>el perfil no tiene uuid; elimínelo y vuelva a añadirlo</translation>
    </message>
    <message>
        <source>device mode &quot;secret&quot; needs a device id</source>
        <translation>el modo de dispositivo &quot;secret&quot; necesita un id del dispositivo</translation>
    </message>
    <message>
        <source>device mode &quot;certificate&quot; needs a certificate file</source>
        <translation>el modo de dispositivo &quot;certificate&quot; necesita un archivo de certificado</translation>
    </message>
    <message>
        <source>profile %1 uses plain http to %2, which sends credentials unencrypted; allow plain http for this profile only if you accept that risk</source>
        <translation>el perfil %1 usa http sin cifrar hacia %2, que envía las credenciales sin cifrar; permita http sin cifrar para este perfil solo si acepta ese riesgo</translation>
    </message>
    <message>
        <source>a certificate pin has no effect over plain http; use https or remove the pin</source>
        <translation>un pin de certificado no tiene efecto con http sin cifrar; use https o elimine el pin</translation>
    </message>
    <message>
        <source>the cached session could not be removed (%1); it will not be reused because its settings changed</source>
        <translation>no se pudo eliminar la sesión en caché (%1); no se reutilizará porque su configuración ha cambiado</translation>
    </message>
    <message>
        <source>profile file</source>
        <translation>archivo de perfiles</translation>
    </message>
    <message>
        <source>cannot use the profile file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation>no se puede usar el archivo de perfiles %1: %2; el archivo se dejó como estaba: corríjalo o muévalo a otro lugar</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation>&quot;schema&quot; debe ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2); profiles are read-only</source>
        <translation>%1 lo escribió una versión más reciente (esquema %2); los perfiles son de solo lectura</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is larger than 16 MiB</source>
        <translation>tiene más de 16 MiB</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be a list</source>
        <translation>&quot;profiles&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>two profiles share the uuid %1</source>
        <translation>dos perfiles comparten el uuid %1</translation>
    </message>
    <message>
        <source>a profile named %1 already exists; choose another name</source>
        <translation>ya existe un perfil llamado %1; elija otro nombre</translation>
    </message>
    <message>
        <source>two profiles would share the uuid %1; nothing was saved</source>
        <translation>dos perfiles compartirían el uuid %1; no se guardó nada</translation>
    </message>
    <message>
        <source>no profile named %1</source>
        <translation>no hay ningún perfil llamado %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2), so this version cannot change it; use the newer version</source>
        <translation>%1 lo escribió una versión más reciente (esquema %2), así que esta versión no puede modificarlo; use la versión más reciente</translation>
    </message>
    <message>
        <source>state file</source>
        <translation>archivo de estado</translation>
    </message>
    <message>
        <source>desktop app&apos;s settings</source>
        <translation>configuración de la aplicación de escritorio</translation>
    </message>
    <message>
        <source>server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>device certificate</source>
        <translation>certificado del dispositivo</translation>
    </message>
    <message>
        <source>device key file</source>
        <translation>archivo de clave del dispositivo</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>archivo de CA</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>certificado fijado</translation>
    </message>
    <message>
        <source>plain http setting</source>
        <translation>opción de http sin cifrar</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>establecimiento</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>endpoint de token</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>versión de SanteDB</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Enter the %1…</source>
        <translation>Introducir %1…</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <source>How to unlock the keyring…</source>
        <translation>Cómo desbloquear el llavero…</translation>
    </message>
    <message>
        <source>How to start a keyring…</source>
        <translation>Cómo iniciar un llavero…</translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation>Revisar el certificado…</translation>
    </message>
    <message>
        <source>Allow more time…</source>
        <translation>Dar más tiempo…</translation>
    </message>
    <message>
        <source>Edit the %1…</source>
        <translation>Editar %1…</translation>
    </message>
    <message>
        <source>Turn off the proxy…</source>
        <translation>Desactivar el proxy…</translation>
    </message>
    <message>
        <source>Choose a facility…</source>
        <translation>Elegir un establecimiento…</translation>
    </message>
    <message>
        <source>Enter the code…</source>
        <translation>Introducir el código…</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Introducir la contraseña…</translation>
    </message>
    <message>
        <source>Get a new session</source>
        <translation>Obtener sesión nueva</translation>
    </message>
</context>
<context>
    <name>sdsm::HttpExchange</name>
    <message>
        <source>the request to %1 was stopped</source>
        <translation>se detuvo la solicitud a %1</translation>
    </message>
    <message>
        <source>%1 is not an https URL, so there is no certificate to fetch</source>
        <translation>%1 no es una URL https, así que no hay ningún certificado que obtener</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL — check the server URL</source>
        <translation>%1 no es una URL http o https — revise la URL del servidor</translation>
    </message>
    <message>
        <source>the request to %1 was cancelled</source>
        <translation>se canceló la solicitud a %1</translation>
    </message>
    <message>
        <source>the request method is not an HTTP token</source>
        <translation>el método de la solicitud no es un token HTTP</translation>
    </message>
    <message>
        <source>the User-Agent holds a line break</source>
        <translation>el User-Agent contiene un salto de línea</translation>
    </message>
    <message>
        <source>the request header %1 is malformed</source>
        <translation>el encabezado de solicitud %1 está mal formado</translation>
    </message>
    <message>
        <source>the request header %1 is the transport&apos;s to set</source>
        <translation>el encabezado de solicitud %1 lo debe establecer el transporte</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>el servidor cerró la conexión durante el protocolo de enlace</translation>
    </message>
    <message>
        <source>it ended the connection right after the TLS 1.3 handshake, without an answer</source>
        <translation>terminó la conexión justo después del protocolo de enlace TLS 1.3, sin responder</translation>
    </message>
    <message>
        <source>the server %1 did not complete the TLS handshake within %2 s — check that it is reachable</source>
        <translation>el servidor %1 no completó el protocolo de enlace TLS en %2 s — compruebe que es accesible</translation>
    </message>
    <message>
        <source>the server %1 did not answer completely within %2 s — check that it is reachable</source>
        <translation>el servidor %1 no respondió por completo en %2 s — compruebe que es accesible</translation>
    </message>
    <message>
        <source>the proxy %1 failed for %2 (%3) — check the proxy settings</source>
        <translation>el proxy %1 falló para %2 (%3) — revise la configuración del proxy</translation>
    </message>
    <message>
        <source>the server name %1 could not be resolved — check the server URL</source>
        <translation>no se pudo resolver el nombre del servidor %1 — revise la URL del servidor</translation>
    </message>
    <message>
        <source>the connection to %1 was refused — check that the server is running and the port is right</source>
        <translation>se rechazó la conexión a %1 — compruebe que el servidor está en ejecución y que el puerto es correcto</translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2) — check the network and the server URL</source>
        <translation>falló la conexión a %1 (%2) — revise la red y la URL del servidor</translation>
    </message>
</context>
<context>
    <name>sdsm::IdentityCheck</name>
    <message>
        <source>not checked: profile %1 asks for the password each time, and a check never asks for one</source>
        <translation>no comprobada: el perfil %1 pide la contraseña cada vez, y una comprobación nunca la pide</translation>
    </message>
    <message>
        <source>the session lacks the expected policy %1</source>
        <translation>a la sesión le falta la política esperada %1</translation>
    </message>
    <message numerus="yes">
        <source>the session lacks the expected policies %1</source>
        <translation>
            <numerusform>a la sesión le faltan las políticas esperadas %1</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation>no comprobada: se canceló la comprobación</translation>
    </message>
</context>
<context>
    <name>sdsm::Workspace</name>
    <message>
        <source>profile %1 has no device certificate</source>
        <translation>el perfil %1 no tiene certificado del dispositivo</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::AboutDialog</name>
    <message>
        <source>About SanteDB Session Manager</source>
        <translation>Acerca de SanteDB Session Manager</translation>
    </message>
    <message>
        <source>SanteDB Session Manager</source>
        <translation>SanteDB Session Manager</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Keeps SanteDB application and device credentials in the operating system&apos;s keychain and obtains OAuth2 sessions from SanteDB servers.</source>
        <translation>Guarda las credenciales de aplicaciones y dispositivos de SanteDB en el llavero del sistema operativo y obtiene sesiones OAuth2 de los servidores SanteDB.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. &lt;a href=&quot;%2&quot;&gt;Project home page&lt;/a&gt;.</source>
        <translation>Con licencia &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. &lt;a href=&quot;%2&quot;&gt;Página del proyecto&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>SanteDB Session Manager %1</source>
        <translation>SanteDB Session Manager %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>%1 (signatures and certificates)</source>
        <translation>%1 (firmas y certificados)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::CheckResultModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticado</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>No autenticado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Works (cached)</source>
        <translation>Funciona (en caché)</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Missing policies</source>
        <translation>Políticas que faltan</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::CheckWindow</name>
    <message>
        <source>Check identities</source>
        <translation>Comprobar identidades</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <source>Profiles to check</source>
        <translation>Perfiles que comprobar</translation>
    </message>
    <message>
        <source>Concurrent jobs</source>
        <translation>Tareas simultáneas</translation>
    </message>
    <message>
        <source>How many identities are tried at once</source>
        <translation>Cuántas identidades se prueban a la vez</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>&amp;Tareas simultáneas:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>Rate limit, identities started per second</source>
        <translation>Límite de frecuencia, identidades iniciadas por segundo</translation>
    </message>
    <message>
        <source>At most this many identities are started per second</source>
        <translation>Como máximo se inicia este número de identidades por segundo</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Límite de frecuencia:</translation>
    </message>
    <message>
        <source>Policy OIDs, separated by spaces</source>
        <translation>OID de políticas, separados por espacios</translation>
    </message>
    <message>
        <source>Expected policies</source>
        <translation>Políticas esperadas</translation>
    </message>
    <message>
        <source>An identity whose session lacks one of these policies counts as failing</source>
        <translation>Una identidad cuya sesión no tenga una de estas políticas se considera fallida</translation>
    </message>
    <message>
        <source>Expected polic&amp;ies:</source>
        <translation>Políticas esperad&amp;as:</translation>
    </message>
    <message>
        <source>Request ne&amp;w sessions</source>
        <translation>Solicitar sesiones &amp;nuevas</translation>
    </message>
    <message>
        <source>Ask the server for every identity, even one with a valid cached session; a check never caches the sessions it gets</source>
        <translation>Consultar al servidor para cada identidad, incluso si tiene una sesión válida en caché; una comprobación nunca guarda en caché las sesiones que obtiene</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation>Detener la comprobación (Esc)</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Resumen de la comprobación</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the results as CSV or JSON (no tokens)</source>
        <translation>Guardar los resultados como CSV o JSON (sin tokens)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message numerus="yes">
        <source>Selected (%n)</source>
        <translation>
            <numerusform>Seleccionado (%n)</numerusform>
            <numerusform>Seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 (%n)</source>
        <translation>
            <numerusform>Etiqueta %1 (%n)</numerusform>
            <numerusform>Etiqueta %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All profiles (%n)</source>
        <translation>
            <numerusform>Todos los perfiles (%n)</numerusform>
            <numerusform>Todos los perfiles (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected policies need policy OIDs, such as 1.3.6.1.4.1.33349.3.1.5.9.2.1.0, separated by spaces.</source>
        <translation>Las políticas esperadas deben ser OID de políticas, como 1.3.6.1.4.1.33349.3.1.5.9.2.1.0, separados por espacios.</translation>
    </message>
    <message>
        <source>There are no profiles to check.</source>
        <translation>No hay perfiles que comprobar.</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%1 de %2 comprobados</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n identities work.</source>
        <translation>
            <numerusform>%1 de %n identidad funciona.</numerusform>
            <numerusform>%1 de %n identidades funcionan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: the password is asked for each time.</source>
        <translation>
            <numerusform>%n omitida: se pide la contraseña cada vez.</numerusform>
            <numerusform>%n omitidas: se pide la contraseña cada vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation>Todavía no hay resultados que exportar.</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>No se pudieron escribir los resultados en %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export check results</source>
        <translation>Exportar resultados de la comprobación</translation>
    </message>
    <message>
        <source>Exported to %1 (no tokens).</source>
        <translation>Exportado a %1 (sin tokens).</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ClipboardGuard</name>
    <message>
        <source>The clipboard could not be cleared — the desktop blocked it (GNOME on Wayland does this for apps without focus); clear it yourself</source>
        <translation>No se pudo vaciar el portapapeles — el escritorio lo impidió (GNOME en Wayland lo hace con las aplicaciones sin foco); vacíelo usted mismo</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::Demo</name>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation>La demostración no pudo crear su carpeta temporal.</translation>
    </message>
    <message>
        <source>The demo&apos;s SanteDB emulator could not start: %1</source>
        <translation>El emulador de SanteDB de la demostración no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Demo 3.x — application and device</source>
        <translation>Demostración 3.x — aplicación y dispositivo</translation>
    </message>
    <message>
        <source>The seed page&apos;s identities on an emulated SanteDB 3.x server (version detected).</source>
        <translation>Las identidades de la página de ejemplo en un servidor SanteDB 3.x emulado (versión detectada).</translation>
    </message>
    <message>
        <source>Demo 2.x — application and device</source>
        <translation>Demostración 2.x — aplicación y dispositivo</translation>
    </message>
    <message>
        <source>The same identities on an emulated SanteDB 2.x server (X-Device-Authorization, milliseconds).</source>
        <translation>Las mismas identidades en un servidor SanteDB 2.x emulado (X-Device-Authorization, milisegundos).</translation>
    </message>
    <message>
        <source>Demo 3.x — application only</source>
        <translation>Demostración 3.x — solo aplicación</translation>
    </message>
    <message>
        <source>SanteDB&apos;s sample application without a device.</source>
        <translation>La aplicación de ejemplo de SanteDB sin dispositivo.</translation>
    </message>
    <message>
        <source>The demo needs a keychain: %1. Install dbus and gnome-keyring (scripts/install-deps.sh does) or start your desktop&apos;s keyring.</source>
        <translation>La demostración necesita un llavero: %1. Instale dbus y gnome-keyring (scripts/install-deps.sh lo hace) o inicie el llavero de su escritorio.</translation>
    </message>
    <message>
        <source>%1 — running the demo inside dbus-run-session with a throwaway, unlocked gnome-keyring.</source>
        <translation>%1 — se ejecuta la demostración dentro de dbus-run-session con un gnome-keyring desechable y desbloqueado.</translation>
    </message>
    <message>
        <source>Demo 3.x — user bob (one-time code)</source>
        <translation>Demostración 3.x — usuario bob (código de un solo uso)</translation>
    </message>
    <message>
        <source>A user with two-factor authentication: the server asks for a one-time code, which is always 424242 on the emulator. Never signed in by itself.</source>
        <translation>Un usuario con autenticación de dos factores: el servidor pide un código de un solo uso, que en el emulador siempre es 424242. Nunca inicia sesión por sí solo.</translation>
    </message>
    <message>
        <source>Demo 3.x — user chioma (facility)</source>
        <translation>Demostración 3.x — usuario chioma (establecimiento)</translation>
    </message>
    <message>
        <source>A user who must choose a facility: the server offers two.</source>
        <translation>Un usuario que debe elegir un establecimiento: el servidor ofrece dos.</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::DialogPrompter</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::FacilityDialog</name>
    <message>
        <source>Choose a facility for %1</source>
        <translation>Elija un establecimiento para %1</translation>
    </message>
    <message>
        <source>The server wants this user to work at one facility. Choose one; the request is then sent once more.</source>
        <translation>El servidor quiere que este usuario trabaje en un establecimiento. Elija uno; la solicitud se envía entonces de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Facilities:</source>
        <translation>&amp;Establecimientos:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Establecimientos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>&amp;Usar este establecimiento</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::MainWindow</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>El portapapeles se vacía en %n s</numerusform>
            <numerusform>El portapapeles se vacía en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Portapapeles vaciado.</translation>
    </message>
    <message>
        <source>The clipboard holds something else now, so it was left alone.</source>
        <translation>El portapapeles contiene ahora otra cosa, así que no se ha tocado.</translation>
    </message>
    <message>
        <source>Session expiring</source>
        <translation>La sesión está por caducar</translation>
    </message>
    <message>
        <source>&amp;Get session</source>
        <translation>&amp;Obtener sesión</translation>
    </message>
    <message>
        <source>Get a &amp;new session</source>
        <translation>Obtener una sesión &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancelar solicitud</translation>
    </message>
    <message>
        <source>Copy &amp;header</source>
        <translation>Copiar &amp;encabezado</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copiar &amp;token</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copiar como c&amp;url</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Eliminar perfil…</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>&amp;Importar perfiles…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>E&amp;xportar perfiles…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Find profile</source>
        <translation>&amp;Buscar perfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SanteDB Session Manager</source>
        <translation>&amp;Acerca de SanteDB Session Manager</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Buscar perfiles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Profile file problem</source>
        <translation>Problema con el archivo de perfiles</translation>
    </message>
    <message>
        <source>SanteDB Session Manager</source>
        <translation>SanteDB Session Manager</translation>
    </message>
    <message>
        <source>SanteDB Session Manager — %1</source>
        <translation>SanteDB Session Manager — %1</translation>
    </message>
    <message>
        <source>device certificate %1</source>
        <translation>certificado de dispositivo %1</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>sin dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied; the clipboard clears in %n s.</source>
        <translation>
            <numerusform>%1 copiado; el portapapeles se vacía en %n s.</numerusform>
            <numerusform>%1 copiado; el portapapeles se vacía en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Encabezado Authorization</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Comando curl</translation>
    </message>
    <message>
        <source>Remove profiles</source>
        <translation>Eliminar perfiles</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>Profile exports (*.json)</source>
        <translation>Exportaciones de perfiles (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Exports hold no secrets: edit each profile to enter them.</source>
        <translation>
            <numerusform>Se importó %n perfil. Las exportaciones no contienen secretos: edite cada perfil para introducirlos.</numerusform>
            <numerusform>Se importaron %n perfiles. Las exportaciones no contienen secretos: edite cada perfil para introducirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfiles</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>No se pudo escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (no secrets).</source>
        <translation>Exportado a %1 (sin secretos).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session of %1: %2.</source>
        <translation>La sesión de %1: %2.</translation>
    </message>
    <message>
        <source>Chec&amp;k on server</source>
        <translation>Compro&amp;bar en el servidor</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Keep this session &amp;alive</source>
        <translation>Mantener esta sesión &amp;activa</translation>
    </message>
    <message>
        <source>Renew this profile&apos;s session at half its lifetime while the app runs (%1)</source>
        <translation>Renovar la sesión de este perfil a la mitad de su duración mientras la aplicación esté abierta (%1)</translation>
    </message>
    <message>
        <source>&amp;Duplicate profile…</source>
        <translation>&amp;Duplicar perfil…</translation>
    </message>
    <message>
        <source>Undo re&amp;move</source>
        <translation>Deshacer la eli&amp;minación</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Ordenar por &amp;nombre</translation>
    </message>
    <message>
        <source>Sort by &amp;server</source>
        <translation>Ordenar por &amp;servidor</translation>
    </message>
    <message>
        <source>Sort by &amp;time left</source>
        <translation>Ordenar por &amp;tiempo restante</translation>
    </message>
    <message>
        <source>Sort by &amp;last used</source>
        <translation>Ordenar por ú&amp;ltimo uso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Aún no hay perfiles</translation>
    </message>
    <message>
        <source>A profile holds what a SanteDB server needs to know about an application, its device or a user; the secrets go to the keychain. Create one, import profiles exported elsewhere (or drop a profile file here), or try the app against a local SanteDB emulator.</source>
        <translation>Un perfil contiene lo que un servidor SanteDB necesita saber sobre una aplicación, su dispositivo o un usuario; los secretos van al llavero. Cree uno, importe perfiles exportados en otro lugar (o suelte aquí un archivo de perfil) o pruebe la aplicación con un emulador local de SanteDB.</translation>
    </message>
    <message>
        <source>Search profiles (%1)</source>
        <translation>Buscar perfiles (%1)</translation>
    </message>
    <message>
        <source>Searches names, servers, client IDs, device IDs, user names and notes; Down moves into the results, Enter gets a session for the selected one</source>
        <translation>Busca en nombres, servidores, ID de cliente, ID de dispositivo, nombres de usuario y notas; Abajo pasa a los resultados, Intro obtiene una sesión para el seleccionado</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Show profiles with the tag</source>
        <translation>Mostrar perfiles con la etiqueta</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Perfiles: %1</translation>
    </message>
    <message>
        <source>No profiles match</source>
        <translation>Ningún perfil coincide</translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation>Coincidencias: %1 de %2</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>device %1 (secret)</source>
        <translation>dispositivo %1 (secreto)</translation>
    </message>
    <message>
        <source>Server: %1 — SanteDB %2</source>
        <translation>Servidor: %1 — SanteDB %2</translation>
    </message>
    <message>
        <source>User %1 through application %2 — %3</source>
        <translation>Usuario %1 mediante la aplicación %2 — %3</translation>
    </message>
    <message>
        <source>Application %1 — %2</source>
        <translation>Aplicación %1 — %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation>Obteniendo una sesión…</translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation>Renovando la sesión…</translation>
    </message>
    <message>
        <source>Asking the server about the session…</source>
        <translation>Consultando la sesión al servidor…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>The session of %1 was renewed.</source>
        <translation>Se renovó la sesión de %1.</translation>
    </message>
    <message>
        <source>Cancelled; the session is as it was.</source>
        <translation>Cancelado; la sesión sigue como estaba.</translation>
    </message>
    <message>
        <source>No session is cached for this profile, so there is nothing to ask the server about.</source>
        <translation>No hay ninguna sesión en caché para este perfil, así que no hay nada que consultar al servidor.</translation>
    </message>
    <message>
        <source>The server still knows the session.</source>
        <translation>El servidor todavía conoce la sesión.</translation>
    </message>
    <message>
        <source>The server no longer knows the session: get a new one.</source>
        <translation>El servidor ya no conoce la sesión: obtenga una nueva.</translation>
    </message>
    <message>
        <source>Signed out on the server.</source>
        <translation>Sesión cerrada en el servidor.</translation>
    </message>
    <message>
        <source>The server had already ended this session; it is forgotten here too.</source>
        <translation>El servidor ya había terminado esta sesión; aquí también se ha olvidado.</translation>
    </message>
    <message>
        <source>There was no session to sign out.</source>
        <translation>No había ninguna sesión que cerrar.</translation>
    </message>
    <message>
        <source>Windows Credential Manager belongs to your Windows session: sign in to Windows as this user.</source>
        <translation>El Windows Credential Manager pertenece a su sesión de Windows: inicie sesión en Windows con este usuario.</translation>
    </message>
    <message>
        <source>Open Keychain Access and unlock the login keychain, or log in to macOS again.</source>
        <translation>Abra Acceso a Llaveros y desbloquee el llavero de inicio de sesión, o vuelva a iniciar sesión en macOS.</translation>
    </message>
    <message>
        <source>The secrets live in the Secret Service of your desktop session (GNOME Keyring or KWallet), and none is running. Log in to a desktop session, or start gnome-keyring-daemon or KWallet in this session.</source>
        <translation>Los secretos se guardan en el Secret Service de su sesión de escritorio (GNOME Keyring o KWallet), y no hay ninguno en ejecución. Inicie una sesión de escritorio, o inicie gnome-keyring-daemon o KWallet en esta sesión.</translation>
    </message>
    <message>
        <source>Unlock the login keyring: open Passwords and Keys (Seahorse) and unlock “Login”, open the KWallet manager, or log out and in again. While it is locked nothing is read or deleted.</source>
        <translation>Desbloquee el llavero de inicio de sesión: abra Contraseñas y claves (Seahorse) y desbloquee “Inicio de sesión”, abra el gestor de KWallet, o cierre la sesión y vuelva a entrar. Mientras esté bloqueado no se lee ni se borra nada.</translation>
    </message>
    <message>
        <source>The keychain is not usable</source>
        <translation>El llavero no se puede usar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s certificate…</source>
        <translation>Obteniendo el certificado del servidor…</translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation>Se confía en el certificado para %1.</translation>
    </message>
    <message>
        <source>There is no usable session to copy: get one first (Enter).</source>
        <translation>No hay ninguna sesión utilizable que copiar: obtenga una primero (Intro).</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its secrets from the keychain? You can undo this for %2 seconds.</source>
        <translation>¿Eliminar el perfil “%1” y borrar sus secretos del llavero? Puede deshacerlo durante %2 segundos.</translation>
    </message>
    <message>
        <source>Remove these %1 profiles and delete their secrets from the keychain? You can undo this for %2 seconds.

%3</source>
        <translation>¿Eliminar estos %1 perfiles y borrar sus secretos del llavero? Puede deshacerlo durante %2 segundos.

%3</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Removed %1 profiles.</source>
        <translation>Se eliminaron %1 perfiles.</translation>
    </message>
    <message>
        <source>Not restored, because another profile has the name now: %1</source>
        <translation>No se restauró, porque ahora otro perfil tiene el nombre: %1</translation>
    </message>
    <message>
        <source>Restored with their secrets: %1.</source>
        <translation>Restaurados con sus secretos: %1.</translation>
    </message>
    <message>
        <source>The secrets of the removed profile %1 could not be deleted yet: %2</source>
        <translation>Todavía no se pudieron borrar los secretos del perfil eliminado %1: %2</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>No se pudo iniciar la demostración.</translation>
    </message>
    <message>
        <source>The demo starts in a window of its own.</source>
        <translation>La demostración se inicia en su propia ventana.</translation>
    </message>
    <message>
        <source>Still running in the tray. Quit from its menu or with %1.</source>
        <translation>Sigue en ejecución en la bandeja del sistema. Salga desde su menú o con %1.</translation>
    </message>
    <message>
        <source>Check &amp;identities…</source>
        <translation>Comprobar &amp;identidades…</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::PendingDeletions</name>
    <message>
        <source>pending deletions file</source>
        <translation>archivo de eliminaciones pendientes</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ProfileEditorDialog</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>el macOS Keychain</translation>
    </message>
    <message>
        <source>the Secret Service (GNOME Keyring or KWallet)</source>
        <translation>el Secret Service (GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Editar el perfil “%1”</translation>
    </message>
    <message>
        <source>Duplicate profile “%1”</source>
        <translation>Duplicar el perfil “%1”</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>SanteDB 2.x</source>
        <translation>SanteDB 2.x</translation>
    </message>
    <message>
        <source>SanteDB 3.x</source>
        <translation>SanteDB 3.x</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Ya existe un perfil llamado “%1”; elija otro nombre.</translation>
    </message>
    <message>
        <source>Plain http to %1 is not encrypted: use https, or tick “Allow plain http” to accept that risk.</source>
        <translation>Las conexiones http a %1 no están cifradas: use https, o marque “Permitir http sin cifrar” para aceptar ese riesgo.</translation>
    </message>
    <message>
        <source>The pin must be the 64 hexadecimal digits of a SHA-256 digest; colons, spaces and case are ignored.</source>
        <translation>El pin debe tener los 64 dígitos hexadecimales de un resumen SHA-256; se ignoran los dos puntos, los espacios y las mayúsculas.</translation>
    </message>
    <message>
        <source>A certificate pin has no effect over plain http: use https, or remove the pin.</source>
        <translation>Un pin de certificado no tiene efecto con http sin cifrar: use https o elimine el pin.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: check the path and its permissions.</source>
        <translation>No se puede leer el archivo de certificado %1: compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: check the path and its permissions.</source>
        <translation>No se puede leer el archivo de CA %1: compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>default: &lt;server URL&gt;/auth/oauth2_token</source>
        <translation>predeterminado: &lt;URL del servidor&gt;/auth/oauth2_token</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>Choose the device certificate</source>
        <translation>Elija el certificado del dispositivo</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Elija un archivo de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Conectado. %1</translation>
    </message>
    <message>
        <source>Reachable. %1</source>
        <translation>Accesible. %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>The connection test failed. %1</source>
        <translation>La prueba de conexión falló. %1</translation>
    </message>
    <message>
        <source>the profile “%1” was removed and added again elsewhere while this dialog was open — cancel and edit it again</source>
        <translation>el perfil “%1” se eliminó y se volvió a añadir en otro lugar mientras este diálogo estaba abierto — cancele y vuelva a editarlo</translation>
    </message>
    <message>
        <source>The profile was not saved: correct the problem and press OK again.</source>
        <translation>No se guardó el perfil: corrija el problema y vuelva a pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Saving: secrets go to the keychain first…</source>
        <translation>Guardando: los secretos van primero al llavero…</translation>
    </message>
    <message>
        <source>Device certificates (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation>Certificados de dispositivo (*.p12 *.pfx *.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the device&apos;s private key</source>
        <translation>Elija la clave privada del dispositivo</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Claves PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>leave empty to keep it</source>
        <translation>déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>not copied: enter it</source>
        <translation>no copiado: introdúzcalo</translation>
    </message>
    <message>
        <source>stored in the keychain on OK</source>
        <translation>se guarda en el llavero al pulsar Aceptar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Whether a %1 is stored</source>
        <translation>Indica si hay un valor guardado para %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>new value on OK</source>
        <translation>nuevo valor al pulsar Aceptar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problema con el nombre del perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>optional, separated by commas</source>
        <translation>opcional, separadas por comas</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Problema con las etiquetas</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>https://santedb.example.org:8443</source>
        <translation>https://santedb.example.org:8443</translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation>Problema con la URL del servidor</translation>
    </message>
    <message>
        <source>Ser&amp;ver URL:</source>
        <translation>U&amp;RL del servidor:</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (unencrypted) to this server</source>
        <translation>Permitir &amp;http sin cifrar con este servidor</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>Permitir http sin cifrar</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Endpoint de token</translation>
    </message>
    <message>
        <source>Token endpoint problem</source>
        <translation>Problema con el endpoint de token</translation>
    </message>
    <message>
        <source>To&amp;ken endpoint:</source>
        <translation>Endpoint de to&amp;ken:</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>Versión de SanteDB</translation>
    </message>
    <message>
        <source>SanteD&amp;B version:</source>
        <translation>Versión de SanteD&amp;B:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Scope problem</source>
        <translation>Problema con el scope</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>solo certificados del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Buscar un archivo de CA</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problema con el archivo de CA</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Archivo de CA:</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256</source>
        <translation>SHA-256 del certificado fijado</translation>
    </message>
    <message>
        <source>optional: 64 hex digits, colons allowed</source>
        <translation>opcional: 64 dígitos hexadecimales, se admiten dos puntos</translation>
    </message>
    <message>
        <source>Pinned SHA-256 problem</source>
        <translation>Problema con el SHA-256 fijado</translation>
    </message>
    <message>
        <source>Pinned SHA-&amp;256:</source>
        <translation>SHA-&amp;256 fijado:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problema con el ID de cliente</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation>Se&amp;creto de cliente:</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>The application (and device) on its own</source>
        <translation>La aplicación (y el dispositivo) por sí sola</translation>
    </message>
    <message>
        <source>A user, with a password</source>
        <translation>Un usuario, con contraseña</translation>
    </message>
    <message>
        <source>G&amp;rant:</source>
        <translation>Conce&amp;sión:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>Problema con el nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Password mode</source>
        <translation>Modo de contraseña</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Guardada en el llavero</translation>
    </message>
    <message>
        <source>Asked each time, never stored</source>
        <translation>Se pide cada vez, nunca se guarda</translation>
    </message>
    <message>
        <source>Password &amp;mode:</source>
        <translation>&amp;Modo de contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Establecimiento</translation>
    </message>
    <message>
        <source>optional: the facility UUID, when the user must choose one</source>
        <translation>opcional: el UUID del establecimiento, cuando el usuario debe elegir uno</translation>
    </message>
    <message>
        <source>Facility problem</source>
        <translation>Problema con el establecimiento</translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation>Es&amp;tablecimiento:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Device ID and secret</source>
        <translation>ID y secreto del dispositivo</translation>
    </message>
    <message>
        <source>Device authenticates with a device ID and secret</source>
        <translation>El dispositivo se autentica con un ID de dispositivo y un secreto</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Certificado del dispositivo</translation>
    </message>
    <message>
        <source>Device authenticates with a certificate</source>
        <translation>El dispositivo se autentica con un certificado</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Sin dispositivo</translation>
    </message>
    <message>
        <source>No device authentication</source>
        <translation>Sin autenticación del dispositivo</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Device ID problem</source>
        <translation>Problema con el ID del dispositivo</translation>
    </message>
    <message>
        <source>Device &amp;ID:</source>
        <translation>&amp;ID del dispositivo:</translation>
    </message>
    <message>
        <source>Device secret</source>
        <translation>Secreto del dispositivo</translation>
    </message>
    <message>
        <source>Device secret problem</source>
        <translation>Problema con el secreto del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Device secret:</source>
        <translation>Secreto del &amp;dispositivo:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, .pfx) or PEM certificate</source>
        <translation>Certificado PKCS#12 (.p12, .pfx) o PEM</translation>
    </message>
    <message>
        <source>Browse for a certificate file</source>
        <translation>Buscar un archivo de certificado</translation>
    </message>
    <message>
        <source>Certificate file problem</source>
        <translation>Problema con el archivo de certificado</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Archivo de c&amp;ertificado:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>PEM only: the key, unless the certificate file holds it</source>
        <translation>Solo PEM: la clave, salvo que el archivo de certificado la contenga</translation>
    </message>
    <message>
        <source>Browse for a key file</source>
        <translation>Buscar un archivo de clave</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Archivo de cla&amp;ve:</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>Contraseña del certifica&amp;do:</translation>
    </message>
    <message>
        <source>Device certificate details</source>
        <translation>Detalles del certificado del dispositivo</translation>
    </message>
    <message>
        <source>Secrets are kept in %1, never in the profile file. A secret&apos;s field says whether a value is stored without showing it.</source>
        <translation>Los secretos se guardan en %1, nunca en el archivo de perfil. El campo de cada secreto indica si hay un valor guardado sin mostrarlo.</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Asks the server whether it is a SanteDB auth service, without sending any credential</source>
        <translation>Pregunta al servidor si es un servicio de autenticación de SanteDB, sin enviar ninguna credencial</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancelar la prueba de conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Detect automatically (detected %1.x)</source>
        <translation>Detectar automáticamente (detectada %1.x)</translation>
    </message>
    <message>
        <source>Choose the device&apos;s certificate file.</source>
        <translation>Elija el archivo de certificado del dispositivo.</translation>
    </message>
    <message>
        <source>Which secrets are stored is unknown: %1</source>
        <translation>No se sabe qué secretos están guardados: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is protected: enter its password to check it and see the certificate.</source>
        <translation>El archivo está protegido: introduzca su contraseña para comprobarlo y ver el certificado.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Válido: de %1 a %2</translation>
    </message>
    <message>
        <source>SHA-1 (thumbprint): %1</source>
        <translation>SHA-1 (huella digital): %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>It expires %1: renew it soon.</source>
        <translation>Caduca %1: renuévelo pronto.</translation>
    </message>
    <message>
        <source>Probably SanteDB %1.x: %2.</source>
        <translation>Probablemente SanteDB %1.x: %2.</translation>
    </message>
    <message>
        <source>This profile is set to SanteDB %1.x: check the SanteDB version.</source>
        <translation>Este perfil está configurado para SanteDB %1.x: compruebe la versión de SanteDB.</translation>
    </message>
    <message>
        <source>A secret is missing</source>
        <translation>Falta un secreto</translation>
    </message>
    <message>
        <source>No %1 is stored for this profile, and its sessions need it. Save it anyway and enter the secret later?</source>
        <translation>No hay ningún valor guardado para %1 en este perfil, y sus sesiones lo necesitan. ¿Guardar el perfil de todos modos e introducir el secreto más tarde?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Enter it now</source>
        <translation>&amp;Introducirlo ahora</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ProfileListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Valid, no expiry given</source>
        <translation>Válida, sin caducidad indicada</translation>
    </message>
    <message>
        <source>Expiring: %1</source>
        <translation>Caduca: %1</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña para %1</translation>
    </message>
    <message>
        <source>One-time code for %1</source>
        <translation>Código de un solo uso para %1</translation>
    </message>
    <message>
        <source>The profile “%1” asks for the password each time; it is sent once and never stored.</source>
        <translation>El perfil “%1” pide la contraseña cada vez; se envía una sola vez y nunca se guarda.</translation>
    </message>
    <message>
        <source>The server asks for a one-time code:</source>
        <translation>El servidor pide un código de un solo uso:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Enviar código</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SessionPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>Select all policies</source>
        <translation>Seleccionar todas las políticas</translation>
    </message>
    <message>
        <source>Select all history rows</source>
        <translation>Seleccionar todas las filas del historial</translation>
    </message>
    <message>
        <source>none sent; used as Bearer</source>
        <translation>no se envió; se usa como Bearer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>(no id_token)</source>
        <translation>(sin id_token)</translation>
    </message>
    <message>
        <source>(not in the id_token)</source>
        <translation>(no está en el id_token)</translation>
    </message>
    <message>
        <source>2.x</source>
        <translation>2.x</translation>
    </message>
    <message>
        <source>3.x</source>
        <translation>3.x</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1, the earlier of two times that disagree:</source>
        <translation>%1, la anterior de dos horas que no coinciden:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>session obtained</source>
        <translation>sesión obtenida</translation>
    </message>
    <message>
        <source>cached session reused</source>
        <translation>sesión en caché reutilizada</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Ningún perfil seleccionado</translation>
    </message>
    <message>
        <source>Session valid</source>
        <translation>Sesión válida</translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation>Error del servidor: %1</translation>
    </message>
    <message>
        <source>Server description: %1</source>
        <translation>Descripción del servidor: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation>Corrija el problema</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Device warning</source>
        <translation>Advertencia del dispositivo</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Advertencia de caducidad</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Cached session</source>
        <translation>Sesión en caché</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>Última renovación</translation>
    </message>
    <message>
        <source>Share of the session lifetime left</source>
        <translation>Parte restante de la duración de la sesión</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message>
        <source>&amp;Keep this session alive</source>
        <translation>&amp;Mantener esta sesión activa</translation>
    </message>
    <message>
        <source>Keep this session alive</source>
        <translation>Mantener esta sesión activa</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Mantener activa</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Detalles del perfil</translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation>Tipo de token:</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Expires (local):</source>
        <translation>Caduca (local):</translation>
    </message>
    <message>
        <source>Expires, local time</source>
        <translation>Caduca, hora local</translation>
    </message>
    <message>
        <source>Expires (UTC):</source>
        <translation>Caduca (UTC):</translation>
    </message>
    <message>
        <source>Expires, UTC</source>
        <translation>Caduca, UTC</translation>
    </message>
    <message>
        <source>Expiry taken from:</source>
        <translation>Caducidad tomada de:</translation>
    </message>
    <message>
        <source>Where the expiry came from</source>
        <translation>De dónde se tomó la caducidad</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>SanteDB generation:</source>
        <translation>Generación de SanteDB:</translation>
    </message>
    <message>
        <source>SanteDB generation</source>
        <translation>Generación de SanteDB</translation>
    </message>
    <message>
        <source>Obtained by:</source>
        <translation>Obtenida mediante:</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtenida mediante</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Client secret checked:</source>
        <translation>Secreto de cliente comprobado:</translation>
    </message>
    <message>
        <source>Client secret checked</source>
        <translation>Secreto de cliente comprobado</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Establecimiento:</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Establecimiento</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Token de actualización:</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation>Filtrar políticas</translation>
    </message>
    <message>
        <source>Filter by name or OID</source>
        <translation>Filtrar por nombre u OID</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Granted policies</source>
        <translation>Políticas concedidas</translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation>&amp;Políticas</translation>
    </message>
    <message>
        <source>Claims of the id_token</source>
        <translation>Claims del id_token</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <source>Reveal &amp;tokens</source>
        <translation>Mostrar &amp;tokens</translation>
    </message>
    <message>
        <source>Reveal tokens</source>
        <translation>Mostrar tokens</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Respuesta de token</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Sin procesar</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historial de la sesión</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>sin caducidad indicada</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>no verificada: %1</translation>
    </message>
    <message>
        <source>Select a profile on the left.</source>
        <translation>Seleccione un perfil a la izquierda.</translation>
    </message>
    <message>
        <source>No session yet: press Enter to get one.</source>
        <translation>Aún no hay sesión: pulse Intro para obtener una.</translation>
    </message>
    <message>
        <source>Expiring soon: press Enter for a new session.</source>
        <translation>Caduca pronto: pulse Intro para obtener una sesión nueva.</translation>
    </message>
    <message>
        <source>Expired: press Enter for a new session.</source>
        <translation>Caducada: pulse Intro para obtener una sesión nueva.</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>Cancelado: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>This session has no refresh token: it cannot be renewed, only replaced.</source>
        <translation>Esta sesión no tiene token de actualización: no se puede renovar, solo reemplazar.</translation>
    </message>
    <message>
        <source>Renews itself at half-life (%1) while the app runs.</source>
        <translation>Se renueva sola a mitad de su duración (%1) mientras la aplicación esté abierta.</translation>
    </message>
    <message>
        <source>✔ signature verified</source>
        <translation>✔ firma verificada</translation>
    </message>
    <message>
        <source>⚠ signature %1</source>
        <translation>⚠ firma %1</translation>
    </message>
    <message>
        <source>Verified with %1</source>
        <translation>Verificada con %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>Reused from the keychain; no request was sent</source>
        <translation>Reutilizada del llavero; no se envió ninguna solicitud</translation>
    </message>
    <message>
        <source>renewed %1</source>
        <translation>renovada %1</translation>
    </message>
    <message>
        <source>✔ valid on server (checked %1)</source>
        <translation>✔ válida en el servidor (comprobada %1)</translation>
    </message>
    <message>
        <source>✖ revoked on server (checked %1)</source>
        <translation>✖ revocada en el servidor (comprobada %1)</translation>
    </message>
    <message>
        <source>✔ Signature verified: these claims come from the server.</source>
        <translation>✔ Firma verificada: estos claims proceden del servidor.</translation>
    </message>
    <message>
        <source>⚠ Signature %1: the claims are shown as received.</source>
        <translation>⚠ Firma %1: los claims se muestran tal como se recibieron.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ verificada</translation>
    </message>
    <message>
        <source>⚠ not verified</source>
        <translation>⚠ no verificada</translation>
    </message>
    <message>
        <source>The server did not authenticate the device %1: it granted an application-only session.</source>
        <translation>El servidor no autenticó el dispositivo %1: concedió una sesión solo de aplicación.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>cache (reused from the keychain)</source>
        <translation>caché (reutilizada del llavero)</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <source>device secret (%1)</source>
        <translation>secreto del dispositivo (%1)</translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation>certificado (%1)</translation>
    </message>
    <message>
        <source>authentication unknown (signature not verified)</source>
        <translation>autenticación desconocida (firma no verificada)</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation>NO autenticado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes; last renewed %1</source>
        <translation>sí; última renovación %1</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Nombre dado por</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>built-in table</source>
        <translation>tabla integrada</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>(the token response is not available for a cached session)</source>
        <translation>(la respuesta de token no está disponible para una sesión en caché)</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copiar &amp;fila</translation>
    </message>
    <message>
        <source>Copy &amp;selected rows</source>
        <translation>Copiar filas &amp;seleccionadas</translation>
    </message>
    <message>
        <source>Copy everything as &amp;JSON</source>
        <translation>Copiar todo como &amp;JSON</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SystemTrayPresenter</name>
    <message>
        <source>SanteDB Session Manager</source>
        <translation>SanteDB Session Manager</translation>
    </message>
    <message>
        <source>Copy header — %1</source>
        <translation>Copiar encabezado — %1</translation>
    </message>
    <message>
        <source>No valid sessions</source>
        <translation>No hay sesiones válidas</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Copy header — %1 (%2)</source>
        <translation>Copiar encabezado — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::TrustDialog</name>
    <message>
        <source>Review the certificate of %1</source>
        <translation>Revise el certificado de %1</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate %1 presented.</source>
        <translation>Este equipo no confía en el certificado que presentó %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED since it was trusted. If nobody told you it would, do not trust it: someone may be intercepting the connection.</source>
        <translation>El certificado de %1 ha CAMBIADO desde que se confió en él. Si nadie le avisó de que cambiaría, no confíe en él: alguien podría estar interceptando la conexión.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the server&apos;s administrator gives you. Trusting it applies to every profile on this server.</source>
        <translation>Compare la huella digital SHA-256 con la que le indique el administrador del servidor. Confiar en él se aplica a todos los perfiles de este servidor.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>De confianza antes:</translation>
    </message>
    <message>
        <source>Previously trusted SHA-256</source>
        <translation>SHA-256 de confianza anterior</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation>&amp;Confiar en este certificado para este perfil</translation>
    </message>
</context>
</TS>
