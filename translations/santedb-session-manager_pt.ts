<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server %1 answered with TLS, not plain HTTP — the server URL probably needs https://</source>
        <translation>o servidor %1 respondeu com TLS, não com HTTP simples — o URL do servidor provavelmente precisa de https://</translation>
    </message>
    <message>
        <source>the server %1 closed the connection without answering — check the server&apos;s logs</source>
        <translation>o servidor %1 fechou a conexão sem responder — verifique os logs do servidor</translation>
    </message>
    <message>
        <source>the server %1 closed the connection in the middle of its answer&apos;s headers — check the server&apos;s logs</source>
        <translation>o servidor %1 fechou a conexão no meio dos cabeçalhos da resposta — verifique os logs do servidor</translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (%2 of the %3 bytes it announced arrived) — check the server&apos;s logs</source>
        <translation>o servidor %1 fechou a conexão antes de responder completamente (chegaram %2 dos %3 bytes anunciados) — verifique os logs do servidor</translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (the chunked body has no end) — check the server&apos;s logs</source>
        <translation>o servidor %1 fechou a conexão antes de responder completamente (o corpo em chunks não tem fim) — verifique os logs do servidor</translation>
    </message>
    <message>
        <source>a chunk of the body is not followed by CRLF</source>
        <translation>um chunk do corpo não é seguido de CRLF</translation>
    </message>
    <message>
        <source>the headers and trailers from %1 passed the 64 KiB limit — check the server</source>
        <translation>os cabeçalhos e trailers de %1 ultrapassaram o limite de 64 KiB — verifique o servidor</translation>
    </message>
    <message>
        <source>a trailer line of the chunked body is malformed</source>
        <translation>uma linha de trailer do corpo em chunks está malformada</translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation>uma linha de tamanho de chunk tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>a header line from %1 is longer than %2 bytes — check the server</source>
        <translation>uma linha de cabeçalho de %1 tem mais de %2 bytes — verifique o servidor</translation>
    </message>
    <message>
        <source>a line of the chunked body does not end with CRLF</source>
        <translation>uma linha do corpo em chunks não termina com CRLF</translation>
    </message>
    <message>
        <source>a line of the answer holds a stray CR or NUL byte</source>
        <translation>uma linha da resposta contém um byte CR ou NUL avulso</translation>
    </message>
    <message>
        <source>the headers from %1 passed the 64 KiB limit — check the server</source>
        <translation>os cabeçalhos de %1 ultrapassaram o limite de 64 KiB — verifique o servidor</translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP/1.x status line</source>
        <translation>a resposta não começa com uma linha de status HTTP/1.x</translation>
    </message>
    <message>
        <source>the status code %1 does not exist</source>
        <translation>o código de status %1 não existe</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>o servidor trocou de protocolo, o que não foi solicitado</translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) answers arrived</source>
        <translation>chegaram mais de %1 respostas intermediárias (1xx)</translation>
    </message>
    <message>
        <source>the server %1 sent more than %2 header fields — check the server</source>
        <translation>o servidor %1 enviou mais de %2 campos de cabeçalho — verifique o servidor</translation>
    </message>
    <message>
        <source>a header is folded over several lines (obsolete in HTTP/1.1)</source>
        <translation>um cabeçalho está dobrado em várias linhas (obsoleto no HTTP/1.1)</translation>
    </message>
    <message>
        <source>a header line is not of the form &quot;Name: value&quot;</source>
        <translation>uma linha de cabeçalho não tem a forma &quot;Nome: valor&quot;</translation>
    </message>
    <message>
        <source>the server %1 sent a compressed answer it was not asked for (Content-Encoding: %2) — check the server or a proxy in between</source>
        <translation>o servidor %1 enviou uma resposta compactada que não foi solicitada (Content-Encoding: %2) — verifique o servidor ou um proxy intermediário</translation>
    </message>
    <message>
        <source>the answer has both Transfer-Encoding and Content-Length, a sign of response splitting</source>
        <translation>a resposta tem Transfer-Encoding e Content-Length ao mesmo tempo, um sinal de divisão de resposta (response splitting)</translation>
    </message>
    <message>
        <source>the answer uses a transfer coding other than chunked</source>
        <translation>a resposta usa uma codificação de transferência diferente de chunked</translation>
    </message>
    <message>
        <source>the Content-Length header is not one whole number</source>
        <translation>o cabeçalho Content-Length não é um número inteiro</translation>
    </message>
    <message>
        <source>the server %1 announced a %2-byte answer, over the %3 limit — check the URL</source>
        <translation>o servidor %1 anunciou uma resposta de %2 bytes, acima do limite de %3 — verifique o URL</translation>
    </message>
    <message>
        <source>a chunk size is not a hexadecimal number</source>
        <translation>um tamanho de chunk não é um número hexadecimal</translation>
    </message>
    <message>
        <source>a chunk size is followed by something other than an extension</source>
        <translation>um tamanho de chunk é seguido de algo que não é uma extensão</translation>
    </message>
    <message>
        <source>the answer from %1 passed the %2 limit — check the URL</source>
        <translation>a resposta de %1 ultrapassou o limite de %2 — verifique o URL</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid HTTP: %2 — check the server or a proxy in between</source>
        <translation>a resposta de %1 não é HTTP válido: %2 — verifique o servidor ou um proxy intermediário</translation>
    </message>
</context>
<context>
    <name>KnownServers</name>
    <message>
        <source>%1 is not an http or https URL with a host, so it names no server</source>
        <translation>%1 não é um URL http ou https com um host, portanto não identifica nenhum servidor</translation>
    </message>
    <message>
        <source>cannot use the known-servers file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation>não é possível usar o arquivo de servidores conhecidos %1: %2; o arquivo foi deixado como está: corrija-o ou mova-o para outro lugar</translation>
    </message>
    <message>
        <source>the known-servers file %1 is a symbolic link, which is neither read nor written, so nobody can redirect what this computer trusts; replace it with a plain file</source>
        <translation>o arquivo de servidores conhecidos %1 é um link simbólico, que não é lido nem escrito, para que ninguém possa redirecionar aquilo em que este computador confia; substitua-o por um arquivo comum</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>tem mais de 4 MiB</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>não é JSON válido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>não contém um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation>&quot;schema&quot; deve ser um número inteiro maior ou igual a 1</translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be an object</source>
        <translation>&quot;servers&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>%1 is not an origin of the form https://host:port</source>
        <translation>%1 não é uma origem no formato https://host:porta</translation>
    </message>
    <message>
        <source>the record of %1 has no valid SHA-256, validity or trust date</source>
        <translation>o registro de %1 não tem SHA-256, validade ou data de confiança válidos</translation>
    </message>
    <message>
        <source>there is no certificate to trust</source>
        <translation>não há certificado em que confiar</translation>
    </message>
    <message>
        <source>known-servers file</source>
        <translation>arquivo de servidores conhecidos</translation>
    </message>
    <message>
        <source>the known-servers file %1 was written by a newer version, so it is not changed</source>
        <translation>o arquivo de servidores conhecidos %1 foi gravado por uma versão mais recente, por isso não é alterado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Limpar a área de &amp;transferência após:</translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds (0 never clears it)</source>
        <translation>Limpar a área de transferência após este número de segundos (0 nunca limpa)</translation>
    </message>
    <message>
        <source>&amp;Warn before a session expires:</source>
        <translation>&amp;Avisar antes que uma sessão expire:</translation>
    </message>
    <message>
        <source>Warn this long before a session expires (0 never warns)</source>
        <translation>Avisar com esta antecedência antes que uma sessão expire (0 nunca avisa)</translation>
    </message>
    <message>
        <source>Unit of the expiry warning</source>
        <translation>Unidade do aviso de expiração</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tempo limite das solicitações:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tempo limite das solicitações em segundos</translation>
    </message>
    <message>
        <source>Show an icon in the system t&amp;ray</source>
        <translation>Mostrar um ícone na bandeja do &amp;sistema</translation>
    </message>
    <message>
        <source>Show a tray icon</source>
        <translation>Mostrar um ícone na bandeja</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps the app in the tray</source>
        <translation>Fechar a janela &amp;mantém o aplicativo na bandeja</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray</source>
        <translation>Fechar a janela mantém o aplicativo na bandeja</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>About interface languages</source>
        <translation>Sobre os idiomas da interface</translation>
    </message>
    <message>
        <source>Do not use a &amp;proxy (connect to servers directly)</source>
        <translation>Não usar &amp;proxy (conectar-se diretamente aos servidores)</translation>
    </message>
    <message>
        <source>Do not use a proxy</source>
        <translation>Não usar proxy</translation>
    </message>
    <message>
        <source>A change applies the next time the app starts.</source>
        <translation>Uma alteração entra em vigor na próxima vez que o aplicativo for iniciado.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>the CA file %1 holds no readable PEM certificate — fix the path or the file</source>
        <translation>o arquivo de CA %1 não contém nenhum certificado PEM legível — corrija o caminho ou o arquivo</translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest) — fix or remove it</source>
        <translation>o pin do certificado deve ter 64 dígitos hexadecimais (um digest SHA-256) — corrija-o ou remova-o</translation>
    </message>
    <message>
        <source>the trusted certificate recorded for this server is not a SHA-256 digest — trust the server&apos;s certificate again</source>
        <translation>o certificado confiável registrado para este servidor não é um digest SHA-256 — confie novamente no certificado do servidor</translation>
    </message>
    <message>
        <source>the device certificate or its private key is missing — check the certificate files</source>
        <translation>o certificado do dispositivo ou sua chave privada está faltando — verifique os arquivos de certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 does not match the pinned SHA-256 %2: the server presented %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation>o certificado de %1 não corresponde ao SHA-256 fixado %2: o servidor apresentou %3 (%4) — nada foi enviado; ou o servidor tem um novo certificado, ou este é outro servidor</translation>
    </message>
    <message>
        <source>the certificate of %1 changed since it was trusted: the trusted SHA-256 is %2, the server now presents %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation>o certificado de %1 mudou desde que foi considerado confiável: o SHA-256 confiável é %2, o servidor agora apresenta %3 (%4) — nada foi enviado; ou o servidor tem um novo certificado, ou este é outro servidor</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this server&apos;s name</source>
        <translation>foi emitido para %1, não para o nome deste servidor</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>expirou em %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>não é válido antes de %1</translation>
    </message>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>é autoassinado, portanto nenhuma autoridade certificadora o garante</translation>
    </message>
    <message>
        <source>its issuer is not a certificate authority this computer trusts</source>
        <translation>seu emissor não é uma autoridade certificadora em que este computador confia</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>foi revogado</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>não pôde ser verificado</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2 (%3) — nothing was sent</source>
        <translation>o certificado de %1 não é confiável: %2 (%3) — nada foi enviado</translation>
    </message>
    <message>
        <source>the server %1 refused the device certificate (%2) — check that the server trusts its issuer and that it is still valid</source>
        <translation>o servidor %1 recusou o certificado do dispositivo (%2) — verifique se o servidor confia no emissor e se o certificado ainda é válido</translation>
    </message>
    <message>
        <source>the server %1 asks for a client certificate, and none is configured (%2)</source>
        <translation>o servidor %1 solicita um certificado de cliente, e nenhum está configurado (%2)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (%2) — check the server certificate, the CA file or the pinned certificate</source>
        <translation>o handshake TLS com %1 falhou (%2) — verifique o certificado do servidor, o arquivo de CA ou o certificado fixado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SanteDB sessions with the secrets in the operating system&apos;s keychain.</source>
        <translation>Sessões do SanteDB com os segredos no chaveiro do sistema operacional.</translation>
    </message>
    <message>
        <source>Start with a local SanteDB emulator and demo profiles.</source>
        <translation>Iniciar com um emulador local do SanteDB e perfis de demonstração.</translation>
    </message>
    <message>
        <source>Open the editor for a new profile on start.</source>
        <translation>Abrir o editor para um novo perfil ao iniciar.</translation>
    </message>
    <message>
        <source>Profile file to use.</source>
        <translation>Arquivo de perfis a usar.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first session is shown, then quit.</source>
        <translation>Salvar um PNG da janela assim que a primeira sessão for exibida e depois sair.</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the desktop&apos;s (screenshots, checks).</source>
        <translation>Usar uma paleta clara ou escura em vez da paleta da área de trabalho (capturas de tela, verificações).</translation>
    </message>
    <message>
        <source>Open another window even when one already runs with this profile file.</source>
        <translation>Abrir outra janela mesmo quando já houver uma em execução com este arquivo de perfis.</translation>
    </message>
    <message>
        <source>SanteDB Session Manager already runs with this profile file: its window was raised.</source>
        <translation>O SanteDB Session Manager já está em execução com este arquivo de perfis: sua janela foi trazida para a frente.</translation>
    </message>
    <message>
        <source>What --screenshot shows: main, policies, claims, history, editor, mfa or check.</source>
        <translation>O que --screenshot mostra: main, policies, claims, history, editor, mfa ou check.</translation>
    </message>
</context>
<context>
    <name>santedb-session</name>
    <message>
        <source>note: the session is forgotten here only; the server keeps it valid until it expires — `santedb-session logout %1` ends it on the server
</source>
        <translation>observação: a sessão é esquecida apenas aqui; o servidor a mantém válida até que expire — `santedb-session logout %1` a encerra no servidor
</translation>
    </message>
    <message>
        <source>the JWKS at %1 answered HTTP %2, so the signature cannot be checked</source>
        <translation>o JWKS em %1 respondeu HTTP %2, portanto a assinatura não pode ser verificada</translation>
    </message>
    <message>
        <source>the JWKS at %1 is unusable: %2</source>
        <translation>o JWKS em %1 não pode ser usado: %2</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>arquivo JWKS</translation>
    </message>
    <message>
        <source>the JWKS file %1 cannot be read (%2)</source>
        <translation>o arquivo JWKS %1 não pode ser lido (%2)</translation>
    </message>
    <message>
        <source>the JWKS file %1 is unusable: %2</source>
        <translation>o arquivo JWKS %1 não pode ser usado: %2</translation>
    </message>
    <message>
        <source>again: </source>
        <translation>novamente: </translation>
    </message>
    <message>
        <source>the two entries differ — nothing was stored</source>
        <translation>as duas entradas são diferentes — nada foi armazenado</translation>
    </message>
    <message>
        <source>the %1 on standard input is not valid UTF-8 — nothing was stored</source>
        <translation>a entrada padrão (%1) não é UTF-8 válida — nada foi armazenado</translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password or password</source>
        <translation>o tipo de segredo deve ser client, device, cert-password ou password</translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation>%1 — nada foi armazenado</translation>
    </message>
    <message>
        <source>stored the %1 of profile &quot;%2&quot; in the keychain
</source>
        <translation>armazenado no chaveiro: %1 do perfil &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password, password or session</source>
        <translation>o tipo de segredo deve ser client, device, cert-password, password ou session</translation>
    </message>
    <message>
        <source>cleared the %1
</source>
        <translation>apagado: %1
</translation>
    </message>
    <message>
        <source>no %1 was stored; nothing to clear
</source>
        <translation>%1: nada estava armazenado; nada a apagar
</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emissor</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>validade</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>arquivo de CA</translation>
    </message>
    <message>
        <source>--pin-sha256 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation>--pin-sha256 deve ser os 64 dígitos hexadecimais de um SHA-256 (dois-pontos e maiúsculas/minúsculas são ignorados)</translation>
    </message>
    <message>
        <source>plain http: anything on the network path could have changed these answers</source>
        <translation>http simples: qualquer coisa no caminho da rede poderia ter alterado estas respostas</translation>
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
        <translation>encerrar sessão</translation>
    </message>
    <message>
        <source>grant types</source>
        <translation>tipos de concessão</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>assinatura</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>versão do SanteDB</translation>
    </message>
    <message>
        <source>%1.x probably (%2)</source>
        <translation>provavelmente %1.x (%2)</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>observação: %1
</translation>
    </message>
    <message>
        <source>profile %1 uses plain http, which has no certificate to trust</source>
        <translation>o perfil %1 usa http simples, que não tem certificado em que confiar</translation>
    </message>
    <message>
        <source>The server at %1 presents this certificate:
</source>
        <translation>O servidor em %1 apresenta este certificado:
</translation>
    </message>
    <message>
        <source>note: profile %1 pins the SHA-256 %2, which takes precedence over what is trusted here
</source>
        <translation>observação: o perfil %1 fixa o SHA-256 %2, que tem precedência sobre o que é considerado confiável aqui
</translation>
    </message>
    <message>
        <source>It has been trusted for %1 since %2; nothing to change.
</source>
        <translation>Ele é considerado confiável para %1 desde %2; nada a alterar.
</translation>
    </message>
    <message>
        <source>This computer already trusts it (its issuer is a trusted certificate authority); nothing to change.
</source>
        <translation>Este computador já confia nele (seu emissor é uma autoridade certificadora confiável); nada a alterar.
</translation>
    </message>
    <message>
        <source>warning: it is NOT the certificate trusted for %1 until now (SHA-256 %2) — trust the new one only if you know why the server&apos;s certificate changed
</source>
        <translation>aviso: este NÃO é o certificado considerado confiável para %1 até agora (SHA-256 %2) — confie no novo somente se souber por que o certificado do servidor mudou
</translation>
    </message>
    <message>
        <source>This computer does not trust it yet.
</source>
        <translation>Este computador ainda não confia nele.
</translation>
    </message>
    <message>
        <source>nothing was trusted: confirm on a terminal, or add `--yes` after checking the SHA-256 above with the server&apos;s administrator</source>
        <translation>nada foi considerado confiável: confirme em um terminal ou adicione `--yes` depois de verificar o SHA-256 acima com o administrador do servidor</translation>
    </message>
    <message>
        <source>Compare the SHA-256 with what the server&apos;s administrator gave you. Type yes to trust it for %1: </source>
        <translation>Compare o SHA-256 com o que o administrador do servidor lhe forneceu. Digite sim para confiar nele para %1: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>nothing was trusted
</source>
        <translation>nada foi considerado confiável
</translation>
    </message>
    <message>
        <source>trusted for %1: every profile on this origin and `discover` accept it from now on
</source>
        <translation>considerado confiável para %1: todos os perfis desta origem e `discover` passam a aceitá-lo
</translation>
    </message>
    <message>
        <source>standard input could not be read</source>
        <translation>não foi possível ler a entrada padrão</translation>
    </message>
    <message>
        <source>standard input holds more than %1 bytes — nothing was used</source>
        <translation>a entrada padrão contém mais de %1 bytes — nada foi usado</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8 — nothing was sent</source>
        <translation>a entrada padrão não é UTF-8 válida — nada foi enviado</translation>
    </message>
    <message>
        <source>password for %1 (profile %2): </source>
        <translation>senha de %1 (perfil %2): </translation>
    </message>
    <message>
        <source>the server asks for a one-time code</source>
        <translation>o servidor solicita um código de uso único</translation>
    </message>
    <message>
        <source>The server asks which facility this session is for:
</source>
        <translation>O servidor pergunta para qual estabelecimento é esta sessão:
</translation>
    </message>
    <message>
        <source>facility (1-%1, empty to cancel): </source>
        <translation>estabelecimento (1-%1, vazio para cancelar): </translation>
    </message>
    <message>
        <source>no facility was chosen</source>
        <translation>nenhum estabelecimento foi escolhido</translation>
    </message>
    <message>
        <source>server root, e.g. https://mpi-test.local:8443</source>
        <translation>raiz do servidor, p. ex. https://mpi-test.local:8443</translation>
    </message>
    <message>
        <source>the application&apos;s client_id</source>
        <translation>o client_id do aplicativo</translation>
    </message>
    <message>
        <source>authenticate a device with its device secret (no &apos;:&apos;)</source>
        <translation>autenticar um dispositivo com o segredo do dispositivo (sem &apos;:&apos;)</translation>
    </message>
    <message>
        <source>authenticate the device with a client certificate: PKCS#12 (.p12/.pfx; password: `secret set NAME cert-password`) or PEM</source>
        <translation>autenticar o dispositivo com um certificado de cliente: PKCS#12 (.p12/.pfx; senha: `secret set NAME cert-password`) ou PEM</translation>
    </message>
    <message>
        <source>the PEM private key of a PEM --device-cert</source>
        <translation>a chave privada PEM de um --device-cert PEM</translation>
    </message>
    <message>
        <source>application only</source>
        <translation>somente o aplicativo</translation>
    </message>
    <message>
        <source>auto (default), 2 or 3</source>
        <translation>auto (padrão), 2 ou 3</translation>
    </message>
    <message>
        <source>space-separated policy OIDs, default *</source>
        <translation>OIDs de políticas separados por espaços, padrão *</translation>
    </message>
    <message>
        <source>default &lt;server&gt;/auth/oauth2_token</source>
        <translation>padrão &lt;server&gt;/auth/oauth2_token</translation>
    </message>
    <message>
        <source>extra trusted CA certificates</source>
        <translation>certificados de CA confiáveis adicionais</translation>
    </message>
    <message>
        <source>SHA-256 of the server&apos;s leaf certificate (colons and case ignored)</source>
        <translation>SHA-256 do certificado folha do servidor (dois-pontos e maiúsculas/minúsculas ignorados)</translation>
    </message>
    <message>
        <source>accept plain http to a host other than loopback</source>
        <translation>aceitar http simples para um host que não seja loopback</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texto livre</translation>
    </message>
    <message>
        <source>client_credentials (default) or password (a user session)</source>
        <translation>client_credentials (padrão) ou password (uma sessão de usuário)</translation>
    </message>
    <message>
        <source>the user of the password grant</source>
        <translation>o usuário do password grant</translation>
    </message>
    <message>
        <source>stored (default: `secret set NAME password`) or ask (asked each time, never stored)</source>
        <translation>stored (padrão: `secret set NAME password`) ou ask (solicitada a cada vez, nunca armazenada)</translation>
    </message>
    <message>
        <source>a facility to send with the first request</source>
        <translation>um estabelecimento a enviar com a primeira solicitação</translation>
    </message>
    <message>
        <source>a tag for grouping (repeat for several)</source>
        <translation>uma etiqueta para agrupamento (repita para várias)</translation>
    </message>
    <message>
        <source>ignore a cached session and request a new one</source>
        <translation>ignorar uma sessão em cache e solicitar uma nova</translation>
    </message>
    <message>
        <source>reuse a cached session only with more than this left (default 60); a session with a refresh token is renewed before it gets that short</source>
        <translation>reutilizar uma sessão em cache somente se restar mais do que isto (padrão 60); uma sessão com refresh token é renovada antes de ficar tão curta</translation>
    </message>
    <message>
        <source>ask the server whether a cached session is still valid before using it, and get a new one if the server dropped it</source>
        <translation>perguntar ao servidor se uma sessão em cache ainda é válida antes de usá-la e obter uma nova se o servidor a descartou</translation>
    </message>
    <message>
        <source>the facility to send (a user who must choose one)</source>
        <translation>o estabelecimento a enviar (para um usuário que precisa escolher um)</translation>
    </message>
    <message>
        <source>read the password from standard input (line 1)</source>
        <translation>ler a senha da entrada padrão (linha 1)</translation>
    </message>
    <message>
        <source>read a one-time code from standard input (the next line), used only if the server asks for one</source>
        <translation>ler um código de uso único da entrada padrão (a linha seguinte), usado somente se o servidor pedir um</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>saída legível por máquina</translation>
    </message>
    <message>
        <source>only the profiles with this tag (repeat for several: any of them)</source>
        <translation>somente os perfis com esta etiqueta (repita para várias: qualquer uma delas)</translation>
    </message>
    <message>
        <source>profile file (default: the user&apos;s config folder)</source>
        <translation>arquivo de perfis (padrão: a pasta de configuração do usuário)</translation>
    </message>
    <message>
        <source>total deadline for each request (default 30)</source>
        <translation>prazo total para cada solicitação (padrão 30)</translation>
    </message>
    <message>
        <source>never use a proxy (loopback never does)</source>
        <translation>nunca usar proxy (loopback nunca usa)</translation>
    </message>
    <message>
        <source>help for any command</source>
        <translation>ajuda para qualquer comando</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>mostrar a versão</translation>
    </message>
    <message>
        <source>new name (the keychain entries follow)</source>
        <translation>novo nome (as entradas do chaveiro acompanham)</translation>
    </message>
    <message>
        <source>refuse plain http again</source>
        <translation>recusar http simples novamente</translation>
    </message>
    <message>
        <source>machine-readable result, including access_token</source>
        <translation>resultado legível por máquina, incluindo access_token</translation>
    </message>
    <message>
        <source>allow a URL outside the profile&apos;s server</source>
        <translation>permitir um URL fora do servidor do perfil</translation>
    </message>
    <message>
        <source>Adds a profile: the non-secret settings of an application and its device.
Secrets are set afterwards with `secret set`.
</source>
        <translation>Adiciona um perfil: as configurações não secretas de um aplicativo e do seu dispositivo.
Os segredos são definidos depois com `secret set`.
</translation>
    </message>
    <message>
        <source>Changes a profile; an empty value resets an option to its default
(--scope &quot;&quot; is *, --token-endpoint &quot;&quot; is &lt;server&gt;/auth/oauth2_token).
Any change forgets the cached session; changing --santedb-version forgets the detected one.
</source>
        <translation>Altera um perfil; um valor vazio redefine uma opção para o padrão
(--scope &quot;&quot; é *, --token-endpoint &quot;&quot; é &lt;server&gt;/auth/oauth2_token).
Qualquer alteração descarta a sessão em cache; alterar --santedb-version descarta a versão detectada.
</translation>
    </message>
    <message>
        <source>Lists the profiles and their last session state (reads no keychain).
</source>
        <translation>Lista os perfis e o estado da última sessão (não lê nenhum chaveiro).
</translation>
    </message>
    <message>
        <source>Shows one profile, which of its secrets are stored, and its last session.
</source>
        <translation>Mostra um perfil, quais dos seus segredos estão armazenados e sua última sessão.
</translation>
    </message>
    <message>
        <source>Removes a profile and deletes its keychain entries.
</source>
        <translation>Remove um perfil e exclui suas entradas do chaveiro.
</translation>
    </message>
    <message>
        <source>Writes profiles as JSON (all when neither NAME nor --tag is given). Never includes secrets.
</source>
        <translation>Grava perfis como JSON (todos quando nem NAME nem --tag são informados). Nunca inclui segredos.
</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>gravar em FILE em vez da saída padrão</translation>
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
        <translation>Adiciona os perfis de um arquivo de exportação (FILE ou - para stdin), tudo ou nada;
recusa nomes que já existem. Cada perfil importado recebe um novo UUID.

Com --csv, FILE é um CSV com uma linha de cabeçalho que nomeia opções de `profile add` como colunas
(name, server, client_id, device_id, device_cert, grant, username, santedb_version,
scope, token_endpoint, ca_file, tag, note, ...): um perfil por linha, várias etiquetas separadas por vírgulas.
Com --secrets-stdin, a entrada padrão contém linhas JSON
{&quot;name&quot;: …, &quot;client&quot;: …, &quot;device&quot;: …, &quot;password&quot;: …, &quot;cert_password&quot;: …}
cujos segredos vão diretamente para o chaveiro. Cada linha e cada segredo são verificados antes
que qualquer coisa seja armazenada. Exclua o arquivo de segredos depois.
</translation>
    </message>
    <message>
        <source>FILE is CSV with a header row</source>
        <translation>FILE é um CSV com uma linha de cabeçalho</translation>
    </message>
    <message>
        <source>read the profiles&apos; secrets from standard input, one JSON object a line</source>
        <translation>ler os segredos dos perfis da entrada padrão, um objeto JSON por linha</translation>
    </message>
    <message>
        <source>Connects to the profile&apos;s server, shows its certificate (subject, issuer, validity,
SHA-256) and, after you type yes (or with --yes), trusts exactly that certificate for
the server&apos;s origin (scheme, host, port), like SSH&apos;s known_hosts: every profile on
that origin and `discover` accept it. A certificate that later changes is refused
before anything is sent. A profile&apos;s own --pin-sha256 takes precedence.
</source>
        <translation>Conecta-se ao servidor do perfil, mostra o certificado dele (titular, emissor, validade,
SHA-256) e, depois que você digitar yes (ou com --yes), confia exatamente nesse certificado para
a origem do servidor (esquema, host, porta), como o known_hosts do SSH: todos os perfis
dessa origem e `discover` passam a aceitá-lo. Um certificado que mudar depois é recusado
antes de qualquer envio. O --pin-sha256 próprio de um perfil tem precedência.
</translation>
    </message>
    <message>
        <source>trust without asking (check the SHA-256 first)</source>
        <translation>confiar sem perguntar (verifique o SHA-256 antes)</translation>
    </message>
    <message>
        <source>Stores a secret in the OS keychain. Reads standard input (one trailing newline removed),
or prompts twice without echo on a terminal. Never pass secrets as arguments.
</source>
        <translation>Armazena um segredo no chaveiro do sistema. Lê a entrada padrão (uma quebra de linha final removida)
ou pede duas vezes sem eco em um terminal. Nunca passe segredos como argumentos.
</translation>
    </message>
    <message>
        <source>Deletes one keychain entry of a profile, or all five without a kind.
Clearing the session only forgets it here: the server keeps it valid until it
expires — use `logout NAME` to end it on the server.
</source>
        <translation>Exclui uma entrada do chaveiro de um perfil, ou todas as cinco sem um tipo.
Limpar a sessão apenas a descarta aqui: o servidor a mantém válida até que ela
expire — use `logout NAME` para encerrá-la no servidor.
</translation>
    </message>
    <message>
        <source>Obtains a session (or reuses the cached one) and describes it. Only --json prints the token.
</source>
        <translation>Obtém uma sessão (ou reutiliza a que está em cache) e a descreve. Somente --json mostra o token.
</translation>
    </message>
    <message>
        <source>Prints the access token.
</source>
        <translation>Mostra o access token.
</translation>
    </message>
    <message>
        <source>Prints `Authorization: Bearer &lt;access_token&gt;`.
</source>
        <translation>Mostra `Authorization: Bearer &lt;access_token&gt;`.
</translation>
    </message>
    <message>
        <source>Prints a ready curl command line with the bearer header. PATH is appended to the server
root; no argument means &lt;root&gt;/auth/session. A URL on another origin needs --any-origin.
</source>
        <translation>Mostra uma linha de comando curl pronta com o cabeçalho bearer. PATH é anexado à raiz do
servidor; sem argumento, significa &lt;root&gt;/auth/session. Um URL em outra origem precisa de --any-origin.
</translation>
    </message>
    <message>
        <source>Asks the server whether the cached session is still valid (GET &lt;root&gt;/auth/session).
Exit 0 when it is, 3 when the server no longer knows it. Prints no token.
</source>
        <translation>Pergunta ao servidor se a sessão em cache ainda é válida (GET &lt;root&gt;/auth/session).
Sai com 0 quando é, 3 quando o servidor não a reconhece mais. Não mostra nenhum token.
</translation>
    </message>
    <message>
        <source>Ends the cached session on the server (POST &lt;root&gt;/auth/signout) and forgets it here.
A session the server had already dropped is reported, not an error.
</source>
        <translation>Encerra a sessão em cache no servidor (POST &lt;root&gt;/auth/signout) e a descarta aqui.
Uma sessão que o servidor já havia descartado é relatada, não é um erro.
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
        <translation>Testa as identidades dos perfis nomeados, ou de todos, ou dos que têm uma etiqueta (informe uma das
três opções), várias ao mesmo tempo, cada uma exatamente uma vez (nunca repetida), e relata quais funcionam: a
causa quando uma não funciona, o tempo restante, as políticas, se o dispositivo foi
autenticado, a assinatura e a latência. Uma sessão em cache válida é usada; nenhuma nova
é armazenada em cache e nenhum token é mostrado. Perfis que pedem a senha a cada vez são
ignorados, nunca perguntados. Sai com 0 quando todas funcionam; senão, com o maior código de saída entre as outras.
</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>todos os perfis</translation>
    </message>
    <message>
        <source>an array with one object per identity</source>
        <translation>um array com um objeto por identidade</translation>
    </message>
    <message>
        <source>CSV with a header row, the columns of --json</source>
        <translation>CSV com uma linha de cabeçalho, com as colunas de --json</translation>
    </message>
    <message>
        <source>identities tried at once (default 16, at most 32)</source>
        <translation>identidades testadas ao mesmo tempo (padrão 16, no máximo 32)</translation>
    </message>
    <message>
        <source>start at most this many identities per second</source>
        <translation>iniciar no máximo este número de identidades por segundo</translation>
    </message>
    <message>
        <source>ignore cached sessions: ask the server for each</source>
        <translation>ignorar sessões em cache: pedir ao servidor para cada uma</translation>
    </message>
    <message>
        <source>an identity whose session lacks this policy fails (repeat for several)</source>
        <translation>uma identidade cuja sessão não tenha esta política falha (repita para várias)</translation>
    </message>
    <message>
        <source>the facility to send for users who must choose one</source>
        <translation>o estabelecimento a enviar para usuários que precisam escolher um</translation>
    </message>
    <message>
        <source>Reads a server&apos;s OpenID discovery document (&lt;URL&gt;/auth/.well-known/openid-
configuration) without sending any credential: issuer, token, JWKS, userinfo and
end-session endpoints, grant types, signing algorithms and a guess at the SanteDB
generation.
</source>
        <translation>Lê o documento de descoberta OpenID de um servidor (&lt;URL&gt;/auth/.well-known/openid-
configuration) sem enviar nenhuma credencial: emissor, endpoints de token, JWKS, userinfo e
end-session, tipos de grant, algoritmos de assinatura e uma estimativa da geração
do SanteDB.
</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (SHA-256; colons and case ignored)</source>
        <translation>aceitar exatamente este certificado do servidor (SHA-256; dois-pontos e maiúsculas/minúsculas ignorados)</translation>
    </message>
    <message>
        <source>Decodes a JWT (argument, or standard input when absent or -); a leading
`Bearer ` or `Authorization: Bearer ` is ignored. Without --jwks the signature is
not verified; with it, it is verified, invalid, unsigned, unknown_key (no key for
its kid) or unsupported_alg. Tokens SanteDB signs with a client or device secret
(kid = client_id) verify only in `login`.
</source>
        <translation>Decodifica um JWT (argumento, ou entrada padrão quando ausente ou -); um prefixo
`Bearer ` ou `Authorization: Bearer ` é ignorado. Sem --jwks, a assinatura não é
verificada; com ele, ela é verified, invalid, unsigned, unknown_key (nenhuma chave para
o seu kid) ou unsupported_alg. Tokens que o SanteDB assina com um segredo do cliente ou do dispositivo
(kid = client_id) são verificados somente em `login`.
</translation>
    </message>
    <message>
        <source>verify the signature with this JSON Web Key Set: a URL (fetched once, e.g. &lt;server&gt;/auth/jwks) or a JWKS file</source>
        <translation>verificar a assinatura com este JSON Web Key Set: um URL (obtido uma vez, p. ex. &lt;server&gt;/auth/jwks) ou um arquivo JWKS</translation>
    </message>
    <message>
        <source>unknown option --%1 for `%2` — see `%2 --help`</source>
        <translation>opção desconhecida --%1 para `%2` — consulte `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 needs a value — see `%2 --help`</source>
        <translation>a opção --%1 precisa de um valor — consulte `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 takes no value — see `%2 --help`</source>
        <translation>a opção --%1 não aceita valor — consulte `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation>a opção --%1 foi informada duas vezes</translation>
    </message>
    <message>
        <source>unknown command `%1` — see `santedb-session --help`</source>
        <translation>comando desconhecido `%1` — consulte `santedb-session --help`</translation>
    </message>
    <message>
        <source>`%1` needs a subcommand — see `santedb-session %1 --help`</source>
        <translation>`%1` precisa de um subcomando — consulte `santedb-session %1 --help`</translation>
    </message>
    <message>
        <source>no command given — see `santedb-session --help`</source>
        <translation>nenhum comando informado — consulte `santedb-session --help`</translation>
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
        <translation>santedb-session — sessões SanteDB pela linha de comando, segredos no chaveiro do sistema.

Uso: santedb-session [opções globais] COMMAND [argumentos] [opções]

Comandos:
</translation>
    </message>
    <message>
        <source>Global options (before or after the command):
</source>
        <translation>Opções globais (antes ou depois do comando):
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 internal error, 2 usage/configuration/refused input,
3 OAuth error from the server (HTTP 400/401/403), 4 other network or server failure,
5 keychain unavailable or locked, or a required secret missing, 130 interrupted.
</source>
        <translation>Códigos de saída: 0 sucesso, 1 erro interno, 2 uso/configuração/entrada recusada,
3 erro OAuth do servidor (HTTP 400/401/403), 4 outra falha de rede ou do servidor,
5 chaveiro indisponível ou bloqueado, ou um segredo obrigatório ausente, 130 interrompido.
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
        <translation>Exemplo:
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
        <translation>--jobs deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>--rate must be a number of identities per second from 0.01 to 1000</source>
        <translation>--rate deve ser um número de identidades por segundo de 0.01 a 1000</translation>
    </message>
    <message>
        <source>--expect-policy needs one policy OID, such as 1.3.6.1.4.1.33349.3.1.5.9.2.1.0</source>
        <translation>--expect-policy requer um OID de política, como 1.3.6.1.4.1.33349.3.1.5.9.2.1.0</translation>
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
        <translation>EXPIRA</translation>
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
        <translation>ASSINATURA</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATÊNCIA</translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation>CAUSA</translation>
    </message>
    <message>
        <source>ok (cached)</source>
        <translation>ok (em cache)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1, %2 missing</source>
        <translation>%1, faltam %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation>NÃO autenticado</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>give the profiles to check: names, --all or --tag TAG (one of the three)</source>
        <translation>indique os perfis a verificar: nomes, --all ou --tag TAG (uma das três opções)</translation>
    </message>
    <message>
        <source>choose --json or --csv, not both</source>
        <translation>escolha --json ou --csv, não ambos</translation>
    </message>
    <message>
        <source>there are no profiles to check</source>
        <translation>não há perfis a verificar</translation>
    </message>
    <message>
        <source>no profile has the tag %1</source>
        <translation>nenhum perfil tem a etiqueta %1</translation>
    </message>
    <message>
        <source>%1 of %2 identities work</source>
        <translation>%1 de %2 identidades funcionam</translation>
    </message>
    <message>
        <source>; %1 skipped (asked for the password each time)</source>
        <translation>; %1 ignorada(s) (a senha é pedida a cada vez)</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600</source>
        <translation>--timeout deve ser um número inteiro de segundos de 1 a 3600</translation>
    </message>
    <message>
        <source>--min-valid must be a whole number of seconds, 0 or more</source>
        <translation>--min-valid deve ser um número inteiro de segundos, 0 ou mais</translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation>--config precisa de um nome de arquivo</translation>
    </message>
    <message>
        <source>the %1 %2 cannot be read — check the path and its permissions</source>
        <translation>não é possível ler o %1 %2 — verifique o caminho e as permissões</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>give exactly one of %1, %2 or %3</source>
        <translation>informe exatamente um entre %1, %2 ou %3</translation>
    </message>
    <message>
        <source>profile add needs --%1 — see `santedb-session profile add --help`</source>
        <translation>profile add precisa de --%1 — consulte `santedb-session profile add --help`</translation>
    </message>
    <message>
        <source>%1 is needed</source>
        <translation>%1 é necessário</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 não pode ser vazio</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>arquivo de certificado</translation>
    </message>
    <message>
        <source>%1 goes with a PEM %2</source>
        <translation>%1 só pode ser usado com um %2 PEM</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>arquivo de chave</translation>
    </message>
    <message>
        <source>%1 must be client_credentials or password</source>
        <translation>%1 deve ser client_credentials ou password</translation>
    </message>
    <message>
        <source>%1 must be stored or ask</source>
        <translation>%1 deve ser stored ou ask</translation>
    </message>
    <message>
        <source>%1 and %2 go with %3 password</source>
        <translation>%1 e %2 só podem ser usados com %3 password</translation>
    </message>
    <message>
        <source>%1 must be auto, 2 or 3</source>
        <translation>%1 deve ser auto, 2 ou 3</translation>
    </message>
    <message>
        <source>%1 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation>%1 deve ter os 64 dígitos hexadecimais de um SHA-256 (dois-pontos e maiúsculas/minúsculas são ignorados)</translation>
    </message>
    <message>
        <source>session, expiry unknown</source>
        <translation>sessão, expiração desconhecida</translation>
    </message>
    <message>
        <source>valid, %1</source>
        <translation>válida, %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>sem sessão</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>aviso: %1
</translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;
</source>
        <translation>perfil &quot;%1&quot; adicionado
</translation>
    </message>
    <message>
        <source>next: store its secrets with `santedb-session secret set %1 &lt;%2&gt;`
</source>
        <translation>próximo passo: armazene seus segredos com `santedb-session secret set %1 &lt;%2&gt;`
</translation>
    </message>
    <message>
        <source>updated profile &quot;%1&quot;
</source>
        <translation>perfil &quot;%1&quot; atualizado
</translation>
    </message>
    <message>
        <source>no profiles yet — add one with `santedb-session profile add`
</source>
        <translation>ainda não há perfis — adicione um com `santedb-session profile add`
</translation>
    </message>
    <message>
        <source>no profile has the tag %1
</source>
        <translation>nenhum perfil tem a etiqueta %1
</translation>
    </message>
    <message>
        <source>warning: which secrets are stored is unknown: %1
</source>
        <translation>aviso: não se sabe quais segredos estão armazenados: %1
</translation>
    </message>
    <message>
        <source>warning: the device certificate&apos;s details cannot be shown: %1
</source>
        <translation>aviso: não é possível mostrar os detalhes do certificado do dispositivo: %1
</translation>
    </message>
    <message>
        <source>warning: the device certificate expired on %1 — renew it
</source>
        <translation>aviso: o certificado do dispositivo expirou em %1 — renove-o
</translation>
    </message>
    <message>
        <source>warning: the device certificate expires on %1 (%2) — renew it before then
</source>
        <translation>aviso: o certificado do dispositivo expira em %1 (%2) — renove-o antes disso
</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
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
        <translation>versão do santedb</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>username</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>password mode</source>
        <translation>modo de senha</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>estabelecimento</translation>
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
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>chave do dispositivo</translation>
    </message>
    <message>
        <source>(in the certificate file)</source>
        <translation>(no arquivo de certificado)</translation>
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
        <translation>arquivo de CA</translation>
    </message>
    <message>
        <source>pinned sha256</source>
        <translation>sha256 fixado</translation>
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
        <translation>chaveiro</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and 1 keychain entry
</source>
        <translation>perfil &quot;%1&quot; e 1 entrada do chaveiro removidos
</translation>
    </message>
    <message numerus="yes">
        <source>removed profile &quot;%1&quot; and %n keychain entries
</source>
        <translation>
            <numerusform>perfil &quot;%1&quot; e %n entrada do chaveiro removidos
</numerusform>
            <numerusform>perfil &quot;%1&quot; e %n entradas do chaveiro removidos
</numerusform>
        </translation>
    </message>
    <message>
        <source>give profile names or --tag TAG, not both</source>
        <translation>informe nomes de perfis ou --tag TAG, não ambos</translation>
    </message>
    <message>
        <source>the export could not be written to %1 (%2)</source>
        <translation>não foi possível gravar a exportação em %1 (%2)</translation>
    </message>
    <message>
        <source>exported to %1 (no secrets)
</source>
        <translation>exportado para %1 (sem segredos)
</translation>
    </message>
    <message>
        <source>%1 line %2: %3 — nothing was imported</source>
        <translation>%1 linha %2: %3 — nada foi importado</translation>
    </message>
    <message>
        <source>the CSV file %1 is empty — nothing was imported</source>
        <translation>o arquivo CSV %1 está vazio — nada foi importado</translation>
    </message>
    <message>
        <source>the CSV file %1 cannot be used: %2 — nothing was imported</source>
        <translation>o arquivo CSV %1 não pode ser usado: %2 — nada foi importado</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not a `profile add` option</source>
        <translation>a coluna &quot;%1&quot; não é uma opção de `profile add`</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>a coluna &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>there is no &quot;name&quot; column</source>
        <translation>não há coluna &quot;name&quot;</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>a linha tem %1 campos, mas o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>the %1 column must be true or false</source>
        <translation>a coluna %1 deve ser true ou false</translation>
    </message>
    <message>
        <source>the %1 column</source>
        <translation>a coluna %1</translation>
    </message>
    <message>
        <source>a second profile is named %1</source>
        <translation>um segundo perfil se chama %1</translation>
    </message>
    <message>
        <source>the secrets on standard input,</source>
        <translation>os segredos na entrada padrão,</translation>
    </message>
    <message>
        <source>the line is longer than 64 KiB</source>
        <translation>a linha tem mais de 64 KiB</translation>
    </message>
    <message>
        <source>it is not one JSON object</source>
        <translation>não é um único objeto JSON</translation>
    </message>
    <message>
        <source>it has no &quot;name&quot; string</source>
        <translation>não tem uma string &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of name, client, device, password, cert_password</source>
        <translation>&quot;%1&quot; não é um de name, client, device, password, cert_password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; não é uma string</translation>
    </message>
    <message>
        <source>warning: no %1 was given for profile %2 — %3
</source>
        <translation>aviso: falta o seguinte para o perfil %2: %1 — %3
</translation>
    </message>
    <message>
        <source>standard input holds the secrets (--secrets-stdin): give the profiles as a file</source>
        <translation>a entrada padrão contém os segredos (--secrets-stdin): informe os perfis como arquivo</translation>
    </message>
    <message>
        <source>the import file %1 cannot be read (%2)</source>
        <translation>não é possível ler o arquivo de importação %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n profile(s): %1
</source>
        <translation>
            <numerusform>%n perfil importado: %1
</numerusform>
            <numerusform>%n perfis importados: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets stored in the keychain — delete the secrets file now
</source>
        <translation>segredos armazenados no chaveiro — exclua o arquivo de segredos agora
</translation>
    </message>
    <message>
        <source>exports hold no secrets: store them with `santedb-session secret set NAME KIND`
</source>
        <translation>exportações não contêm segredos: armazene-os com `santedb-session secret set NAME KIND`
</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>execute %1</translation>
    </message>
    <message>
        <source>unlock it (log in to the desktop, or unlock the login keyring) and retry</source>
        <translation>desbloqueie-o (entre na sessão da área de trabalho ou desbloqueie o chaveiro de login) e tente novamente</translation>
    </message>
    <message>
        <source>start gnome-keyring or KWallet in this session and retry</source>
        <translation>inicie o gnome-keyring ou o KWallet nesta sessão e tente novamente</translation>
    </message>
    <message>
        <source>review it with %1</source>
        <translation>revise-o com %1</translation>
    </message>
    <message>
        <source>retry with a larger `--timeout SECONDS`</source>
        <translation>tente novamente com um `--timeout SECONDS` maior</translation>
    </message>
    <message>
        <source>use `%1`</source>
        <translation>use `%1`</translation>
    </message>
    <message>
        <source>change it with %1</source>
        <translation>altere-o com %1</translation>
    </message>
    <message>
        <source>or retry with `--no-proxy`</source>
        <translation>ou tente novamente com `--no-proxy`</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>consulte %1</translation>
    </message>
    <message>
        <source>add `--any-origin` if that is intended</source>
        <translation>adicione `--any-origin` se isso for intencional</translation>
    </message>
    <message>
        <source>choose one with `--facility UUID`</source>
        <translation>escolha um com `--facility UUID`</translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the code with `--mfa-stdin`</source>
        <translation>execute o comando em um terminal ou forneça o código com `--mfa-stdin`</translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the password with `--password-stdin`</source>
        <translation>execute o comando em um terminal ou forneça a senha com `--password-stdin`</translation>
    </message>
    <message>
        <source>get a new session with %1</source>
        <translation>obtenha uma nova sessão com %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>nenhum configurado</translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation>certificado (%1)</translation>
    </message>
    <message>
        <source>unknown (the signature is not verified)</source>
        <translation>desconhecido (a assinatura não foi verificada)</translation>
    </message>
    <message>
        <source>authenticated (%1)</source>
        <translation>autenticado (%1)</translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x, cached)
</source>
        <translation>Sessão do perfil &quot;%1&quot; (SanteDB %2.x, em cache)
</translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x)
</source>
        <translation>Sessão do perfil &quot;%1&quot; (SanteDB %2.x)
</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>tipo de token</translation>
    </message>
    <message>
        <source>(none sent; used as Bearer)</source>
        <translation>(nenhum enviado; usado como Bearer)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expira</translation>
    </message>
    <message>
        <source>id_token exp %1, expires_in %2 — the earlier is used</source>
        <translation>exp do id_token %1, expires_in %2 — é usado o mais cedo</translation>
    </message>
    <message>
        <source>obtained by</source>
        <translation>obtida por</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renovada</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>segredo do cliente</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>refresh token</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>assinatura</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>no servidor</translation>
    </message>
    <message>
        <source>valid (checked %1)</source>
        <translation>válida (verificada %1)</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>não válida</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>políticas</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>warning: the token&apos;s type is &quot;%1&quot;; it cannot be sent as a Bearer header
</source>
        <translation>aviso: o tipo do token é &quot;%1&quot;; ele não pode ser enviado como cabeçalho Bearer
</translation>
    </message>
    <message>
        <source>the server issued a token of type &quot;%1&quot;, which cannot be sent as an Authorization: Bearer header — use `santedb-session token %2` and the scheme your server expects</source>
        <translation>o servidor emitiu um token do tipo &quot;%1&quot;, que não pode ser enviado como cabeçalho Authorization: Bearer — use `santedb-session token %2` e o esquema que o seu servidor espera</translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot; — get one with `santedb-session login %1`
</source>
        <translation>não há sessão em cache para o perfil &quot;%1&quot; — obtenha uma com `santedb-session login %1`
</translation>
    </message>
    <message>
        <source>the server no longer knows the cached session of profile &quot;%1&quot; — get a new one with `santedb-session login %1 --fresh`
</source>
        <translation>o servidor não reconhece mais a sessão em cache do perfil &quot;%1&quot; — obtenha uma nova com `santedb-session login %1 --fresh`
</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; is valid on the server
</source>
        <translation>A sessão do perfil &quot;%1&quot; é válida no servidor
</translation>
    </message>
    <message>
        <source>signed out on the server; the session of profile &quot;%1&quot; is forgotten
</source>
        <translation>sessão encerrada no servidor; a sessão do perfil &quot;%1&quot; foi esquecida
</translation>
    </message>
    <message>
        <source>the server had already ended the session of profile &quot;%1&quot;; it is forgotten here too
</source>
        <translation>o servidor já havia encerrado a sessão do perfil &quot;%1&quot;; ela também foi esquecida aqui
</translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot;; nothing to sign out
</source>
        <translation>não há sessão em cache para o perfil &quot;%1&quot;; nada a encerrar
</translation>
    </message>
</context>
<context>
    <name>sdsm</name>
    <message>
        <source>the certificate password is wrong: it does not open %1</source>
        <translation>a senha do certificado está errada: ela não abre %1</translation>
    </message>
    <message>
        <source>%1 is protected by a password and no certificate password is stored</source>
        <translation>%1 está protegido por senha e nenhuma senha do certificado está armazenada</translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file (.p12, .pfx) nor a PEM certificate, or it is damaged</source>
        <translation>%1 não é um arquivo PKCS#12 (.p12, .pfx) nem um certificado PEM, ou está danificado</translation>
    </message>
    <message>
        <source>%1 is a PKCS#12 file, which holds its own private key, so no separate key file can be used</source>
        <translation>%1 é um arquivo PKCS#12, que contém sua própria chave privada, portanto nenhum arquivo de chave separado pode ser usado</translation>
    </message>
    <message>
        <source>%1 holds a certificate but no private key, so the key file is needed as well</source>
        <translation>%1 contém um certificado, mas nenhuma chave privada, portanto o arquivo de chave também é necessário</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation>%1 não contém nenhuma chave privada PEM</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: %2</source>
        <translation>o arquivo %1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>não é um arquivo</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a certificate or key file</source>
        <translation>%1 tem mais de 1 MiB, portanto não é um arquivo de certificado nem de chave</translation>
    </message>
    <message>
        <source>%1 uses legacy encryption (RC2, RC4 or DES) that this OpenSSL cannot decrypt; convert it with `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`</source>
        <translation>%1 usa criptografia legada (RC2, RC4 ou DES) que este OpenSSL não consegue descriptografar; converta-o com `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents cannot be read as a PKCS#12 file</source>
        <translation>%1 está danificado: seu conteúdo não pode ser lido como um arquivo PKCS#12</translation>
    </message>
    <message>
        <source>%1 holds no private key, so it cannot authenticate a device</source>
        <translation>%1 não contém nenhuma chave privada, portanto não pode autenticar um dispositivo</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 não contém nenhum certificado</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>a chave privada em %1 não pertence ao certificado em %2</translation>
    </message>
    <message>
        <source>the private key in %1 is neither RSA nor EC, the kinds a device certificate can use here</source>
        <translation>a chave privada em %1 não é RSA nem EC, os tipos que um certificado de dispositivo pode usar aqui</translation>
    </message>
    <message>
        <source>the device certificate in %1 could not be handed to TLS</source>
        <translation>o certificado do dispositivo em %1 não pôde ser entregue ao TLS</translation>
    </message>
    <message>
        <source>the device certificate in %1 is not valid yet: it is valid from %2 to %3</source>
        <translation>o certificado do dispositivo em %1 ainda não é válido: ele é válido de %2 a %3</translation>
    </message>
    <message>
        <source>the device certificate in %1 has expired: it was valid from %2 to %3</source>
        <translation>o certificado do dispositivo em %1 expirou: ele era válido de %2 a %3</translation>
    </message>
    <message>
        <source>the private key in %1 is not encrypted and other users of this computer can read the file; make it readable by its owner only</source>
        <translation>a chave privada em %1 não está criptografada e outros usuários deste computador podem ler o arquivo; torne-o legível apenas pelo proprietário</translation>
    </message>
    <message>
        <source>the discovery answer is not a JSON object</source>
        <translation>a resposta de descoberta não é um objeto JSON</translation>
    </message>
    <message>
        <source>the discovery document names no usable token_endpoint</source>
        <translation>o documento de descoberta não indica nenhum token_endpoint utilizável</translation>
    </message>
    <message>
        <source>cannot rotate the history file %1; check the permissions of its folder</source>
        <translation>não é possível rotacionar o arquivo de histórico %1; verifique as permissões da pasta</translation>
    </message>
    <message>
        <source>the history in %1 was copied to %2 but could not be removed; remove it by hand</source>
        <translation>o histórico em %1 foi copiado para %2, mas não pôde ser removido; remova-o manualmente</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s ahead of this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation>o relógio do servidor está %1 s adiantado em relação ao deste computador; os horários dos tokens podem parecer errados até que um deles seja corrigido</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s behind this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation>o relógio do servidor está %1 s atrasado em relação ao deste computador; os horários dos tokens podem parecer errados até que um deles seja corrigido</translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation>a operação foi cancelada</translation>
    </message>
    <message>
        <source>the JWKS was refused because it is larger than 1 MiB</source>
        <translation>o JWKS foi recusado porque tem mais de 1 MiB</translation>
    </message>
    <message>
        <source>the JWKS is not a JSON object, so it holds no keys</source>
        <translation>o JWKS não é um objeto JSON, portanto não contém chaves</translation>
    </message>
    <message>
        <source>the JWKS has no &quot;keys&quot; array, so it holds no keys</source>
        <translation>o JWKS não tem a matriz &quot;keys&quot;, portanto não contém chaves</translation>
    </message>
    <message>
        <source>the JWKS was refused because it lists more than 100 keys</source>
        <translation>o JWKS foi recusado porque lista mais de 100 chaves</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>não verificada</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>signature invalid</source>
        <translation>assinatura inválida</translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation>não assinado (alg none)</translation>
    </message>
    <message>
        <source>signing key unknown</source>
        <translation>chave de assinatura desconhecida</translation>
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation>algoritmo de assinatura não suportado</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>não pôde ser verificada</translation>
    </message>
    <message>
        <source>the token&apos;s exp claim is not a valid time, so its expiry is unknown</source>
        <translation>a claim exp do token não é um horário válido, portanto sua expiração é desconhecida</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>o token expirou em %1</translation>
    </message>
    <message>
        <source>the token&apos;s nbf claim is not a valid time, so its start is unknown</source>
        <translation>a claim nbf do token não é um horário válido, portanto seu início é desconhecido</translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation>o token não é válido antes de %1</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>segredo do cliente</translation>
    </message>
    <message>
        <source>device secret</source>
        <translation>segredo do dispositivo</translation>
    </message>
    <message>
        <source>certificate password</source>
        <translation>senha do certificado</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>token de sessão</translation>
    </message>
    <message>
        <source>profile %1 uses the client_credentials grant, which has no password</source>
        <translation>o perfil %1 usa a concessão client_credentials, que não tem senha</translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time and never stores it</source>
        <translation>o perfil %1 solicita a senha a cada vez e nunca a armazena</translation>
    </message>
    <message>
        <source>profile %1 does not use a %2 (its device mode is %3)</source>
        <translation>o perfil %1 não usa %2 (seu modo de dispositivo é %3)</translation>
    </message>
    <message>
        <source>the password grant needs a user name</source>
        <translation>o password grant precisa de um nome de usuário</translation>
    </message>
    <message>
        <source>the user name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>o nome de usuário não deve conter caracteres de controle, quebras de linha nem caracteres de formatação invisíveis</translation>
    </message>
    <message>
        <source>the facility must be the UUID SanteDB offered, such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation>o estabelecimento deve ser o UUID que o SanteDB ofereceu, como 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>uma etiqueta não pode estar vazia</translation>
    </message>
    <message>
        <source>a tag must be at most %1 characters long</source>
        <translation>uma etiqueta deve ter no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a tag must not contain commas, control characters, invisible formatting characters or surrounding spaces</source>
        <translation>uma etiqueta não deve conter vírgulas, caracteres de controle, caracteres de formatação invisíveis nem espaços nas extremidades</translation>
    </message>
    <message>
        <source>a device certificate is presented in the TLS handshake, so the server must use https</source>
        <translation>um certificado de dispositivo é apresentado no handshake TLS, portanto o servidor deve usar https</translation>
    </message>
    <message>
        <source>it is not valid JSON (near byte %1)</source>
        <translation>não é JSON válido (perto do byte %1)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>it is not valid JSON (it ends too early)</source>
        <translation>não é JSON válido (termina cedo demais)</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>não contém um objeto JSON</translation>
    </message>
    <message>
        <source>its &quot;profiles&quot; member is not a list</source>
        <translation>seu membro &quot;profiles&quot; não é uma lista</translation>
    </message>
    <message>
        <source>profile entry %1 is not a JSON object</source>
        <translation>a entrada de perfil %1 não é um objeto JSON</translation>
    </message>
    <message>
        <source>profile entry %1 is larger than %2 KiB</source>
        <translation>a entrada de perfil %1 tem mais de %2 KiB</translation>
    </message>
    <message>
        <source>it holds a member larger than %1 KiB</source>
        <translation>contém um membro com mais de %1 KiB</translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; list</source>
        <translation>não tem a lista &quot;profiles&quot;</translation>
    </message>
    <message>
        <source>session locks</source>
        <translation>bloqueios de sessão</translation>
    </message>
    <message>
        <source>cannot open the lock file %1</source>
        <translation>não é possível abrir o arquivo de bloqueio %1</translation>
    </message>
    <message>
        <source>another program has been getting a session for this profile for %1 s; try again when it is done</source>
        <translation>outro programa está obtendo uma sessão para este perfil há %1 s; tente novamente quando ele terminar</translation>
    </message>
    <message>
        <source>the session lock could not be taken</source>
        <translation>não foi possível obter o bloqueio da sessão</translation>
    </message>
    <message>
        <source>the server&apos;s message was withheld because it could not be checked for secrets</source>
        <translation>a mensagem do servidor foi omitida porque não foi possível verificar se continha segredos</translation>
    </message>
    <message>
        <source>the session is too large to keep in the keychain</source>
        <translation>a sessão é grande demais para ser mantida no chaveiro</translation>
    </message>
    <message>
        <source>server cache</source>
        <translation>cache do servidor</translation>
    </message>
    <message>
        <source>the %1 request got HTTP %2</source>
        <translation>a solicitação %1 recebeu HTTP %2</translation>
    </message>
    <message>
        <source>the server offers the x_challenge grant, new in SanteDB 3.x</source>
        <translation>o servidor oferece a concessão x_challenge, nova no SanteDB 3.x</translation>
    </message>
    <message>
        <source>the document names an end_session_endpoint, which SanteDB 2.x did not have</source>
        <translation>o documento indica um end_session_endpoint, que o SanteDB 2.x não tinha</translation>
    </message>
    <message>
        <source>the document names no end_session_endpoint, as SanteDB 2.x&apos;s did not</source>
        <translation>o documento não indica nenhum end_session_endpoint, como o do SanteDB 2.x</translation>
    </message>
    <message>
        <source>the discovery request got a redirect (HTTP %1), which is not followed</source>
        <translation>a solicitação de descoberta recebeu um redirecionamento (HTTP %1), que não é seguido</translation>
    </message>
    <message>
        <source>the discovery request got HTTP %1</source>
        <translation>a solicitação de descoberta recebeu HTTP %1</translation>
    </message>
    <message>
        <source>the session check at %1 answered HTTP %2</source>
        <translation>a verificação da sessão em %1 respondeu HTTP %2</translation>
    </message>
    <message>
        <source>cannot remove the %1 %2: %3</source>
        <translation>não é possível remover %1 %2: %3</translation>
    </message>
    <message>
        <source>cannot lock the %1 %2 (%3); check its folder and try again</source>
        <translation>não é possível bloquear %1 %2 (%3); verifique a pasta e tente novamente</translation>
    </message>
    <message>
        <source>the %1 %2 is a symbolic link, which is never followed; remove it so the file can be made again</source>
        <translation>%1 %2 é um link simbólico, que nunca é seguido; remova-o para que o arquivo possa ser criado novamente</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3)</source>
        <translation>não é possível ler %1 %2 (%3)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>subject %1, issuer %2, valid from %3 to %4, SHA-256 %5</source>
        <translation>titular %1, emissor %2, válido de %3 a %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>the password has expired — change it in SanteDB first</source>
        <translation>a senha expirou — altere-a primeiro no SanteDB</translation>
    </message>
    <message>
        <source>wrong user name or password, or the user is locked</source>
        <translation>nome de usuário ou senha incorretos, ou o usuário está bloqueado</translation>
    </message>
    <message>
        <source>the server no longer accepts this session&apos;s refresh token</source>
        <translation>o servidor não aceita mais o refresh token desta sessão</translation>
    </message>
    <message>
        <source>the import file cannot be used: %1 — nothing was imported</source>
        <translation>o arquivo de importação não pode ser usado: %1 — nada foi importado</translation>
    </message>
    <message>
        <source>profile entry %1 is not valid JSON</source>
        <translation>a entrada de perfil %1 não é JSON válido</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 não é um URL válido</translation>
    </message>
    <message>
        <source>%1 is not on the profile&apos;s server %2, so its bearer token would go elsewhere</source>
        <translation>%1 não está no servidor %2 do perfil, portanto seu token bearer iria para outro lugar</translation>
    </message>
    <message>
        <source>%1 does not make a valid URL</source>
        <translation>%1 não forma um URL válido</translation>
    </message>
    <message>
        <source>history file</source>
        <translation>arquivo de histórico</translation>
    </message>
    <message>
        <source>cannot write to the history file %1: %2; check the free space</source>
        <translation>não é possível gravar no arquivo de histórico %1: %2; verifique o espaço livre</translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2; check the permissions of its folder</source>
        <translation>não é possível abrir o arquivo de histórico %1: %2; verifique as permissões da pasta</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disco cheio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>The input is not a JWT: it has %1 dot-separated part(s) instead of 3; pass the id_token from the token response (access tokens are opaque).</source>
        <translation>A entrada não é um JWT: ela tem %1 parte(s) separada(s) por ponto em vez de 3; passe o id_token da resposta do token (os access tokens são opacos).</translation>
    </message>
    <message>
        <source>The JWT has an empty header or payload part, so there is nothing to decode; check that the whole token was copied.</source>
        <translation>O JWT tem uma parte de cabeçalho ou de payload vazia, portanto não há nada a decodificar; verifique se o token inteiro foi copiado.</translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>O cabeçalho do JWT não é base64url válido, portanto o token não pode ser decodificado; verifique se ele foi copiado por completo, sem espaços, &apos;+&apos; ou &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>O payload do JWT não é base64url válido, portanto o token não pode ser decodificado; verifique se ele foi copiado por completo, sem espaços, &apos;+&apos; ou &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url, so the token is damaged; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>A assinatura do JWT não é base64url válida, portanto o token está danificado; verifique se ele foi copiado por completo, sem espaços, &apos;+&apos; ou &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object, so this is not a valid JWT; check that the input is an id_token.</source>
        <translation>O cabeçalho do JWT não é um objeto JSON, portanto este não é um JWT válido; verifique se a entrada é um id_token.</translation>
    </message>
    <message>
        <source>The JWT header has no &quot;alg&quot; member, so this is not a valid JWS; check that the input is an id_token.</source>
        <translation>O cabeçalho do JWT não tem o membro &quot;alg&quot;, portanto este não é um JWS válido; verifique se a entrada é um id_token.</translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object, so it holds no claims to show; check that the input is an id_token.</source>
        <translation>O payload do JWT não é um objeto JSON, portanto não contém claims a mostrar; verifique se a entrada é um id_token.</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido %1</translation>
    </message>
    <message>
        <source>becomes valid %1</source>
        <translation>torna-se válido %1</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>válido desde %1</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>válido agora</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expira</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitido</translation>
    </message>
    <message>
        <source>not before</source>
        <translation>não antes de</translation>
    </message>
    <message>
        <source>alg is none: the token is unsigned</source>
        <translation>alg é none: o token não está assinado</translation>
    </message>
    <message>
        <source>base64 padding present</source>
        <translation>preenchimento base64 presente</translation>
    </message>
    <message>
        <source>invalid claim: %1 is not a NumericDate (a JSON number of seconds between 1970 and 9999)</source>
        <translation>claim inválida: %1 não é uma NumericDate (um número JSON de segundos entre 1970 e 9999)</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>token expirado</translation>
    </message>
    <message>
        <source>token not yet valid</source>
        <translation>token ainda não válido</translation>
    </message>
    <message>
        <source>The token was refused because it is larger than 64 KiB; pass the id_token itself, not a whole response or file.</source>
        <translation>O token foi recusado porque tem mais de 64 KiB; passe o próprio id_token, não uma resposta ou um arquivo inteiro.</translation>
    </message>
    <message>
        <source>There is no token to decode because the input is empty; pass an id_token.</source>
        <translation>Não há token a decodificar porque a entrada está vazia; passe um id_token.</translation>
    </message>
    <message>
        <source>The input is a JWT without its signature part, so it is incomplete; copy the whole token including the part after the second &apos;.&apos;.</source>
        <translation>A entrada é um JWT sem a parte de assinatura, portanto está incompleta; copie o token inteiro, incluindo a parte após o segundo &apos;.&apos;.</translation>
    </message>
    <message>
        <source>opaque 3.x access token — nothing to decode</source>
        <translation>access token opaco do 3.x — nada a decodificar</translation>
    </message>
    <message>
        <source>encrypted JWT (JWE) — not decoded</source>
        <translation>JWT criptografado (JWE) — não decodificado</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>cabeçalho: %1</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>titular: %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nome: %1</translation>
    </message>
    <message>
        <source>%1: invalid (%2 is not a NumericDate)</source>
        <translation>%1: inválido (%2 não é uma NumericDate)</translation>
    </message>
    <message>
        <source>%1: %2 (local %3), %4</source>
        <translation>%1: %2 (local %3), %4</translation>
    </message>
    <message>
        <source>roles: none</source>
        <translation>funções: nenhuma</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>funções: %1</translation>
    </message>
    <message>
        <source>policies: none</source>
        <translation>políticas: nenhuma</translation>
    </message>
    <message>
        <source>policies:</source>
        <translation>políticas:</translation>
    </message>
    <message>
        <source>unknown policy</source>
        <translation>política desconhecida</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>dispositivo: %1</translation>
    </message>
    <message>
        <source>application: %1</source>
        <translation>aplicativo: %1</translation>
    </message>
    <message>
        <source>SanteDB claims:</source>
        <translation>claims do SanteDB:</translation>
    </message>
    <message>
        <source>extensions:</source>
        <translation>extensões:</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>assinatura: %1</translation>
    </message>
    <message>
        <source>no Secret Service is running (%1)</source>
        <translation>nenhum Secret Service está em execução (%1)</translation>
    </message>
    <message>
        <source>the keyring is locked or not set up</source>
        <translation>o chaveiro está bloqueado ou não está configurado</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>não há barramento de sessão D-Bus</translation>
    </message>
    <message>
        <source>nothing provides org.freedesktop.secrets on the session bus</source>
        <translation>nada fornece org.freedesktop.secrets no barramento de sessão</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1) — check that it is unlocked</source>
        <translation>não foi possível ler o chaveiro (%1) — verifique se ele está desbloqueado</translation>
    </message>
    <message>
        <source>the keychain could not store the secret (%1) — check that it is unlocked</source>
        <translation>o chaveiro não conseguiu armazenar o segredo (%1) — verifique se ele está desbloqueado</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1) — check that it is unlocked</source>
        <translation>o chaveiro não conseguiu excluir o segredo (%1) — verifique se ele está desbloqueado</translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation>erro do Windows %1</translation>
    </message>
    <message>
        <source>cannot save the %1 %2: %3; check the free space and the permissions of its folder</source>
        <translation>não é possível salvar %1 %2: %3; verifique o espaço livre e as permissões da pasta</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the %2; check that its parent folder exists and is writable</source>
        <translation>não é possível criar a pasta %1 para %2; verifique se a pasta-pai existe e permite gravação</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 for the %2 (%3); check the permissions of its folder</source>
        <translation>não é possível criar o arquivo de bloqueio %1 para %2 (%3); verifique as permissões da pasta</translation>
    </message>
    <message>
        <source>content type withheld</source>
        <translation>tipo de conteúdo omitido</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sem tipo de conteúdo</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>tipo de conteúdo %1</translation>
    </message>
    <message>
        <source>the server redirected the token request to an address that was withheld because it could not be checked for secrets — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>o servidor redirecionou a solicitação de token para um endereço que foi omitido porque não foi possível verificar se continha segredos — solicitações de credenciais nunca seguem redirecionamentos; corrija o URL do servidor ou o endpoint de token</translation>
    </message>
    <message>
        <source>the server redirected the token request without naming a location — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>o servidor redirecionou a solicitação de token sem indicar um destino — solicitações de credenciais nunca seguem redirecionamentos; corrija o URL do servidor ou o endpoint de token</translation>
    </message>
    <message>
        <source>the server redirected the token request to %1 — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>o servidor redirecionou a solicitação de token para %1 — solicitações de credenciais nunca seguem redirecionamentos; corrija o URL do servidor ou o endpoint de token</translation>
    </message>
    <message>
        <source>the server refused the credentials: %1</source>
        <translation>o servidor recusou as credenciais: %1</translation>
    </message>
    <message>
        <source>the server refused the credentials: %1 %2</source>
        <translation>o servidor recusou as credenciais: %1 %2</translation>
    </message>
    <message>
        <source>%1 — likely cause: %2</source>
        <translation>%1 — causa provável: %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2</source>
        <translation>o endpoint de token %1 respondeu HTTP %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2: %3</source>
        <translation>o endpoint de token %1 respondeu HTTP %2: %3</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 (%4) instead of a token response — check the token endpoint URL</source>
        <translation>o endpoint de token %1 respondeu HTTP %2 com %3 (%4) em vez de uma resposta de token — verifique o URL do endpoint de token</translation>
    </message>
    <message>
        <source>; the answer began: %1</source>
        <translation>; a resposta começava com: %1</translation>
    </message>
    <message>
        <source>the token response from %1 is unusable: %2 — check the token endpoint URL and the server&apos;s logs</source>
        <translation>a resposta de token de %1 não pode ser usada: %2 — verifique o URL do endpoint de token e os logs do servidor</translation>
    </message>
    <message>
        <source>expires_in was a string (&quot;%1&quot;); it was read as a number</source>
        <translation>expires_in era uma string (&quot;%1&quot;); foi lido como número</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>um corpo vazio</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>uma página HTML</translation>
    </message>
    <message>
        <source>a body that is not valid UTF-8</source>
        <translation>um corpo que não é UTF-8 válido</translation>
    </message>
    <message>
        <source>a body that is not valid JSON (%1 at byte %2)</source>
        <translation>um corpo que não é JSON válido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>JSON que não é um objeto</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once, so its value is ambiguous</source>
        <translation>o membro &quot;%1&quot; aparece mais de uma vez, portanto seu valor é ambíguo</translation>
    </message>
    <message>
        <source>access_token is missing (a non-empty string is required)</source>
        <translation>access_token está faltando (é necessária uma string não vazia)</translation>
    </message>
    <message>
        <source>access_token contains characters that cannot be sent in a header (only printable ASCII without spaces is allowed)</source>
        <translation>access_token contém caracteres que não podem ser enviados em um cabeçalho (só é permitido ASCII imprimível sem espaços)</translation>
    </message>
    <message>
        <source>the server sent no token_type; sending the token as Bearer</source>
        <translation>o servidor não enviou token_type; o token será enviado como Bearer</translation>
    </message>
    <message>
        <source>token_type is not a string</source>
        <translation>token_type não é uma string</translation>
    </message>
    <message>
        <source>the server sent an empty token_type; sending the token as Bearer</source>
        <translation>o servidor enviou um token_type vazio; o token será enviado como Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a valid number of seconds (a whole number from 0 to below 10 years is required)</source>
        <translation>expires_in não é um número de segundos válido (é necessário um número inteiro de 0 até menos de 10 anos)</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 não é uma string</translation>
    </message>
    <message>
        <source>the device secret is empty — enter the secret your SanteDB administrator issued for this device</source>
        <translation>o segredo do dispositivo está vazio — digite o segredo que o administrador do SanteDB emitiu para este dispositivo</translation>
    </message>
    <message>
        <source>the device secret contains a control character, a line break or an invisible formatting character — enter it again without one</source>
        <translation>o segredo do dispositivo contém um caractere de controle, uma quebra de linha ou um caractere de formatação invisível — digite-o novamente sem eles</translation>
    </message>
    <message>
        <source>the device secret contains &apos;:&apos;, which SanteDB 3.x cannot accept in device credentials (it splits them on every &apos;:&apos;) — ask the administrator for a secret without &apos;:&apos;, or set the profile to SanteDB 2.x if the server is 2.x</source>
        <translation>o segredo do dispositivo contém &apos;:&apos;, que o SanteDB 3.x não aceita em credenciais de dispositivo (ele as divide em cada &apos;:&apos;) — peça ao administrador um segredo sem &apos;:&apos; ou defina o perfil como SanteDB 2.x se o servidor for 2.x</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 bytes, over the 1 MiB limit for a token response — check the token endpoint URL</source>
        <translation>o endpoint de token %1 respondeu HTTP %2 com %3 bytes, acima do limite de 1 MiB para uma resposta de token — verifique o URL do endpoint de token</translation>
    </message>
    <message>
        <source>the device credentials could not be read (a &apos;:&apos; in the device id or secret)</source>
        <translation>não foi possível ler as credenciais do dispositivo (um &apos;:&apos; no ID ou no segredo do dispositivo)</translation>
    </message>
    <message>
        <source>SanteDB 3.x cannot take a device and a client secret in one request (send one of them)</source>
        <translation>o SanteDB 3.x não aceita um segredo de dispositivo e um segredo do cliente na mesma solicitação (envie um deles)</translation>
    </message>
    <message>
        <source>wrong client secret, wrong device secret or a locked identity</source>
        <translation>segredo do cliente errado, segredo do dispositivo errado ou identidade bloqueada</translation>
    </message>
    <message>
        <source>a policy denies this (the application or device lacks a required OAuth policy)</source>
        <translation>uma política proíbe isto (falta ao aplicativo ou ao dispositivo uma política OAuth obrigatória)</translation>
    </message>
    <message>
        <source>unknown application (client_id)</source>
        <translation>aplicativo desconhecido (client_id)</translation>
    </message>
    <message>
        <source>the application was not authenticated (no valid client secret and no device it could act for)</source>
        <translation>o aplicativo não foi autenticado (nenhum segredo do cliente válido e nenhum dispositivo em nome do qual pudesse agir)</translation>
    </message>
    <message>
        <source>device authentication is missing (the server requires a device for client_credentials)</source>
        <translation>falta a autenticação do dispositivo (o servidor exige um dispositivo para client_credentials)</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>expira agora</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expirou há %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>restam %1</translation>
    </message>
    <message>
        <source>the server&apos;s keys are not cached yet</source>
        <translation>as chaves do servidor ainda não estão em cache</translation>
    </message>
    <message>
        <source>the policy names could not be fetched (%1); the built-in names are shown</source>
        <translation>não foi possível obter os nomes das políticas (%1); são mostrados os nomes embutidos</translation>
    </message>
    <message>
        <source>the server refused the policy lookup (HTTP %1); the built-in names are shown</source>
        <translation>o servidor recusou a consulta de políticas (HTTP %1); são mostrados os nomes embutidos</translation>
    </message>
    <message>
        <source>the server&apos;s policy list was empty or unreadable; the built-in names are shown</source>
        <translation>a lista de políticas do servidor estava vazia ou ilegível; são mostrados os nomes embutidos</translation>
    </message>
    <message>
        <source>a connection test is already running — wait for it or cancel it</source>
        <translation>um teste de conexão já está em andamento — aguarde ou cancele-o</translation>
    </message>
    <message>
        <source>plain http to %1 is not encrypted, so the connection test was not run — use https, or allow plain http for this profile</source>
        <translation>http simples para %1 não é criptografado, portanto o teste de conexão não foi executado — use https ou permita http simples para este perfil</translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation>o pin do certificado deve ter 64 dígitos hexadecimais (um digest SHA-256)</translation>
    </message>
    <message>
        <source>the connection test was cancelled</source>
        <translation>o teste de conexão foi cancelado</translation>
    </message>
    <message>
        <source>the discovery answer passed the 1 MiB limit</source>
        <translation>a resposta de descoberta ultrapassou o limite de 1 MiB</translation>
    </message>
    <message>
        <source>the issuer %1 differs from %2, where the document was fetched — OpenID discovery says such metadata must not be trusted; check the server URL or the server&apos;s external host setting</source>
        <translation>o emissor %1 difere de %2, de onde o documento foi obtido — a descoberta OpenID determina que esses metadados não devem ser considerados confiáveis; verifique o URL do servidor ou a configuração de host externo do servidor</translation>
    </message>
    <message>
        <source>the discovery document names no issuer</source>
        <translation>o documento de descoberta não indica nenhum emissor</translation>
    </message>
    <message>
        <source>the server names the token endpoint %1, but this profile uses %2 — check the token endpoint setting</source>
        <translation>o servidor indica o endpoint de token %1, mas este perfil usa %2 — verifique a configuração do endpoint de token</translation>
    </message>
    <message>
        <source>the keys (jwks_uri %1) are on another origin; the product fetches them from %2 instead</source>
        <translation>as chaves (jwks_uri %1) estão em outra origem; o produto as obtém de %2 em vez disso</translation>
    </message>
    <message>
        <source>the server does not list client_credentials among its grant types, so application sessions may be refused</source>
        <translation>o servidor não lista client_credentials entre seus tipos de concessão, portanto sessões de aplicativo podem ser recusadas</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(não listado)</translation>
    </message>
    <message>
        <source>SanteDB OpenID discovery found: issuer %1, token endpoint %2, grants %3, id_token signed %4</source>
        <translation>descoberta OpenID do SanteDB encontrada: emissor %1, endpoint de token %2, concessões %3, id_token assinado %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>the SanteDB auth service at %1 answered PING (HTTP %2), but %3 — the server is reachable; the token endpoint is assumed to be at the default path</source>
        <translation>o serviço de autenticação do SanteDB em %1 respondeu ao PING (HTTP %2), mas %3 — o servidor está acessível; supõe-se que o endpoint de token esteja no caminho padrão</translation>
    </message>
    <message>
        <source>the server at %1 answered with a redirect to %2, which is not followed so that nothing is sent where you did not configure it — check the server URL (perhaps it should start with https://)</source>
        <translation>o servidor em %1 respondeu com um redirecionamento para %2, que não é seguido para que nada seja enviado para onde você não configurou — verifique o URL do servidor (talvez ele deva começar com https://)</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>um endereço sem nome</translation>
    </message>
    <message>
        <source>the server at %1 does not look like a SanteDB auth service: %2, and PING got HTTP %3 — check the server URL</source>
        <translation>o servidor em %1 não parece ser um serviço de autenticação do SanteDB: %2, e o PING recebeu HTTP %3 — verifique o URL do servidor</translation>
    </message>
    <message>
        <source>the server %1 did not answer within %2 s — check that it is running and reachable</source>
        <translation>o servidor %1 não respondeu em %2 s — verifique se ele está em execução e acessível</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sem sessão</translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation>Obtendo uma sessão…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expirando</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erro interno</translation>
    </message>
    <message>
        <source>Profile settings unusable</source>
        <translation>Configurações do perfil inutilizáveis</translation>
    </message>
    <message>
        <source>Refused before sending</source>
        <translation>Recusada antes do envio</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Recusada pelo servidor</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erro do servidor</translation>
    </message>
    <message>
        <source>Unusable answer</source>
        <translation>Resposta inutilizável</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Resposta grande demais</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Redirecionada</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inacessível</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <source>One-time code needed</source>
        <translation>Código de uso único necessário</translation>
    </message>
    <message>
        <source>Facility needed</source>
        <translation>Estabelecimento necessário</translation>
    </message>
    <message>
        <source>Password expired</source>
        <translation>Senha expirada</translation>
    </message>
    <message>
        <source>Expected policy missing</source>
        <translation>Política esperada ausente</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Chaveiro indisponível</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Segredo ausente</translation>
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
        <translation>automático</translation>
    </message>
    <message>
        <source>auto (detected %1.x)</source>
        <translation>automático (detectado %1.x)</translation>
    </message>
    <message>
        <source>id_token exp</source>
        <translation>exp do id_token</translation>
    </message>
    <message>
        <source>expires_in, seconds</source>
        <translation>expires_in, segundos</translation>
    </message>
    <message>
        <source>expires_in, milliseconds</source>
        <translation>expires_in, milissegundos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The expiry looks wrong: the session would end %1 s after it was issued because expires_in was read as SanteDB 2.x milliseconds; this server probably speaks SanteDB 3.x — set the profile&apos;s SanteDB version to 3.x or automatic.</source>
        <translation>A expiração parece errada: a sessão terminaria %1 s após ter sido emitida porque expires_in foi lido como milissegundos do SanteDB 2.x; este servidor provavelmente usa o SanteDB 3.x — defina a versão do SanteDB do perfil como 3.x ou automática.</translation>
    </message>
    <message>
        <source>warning: the cached session could not be forgotten: %1</source>
        <translation>aviso: não foi possível esquecer a sessão em cache: %1</translation>
    </message>
    <message>
        <source>another command&apos;s attempt for profile %1 was refused while this one waited, so the same credentials were not sent again: %2</source>
        <translation>a tentativa de outro comando para o perfil %1 foi recusada enquanto este aguardava, portanto as mesmas credenciais não foram enviadas novamente: %2</translation>
    </message>
    <message>
        <source>the server no longer knew the cached session; a new one was obtained</source>
        <translation>o servidor não reconhecia mais a sessão em cache; uma nova foi obtida</translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time, and there was no way to ask for it</source>
        <translation>o perfil %1 solicita a senha a cada vez, e não havia como solicitá-la</translation>
    </message>
    <message>
        <source>no %1 stored for profile %2</source>
        <translation>%1 ausente para o perfil %2</translation>
    </message>
    <message>
        <source>warning: sending credentials to %1 over plain http (the profile allows plain http); anyone on the network path can read them</source>
        <translation>aviso: enviando credenciais para %1 por http simples (o perfil permite http simples); qualquer pessoa no caminho da rede pode lê-las</translation>
    </message>
    <message>
        <source>the server did not ask for a client certificate — certificate device authentication is not configured on this endpoint%1 (%2, HTTP %3)</source>
        <translation>o servidor não solicitou um certificado de cliente — a autenticação de dispositivo por certificado não está configurada neste endpoint%1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation>; o servidor disse: %1</translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1); SanteDB 2.x does not say which ones it offers</source>
        <translation>o servidor quer que um estabelecimento seja escolhido para este usuário (%1); o SanteDB 2.x não informa quais ele oferece</translation>
    </message>
    <message>
        <source> — the server&apos;s discovery document names the token endpoint %1</source>
        <translation> — o documento de descoberta do servidor indica o endpoint de token %1</translation>
    </message>
    <message>
        <source>the server refused the one-time code: %1 (%2, HTTP %3); it was not sent again</source>
        <translation>o servidor recusou o código de uso único: %1 (%2, HTTP %3); ele não foi enviado novamente</translation>
    </message>
    <message>
        <source>the server asks for a one-time code (%1), and there was no way to ask for it</source>
        <translation>o servidor solicita um código de uso único (%1), e não havia como solicitá-lo</translation>
    </message>
    <message>
        <source>no prompt given</source>
        <translation>nenhuma solicitação fornecida</translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1)</source>
        <translation>o servidor quer que um estabelecimento seja escolhido para este usuário (%1)</translation>
    </message>
    <message>
        <source>the server refused to renew the session (%1); a new one was obtained</source>
        <translation>o servidor recusou renovar a sessão (%1); uma nova foi obtida</translation>
    </message>
    <message>
        <source>the server&apos;s id_token is unreadable</source>
        <translation>o id_token do servidor é ilegível</translation>
    </message>
    <message>
        <source>the server gave neither expires_in nor an id_token exp, so the session&apos;s expiry is unknown and it will not be cached</source>
        <translation>o servidor não forneceu expires_in nem exp no id_token, portanto a expiração da sessão é desconhecida e ela não será mantida em cache</translation>
    </message>
    <message>
        <source>the renewed session expires %1, sooner than asked for</source>
        <translation>a sessão renovada expira %1, antes do solicitado</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the server sent no id_token</source>
        <translation>não é possível saber se o dispositivo foi autenticado: o servidor não enviou id_token</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told without a readable id_token</source>
        <translation>não é possível saber se o dispositivo foi autenticado sem um id_token legível</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the id_token&apos;s signature is not verified (%1)</source>
        <translation>não é possível saber se o dispositivo foi autenticado: a assinatura do id_token não foi verificada (%1)</translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate the device certificate</source>
        <translation>o servidor concedeu uma sessão apenas de aplicativo e não autenticou o certificado do dispositivo</translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate device %1 — it ignored the %2 device header; check the profile&apos;s SanteDB version (2.x reads X-Device-Authorization, 3.x reads Authorization: Basic)</source>
        <translation>o servidor concedeu uma sessão apenas de aplicativo e não autenticou o dispositivo %1 — ele ignorou o cabeçalho de dispositivo %2; verifique a versão do SanteDB do perfil (o 2.x lê X-Device-Authorization, o 3.x lê Authorization: Basic)</translation>
    </message>
    <message>
        <source>the session could not be cached in the keychain (%1); the next command will request a new one</source>
        <translation>não foi possível manter a sessão em cache no chaveiro (%1); o próximo comando solicitará uma nova</translation>
    </message>
    <message>
        <source>application authenticated on behalf of the device; client secret not checked</source>
        <translation>aplicativo autenticado em nome do dispositivo; segredo do cliente não verificado</translation>
    </message>
    <message>
        <source>the server gave no id_token to sign out with; the session was forgotten here but stays valid on the server until it expires</source>
        <translation>o servidor não forneceu id_token para encerrar a sessão; a sessão foi esquecida aqui, mas continua válida no servidor até expirar</translation>
    </message>
    <message>
        <source>the sign-out got an unexpected answer</source>
        <translation>o encerramento da sessão recebeu uma resposta inesperada</translation>
    </message>
    <message>
        <source>the server did not end the session: %1; it was forgotten here anyway</source>
        <translation>o servidor não encerrou a sessão: %1; ela foi esquecida aqui mesmo assim</translation>
    </message>
    <message>
        <source>the session entry is written when a session is obtained, not by hand</source>
        <translation>a entrada de sessão é gravada quando uma sessão é obtida, não manualmente</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>o valor de %1 está vazio</translation>
    </message>
    <message>
        <source>the %1 contains a control character, a line break or an invisible formatting character</source>
        <translation>o valor de %1 contém um caractere de controle, uma quebra de linha ou um caractere de formatação invisível</translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation>%1 — nada foi armazenado</translation>
    </message>
    <message>
        <source>%1 — nothing was imported</source>
        <translation>%1 — nada foi importado</translation>
    </message>
    <message>
        <source>the import file holds two profiles named &quot;%1&quot; — nothing was imported</source>
        <translation>o arquivo de importação contém dois perfis chamados &quot;%1&quot; — nada foi importado</translation>
    </message>
    <message>
        <source>the import file was written by a newer version — nothing was imported</source>
        <translation>o arquivo de importação foi gravado por uma versão mais recente — nada foi importado</translation>
    </message>
    <message>
        <source>; some keychain entries it had written could not be removed again</source>
        <translation>; algumas entradas do chaveiro que ele havia gravado não puderam ser removidas</translation>
    </message>
    <message>
        <source>two profiles are named %1</source>
        <translation>há dois perfis com o nome %1</translation>
    </message>
    <message>
        <source>a profile named %1 already exists</source>
        <translation>já existe um perfil com o nome %1</translation>
    </message>
    <message>
        <source>there are secrets for %1, which is not among the profiles</source>
        <translation>há segredos para %1, que não está entre os perfis</translation>
    </message>
    <message>
        <source>the secrets of %1 are given twice</source>
        <translation>os segredos de %1 foram fornecidos duas vezes</translation>
    </message>
    <message>
        <source>line %1 starts a record larger than %2 KiB</source>
        <translation>a linha %1 inicia um registro com mais de %2 KiB</translation>
    </message>
    <message>
        <source>the record on line %1 is not valid CSV (a stray quote, an unclosed quoted field, or text that is not UTF-8)</source>
        <translation>o registro na linha %1 não é CSV válido (uma aspa avulsa, um campo entre aspas não fechado ou texto que não é UTF-8)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 não deve estar vazio</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use the form https://host[:port]/path</source>
        <translation>%1 não é um URL válido; use a forma https://host[:porta]/caminho</translation>
    </message>
    <message>
        <source>%1 must start with http:// or https://</source>
        <translation>%1 deve começar com http:// ou https://</translation>
    </message>
    <message>
        <source>%1 must name a host, as in https://host[:port]/path</source>
        <translation>%1 deve indicar um host, como em https://host[:porta]/caminho</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; credentials belong in the keychain</source>
        <translation>%1 não deve conter nome de usuário nem senha; as credenciais ficam no chaveiro</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…)</source>
        <translation>%1 não deve conter uma consulta (?…) nem um fragmento (#…)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; deve ser uma string</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null</source>
        <translation>%1: &quot;%2&quot; deve ser uma string ou null</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1: &quot;%2&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1: &quot;%2&quot; deve ser %3</translation>
    </message>
    <message>
        <source>a profile entry</source>
        <translation>uma entrada de perfil</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a UUID such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation>%1: &quot;%2&quot; deve ser um UUID como 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be &quot;secret&quot;, &quot;certificate&quot; or &quot;none&quot;</source>
        <translation>%1: &quot;%2&quot; deve ser &quot;secret&quot;, &quot;certificate&quot; ou &quot;none&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object or null</source>
        <translation>%1: &quot;%2&quot; deve ser um objeto ou null</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1: &quot;%2&quot; deve ser um array de strings</translation>
    </message>
    <message>
        <source>the profile name must not be empty</source>
        <translation>o nome do perfil não deve estar vazio</translation>
    </message>
    <message>
        <source>the profile name must be at most %1 characters long</source>
        <translation>o nome do perfil deve ter no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the profile name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>o nome do perfil não deve conter caracteres de controle, quebras de linha nem caracteres de formatação invisíveis</translation>
    </message>
    <message>
        <source>the profile name must not start or end with a space</source>
        <translation>o nome do perfil não deve começar nem terminar com espaço</translation>
    </message>
    <message>
        <source>the server URL</source>
        <translation>o URL do servidor</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>o endpoint de token</translation>
    </message>
    <message>
        <source>the client_id must not be empty</source>
        <translation>o client_id não deve estar vazio</translation>
    </message>
    <message>
        <source>the client_id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>o client_id não deve conter caracteres de controle, quebras de linha nem caracteres de formatação invisíveis</translation>
    </message>
    <message>
        <source>the device id must not be empty</source>
        <translation>o ID do dispositivo não deve estar vazio</translation>
    </message>
    <message>
        <source>the device id must not contain &apos;:&apos;, because SanteDB splits device credentials at the first &apos;:&apos;</source>
        <translation>o ID do dispositivo não deve conter &apos;:&apos;, porque o SanteDB divide as credenciais do dispositivo no primeiro &apos;:&apos;</translation>
    </message>
    <message>
        <source>the device id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>o ID do dispositivo não deve conter caracteres de controle, quebras de linha nem caracteres de formatação invisíveis</translation>
    </message>
    <message>
        <source>the scope must not be empty; use * for every scope the application may have</source>
        <translation>o scope não deve estar vazio; use * para todos os scopes que o aplicativo possa ter</translation>
    </message>
    <message>
        <source>the scope must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>o scope não deve conter caracteres de controle, quebras de linha nem caracteres de formatação invisíveis</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>perfil %1: %2</translation>
    </message>
    <message>
        <source>the profile has no uuid; remove it and add it again</source>
        <translation>o perfil não tem uuid; remova-o e adicione-o novamente</translation>
    </message>
    <message>
        <source>device mode &quot;secret&quot; needs a device id</source>
        <translation>o modo de dispositivo &quot;secret&quot; precisa de um ID do dispositivo</translation>
    </message>
    <message>
        <source>device mode &quot;certificate&quot; needs a certificate file</source>
        <translation>o modo de dispositivo &quot;certificate&quot; precisa de um arquivo de certificado</translation>
    </message>
    <message>
        <source>profile %1 uses plain http to %2, which sends credentials unencrypted; allow plain http for this profile only if you accept that risk</source>
        <translation>o perfil %1 usa http simples para %2, o que envia as credenciais sem criptografia; permita http simples para este perfil somente se aceitar esse risco</translation>
    </message>
    <message>
        <source>a certificate pin has no effect over plain http; use https or remove the pin</source>
        <translation>uma fixação de certificado não tem efeito sobre http simples; use https ou remova a fixação</translation>
    </message>
    <message>
        <source>the cached session could not be removed (%1); it will not be reused because its settings changed</source>
        <translation>não foi possível remover a sessão em cache (%1); ela não será reutilizada porque suas configurações mudaram</translation>
    </message>
    <message>
        <source>profile file</source>
        <translation>arquivo de perfis</translation>
    </message>
    <message>
        <source>cannot use the profile file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation>não é possível usar o arquivo de perfis %1: %2; o arquivo foi deixado como está: corrija-o ou mova-o para outro lugar</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation>&quot;schema&quot; deve ser um número inteiro maior ou igual a 1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2); profiles are read-only</source>
        <translation>%1 foi gravado por uma versão mais recente (schema %2); os perfis são somente leitura</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>it is larger than 16 MiB</source>
        <translation>tem mais de 16 MiB</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>não é JSON válido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be a list</source>
        <translation>&quot;profiles&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>two profiles share the uuid %1</source>
        <translation>dois perfis compartilham o uuid %1</translation>
    </message>
    <message>
        <source>a profile named %1 already exists; choose another name</source>
        <translation>já existe um perfil com o nome %1; escolha outro nome</translation>
    </message>
    <message>
        <source>two profiles would share the uuid %1; nothing was saved</source>
        <translation>dois perfis compartilhariam o uuid %1; nada foi salvo</translation>
    </message>
    <message>
        <source>no profile named %1</source>
        <translation>nenhum perfil com o nome %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2), so this version cannot change it; use the newer version</source>
        <translation>%1 foi gravado por uma versão mais recente (schema %2), portanto esta versão não pode alterá-lo; use a versão mais recente</translation>
    </message>
    <message>
        <source>state file</source>
        <translation>arquivo de estado</translation>
    </message>
    <message>
        <source>desktop app&apos;s settings</source>
        <translation>configurações do aplicativo de desktop</translation>
    </message>
    <message>
        <source>server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>ID do dispositivo</translation>
    </message>
    <message>
        <source>device certificate</source>
        <translation>certificado do dispositivo</translation>
    </message>
    <message>
        <source>device key file</source>
        <translation>arquivo de chave do dispositivo</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>arquivo de CA</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>certificado fixado</translation>
    </message>
    <message>
        <source>plain http setting</source>
        <translation>configuração de http simples</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>estabelecimento</translation>
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
        <translation>versão do SanteDB</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Enter the %1…</source>
        <translation>Digitar %1…</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>segredo</translation>
    </message>
    <message>
        <source>How to unlock the keyring…</source>
        <translation>Como desbloquear o chaveiro…</translation>
    </message>
    <message>
        <source>How to start a keyring…</source>
        <translation>Como iniciar um chaveiro…</translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation>Revisar o certificado…</translation>
    </message>
    <message>
        <source>Allow more time…</source>
        <translation>Dar mais tempo…</translation>
    </message>
    <message>
        <source>Edit the %1…</source>
        <translation>Editar %1…</translation>
    </message>
    <message>
        <source>Turn off the proxy…</source>
        <translation>Desativar o proxy…</translation>
    </message>
    <message>
        <source>Choose a facility…</source>
        <translation>Escolher um estabelecimento…</translation>
    </message>
    <message>
        <source>Enter the code…</source>
        <translation>Digitar o código…</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Digitar a senha…</translation>
    </message>
    <message>
        <source>Get a new session</source>
        <translation>Obter nova sessão</translation>
    </message>
</context>
<context>
    <name>sdsm::HttpExchange</name>
    <message>
        <source>the request to %1 was stopped</source>
        <translation>a solicitação para %1 foi interrompida</translation>
    </message>
    <message>
        <source>%1 is not an https URL, so there is no certificate to fetch</source>
        <translation>%1 não é um URL https, portanto não há certificado a obter</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL — check the server URL</source>
        <translation>%1 não é um URL http ou https — verifique o URL do servidor</translation>
    </message>
    <message>
        <source>the request to %1 was cancelled</source>
        <translation>a solicitação para %1 foi cancelada</translation>
    </message>
    <message>
        <source>the request method is not an HTTP token</source>
        <translation>o método da solicitação não é um token HTTP</translation>
    </message>
    <message>
        <source>the User-Agent holds a line break</source>
        <translation>o User-Agent contém uma quebra de linha</translation>
    </message>
    <message>
        <source>the request header %1 is malformed</source>
        <translation>o cabeçalho de solicitação %1 está malformado</translation>
    </message>
    <message>
        <source>the request header %1 is the transport&apos;s to set</source>
        <translation>o cabeçalho de solicitação %1 é definido pelo transporte</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>o servidor fechou a conexão durante o handshake</translation>
    </message>
    <message>
        <source>it ended the connection right after the TLS 1.3 handshake, without an answer</source>
        <translation>ele encerrou a conexão logo após o handshake TLS 1.3, sem resposta</translation>
    </message>
    <message>
        <source>the server %1 did not complete the TLS handshake within %2 s — check that it is reachable</source>
        <translation>o servidor %1 não concluiu o handshake TLS em %2 s — verifique se ele está acessível</translation>
    </message>
    <message>
        <source>the server %1 did not answer completely within %2 s — check that it is reachable</source>
        <translation>o servidor %1 não respondeu completamente em %2 s — verifique se ele está acessível</translation>
    </message>
    <message>
        <source>the proxy %1 failed for %2 (%3) — check the proxy settings</source>
        <translation>o proxy %1 falhou para %2 (%3) — verifique as configurações de proxy</translation>
    </message>
    <message>
        <source>the server name %1 could not be resolved — check the server URL</source>
        <translation>o nome do servidor %1 não pôde ser resolvido — verifique o URL do servidor</translation>
    </message>
    <message>
        <source>the connection to %1 was refused — check that the server is running and the port is right</source>
        <translation>a conexão com %1 foi recusada — verifique se o servidor está em execução e se a porta está correta</translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2) — check the network and the server URL</source>
        <translation>a conexão com %1 falhou (%2) — verifique a rede e o URL do servidor</translation>
    </message>
</context>
<context>
    <name>sdsm::IdentityCheck</name>
    <message>
        <source>not checked: profile %1 asks for the password each time, and a check never asks for one</source>
        <translation>não verificado: o perfil %1 solicita a senha a cada vez, e uma verificação nunca a solicita</translation>
    </message>
    <message>
        <source>the session lacks the expected policy %1</source>
        <translation>falta à sessão a política esperada %1</translation>
    </message>
    <message numerus="yes">
        <source>the session lacks the expected policies %1</source>
        <translation>
            <numerusform>faltam à sessão as políticas esperadas %1</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation>não verificado: a verificação foi cancelada</translation>
    </message>
</context>
<context>
    <name>sdsm::Workspace</name>
    <message>
        <source>profile %1 has no device certificate</source>
        <translation>o perfil %1 não tem certificado de dispositivo</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::AboutDialog</name>
    <message>
        <source>About SanteDB Session Manager</source>
        <translation>Sobre o SanteDB Session Manager</translation>
    </message>
    <message>
        <source>SanteDB Session Manager</source>
        <translation>SanteDB Session Manager</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Keeps SanteDB application and device credentials in the operating system&apos;s keychain and obtains OAuth2 sessions from SanteDB servers.</source>
        <translation>Guarda as credenciais de aplicativo e de dispositivo do SanteDB no chaveiro do sistema operacional e obtém sessões OAuth2 de servidores SanteDB.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. &lt;a href=&quot;%2&quot;&gt;Project home page&lt;/a&gt;.</source>
        <translation>Licenciado sob a &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. &lt;a href=&quot;%2&quot;&gt;Página do projeto&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copiar versões</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>SanteDB Session Manager %1</source>
        <translation>SanteDB Session Manager %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado com %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>%1 (signatures and certificates)</source>
        <translation>%1 (assinaturas e certificados)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponível</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticado</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Não autenticado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Works (cached)</source>
        <translation>Funciona (em cache)</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Missing policies</source>
        <translation>Políticas ausentes</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::CheckWindow</name>
    <message>
        <source>Check identities</source>
        <translation>Verificar identidades</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfis:</translation>
    </message>
    <message>
        <source>Profiles to check</source>
        <translation>Perfis a verificar</translation>
    </message>
    <message>
        <source>Concurrent jobs</source>
        <translation>Tarefas simultâneas</translation>
    </message>
    <message>
        <source>How many identities are tried at once</source>
        <translation>Quantas identidades são testadas ao mesmo tempo</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>Tarefas &amp;simultâneas:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>Rate limit, identities started per second</source>
        <translation>Limite de taxa, identidades iniciadas por segundo</translation>
    </message>
    <message>
        <source>At most this many identities are started per second</source>
        <translation>No máximo este número de identidades é iniciado por segundo</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Limite de &amp;taxa:</translation>
    </message>
    <message>
        <source>Policy OIDs, separated by spaces</source>
        <translation>OIDs de políticas, separados por espaços</translation>
    </message>
    <message>
        <source>Expected policies</source>
        <translation>Políticas esperadas</translation>
    </message>
    <message>
        <source>An identity whose session lacks one of these policies counts as failing</source>
        <translation>Uma identidade cuja sessão não tenha uma destas políticas é considerada com falha</translation>
    </message>
    <message>
        <source>Expected polic&amp;ies:</source>
        <translation>Políticas &amp;esperadas:</translation>
    </message>
    <message>
        <source>Request ne&amp;w sessions</source>
        <translation>Solicitar &amp;novas sessões</translation>
    </message>
    <message>
        <source>Ask the server for every identity, even one with a valid cached session; a check never caches the sessions it gets</source>
        <translation>Consultar o servidor para cada identidade, mesmo as que têm uma sessão válida em cache; uma verificação nunca mantém em cache as sessões que obtém</translation>
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
        <translation>Interromper a verificação (Esc)</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progresso da verificação</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Resumo da verificação</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados da verificação</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the results as CSV or JSON (no tokens)</source>
        <translation>Salvar os resultados como CSV ou JSON (sem tokens)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message numerus="yes">
        <source>Selected (%n)</source>
        <translation>
            <numerusform>Selecionado (%n)</numerusform>
            <numerusform>Selecionados (%n)</numerusform>
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
            <numerusform>Todos os perfis (%n)</numerusform>
            <numerusform>Todos os perfis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected policies need policy OIDs, such as 1.3.6.1.4.1.33349.3.1.5.9.2.1.0, separated by spaces.</source>
        <translation>As políticas esperadas exigem OIDs de políticas, como 1.3.6.1.4.1.33349.3.1.5.9.2.1.0, separados por espaços.</translation>
    </message>
    <message>
        <source>There are no profiles to check.</source>
        <translation>Não há perfis a verificar.</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%1 de %2 verificados</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n identities work.</source>
        <translation>
            <numerusform>%1 de %n identidade funciona.</numerusform>
            <numerusform>%1 de %n identidades funcionam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: the password is asked for each time.</source>
        <translation>
            <numerusform>%n ignorada: a senha é pedida a cada vez.</numerusform>
            <numerusform>%n ignoradas: a senha é pedida a cada vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>A verificação foi cancelada.</translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation>Ainda não há resultados para exportar.</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Não foi possível gravar os resultados em %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export check results</source>
        <translation>Exportar resultados da verificação</translation>
    </message>
    <message>
        <source>Exported to %1 (no tokens).</source>
        <translation>Exportado para %1 (sem tokens).</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ClipboardGuard</name>
    <message>
        <source>The clipboard could not be cleared — the desktop blocked it (GNOME on Wayland does this for apps without focus); clear it yourself</source>
        <translation>Não foi possível limpar a área de transferência — o ambiente de trabalho bloqueou a operação (o GNOME no Wayland faz isso com aplicativos sem foco); limpe-a manualmente</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::Demo</name>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation>A demonstração não conseguiu criar sua pasta temporária.</translation>
    </message>
    <message>
        <source>The demo&apos;s SanteDB emulator could not start: %1</source>
        <translation>O emulador SanteDB da demonstração não pôde ser iniciado: %1</translation>
    </message>
    <message>
        <source>Demo 3.x — application and device</source>
        <translation>Demonstração 3.x — aplicativo e dispositivo</translation>
    </message>
    <message>
        <source>The seed page&apos;s identities on an emulated SanteDB 3.x server (version detected).</source>
        <translation>As identidades da página de exemplo em um servidor SanteDB 3.x emulado (versão detectada).</translation>
    </message>
    <message>
        <source>Demo 2.x — application and device</source>
        <translation>Demonstração 2.x — aplicativo e dispositivo</translation>
    </message>
    <message>
        <source>The same identities on an emulated SanteDB 2.x server (X-Device-Authorization, milliseconds).</source>
        <translation>As mesmas identidades em um servidor SanteDB 2.x emulado (X-Device-Authorization, milissegundos).</translation>
    </message>
    <message>
        <source>Demo 3.x — application only</source>
        <translation>Demonstração 3.x — somente aplicativo</translation>
    </message>
    <message>
        <source>SanteDB&apos;s sample application without a device.</source>
        <translation>O aplicativo de exemplo do SanteDB sem dispositivo.</translation>
    </message>
    <message>
        <source>The demo needs a keychain: %1. Install dbus and gnome-keyring (scripts/install-deps.sh does) or start your desktop&apos;s keyring.</source>
        <translation>A demonstração precisa de um chaveiro: %1. Instale o dbus e o gnome-keyring (scripts/install-deps.sh faz isso) ou inicie o chaveiro do seu ambiente de trabalho.</translation>
    </message>
    <message>
        <source>%1 — running the demo inside dbus-run-session with a throwaway, unlocked gnome-keyring.</source>
        <translation>%1 — executando a demonstração dentro de dbus-run-session com um gnome-keyring descartável e desbloqueado.</translation>
    </message>
    <message>
        <source>Demo 3.x — user bob (one-time code)</source>
        <translation>Demonstração 3.x — usuário bob (código de uso único)</translation>
    </message>
    <message>
        <source>A user with two-factor authentication: the server asks for a one-time code, which is always 424242 on the emulator. Never signed in by itself.</source>
        <translation>Um usuário com autenticação de dois fatores: o servidor pede um código de uso único, que é sempre 424242 no emulador. Nunca entra sozinho.</translation>
    </message>
    <message>
        <source>Demo 3.x — user chioma (facility)</source>
        <translation>Demonstração 3.x — usuária chioma (estabelecimento)</translation>
    </message>
    <message>
        <source>A user who must choose a facility: the server offers two.</source>
        <translation>Um usuário que precisa escolher um estabelecimento: o servidor oferece dois.</translation>
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
        <translation>Escolha um estabelecimento para %1</translation>
    </message>
    <message>
        <source>The server wants this user to work at one facility. Choose one; the request is then sent once more.</source>
        <translation>O servidor quer que este usuário trabalhe em um estabelecimento. Escolha um; a solicitação será enviada novamente.</translation>
    </message>
    <message>
        <source>&amp;Facilities:</source>
        <translation>&amp;Estabelecimentos:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Estabelecimentos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>&amp;Usar este estabelecimento</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::MainWindow</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>A área de transferência será limpa em %n s</numerusform>
            <numerusform>A área de transferência será limpa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Área de transferência limpa.</translation>
    </message>
    <message>
        <source>The clipboard holds something else now, so it was left alone.</source>
        <translation>A área de transferência agora contém outra coisa, por isso não foi alterada.</translation>
    </message>
    <message>
        <source>Session expiring</source>
        <translation>Sessão expirando</translation>
    </message>
    <message>
        <source>&amp;Get session</source>
        <translation>&amp;Obter sessão</translation>
    </message>
    <message>
        <source>Get a &amp;new session</source>
        <translation>Obter &amp;nova sessão</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancelar solicitação</translation>
    </message>
    <message>
        <source>Copy &amp;header</source>
        <translation>Copiar &amp;cabeçalho</translation>
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
        <translation>&amp;Novo perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Remover perfil…</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>&amp;Importar perfis…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>E&amp;xportar perfis…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Find profile</source>
        <translation>&amp;Localizar perfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About SanteDB Session Manager</source>
        <translation>&amp;Sobre o SanteDB Session Manager</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Pesquisar perfis</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Profile file problem</source>
        <translation>Problema no arquivo de perfis</translation>
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
        <translation>certificado do dispositivo %1</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>sem dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied; the clipboard clears in %n s.</source>
        <translation>
            <numerusform>%1 copiado; a área de transferência será limpa em %n s.</numerusform>
            <numerusform>%1 copiado; a área de transferência será limpa em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Cabeçalho Authorization</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Comando curl</translation>
    </message>
    <message>
        <source>Remove profiles</source>
        <translation>Remover perfis</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfis</translation>
    </message>
    <message>
        <source>Profile exports (*.json)</source>
        <translation>Exportações de perfis (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Exports hold no secrets: edit each profile to enter them.</source>
        <translation>
            <numerusform>%n perfil importado. As exportações não contêm segredos: edite cada perfil para informá-los.</numerusform>
            <numerusform>%n perfis importados. As exportações não contêm segredos: edite cada perfil para informá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfis</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Não foi possível gravar a exportação em %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (no secrets).</source>
        <translation>Exportado para %1 (sem segredos).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session of %1: %2.</source>
        <translation>A sessão de %1: %2.</translation>
    </message>
    <message>
        <source>Chec&amp;k on server</source>
        <translation>&amp;Verificar no servidor</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Encerrar &amp;sessão</translation>
    </message>
    <message>
        <source>Keep this session &amp;alive</source>
        <translation>Manter esta sessão &amp;ativa</translation>
    </message>
    <message>
        <source>Renew this profile&apos;s session at half its lifetime while the app runs (%1)</source>
        <translation>Renovar a sessão deste perfil na metade de sua duração enquanto o aplicativo estiver em execução (%1)</translation>
    </message>
    <message>
        <source>&amp;Duplicate profile…</source>
        <translation>&amp;Duplicar perfil…</translation>
    </message>
    <message>
        <source>Undo re&amp;move</source>
        <translation>Desfazer re&amp;moção</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Experimentar a &amp;demonstração</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Ordenar por &amp;nome</translation>
    </message>
    <message>
        <source>Sort by &amp;server</source>
        <translation>Ordenar por &amp;servidor</translation>
    </message>
    <message>
        <source>Sort by &amp;time left</source>
        <translation>Ordenar por &amp;tempo restante</translation>
    </message>
    <message>
        <source>Sort by &amp;last used</source>
        <translation>Ordenar por ú&amp;ltimo uso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Nenhum perfil ainda</translation>
    </message>
    <message>
        <source>A profile holds what a SanteDB server needs to know about an application, its device or a user; the secrets go to the keychain. Create one, import profiles exported elsewhere (or drop a profile file here), or try the app against a local SanteDB emulator.</source>
        <translation>Um perfil contém o que um servidor SanteDB precisa saber sobre um aplicativo, seu dispositivo ou um usuário; os segredos vão para o chaveiro. Crie um, importe perfis exportados de outro lugar (ou solte um arquivo de perfil aqui) ou experimente o aplicativo com um emulador SanteDB local.</translation>
    </message>
    <message>
        <source>Search profiles (%1)</source>
        <translation>Pesquisar perfis (%1)</translation>
    </message>
    <message>
        <source>Searches names, servers, client IDs, device IDs, user names and notes; Down moves into the results, Enter gets a session for the selected one</source>
        <translation>Pesquisa nomes, servidores, IDs de cliente, IDs de dispositivo, nomes de usuário e notas; a seta para baixo leva aos resultados, Enter obtém uma sessão para o selecionado</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Show profiles with the tag</source>
        <translation>Mostrar perfis com a etiqueta</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Área de transferência</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Desfazer a remoção</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Perfis: %1</translation>
    </message>
    <message>
        <source>No profiles match</source>
        <translation>Nenhum perfil corresponde</translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation>Correspondentes: %1 de %2</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>device %1 (secret)</source>
        <translation>dispositivo %1 (segredo)</translation>
    </message>
    <message>
        <source>Server: %1 — SanteDB %2</source>
        <translation>Servidor: %1 — SanteDB %2</translation>
    </message>
    <message>
        <source>User %1 through application %2 — %3</source>
        <translation>Usuário %1 via aplicativo %2 — %3</translation>
    </message>
    <message>
        <source>Application %1 — %2</source>
        <translation>Aplicativo %1 — %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation>Obtendo uma sessão…</translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation>Renovando a sessão…</translation>
    </message>
    <message>
        <source>Asking the server about the session…</source>
        <translation>Consultando o servidor sobre a sessão…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Encerrando a sessão…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>The session of %1 was renewed.</source>
        <translation>A sessão de %1 foi renovada.</translation>
    </message>
    <message>
        <source>Cancelled; the session is as it was.</source>
        <translation>Cancelado; a sessão continua como estava.</translation>
    </message>
    <message>
        <source>No session is cached for this profile, so there is nothing to ask the server about.</source>
        <translation>Não há sessão em cache para este perfil, portanto não há nada a consultar no servidor.</translation>
    </message>
    <message>
        <source>The server still knows the session.</source>
        <translation>O servidor ainda reconhece a sessão.</translation>
    </message>
    <message>
        <source>The server no longer knows the session: get a new one.</source>
        <translation>O servidor não reconhece mais a sessão: obtenha uma nova.</translation>
    </message>
    <message>
        <source>Signed out on the server.</source>
        <translation>Sessão encerrada no servidor.</translation>
    </message>
    <message>
        <source>The server had already ended this session; it is forgotten here too.</source>
        <translation>O servidor já havia encerrado esta sessão; ela também foi esquecida aqui.</translation>
    </message>
    <message>
        <source>There was no session to sign out.</source>
        <translation>Não havia sessão a encerrar.</translation>
    </message>
    <message>
        <source>Windows Credential Manager belongs to your Windows session: sign in to Windows as this user.</source>
        <translation>O Windows Credential Manager pertence à sua sessão do Windows: entre no Windows como este usuário.</translation>
    </message>
    <message>
        <source>Open Keychain Access and unlock the login keychain, or log in to macOS again.</source>
        <translation>Abra o Acesso às Chaves (Keychain Access) e desbloqueie o chaveiro de login, ou entre novamente no macOS.</translation>
    </message>
    <message>
        <source>The secrets live in the Secret Service of your desktop session (GNOME Keyring or KWallet), and none is running. Log in to a desktop session, or start gnome-keyring-daemon or KWallet in this session.</source>
        <translation>Os segredos ficam no Secret Service da sua sessão de ambiente de trabalho (GNOME Keyring ou KWallet), e nenhum está em execução. Entre em uma sessão de ambiente de trabalho ou inicie o gnome-keyring-daemon ou o KWallet nesta sessão.</translation>
    </message>
    <message>
        <source>Unlock the login keyring: open Passwords and Keys (Seahorse) and unlock “Login”, open the KWallet manager, or log out and in again. While it is locked nothing is read or deleted.</source>
        <translation>Desbloqueie o chaveiro de login: abra Senhas e Chaves (Seahorse) e desbloqueie “Login”, abra o gerenciador do KWallet ou saia e entre novamente. Enquanto ele estiver bloqueado, nada é lido nem excluído.</translation>
    </message>
    <message>
        <source>The keychain is not usable</source>
        <translation>O chaveiro não pode ser usado</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s certificate…</source>
        <translation>Obtendo o certificado do servidor…</translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation>O certificado é confiável para %1.</translation>
    </message>
    <message>
        <source>There is no usable session to copy: get one first (Enter).</source>
        <translation>Não há sessão utilizável para copiar: obtenha uma primeiro (Enter).</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its secrets from the keychain? You can undo this for %2 seconds.</source>
        <translation>Remover o perfil “%1” e excluir seus segredos do chaveiro? Você pode desfazer isso por %2 segundos.</translation>
    </message>
    <message>
        <source>Remove these %1 profiles and delete their secrets from the keychain? You can undo this for %2 seconds.

%3</source>
        <translation>Remover estes %1 perfis e excluir seus segredos do chaveiro? Você pode desfazer isso por %2 segundos.

%3</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” removido.</translation>
    </message>
    <message>
        <source>Removed %1 profiles.</source>
        <translation>%1 perfis removidos.</translation>
    </message>
    <message>
        <source>Not restored, because another profile has the name now: %1</source>
        <translation>Não restaurados, porque outro perfil agora tem o mesmo nome: %1</translation>
    </message>
    <message>
        <source>Restored with their secrets: %1.</source>
        <translation>Restaurados com seus segredos: %1.</translation>
    </message>
    <message>
        <source>The secrets of the removed profile %1 could not be deleted yet: %2</source>
        <translation>Os segredos do perfil removido %1 ainda não puderam ser excluídos: %2</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>Não foi possível iniciar a demonstração.</translation>
    </message>
    <message>
        <source>The demo starts in a window of its own.</source>
        <translation>A demonstração é iniciada em uma janela própria.</translation>
    </message>
    <message>
        <source>Still running in the tray. Quit from its menu or with %1.</source>
        <translation>Ainda em execução na bandeja. Saia pelo menu dela ou com %1.</translation>
    </message>
    <message>
        <source>Check &amp;identities…</source>
        <translation>Veri&amp;ficar identidades…</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::PendingDeletions</name>
    <message>
        <source>pending deletions file</source>
        <translation>arquivo de exclusões pendentes</translation>
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
        <translation>o macOS Keychain</translation>
    </message>
    <message>
        <source>the Secret Service (GNOME Keyring or KWallet)</source>
        <translation>o Secret Service (GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Adicionar perfil</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Editar perfil “%1”</translation>
    </message>
    <message>
        <source>Duplicate profile “%1”</source>
        <translation>Duplicar perfil “%1”</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
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
        <translation>%1 cópia</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Salvar o perfil</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Já existe um perfil chamado “%1”; escolha outro nome.</translation>
    </message>
    <message>
        <source>Plain http to %1 is not encrypted: use https, or tick “Allow plain http” to accept that risk.</source>
        <translation>http simples para %1 não é criptografado: use https ou marque “Permitir http simples” para aceitar esse risco.</translation>
    </message>
    <message>
        <source>The pin must be the 64 hexadecimal digits of a SHA-256 digest; colons, spaces and case are ignored.</source>
        <translation>O pin deve ter os 64 dígitos hexadecimais de um resumo SHA-256; dois-pontos, espaços e maiúsculas/minúsculas são ignorados.</translation>
    </message>
    <message>
        <source>A certificate pin has no effect over plain http: use https, or remove the pin.</source>
        <translation>Um pin de certificado não tem efeito com http simples: use https ou remova o pin.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: check the path and its permissions.</source>
        <translation>Não foi possível ler o arquivo de certificado %1: verifique o caminho e as permissões.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: check the path and its permissions.</source>
        <translation>Não foi possível ler o arquivo de CA %1: verifique o caminho e as permissões.</translation>
    </message>
    <message>
        <source>default: &lt;server URL&gt;/auth/oauth2_token</source>
        <translation>padrão: &lt;URL do servidor&gt;/auth/oauth2_token</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>padrão: %1</translation>
    </message>
    <message>
        <source>Choose the device certificate</source>
        <translation>Escolha o certificado do dispositivo</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Escolha um arquivo de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testando a conexão com %1…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Conectado. %1</translation>
    </message>
    <message>
        <source>Reachable. %1</source>
        <translation>Acessível. %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>The connection test failed. %1</source>
        <translation>O teste de conexão falhou. %1</translation>
    </message>
    <message>
        <source>the profile “%1” was removed and added again elsewhere while this dialog was open — cancel and edit it again</source>
        <translation>o perfil “%1” foi removido e adicionado novamente em outro lugar enquanto esta caixa de diálogo estava aberta — cancele e edite-o novamente</translation>
    </message>
    <message>
        <source>The profile was not saved: correct the problem and press OK again.</source>
        <translation>O perfil não foi salvo: corrija o problema e pressione OK novamente.</translation>
    </message>
    <message>
        <source>Saving: secrets go to the keychain first…</source>
        <translation>Salvando: os segredos vão primeiro para o chaveiro…</translation>
    </message>
    <message>
        <source>Device certificates (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation>Certificados de dispositivo (*.p12 *.pfx *.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the device&apos;s private key</source>
        <translation>Escolha a chave privada do dispositivo</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Chaves PEM (*.pem *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>leave empty to keep it</source>
        <translation>deixe vazio para manter</translation>
    </message>
    <message>
        <source>not copied: enter it</source>
        <translation>não copiado: informe-o</translation>
    </message>
    <message>
        <source>stored in the keychain on OK</source>
        <translation>guardado no chaveiro ao clicar em OK</translation>
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
        <translation>Se há valor guardado para %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>new value on OK</source>
        <translation>novo valor ao clicar em OK</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problema no nome do perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nome do perfil:</translation>
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
        <translation>opcional, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Problema nas etiquetas</translation>
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
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>https://santedb.example.org:8443</source>
        <translation>https://santedb.example.org:8443</translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation>Problema na URL do servidor</translation>
    </message>
    <message>
        <source>Ser&amp;ver URL:</source>
        <translation>URL do ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (unencrypted) to this server</source>
        <translation>Permitir &amp;http simples (não criptografado) para este servidor</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>Permitir http simples</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Endpoint de token</translation>
    </message>
    <message>
        <source>Token endpoint problem</source>
        <translation>Problema no endpoint de token</translation>
    </message>
    <message>
        <source>To&amp;ken endpoint:</source>
        <translation>Endpoint de to&amp;ken:</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>Versão do SanteDB</translation>
    </message>
    <message>
        <source>SanteD&amp;B version:</source>
        <translation>Versão do SanteD&amp;B:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Scope problem</source>
        <translation>Problema no scope</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Arquivo de CA</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>somente certificados do sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Procurar um arquivo de CA</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problema no arquivo de CA</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>Arquivo de C&amp;A:</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256</source>
        <translation>SHA-256 do certificado fixado</translation>
    </message>
    <message>
        <source>optional: 64 hex digits, colons allowed</source>
        <translation>opcional: 64 dígitos hexadecimais, dois-pontos permitidos</translation>
    </message>
    <message>
        <source>Pinned SHA-256 problem</source>
        <translation>Problema no SHA-256 fixado</translation>
    </message>
    <message>
        <source>Pinned SHA-&amp;256:</source>
        <translation>SHA-&amp;256 fixado:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problema no client ID</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient ID:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation>Se&amp;gredo do cliente:</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Concessão</translation>
    </message>
    <message>
        <source>The application (and device) on its own</source>
        <translation>O aplicativo (e o dispositivo) sozinho</translation>
    </message>
    <message>
        <source>A user, with a password</source>
        <translation>Um usuário, com senha</translation>
    </message>
    <message>
        <source>G&amp;rant:</source>
        <translation>Con&amp;cessão:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>Problema no nome de usuário</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>Password mode</source>
        <translation>Modo da senha</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Guardada no chaveiro</translation>
    </message>
    <message>
        <source>Asked each time, never stored</source>
        <translation>Pedida a cada vez, nunca guardada</translation>
    </message>
    <message>
        <source>Password &amp;mode:</source>
        <translation>&amp;Modo da senha:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Estabelecimento</translation>
    </message>
    <message>
        <source>optional: the facility UUID, when the user must choose one</source>
        <translation>opcional: o UUID do estabelecimento, quando o usuário precisa escolher um</translation>
    </message>
    <message>
        <source>Facility problem</source>
        <translation>Problema no estabelecimento</translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation>Es&amp;tabelecimento:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Device ID and secret</source>
        <translation>ID e segredo do dispositivo</translation>
    </message>
    <message>
        <source>Device authenticates with a device ID and secret</source>
        <translation>O dispositivo se autentica com um ID e um segredo de dispositivo</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Certificado do dispositivo</translation>
    </message>
    <message>
        <source>Device authenticates with a certificate</source>
        <translation>O dispositivo se autentica com um certificado</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Sem dispositivo</translation>
    </message>
    <message>
        <source>No device authentication</source>
        <translation>Sem autenticação de dispositivo</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticação:</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID do dispositivo</translation>
    </message>
    <message>
        <source>Device ID problem</source>
        <translation>Problema no ID do dispositivo</translation>
    </message>
    <message>
        <source>Device &amp;ID:</source>
        <translation>&amp;ID do dispositivo:</translation>
    </message>
    <message>
        <source>Device secret</source>
        <translation>Segredo do dispositivo</translation>
    </message>
    <message>
        <source>Device secret problem</source>
        <translation>Problema no segredo do dispositivo</translation>
    </message>
    <message>
        <source>&amp;Device secret:</source>
        <translation>Segredo do dis&amp;positivo:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Arquivo de certificado</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, .pfx) or PEM certificate</source>
        <translation>Certificado PKCS#12 (.p12, .pfx) ou PEM</translation>
    </message>
    <message>
        <source>Browse for a certificate file</source>
        <translation>Procurar um arquivo de certificado</translation>
    </message>
    <message>
        <source>Certificate file problem</source>
        <translation>Problema no arquivo de certificado</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Arquivo de ce&amp;rtificado:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Arquivo de chave</translation>
    </message>
    <message>
        <source>PEM only: the key, unless the certificate file holds it</source>
        <translation>Somente PEM: a chave, a menos que o arquivo de certificado a contenha</translation>
    </message>
    <message>
        <source>Browse for a key file</source>
        <translation>Procurar um arquivo de chave</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Arquivo &amp;de chave:</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Senha do certificado</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>Senha do certi&amp;ficado:</translation>
    </message>
    <message>
        <source>Device certificate details</source>
        <translation>Detalhes do certificado do dispositivo</translation>
    </message>
    <message>
        <source>Secrets are kept in %1, never in the profile file. A secret&apos;s field says whether a value is stored without showing it.</source>
        <translation>Os segredos são guardados em %1, nunca no arquivo de perfil. O campo de um segredo indica se há um valor guardado, sem mostrá-lo.</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Onde os segredos são guardados</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testar cone&amp;xão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Asks the server whether it is a SanteDB auth service, without sending any credential</source>
        <translation>Pergunta ao servidor se ele é um serviço de autenticação SanteDB, sem enviar nenhuma credencial</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancelar o teste de conexão</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status do salvamento</translation>
    </message>
    <message>
        <source>Detect automatically (detected %1.x)</source>
        <translation>Detectar automaticamente (detectado %1.x)</translation>
    </message>
    <message>
        <source>Choose the device&apos;s certificate file.</source>
        <translation>Escolha o arquivo de certificado do dispositivo.</translation>
    </message>
    <message>
        <source>Which secrets are stored is unknown: %1</source>
        <translation>Não se sabe quais segredos estão guardados: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is protected: enter its password to check it and see the certificate.</source>
        <translation>O arquivo está protegido: informe a senha dele para verificá-lo e ver o certificado.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Titular: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emissor: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Válido: de %1 a %2</translation>
    </message>
    <message>
        <source>SHA-1 (thumbprint): %1</source>
        <translation>SHA-1 (impressão digital): %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>It expires %1: renew it soon.</source>
        <translation>Ele expira %1: renove-o em breve.</translation>
    </message>
    <message>
        <source>Probably SanteDB %1.x: %2.</source>
        <translation>Provavelmente SanteDB %1.x: %2.</translation>
    </message>
    <message>
        <source>This profile is set to SanteDB %1.x: check the SanteDB version.</source>
        <translation>Este perfil está configurado para SanteDB %1.x: verifique a versão do SanteDB.</translation>
    </message>
    <message>
        <source>A secret is missing</source>
        <translation>Falta um segredo</translation>
    </message>
    <message>
        <source>No %1 is stored for this profile, and its sessions need it. Save it anyway and enter the secret later?</source>
        <translation>Não há nada guardado como %1 para este perfil, e as sessões dele precisam disso. Salvar mesmo assim e informar o segredo depois?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Salvar mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Enter it now</source>
        <translation>&amp;Informar agora</translation>
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
        <translation>Válida, sem expiração informada</translation>
    </message>
    <message>
        <source>Expiring: %1</source>
        <translation>Expirando: %1</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Senha para %1</translation>
    </message>
    <message>
        <source>One-time code for %1</source>
        <translation>Código de uso único para %1</translation>
    </message>
    <message>
        <source>The profile “%1” asks for the password each time; it is sent once and never stored.</source>
        <translation>O perfil “%1” pede a senha a cada vez; ela é enviada uma vez e nunca é guardada.</translation>
    </message>
    <message>
        <source>The server asks for a one-time code:</source>
        <translation>O servidor pede um código de uso único:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
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
        <translation>Selecionar todas as políticas</translation>
    </message>
    <message>
        <source>Select all history rows</source>
        <translation>Selecionar todas as linhas do histórico</translation>
    </message>
    <message>
        <source>none sent; used as Bearer</source>
        <translation>nenhum enviado; usado como Bearer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>(no id_token)</source>
        <translation>(sem id_token)</translation>
    </message>
    <message>
        <source>(not in the id_token)</source>
        <translation>(ausente no id_token)</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>%1, the earlier of two times that disagree:</source>
        <translation>%1, o mais cedo de dois horários divergentes:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>session obtained</source>
        <translation>sessão obtida</translation>
    </message>
    <message>
        <source>cached session reused</source>
        <translation>sessão em cache reutilizada</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Nenhum perfil selecionado</translation>
    </message>
    <message>
        <source>Session valid</source>
        <translation>Sessão válida</translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation>Erro do servidor: %1</translation>
    </message>
    <message>
        <source>Server description: %1</source>
        <translation>Descrição do servidor: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation>Corrigir o problema</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Device warning</source>
        <translation>Aviso do dispositivo</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Aviso de expiração</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Status da sessão</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>No servidor</translation>
    </message>
    <message>
        <source>Cached session</source>
        <translation>Sessão em cache</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>Última renovação</translation>
    </message>
    <message>
        <source>Share of the session lifetime left</source>
        <translation>Parte restante da duração da sessão</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Aguardando o servidor</translation>
    </message>
    <message>
        <source>&amp;Keep this session alive</source>
        <translation>&amp;Manter esta sessão ativa</translation>
    </message>
    <message>
        <source>Keep this session alive</source>
        <translation>Manter esta sessão ativa</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Manter ativa</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Detalhes do perfil</translation>
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
        <translation>Expira (local):</translation>
    </message>
    <message>
        <source>Expires, local time</source>
        <translation>Expira, horário local</translation>
    </message>
    <message>
        <source>Expires (UTC):</source>
        <translation>Expira (UTC):</translation>
    </message>
    <message>
        <source>Expires, UTC</source>
        <translation>Expira, UTC</translation>
    </message>
    <message>
        <source>Expiry taken from:</source>
        <translation>Expiração obtida de:</translation>
    </message>
    <message>
        <source>Where the expiry came from</source>
        <translation>Origem da expiração</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>SanteDB generation:</source>
        <translation>Geração do SanteDB:</translation>
    </message>
    <message>
        <source>SanteDB generation</source>
        <translation>Geração do SanteDB</translation>
    </message>
    <message>
        <source>Obtained by:</source>
        <translation>Obtida por:</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtida por</translation>
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
        <translation>Segredo do cliente verificado:</translation>
    </message>
    <message>
        <source>Client secret checked</source>
        <translation>Segredo do cliente verificado</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Estabelecimento:</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Estabelecimento</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Refresh token:</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalhes da sessão</translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation>Filtrar políticas</translation>
    </message>
    <message>
        <source>Filter by name or OID</source>
        <translation>Filtrar por nome ou OID</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
    <message>
        <source>Granted policies</source>
        <translation>Políticas concedidas</translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation>Po&amp;líticas</translation>
    </message>
    <message>
        <source>Claims of the id_token</source>
        <translation>Claims do id_token</translation>
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
        <translation>Revelar &amp;tokens</translation>
    </message>
    <message>
        <source>Reveal tokens</source>
        <translation>Revelar tokens</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Resposta do token</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Bruto</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Histórico da sessão</translation>
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
        <translation>Latência (ms)</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>H&amp;istórico</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>sem expiração informada</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>não verificada: %1</translation>
    </message>
    <message>
        <source>Select a profile on the left.</source>
        <translation>Selecione um perfil à esquerda.</translation>
    </message>
    <message>
        <source>No session yet: press Enter to get one.</source>
        <translation>Nenhuma sessão ainda: pressione Enter para obter uma.</translation>
    </message>
    <message>
        <source>Expiring soon: press Enter for a new session.</source>
        <translation>Expirando em breve: pressione Enter para uma nova sessão.</translation>
    </message>
    <message>
        <source>Expired: press Enter for a new session.</source>
        <translation>Expirada: pressione Enter para uma nova sessão.</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>Cancelado: nada mudou.</translation>
    </message>
    <message>
        <source>This session has no refresh token: it cannot be renewed, only replaced.</source>
        <translation>Esta sessão não tem refresh token: ela não pode ser renovada, apenas substituída.</translation>
    </message>
    <message>
        <source>Renews itself at half-life (%1) while the app runs.</source>
        <translation>Renova-se na metade da duração (%1) enquanto o aplicativo estiver em execução.</translation>
    </message>
    <message>
        <source>✔ signature verified</source>
        <translation>✔ assinatura verificada</translation>
    </message>
    <message>
        <source>⚠ signature %1</source>
        <translation>⚠ assinatura %1</translation>
    </message>
    <message>
        <source>Verified with %1</source>
        <translation>Verificada com %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>em cache</translation>
    </message>
    <message>
        <source>Reused from the keychain; no request was sent</source>
        <translation>Reutilizada do chaveiro; nenhuma solicitação foi enviada</translation>
    </message>
    <message>
        <source>renewed %1</source>
        <translation>renovada %1</translation>
    </message>
    <message>
        <source>✔ valid on server (checked %1)</source>
        <translation>✔ válida no servidor (verificada %1)</translation>
    </message>
    <message>
        <source>✖ revoked on server (checked %1)</source>
        <translation>✖ revogada no servidor (verificada %1)</translation>
    </message>
    <message>
        <source>✔ Signature verified: these claims come from the server.</source>
        <translation>✔ Assinatura verificada: estas claims vêm do servidor.</translation>
    </message>
    <message>
        <source>⚠ Signature %1: the claims are shown as received.</source>
        <translation>⚠ Assinatura %1: as claims são mostradas como recebidas.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ verificada</translation>
    </message>
    <message>
        <source>⚠ not verified</source>
        <translation>⚠ não verificada</translation>
    </message>
    <message>
        <source>The server did not authenticate the device %1: it granted an application-only session.</source>
        <translation>O servidor não autenticou o dispositivo %1: ele concedeu uma sessão somente de aplicativo.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>cache (reused from the keychain)</source>
        <translation>cache (reutilizada do chaveiro)</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>nenhum configurado</translation>
    </message>
    <message>
        <source>device secret (%1)</source>
        <translation>segredo do dispositivo (%1)</translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation>certificado (%1)</translation>
    </message>
    <message>
        <source>authentication unknown (signature not verified)</source>
        <translation>autenticação desconhecida (assinatura não verificada)</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation>NÃO autenticado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>yes; last renewed %1</source>
        <translation>sim; última renovação %1</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Nomeada por</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>built-in table</source>
        <translation>tabela embutida</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>(the token response is not available for a cached session)</source>
        <translation>(a resposta do token não está disponível para uma sessão em cache)</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copiar &amp;linha</translation>
    </message>
    <message>
        <source>Copy &amp;selected rows</source>
        <translation>Copiar linhas &amp;selecionadas</translation>
    </message>
    <message>
        <source>Copy everything as &amp;JSON</source>
        <translation>Copiar tudo como &amp;JSON</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Salvar as configurações</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
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
        <translation>Copiar cabeçalho — %1</translation>
    </message>
    <message>
        <source>No valid sessions</source>
        <translation>Nenhuma sessão válida</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar janela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Copy header — %1 (%2)</source>
        <translation>Copiar cabeçalho — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::TrustDialog</name>
    <message>
        <source>Review the certificate of %1</source>
        <translation>Revise o certificado de %1</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate %1 presented.</source>
        <translation>Este computador não confia no certificado apresentado por %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED since it was trusted. If nobody told you it would, do not trust it: someone may be intercepting the connection.</source>
        <translation>O certificado de %1 MUDOU desde que foi considerado confiável. Se ninguém lhe avisou que isso aconteceria, não confie nele: alguém pode estar interceptando a conexão.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the server&apos;s administrator gives you. Trusting it applies to every profile on this server.</source>
        <translation>Compare a impressão digital SHA-256 com a fornecida pelo administrador do servidor. Confiar nela vale para todos os perfis deste servidor.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido de:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido de</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido até:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Confiável antes:</translation>
    </message>
    <message>
        <source>Previously trusted SHA-256</source>
        <translation>SHA-256 confiável anteriormente</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation>&amp;Confiar neste certificado para este perfil</translation>
    </message>
</context>
</TS>
