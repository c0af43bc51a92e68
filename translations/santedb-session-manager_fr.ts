<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server %1 answered with TLS, not plain HTTP — the server URL probably needs https://</source>
        <translation>le serveur %1 a répondu en TLS, et non en HTTP simple — l&apos;URL du serveur doit probablement commencer par https://</translation>
    </message>
    <message>
        <source>the server %1 closed the connection without answering — check the server&apos;s logs</source>
        <translation>le serveur %1 a fermé la connexion sans répondre — consultez les journaux du serveur</translation>
    </message>
    <message>
        <source>the server %1 closed the connection in the middle of its answer&apos;s headers — check the server&apos;s logs</source>
        <translation>le serveur %1 a fermé la connexion au milieu des en-têtes de sa réponse — consultez les journaux du serveur</translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (%2 of the %3 bytes it announced arrived) — check the server&apos;s logs</source>
        <translation>le serveur %1 a fermé la connexion avant la fin de sa réponse (%2 des %3 octets annoncés sont arrivés) — consultez les journaux du serveur</translation>
    </message>
    <message>
        <source>the server %1 closed the connection before answering completely (the chunked body has no end) — check the server&apos;s logs</source>
        <translation>le serveur %1 a fermé la connexion avant la fin de sa réponse (le corps fragmenté n&apos;a pas de fin) — consultez les journaux du serveur</translation>
    </message>
    <message>
        <source>a chunk of the body is not followed by CRLF</source>
        <translation>un fragment du corps n&apos;est pas suivi de CRLF</translation>
    </message>
    <message>
        <source>the headers and trailers from %1 passed the 64 KiB limit — check the server</source>
        <translation>les en-têtes et les trailers de %1 dépassent la limite de 64 Kio — vérifiez le serveur</translation>
    </message>
    <message>
        <source>a trailer line of the chunked body is malformed</source>
        <translation>une ligne de trailer du corps fragmenté est mal formée</translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation>une ligne de taille de fragment dépasse %1 octets</translation>
    </message>
    <message>
        <source>a header line from %1 is longer than %2 bytes — check the server</source>
        <translation>une ligne d&apos;en-tête de %1 dépasse %2 octets — vérifiez le serveur</translation>
    </message>
    <message>
        <source>a line of the chunked body does not end with CRLF</source>
        <translation>une ligne du corps fragmenté ne se termine pas par CRLF</translation>
    </message>
    <message>
        <source>a line of the answer holds a stray CR or NUL byte</source>
        <translation>une ligne de la réponse contient un octet CR ou NUL isolé</translation>
    </message>
    <message>
        <source>the headers from %1 passed the 64 KiB limit — check the server</source>
        <translation>les en-têtes de %1 dépassent la limite de 64 Kio — vérifiez le serveur</translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP/1.x status line</source>
        <translation>la réponse ne commence pas par une ligne d&apos;état HTTP/1.x</translation>
    </message>
    <message>
        <source>the status code %1 does not exist</source>
        <translation>le code d&apos;état %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>le serveur a changé de protocole sans que cela lui ait été demandé</translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) answers arrived</source>
        <translation>plus de %1 réponses intermédiaires (1xx) sont arrivées</translation>
    </message>
    <message>
        <source>the server %1 sent more than %2 header fields — check the server</source>
        <translation>le serveur %1 a envoyé plus de %2 champs d&apos;en-tête — vérifiez le serveur</translation>
    </message>
    <message>
        <source>a header is folded over several lines (obsolete in HTTP/1.1)</source>
        <translation>un en-tête est replié sur plusieurs lignes (obsolète en HTTP/1.1)</translation>
    </message>
    <message>
        <source>a header line is not of the form &quot;Name: value&quot;</source>
        <translation>une ligne d&apos;en-tête n&apos;est pas de la forme «&#xa0;Name: value&#xa0;»</translation>
    </message>
    <message>
        <source>the server %1 sent a compressed answer it was not asked for (Content-Encoding: %2) — check the server or a proxy in between</source>
        <translation>le serveur %1 a envoyé une réponse compressée qui n&apos;était pas demandée (Content-Encoding: %2) — vérifiez le serveur ou un proxy intermédiaire</translation>
    </message>
    <message>
        <source>the answer has both Transfer-Encoding and Content-Length, a sign of response splitting</source>
        <translation>la réponse contient à la fois Transfer-Encoding et Content-Length, signe d&apos;un fractionnement de réponse (response splitting)</translation>
    </message>
    <message>
        <source>the answer uses a transfer coding other than chunked</source>
        <translation>la réponse utilise un codage de transfert autre que chunked</translation>
    </message>
    <message>
        <source>the Content-Length header is not one whole number</source>
        <translation>l&apos;en-tête Content-Length n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>the server %1 announced a %2-byte answer, over the %3 limit — check the URL</source>
        <translation>le serveur %1 a annoncé une réponse de %2 octets, au-delà de la limite de %3 — vérifiez l&apos;URL</translation>
    </message>
    <message>
        <source>a chunk size is not a hexadecimal number</source>
        <translation>une taille de fragment n&apos;est pas un nombre hexadécimal</translation>
    </message>
    <message>
        <source>a chunk size is followed by something other than an extension</source>
        <translation>une taille de fragment est suivie d&apos;autre chose qu&apos;une extension</translation>
    </message>
    <message>
        <source>the answer from %1 passed the %2 limit — check the URL</source>
        <translation>la réponse de %1 dépasse la limite de %2 — vérifiez l&apos;URL</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid HTTP: %2 — check the server or a proxy in between</source>
        <translation>la réponse de %1 n&apos;est pas du HTTP valide&#xa0;: %2 — vérifiez le serveur ou un proxy intermédiaire</translation>
    </message>
</context>
<context>
    <name>KnownServers</name>
    <message>
        <source>%1 is not an http or https URL with a host, so it names no server</source>
        <translation>%1 n&apos;est pas une URL http ou https avec un hôte&#xa0;; elle ne désigne donc aucun serveur</translation>
    </message>
    <message>
        <source>cannot use the known-servers file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation>impossible d&apos;utiliser le fichier des serveurs connus %1&#xa0;: %2&#xa0;; le fichier a été laissé tel quel&#xa0;: corrigez-le ou déplacez-le</translation>
    </message>
    <message>
        <source>the known-servers file %1 is a symbolic link, which is neither read nor written, so nobody can redirect what this computer trusts; replace it with a plain file</source>
        <translation>le fichier des serveurs connus %1 est un lien symbolique, qui n&apos;est ni lu ni écrit, afin que personne ne puisse détourner ce à quoi cet ordinateur fait confiance&#xa0;; remplacez-le par un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il est illisible (%1)</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>il dépasse 4 Mio</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>il ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation>«&#xa0;schema&#xa0;» doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be an object</source>
        <translation>«&#xa0;servers&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>%1 is not an origin of the form https://host:port</source>
        <translation>%1 n&apos;est pas une origine de la forme https://hôte:port</translation>
    </message>
    <message>
        <source>the record of %1 has no valid SHA-256, validity or trust date</source>
        <translation>l&apos;enregistrement de %1 n&apos;a pas de SHA-256, de validité ou de date d&apos;approbation valide</translation>
    </message>
    <message>
        <source>there is no certificate to trust</source>
        <translation>il n&apos;y a aucun certificat à approuver</translation>
    </message>
    <message>
        <source>known-servers file</source>
        <translation>fichier des serveurs connus</translation>
    </message>
    <message>
        <source>the known-servers file %1 was written by a newer version, so it is not changed</source>
        <translation>le fichier des serveurs connus %1 a été écrit par une version plus récente&#xa0;; il n&apos;est donc pas modifié</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Vider le &amp;presse-papiers après&#xa0;:</translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds (0 never clears it)</source>
        <translation>Vider le presse-papiers après ce nombre de secondes (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>&amp;Warn before a session expires:</source>
        <translation>&amp;Avertir avant l&apos;expiration d&apos;une session&#xa0;:</translation>
    </message>
    <message>
        <source>Warn this long before a session expires (0 never warns)</source>
        <translation>Délai d&apos;avertissement avant l&apos;expiration d&apos;une session (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>Unit of the expiry warning</source>
        <translation>Unité de l&apos;avertissement d&apos;expiration</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Délai d&apos;a&amp;ttente des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d&apos;attente des requêtes en secondes</translation>
    </message>
    <message>
        <source>Show an icon in the system t&amp;ray</source>
        <translation>Afficher une icône dans la zone de &amp;notification</translation>
    </message>
    <message>
        <source>Show a tray icon</source>
        <translation>Afficher une icône de notification</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps the app in the tray</source>
        <translation>Fermer la fenêtre &amp;garde l&apos;application dans la zone de notification</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray</source>
        <translation>Fermer la fenêtre garde l&apos;application dans la zone de notification</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>About interface languages</source>
        <translation>À propos des langues de l&apos;interface</translation>
    </message>
    <message>
        <source>Do not use a &amp;proxy (connect to servers directly)</source>
        <translation>Ne pas utiliser de pro&amp;xy (connexion directe aux serveurs)</translation>
    </message>
    <message>
        <source>Do not use a proxy</source>
        <translation>Ne pas utiliser de proxy</translation>
    </message>
    <message>
        <source>A change applies the next time the app starts.</source>
        <translation>Une modification s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>the CA file %1 holds no readable PEM certificate — fix the path or the file</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM lisible — corrigez le chemin ou le fichier</translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest) — fix or remove it</source>
        <translation>l&apos;épingle de certificat doit comporter 64 chiffres hexadécimaux (un condensé SHA-256) — corrigez-la ou supprimez-la</translation>
    </message>
    <message>
        <source>the trusted certificate recorded for this server is not a SHA-256 digest — trust the server&apos;s certificate again</source>
        <translation>le certificat approuvé enregistré pour ce serveur n&apos;est pas un condensé SHA-256 — approuvez de nouveau le certificat du serveur</translation>
    </message>
    <message>
        <source>the device certificate or its private key is missing — check the certificate files</source>
        <translation>le certificat de l&apos;appareil ou sa clé privée est manquant — vérifiez les fichiers de certificat</translation>
    </message>
    <message>
        <source>the certificate of %1 does not match the pinned SHA-256 %2: the server presented %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation>le certificat de %1 ne correspond pas au SHA-256 épinglé %2&#xa0;: le serveur a présenté %3 (%4) — rien n&apos;a été envoyé&#xa0;; soit le serveur a un nouveau certificat, soit il s&apos;agit d&apos;un autre serveur</translation>
    </message>
    <message>
        <source>the certificate of %1 changed since it was trusted: the trusted SHA-256 is %2, the server now presents %3 (%4) — nothing was sent; either the server has a new certificate or this is another server</source>
        <translation>le certificat de %1 a changé depuis son approbation&#xa0;: le SHA-256 approuvé est %2, le serveur présente maintenant %3 (%4) — rien n&apos;a été envoyé&#xa0;; soit le serveur a un nouveau certificat, soit il s&apos;agit d&apos;un autre serveur</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this server&apos;s name</source>
        <translation>il a été émis pour %1, pas pour le nom de ce serveur</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>il a expiré le %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>il n&apos;est pas valide avant le %1</translation>
    </message>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>il est auto-signé&#xa0;; aucune autorité de certification ne s&apos;en porte donc garante</translation>
    </message>
    <message>
        <source>its issuer is not a certificate authority this computer trusts</source>
        <translation>son émetteur n&apos;est pas une autorité de certification à laquelle cet ordinateur fait confiance</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>il a été révoqué</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>il n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2 (%3) — nothing was sent</source>
        <translation>le certificat de %1 n&apos;est pas approuvé&#xa0;: %2 (%3) — rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the server %1 refused the device certificate (%2) — check that the server trusts its issuer and that it is still valid</source>
        <translation>le serveur %1 a refusé le certificat de l&apos;appareil (%2) — vérifiez que le serveur fait confiance à son émetteur et que le certificat est toujours valide</translation>
    </message>
    <message>
        <source>the server %1 asks for a client certificate, and none is configured (%2)</source>
        <translation>le serveur %1 demande un certificat client, et aucun n&apos;est configuré (%2)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (%2) — check the server certificate, the CA file or the pinned certificate</source>
        <translation>la négociation TLS avec %1 a échoué (%2) — vérifiez le certificat du serveur, le fichier CA ou le certificat épinglé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SanteDB sessions with the secrets in the operating system&apos;s keychain.</source>
        <translation>Sessions SanteDB avec les secrets dans le trousseau du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Start with a local SanteDB emulator and demo profiles.</source>
        <translation>Démarrer avec un émulateur SanteDB local et des profils de démo.</translation>
    </message>
    <message>
        <source>Open the editor for a new profile on start.</source>
        <translation>Ouvrir l&apos;éditeur pour un nouveau profil au démarrage.</translation>
    </message>
    <message>
        <source>Profile file to use.</source>
        <translation>Fichier de profils à utiliser.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first session is shown, then quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre dès que la première session s&apos;affiche, puis quitter.</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the desktop&apos;s (screenshots, checks).</source>
        <translation>Utiliser une palette claire ou sombre au lieu de celle du bureau (captures d&apos;écran, vérifications).</translation>
    </message>
    <message>
        <source>Open another window even when one already runs with this profile file.</source>
        <translation>Ouvrir une autre fenêtre même si une fenêtre tourne déjà avec ce fichier de profils.</translation>
    </message>
    <message>
        <source>SanteDB Session Manager already runs with this profile file: its window was raised.</source>
        <translation>SanteDB Session Manager tourne déjà avec ce fichier de profils&#xa0;: sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>What --screenshot shows: main, policies, claims, history, editor, mfa or check.</source>
        <translation>Ce que montre --screenshot&#xa0;: main, policies, claims, history, editor, mfa ou check.</translation>
    </message>
</context>
<context>
    <name>santedb-session</name>
    <message>
        <source>note: the session is forgotten here only; the server keeps it valid until it expires — `santedb-session logout %1` ends it on the server
</source>
        <translation>remarque&#xa0;: la session est oubliée ici seulement&#xa0;; le serveur la garde valide jusqu&apos;à son expiration — `santedb-session logout %1` y met fin sur le serveur
</translation>
    </message>
    <message>
        <source>the JWKS at %1 answered HTTP %2, so the signature cannot be checked</source>
        <translation>le JWKS à %1 a répondu HTTP %2&#xa0;; la signature ne peut donc pas être vérifiée</translation>
    </message>
    <message>
        <source>the JWKS at %1 is unusable: %2</source>
        <translation>le JWKS à %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>fichier JWKS</translation>
    </message>
    <message>
        <source>the JWKS file %1 cannot be read (%2)</source>
        <translation>le fichier JWKS %1 est illisible (%2)</translation>
    </message>
    <message>
        <source>the JWKS file %1 is unusable: %2</source>
        <translation>le fichier JWKS %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>again: </source>
        <translation>encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>the two entries differ — nothing was stored</source>
        <translation>les deux saisies diffèrent — rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the %1 on standard input is not valid UTF-8 — nothing was stored</source>
        <translation>le %1 sur l&apos;entrée standard n&apos;est pas de l&apos;UTF-8 valide — rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password or password</source>
        <translation>le type de secret doit être client, device, cert-password ou password</translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation>%1 — rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>stored the %1 of profile &quot;%2&quot; in the keychain
</source>
        <translation>le %1 du profil «&#xa0;%2&#xa0;» a été enregistré dans le trousseau
</translation>
    </message>
    <message>
        <source>the secret kind must be client, device, cert-password, password or session</source>
        <translation>le type de secret doit être client, device, cert-password, password ou session</translation>
    </message>
    <message>
        <source>cleared the %1
</source>
        <translation>le %1 a été effacé
</translation>
    </message>
    <message>
        <source>no %1 was stored; nothing to clear
</source>
        <translation>aucun %1 n&apos;était enregistré&#xa0;; rien à effacer
</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>validité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier CA</translation>
    </message>
    <message>
        <source>--pin-sha256 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation>--pin-sha256 doit être les 64 chiffres hexadécimaux d&apos;un SHA-256 (les deux-points et la casse sont ignorés)</translation>
    </message>
    <message>
        <source>plain http: anything on the network path could have changed these answers</source>
        <translation>http simple&#xa0;: n&apos;importe quel élément du chemin réseau a pu modifier ces réponses</translation>
    </message>
    <message>
        <source>Server %1
</source>
        <translation>Serveur %1
</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>point de terminaison des jetons</translation>
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
        <translation>fin de session</translation>
    </message>
    <message>
        <source>grant types</source>
        <translation>types d&apos;octroi</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>version de SanteDB</translation>
    </message>
    <message>
        <source>%1.x probably (%2)</source>
        <translation>%1.x probablement (%2)</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>remarque&#xa0;: %1
</translation>
    </message>
    <message>
        <source>profile %1 uses plain http, which has no certificate to trust</source>
        <translation>le profil %1 utilise http simple, qui n&apos;a aucun certificat à approuver</translation>
    </message>
    <message>
        <source>The server at %1 presents this certificate:
</source>
        <translation>Le serveur à %1 présente ce certificat&#xa0;:
</translation>
    </message>
    <message>
        <source>note: profile %1 pins the SHA-256 %2, which takes precedence over what is trusted here
</source>
        <translation>remarque&#xa0;: le profil %1 épingle le SHA-256 %2, qui prime sur ce qui est approuvé ici
</translation>
    </message>
    <message>
        <source>It has been trusted for %1 since %2; nothing to change.
</source>
        <translation>Il est approuvé pour %1 depuis le %2&#xa0;; rien à changer.
</translation>
    </message>
    <message>
        <source>This computer already trusts it (its issuer is a trusted certificate authority); nothing to change.
</source>
        <translation>Cet ordinateur lui fait déjà confiance (son émetteur est une autorité de certification approuvée)&#xa0;; rien à changer.
</translation>
    </message>
    <message>
        <source>warning: it is NOT the certificate trusted for %1 until now (SHA-256 %2) — trust the new one only if you know why the server&apos;s certificate changed
</source>
        <translation>avertissement&#xa0;: ce n&apos;est PAS le certificat approuvé jusqu&apos;ici pour %1 (SHA-256 %2) — n&apos;approuvez le nouveau que si vous savez pourquoi le certificat du serveur a changé
</translation>
    </message>
    <message>
        <source>This computer does not trust it yet.
</source>
        <translation>Cet ordinateur ne lui fait pas encore confiance.
</translation>
    </message>
    <message>
        <source>nothing was trusted: confirm on a terminal, or add `--yes` after checking the SHA-256 above with the server&apos;s administrator</source>
        <translation>rien n&apos;a été approuvé&#xa0;: confirmez dans un terminal, ou ajoutez `--yes` après avoir vérifié le SHA-256 ci-dessus auprès de l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Compare the SHA-256 with what the server&apos;s administrator gave you. Type yes to trust it for %1: </source>
        <translation>Comparez le SHA-256 avec celui que l&apos;administrateur du serveur vous a donné. Tapez oui pour l&apos;approuver pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>nothing was trusted
</source>
        <translation>rien n&apos;a été approuvé
</translation>
    </message>
    <message>
        <source>trusted for %1: every profile on this origin and `discover` accept it from now on
</source>
        <translation>approuvé pour %1&#xa0;: désormais, tous les profils de cette origine et `discover` l&apos;acceptent
</translation>
    </message>
    <message>
        <source>standard input could not be read</source>
        <translation>l&apos;entrée standard n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>standard input holds more than %1 bytes — nothing was used</source>
        <translation>l&apos;entrée standard contient plus de %1 octets — rien n&apos;a été utilisé</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8 — nothing was sent</source>
        <translation>l&apos;entrée standard n&apos;est pas de l&apos;UTF-8 valide — rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>password for %1 (profile %2): </source>
        <translation>mot de passe pour %1 (profil %2)&#xa0;: </translation>
    </message>
    <message>
        <source>the server asks for a one-time code</source>
        <translation>le serveur demande un code à usage unique</translation>
    </message>
    <message>
        <source>The server asks which facility this session is for:
</source>
        <translation>Le serveur demande pour quel établissement est cette session&#xa0;:
</translation>
    </message>
    <message>
        <source>facility (1-%1, empty to cancel): </source>
        <translation>établissement (1-%1, vide pour annuler)&#xa0;: </translation>
    </message>
    <message>
        <source>no facility was chosen</source>
        <translation>aucun établissement n&apos;a été choisi</translation>
    </message>
    <message>
        <source>server root, e.g. https://mpi-test.local:8443</source>
        <translation>racine du serveur, p. ex. https://mpi-test.local:8443</translation>
    </message>
    <message>
        <source>the application&apos;s client_id</source>
        <translation>le client_id de l&apos;application</translation>
    </message>
    <message>
        <source>authenticate a device with its device secret (no &apos;:&apos;)</source>
        <translation>authentifier un appareil avec son secret de l&apos;appareil (sans &apos;:&apos;)</translation>
    </message>
    <message>
        <source>authenticate the device with a client certificate: PKCS#12 (.p12/.pfx; password: `secret set NAME cert-password`) or PEM</source>
        <translation>authentifier l&apos;appareil avec un certificat client&#xa0;: PKCS#12 (.p12/.pfx&#xa0;; mot de passe&#xa0;: `secret set NAME cert-password`) ou PEM</translation>
    </message>
    <message>
        <source>the PEM private key of a PEM --device-cert</source>
        <translation>la clé privée PEM d&apos;un --device-cert PEM</translation>
    </message>
    <message>
        <source>application only</source>
        <translation>application seule</translation>
    </message>
    <message>
        <source>auto (default), 2 or 3</source>
        <translation>auto (par défaut), 2 ou 3</translation>
    </message>
    <message>
        <source>space-separated policy OIDs, default *</source>
        <translation>OID de politiques séparés par des espaces, * par défaut</translation>
    </message>
    <message>
        <source>default &lt;server&gt;/auth/oauth2_token</source>
        <translation>par défaut &lt;server&gt;/auth/oauth2_token</translation>
    </message>
    <message>
        <source>extra trusted CA certificates</source>
        <translation>certificats CA supplémentaires approuvés</translation>
    </message>
    <message>
        <source>SHA-256 of the server&apos;s leaf certificate (colons and case ignored)</source>
        <translation>SHA-256 du certificat feuille du serveur (deux-points et casse ignorés)</translation>
    </message>
    <message>
        <source>accept plain http to a host other than loopback</source>
        <translation>accepter http simple vers un hôte autre que la boucle locale</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>client_credentials (default) or password (a user session)</source>
        <translation>client_credentials (par défaut) ou password (une session utilisateur)</translation>
    </message>
    <message>
        <source>the user of the password grant</source>
        <translation>l&apos;utilisateur du password grant</translation>
    </message>
    <message>
        <source>stored (default: `secret set NAME password`) or ask (asked each time, never stored)</source>
        <translation>stored (par défaut&#xa0;: `secret set NAME password`) ou ask (demandé à chaque fois, jamais enregistré)</translation>
    </message>
    <message>
        <source>a facility to send with the first request</source>
        <translation>un établissement à envoyer avec la première requête</translation>
    </message>
    <message>
        <source>a tag for grouping (repeat for several)</source>
        <translation>une étiquette de regroupement (à répéter pour en mettre plusieurs)</translation>
    </message>
    <message>
        <source>ignore a cached session and request a new one</source>
        <translation>ignorer une session en cache et en demander une nouvelle</translation>
    </message>
    <message>
        <source>reuse a cached session only with more than this left (default 60); a session with a refresh token is renewed before it gets that short</source>
        <translation>ne réutiliser une session en cache que s&apos;il lui reste plus que cette durée (60 par défaut)&#xa0;; une session avec un jeton d&apos;actualisation est renouvelée avant de descendre sous ce seuil</translation>
    </message>
    <message>
        <source>ask the server whether a cached session is still valid before using it, and get a new one if the server dropped it</source>
        <translation>demander au serveur si une session en cache est toujours valide avant de l&apos;utiliser, et en obtenir une nouvelle si le serveur l&apos;a abandonnée</translation>
    </message>
    <message>
        <source>the facility to send (a user who must choose one)</source>
        <translation>l&apos;établissement à envoyer (pour un utilisateur qui doit en choisir un)</translation>
    </message>
    <message>
        <source>read the password from standard input (line 1)</source>
        <translation>lire le mot de passe sur l&apos;entrée standard (ligne 1)</translation>
    </message>
    <message>
        <source>read a one-time code from standard input (the next line), used only if the server asks for one</source>
        <translation>lire un code à usage unique sur l&apos;entrée standard (la ligne suivante), utilisé seulement si le serveur en demande un</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par une machine</translation>
    </message>
    <message>
        <source>only the profiles with this tag (repeat for several: any of them)</source>
        <translation>seulement les profils ayant cette étiquette (à répéter pour plusieurs&#xa0;: l&apos;une d&apos;elles suffit)</translation>
    </message>
    <message>
        <source>profile file (default: the user&apos;s config folder)</source>
        <translation>fichier de profils (par défaut&#xa0;: le dossier de configuration de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>total deadline for each request (default 30)</source>
        <translation>délai total pour chaque requête (30 par défaut)</translation>
    </message>
    <message>
        <source>never use a proxy (loopback never does)</source>
        <translation>ne jamais utiliser de proxy (jamais utilisé pour la boucle locale)</translation>
    </message>
    <message>
        <source>help for any command</source>
        <translation>aide pour toute commande</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>new name (the keychain entries follow)</source>
        <translation>nouveau nom (les entrées du trousseau suivent)</translation>
    </message>
    <message>
        <source>refuse plain http again</source>
        <translation>refuser de nouveau http simple</translation>
    </message>
    <message>
        <source>machine-readable result, including access_token</source>
        <translation>résultat lisible par une machine, access_token compris</translation>
    </message>
    <message>
        <source>allow a URL outside the profile&apos;s server</source>
        <translation>autoriser une URL hors du serveur du profil</translation>
    </message>
    <message>
        <source>Adds a profile: the non-secret settings of an application and its device.
Secrets are set afterwards with `secret set`.
</source>
        <translation>Ajoute un profil&#xa0;: les paramètres non secrets d&apos;une application et de son appareil.
Les secrets se définissent ensuite avec `secret set`.
</translation>
    </message>
    <message>
        <source>Changes a profile; an empty value resets an option to its default
(--scope &quot;&quot; is *, --token-endpoint &quot;&quot; is &lt;server&gt;/auth/oauth2_token).
Any change forgets the cached session; changing --santedb-version forgets the detected one.
</source>
        <translation>Modifie un profil&#xa0;; une valeur vide remet une option à sa valeur par défaut
(--scope &quot;&quot; vaut *, --token-endpoint &quot;&quot; vaut &lt;server&gt;/auth/oauth2_token).
Toute modification oublie la session en cache&#xa0;; modifier --santedb-version oublie la version détectée.
</translation>
    </message>
    <message>
        <source>Lists the profiles and their last session state (reads no keychain).
</source>
        <translation>Liste les profils et l&apos;état de leur dernière session (ne lit aucun trousseau).
</translation>
    </message>
    <message>
        <source>Shows one profile, which of its secrets are stored, and its last session.
</source>
        <translation>Affiche un profil, ceux de ses secrets qui sont enregistrés et sa dernière session.
</translation>
    </message>
    <message>
        <source>Removes a profile and deletes its keychain entries.
</source>
        <translation>Supprime un profil et efface ses entrées du trousseau.
</translation>
    </message>
    <message>
        <source>Writes profiles as JSON (all when neither NAME nor --tag is given). Never includes secrets.
</source>
        <translation>Écrit des profils en JSON (tous si ni NAME ni --tag n&apos;est indiqué). N&apos;inclut jamais de secrets.
</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>écrire dans FILE au lieu de la sortie standard</translation>
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
        <translation>Ajoute les profils d&apos;un fichier d&apos;export (FILE ou - pour stdin), tout ou rien&#xa0;;
refuse les noms qui existent déjà. Chaque profil importé reçoit un nouvel UUID.

Avec --csv, FILE est un CSV avec une ligne d&apos;en-tête dont les colonnes sont des options de `profile add`
(name, server, client_id, device_id, device_cert, grant, username, santedb_version,
scope, token_endpoint, ca_file, tag, note, ...)&#xa0;: un profil par ligne, plusieurs étiquettes séparées par des virgules.
Avec --secrets-stdin, l&apos;entrée standard contient des lignes JSON
{&quot;name&quot;: …, &quot;client&quot;: …, &quot;device&quot;: …, &quot;password&quot;: …, &quot;cert_password&quot;: …}
dont les secrets vont directement dans le trousseau. Chaque ligne et chaque secret sont vérifiés
avant tout enregistrement. Supprimez ensuite le fichier de secrets.
</translation>
    </message>
    <message>
        <source>FILE is CSV with a header row</source>
        <translation>FILE est un CSV avec une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>read the profiles&apos; secrets from standard input, one JSON object a line</source>
        <translation>lire les secrets des profils sur l&apos;entrée standard, un objet JSON par ligne</translation>
    </message>
    <message>
        <source>Connects to the profile&apos;s server, shows its certificate (subject, issuer, validity,
SHA-256) and, after you type yes (or with --yes), trusts exactly that certificate for
the server&apos;s origin (scheme, host, port), like SSH&apos;s known_hosts: every profile on
that origin and `discover` accept it. A certificate that later changes is refused
before anything is sent. A profile&apos;s own --pin-sha256 takes precedence.
</source>
        <translation>Se connecte au serveur du profil, affiche son certificat (sujet, émetteur, validité,
SHA-256) et, après que vous avez tapé oui (ou avec --yes), approuve exactement ce certificat pour
l&apos;origine du serveur (schéma, hôte, port), comme le known_hosts de SSH&#xa0;: tous les profils de
cette origine et `discover` l&apos;acceptent. Un certificat qui change par la suite est refusé
avant tout envoi. Le --pin-sha256 propre à un profil a la priorité.
</translation>
    </message>
    <message>
        <source>trust without asking (check the SHA-256 first)</source>
        <translation>approuver sans demander (vérifiez d&apos;abord le SHA-256)</translation>
    </message>
    <message>
        <source>Stores a secret in the OS keychain. Reads standard input (one trailing newline removed),
or prompts twice without echo on a terminal. Never pass secrets as arguments.
</source>
        <translation>Enregistre un secret dans le trousseau du système. Lit l&apos;entrée standard (un saut de ligne final retiré),
ou le demande deux fois sans écho dans un terminal. Ne passez jamais de secrets en arguments.
</translation>
    </message>
    <message>
        <source>Deletes one keychain entry of a profile, or all five without a kind.
Clearing the session only forgets it here: the server keeps it valid until it
expires — use `logout NAME` to end it on the server.
</source>
        <translation>Supprime une entrée du trousseau d&apos;un profil, ou les cinq si aucun type n&apos;est indiqué.
Effacer la session ne fait que l&apos;oublier ici&#xa0;: le serveur la garde valide jusqu&apos;à son
expiration — utilisez `logout NAME` pour y mettre fin sur le serveur.
</translation>
    </message>
    <message>
        <source>Obtains a session (or reuses the cached one) and describes it. Only --json prints the token.
</source>
        <translation>Obtient une session (ou réutilise celle en cache) et la décrit. Seul --json affiche le jeton.
</translation>
    </message>
    <message>
        <source>Prints the access token.
</source>
        <translation>Affiche le jeton d&apos;accès.
</translation>
    </message>
    <message>
        <source>Prints `Authorization: Bearer &lt;access_token&gt;`.
</source>
        <translation>Affiche `Authorization: Bearer &lt;access_token&gt;`.
</translation>
    </message>
    <message>
        <source>Prints a ready curl command line with the bearer header. PATH is appended to the server
root; no argument means &lt;root&gt;/auth/session. A URL on another origin needs --any-origin.
</source>
        <translation>Affiche une ligne de commande curl prête à l&apos;emploi avec l&apos;en-tête bearer. PATH est ajouté à la racine
du serveur&#xa0;; sans argument, c&apos;est &lt;root&gt;/auth/session. Une URL sur une autre origine exige --any-origin.
</translation>
    </message>
    <message>
        <source>Asks the server whether the cached session is still valid (GET &lt;root&gt;/auth/session).
Exit 0 when it is, 3 when the server no longer knows it. Prints no token.
</source>
        <translation>Demande au serveur si la session en cache est toujours valide (GET &lt;root&gt;/auth/session).
Code de sortie 0 si elle l&apos;est, 3 si le serveur ne la connaît plus. N&apos;affiche aucun jeton.
</translation>
    </message>
    <message>
        <source>Ends the cached session on the server (POST &lt;root&gt;/auth/signout) and forgets it here.
A session the server had already dropped is reported, not an error.
</source>
        <translation>Met fin à la session en cache sur le serveur (POST &lt;root&gt;/auth/signout) et l&apos;oublie ici.
Une session que le serveur avait déjà abandonnée est signalée, sans être une erreur.
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
        <translation>Essaie les identités des profils nommés, ou de tous, ou de ceux qui ont une étiquette (indiquez l&apos;un des
trois), plusieurs à la fois, chacune exactement une fois (jamais de nouvel essai), et indique lesquelles fonctionnent&#xa0;:
la cause quand l&apos;une échoue, le temps restant, les politiques, si l&apos;appareil a été
authentifié, la signature et la latence. Une session valide en cache est utilisée&#xa0;; aucune nouvelle
n&apos;est mise en cache et aucun jeton n&apos;est affiché. Les profils qui demandent le mot de passe à chaque fois
sont ignorés, sans rien demander. Code de sortie 0 si toutes fonctionnent, sinon le plus élevé des codes des autres.
</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>tous les profils</translation>
    </message>
    <message>
        <source>an array with one object per identity</source>
        <translation>un tableau avec un objet par identité</translation>
    </message>
    <message>
        <source>CSV with a header row, the columns of --json</source>
        <translation>CSV avec une ligne d&apos;en-tête, les colonnes de --json</translation>
    </message>
    <message>
        <source>identities tried at once (default 16, at most 32)</source>
        <translation>identités essayées simultanément (16 par défaut, 32 au plus)</translation>
    </message>
    <message>
        <source>start at most this many identities per second</source>
        <translation>démarrer au plus ce nombre d&apos;identités par seconde</translation>
    </message>
    <message>
        <source>ignore cached sessions: ask the server for each</source>
        <translation>ignorer les sessions en cache&#xa0;: interroger le serveur pour chacune</translation>
    </message>
    <message>
        <source>an identity whose session lacks this policy fails (repeat for several)</source>
        <translation>une identité dont la session n&apos;a pas cette politique échoue (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>the facility to send for users who must choose one</source>
        <translation>l&apos;établissement à envoyer pour les utilisateurs qui doivent en choisir un</translation>
    </message>
    <message>
        <source>Reads a server&apos;s OpenID discovery document (&lt;URL&gt;/auth/.well-known/openid-
configuration) without sending any credential: issuer, token, JWKS, userinfo and
end-session endpoints, grant types, signing algorithms and a guess at the SanteDB
generation.
</source>
        <translation>Lit le document de découverte OpenID d&apos;un serveur (&lt;URL&gt;/auth/.well-known/openid-
configuration) sans envoyer aucun identifiant&#xa0;: émetteur, points de terminaison des jetons, JWKS,
userinfo et fin de session, types d&apos;octroi, algorithmes de signature et une estimation de la
génération de SanteDB.
</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (SHA-256; colons and case ignored)</source>
        <translation>accepter exactement ce certificat de serveur (SHA-256&#xa0;; deux-points et casse ignorés)</translation>
    </message>
    <message>
        <source>Decodes a JWT (argument, or standard input when absent or -); a leading
`Bearer ` or `Authorization: Bearer ` is ignored. Without --jwks the signature is
not verified; with it, it is verified, invalid, unsigned, unknown_key (no key for
its kid) or unsupported_alg. Tokens SanteDB signs with a client or device secret
(kid = client_id) verify only in `login`.
</source>
        <translation>Décode un JWT (argument, ou entrée standard s&apos;il est absent ou -)&#xa0;; un préfixe
`Bearer ` ou `Authorization: Bearer ` est ignoré. Sans --jwks, la signature n&apos;est
pas vérifiée&#xa0;; avec, elle est vérifiée, invalide, non signée, unknown_key (aucune clé pour
son kid) ou unsupported_alg. Les jetons que SanteDB signe avec un secret client ou de l&apos;appareil
(kid = client_id) ne se vérifient que dans `login`.
</translation>
    </message>
    <message>
        <source>verify the signature with this JSON Web Key Set: a URL (fetched once, e.g. &lt;server&gt;/auth/jwks) or a JWKS file</source>
        <translation>vérifier la signature avec ce JSON Web Key Set&#xa0;: une URL (récupérée une fois, p. ex. &lt;server&gt;/auth/jwks) ou un fichier JWKS</translation>
    </message>
    <message>
        <source>unknown option --%1 for `%2` — see `%2 --help`</source>
        <translation>option inconnue --%1 pour `%2` — voir `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 needs a value — see `%2 --help`</source>
        <translation>l&apos;option --%1 attend une valeur — voir `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 takes no value — see `%2 --help`</source>
        <translation>l&apos;option --%1 ne prend pas de valeur — voir `%2 --help`</translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation>l&apos;option --%1 est donnée deux fois</translation>
    </message>
    <message>
        <source>unknown command `%1` — see `santedb-session --help`</source>
        <translation>commande inconnue `%1` — voir `santedb-session --help`</translation>
    </message>
    <message>
        <source>`%1` needs a subcommand — see `santedb-session %1 --help`</source>
        <translation>`%1` attend une sous-commande — voir `santedb-session %1 --help`</translation>
    </message>
    <message>
        <source>no command given — see `santedb-session --help`</source>
        <translation>aucune commande indiquée — voir `santedb-session --help`</translation>
    </message>
    <message>
        <source>usage: santedb-session %1</source>
        <translation>utilisation&#xa0;: santedb-session %1</translation>
    </message>
    <message>
        <source>santedb-session — SanteDB sessions from the command line, secrets in the OS keychain.

Usage: santedb-session [global options] COMMAND [arguments] [options]

Commands:
</source>
        <translation>santedb-session — sessions SanteDB en ligne de commande, secrets dans le trousseau du système.

Utilisation&#xa0;: santedb-session [options globales] COMMAND [arguments] [options]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Global options (before or after the command):
</source>
        <translation>Options globales (avant ou après la commande)&#xa0;:
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 internal error, 2 usage/configuration/refused input,
3 OAuth error from the server (HTTP 400/401/403), 4 other network or server failure,
5 keychain unavailable or locked, or a required secret missing, 130 interrupted.
</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 erreur interne, 2 utilisation/configuration/saisie refusée,
3 erreur OAuth du serveur (HTTP 400/401/403), 4 autre échec réseau ou serveur,
5 trousseau indisponible ou verrouillé, ou secret requis manquant, 130 interruption.
</translation>
    </message>
    <message>
        <source>Usage: santedb-session %1

%2</source>
        <translation>Utilisation&#xa0;: santedb-session %1

%2</translation>
    </message>
    <message>
        <source>Example:
</source>
        <translation>Exemple&#xa0;:
</translation>
    </message>
    <message>
        <source>Usage: santedb-session %1 SUBCOMMAND ...

</source>
        <translation>Utilisation&#xa0;: santedb-session %1 SUBCOMMAND ...

</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to %1</source>
        <translation>--jobs doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>--rate must be a number of identities per second from 0.01 to 1000</source>
        <translation>--rate doit être un nombre d&apos;identités par seconde de 0,01 à 1000</translation>
    </message>
    <message>
        <source>--expect-policy needs one policy OID, such as 1.3.6.1.4.1.33349.3.1.5.9.2.1.0</source>
        <translation>--expect-policy attend un OID de politique, par exemple 1.3.6.1.4.1.33349.3.1.5.9.2.1.0</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>POLICIES</source>
        <translation>POLITIQUES</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPAREIL</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCE</translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation>CAUSE</translation>
    </message>
    <message>
        <source>ok (cached)</source>
        <translation>ok (en cache)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1, %2 missing</source>
        <translation>%1, %2 manquante(s)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation>NON authentifié</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>give the profiles to check: names, --all or --tag TAG (one of the three)</source>
        <translation>indiquez les profils à vérifier&#xa0;: des noms, --all ou --tag TAG (l&apos;un des trois)</translation>
    </message>
    <message>
        <source>choose --json or --csv, not both</source>
        <translation>choisissez --json ou --csv, pas les deux</translation>
    </message>
    <message>
        <source>there are no profiles to check</source>
        <translation>il n&apos;y a aucun profil à vérifier</translation>
    </message>
    <message>
        <source>no profile has the tag %1</source>
        <translation>aucun profil n&apos;a l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>%1 of %2 identities work</source>
        <translation>%1 identités sur %2 fonctionnent</translation>
    </message>
    <message>
        <source>; %1 skipped (asked for the password each time)</source>
        <translation>&#xa0;; %1 ignorée(s) (mot de passe demandé à chaque fois)</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600</source>
        <translation>--timeout doit être un nombre entier de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>--min-valid must be a whole number of seconds, 0 or more</source>
        <translation>--min-valid doit être un nombre entier de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation>--config attend un nom de fichier</translation>
    </message>
    <message>
        <source>the %1 %2 cannot be read — check the path and its permissions</source>
        <translation>le %1 %2 est illisible — vérifiez le chemin et ses permissions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>give exactly one of %1, %2 or %3</source>
        <translation>indiquez exactement un élément parmi %1, %2 ou %3</translation>
    </message>
    <message>
        <source>profile add needs --%1 — see `santedb-session profile add --help`</source>
        <translation>profile add attend --%1 — voir `santedb-session profile add --help`</translation>
    </message>
    <message>
        <source>%1 is needed</source>
        <translation>%1 est requis</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 ne peut pas être vide</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>fichier de certificat</translation>
    </message>
    <message>
        <source>%1 goes with a PEM %2</source>
        <translation>%1 s&apos;utilise avec un %2 PEM</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <source>%1 must be client_credentials or password</source>
        <translation>%1 doit être client_credentials ou password</translation>
    </message>
    <message>
        <source>%1 must be stored or ask</source>
        <translation>%1 doit être stored ou ask</translation>
    </message>
    <message>
        <source>%1 and %2 go with %3 password</source>
        <translation>%1 et %2 s&apos;utilisent avec %3 password</translation>
    </message>
    <message>
        <source>%1 must be auto, 2 or 3</source>
        <translation>%1 doit être auto, 2 ou 3</translation>
    </message>
    <message>
        <source>%1 must be the 64 hex digits of a SHA-256 (colons and case are ignored)</source>
        <translation>%1 doit être les 64 chiffres hexadécimaux d&apos;un SHA-256 (les deux-points et la casse sont ignorés)</translation>
    </message>
    <message>
        <source>session, expiry unknown</source>
        <translation>session, expiration inconnue</translation>
    </message>
    <message>
        <source>valid, %1</source>
        <translation>valide, %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>aucune session</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;
</source>
        <translation>profil «&#xa0;%1&#xa0;» ajouté
</translation>
    </message>
    <message>
        <source>next: store its secrets with `santedb-session secret set %1 &lt;%2&gt;`
</source>
        <translation>ensuite&#xa0;: enregistrez ses secrets avec `santedb-session secret set %1 &lt;%2&gt;`
</translation>
    </message>
    <message>
        <source>updated profile &quot;%1&quot;
</source>
        <translation>profil «&#xa0;%1&#xa0;» mis à jour
</translation>
    </message>
    <message>
        <source>no profiles yet — add one with `santedb-session profile add`
</source>
        <translation>aucun profil pour l&apos;instant — ajoutez-en un avec `santedb-session profile add`
</translation>
    </message>
    <message>
        <source>no profile has the tag %1
</source>
        <translation>aucun profil n&apos;a l&apos;étiquette %1
</translation>
    </message>
    <message>
        <source>warning: which secrets are stored is unknown: %1
</source>
        <translation>avertissement&#xa0;: impossible de savoir quels secrets sont enregistrés&#xa0;: %1
</translation>
    </message>
    <message>
        <source>warning: the device certificate&apos;s details cannot be shown: %1
</source>
        <translation>avertissement&#xa0;: les détails du certificat de l&apos;appareil ne peuvent pas être affichés&#xa0;: %1
</translation>
    </message>
    <message>
        <source>warning: the device certificate expired on %1 — renew it
</source>
        <translation>avertissement&#xa0;: le certificat de l&apos;appareil a expiré le %1 — renouvelez-le
</translation>
    </message>
    <message>
        <source>warning: the device certificate expires on %1 (%2) — renew it before then
</source>
        <translation>avertissement&#xa0;: le certificat de l&apos;appareil expire le %1 (%2) — renouvelez-le avant cette date
</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>santedb version</source>
        <translation>version santedb</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>octroi</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password mode</source>
        <translation>mode du mot de passe</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>id client</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>clé de l&apos;appareil</translation>
    </message>
    <message>
        <source>(in the certificate file)</source>
        <translation>(dans le fichier de certificat)</translation>
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
        <translation>fichier ca</translation>
    </message>
    <message>
        <source>pinned sha256</source>
        <translation>sha256 épinglé</translation>
    </message>
    <message>
        <source>allow http</source>
        <translation>autoriser http</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and 1 keychain entry
</source>
        <translation>le profil «&#xa0;%1&#xa0;» et 1 entrée du trousseau ont été supprimés
</translation>
    </message>
    <message numerus="yes">
        <source>removed profile &quot;%1&quot; and %n keychain entries
</source>
        <translation>
            <numerusform>le profil «&#xa0;%1&#xa0;» et %n entrée du trousseau ont été supprimés
</numerusform>
            <numerusform>le profil «&#xa0;%1&#xa0;» et %n entrées du trousseau ont été supprimés
</numerusform>
        </translation>
    </message>
    <message>
        <source>give profile names or --tag TAG, not both</source>
        <translation>indiquez des noms de profils ou --tag TAG, pas les deux</translation>
    </message>
    <message>
        <source>the export could not be written to %1 (%2)</source>
        <translation>l&apos;export n&apos;a pas pu être écrit dans %1 (%2)</translation>
    </message>
    <message>
        <source>exported to %1 (no secrets)
</source>
        <translation>exporté vers %1 (sans secrets)
</translation>
    </message>
    <message>
        <source>%1 line %2: %3 — nothing was imported</source>
        <translation>%1 ligne %2&#xa0;: %3 — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the CSV file %1 is empty — nothing was imported</source>
        <translation>le fichier CSV %1 est vide — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the CSV file %1 cannot be used: %2 — nothing was imported</source>
        <translation>le fichier CSV %1 est inutilisable&#xa0;: %2 — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not a `profile add` option</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas une option de `profile add`</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>there is no &quot;name&quot; column</source>
        <translation>il n&apos;y a pas de colonne «&#xa0;name&#xa0;»</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>the %1 column must be true or false</source>
        <translation>la colonne %1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>the %1 column</source>
        <translation>la colonne %1</translation>
    </message>
    <message>
        <source>a second profile is named %1</source>
        <translation>un deuxième profil s&apos;appelle %1</translation>
    </message>
    <message>
        <source>the secrets on standard input,</source>
        <translation>les secrets sur l&apos;entrée standard,</translation>
    </message>
    <message>
        <source>the line is longer than 64 KiB</source>
        <translation>la ligne dépasse 64 Kio</translation>
    </message>
    <message>
        <source>it is not one JSON object</source>
        <translation>ce n&apos;est pas un seul objet JSON</translation>
    </message>
    <message>
        <source>it has no &quot;name&quot; string</source>
        <translation>elle n&apos;a pas de chaîne «&#xa0;name&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of name, client, device, password, cert_password</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de name, client, device, password, cert_password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>warning: no %1 was given for profile %2 — %3
</source>
        <translation>avertissement&#xa0;: aucun %1 n&apos;a été fourni pour le profil %2 — %3
</translation>
    </message>
    <message>
        <source>standard input holds the secrets (--secrets-stdin): give the profiles as a file</source>
        <translation>l&apos;entrée standard contient les secrets (--secrets-stdin)&#xa0;: indiquez les profils dans un fichier</translation>
    </message>
    <message>
        <source>the import file %1 cannot be read (%2)</source>
        <translation>le fichier d&apos;import %1 est illisible (%2)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n profile(s): %1
</source>
        <translation>
            <numerusform>%n profil importé&#xa0;: %1
</numerusform>
            <numerusform>%n profils importés&#xa0;: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets stored in the keychain — delete the secrets file now
</source>
        <translation>secrets enregistrés dans le trousseau — supprimez maintenant le fichier de secrets
</translation>
    </message>
    <message>
        <source>exports hold no secrets: store them with `santedb-session secret set NAME KIND`
</source>
        <translation>les exports ne contiennent aucun secret&#xa0;: enregistrez-les avec `santedb-session secret set NAME KIND`
</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécutez %1</translation>
    </message>
    <message>
        <source>unlock it (log in to the desktop, or unlock the login keyring) and retry</source>
        <translation>déverrouillez-le (connectez-vous au bureau, ou déverrouillez le trousseau de connexion) et réessayez</translation>
    </message>
    <message>
        <source>start gnome-keyring or KWallet in this session and retry</source>
        <translation>démarrez gnome-keyring ou KWallet dans cette session et réessayez</translation>
    </message>
    <message>
        <source>review it with %1</source>
        <translation>examinez-le avec %1</translation>
    </message>
    <message>
        <source>retry with a larger `--timeout SECONDS`</source>
        <translation>réessayez avec un `--timeout SECONDS` plus grand</translation>
    </message>
    <message>
        <source>use `%1`</source>
        <translation>utilisez `%1`</translation>
    </message>
    <message>
        <source>change it with %1</source>
        <translation>modifiez-le avec %1</translation>
    </message>
    <message>
        <source>or retry with `--no-proxy`</source>
        <translation>ou réessayez avec `--no-proxy`</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>voir %1</translation>
    </message>
    <message>
        <source>add `--any-origin` if that is intended</source>
        <translation>ajoutez `--any-origin` si c&apos;est voulu</translation>
    </message>
    <message>
        <source>choose one with `--facility UUID`</source>
        <translation>choisissez-en un avec `--facility UUID`</translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the code with `--mfa-stdin`</source>
        <translation>exécutez la commande dans un terminal, ou donnez le code avec `--mfa-stdin`</translation>
    </message>
    <message>
        <source>run the command on a terminal, or give the password with `--password-stdin`</source>
        <translation>exécutez la commande dans un terminal, ou donnez le mot de passe avec `--password-stdin`</translation>
    </message>
    <message>
        <source>get a new session with %1</source>
        <translation>obtenez une nouvelle session avec %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>aucun configuré</translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation>certificat (%1)</translation>
    </message>
    <message>
        <source>unknown (the signature is not verified)</source>
        <translation>inconnu (la signature n&apos;est pas vérifiée)</translation>
    </message>
    <message>
        <source>authenticated (%1)</source>
        <translation>authentifié (%1)</translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x, cached)
</source>
        <translation>Session du profil «&#xa0;%1&#xa0;» (SanteDB %2.x, en cache)
</translation>
    </message>
    <message>
        <source>Session for profile &quot;%1&quot; (SanteDB %2.x)
</source>
        <translation>Session du profil «&#xa0;%1&#xa0;» (SanteDB %2.x)
</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>type de jeton</translation>
    </message>
    <message>
        <source>(none sent; used as Bearer)</source>
        <translation>(aucun envoyé&#xa0;; utilisé comme Bearer)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>id_token exp %1, expires_in %2 — the earlier is used</source>
        <translation>exp de l&apos;id_token %1, expires_in %2 — le plus proche est utilisé</translation>
    </message>
    <message>
        <source>obtained by</source>
        <translation>obtenue par</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renouvelée</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>sur le serveur</translation>
    </message>
    <message>
        <source>valid (checked %1)</source>
        <translation>valide (vérifiée %1)</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>politiques</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>warning: the token&apos;s type is &quot;%1&quot;; it cannot be sent as a Bearer header
</source>
        <translation>avertissement&#xa0;: le jeton est de type «&#xa0;%1&#xa0;»&#xa0;; il ne peut pas être envoyé dans un en-tête Bearer
</translation>
    </message>
    <message>
        <source>the server issued a token of type &quot;%1&quot;, which cannot be sent as an Authorization: Bearer header — use `santedb-session token %2` and the scheme your server expects</source>
        <translation>le serveur a émis un jeton de type «&#xa0;%1&#xa0;», qui ne peut pas être envoyé dans un en-tête Authorization: Bearer — utilisez `santedb-session token %2` et le schéma attendu par votre serveur</translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot; — get one with `santedb-session login %1`
</source>
        <translation>aucune session n&apos;est en cache pour le profil «&#xa0;%1&#xa0;» — obtenez-en une avec `santedb-session login %1`
</translation>
    </message>
    <message>
        <source>the server no longer knows the cached session of profile &quot;%1&quot; — get a new one with `santedb-session login %1 --fresh`
</source>
        <translation>le serveur ne connaît plus la session en cache du profil «&#xa0;%1&#xa0;» — obtenez-en une nouvelle avec `santedb-session login %1 --fresh`
</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; is valid on the server
</source>
        <translation>La session du profil «&#xa0;%1&#xa0;» est valide sur le serveur
</translation>
    </message>
    <message>
        <source>signed out on the server; the session of profile &quot;%1&quot; is forgotten
</source>
        <translation>déconnecté sur le serveur&#xa0;; la session du profil «&#xa0;%1&#xa0;» est oubliée
</translation>
    </message>
    <message>
        <source>the server had already ended the session of profile &quot;%1&quot;; it is forgotten here too
</source>
        <translation>le serveur avait déjà mis fin à la session du profil «&#xa0;%1&#xa0;»&#xa0;; elle est oubliée ici aussi
</translation>
    </message>
    <message>
        <source>no session is cached for profile &quot;%1&quot;; nothing to sign out
</source>
        <translation>aucune session n&apos;est en cache pour le profil «&#xa0;%1&#xa0;»&#xa0;; rien à déconnecter
</translation>
    </message>
</context>
<context>
    <name>sdsm</name>
    <message>
        <source>the certificate password is wrong: it does not open %1</source>
        <translation>le mot de passe du certificat est incorrect&#xa0;: il n&apos;ouvre pas %1</translation>
    </message>
    <message>
        <source>%1 is protected by a password and no certificate password is stored</source>
        <translation>%1 est protégé par un mot de passe et aucun mot de passe du certificat n&apos;est enregistré</translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file (.p12, .pfx) nor a PEM certificate, or it is damaged</source>
        <translation>%1 n&apos;est ni un fichier PKCS#12 (.p12, .pfx) ni un certificat PEM, ou il est endommagé</translation>
    </message>
    <message>
        <source>%1 is a PKCS#12 file, which holds its own private key, so no separate key file can be used</source>
        <translation>%1 est un fichier PKCS#12, qui contient sa propre clé privée&#xa0;; aucun fichier de clé distinct ne peut donc être utilisé</translation>
    </message>
    <message>
        <source>%1 holds a certificate but no private key, so the key file is needed as well</source>
        <translation>%1 contient un certificat mais pas de clé privée&#xa0;; le fichier de clé est donc aussi nécessaire</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation>%1 ne contient aucune clé privée PEM</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: %2</source>
        <translation>le fichier %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a certificate or key file</source>
        <translation>%1 dépasse 1 Mio&#xa0;; ce n&apos;est donc pas un fichier de certificat ou de clé</translation>
    </message>
    <message>
        <source>%1 uses legacy encryption (RC2, RC4 or DES) that this OpenSSL cannot decrypt; convert it with `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`</source>
        <translation>%1 utilise un ancien chiffrement (RC2, RC4 ou DES) que cet OpenSSL ne peut pas déchiffrer&#xa0;; convertissez-le avec `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents cannot be read as a PKCS#12 file</source>
        <translation>%1 est endommagé&#xa0;: son contenu ne peut pas être lu comme un fichier PKCS#12</translation>
    </message>
    <message>
        <source>%1 holds no private key, so it cannot authenticate a device</source>
        <translation>%1 ne contient aucune clé privée&#xa0;; il ne peut donc pas authentifier un appareil</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 ne contient aucun certificat</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>la clé privée contenue dans %1 ne correspond pas au certificat de %2</translation>
    </message>
    <message>
        <source>the private key in %1 is neither RSA nor EC, the kinds a device certificate can use here</source>
        <translation>la clé privée contenue dans %1 n&apos;est ni RSA ni EC, les types qu&apos;un certificat d&apos;appareil peut utiliser ici</translation>
    </message>
    <message>
        <source>the device certificate in %1 could not be handed to TLS</source>
        <translation>le certificat de l&apos;appareil contenu dans %1 n&apos;a pas pu être transmis à TLS</translation>
    </message>
    <message>
        <source>the device certificate in %1 is not valid yet: it is valid from %2 to %3</source>
        <translation>le certificat de l&apos;appareil contenu dans %1 n&apos;est pas encore valide&#xa0;: il est valide du %2 au %3</translation>
    </message>
    <message>
        <source>the device certificate in %1 has expired: it was valid from %2 to %3</source>
        <translation>le certificat de l&apos;appareil contenu dans %1 a expiré&#xa0;: il était valide du %2 au %3</translation>
    </message>
    <message>
        <source>the private key in %1 is not encrypted and other users of this computer can read the file; make it readable by its owner only</source>
        <translation>la clé privée contenue dans %1 n&apos;est pas chiffrée et d&apos;autres utilisateurs de cet ordinateur peuvent lire le fichier&#xa0;; rendez-le lisible par son propriétaire uniquement</translation>
    </message>
    <message>
        <source>the discovery answer is not a JSON object</source>
        <translation>la réponse de découverte n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the discovery document names no usable token_endpoint</source>
        <translation>le document de découverte ne désigne aucun token_endpoint utilisable</translation>
    </message>
    <message>
        <source>cannot rotate the history file %1; check the permissions of its folder</source>
        <translation>impossible de faire la rotation du fichier d&apos;historique %1&#xa0;; vérifiez les autorisations de son dossier</translation>
    </message>
    <message>
        <source>the history in %1 was copied to %2 but could not be removed; remove it by hand</source>
        <translation>l&apos;historique de %1 a été copié dans %2 mais n&apos;a pas pu être supprimé&#xa0;; supprimez-le manuellement</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s ahead of this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation>l&apos;horloge du serveur avance de %1 s sur celle de cet ordinateur&#xa0;; les heures des jetons peuvent sembler fausses jusqu&apos;à ce que l&apos;une d&apos;elles soit corrigée</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s behind this computer&apos;s; token times may look wrong until one of them is corrected</source>
        <translation>l&apos;horloge du serveur retarde de %1 s sur celle de cet ordinateur&#xa0;; les heures des jetons peuvent sembler fausses jusqu&apos;à ce que l&apos;une d&apos;elles soit corrigée</translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation>l&apos;opération a été annulée</translation>
    </message>
    <message>
        <source>the JWKS was refused because it is larger than 1 MiB</source>
        <translation>le JWKS a été refusé car il dépasse 1 Mio</translation>
    </message>
    <message>
        <source>the JWKS is not a JSON object, so it holds no keys</source>
        <translation>le JWKS n&apos;est pas un objet JSON&#xa0;; il ne contient donc aucune clé</translation>
    </message>
    <message>
        <source>the JWKS has no &quot;keys&quot; array, so it holds no keys</source>
        <translation>le JWKS n&apos;a pas de tableau «&#xa0;keys&#xa0;»&#xa0;; il ne contient donc aucune clé</translation>
    </message>
    <message>
        <source>the JWKS was refused because it lists more than 100 keys</source>
        <translation>le JWKS a été refusé car il liste plus de 100 clés</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>signature invalid</source>
        <translation>signature non valide</translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation>non signé (alg none)</translation>
    </message>
    <message>
        <source>signing key unknown</source>
        <translation>clé de signature inconnue</translation>
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation>algorithme de signature non pris en charge</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>the token&apos;s exp claim is not a valid time, so its expiry is unknown</source>
        <translation>la revendication exp du jeton n&apos;est pas une heure valide&#xa0;; son expiration est donc inconnue</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>le jeton a expiré le %1</translation>
    </message>
    <message>
        <source>the token&apos;s nbf claim is not a valid time, so its start is unknown</source>
        <translation>la revendication nbf du jeton n&apos;est pas une heure valide&#xa0;; son début est donc inconnu</translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation>le jeton n&apos;est pas valide avant le %1</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>device secret</source>
        <translation>secret de l&apos;appareil</translation>
    </message>
    <message>
        <source>certificate password</source>
        <translation>mot de passe du certificat</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>jeton de session</translation>
    </message>
    <message>
        <source>profile %1 uses the client_credentials grant, which has no password</source>
        <translation>le profil %1 utilise l&apos;octroi client_credentials, qui n&apos;a pas de mot de passe</translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time and never stores it</source>
        <translation>le profil %1 demande le mot de passe à chaque fois et ne l&apos;enregistre jamais</translation>
    </message>
    <message>
        <source>profile %1 does not use a %2 (its device mode is %3)</source>
        <translation>le profil %1 n&apos;utilise pas de %2 (son mode d&apos;appareil est %3)</translation>
    </message>
    <message>
        <source>the password grant needs a user name</source>
        <translation>le password grant nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the user name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>le nom d&apos;utilisateur ne doit pas contenir de caractères de contrôle, de sauts de ligne ni de caractères de mise en forme invisibles</translation>
    </message>
    <message>
        <source>the facility must be the UUID SanteDB offered, such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation>l&apos;établissement doit être l&apos;UUID proposé par SanteDB, par exemple 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>une étiquette ne doit pas être vide</translation>
    </message>
    <message>
        <source>a tag must be at most %1 characters long</source>
        <translation>une étiquette doit comporter au plus %1 caractères</translation>
    </message>
    <message>
        <source>a tag must not contain commas, control characters, invisible formatting characters or surrounding spaces</source>
        <translation>une étiquette ne doit pas contenir de virgules, de caractères de contrôle, de caractères de mise en forme invisibles ni d&apos;espaces en début ou en fin</translation>
    </message>
    <message>
        <source>a device certificate is presented in the TLS handshake, so the server must use https</source>
        <translation>un certificat d&apos;appareil est présenté lors de la négociation TLS&#xa0;; le serveur doit donc utiliser https</translation>
    </message>
    <message>
        <source>it is not valid JSON (near byte %1)</source>
        <translation>ce n&apos;est pas du JSON valide (vers l&apos;octet %1)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is not valid JSON (it ends too early)</source>
        <translation>ce n&apos;est pas du JSON valide (il se termine trop tôt)</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>il ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <source>its &quot;profiles&quot; member is not a list</source>
        <translation>son membre «&#xa0;profiles&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>profile entry %1 is not a JSON object</source>
        <translation>l&apos;entrée de profil %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>profile entry %1 is larger than %2 KiB</source>
        <translation>l&apos;entrée de profil %1 dépasse %2 Kio</translation>
    </message>
    <message>
        <source>it holds a member larger than %1 KiB</source>
        <translation>il contient un membre de plus de %1 Kio</translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; list</source>
        <translation>il n&apos;a pas de liste «&#xa0;profiles&#xa0;»</translation>
    </message>
    <message>
        <source>session locks</source>
        <translation>verrous de session</translation>
    </message>
    <message>
        <source>cannot open the lock file %1</source>
        <translation>impossible d&apos;ouvrir le fichier de verrou %1</translation>
    </message>
    <message>
        <source>another program has been getting a session for this profile for %1 s; try again when it is done</source>
        <translation>un autre programme obtient une session pour ce profil depuis %1 s&#xa0;; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>the session lock could not be taken</source>
        <translation>le verrou de session n&apos;a pas pu être pris</translation>
    </message>
    <message>
        <source>the server&apos;s message was withheld because it could not be checked for secrets</source>
        <translation>le message du serveur a été masqué car il n&apos;a pas pu être contrôlé pour y détecter des secrets</translation>
    </message>
    <message>
        <source>the session is too large to keep in the keychain</source>
        <translation>la session est trop volumineuse pour être conservée dans le trousseau</translation>
    </message>
    <message>
        <source>server cache</source>
        <translation>cache du serveur</translation>
    </message>
    <message>
        <source>the %1 request got HTTP %2</source>
        <translation>la requête %1 a reçu HTTP %2</translation>
    </message>
    <message>
        <source>the server offers the x_challenge grant, new in SanteDB 3.x</source>
        <translation>le serveur propose l&apos;octroi x_challenge, nouveau dans SanteDB 3.x</translation>
    </message>
    <message>
        <source>the document names an end_session_endpoint, which SanteDB 2.x did not have</source>
        <translation>le document désigne un end_session_endpoint, que SanteDB 2.x n&apos;avait pas</translation>
    </message>
    <message>
        <source>the document names no end_session_endpoint, as SanteDB 2.x&apos;s did not</source>
        <translation>le document ne désigne aucun end_session_endpoint, comme ceux de SanteDB 2.x</translation>
    </message>
    <message>
        <source>the discovery request got a redirect (HTTP %1), which is not followed</source>
        <translation>la requête de découverte a reçu une redirection (HTTP %1), qui n&apos;est pas suivie</translation>
    </message>
    <message>
        <source>the discovery request got HTTP %1</source>
        <translation>la requête de découverte a reçu HTTP %1</translation>
    </message>
    <message>
        <source>the session check at %1 answered HTTP %2</source>
        <translation>la vérification de session à %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>cannot remove the %1 %2: %3</source>
        <translation>impossible de supprimer le %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot lock the %1 %2 (%3); check its folder and try again</source>
        <translation>impossible de verrouiller le %1 %2 (%3)&#xa0;; vérifiez son dossier et réessayez</translation>
    </message>
    <message>
        <source>the %1 %2 is a symbolic link, which is never followed; remove it so the file can be made again</source>
        <translation>le %1 %2 est un lien symbolique, qui n&apos;est jamais suivi&#xa0;; supprimez-le pour que le fichier puisse être recréé</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3)</source>
        <translation>impossible de lire le %1 %2 (%3)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>subject %1, issuer %2, valid from %3 to %4, SHA-256 %5</source>
        <translation>sujet %1, émetteur %2, valide du %3 au %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>the password has expired — change it in SanteDB first</source>
        <translation>le mot de passe a expiré — changez-le d&apos;abord dans SanteDB</translation>
    </message>
    <message>
        <source>wrong user name or password, or the user is locked</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect, ou utilisateur verrouillé</translation>
    </message>
    <message>
        <source>the server no longer accepts this session&apos;s refresh token</source>
        <translation>le serveur n&apos;accepte plus le refresh_token de cette session</translation>
    </message>
    <message>
        <source>the import file cannot be used: %1 — nothing was imported</source>
        <translation>le fichier d&apos;importation est inutilisable&#xa0;: %1 — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>profile entry %1 is not valid JSON</source>
        <translation>l&apos;entrée de profil %1 n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>%1 is not on the profile&apos;s server %2, so its bearer token would go elsewhere</source>
        <translation>%1 n&apos;est pas sur le serveur du profil %2&#xa0;; son jeton bearer serait donc envoyé ailleurs</translation>
    </message>
    <message>
        <source>%1 does not make a valid URL</source>
        <translation>%1 ne forme pas une URL valide</translation>
    </message>
    <message>
        <source>history file</source>
        <translation>fichier d&apos;historique</translation>
    </message>
    <message>
        <source>cannot write to the history file %1: %2; check the free space</source>
        <translation>impossible d&apos;écrire dans le fichier d&apos;historique %1&#xa0;: %2&#xa0;; vérifiez l&apos;espace libre</translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2; check the permissions of its folder</source>
        <translation>impossible d&apos;ouvrir le fichier d&apos;historique %1&#xa0;: %2&#xa0;; vérifiez les autorisations de son dossier</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>The input is not a JWT: it has %1 dot-separated part(s) instead of 3; pass the id_token from the token response (access tokens are opaque).</source>
        <translation>L&apos;entrée n&apos;est pas un JWT&#xa0;: elle a %1 partie(s) séparée(s) par des points au lieu de 3&#xa0;; transmettez l&apos;id_token de la réponse de jeton (les jetons d&apos;accès sont opaques).</translation>
    </message>
    <message>
        <source>The JWT has an empty header or payload part, so there is nothing to decode; check that the whole token was copied.</source>
        <translation>Le JWT a une partie en-tête ou charge utile vide&#xa0;; il n&apos;y a donc rien à décoder&#xa0;; vérifiez que le jeton entier a été copié.</translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>L&apos;en-tête du JWT n&apos;est pas du base64url valide&#xa0;; le jeton ne peut donc pas être décodé&#xa0;; vérifiez qu&apos;il a été copié entièrement, sans espaces, «&#xa0;+&#xa0;» ni «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url, so the token cannot be decoded; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>La charge utile du JWT n&apos;est pas du base64url valide&#xa0;; le jeton ne peut donc pas être décodé&#xa0;; vérifiez qu&apos;il a été copié entièrement, sans espaces, «&#xa0;+&#xa0;» ni «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url, so the token is damaged; check that it was copied completely, without spaces, &apos;+&apos; or &apos;/&apos;.</source>
        <translation>La signature du JWT n&apos;est pas du base64url valide&#xa0;; le jeton est donc endommagé&#xa0;; vérifiez qu&apos;il a été copié entièrement, sans espaces, «&#xa0;+&#xa0;» ni «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object, so this is not a valid JWT; check that the input is an id_token.</source>
        <translation>L&apos;en-tête du JWT n&apos;est pas un objet JSON&#xa0;; ce n&apos;est donc pas un JWT valide&#xa0;; vérifiez que l&apos;entrée est un id_token.</translation>
    </message>
    <message>
        <source>The JWT header has no &quot;alg&quot; member, so this is not a valid JWS; check that the input is an id_token.</source>
        <translation>L&apos;en-tête du JWT n&apos;a pas de membre «&#xa0;alg&#xa0;»&#xa0;; ce n&apos;est donc pas un JWS valide&#xa0;; vérifiez que l&apos;entrée est un id_token.</translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object, so it holds no claims to show; check that the input is an id_token.</source>
        <translation>La charge utile du JWT n&apos;est pas un objet JSON&#xa0;; elle ne contient donc aucune revendication à afficher&#xa0;; vérifiez que l&apos;entrée est un id_token.</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>émis %1</translation>
    </message>
    <message>
        <source>becomes valid %1</source>
        <translation>devient valide %1</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>valide depuis %1</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>valide maintenant</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>not before</source>
        <translation>pas avant</translation>
    </message>
    <message>
        <source>alg is none: the token is unsigned</source>
        <translation>alg vaut none&#xa0;: le jeton n&apos;est pas signé</translation>
    </message>
    <message>
        <source>base64 padding present</source>
        <translation>remplissage base64 présent</translation>
    </message>
    <message>
        <source>invalid claim: %1 is not a NumericDate (a JSON number of seconds between 1970 and 9999)</source>
        <translation>revendication non valide&#xa0;: %1 n&apos;est pas une NumericDate (un nombre JSON de secondes entre 1970 et 9999)</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>jeton expiré</translation>
    </message>
    <message>
        <source>token not yet valid</source>
        <translation>jeton pas encore valide</translation>
    </message>
    <message>
        <source>The token was refused because it is larger than 64 KiB; pass the id_token itself, not a whole response or file.</source>
        <translation>Le jeton a été refusé car il dépasse 64 Kio&#xa0;; transmettez l&apos;id_token lui-même, pas une réponse ou un fichier entier.</translation>
    </message>
    <message>
        <source>There is no token to decode because the input is empty; pass an id_token.</source>
        <translation>Il n&apos;y a aucun jeton à décoder car l&apos;entrée est vide&#xa0;; transmettez un id_token.</translation>
    </message>
    <message>
        <source>The input is a JWT without its signature part, so it is incomplete; copy the whole token including the part after the second &apos;.&apos;.</source>
        <translation>L&apos;entrée est un JWT sans sa partie signature&#xa0;; il est donc incomplet&#xa0;; copiez le jeton entier, y compris la partie après le second «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>opaque 3.x access token — nothing to decode</source>
        <translation>jeton d&apos;accès 3.x opaque — rien à décoder</translation>
    </message>
    <message>
        <source>encrypted JWT (JWE) — not decoded</source>
        <translation>JWT chiffré (JWE) — non décodé</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>en-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: invalid (%2 is not a NumericDate)</source>
        <translation>%1&#xa0;: non valide (%2 n&apos;est pas une NumericDate)</translation>
    </message>
    <message>
        <source>%1: %2 (local %3), %4</source>
        <translation>%1&#xa0;: %2 (heure locale %3), %4</translation>
    </message>
    <message>
        <source>roles: none</source>
        <translation>rôles&#xa0;: aucun</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>policies: none</source>
        <translation>politiques&#xa0;: aucune</translation>
    </message>
    <message>
        <source>policies:</source>
        <translation>politiques&#xa0;:</translation>
    </message>
    <message>
        <source>unknown policy</source>
        <translation>politique inconnue</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>application: %1</source>
        <translation>application&#xa0;: %1</translation>
    </message>
    <message>
        <source>SanteDB claims:</source>
        <translation>Revendications SanteDB&#xa0;:</translation>
    </message>
    <message>
        <source>extensions:</source>
        <translation>extensions&#xa0;:</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>no Secret Service is running (%1)</source>
        <translation>aucun Secret Service n&apos;est en cours d&apos;exécution (%1)</translation>
    </message>
    <message>
        <source>the keyring is locked or not set up</source>
        <translation>le trousseau de clés est verrouillé ou n&apos;est pas configuré</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>il n&apos;y a pas de bus de session D-Bus</translation>
    </message>
    <message>
        <source>nothing provides org.freedesktop.secrets on the session bus</source>
        <translation>rien ne fournit org.freedesktop.secrets sur le bus de session</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1) — check that it is unlocked</source>
        <translation>le trousseau n&apos;a pas pu être lu (%1) — vérifiez qu&apos;il est déverrouillé</translation>
    </message>
    <message>
        <source>the keychain could not store the secret (%1) — check that it is unlocked</source>
        <translation>le trousseau n&apos;a pas pu enregistrer le secret (%1) — vérifiez qu&apos;il est déverrouillé</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1) — check that it is unlocked</source>
        <translation>le trousseau n&apos;a pas pu supprimer le secret (%1) — vérifiez qu&apos;il est déverrouillé</translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation>erreur Windows %1</translation>
    </message>
    <message>
        <source>cannot save the %1 %2: %3; check the free space and the permissions of its folder</source>
        <translation>impossible d&apos;enregistrer le %1 %2&#xa0;: %3&#xa0;; vérifiez l&apos;espace libre et les autorisations de son dossier</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the %2; check that its parent folder exists and is writable</source>
        <translation>impossible de créer le dossier %1 (%2)&#xa0;; vérifiez que son dossier parent existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 for the %2 (%3); check the permissions of its folder</source>
        <translation>impossible de créer le fichier de verrou %1 (%2) (%3)&#xa0;; vérifiez les autorisations de son dossier</translation>
    </message>
    <message>
        <source>content type withheld</source>
        <translation>type de contenu masqué</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>type de contenu %1</translation>
    </message>
    <message>
        <source>the server redirected the token request to an address that was withheld because it could not be checked for secrets — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>le serveur a redirigé la requête de jeton vers une adresse masquée car elle n&apos;a pas pu être contrôlée pour y détecter des secrets — les requêtes d&apos;identifiants ne suivent jamais les redirections&#xa0;; corrigez l&apos;URL du serveur ou le point de terminaison des jetons</translation>
    </message>
    <message>
        <source>the server redirected the token request without naming a location — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>le serveur a redirigé la requête de jeton sans indiquer d&apos;adresse — les requêtes d&apos;identifiants ne suivent jamais les redirections&#xa0;; corrigez l&apos;URL du serveur ou le point de terminaison des jetons</translation>
    </message>
    <message>
        <source>the server redirected the token request to %1 — credential requests never follow redirects; fix the server URL or token endpoint</source>
        <translation>le serveur a redirigé la requête de jeton vers %1 — les requêtes d&apos;identifiants ne suivent jamais les redirections&#xa0;; corrigez l&apos;URL du serveur ou le point de terminaison des jetons</translation>
    </message>
    <message>
        <source>the server refused the credentials: %1</source>
        <translation>le serveur a refusé les identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused the credentials: %1 %2</source>
        <translation>le serveur a refusé les identifiants&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1 — likely cause: %2</source>
        <translation>%1 — cause probable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2</source>
        <translation>le point de terminaison des jetons %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2: %3</source>
        <translation>le point de terminaison des jetons %1 a répondu HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 (%4) instead of a token response — check the token endpoint URL</source>
        <translation>le point de terminaison des jetons %1 a répondu HTTP %2 avec %3 (%4) au lieu d&apos;une réponse de jeton — vérifiez l&apos;URL du point de terminaison des jetons</translation>
    </message>
    <message>
        <source>; the answer began: %1</source>
        <translation>&#xa0;; la réponse commençait par&#xa0;: %1</translation>
    </message>
    <message>
        <source>the token response from %1 is unusable: %2 — check the token endpoint URL and the server&apos;s logs</source>
        <translation>la réponse de jeton de %1 est inutilisable&#xa0;: %2 — vérifiez l&apos;URL du point de terminaison des jetons et les journaux du serveur</translation>
    </message>
    <message>
        <source>expires_in was a string (&quot;%1&quot;); it was read as a number</source>
        <translation>expires_in était une chaîne («&#xa0;%1&#xa0;»)&#xa0;; elle a été lue comme un nombre</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>un corps vide</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>a body that is not valid UTF-8</source>
        <translation>un corps qui n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>a body that is not valid JSON (%1 at byte %2)</source>
        <translation>un corps qui n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>du JSON qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once, so its value is ambiguous</source>
        <translation>le membre «&#xa0;%1&#xa0;» apparaît plusieurs fois&#xa0;; sa valeur est donc ambiguë</translation>
    </message>
    <message>
        <source>access_token is missing (a non-empty string is required)</source>
        <translation>access_token est manquant (une chaîne non vide est requise)</translation>
    </message>
    <message>
        <source>access_token contains characters that cannot be sent in a header (only printable ASCII without spaces is allowed)</source>
        <translation>access_token contient des caractères qui ne peuvent pas être envoyés dans un en-tête (seuls les caractères ASCII imprimables sans espace sont autorisés)</translation>
    </message>
    <message>
        <source>the server sent no token_type; sending the token as Bearer</source>
        <translation>le serveur n&apos;a envoyé aucun token_type&#xa0;; le jeton est envoyé comme Bearer</translation>
    </message>
    <message>
        <source>token_type is not a string</source>
        <translation>token_type n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>the server sent an empty token_type; sending the token as Bearer</source>
        <translation>le serveur a envoyé un token_type vide&#xa0;; le jeton est envoyé comme Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a valid number of seconds (a whole number from 0 to below 10 years is required)</source>
        <translation>expires_in n&apos;est pas un nombre de secondes valide (un nombre entier de 0 à moins de 10 ans est requis)</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>the device secret is empty — enter the secret your SanteDB administrator issued for this device</source>
        <translation>le secret de l&apos;appareil est vide — saisissez le secret que votre administrateur SanteDB a délivré pour cet appareil</translation>
    </message>
    <message>
        <source>the device secret contains a control character, a line break or an invisible formatting character — enter it again without one</source>
        <translation>le secret de l&apos;appareil contient un caractère de contrôle, un saut de ligne ou un caractère de mise en forme invisible — saisissez-le de nouveau sans ce caractère</translation>
    </message>
    <message>
        <source>the device secret contains &apos;:&apos;, which SanteDB 3.x cannot accept in device credentials (it splits them on every &apos;:&apos;) — ask the administrator for a secret without &apos;:&apos;, or set the profile to SanteDB 2.x if the server is 2.x</source>
        <translation>le secret de l&apos;appareil contient «&#xa0;:&#xa0;», que SanteDB 3.x ne peut pas accepter dans les identifiants d&apos;appareil (il les découpe à chaque «&#xa0;:&#xa0;») — demandez à l&apos;administrateur un secret sans «&#xa0;:&#xa0;», ou réglez le profil sur SanteDB 2.x si le serveur est en 2.x</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered HTTP %2 with %3 bytes, over the 1 MiB limit for a token response — check the token endpoint URL</source>
        <translation>le point de terminaison des jetons %1 a répondu HTTP %2 avec %3 octets, au-delà de la limite de 1 Mio pour une réponse de jeton — vérifiez l&apos;URL du point de terminaison des jetons</translation>
    </message>
    <message>
        <source>the device credentials could not be read (a &apos;:&apos; in the device id or secret)</source>
        <translation>les identifiants de l&apos;appareil n&apos;ont pas pu être lus (un «&#xa0;:&#xa0;» dans le device_id ou le secret)</translation>
    </message>
    <message>
        <source>SanteDB 3.x cannot take a device and a client secret in one request (send one of them)</source>
        <translation>SanteDB 3.x ne peut pas recevoir un secret de l&apos;appareil et un secret client dans la même requête (envoyez l&apos;un des deux)</translation>
    </message>
    <message>
        <source>wrong client secret, wrong device secret or a locked identity</source>
        <translation>secret client incorrect, secret de l&apos;appareil incorrect ou identité verrouillée</translation>
    </message>
    <message>
        <source>a policy denies this (the application or device lacks a required OAuth policy)</source>
        <translation>une politique l&apos;interdit (l&apos;application ou l&apos;appareil n&apos;a pas une politique OAuth requise)</translation>
    </message>
    <message>
        <source>unknown application (client_id)</source>
        <translation>application inconnue (client_id)</translation>
    </message>
    <message>
        <source>the application was not authenticated (no valid client secret and no device it could act for)</source>
        <translation>l&apos;application n&apos;a pas été authentifiée (aucun secret client valide et aucun appareil pour lequel elle pourrait agir)</translation>
    </message>
    <message>
        <source>device authentication is missing (the server requires a device for client_credentials)</source>
        <translation>l&apos;authentification de l&apos;appareil manque (le serveur exige un appareil pour client_credentials)</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>expire maintenant</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expirée il y a %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>the server&apos;s keys are not cached yet</source>
        <translation>les clés du serveur ne sont pas encore en cache</translation>
    </message>
    <message>
        <source>the policy names could not be fetched (%1); the built-in names are shown</source>
        <translation>les noms des politiques n&apos;ont pas pu être récupérés (%1)&#xa0;; les noms intégrés sont affichés</translation>
    </message>
    <message>
        <source>the server refused the policy lookup (HTTP %1); the built-in names are shown</source>
        <translation>le serveur a refusé la recherche des politiques (HTTP %1)&#xa0;; les noms intégrés sont affichés</translation>
    </message>
    <message>
        <source>the server&apos;s policy list was empty or unreadable; the built-in names are shown</source>
        <translation>la liste des politiques du serveur était vide ou illisible&#xa0;; les noms intégrés sont affichés</translation>
    </message>
    <message>
        <source>a connection test is already running — wait for it or cancel it</source>
        <translation>un test de connexion est déjà en cours — attendez sa fin ou annulez-le</translation>
    </message>
    <message>
        <source>plain http to %1 is not encrypted, so the connection test was not run — use https, or allow plain http for this profile</source>
        <translation>http simple vers %1 n&apos;est pas chiffré&#xa0;; le test de connexion n&apos;a donc pas été lancé — utilisez https, ou autorisez http simple pour ce profil</translation>
    </message>
    <message>
        <source>the certificate pin must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation>l&apos;épingle de certificat doit comporter 64 chiffres hexadécimaux (un condensé SHA-256)</translation>
    </message>
    <message>
        <source>the connection test was cancelled</source>
        <translation>le test de connexion a été annulé</translation>
    </message>
    <message>
        <source>the discovery answer passed the 1 MiB limit</source>
        <translation>la réponse de découverte dépasse la limite de 1 Mio</translation>
    </message>
    <message>
        <source>the issuer %1 differs from %2, where the document was fetched — OpenID discovery says such metadata must not be trusted; check the server URL or the server&apos;s external host setting</source>
        <translation>l&apos;émetteur %1 diffère de %2, où le document a été récupéré — selon OpenID Discovery, de telles métadonnées ne doivent pas être approuvées&#xa0;; vérifiez l&apos;URL du serveur ou le paramètre d&apos;hôte externe du serveur</translation>
    </message>
    <message>
        <source>the discovery document names no issuer</source>
        <translation>le document de découverte ne désigne aucun émetteur</translation>
    </message>
    <message>
        <source>the server names the token endpoint %1, but this profile uses %2 — check the token endpoint setting</source>
        <translation>le serveur désigne le point de terminaison des jetons %1, mais ce profil utilise %2 — vérifiez le paramètre du point de terminaison des jetons</translation>
    </message>
    <message>
        <source>the keys (jwks_uri %1) are on another origin; the product fetches them from %2 instead</source>
        <translation>les clés (jwks_uri %1) sont sur une autre origine&#xa0;; le produit les récupère plutôt depuis %2</translation>
    </message>
    <message>
        <source>the server does not list client_credentials among its grant types, so application sessions may be refused</source>
        <translation>le serveur ne liste pas client_credentials parmi ses types d&apos;octroi&#xa0;; les sessions d&apos;application risquent donc d&apos;être refusées</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(non listé)</translation>
    </message>
    <message>
        <source>SanteDB OpenID discovery found: issuer %1, token endpoint %2, grants %3, id_token signed %4</source>
        <translation>découverte OpenID SanteDB trouvée&#xa0;: émetteur %1, point de terminaison des jetons %2, octrois %3, id_token signé %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>the SanteDB auth service at %1 answered PING (HTTP %2), but %3 — the server is reachable; the token endpoint is assumed to be at the default path</source>
        <translation>le service d&apos;authentification SanteDB à %1 a répondu au PING (HTTP %2), mais %3 — le serveur est joignable&#xa0;; le point de terminaison des jetons est supposé être au chemin par défaut</translation>
    </message>
    <message>
        <source>the server at %1 answered with a redirect to %2, which is not followed so that nothing is sent where you did not configure it — check the server URL (perhaps it should start with https://)</source>
        <translation>le serveur à %1 a répondu par une redirection vers %2, qui n&apos;est pas suivie afin que rien ne soit envoyé là où vous ne l&apos;avez pas configuré — vérifiez l&apos;URL du serveur (elle devrait peut-être commencer par https://)</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>une adresse non précisée</translation>
    </message>
    <message>
        <source>the server at %1 does not look like a SanteDB auth service: %2, and PING got HTTP %3 — check the server URL</source>
        <translation>le serveur à %1 ne ressemble pas à un service d&apos;authentification SanteDB&#xa0;: %2, et le PING a reçu HTTP %3 — vérifiez l&apos;URL du serveur</translation>
    </message>
    <message>
        <source>the server %1 did not answer within %2 s — check that it is running and reachable</source>
        <translation>le serveur %1 n&apos;a pas répondu en %2 s — vérifiez qu&apos;il tourne et qu&apos;il est joignable</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation>Obtention d&apos;une session…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>Profile settings unusable</source>
        <translation>Paramètres du profil inutilisables</translation>
    </message>
    <message>
        <source>Refused before sending</source>
        <translation>Refusée avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unusable answer</source>
        <translation>Réponse inutilisable</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Redirigée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>One-time code needed</source>
        <translation>Code à usage unique requis</translation>
    </message>
    <message>
        <source>Facility needed</source>
        <translation>Établissement requis</translation>
    </message>
    <message>
        <source>Password expired</source>
        <translation>Mot de passe expiré</translation>
    </message>
    <message>
        <source>Expected policy missing</source>
        <translation>Politique attendue absente</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Secret manquant</translation>
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
        <translation>auto</translation>
    </message>
    <message>
        <source>auto (detected %1.x)</source>
        <translation>auto (%1.x détectée)</translation>
    </message>
    <message>
        <source>id_token exp</source>
        <translation>exp de l&apos;id_token</translation>
    </message>
    <message>
        <source>expires_in, seconds</source>
        <translation>expires_in, secondes</translation>
    </message>
    <message>
        <source>expires_in, milliseconds</source>
        <translation>expires_in, millisecondes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The expiry looks wrong: the session would end %1 s after it was issued because expires_in was read as SanteDB 2.x milliseconds; this server probably speaks SanteDB 3.x — set the profile&apos;s SanteDB version to 3.x or automatic.</source>
        <translation>L&apos;expiration semble fausse&#xa0;: la session se terminerait %1 s après son émission car expires_in a été lu comme des millisecondes SanteDB 2.x&#xa0;; ce serveur parle probablement SanteDB 3.x — réglez la version SanteDB du profil sur 3.x ou automatique.</translation>
    </message>
    <message>
        <source>warning: the cached session could not be forgotten: %1</source>
        <translation>avertissement&#xa0;: la session en cache n&apos;a pas pu être oubliée&#xa0;: %1</translation>
    </message>
    <message>
        <source>another command&apos;s attempt for profile %1 was refused while this one waited, so the same credentials were not sent again: %2</source>
        <translation>la tentative d&apos;une autre commande pour le profil %1 a été refusée pendant que celle-ci attendait&#xa0;; les mêmes identifiants n&apos;ont donc pas été renvoyés&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server no longer knew the cached session; a new one was obtained</source>
        <translation>le serveur ne connaissait plus la session en cache&#xa0;; une nouvelle a été obtenue</translation>
    </message>
    <message>
        <source>profile %1 asks for the password each time, and there was no way to ask for it</source>
        <translation>le profil %1 demande le mot de passe à chaque fois, et il n&apos;y avait aucun moyen de le demander</translation>
    </message>
    <message>
        <source>no %1 stored for profile %2</source>
        <translation>aucun %1 enregistré pour le profil %2</translation>
    </message>
    <message>
        <source>warning: sending credentials to %1 over plain http (the profile allows plain http); anyone on the network path can read them</source>
        <translation>avertissement&#xa0;: envoi des identifiants à %1 en http simple (le profil autorise http simple)&#xa0;; n&apos;importe qui sur le chemin réseau peut les lire</translation>
    </message>
    <message>
        <source>the server did not ask for a client certificate — certificate device authentication is not configured on this endpoint%1 (%2, HTTP %3)</source>
        <translation>le serveur n&apos;a pas demandé de certificat client — l&apos;authentification d&apos;appareil par certificat n&apos;est pas configurée sur ce point de terminaison%1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation>&#xa0;; le serveur a dit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1); SanteDB 2.x does not say which ones it offers</source>
        <translation>le serveur veut qu&apos;un établissement soit choisi pour cet utilisateur (%1)&#xa0;; SanteDB 2.x n&apos;indique pas lesquels il propose</translation>
    </message>
    <message>
        <source> — the server&apos;s discovery document names the token endpoint %1</source>
        <translation> — le document de découverte du serveur désigne le point de terminaison des jetons %1</translation>
    </message>
    <message>
        <source>the server refused the one-time code: %1 (%2, HTTP %3); it was not sent again</source>
        <translation>le serveur a refusé le code à usage unique&#xa0;: %1 (%2, HTTP %3)&#xa0;; il n&apos;a pas été renvoyé</translation>
    </message>
    <message>
        <source>the server asks for a one-time code (%1), and there was no way to ask for it</source>
        <translation>le serveur demande un code à usage unique (%1), et il n&apos;y avait aucun moyen de le demander</translation>
    </message>
    <message>
        <source>no prompt given</source>
        <translation>aucune invite fournie</translation>
    </message>
    <message>
        <source>the server wants a facility chosen for this user (%1)</source>
        <translation>le serveur veut qu&apos;un établissement soit choisi pour cet utilisateur (%1)</translation>
    </message>
    <message>
        <source>the server refused to renew the session (%1); a new one was obtained</source>
        <translation>le serveur a refusé de renouveler la session (%1)&#xa0;; une nouvelle a été obtenue</translation>
    </message>
    <message>
        <source>the server&apos;s id_token is unreadable</source>
        <translation>l&apos;id_token du serveur est illisible</translation>
    </message>
    <message>
        <source>the server gave neither expires_in nor an id_token exp, so the session&apos;s expiry is unknown and it will not be cached</source>
        <translation>le serveur n&apos;a donné ni expires_in ni exp d&apos;id_token&#xa0;; l&apos;expiration de la session est donc inconnue et elle ne sera pas mise en cache</translation>
    </message>
    <message>
        <source>the renewed session expires %1, sooner than asked for</source>
        <translation>la session renouvelée expire %1, plus tôt que demandé</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the server sent no id_token</source>
        <translation>impossible de savoir si l&apos;appareil a été authentifié&#xa0;: le serveur n&apos;a envoyé aucun id_token</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told without a readable id_token</source>
        <translation>impossible de savoir si l&apos;appareil a été authentifié sans id_token lisible</translation>
    </message>
    <message>
        <source>whether the device was authenticated cannot be told: the id_token&apos;s signature is not verified (%1)</source>
        <translation>impossible de savoir si l&apos;appareil a été authentifié&#xa0;: la signature de l&apos;id_token n&apos;est pas vérifiée (%1)</translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate the device certificate</source>
        <translation>le serveur a accordé une session d&apos;application seule et n&apos;a pas authentifié le certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>the server granted an application-only session and did not authenticate device %1 — it ignored the %2 device header; check the profile&apos;s SanteDB version (2.x reads X-Device-Authorization, 3.x reads Authorization: Basic)</source>
        <translation>le serveur a accordé une session d&apos;application seule et n&apos;a pas authentifié l&apos;appareil %1 — il a ignoré l&apos;en-tête d&apos;appareil %2&#xa0;; vérifiez la version SanteDB du profil (2.x lit X-Device-Authorization, 3.x lit Authorization: Basic)</translation>
    </message>
    <message>
        <source>the session could not be cached in the keychain (%1); the next command will request a new one</source>
        <translation>la session n&apos;a pas pu être mise en cache dans le trousseau (%1)&#xa0;; la prochaine commande en demandera une nouvelle</translation>
    </message>
    <message>
        <source>application authenticated on behalf of the device; client secret not checked</source>
        <translation>application authentifiée pour le compte de l&apos;appareil&#xa0;; secret client non vérifié</translation>
    </message>
    <message>
        <source>the server gave no id_token to sign out with; the session was forgotten here but stays valid on the server until it expires</source>
        <translation>le serveur n&apos;a donné aucun id_token pour se déconnecter&#xa0;; la session a été oubliée ici mais reste valide sur le serveur jusqu&apos;à son expiration</translation>
    </message>
    <message>
        <source>the sign-out got an unexpected answer</source>
        <translation>la déconnexion a reçu une réponse inattendue</translation>
    </message>
    <message>
        <source>the server did not end the session: %1; it was forgotten here anyway</source>
        <translation>le serveur n&apos;a pas mis fin à la session&#xa0;: %1&#xa0;; elle a tout de même été oubliée ici</translation>
    </message>
    <message>
        <source>the session entry is written when a session is obtained, not by hand</source>
        <translation>l&apos;entrée de session est écrite à l&apos;obtention d&apos;une session, pas à la main</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>le %1 est vide</translation>
    </message>
    <message>
        <source>the %1 contains a control character, a line break or an invisible formatting character</source>
        <translation>le %1 contient un caractère de contrôle, un saut de ligne ou un caractère de mise en forme invisible</translation>
    </message>
    <message>
        <source>%1 — nothing was stored</source>
        <translation>%1 — rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>%1 — nothing was imported</source>
        <translation>%1 — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the import file holds two profiles named &quot;%1&quot; — nothing was imported</source>
        <translation>le fichier d&apos;import contient deux profils nommés «&#xa0;%1&#xa0;» — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the import file was written by a newer version — nothing was imported</source>
        <translation>le fichier d&apos;import a été écrit par une version plus récente — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>; some keychain entries it had written could not be removed again</source>
        <translation>&#xa0;; certaines entrées du trousseau qu&apos;elle avait écrites n&apos;ont pas pu être supprimées</translation>
    </message>
    <message>
        <source>two profiles are named %1</source>
        <translation>deux profils s&apos;appellent %1</translation>
    </message>
    <message>
        <source>a profile named %1 already exists</source>
        <translation>un profil nommé %1 existe déjà</translation>
    </message>
    <message>
        <source>there are secrets for %1, which is not among the profiles</source>
        <translation>il y a des secrets pour %1, qui ne figure pas parmi les profils</translation>
    </message>
    <message>
        <source>the secrets of %1 are given twice</source>
        <translation>les secrets de %1 sont donnés deux fois</translation>
    </message>
    <message>
        <source>line %1 starts a record larger than %2 KiB</source>
        <translation>la ligne %1 commence un enregistrement de plus de %2 Kio</translation>
    </message>
    <message>
        <source>the record on line %1 is not valid CSV (a stray quote, an unclosed quoted field, or text that is not UTF-8)</source>
        <translation>l&apos;enregistrement de la ligne %1 n&apos;est pas du CSV valide (guillemet isolé, champ entre guillemets non fermé ou texte non UTF-8)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use the form https://host[:port]/path</source>
        <translation>%1 n&apos;est pas une URL valide&#xa0;; utilisez la forme https://host[:port]/path</translation>
    </message>
    <message>
        <source>%1 must start with http:// or https://</source>
        <translation>%1 doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>%1 must name a host, as in https://host[:port]/path</source>
        <translation>%1 doit indiquer un hôte, comme dans https://host[:port]/path</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; credentials belong in the keychain</source>
        <translation>%1 ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; les identifiants ont leur place dans le trousseau</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…)</source>
        <translation>%1 ne doit contenir ni requête (?…) ni fragment (#…)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une chaîne ou null</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être %3</translation>
    </message>
    <message>
        <source>a profile entry</source>
        <translation>une entrée de profil</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a UUID such as 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un UUID tel que 6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be &quot;secret&quot;, &quot;certificate&quot; or &quot;none&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit valoir «&#xa0;secret&#xa0;», «&#xa0;certificate&#xa0;» ou «&#xa0;none&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object or null</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un objet ou null</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>the profile name must not be empty</source>
        <translation>le nom du profil ne doit pas être vide</translation>
    </message>
    <message>
        <source>the profile name must be at most %1 characters long</source>
        <translation>le nom du profil doit comporter au plus %1 caractères</translation>
    </message>
    <message>
        <source>the profile name must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>le nom du profil ne doit contenir ni caractères de contrôle, ni sauts de ligne, ni caractères de mise en forme invisibles</translation>
    </message>
    <message>
        <source>the profile name must not start or end with a space</source>
        <translation>le nom du profil ne doit ni commencer ni finir par une espace</translation>
    </message>
    <message>
        <source>the server URL</source>
        <translation>l&apos;URL du serveur</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>le point de terminaison des jetons</translation>
    </message>
    <message>
        <source>the client_id must not be empty</source>
        <translation>le client_id ne doit pas être vide</translation>
    </message>
    <message>
        <source>the client_id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>le client_id ne doit contenir ni caractères de contrôle, ni sauts de ligne, ni caractères de mise en forme invisibles</translation>
    </message>
    <message>
        <source>the device id must not be empty</source>
        <translation>l&apos;ID de l&apos;appareil ne doit pas être vide</translation>
    </message>
    <message>
        <source>the device id must not contain &apos;:&apos;, because SanteDB splits device credentials at the first &apos;:&apos;</source>
        <translation>l&apos;ID de l&apos;appareil ne doit pas contenir &apos;:&apos;, car SanteDB coupe les identifiants d&apos;appareil au premier &apos;:&apos;</translation>
    </message>
    <message>
        <source>the device id must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>l&apos;ID de l&apos;appareil ne doit contenir ni caractères de contrôle, ni sauts de ligne, ni caractères de mise en forme invisibles</translation>
    </message>
    <message>
        <source>the scope must not be empty; use * for every scope the application may have</source>
        <translation>le scope ne doit pas être vide&#xa0;; utilisez * pour tous les scopes que l&apos;application peut avoir</translation>
    </message>
    <message>
        <source>the scope must not contain control characters, line breaks or invisible formatting characters</source>
        <translation>le scope ne doit contenir ni caractères de contrôle, ni sauts de ligne, ni caractères de mise en forme invisibles</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the profile has no uuid; remove it and add it again</source>
        <translation>le profil n&apos;a pas d&apos;uuid&#xa0;; supprimez-le et ajoutez-le de nouveau</translation>
    </message>
    <message>
        <source>device mode &quot;secret&quot; needs a device id</source>
        <translation>le mode d&apos;appareil «&#xa0;secret&#xa0;» exige un ID d&apos;appareil</translation>
    </message>
    <message>
        <source>device mode &quot;certificate&quot; needs a certificate file</source>
        <translation>le mode d&apos;appareil «&#xa0;certificate&#xa0;» exige un fichier de certificat</translation>
    </message>
    <message>
        <source>profile %1 uses plain http to %2, which sends credentials unencrypted; allow plain http for this profile only if you accept that risk</source>
        <translation>le profil %1 utilise http simple vers %2, qui envoie les identifiants sans chiffrement&#xa0;; n&apos;autorisez http simple pour ce profil que si vous acceptez ce risque</translation>
    </message>
    <message>
        <source>a certificate pin has no effect over plain http; use https or remove the pin</source>
        <translation>une épingle de certificat n&apos;a aucun effet en http simple&#xa0;; utilisez https ou supprimez l&apos;épingle</translation>
    </message>
    <message>
        <source>the cached session could not be removed (%1); it will not be reused because its settings changed</source>
        <translation>la session en cache n&apos;a pas pu être supprimée (%1)&#xa0;; elle ne sera pas réutilisée car ses paramètres ont changé</translation>
    </message>
    <message>
        <source>profile file</source>
        <translation>fichier de profils</translation>
    </message>
    <message>
        <source>cannot use the profile file %1: %2; the file was left as it is: fix it or move it aside</source>
        <translation>impossible d&apos;utiliser le fichier de profils %1&#xa0;: %2&#xa0;; le fichier a été laissé tel quel&#xa0;: corrigez-le ou déplacez-le</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il est illisible (%1)</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number of at least 1</source>
        <translation>«&#xa0;schema&#xa0;» doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2); profiles are read-only</source>
        <translation>%1 a été écrit par une version plus récente (schéma %2)&#xa0;; les profils sont en lecture seule</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is larger than 16 MiB</source>
        <translation>il dépasse 16 Mio</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be a list</source>
        <translation>«&#xa0;profiles&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>two profiles share the uuid %1</source>
        <translation>deux profils partagent l&apos;uuid %1</translation>
    </message>
    <message>
        <source>a profile named %1 already exists; choose another name</source>
        <translation>un profil nommé %1 existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>two profiles would share the uuid %1; nothing was saved</source>
        <translation>deux profils partageraient l&apos;uuid %1&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>no profile named %1</source>
        <translation>aucun profil nommé %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (schema %2), so this version cannot change it; use the newer version</source>
        <translation>%1 a été écrit par une version plus récente (schéma %2)&#xa0;; cette version ne peut donc pas le modifier&#xa0;; utilisez la version plus récente</translation>
    </message>
    <message>
        <source>state file</source>
        <translation>fichier d&apos;état</translation>
    </message>
    <message>
        <source>desktop app&apos;s settings</source>
        <translation>paramètres de l&apos;application de bureau</translation>
    </message>
    <message>
        <source>server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>device certificate</source>
        <translation>certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>device key file</source>
        <translation>fichier de clé de l&apos;appareil</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier CA</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>certificat épinglé</translation>
    </message>
    <message>
        <source>plain http setting</source>
        <translation>paramètre http simple</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>point de terminaison des jetons</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>version de SanteDB</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Enter the %1…</source>
        <translation>Saisir le %1…</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>How to unlock the keyring…</source>
        <translation>Déverrouiller le trousseau…</translation>
    </message>
    <message>
        <source>How to start a keyring…</source>
        <translation>Démarrer un trousseau…</translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation>Examiner le certificat…</translation>
    </message>
    <message>
        <source>Allow more time…</source>
        <translation>Allonger le délai…</translation>
    </message>
    <message>
        <source>Edit the %1…</source>
        <translation>Modifier&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Turn off the proxy…</source>
        <translation>Désactiver le proxy…</translation>
    </message>
    <message>
        <source>Choose a facility…</source>
        <translation>Choisir un établissement…</translation>
    </message>
    <message>
        <source>Enter the code…</source>
        <translation>Saisir le code…</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <source>Get a new session</source>
        <translation>Obtenir une nouvelle session</translation>
    </message>
</context>
<context>
    <name>sdsm::HttpExchange</name>
    <message>
        <source>the request to %1 was stopped</source>
        <translation>la requête vers %1 a été arrêtée</translation>
    </message>
    <message>
        <source>%1 is not an https URL, so there is no certificate to fetch</source>
        <translation>%1 n&apos;est pas une URL https&#xa0;; il n&apos;y a donc aucun certificat à récupérer</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL — check the server URL</source>
        <translation>%1 n&apos;est pas une URL http ou https — vérifiez l&apos;URL du serveur</translation>
    </message>
    <message>
        <source>the request to %1 was cancelled</source>
        <translation>la requête vers %1 a été annulée</translation>
    </message>
    <message>
        <source>the request method is not an HTTP token</source>
        <translation>la méthode de requête n&apos;est pas un jeton HTTP valide</translation>
    </message>
    <message>
        <source>the User-Agent holds a line break</source>
        <translation>le User-Agent contient un saut de ligne</translation>
    </message>
    <message>
        <source>the request header %1 is malformed</source>
        <translation>l&apos;en-tête de requête %1 est mal formé</translation>
    </message>
    <message>
        <source>the request header %1 is the transport&apos;s to set</source>
        <translation>l&apos;en-tête de requête %1 doit être défini par la couche de transport</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>le serveur a fermé la connexion pendant la négociation</translation>
    </message>
    <message>
        <source>it ended the connection right after the TLS 1.3 handshake, without an answer</source>
        <translation>il a mis fin à la connexion juste après la négociation TLS 1.3, sans répondre</translation>
    </message>
    <message>
        <source>the server %1 did not complete the TLS handshake within %2 s — check that it is reachable</source>
        <translation>le serveur %1 n&apos;a pas terminé la négociation TLS en %2 s — vérifiez qu&apos;il est joignable</translation>
    </message>
    <message>
        <source>the server %1 did not answer completely within %2 s — check that it is reachable</source>
        <translation>le serveur %1 n&apos;a pas répondu complètement en %2 s — vérifiez qu&apos;il est joignable</translation>
    </message>
    <message>
        <source>the proxy %1 failed for %2 (%3) — check the proxy settings</source>
        <translation>le proxy %1 a échoué pour %2 (%3) — vérifiez les paramètres du proxy</translation>
    </message>
    <message>
        <source>the server name %1 could not be resolved — check the server URL</source>
        <translation>le nom de serveur %1 n&apos;a pas pu être résolu — vérifiez l&apos;URL du serveur</translation>
    </message>
    <message>
        <source>the connection to %1 was refused — check that the server is running and the port is right</source>
        <translation>la connexion à %1 a été refusée — vérifiez que le serveur tourne et que le port est correct</translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2) — check the network and the server URL</source>
        <translation>la connexion à %1 a échoué (%2) — vérifiez le réseau et l&apos;URL du serveur</translation>
    </message>
</context>
<context>
    <name>sdsm::IdentityCheck</name>
    <message>
        <source>not checked: profile %1 asks for the password each time, and a check never asks for one</source>
        <translation>non vérifiée&#xa0;: le profil %1 demande le mot de passe à chaque fois, et une vérification ne le demande jamais</translation>
    </message>
    <message>
        <source>the session lacks the expected policy %1</source>
        <translation>il manque à la session la politique attendue %1</translation>
    </message>
    <message numerus="yes">
        <source>the session lacks the expected policies %1</source>
        <translation>
            <numerusform>il manque à la session les politiques attendues %1</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation>non vérifiée&#xa0;: la vérification a été annulée</translation>
    </message>
</context>
<context>
    <name>sdsm::Workspace</name>
    <message>
        <source>profile %1 has no device certificate</source>
        <translation>le profil %1 n&apos;a pas de certificat d&apos;appareil</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::AboutDialog</name>
    <message>
        <source>About SanteDB Session Manager</source>
        <translation>À propos de SanteDB Session Manager</translation>
    </message>
    <message>
        <source>SanteDB Session Manager</source>
        <translation>SanteDB Session Manager</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Keeps SanteDB application and device credentials in the operating system&apos;s keychain and obtains OAuth2 sessions from SanteDB servers.</source>
        <translation>Conserve les identifiants des applications et appareils SanteDB dans le trousseau du système d&apos;exploitation et obtient des sessions OAuth2 auprès des serveurs SanteDB.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. &lt;a href=&quot;%2&quot;&gt;Project home page&lt;/a&gt;.</source>
        <translation>Sous licence &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. &lt;a href=&quot;%2&quot;&gt;Page d&apos;accueil du projet&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>SanteDB Session Manager %1</source>
        <translation>SanteDB Session Manager %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>%1 (signatures and certificates)</source>
        <translation>%1 (signatures et certificats)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::CheckResultModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Non authentifié</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Works (cached)</source>
        <translation>Fonctionne (en cache)</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Missing policies</source>
        <translation>Politiques manquantes</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::CheckWindow</name>
    <message>
        <source>Check identities</source>
        <translation>Vérifier les identités</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles to check</source>
        <translation>Profils à vérifier</translation>
    </message>
    <message>
        <source>Concurrent jobs</source>
        <translation>Tâches simultanées</translation>
    </message>
    <message>
        <source>How many identities are tried at once</source>
        <translation>Nombre d&apos;identités essayées simultanément</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>Tâches &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Rate limit, identities started per second</source>
        <translation>Limite de débit, identités démarrées par seconde</translation>
    </message>
    <message>
        <source>At most this many identities are started per second</source>
        <translation>Nombre maximal d&apos;identités démarrées par seconde</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Policy OIDs, separated by spaces</source>
        <translation>OID de politiques, séparés par des espaces</translation>
    </message>
    <message>
        <source>Expected policies</source>
        <translation>Politiques attendues</translation>
    </message>
    <message>
        <source>An identity whose session lacks one of these policies counts as failing</source>
        <translation>Une identité dont la session n&apos;a pas l&apos;une de ces politiques est comptée en échec</translation>
    </message>
    <message>
        <source>Expected polic&amp;ies:</source>
        <translation>Politiques a&amp;ttendues&#xa0;:</translation>
    </message>
    <message>
        <source>Request ne&amp;w sessions</source>
        <translation>Demander de &amp;nouvelles sessions</translation>
    </message>
    <message>
        <source>Ask the server for every identity, even one with a valid cached session; a check never caches the sessions it gets</source>
        <translation>Interroger le serveur pour chaque identité, même si elle a une session valide en cache&#xa0;; une vérification ne met jamais en cache les sessions qu&apos;elle obtient</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation>Arrêter la vérification (Échap)</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the results as CSV or JSON (no tokens)</source>
        <translation>Enregistrer les résultats en CSV ou JSON (sans jetons)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Selected (%n)</source>
        <translation>
            <numerusform>Sélection (%n)</numerusform>
            <numerusform>Sélection (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 (%n)</source>
        <translation>
            <numerusform>Étiquette %1 (%n)</numerusform>
            <numerusform>Étiquette %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All profiles (%n)</source>
        <translation>
            <numerusform>Tous les profils (%n)</numerusform>
            <numerusform>Tous les profils (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected policies need policy OIDs, such as 1.3.6.1.4.1.33349.3.1.5.9.2.1.0, separated by spaces.</source>
        <translation>Les politiques attendues doivent être des OID de politiques, par exemple 1.3.6.1.4.1.33349.3.1.5.9.2.1.0, séparés par des espaces.</translation>
    </message>
    <message>
        <source>There are no profiles to check.</source>
        <translation>Il n&apos;y a aucun profil à vérifier.</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>Vérifiées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n identities work.</source>
        <translation>
            <numerusform>Identités qui fonctionnent&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Identités qui fonctionnent&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: the password is asked for each time.</source>
        <translation>
            <numerusform>%n ignorée&#xa0;: le mot de passe est demandé à chaque fois.</numerusform>
            <numerusform>%n ignorées&#xa0;: le mot de passe est demandé à chaque fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation>Il n&apos;y a encore aucun résultat à exporter.</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Les résultats n&apos;ont pas pu être écrits dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export check results</source>
        <translation>Exporter les résultats de la vérification</translation>
    </message>
    <message>
        <source>Exported to %1 (no tokens).</source>
        <translation>Exporté dans %1 (sans jetons).</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::ClipboardGuard</name>
    <message>
        <source>The clipboard could not be cleared — the desktop blocked it (GNOME on Wayland does this for apps without focus); clear it yourself</source>
        <translation>Le presse-papiers n&apos;a pas pu être vidé — le bureau l&apos;a bloqué (GNOME sous Wayland le fait pour les applications sans focus)&#xa0;; videz-le vous-même</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::Demo</name>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation>La démo n&apos;a pas pu créer son dossier temporaire.</translation>
    </message>
    <message>
        <source>The demo&apos;s SanteDB emulator could not start: %1</source>
        <translation>L&apos;émulateur SanteDB de la démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo 3.x — application and device</source>
        <translation>Démo 3.x — application et appareil</translation>
    </message>
    <message>
        <source>The seed page&apos;s identities on an emulated SanteDB 3.x server (version detected).</source>
        <translation>Les identités de la page d&apos;amorçage sur un serveur SanteDB 3.x émulé (version détectée).</translation>
    </message>
    <message>
        <source>Demo 2.x — application and device</source>
        <translation>Démo 2.x — application et appareil</translation>
    </message>
    <message>
        <source>The same identities on an emulated SanteDB 2.x server (X-Device-Authorization, milliseconds).</source>
        <translation>Les mêmes identités sur un serveur SanteDB 2.x émulé (X-Device-Authorization, millisecondes).</translation>
    </message>
    <message>
        <source>Demo 3.x — application only</source>
        <translation>Démo 3.x — application seule</translation>
    </message>
    <message>
        <source>SanteDB&apos;s sample application without a device.</source>
        <translation>L&apos;application d&apos;exemple de SanteDB, sans appareil.</translation>
    </message>
    <message>
        <source>The demo needs a keychain: %1. Install dbus and gnome-keyring (scripts/install-deps.sh does) or start your desktop&apos;s keyring.</source>
        <translation>La démo a besoin d&apos;un trousseau&#xa0;: %1. Installez dbus et gnome-keyring (scripts/install-deps.sh le fait) ou démarrez le trousseau de clés de votre bureau.</translation>
    </message>
    <message>
        <source>%1 — running the demo inside dbus-run-session with a throwaway, unlocked gnome-keyring.</source>
        <translation>%1 — exécution de la démo dans dbus-run-session avec un gnome-keyring jetable et déverrouillé.</translation>
    </message>
    <message>
        <source>Demo 3.x — user bob (one-time code)</source>
        <translation>Démo 3.x — utilisateur bob (code à usage unique)</translation>
    </message>
    <message>
        <source>A user with two-factor authentication: the server asks for a one-time code, which is always 424242 on the emulator. Never signed in by itself.</source>
        <translation>Un utilisateur avec authentification à deux facteurs&#xa0;: le serveur demande un code à usage unique, toujours 424242 sur l&apos;émulateur. Jamais connecté automatiquement.</translation>
    </message>
    <message>
        <source>Demo 3.x — user chioma (facility)</source>
        <translation>Démo 3.x — utilisatrice chioma (établissement)</translation>
    </message>
    <message>
        <source>A user who must choose a facility: the server offers two.</source>
        <translation>Un utilisateur qui doit choisir un établissement&#xa0;: le serveur en propose deux.</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::DialogPrompter</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::FacilityDialog</name>
    <message>
        <source>Choose a facility for %1</source>
        <translation>Choisir un établissement pour %1</translation>
    </message>
    <message>
        <source>The server wants this user to work at one facility. Choose one; the request is then sent once more.</source>
        <translation>Le serveur veut que cet utilisateur travaille dans un seul établissement. Choisissez-en un&#xa0;; la demande est alors renvoyée.</translation>
    </message>
    <message>
        <source>&amp;Facilities:</source>
        <translation>&amp;Établissements&#xa0;:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>&amp;Utiliser cet établissement</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::MainWindow</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Le presse-papiers sera vidé dans %n s</numerusform>
            <numerusform>Le presse-papiers sera vidé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers vidé.</translation>
    </message>
    <message>
        <source>The clipboard holds something else now, so it was left alone.</source>
        <translation>Le presse-papiers contient maintenant autre chose&#xa0;; il n&apos;a donc pas été modifié.</translation>
    </message>
    <message>
        <source>Session expiring</source>
        <translation>Session sur le point d&apos;expirer</translation>
    </message>
    <message>
        <source>&amp;Get session</source>
        <translation>&amp;Obtenir une session</translation>
    </message>
    <message>
        <source>Get a &amp;new session</source>
        <translation>Obtenir une &amp;nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la demande</translation>
    </message>
    <message>
        <source>Copy &amp;header</source>
        <translation>Copier l&apos;&amp;en-tête</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en commande c&amp;url</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>&amp;Importer des profils…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>&amp;Exporter les profils…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Find profile</source>
        <translation>&amp;Rechercher un profil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About SanteDB Session Manager</source>
        <translation>À &amp;propos de SanteDB Session Manager</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Rechercher des profils</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Profile file problem</source>
        <translation>Problème de fichier de profils</translation>
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
        <translation>certificat d&apos;appareil %1</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>aucun appareil</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied; the clipboard clears in %n s.</source>
        <translation>
            <numerusform>%1 copié&#xa0;; le presse-papiers sera vidé dans %n s.</numerusform>
            <numerusform>%1 copié&#xa0;; le presse-papiers sera vidé dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>En-tête Authorization</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Commande curl</translation>
    </message>
    <message>
        <source>Remove profiles</source>
        <translation>Supprimer des profils</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Profile exports (*.json)</source>
        <translation>Exports de profils (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Exports hold no secrets: edit each profile to enter them.</source>
        <translation>
            <numerusform>%n profil importé. Les exports ne contiennent aucun secret&#xa0;: modifiez chaque profil pour les saisir.</numerusform>
            <numerusform>%n profils importés. Les exports ne contiennent aucun secret&#xa0;: modifiez chaque profil pour les saisir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (no secrets).</source>
        <translation>Exporté dans %1 (sans secrets).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session of %1: %2.</source>
        <translation>La session de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Chec&amp;k on server</source>
        <translation>&amp;Vérifier sur le serveur</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Keep this session &amp;alive</source>
        <translation>&amp;Maintenir cette session active</translation>
    </message>
    <message>
        <source>Renew this profile&apos;s session at half its lifetime while the app runs (%1)</source>
        <translation>Renouveler la session de ce profil à la moitié de sa durée de vie tant que l&apos;application tourne (%1)</translation>
    </message>
    <message>
        <source>&amp;Duplicate profile…</source>
        <translation>&amp;Dupliquer le profil…</translation>
    </message>
    <message>
        <source>Undo re&amp;move</source>
        <translation>Annuler la su&amp;ppression</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Trier par &amp;nom</translation>
    </message>
    <message>
        <source>Sort by &amp;server</source>
        <translation>Trier par &amp;serveur</translation>
    </message>
    <message>
        <source>Sort by &amp;time left</source>
        <translation>Trier par &amp;temps restant</translation>
    </message>
    <message>
        <source>Sort by &amp;last used</source>
        <translation>Trier par &amp;dernière utilisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Aucun profil pour l&apos;instant</translation>
    </message>
    <message>
        <source>A profile holds what a SanteDB server needs to know about an application, its device or a user; the secrets go to the keychain. Create one, import profiles exported elsewhere (or drop a profile file here), or try the app against a local SanteDB emulator.</source>
        <translation>Un profil contient ce qu&apos;un serveur SanteDB doit savoir sur une application, son appareil ou un utilisateur&#xa0;; les secrets vont dans le trousseau. Créez-en un, importez des profils exportés ailleurs (ou déposez ici un fichier de profils), ou essayez l&apos;application avec un émulateur SanteDB local.</translation>
    </message>
    <message>
        <source>Search profiles (%1)</source>
        <translation>Rechercher des profils (%1)</translation>
    </message>
    <message>
        <source>Searches names, servers, client IDs, device IDs, user names and notes; Down moves into the results, Enter gets a session for the selected one</source>
        <translation>Cherche dans les noms, serveurs, ID client, ID d&apos;appareil, noms d&apos;utilisateur et notes&#xa0;; Bas passe aux résultats, Entrée obtient une session pour le profil sélectionné</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Show profiles with the tag</source>
        <translation>Afficher les profils ayant l&apos;étiquette</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Profils&#xa0;: %1</translation>
    </message>
    <message>
        <source>No profiles match</source>
        <translation>Aucun profil ne correspond</translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation>Correspondances&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>device %1 (secret)</source>
        <translation>appareil %1 (secret)</translation>
    </message>
    <message>
        <source>Server: %1 — SanteDB %2</source>
        <translation>Serveur&#xa0;: %1 — SanteDB %2</translation>
    </message>
    <message>
        <source>User %1 through application %2 — %3</source>
        <translation>Utilisateur %1 via l&apos;application %2 — %3</translation>
    </message>
    <message>
        <source>Application %1 — %2</source>
        <translation>Application %1 — %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Getting a session…</source>
        <translation>Obtention d&apos;une session…</translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation>Renouvellement de la session…</translation>
    </message>
    <message>
        <source>Asking the server about the session…</source>
        <translation>Interrogation du serveur sur la session…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>The session of %1 was renewed.</source>
        <translation>La session de %1 a été renouvelée.</translation>
    </message>
    <message>
        <source>Cancelled; the session is as it was.</source>
        <translation>Annulé&#xa0;; la session est inchangée.</translation>
    </message>
    <message>
        <source>No session is cached for this profile, so there is nothing to ask the server about.</source>
        <translation>Aucune session n&apos;est en cache pour ce profil&#xa0;; il n&apos;y a donc rien à demander au serveur.</translation>
    </message>
    <message>
        <source>The server still knows the session.</source>
        <translation>Le serveur connaît toujours la session.</translation>
    </message>
    <message>
        <source>The server no longer knows the session: get a new one.</source>
        <translation>Le serveur ne connaît plus la session&#xa0;: obtenez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Signed out on the server.</source>
        <translation>Déconnecté sur le serveur.</translation>
    </message>
    <message>
        <source>The server had already ended this session; it is forgotten here too.</source>
        <translation>Le serveur avait déjà mis fin à cette session&#xa0;; elle est oubliée ici aussi.</translation>
    </message>
    <message>
        <source>There was no session to sign out.</source>
        <translation>Il n&apos;y avait aucune session à déconnecter.</translation>
    </message>
    <message>
        <source>Windows Credential Manager belongs to your Windows session: sign in to Windows as this user.</source>
        <translation>Windows Credential Manager appartient à votre session Windows&#xa0;: connectez-vous à Windows avec cet utilisateur.</translation>
    </message>
    <message>
        <source>Open Keychain Access and unlock the login keychain, or log in to macOS again.</source>
        <translation>Ouvrez Trousseaux d&apos;accès et déverrouillez le trousseau «&#xa0;session&#xa0;», ou reconnectez-vous à macOS.</translation>
    </message>
    <message>
        <source>The secrets live in the Secret Service of your desktop session (GNOME Keyring or KWallet), and none is running. Log in to a desktop session, or start gnome-keyring-daemon or KWallet in this session.</source>
        <translation>Les secrets sont conservés dans le Secret Service de votre session de bureau (GNOME Keyring ou KWallet), et aucun n&apos;est en cours d&apos;exécution. Ouvrez une session de bureau, ou démarrez gnome-keyring-daemon ou KWallet dans cette session.</translation>
    </message>
    <message>
        <source>Unlock the login keyring: open Passwords and Keys (Seahorse) and unlock “Login”, open the KWallet manager, or log out and in again. While it is locked nothing is read or deleted.</source>
        <translation>Déverrouillez le trousseau de connexion&#xa0;: ouvrez Mots de passe et clés (Seahorse) et déverrouillez «&#xa0;Connexion&#xa0;», ouvrez le gestionnaire KWallet, ou déconnectez-vous puis reconnectez-vous. Tant qu&apos;il est verrouillé, rien n&apos;est lu ni supprimé.</translation>
    </message>
    <message>
        <source>The keychain is not usable</source>
        <translation>Le trousseau n&apos;est pas utilisable</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s certificate…</source>
        <translation>Récupération du certificat du serveur…</translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation>Le certificat est approuvé pour %1.</translation>
    </message>
    <message>
        <source>There is no usable session to copy: get one first (Enter).</source>
        <translation>Il n&apos;y a aucune session utilisable à copier&#xa0;: obtenez-en d&apos;abord une (Entrée).</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its secrets from the keychain? You can undo this for %2 seconds.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et effacer ses secrets du trousseau&#xa0;? Vous pouvez annuler pendant %2 secondes.</translation>
    </message>
    <message>
        <source>Remove these %1 profiles and delete their secrets from the keychain? You can undo this for %2 seconds.

%3</source>
        <translation>Supprimer ces %1 profils et effacer leurs secrets du trousseau&#xa0;? Vous pouvez annuler pendant %2 secondes.

%3</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Removed %1 profiles.</source>
        <translation>%1 profils supprimés.</translation>
    </message>
    <message>
        <source>Not restored, because another profile has the name now: %1</source>
        <translation>Non restauré, car un autre profil porte désormais ce nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored with their secrets: %1.</source>
        <translation>Restaurés avec leurs secrets&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The secrets of the removed profile %1 could not be deleted yet: %2</source>
        <translation>Les secrets du profil supprimé %1 n&apos;ont pas encore pu être effacés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>La démo n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>The demo starts in a window of its own.</source>
        <translation>La démo démarre dans sa propre fenêtre.</translation>
    </message>
    <message>
        <source>Still running in the tray. Quit from its menu or with %1.</source>
        <translation>Toujours en cours d&apos;exécution dans la zone de notification. Quittez depuis son menu ou avec %1.</translation>
    </message>
    <message>
        <source>Check &amp;identities…</source>
        <translation>Vérifier les &amp;identités…</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::PendingDeletions</name>
    <message>
        <source>pending deletions file</source>
        <translation>fichier des suppressions en attente</translation>
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
        <translation>le macOS Keychain</translation>
    </message>
    <message>
        <source>the Secret Service (GNOME Keyring or KWallet)</source>
        <translation>le Secret Service (GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Modifier le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate profile “%1”</source>
        <translation>Dupliquer le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
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
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Plain http to %1 is not encrypted: use https, or tick “Allow plain http” to accept that risk.</source>
        <translation>Le http simple vers %1 n&apos;est pas chiffré&#xa0;: utilisez https, ou cochez «&#xa0;Autoriser le http simple&#xa0;» pour accepter ce risque.</translation>
    </message>
    <message>
        <source>The pin must be the 64 hexadecimal digits of a SHA-256 digest; colons, spaces and case are ignored.</source>
        <translation>L&apos;épinglage doit être les 64 chiffres hexadécimaux d&apos;une empreinte SHA-256&#xa0;; les deux-points, les espaces et la casse sont ignorés.</translation>
    </message>
    <message>
        <source>A certificate pin has no effect over plain http: use https, or remove the pin.</source>
        <translation>Un épinglage de certificat n&apos;a aucun effet en http simple&#xa0;: utilisez https, ou supprimez l&apos;épinglage.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: check the path and its permissions.</source>
        <translation>Le fichier de certificat %1 ne peut pas être lu&#xa0;: vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: check the path and its permissions.</source>
        <translation>Le fichier d&apos;AC %1 ne peut pas être lu&#xa0;: vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>default: &lt;server URL&gt;/auth/oauth2_token</source>
        <translation>par défaut&#xa0;: &lt;server URL&gt;/auth/oauth2_token</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the device certificate</source>
        <translation>Choisir le certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Connecté. %1</translation>
    </message>
    <message>
        <source>Reachable. %1</source>
        <translation>Joignable. %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection test failed. %1</source>
        <translation>Le test de connexion a échoué. %1</translation>
    </message>
    <message>
        <source>the profile “%1” was removed and added again elsewhere while this dialog was open — cancel and edit it again</source>
        <translation>le profil «&#xa0;%1&#xa0;» a été supprimé puis rajouté ailleurs pendant que cette boîte de dialogue était ouverte — annulez et modifiez-le à nouveau</translation>
    </message>
    <message>
        <source>The profile was not saved: correct the problem and press OK again.</source>
        <translation>Le profil n&apos;a pas été enregistré&#xa0;: corrigez le problème et appuyez à nouveau sur OK.</translation>
    </message>
    <message>
        <source>Saving: secrets go to the keychain first…</source>
        <translation>Enregistrement&#xa0;: les secrets vont d&apos;abord dans le trousseau…</translation>
    </message>
    <message>
        <source>Device certificates (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation>Certificats d&apos;appareil (*.p12 *.pfx *.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the device&apos;s private key</source>
        <translation>Choisir la clé privée de l&apos;appareil</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>leave empty to keep it</source>
        <translation>laisser vide pour le conserver</translation>
    </message>
    <message>
        <source>not copied: enter it</source>
        <translation>non copié&#xa0;: saisissez-le</translation>
    </message>
    <message>
        <source>stored in the keychain on OK</source>
        <translation>stocké dans le trousseau sur OK</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Afficher le %1</translation>
    </message>
    <message>
        <source>Whether a %1 is stored</source>
        <translation>Si un %1 est stocké</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>new value on OK</source>
        <translation>nouvelle valeur sur OK</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problème de nom de profil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>optional, separated by commas</source>
        <translation>facultatif, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Problème d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>https://santedb.example.org:8443</source>
        <translation>https://santedb.example.org:8443</translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation>Problème d&apos;URL du serveur</translation>
    </message>
    <message>
        <source>Ser&amp;ver URL:</source>
        <translation>URL du ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (unencrypted) to this server</source>
        <translation>Autoriser le &amp;http simple (non chiffré) vers ce serveur</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>Autoriser le http simple</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison du jeton</translation>
    </message>
    <message>
        <source>Token endpoint problem</source>
        <translation>Problème de point de terminaison du jeton</translation>
    </message>
    <message>
        <source>To&amp;ken endpoint:</source>
        <translation>Point de terminaison du je&amp;ton&#xa0;:</translation>
    </message>
    <message>
        <source>SanteDB version</source>
        <translation>Version de SanteDB</translation>
    </message>
    <message>
        <source>SanteD&amp;B version:</source>
        <translation>Version de SanteD&amp;B&#xa0;:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Scope problem</source>
        <translation>Problème de scope</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope&#xa0;:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>certificats du système uniquement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Rechercher un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problème de fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256</source>
        <translation>SHA-256 du certificat épinglé</translation>
    </message>
    <message>
        <source>optional: 64 hex digits, colons allowed</source>
        <translation>facultatif&#xa0;: 64 chiffres hexadécimaux, deux-points autorisés</translation>
    </message>
    <message>
        <source>Pinned SHA-256 problem</source>
        <translation>Problème de SHA-256 épinglé</translation>
    </message>
    <message>
        <source>Pinned SHA-&amp;256:</source>
        <translation>SHA-&amp;256 épinglé&#xa0;:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problème d&apos;ID client</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation>Se&amp;cret client&#xa0;:</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Octroi</translation>
    </message>
    <message>
        <source>The application (and device) on its own</source>
        <translation>L&apos;application (et l&apos;appareil) seule</translation>
    </message>
    <message>
        <source>A user, with a password</source>
        <translation>Un utilisateur, avec un mot de passe</translation>
    </message>
    <message>
        <source>G&amp;rant:</source>
        <translation>Oct&amp;roi&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>Problème de nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password mode</source>
        <translation>Mode du mot de passe</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Stocké dans le trousseau</translation>
    </message>
    <message>
        <source>Asked each time, never stored</source>
        <translation>Demandé à chaque fois, jamais stocké</translation>
    </message>
    <message>
        <source>Password &amp;mode:</source>
        <translation>&amp;Mode du mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>optional: the facility UUID, when the user must choose one</source>
        <translation>facultatif&#xa0;: l&apos;UUID de l&apos;établissement, quand l&apos;utilisateur doit en choisir un</translation>
    </message>
    <message>
        <source>Facility problem</source>
        <translation>Problème d&apos;établissement</translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation>Ét&amp;ablissement&#xa0;:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Device ID and secret</source>
        <translation>ID et secret de l&apos;appareil</translation>
    </message>
    <message>
        <source>Device authenticates with a device ID and secret</source>
        <translation>L&apos;appareil s&apos;authentifie avec un ID d&apos;appareil et un secret</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>Device authenticates with a certificate</source>
        <translation>L&apos;appareil s&apos;authentifie avec un certificat</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <source>No device authentication</source>
        <translation>Aucune authentification de l&apos;appareil</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID d&apos;appareil</translation>
    </message>
    <message>
        <source>Device ID problem</source>
        <translation>Problème d&apos;ID d&apos;appareil</translation>
    </message>
    <message>
        <source>Device &amp;ID:</source>
        <translation>&amp;ID d&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Device secret</source>
        <translation>Secret de l&apos;appareil</translation>
    </message>
    <message>
        <source>Device secret problem</source>
        <translation>Problème de secret de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Device secret:</source>
        <translation>Secret de l&apos;appareil (&amp;D)&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, .pfx) or PEM certificate</source>
        <translation>Certificat PKCS#12 (.p12, .pfx) ou PEM</translation>
    </message>
    <message>
        <source>Browse for a certificate file</source>
        <translation>Rechercher un fichier de certificat</translation>
    </message>
    <message>
        <source>Certificate file problem</source>
        <translation>Problème de fichier de certificat</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Fichi&amp;er de certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>PEM only: the key, unless the certificate file holds it</source>
        <translation>PEM uniquement&#xa0;: la clé, sauf si le fichier de certificat la contient</translation>
    </message>
    <message>
        <source>Browse for a key file</source>
        <translation>Rechercher un fichier de clé</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Fichier de clé (&amp;Y)&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>Mot de &amp;passe du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Device certificate details</source>
        <translation>Détails du certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>Secrets are kept in %1, never in the profile file. A secret&apos;s field says whether a value is stored without showing it.</source>
        <translation>Les secrets sont conservés dans %1, jamais dans le fichier de profils. Le champ d&apos;un secret indique si une valeur est stockée, sans l&apos;afficher.</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Où sont conservés les secrets</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Asks the server whether it is a SanteDB auth service, without sending any credential</source>
        <translation>Demande au serveur s&apos;il est un service d&apos;authentification SanteDB, sans envoyer aucun identifiant</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Annuler le test de connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Detect automatically (detected %1.x)</source>
        <translation>Détecter automatiquement (%1.x détectée)</translation>
    </message>
    <message>
        <source>Choose the device&apos;s certificate file.</source>
        <translation>Choisissez le fichier de certificat de l&apos;appareil.</translation>
    </message>
    <message>
        <source>Which secrets are stored is unknown: %1</source>
        <translation>On ne sait pas quels secrets sont stockés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is protected: enter its password to check it and see the certificate.</source>
        <translation>Le fichier est protégé&#xa0;: saisissez son mot de passe pour le vérifier et voir le certificat.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Valide&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-1 (thumbprint): %1</source>
        <translation>SHA-1 (empreinte)&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>It expires %1: renew it soon.</source>
        <translation>Il expire %1&#xa0;: renouvelez-le bientôt.</translation>
    </message>
    <message>
        <source>Probably SanteDB %1.x: %2.</source>
        <translation>Probablement SanteDB %1.x&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This profile is set to SanteDB %1.x: check the SanteDB version.</source>
        <translation>Ce profil est réglé sur SanteDB %1.x&#xa0;: vérifiez la version de SanteDB.</translation>
    </message>
    <message>
        <source>A secret is missing</source>
        <translation>Un secret manque</translation>
    </message>
    <message>
        <source>No %1 is stored for this profile, and its sessions need it. Save it anyway and enter the secret later?</source>
        <translation>Aucun %1 n&apos;est stocké pour ce profil, et ses sessions en ont besoin. L&apos;enregistrer quand même et saisir le secret plus tard&#xa0;?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Enter it now</source>
        <translation>&amp;Le saisir maintenant</translation>
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
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid, no expiry given</source>
        <translation>Valide, aucune expiration indiquée</translation>
    </message>
    <message>
        <source>Expiring: %1</source>
        <translation>Expire bientôt&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>One-time code for %1</source>
        <translation>Code à usage unique pour %1</translation>
    </message>
    <message>
        <source>The profile “%1” asks for the password each time; it is sent once and never stored.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» demande le mot de passe à chaque fois&#xa0;; il est envoyé une fois et jamais stocké.</translation>
    </message>
    <message>
        <source>The server asks for a one-time code:</source>
        <translation>Le serveur demande un code à usage unique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Envoyer le code</translation>
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
        <translation>Politique</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>Select all policies</source>
        <translation>Sélectionner toutes les politiques</translation>
    </message>
    <message>
        <source>Select all history rows</source>
        <translation>Sélectionner toutes les lignes de l&apos;historique</translation>
    </message>
    <message>
        <source>none sent; used as Bearer</source>
        <translation>aucun envoyé&#xa0;; utilisé comme Bearer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(no id_token)</source>
        <translation>(pas d&apos;id_token)</translation>
    </message>
    <message>
        <source>(not in the id_token)</source>
        <translation>(absent de l&apos;id_token)</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1, the earlier of two times that disagree:</source>
        <translation>%1, la plus tôt de deux heures qui ne concordent pas&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>session obtained</source>
        <translation>session obtenue</translation>
    </message>
    <message>
        <source>cached session reused</source>
        <translation>session en cache réutilisée</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Aucun profil sélectionné</translation>
    </message>
    <message>
        <source>Session valid</source>
        <translation>Session valide</translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation>Erreur du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server description: %1</source>
        <translation>Description du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation>Corriger le problème</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Device warning</source>
        <translation>Avertissement sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Avertissement d&apos;expiration</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>État de la session</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Cached session</source>
        <translation>Session en cache</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Share of the session lifetime left</source>
        <translation>Part restante de la durée de vie de la session</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message>
        <source>&amp;Keep this session alive</source>
        <translation>&amp;Maintenir cette session active</translation>
    </message>
    <message>
        <source>Keep this session alive</source>
        <translation>Maintenir cette session active</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Maintien actif</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Détails du profil</translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation>Type de jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Expires (local):</source>
        <translation>Expire (heure locale)&#xa0;:</translation>
    </message>
    <message>
        <source>Expires, local time</source>
        <translation>Expire, heure locale</translation>
    </message>
    <message>
        <source>Expires (UTC):</source>
        <translation>Expire (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Expires, UTC</source>
        <translation>Expire, UTC</translation>
    </message>
    <message>
        <source>Expiry taken from:</source>
        <translation>Expiration tirée de&#xa0;:</translation>
    </message>
    <message>
        <source>Where the expiry came from</source>
        <translation>Origine de l&apos;expiration</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SanteDB generation:</source>
        <translation>Génération SanteDB&#xa0;:</translation>
    </message>
    <message>
        <source>SanteDB generation</source>
        <translation>Génération SanteDB</translation>
    </message>
    <message>
        <source>Obtained by:</source>
        <translation>Obtenue par&#xa0;:</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtenue par</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Client secret checked:</source>
        <translation>Secret client vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret checked</source>
        <translation>Secret client vérifié</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Jeton d&apos;actualisation&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation>Filtrer les politiques</translation>
    </message>
    <message>
        <source>Filter by name or OID</source>
        <translation>Filtrer par nom ou OID</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Granted policies</source>
        <translation>Politiques accordées</translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation>Po&amp;litiques</translation>
    </message>
    <message>
        <source>Claims of the id_token</source>
        <translation>Revendications de l&apos;id_token</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Revendications</translation>
    </message>
    <message>
        <source>Reveal &amp;tokens</source>
        <translation>Afficher les &amp;jetons</translation>
    </message>
    <message>
        <source>Reveal tokens</source>
        <translation>Afficher les jetons</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Réponse du jeton</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Brut</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historique des sessions</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>H&amp;istorique</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>aucune expiration indiquée</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>non vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a profile on the left.</source>
        <translation>Sélectionnez un profil à gauche.</translation>
    </message>
    <message>
        <source>No session yet: press Enter to get one.</source>
        <translation>Pas encore de session&#xa0;: appuyez sur Entrée pour en obtenir une.</translation>
    </message>
    <message>
        <source>Expiring soon: press Enter for a new session.</source>
        <translation>Expire bientôt&#xa0;: appuyez sur Entrée pour une nouvelle session.</translation>
    </message>
    <message>
        <source>Expired: press Enter for a new session.</source>
        <translation>Expirée&#xa0;: appuyez sur Entrée pour une nouvelle session.</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>This session has no refresh token: it cannot be renewed, only replaced.</source>
        <translation>Cette session n&apos;a pas de jeton d&apos;actualisation&#xa0;: elle ne peut pas être renouvelée, seulement remplacée.</translation>
    </message>
    <message>
        <source>Renews itself at half-life (%1) while the app runs.</source>
        <translation>Se renouvelle à mi-vie (%1) tant que l&apos;application tourne.</translation>
    </message>
    <message>
        <source>✔ signature verified</source>
        <translation>✔ signature vérifiée</translation>
    </message>
    <message>
        <source>⚠ signature %1</source>
        <translation>⚠ signature %1</translation>
    </message>
    <message>
        <source>Verified with %1</source>
        <translation>Vérifiée avec %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>Reused from the keychain; no request was sent</source>
        <translation>Réutilisée depuis le trousseau&#xa0;; aucune requête n&apos;a été envoyée</translation>
    </message>
    <message>
        <source>renewed %1</source>
        <translation>renouvelée %1</translation>
    </message>
    <message>
        <source>✔ valid on server (checked %1)</source>
        <translation>✔ valide sur le serveur (vérifiée %1)</translation>
    </message>
    <message>
        <source>✖ revoked on server (checked %1)</source>
        <translation>✖ révoquée sur le serveur (vérifiée %1)</translation>
    </message>
    <message>
        <source>✔ Signature verified: these claims come from the server.</source>
        <translation>✔ Signature vérifiée&#xa0;: ces revendications viennent du serveur.</translation>
    </message>
    <message>
        <source>⚠ Signature %1: the claims are shown as received.</source>
        <translation>⚠ Signature %1&#xa0;: les revendications sont affichées telles que reçues.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ vérifiée</translation>
    </message>
    <message>
        <source>⚠ not verified</source>
        <translation>⚠ non vérifiée</translation>
    </message>
    <message>
        <source>The server did not authenticate the device %1: it granted an application-only session.</source>
        <translation>Le serveur n&apos;a pas authentifié l&apos;appareil %1&#xa0;: il a accordé une session pour l&apos;application seule.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>cache (reused from the keychain)</source>
        <translation>cache (réutilisée depuis le trousseau)</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>aucun configuré</translation>
    </message>
    <message>
        <source>device secret (%1)</source>
        <translation>secret de l&apos;appareil (%1)</translation>
    </message>
    <message>
        <source>certificate (%1)</source>
        <translation>certificat (%1)</translation>
    </message>
    <message>
        <source>authentication unknown (signature not verified)</source>
        <translation>authentification inconnue (signature non vérifiée)</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>NOT authenticated</source>
        <translation>NON authentifié</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes; last renewed %1</source>
        <translation>oui&#xa0;; dernier renouvellement %1</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Nom fourni par</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>built-in table</source>
        <translation>table intégrée</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>(the token response is not available for a cached session)</source>
        <translation>(la réponse du jeton n&apos;est pas disponible pour une session en cache)</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copier la &amp;ligne</translation>
    </message>
    <message>
        <source>Copy &amp;selected rows</source>
        <translation>Copier les lignes &amp;sélectionnées</translation>
    </message>
    <message>
        <source>Copy everything as &amp;JSON</source>
        <translation>Tout copier en &amp;JSON</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
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
        <translation>Copier l&apos;en-tête — %1</translation>
    </message>
    <message>
        <source>No valid sessions</source>
        <translation>Aucune session valide</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Copy header — %1 (%2)</source>
        <translation>Copier l&apos;en-tête — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdsm::gui::TrustDialog</name>
    <message>
        <source>Review the certificate of %1</source>
        <translation>Examiner le certificat de %1</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate %1 presented.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat présenté par %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED since it was trusted. If nobody told you it would, do not trust it: someone may be intercepting the connection.</source>
        <translation>Le certificat de %1 a CHANGÉ depuis qu&apos;il a été approuvé. Si personne ne vous a prévenu de ce changement, ne l&apos;approuvez pas&#xa0;: quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the server&apos;s administrator gives you. Trusting it applies to every profile on this server.</source>
        <translation>Comparez l&apos;empreinte SHA-256 avec celle que vous donne l&apos;administrateur du serveur. L&apos;approbation s&apos;applique à tous les profils de ce serveur.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Approuvé auparavant&#xa0;:</translation>
    </message>
    <message>
        <source>Previously trusted SHA-256</source>
        <translation>SHA-256 approuvé auparavant</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile</source>
        <translation>&amp;Faire confiance à ce certificat pour ce profil</translation>
    </message>
</context>
</TS>
