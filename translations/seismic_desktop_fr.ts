<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressBookCsv</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number of the imported file, %2 what is wrong with it.</extracomment>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>more than %1 contacts</source>
        <translation>plus de %1 contacts</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>un guillemet dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB: it is no address book.</source>
        <translation>Le fichier dépasse %1 Kio : ce n’est pas un carnet d’adresses.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>expected a label and an address, found %n field(s)</source>
        <translation>
            <numerusform>étiquette et adresse attendues, %n champ trouvé</numerusform>
            <numerusform>étiquette et adresse attendues, %n champs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>l’étiquette est vide</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation>l’étiquette dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the label contains control characters</source>
        <translation>l’étiquette contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>“%1” is not an address</source>
        <translation>« %1 » n’est pas une adresse</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <extracomment>%1 is an address.</extracomment>
        <translation>%1 figure deux fois</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>Desktop wallet and live token-transfer monitor for the Seismic chain.</source>
        <translation>Portefeuille de bureau et suivi en direct des transferts de jetons sur la chaîne Seismic.</translation>
    </message>
    <message>
        <source>Keep accounts and settings in &lt;directory&gt; (default: %1).</source>
        <translation>Conserver les comptes et les paramètres dans &lt;répertoire&gt; (par défaut : %1).</translation>
    </message>
    <message>
        <source>directory</source>
        <extracomment>Placeholder of a command-line option&apos;s value.</extracomment>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Select the network &lt;name&gt; (or the one with that chain ID).</source>
        <translation>Choisir le réseau &lt;nom&gt; (ou celui qui a cet identifiant de chaîne).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Import the key file &lt;file&gt; (raw hex key or keystore) at start.</source>
        <translation>Importer le fichier de clé &lt;fichier&gt; (clé hexadécimale ou keystore) au démarrage.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Read the password from the first line of &lt;file&gt;: it opens the imported key file, protects the imported account, and unlocks the last account at start.</source>
        <translation>Lire le mot de passe sur la première ligne de &lt;fichier&gt; : il ouvre le fichier de clé importé, protège le compte importé et déverrouille le dernier compte au démarrage.</translation>
    </message>
    <message>
        <source>Show the user interface in &lt;language&gt;, e.g. de or fr.</source>
        <translation>Afficher l’interface en &lt;langue&gt;, par exemple de ou fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>“%1” is a WebSocket URL; use --ws-url for it.</source>
        <translation>« %1 » est une URL WebSocket ; utilisez --ws-url pour celle-ci.</translation>
    </message>
    <message>
        <source>“%1” is not a WebSocket URL (ws:// or wss://).</source>
        <translation>« %1 » n’est pas une URL WebSocket (ws:// ou wss://).</translation>
    </message>
    <message>
        <source>unknown language “%1”</source>
        <translation>langue inconnue « %1 »</translation>
    </message>
    <message>
        <source>Add the token contract at &lt;address&gt; to the balances once the account is unlocked (may be repeated).</source>
        <translation>Ajouter le contrat de jeton situé à &lt;adresse&gt; aux soldes une fois le compte déverrouillé (option répétable).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the HTTP endpoint for this session, instead of all of the network&apos;s endpoints.</source>
        <translation>Utiliser &lt;url&gt; comme point d’accès HTTP pendant cette session, au lieu de tous les points d’accès du réseau.</translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the WebSocket endpoint for this session, instead of all of the network&apos;s endpoints.</source>
        <translation>Utiliser &lt;url&gt; comme point d’accès WebSocket pendant cette session, au lieu de tous les points d’accès du réseau.</translation>
    </message>
    <message>
        <source>Let a keystore&apos;s key derivation take up to &lt;MiB&gt; mebibytes (default %1, at most %2): only for keystores written with a higher cost.</source>
        <translation>Permettre à la dérivation de clé d’un keystore d’utiliser jusqu’à &lt;Mio&gt; mébioctets (par défaut : %1, au plus %2) : seulement pour les keystores écrits avec un coût plus élevé.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>a number of MiB from 1 to %1</source>
        <translation>un nombre de Mio de 1 à %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the name of a network.</extracomment>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to chain %1 at block %2</source>
        <extracomment>%1 is a chain ID, %2 a block number.</extracomment>
        <translation>Connecté à la chaîne %1 au bloc %2</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <extracomment>%1 is the last error, as the network layer describes it.</extracomment>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Chain changed: now chain %1 at block %2</source>
        <extracomment>%1 is a chain ID, %2 a block number. The node was reset to a new chain.</extracomment>
        <translation>Chaîne changée : désormais chaîne %1 au bloc %2</translation>
    </message>
    <message>
        <source>Reconnecting (%1)…</source>
        <extracomment>%1 is why the connection was lost, as the network layer describes it.</extracomment>
        <translation>Reconnexion (%1)…</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Create a new account with a fresh random private key. It is stored encrypted under the password you choose here.</source>
        <translation>Créer un nouveau compte avec une nouvelle clé privée aléatoire. Elle est enregistrée chiffrée avec le mot de passe que vous choisissez ici.</translation>
    </message>
    <message>
        <source>Where the key is stored</source>
        <translation>Emplacement de la clé</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe :</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Transactions you send from this account appear here, with their progress: encrypting, signing, sent, confirmed, failed or expired.</source>
        <translation>Les transactions que vous envoyez depuis ce compte apparaissent ici, avec leur avancement : chiffrement, signature, envoyée, confirmée, échouée ou expirée.</translation>
    </message>
    <message>
        <source>Sent transactions</source>
        <translation>Transactions envoyées</translation>
    </message>
    <message>
        <source>Selected transaction</source>
        <translation>Transaction sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Copy Transaction Hash</source>
        <translation>&amp;Copier le hash de la transaction</translation>
    </message>
    <message>
        <source>Copy the selected transaction&apos;s hash</source>
        <translation>Copier le hash de la transaction sélectionnée</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the history to a CSV or JSON lines file</source>
        <translation>Exporter l’historique vers un fichier CSV ou de lignes JSON</translation>
    </message>
    <message>
        <source>For&amp;get History…</source>
        <translation>&amp;Oublier l’historique…</translation>
    </message>
    <message>
        <source>Delete this account&apos;s history on this network from this computer</source>
        <translation>Supprimer de cet ordinateur l’historique de ce compte sur ce réseau</translation>
    </message>
    <message>
        <source>Pending transactions</source>
        <translation>Transactions en attente</translation>
    </message>
    <message>
        <source>Select a pending transaction to speed it up (the same transaction at a higher fee) or cancel it (a transfer of nothing to yourself at a higher fee, with its nonce).</source>
        <translation>Sélectionnez une transaction en attente pour l’accélérer (la même transaction avec des frais plus élevés) ou l’annuler (un transfert nul vers vous-même avec des frais plus élevés et le même nonce).</translation>
    </message>
    <message>
        <source>Speed &amp;Up…</source>
        <translation>Accé&amp;lérer…</translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation>Accélérer la transaction en attente sélectionnée</translation>
    </message>
    <message>
        <source>Cancel Tra&amp;nsaction…</source>
        <translation>A&amp;nnuler la transaction…</translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation>Annuler la transaction en attente sélectionnée</translation>
    </message>
    <message>
        <source>Filter the history: words, status, address or hash</source>
        <translation>Filtrer l’historique : mots, état, adresse ou hash</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer l’historique</translation>
    </message>
    <message>
        <source>Shows only the transactions whose words, status, address or hash contain this text; the export follows it</source>
        <translation>N’affiche que les transactions dont les mots, l’état, l’adresse ou le hash contiennent ce texte ; l’export le suit</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import Key File</source>
        <translation>Importer un fichier de clé</translation>
    </message>
    <message>
        <source>Import a private key from a file: a raw hex key (64 hex digits) or a keystore (Web3 Secret Storage v3, as geth, cast wallet and MetaMask write it). The key is then kept only encrypted, under a new password.</source>
        <translation>Importer une clé privée depuis un fichier : une clé hexadécimale (64 chiffres hexadécimaux) ou un keystore (Web3 Secret Storage v3, tel que l’écrivent geth, cast wallet et MetaMask). La clé n’est ensuite conservée que chiffrée, avec un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier de clé :</translation>
    </message>
    <message>
        <source>Key file path</source>
        <translation>Chemin du fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a key file</source>
        <translation>Rechercher un fichier de clé</translation>
    </message>
    <message>
        <source>Key file format</source>
        <translation>Format du fichier de clé</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <extracomment>The password a keystore file was saved with.</extracomment>
        <translation>&amp;Mot de passe du fichier :</translation>
    </message>
    <message>
        <source>Password of the key file</source>
        <translation>Mot de passe du fichier de clé</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmer le mot de passe :</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Minimum log level</source>
        <translation>Niveau minimal des messages</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Messages du journal</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <extracomment>Followed by the minimum log level to show.</extracomment>
        <translation>Aff&amp;icher :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation>&amp;Importer un fichier de clé…</translation>
    </message>
    <message>
        <source>Import a private key from a raw hex key file or a keystore</source>
        <translation>Importer une clé privée depuis un fichier de clé hexadécimale ou un keystore</translation>
    </message>
    <message>
        <source>&amp;Create Account…</source>
        <translation>&amp;Créer un compte…</translation>
    </message>
    <message>
        <source>Create an account with a fresh random key</source>
        <translation>Créer un compte avec une nouvelle clé aléatoire</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Unlock an account with its password, or switch to another account</source>
        <translation>Déverrouiller un compte avec son mot de passe, ou passer à un autre compte</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the account: its private key is wiped from memory</source>
        <translation>Verrouiller le compte : sa clé privée est effacée de la mémoire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>Quitter l’application</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>Account, network and balances</source>
        <translation>Compte, réseau et soldes</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send tokens</source>
        <translation>Envoyer des jetons</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>Watch token transfers live</source>
        <translation>Suivre les transferts de jetons en direct</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Transactions sent from this account</source>
        <translation>Transactions envoyées depuis ce compte</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <extracomment>The page with the application log.</extracomment>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Application log</source>
        <translation>Journal de l’application</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Networks, connection and appearance</source>
        <translation>Réseaux, connexion et apparence</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copy versions, connection state and the recent log to the clipboard, for a bug report</source>
        <translation>Copier les versions, l’état de la connexion et le journal récent dans le presse-papiers, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>&amp;About Seismic Desktop</source>
        <translation>&amp;À propos de Seismic Desktop</translation>
    </message>
    <message>
        <source>&amp;Viewing Key</source>
        <extracomment>The page of the key that decrypts SRC20 amounts.</extracomment>
        <translation>&amp;Clé de consultation</translation>
    </message>
    <message>
        <source>The viewing key that decrypts this account&apos;s SRC20 amounts</source>
        <translation>La clé de consultation qui déchiffre les montants SRC20 de ce compte</translation>
    </message>
    <message>
        <source>Import Key…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Recevoir…</translation>
    </message>
    <message>
        <source>Show the account’s address to receive tokens: large, copyable and as a QR code</source>
        <translation>Afficher l’adresse du compte pour recevoir des jetons : en grand, copiable et en code QR</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>The network needs a name.</source>
        <translation>Le réseau doit avoir un nom.</translation>
    </message>
    <message>
        <source>The chain ID must be a positive whole number.</source>
        <translation>L’identifiant de chaîne doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>The network needs at least one HTTP or HTTPS endpoint.</source>
        <translation>Le réseau doit avoir au moins un point d’accès HTTP ou HTTPS.</translation>
    </message>
    <message>
        <source>“%1” is a WebSocket endpoint, not an HTTP endpoint.</source>
        <translation>« %1 » est un point d’accès WebSocket, pas un point d’accès HTTP.</translation>
    </message>
    <message>
        <source>“%1” is an HTTP endpoint, not a WebSocket endpoint.</source>
        <translation>« %1 » est un point d’accès HTTP, pas un point d’accès WebSocket.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Ceci n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>An endpoint must start with http://, https://, ws:// or wss://.</source>
        <extracomment>The schemes are not translated.</extracomment>
        <translation>Un point d’accès doit commencer par http://, https://, ws:// ou wss://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>L’URL n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>“%1” is unencrypted and not on this computer: anyone on the way could read and change the traffic, including the node&apos;s TEE key. Use %2://, or allow unencrypted endpoints for this network.</source>
        <extracomment>%1 is an endpoint (scheme, host and port); %2 the encrypted scheme to use instead.</extracomment>
        <translation>« %1 » n’est pas chiffré et ne se trouve pas sur cet ordinateur : n’importe qui sur le trajet pourrait lire et modifier le trafic, y compris la clé TEE du nœud. Utilisez %2://, ou autorisez les points d’accès non chiffrés pour ce réseau.</translation>
    </message>
    <message>
        <source>Warning: this network uses unencrypted endpoints (http:// or ws://) on other computers. Anyone on the way can read and change the traffic, including the node&apos;s TEE key, and so read your shielded transactions.</source>
        <translation>Avertissement : ce réseau utilise des points d’accès non chiffrés (http:// ou ws://) sur d’autres ordinateurs. N’importe qui sur le trajet peut lire et modifier le trafic, y compris la clé TEE du nœud, et donc lire vos transactions protégées.</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>&amp;Chain ID:</source>
        <translation>&amp;Identifiant de chaîne :</translation>
    </message>
    <message>
        <source>Chain ID</source>
        <translation>Identifiant de chaîne</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>&amp;Points d’accès :</translation>
    </message>
    <message>
        <source>Endpoint URLs, one per line</source>
        <translation>URL des points d’accès, une par ligne</translation>
    </message>
    <message>
        <source>One URL per line: HTTP(S) endpoints for requests, WebSocket (WS/WSS) endpoints for live subscriptions. Several of each are used as a pool with failover.</source>
        <translation>Une URL par ligne : points d’accès HTTP(S) pour les requêtes, points d’accès WebSocket (WS/WSS) pour les abonnements en direct. Plusieurs points d’accès d’un même type forment un ensemble avec basculement.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted endpoints (http://, ws://) on other computers</source>
        <translation>Autoriser les points d’accès non &amp;chiffrés (http://, ws://) distants</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the endpoints once and read the chain ID and the node&apos;s TEE key</source>
        <translation>Se connecter une fois aux points d’accès et lire l’identifiant de chaîne et la clé TEE du nœud</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>No account yet. Import a key file or create a new account to start.</source>
        <translation>Aucun compte pour l’instant. Importez un fichier de clé ou créez un nouveau compte pour commencer.</translation>
    </message>
    <message>
        <source>Import a key file</source>
        <translation>Importer un fichier de clé</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Adresse du compte</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>Whether the account is locked or unlocked.</extracomment>
        <translation>État :</translation>
    </message>
    <message>
        <source>Lock state</source>
        <translation>État du verrouillage</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Déverrouiller le compte</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Verrouiller le compte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>Chain ID:</source>
        <translation>Identifiant de chaîne :</translation>
    </message>
    <message>
        <source>Chain ID</source>
        <translation>Identifiant de chaîne</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Add &amp;token:</source>
        <translation>Ajouter un &amp;jeton :</translation>
    </message>
    <message>
        <source>Token contract address</source>
        <translation>Adresse du contrat de jeton</translation>
    </message>
    <message>
        <source>Token contract address (0x…)</source>
        <translation>Adresse du contrat de jeton (0x…)</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Ajouter le jeton</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove the selected token</source>
        <translation>Retirer le jeton sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>État du jeton</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters.</source>
        <translation>
            <numerusform>Le nouveau mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le nouveau mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Confirm Transaction</source>
        <translation>Confirmer la transaction</translation>
    </message>
    <message>
        <source>Check the transaction. Nothing is sent until you choose Send.</source>
        <translation>Vérifiez la transaction. Rien n’est envoyé tant que vous n’avez pas choisi « Envoyer ».</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>The account that signs and pays the fee.</extracomment>
        <translation>De :</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Compte émetteur</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Nonce:</source>
        <translation>Nonce :</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Gas limit:</source>
        <translation>Limite de gaz :</translation>
    </message>
    <message>
        <source>Gas limit</source>
        <translation>Limite de gaz</translation>
    </message>
    <message>
        <source>Gas price:</source>
        <translation>Prix du gaz :</translation>
    </message>
    <message>
        <source>Gas price</source>
        <translation>Prix du gaz</translation>
    </message>
    <message>
        <source>Maximum fee:</source>
        <translation>Frais maximaux :</translation>
    </message>
    <message>
        <source>Maximum fee</source>
        <translation>Frais maximaux</translation>
    </message>
    <message>
        <source>Expires after block:</source>
        <translation>Expire après le bloc :</translation>
    </message>
    <message>
        <source>Expiry block</source>
        <translation>Bloc d’expiration</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>From:</source>
        <extracomment>The account that sends.</extracomment>
        <translation>De :</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Compte émetteur</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Why sending is not possible yet</source>
        <translation>Pourquoi l’envoi n’est pas encore possible</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>Send tokens, or call any contract function from its JSON ABI, from the current account. Shielded transactions are encrypted before they leave this computer.</source>
        <translation>Envoyez des jetons depuis le compte actuel, ou appelez n’importe quelle fonction d’un contrat à partir de son ABI JSON. Les transactions protégées sont chiffrées avant de quitter cet ordinateur.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Type d’envoi</translation>
    </message>
    <message>
        <source>T&amp;oken transfer</source>
        <translation>&amp;Transfert de jeton</translation>
    </message>
    <message>
        <source>Recipient address problem</source>
        <translation>Problème d’adresse du destinataire</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problème de montant</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat :</translation>
    </message>
    <message>
        <source>Contract address</source>
        <translation>Adresse du contrat</translation>
    </message>
    <message>
        <source>Contract address problem</source>
        <translation>Problème d’adresse du contrat</translation>
    </message>
    <message>
        <source>ABI file</source>
        <translation>Fichier ABI</translation>
    </message>
    <message>
        <source>A JSON ABI, or a build artifact with an &quot;abi&quot; member</source>
        <translation>Une ABI JSON, ou un artefact de compilation avec un membre « abi »</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the ABI file</source>
        <translation>Choisir le fichier ABI</translation>
    </message>
    <message>
        <source>ABI file problem</source>
        <translation>Problème de fichier ABI</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Parameters marked shielded are encrypted in the transaction; a function with shielded parameters is sent as a Seismic transaction.</source>
        <translation>Les paramètres marqués comme protégés sont chiffrés dans la transaction ; une fonction avec des paramètres protégés est envoyée comme transaction Seismic.</translation>
    </message>
    <message>
        <source>Progress of the last send</source>
        <translation>Avancement du dernier envoi</translation>
    </message>
    <message>
        <source>Contract ca&amp;ll</source>
        <translation>App&amp;el de contrat</translation>
    </message>
    <message>
        <source>AB&amp;I file:</source>
        <translation>Fichier A&amp;BI :</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>Fo&amp;nction :</translation>
    </message>
    <message>
        <source>Review and Se&amp;nd…</source>
        <translation>&amp;Vérifier et envoyer…</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Montant maximal</translation>
    </message>
    <message>
        <source>Ma&amp;x</source>
        <translation>Ma&amp;x</translation>
    </message>
    <message>
        <source>The whole balance; for the chain&apos;s coin, less the most the fees can cost</source>
        <translation>Tout le solde ; pour la monnaie de la chaîne, moins le coût maximal des frais</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Rés&amp;eau</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Points d’accès :</translation>
    </message>
    <message>
        <source>Endpoints of the network</source>
        <translation>Points d’accès du réseau</translation>
    </message>
    <message>
        <source>Custom networks</source>
        <translation>Réseaux personnalisés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a network</source>
        <translation>Ajouter un réseau</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the network</source>
        <translation>Modifier le réseau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the network</source>
        <translation>Supprimer le réseau</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai par requête :</translation>
    </message>
    <message>
        <source>Request timeout in milliseconds</source>
        <translation>Délai par requête en millisecondes</translation>
    </message>
    <message>
        <source>Maximum &amp;attempts:</source>
        <extracomment>How often a failed request is tried, the first try included.</extracomment>
        <translation>Nombre maximal de &amp;tentatives :</translation>
    </message>
    <message>
        <source>Maximum attempts per request</source>
        <translation>Nombre maximal de tentatives par requête</translation>
    </message>
    <message>
        <source>Retry &amp;backoff:</source>
        <extracomment>The wait before the first retry; it doubles at every further retry.</extracomment>
        <translation>&amp;Attente avant nouvelle tentative :</translation>
    </message>
    <message>
        <source>Base retry backoff in milliseconds</source>
        <translation>Attente de base avant une nouvelle tentative, en millisecondes</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit :</translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation>Limite de débit en requêtes par seconde</translation>
    </message>
    <message>
        <source>B&amp;urst:</source>
        <extracomment>How many requests may go out at once before the rate limit applies.</extracomment>
        <translation>&amp;Rafale :</translation>
    </message>
    <message>
        <source>Rate limit burst</source>
        <translation>Rafale de la limite de débit</translation>
    </message>
    <message>
        <source>Maximum concurrent requests</source>
        <translation>Nombre maximal de requêtes simultanées</translation>
    </message>
    <message>
        <source>Failed requests are retried with exponential backoff, and only when retrying is safe. Sent transactions are never sent twice.</source>
        <translation>Les requêtes échouées sont relancées avec une attente exponentielle, et seulement lorsque c’est sans risque. Les transactions envoyées ne le sont jamais deux fois.</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>TEE key:</source>
        <translation>Clé TEE :</translation>
    </message>
    <message>
        <source>TEE key pinned for the network</source>
        <translation>Clé TEE épinglée pour le réseau</translation>
    </message>
    <message>
        <source>&amp;Accept the new TEE key</source>
        <translation>Accepter la &amp;nouvelle clé TEE</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies when Seismic Desktop starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Seismic Desktop.</translation>
    </message>
    <message>
        <source>Concurrent re&amp;quests:</source>
        <translation>Requêtes &amp;simultanées :</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Filter by token</source>
        <translation>Filtrer par jeton</translation>
    </message>
    <message>
        <source>Token symbol or address</source>
        <translation>Symbole ou adresse du jeton</translation>
    </message>
    <message>
        <source>Filter by address</source>
        <translation>Filtrer par adresse</translation>
    </message>
    <message>
        <source>Sender or recipient address</source>
        <translation>Adresse de l’émetteur ou du destinataire</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Pause or resume the live table</source>
        <translation>Mettre en pause ou reprendre le tableau en direct</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Token transfers</source>
        <translation>Transferts de jetons</translation>
    </message>
    <message>
        <source>Number of transfers</source>
        <translation>Nombre de transferts</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Débit des transferts</translation>
    </message>
    <message>
        <source>First block of the history</source>
        <translation>Premier bloc de l’historique</translation>
    </message>
    <message>
        <source>Load the history from this block</source>
        <translation>Charger l’historique à partir de ce bloc</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>History from &amp;block:</source>
        <translation>Historique depuis le &amp;bloc :</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Account</source>
        <translation>Déverrouiller le compte</translation>
    </message>
    <message>
        <source>Enter the password of the account to unlock it. The key stays in memory until you lock the account or quit.</source>
        <translation>Saisissez le mot de passe du compte pour le déverrouiller. La clé reste en mémoire jusqu’à ce que vous verrouilliez le compte ou quittiez l’application.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>ViewingKeyPage</name>
    <message>
        <source>Viewing Key</source>
        <translation>Clé de consultation</translation>
    </message>
    <message>
        <source>SRC20 tokens encrypt the amounts of their transfer events under each party&apos;s viewing key, registered in the Directory contract. With a registered key, the Transfers page shows your amounts in the clear. The key never leaves this computer unencrypted and is not stored: it is read back from the Directory when you unlock the account.</source>
        <translation>Les jetons SRC20 chiffrent les montants de leurs événements de transfert avec la clé de consultation de chaque partie, enregistrée dans le contrat Directory. Avec une clé enregistrée, la page « Transferts » affiche vos montants en clair. La clé ne quitte jamais cet ordinateur sans être chiffrée et n’est pas stockée : elle est relue dans le Directory lorsque vous déverrouillez le compte.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Viewing key status</source>
        <translation>État de la clé de consultation</translation>
    </message>
    <message>
        <source>Key hash:</source>
        <translation>Hash de la clé :</translation>
    </message>
    <message>
        <source>Viewing key hash</source>
        <translation>Hash de la clé de consultation</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Registration transaction</source>
        <translation>Transaction d’enregistrement</translation>
    </message>
    <message>
        <source>Generate and register a viewing key</source>
        <translation>Générer et enregistrer une clé de consultation</translation>
    </message>
    <message>
        <source>&amp;Generate and Register</source>
        <translation>&amp;Générer et enregistrer</translation>
    </message>
    <message>
        <source>Read the Directory again</source>
        <translation>Relire le Directory</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>seismic::app</name>
    <message>
        <source>Another instance of Seismic Desktop is using the local store %1.</source>
        <translation>Une autre instance de Seismic Desktop utilise le stockage local %1.</translation>
    </message>
    <message>
        <source>The local store %1 is damaged.</source>
        <translation>Le stockage local %1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 is not a store of Seismic Desktop.</source>
        <translation>%1 n’est pas un stockage de Seismic Desktop.</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of Seismic Desktop.</source>
        <translation>Le stockage local %1 a été écrit par une version plus récente de Seismic Desktop.</translation>
    </message>
    <message>
        <source>The disk that holds the local store %1 is full.</source>
        <translation>Le disque qui contient le stockage local %1 est plein.</translation>
    </message>
    <message>
        <source>The local store %1 cannot be written.</source>
        <translation>Le stockage local %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The local store %1 cannot be used.</source>
        <translation>Le stockage local %1 ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>%1 (%2) Transfers are shown but not kept until this is solved; the file is left as it is.</source>
        <extracomment>%1 says what is wrong with the store, %2 is the database&apos;s own message.</extracomment>
        <translation>%1 (%2) Les transferts sont affichés mais pas conservés tant que ce n’est pas résolu ; le fichier reste tel quel.</translation>
    </message>
</context>
<context>
    <name>seismic::app::AccountsPage</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Watch-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Use This Account</source>
        <translation>&amp;Utiliser ce compte</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;xport Keystore…</source>
        <translation>E&amp;xporter le keystore…</translation>
    </message>
    <message>
        <source>Add &amp;Watch-Only…</source>
        <translation>Ajouter en &amp;lecture seule…</translation>
    </message>
    <message>
        <source>Refresh &amp;Balances</source>
        <translation>Ac&amp;tualiser les soldes</translation>
    </message>
    <message>
        <source>The watch-only accounts cannot be read: %1</source>
        <translation>Les comptes en lecture seule ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>%1, current, unlocked</source>
        <extracomment>%1 is the kind of account (Key, Watch-only).</extracomment>
        <translation>%1, actuel, déverrouillé</translation>
    </message>
    <message>
        <source>%1, current</source>
        <translation>%1, actuel</translation>
    </message>
    <message>
        <source>No accounts yet: import a key file, create an account or add a watch-only address.</source>
        <translation>Aucun compte pour l’instant : importez un fichier de clé, créez un compte ou ajoutez une adresse en lecture seule.</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No balance: not connected.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Not connected: the balance cannot be read.</source>
        <translation>Non connecté : le solde ne peut pas être lu.</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Shown instead of a balance that could not be read.</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 ETH</source>
        <extracomment>%1 is an amount of the native coin.</extracomment>
        <translation>%1 ETH</translation>
    </message>
    <message>
        <source>%1 is now the current account.</source>
        <translation>%1 est désormais le compte actuel.</translation>
    </message>
    <message>
        <source>Rename Account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Label of %1:</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation>Étiquette de %1 :</translation>
    </message>
    <message>
        <source>The label was not saved: %1</source>
        <translation>L’étiquette n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account %1 from this computer? Its keystore is moved to the backup folder %2, not deleted: the account can be imported from there again.</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation>Supprimer le compte %1 de cet ordinateur ? Son keystore est déplacé dans le dossier de sauvegarde %2, pas effacé : le compte pourra de nouveau être importé depuis ce dossier.</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>Arrêter de suivre %1 ?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Le compte n’a pas été supprimé : %1</translation>
    </message>
    <message>
        <source>Account removed; its keystore is kept as %1.</source>
        <extracomment>%1 is a file&apos;s path.</extracomment>
        <translation>Compte supprimé ; son keystore est conservé sous %1.</translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Suivi de %1 arrêté.</translation>
    </message>
    <message>
        <source>Export Keystore</source>
        <translation>Exporter le keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Fichiers keystore (*.json)</translation>
    </message>
    <message>
        <source>The keystore was not exported to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it could not be written.</extracomment>
        <translation>Le keystore n’a pas été exporté vers %1 : %2</translation>
    </message>
    <message>
        <source>Keystore exported to %1 (it still needs its password).</source>
        <translation>Keystore exporté vers %1 (son mot de passe reste nécessaire).</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Le compte n’a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>Suivi de %1 en cours.</translation>
    </message>
    <message>
        <source>Watch-only, with viewing key</source>
        <translation>Lecture seule, avec clé de consultation</translation>
    </message>
    <message>
        <source>Viewing Ke&amp;y</source>
        <translation>Clé de c&amp;onsultation</translation>
    </message>
    <message>
        <source>Give the selected watch-only account a viewing key (its own, or a provider&apos;s), so that the SRC20 amounts it opens are shown, or remove it</source>
        <translation>Donner au compte en lecture seule sélectionné une clé de consultation (la sienne ou celle d’un fournisseur), pour afficher les montants SRC20 qu’elle ouvre, ou la retirer</translation>
    </message>
    <message>
        <source>&amp;Set From a File…</source>
        <translation>&amp;Définir depuis un fichier…</translation>
    </message>
    <message>
        <source>The watch-only account cannot be read: %1</source>
        <translation>Le compte en lecture seule ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>it is no longer listed</source>
        <translation>il n’est plus dans la liste</translation>
    </message>
    <message>
        <source>Watching %1, with a viewing key.</source>
        <translation>Suivi de %1 en cours, avec une clé de consultation.</translation>
    </message>
    <message>
        <source>Remove the Viewing Key</source>
        <translation>Retirer la clé de consultation</translation>
    </message>
    <message>
        <source>Forget the viewing key of %1? New SRC20 amounts of this account are no longer opened; those already shown stay in the transfer history. The key can be given again from its file.</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation>Oublier la clé de consultation de %1 ? Les nouveaux montants SRC20 de ce compte ne seront plus ouverts ; ceux déjà affichés restent dans l’historique des transferts. La clé peut être redonnée depuis son fichier.</translation>
    </message>
    <message>
        <source>The viewing key was not saved: %1</source>
        <translation>La clé de consultation n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>%1 has a viewing key: the SRC20 amounts it opens are shown.</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation>%1 a une clé de consultation : les montants SRC20 qu’elle ouvre sont affichés.</translation>
    </message>
    <message>
        <source>The viewing key of %1 was forgotten.</source>
        <translation>La clé de consultation de %1 a été oubliée.</translation>
    </message>
    <message>
        <source>Import a key file</source>
        <translation>Importer un fichier de clé</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
</context>
<context>
    <name>seismic::app::AddressBookPage</name>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Viewing key</source>
        <translation>Clé de consultation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Whether the address registered a viewing key in the Directory: without one, it cannot see the amounts of the SRC20 tokens sent to it.</source>
        <translation>Si l’adresse a enregistré une clé de consultation dans le Directory : sans clé, elle ne peut pas voir les montants des jetons SRC20 qui lui sont envoyés.</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Change Label…</source>
        <translation>&amp;Modifier l’étiquette…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>checking…</source>
        <extracomment>The viewing key of a contact is not known (not connected, or being read).</extracomment>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>SRC20 amounts sent to this address can be read by its owner.</source>
        <translation>Les montants SRC20 envoyés à cette adresse sont lisibles par son propriétaire.</translation>
    </message>
    <message>
        <source>SRC20 amounts sent to this address cannot be read by its owner until it registers a viewing key.</source>
        <translation>Les montants SRC20 envoyés à cette adresse ne sont pas lisibles par son propriétaire tant qu’il n’a pas enregistré de clé de consultation.</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>Le contact n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the address book?</source>
        <extracomment>%1 is a contact&apos;s label, %2 its address.</extracomment>
        <translation>Supprimer %1 (%2) du carnet d’adresses ?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The contact was not removed: %1</source>
        <translation>Le contact n’a pas été supprimé : %1</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>Fichiers CSV (%1)</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it cannot be read.</extracomment>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n contact importé.</numerusform>
            <numerusform>%n contacts importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it cannot be written.</extracomment>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exporté vers %1.</numerusform>
            <numerusform>%n contacts exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::AddressCompleter</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>An address-book entry offered while typing: %1 its label, %2 its address.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>seismic::app::AddressEntryDialog</name>
    <message>
        <source>Add Watch-Only Account</source>
        <translation>Ajouter un compte en lecture seule</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Watch an address without its key: its balance and transfers are shown, nothing can be sent from it.</source>
        <translation>Suivre une adresse sans sa clé : son solde et ses transferts sont affichés, rien ne peut être envoyé depuis celle-ci.</translation>
    </message>
    <message>
        <source>The label is shown wherever the address appears.</source>
        <translation>L’étiquette s’affiche partout où l’adresse apparaît.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>É&amp;tiquette (facultative) :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>This is not an address (0x and 40 hexadecimal digits, with a valid checksum if mixed case).</source>
        <translation>Ce n’est pas une adresse (0x suivi de 40 chiffres hexadécimaux, avec une somme de contrôle valide en casse mixte).</translation>
    </message>
    <message>
        <source>This address is already listed.</source>
        <translation>Cette adresse figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>A contact needs a label.</source>
        <translation>Un contact doit avoir une étiquette.</translation>
    </message>
    <message>
        <source>Set the Viewing Key</source>
        <translation>Définir la clé de consultation</translation>
    </message>
    <message>
        <source>Give this watch-only account a viewing key: the SRC20 amounts it opens are shown on the Transfers page, also those stored before.</source>
        <translation>Donner une clé de consultation à ce compte en lecture seule : les montants SRC20 qu’elle ouvre sont affichés sur la page « Transferts », y compris ceux déjà enregistrés.</translation>
    </message>
    <message>
        <source>Viewing key file</source>
        <translation>Fichier de clé de consultation</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose a viewing key file</source>
        <translation>Choisir un fichier de clé de consultation</translation>
    </message>
    <message>
        <source>&amp;Viewing key file (optional):</source>
        <translation>Fichier de clé de &amp;consultation (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Viewing key file:</source>
        <translation>Fichier de clé de &amp;consultation :</translation>
    </message>
    <message>
        <source>A text file with 32 bytes as hex (64 hexadecimal digits). The account&apos;s own viewing key opens the SRC20 amounts sent to or from it; an intelligence provider&apos;s key opens what that provider can read. The key is kept in this computer&apos;s store until you remove it or the account.</source>
        <translation>Un fichier texte de 32 octets en hexadécimal (64 chiffres hexadécimaux). La clé de consultation du compte ouvre les montants SRC20 envoyés depuis ou vers lui ; la clé d’un fournisseur d’intelligence ouvre ce que ce fournisseur peut lire. La clé reste dans la base de cet ordinateur jusqu’à ce que vous la retiriez, ou le compte.</translation>
    </message>
    <message>
        <source>Choose a Viewing Key File</source>
        <translation>Choisir un fichier de clé de consultation</translation>
    </message>
    <message>
        <source>This file holds no viewing key: it needs 64 hexadecimal digits (32 bytes), optionally with 0x.</source>
        <translation>Ce fichier ne contient pas de clé de consultation : il faut 64 chiffres hexadécimaux (32 octets), éventuellement avec 0x.</translation>
    </message>
</context>
<context>
    <name>seismic::app::AmountText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write digits, with “%2” before any decimals.</source>
        <extracomment>%1 is what the user typed, %2 the decimal mark of the language.</extracomment>
        <translation>« %1 » n’est pas un montant : écrivez des chiffres, avec « %2 » avant les décimales.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could mean %2 or %3. Write it without thousands separators, with “%4” before any decimals.</source>
        <extracomment>%1 is what the user typed, %2 and %3 the two amounts it could mean, %4 the language&apos;s decimal mark.</extracomment>
        <translation>« %1 » est ambigu : cela peut signifier %2 ou %3. Écrivez le montant sans séparateur de milliers, avec « %4 » avant les décimales.</translation>
    </message>
    <message numerus="yes">
        <source>This token allows %n decimal(s); the amount has more.</source>
        <translation>
            <numerusform>Ce jeton autorise %n décimale ; le montant en a davantage.</numerusform>
            <numerusform>Ce jeton autorise %n décimales ; le montant en a davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop grand.</translation>
    </message>
</context>
<context>
    <name>seismic::app::BalanceService</name>
    <message>
        <source>Ether</source>
        <extracomment>The native coin of Seismic networks.</extracomment>
        <translation>Ether</translation>
    </message>
    <message>
        <source>Unlock the account and connect to a network to add a token.</source>
        <translation>Déverrouillez le compte et connectez-vous à un réseau pour ajouter un jeton.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>seismic::app::ChartsPage</name>
    <message>
        <source>Transfers per minute, last hour</source>
        <translation>Transferts par minute, dernière heure</translation>
    </message>
    <message>
        <source>Transfers per minute</source>
        <translation>Transferts par minute</translation>
    </message>
    <message>
        <source>Volume per minute, last hour</source>
        <translation>Volume par minute, dernière heure</translation>
    </message>
    <message>
        <source>Volume of the token</source>
        <translation>Volume du jeton</translation>
    </message>
    <message>
        <source>The account&apos;s balance from its transfers</source>
        <translation>Solde du compte d’après ses transferts</translation>
    </message>
    <message>
        <source>Balance of the token over time</source>
        <translation>Évolution du solde du jeton</translation>
    </message>
    <message>
        <source>Token charted</source>
        <translation>Jeton représenté</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>About the charts</source>
        <translation>À propos des courbes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s) in the last hour</source>
        <extracomment>The accessible description of the transfers-per-minute chart.</extracomment>
        <translation>
            <numerusform>%Ln transfert dans la dernière heure</numerusform>
            <numerusform>%Ln transferts dans la dernière heure</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume of %1</source>
        <extracomment>The accessible description of the volume chart; %1 is a token symbol.</extracomment>
        <translation>Volume de %1</translation>
    </message>
    <message>
        <source>The balance is the net flow of the account&apos;s transfers since the first one the app saw.</source>
        <translation>Le solde est le flux net des transferts du compte depuis le premier vu par l’application.</translation>
    </message>
    <message>
        <source>No account: there is no balance to follow.</source>
        <translation>Aucun compte : il n’y a pas de solde à suivre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s) of %1 with an amount hidden by encryption are counted but not in the volume.</source>
        <extracomment>%1 is a token symbol.</extracomment>
        <translation>
            <numerusform>%Ln transfert de %1 au montant masqué par le chiffrement est compté, mais pas dans le volume.</numerusform>
            <numerusform>%Ln transferts de %1 au montant masqué par le chiffrement sont comptés, mais pas dans le volume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the account&apos;s transfers have a hidden amount: the balance leaves them out.</source>
        <translation>
            <numerusform>%Ln transfert du compte a un montant masqué : le solde l’ignore.</numerusform>
            <numerusform>%Ln transferts du compte ont un montant masqué : le solde les ignore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %L1 tokens are charted.</source>
        <translation>Seuls les %L1 premiers jetons sont représentés.</translation>
    </message>
</context>
<context>
    <name>seismic::app::CreateAccountDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is stored encrypted in %1. Back up this folder: without it and the password, the account cannot be recovered.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>La clé est enregistrée chiffrée dans %1. Sauvegardez ce dossier : sans lui et sans le mot de passe, le compte ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>Creating the key and encrypting it…</source>
        <translation>Création et chiffrement de la clé…</translation>
    </message>
</context>
<context>
    <name>seismic::app::DesktopSession</name>
    <message>
        <source>The key file was not imported: %1</source>
        <extracomment>%1 says why, e.g. &quot;Wrong password.&quot;</extracomment>
        <translation>Le fichier de clé n’a pas été importé : %1</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <source>no network named %1; the networks are: %2</source>
        <extracomment>%1 is what the user asked for, %2 the names of the known networks.</extracomment>
        <translation>aucun réseau nommé %1 ; les réseaux sont : %2</translation>
    </message>
    <message>
        <source>the endpoints of --rpc-url and --ws-url cannot be used for %1: %2</source>
        <extracomment>%1 is the selected network&apos;s name, %2 what is wrong with the endpoints.</extracomment>
        <translation>les points d’accès de --rpc-url et --ws-url ne peuvent pas être utilisés pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>seismic::app::ErrorText</name>
    <message>
        <source>The input is not valid.</source>
        <translation>La saisie n’est pas valide.</translation>
    </message>
    <message>
        <source>The data is malformed and cannot be read.</source>
        <translation>Les données sont mal formées et ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>A key or signature was refused.</source>
        <translation>Une clé ou une signature a été refusée.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted with this key.</source>
        <translation>Les données ne peuvent pas être déchiffrées avec cette clé.</translation>
    </message>
    <message>
        <source>This is not a valid key file.</source>
        <translation>Ce n’est pas un fichier de clé valide.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The server’s host name was not found.</source>
        <translation>Le nom d’hôte du serveur est introuvable.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server’s certificate is not trusted.</source>
        <translation>Le certificat du serveur n’est pas de confiance.</translation>
    </message>
    <message>
        <source>The server did not follow the protocol.</source>
        <translation>Le serveur n’a pas respecté le protocole.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code such as 503.</extracomment>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The server’s answer is too large.</source>
        <translation>La réponse du serveur est trop volumineuse.</translation>
    </message>
    <message>
        <source>The node refused the request.</source>
        <translation>Le nœud a refusé la requête.</translation>
    </message>
    <message>
        <source>The contract reverted the call.</source>
        <translation>Le contrat a annulé l’appel (revert).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The transaction expired before a block included it.</source>
        <translation>La transaction a expiré avant d’être incluse dans un bloc.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation>Ceci n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>A file cannot be read or written.</source>
        <translation>Un fichier ne peut pas être lu ou écrit.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>La mémoire est insuffisante.</translation>
    </message>
    <message>
        <source>The node presents another TEE key than the one trusted for this network.</source>
        <translation>Le nœud présente une autre clé TEE que celle approuvée pour ce réseau.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the technical detail of an error, in English as the library wrote it.</extracomment>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is what went wrong, %2 the technical detail in English as the library wrote it.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>seismic::app::ExportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>seismic::app::FirstRunDialog</name>
    <message>
        <source>Welcome to Seismic Desktop</source>
        <translation>Bienvenue dans Seismic Desktop</translation>
    </message>
    <message>
        <source>Choose the network to connect to. You can switch networks later from the status bar or in the settings.</source>
        <translation>Choisissez le réseau auquel vous connecter. Vous pourrez en changer plus tard depuis la barre d’état ou dans les paramètres.</translation>
    </message>
    <message>
        <source>The &amp;Seismic testnet (%1)</source>
        <extracomment>%1 is the testnet&apos;s host name.</extracomment>
        <translation>Le réseau de test &amp;Seismic (%1)</translation>
    </message>
    <message>
        <source>A &amp;local node on this computer (%1)</source>
        <extracomment>%1 is the node&apos;s URL.</extracomment>
        <translation>Un nœud &amp;local sur cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>A c&amp;ustom network: its endpoints and chain ID…</source>
        <translation>Un réseau &amp;personnalisé (points d’accès, identifiant de chaîne)…</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>seismic::app::HistoryPage</name>
    <message>
        <source>Copy Transaction Hash</source>
        <translation>Copier le hash de la transaction</translation>
    </message>
    <message>
        <source>Select a transaction to see its details.</source>
        <translation>Sélectionnez une transaction pour voir ses détails.</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <extracomment>%1 is a transaction hash.</extracomment>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <source>Gas used: %1</source>
        <translation>Gaz utilisé : %1</translation>
    </message>
    <message>
        <source>Export Transaction History</source>
        <translation>Exporter l’historique des transactions</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON lines (*.jsonl *.json)</source>
        <translation>Fichiers CSV (*.csv);;Lignes JSON (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Nothing to export: no history is kept for this account.</source>
        <translation>Rien à exporter : aucun historique n’est conservé pour ce compte.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s) to %1.</source>
        <translation>
            <numerusform>%n transaction exportée vers %1.</numerusform>
            <numerusform>%n transactions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history was not exported: %1</source>
        <translation>L’historique n’a pas été exporté : %1</translation>
    </message>
    <message>
        <source>Forget Transaction History</source>
        <translation>Oublier l’historique des transactions</translation>
    </message>
    <message>
        <source>Delete the history of the transactions sent from this account on this network from this computer? The transactions stay on the chain; new ones are kept again.</source>
        <translation>Supprimer de cet ordinateur l’historique des transactions envoyées depuis ce compte sur ce réseau ? Les transactions restent sur la chaîne ; les nouvelles seront de nouveau conservées.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) forgotten.</source>
        <translation>
            <numerusform>%n transaction oubliée.</numerusform>
            <numerusform>%n transactions oubliées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was forgotten: %1</source>
        <translation>Rien n’a été oublié : %1</translation>
    </message>
    <message>
        <source>Select a pending transaction first.</source>
        <translation>Sélectionnez d’abord une transaction en attente.</translation>
    </message>
    <message>
        <source>Nothing was replaced: %1</source>
        <extracomment>%1 says why, e.g. the node&apos;s answer.</extracomment>
        <translation>Rien n’a été remplacé : %1</translation>
    </message>
    <message>
        <source>Speed Up the Transaction</source>
        <translation>Accélérer la transaction</translation>
    </message>
    <message>
        <source>Cancel the Transaction</source>
        <translation>Annuler la transaction</translation>
    </message>
    <message>
        <source>The speed-up was sent; whichever is mined first counts.</source>
        <translation>L’accélération a été envoyée ; la première transaction minée l’emporte.</translation>
    </message>
    <message>
        <source>The cancellation was sent; whichever is mined first counts.</source>
        <translation>L’annulation a été envoyée ; la première transaction minée l’emporte.</translation>
    </message>
    <message>
        <source>Nothing was sent: the transaction stays as it was.</source>
        <translation>Rien n’a été envoyé : la transaction reste inchangée.</translation>
    </message>
    <message>
        <source>Function %1</source>
        <extracomment>%1 is a function&apos;s signature as signed, e.g. &quot;setNumber(uint256)&quot;.</extracomment>
        <translation>Fonction %1</translation>
    </message>
    <message>
        <source>Replaces the earlier transaction with nonce %1</source>
        <extracomment>%1 is the nonce the transaction shares with the one it replaces.</extracomment>
        <translation>Remplace la transaction précédente de nonce %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Export de l’historique…</translation>
    </message>
</context>
<context>
    <name>seismic::app::ImportKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Key File</source>
        <translation>Choisir un fichier de clé</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Keystore (Web3 Secret Storage v3): enter the password it was saved with.</source>
        <translation>Keystore (Web3 Secret Storage v3) : saisissez le mot de passe avec lequel il a été enregistré.</translation>
    </message>
    <message>
        <source>Raw hex private key.</source>
        <translation>Clé privée hexadécimale.</translation>
    </message>
    <message>
        <source>Encrypting the key under the new password…</source>
        <translation>Chiffrement de la clé avec le nouveau mot de passe…</translation>
    </message>
</context>
<context>
    <name>seismic::app::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Log level.</extracomment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Log level (Qt&apos;s &quot;critical&quot; messages).</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatale</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Column header: the logging category (component) of a message.</extracomment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>seismic::app::LogPage</name>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Informations et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
</context>
<context>
    <name>seismic::app::MainWindow</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Compte actuel</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation>%1 (verrouillé)</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <extracomment>%1 is a chain ID.</extracomment>
        <translation>Chaîne %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostic copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>About Seismic Desktop</source>
        <translation>À propos de Seismic Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seismic Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop wallet and live token-transfer monitor for the Seismic chain: shielded transactions, SRC20 tokens with encrypted amounts, viewing keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT license.&lt;/p&gt;</source>
        <extracomment>%1 is the version of this application, %2 the version of Qt.</extracomment>
        <translation>&lt;h3&gt;Seismic Desktop %1&lt;/h3&gt;&lt;p&gt;Un portefeuille de bureau et un suivi en direct des transferts de jetons sur la chaîne Seismic : transactions protégées, jetons SRC20 aux montants chiffrés, clés de consultation.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2. Distribué sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (unencrypted)</source>
        <extracomment>%1 is a network&apos;s name.</extracomment>
        <translation>%1 (non chiffré)</translation>
    </message>
    <message>
        <source>The node&apos;s encryption key changed</source>
        <translation>La clé de chiffrement du nœud a changé</translation>
    </message>
    <message>
        <source>The node of %1 presents a TEE key other than the one this app trusted before. Shielded sends and signed reads are off until you accept the new key: whoever holds its private key could read what you send.</source>
        <extracomment>%1 is a network&apos;s name.</extracomment>
        <translation>Le nœud de %1 présente une clé TEE différente de celle à laquelle cette application faisait confiance jusqu’ici. Les envois protégés et les lectures signées sont désactivés jusqu’à ce que vous acceptiez la nouvelle clé : quiconque détient sa clé privée pourrait lire ce que vous envoyez.</translation>
    </message>
    <message>
        <source>Trusted key: %1
New key: %2

Accept it only if the network&apos;s operators announced a new key.</source>
        <extracomment>%1 and %2 are public keys in hex.</extracomment>
        <translation>Clé de confiance : %1
Nouvelle clé : %2

Ne l’acceptez que si les opérateurs du réseau ont annoncé une nouvelle clé.</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Accepter la nouvelle clé</translation>
    </message>
    <message>
        <source>Stay read-only</source>
        <translation>Rester en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Forget Transfer History…</source>
        <translation>&amp;Oublier l’historique des transferts…</translation>
    </message>
    <message>
        <source>Local Store</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <source>Rebuild keeps the file beside it as a backup, starts a fresh store and fills it again from the chain.</source>
        <translation>Reconstruire garde le fichier à côté comme sauvegarde, commence un nouveau stockage et le remplit à nouveau depuis la chaîne.</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Reconstruire</translation>
    </message>
    <message>
        <source>The store was rebuilt; the old file is kept as %1.</source>
        <translation>Le stockage a été reconstruit ; l’ancien fichier est conservé sous %1.</translation>
    </message>
    <message>
        <source>The store could not be rebuilt: %1</source>
        <translation>Le stockage n’a pas pu être reconstruit : %1</translation>
    </message>
    <message>
        <source>Forget Transfer History</source>
        <translation>Oublier l’historique des transferts</translation>
    </message>
    <message>
        <source>Delete the stored transfers of this account on this network from this computer? New transfers are still kept as they arrive.</source>
        <translation>Supprimer de cet ordinateur les transferts enregistrés de ce compte sur ce réseau ? Les nouveaux transferts restent conservés à leur arrivée.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) forgotten.</source>
        <translation>
            <numerusform>%n transfert oublié.</numerusform>
            <numerusform>%n transferts oubliés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was forgotten: %1</source>
        <translation>Rien n’a été oublié : %1</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Cou&amp;rbes</translation>
    </message>
    <message>
        <source>Transfers, volume and balance over time</source>
        <translation>Transferts, volume et solde dans le temps</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>Carnet d’a&amp;dresses</translation>
    </message>
    <message>
        <source>Switch network</source>
        <translation>Changer de réseau</translation>
    </message>
    <message>
        <source>Still watching</source>
        <translation>Suivi toujours actif</translation>
    </message>
    <message>
        <source>Seismic Desktop keeps watching transfers in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>Seismic Desktop continue de suivre les transferts dans la zone de notification. Quittez-le depuis le menu de son icône.</translation>
    </message>
    <message>
        <source>%1 (watch-only)</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>&amp;Add Network…</source>
        <translation>&amp;Ajouter un réseau…</translation>
    </message>
    <message>
        <source>Imported %1: it is now the current account.</source>
        <translation>Importé : %1 est désormais le compte actuel.</translation>
    </message>
</context>
<context>
    <name>seismic::app::NetworkDialog</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 what is wrong with the URL on it.</extracomment>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>There is already a network named “%1”.</source>
        <translation>Il existe déjà un réseau nommé « %1 ».</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: chain %1, TEE key %2</source>
        <extracomment>%1 is a chain ID, %2 the node&apos;s TEE public key in hex.</extracomment>
        <translation>Connecté : chaîne %1, clé TEE %2</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>seismic::app::NotificationRules</name>
    <message>
        <source>The minimum amount is not a plain decimal number, such as 1000 or 0.5.</source>
        <extracomment>The minimum amount of the notification rules, e.g. &quot;1,5&quot; or &quot;-3&quot;.</extracomment>
        <translation>Le montant minimal n’est pas un simple nombre décimal, comme 1000 ou 0.5.</translation>
    </message>
</context>
<context>
    <name>seismic::app::NotificationSettingsTab</name>
    <message>
        <source>&amp;Notify about incoming transfers</source>
        <translation>&amp;Notifier les transferts entrants</translation>
    </message>
    <message>
        <source>To &amp;my accounts</source>
        <translation>Vers &amp;mes comptes</translation>
    </message>
    <message>
        <source>To watch-only a&amp;ddresses</source>
        <translation>Vers les a&amp;dresses en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the tray when the window is closed</source>
        <translation>&amp;Garder le suivi dans la zone de notification, fenêtre fermée</translation>
    </message>
    <message>
        <source>Tokens to notify about</source>
        <translation>Jetons concernés par les notifications</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A token in the notification settings: %1 its symbol, %2 its contract address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>tout montant</translation>
    </message>
    <message>
        <source>In whole tokens, as a plain number such as 1000 or 0.5. A transfer whose amount is encrypted under a key you do not hold cannot be shown to reach it.</source>
        <translation>En jetons entiers, sous forme de simple nombre comme 1000 ou 0.5. Un transfert dont le montant est chiffré avec une clé que vous ne détenez pas ne peut pas être reconnu comme atteignant ce minimum.</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>n’importe qui</translation>
    </message>
    <message>
        <source>Addresses separated by spaces or commas</source>
        <translation>Adresses séparées par des espaces ou des virgules</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>Ce bureau n’a pas de zone de notification : fermer la fenêtre quitte l’application.</translation>
    </message>
    <message>
        <source>Token&amp;s:</source>
        <translation>&amp;Jetons :</translation>
    </message>
    <message>
        <source>None checked: every token.</source>
        <translation>Aucun coché : tous les jetons.</translation>
    </message>
    <message>
        <source>Every token: this network has no tokens to choose from yet (add them on the Overview page).</source>
        <translation>Tous les jetons : ce réseau n’a encore aucun jeton à choisir (ajoutez-en sur la page « Vue d’ensemble »).</translation>
    </message>
    <message>
        <source>M&amp;inimum amount:</source>
        <translation>Montant m&amp;inimal :</translation>
    </message>
    <message>
        <source>Sende&amp;rs:</source>
        <translation>E&amp;xpéditeurs :</translation>
    </message>
    <message>
        <source>Only transfers that arrive while watching are told, never those loaded from history; several within a few seconds come as one notification.</source>
        <translation>Seuls les transferts qui arrivent pendant le suivi sont signalés, jamais ceux chargés depuis l’historique ; plusieurs en quelques secondes forment une seule notification.</translation>
    </message>
    <message>
        <source>The sender %1 is not an address.</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation>L’expéditeur %1 n’est pas une adresse.</translation>
    </message>
</context>
<context>
    <name>seismic::app::OverviewPage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Unlocked: the private key is in memory, and this app can sign with it.</source>
        <translation>Déverrouillé : la clé privée est en mémoire et cette application peut signer avec elle.</translation>
    </message>
    <message>
        <source>Locked: the private key exists only encrypted on disk.</source>
        <translation>Verrouillé : la clé privée n’existe que chiffrée sur le disque.</translation>
    </message>
    <message>
        <source>Import or create an account to see its balances.</source>
        <translation>Importez ou créez un compte pour voir ses soldes.</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>Lecture des soldes…</translation>
    </message>
    <message>
        <source>Connect to a network to see balances.</source>
        <translation>Connectez-vous à un réseau pour voir les soldes.</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard, to share it and receive tokens</source>
        <translation>Copier l’adresse dans le presse-papiers, pour la partager et recevoir des jetons</translation>
    </message>
    <message>
        <source>Read the token&apos;s name, symbol and decimals on chain and add its balance</source>
        <translation>Lire le nom, le symbole et les décimales du jeton sur la chaîne et ajouter son solde</translation>
    </message>
    <message>
        <source>Unlock the account and connect to a network to add tokens</source>
        <translation>Déverrouillez le compte et connectez-vous à un réseau pour ajouter des jetons</translation>
    </message>
    <message>
        <source>Not a contract address: %1</source>
        <extracomment>%1 says what is wrong with the address.</extracomment>
        <translation>Pas une adresse de contrat : %1</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Lecture du jeton…</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <extracomment>%1 is a token symbol, %2 its name.</extracomment>
        <translation>%1 (%2) ajouté.</translation>
    </message>
    <message>
        <source>The token was not added: %1</source>
        <translation>Le jeton n’a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>Watch-only: no private key, nothing can be sent. This watch-only account&apos;s SRC20 amounts open with the viewing key you gave.</source>
        <translation>Lecture seule : pas de clé privée, rien ne peut être envoyé. Les montants SRC20 de ce compte s’ouvrent avec la clé de consultation que vous avez donnée.</translation>
    </message>
    <message>
        <source>Watch-only: no private key, nothing can be sent. Without a viewing key its SRC20 amounts stay hidden: give one on the Accounts page.</source>
        <translation>Lecture seule : pas de clé privée, rien ne peut être envoyé. Sans clé de consultation, ses montants SRC20 restent cachés : donnez-en une sur la page « Comptes ».</translation>
    </message>
</context>
<context>
    <name>seismic::app::PendingTransactionsModel</name>
    <message>
        <source>Pending (does not expire)</source>
        <extracomment>A pending transparent transaction: it waits until it is mined or replaced.</extracomment>
        <translation>En attente (n’expire pas)</translation>
    </message>
    <message>
        <source>Pending: expires after block %1</source>
        <extracomment>%1 is the last block that may include a pending shielded transaction.</extracomment>
        <translation>En attente : expire après le bloc %1</translation>
    </message>
    <message>
        <source>Expired after block %1; waiting for the node</source>
        <extracomment>%1 is a block number.</extracomment>
        <translation>Expirée après le bloc %1 ; en attente du nœud</translation>
    </message>
    <message numerus="yes">
        <source>Pending: expires in %n block(s) (after block %1)</source>
        <extracomment>%n is the number of blocks left, %1 the last block that may include the transaction.</extracomment>
        <translation>
            <numerusform>En attente : expire dans %n bloc (après le bloc %1)</numerusform>
            <numerusform>En attente : expire dans %n blocs (après le bloc %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Share this address to receive the chain’s coin and tokens:</source>
        <translation>Partagez cette adresse pour recevoir la monnaie de la chaîne et des jetons :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>Code QR de l’adresse</translation>
    </message>
    <message>
        <source>Senders of SRC20 tokens can show you the amount: this account has a viewing key.</source>
        <translation>Les expéditeurs de jetons SRC20 peuvent vous montrer le montant : ce compte a une clé de consultation.</translation>
    </message>
    <message>
        <source>Senders of SRC20 tokens cannot show you the amount: this account has no viewing key yet (register one on the Viewing Key page).</source>
        <translation>Les expéditeurs de jetons SRC20 ne peuvent pas vous montrer le montant : ce compte n’a pas encore de clé de consultation (enregistrez-en une sur la page « Clé de consultation »).</translation>
    </message>
    <message>
        <source>Whether senders of SRC20 tokens can show you the amount is not known yet: it needs the unlocked account, connected.</source>
        <translation>On ne sait pas encore si les expéditeurs de jetons SRC20 peuvent vous montrer le montant : il faut le compte déverrouillé et connecté.</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendConfirmDialog</name>
    <message>
        <source>%1 = %2 (shielded)</source>
        <translation>%1 = %2 (protégé)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the transaction</source>
        <translation>Envoyer la transaction</translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation>Annuler : ne rien envoyer</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>%1 (token contract %2)</source>
        <translation>%1 (contrat de jeton %2)</translation>
    </message>
    <message>
        <source>%1 gwei</source>
        <extracomment>%1 is a gas price in gwei.</extracomment>
        <translation>%1 gwei</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an amount, %2 the symbol of the chain&apos;s coin.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (the chain is at block %2)</source>
        <extracomment>%1 is the expiry block, %2 the latest block when it was prepared.</extracomment>
        <translation>%1 (la chaîne est au bloc %2)</translation>
    </message>
    <message>
        <source>Does not expire (transparent transaction)</source>
        <translation>N’expire pas (transaction transparente)</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfert de %1</translation>
    </message>
    <message>
        <source>Shielded: the calldata is encrypted for the network (Seismic transaction)</source>
        <translation>Protégée : les données d’appel sont chiffrées pour le réseau (transaction Seismic)</translation>
    </message>
    <message>
        <source>Transparent: the calldata is public (EIP-1559 transaction)</source>
        <translation>Transparente : les données d’appel sont publiques (transaction EIP-1559)</translation>
    </message>
    <message>
        <source>Transparent: the calldata is public (legacy transaction)</source>
        <translation>Transparente : les données d’appel sont publiques (transaction legacy)</translation>
    </message>
    <message>
        <source>Fees per gas:</source>
        <translation>Frais par unité de gas :</translation>
    </message>
    <message>
        <source>at most %1 gwei (priority fee %2 gwei)</source>
        <extracomment>%1 is the most paid per gas, %2 the part of it that goes to the block producer.</extracomment>
        <translation>au plus %1 gwei (frais de priorité %2 gwei)</translation>
    </message>
    <message>
        <source>Register a new viewing key in the Directory</source>
        <translation>Enregistrer une nouvelle clé de consultation dans le Directory</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>%1 is the recipient&apos;s name in the address book, %2 its address.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>A new random key (shielded)</source>
        <translation>Une nouvelle clé aléatoire (protégée)</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendController</name>
    <message>
        <source>Estimating gas and fees…</source>
        <translation>Estimation du gaz et des frais…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 says why, e.g. the decoded revert reason of the estimate.</extracomment>
        <translation>Non envoyée : %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>En attente de votre confirmation…</translation>
    </message>
    <message>
        <source>Checking the recipient&apos;s viewing key…</source>
        <translation>Vérification de la clé de consultation du destinataire…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No Viewing Key</source>
        <translation>Aucune clé de consultation</translation>
    </message>
    <message>
        <source>%1 has no viewing key registered in the Directory: the recipient will receive the %2 but cannot see the amount until it registers one.</source>
        <extracomment>%1 is the recipient (name and address), %2 a token&apos;s symbol.</extracomment>
        <translation>%1 n’a aucune clé de consultation enregistrée dans le Directory : le destinataire recevra les %2 mais ne pourra pas voir le montant tant qu’il n’en aura pas enregistré une.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>En attente de votre réponse…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <extracomment>%1 says why, e.g. the decoded revert reason.</extracomment>
        <translation>Non lu : %1</translation>
    </message>
    <message>
        <source>%1 returned:
%2</source>
        <extracomment>%1 is a function&apos;s signature, %2 what it returned, one &quot;name = value&quot; per line.</extracomment>
        <translation>%1 a renvoyé :
%2</translation>
    </message>
    <message>
        <source>Estimating the fees…</source>
        <translation>Estimation des frais…</translation>
    </message>
    <message>
        <source>No maximum: %1</source>
        <translation>Pas de maximum : %1</translation>
    </message>
    <message>
        <source>The maximum leaves %1 for the fees.</source>
        <extracomment>%1 is the most the fees can cost, with the coin&apos;s symbol.</extracomment>
        <translation>Le maximum laisse %1 pour les frais.</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendFormValidator</name>
    <message>
        <source>Import or create an account to send.</source>
        <translation>Importez ou créez un compte pour envoyer.</translation>
    </message>
    <message>
        <source>Unlock the account to send.</source>
        <translation>Déverrouillez le compte pour envoyer.</translation>
    </message>
    <message>
        <source>Connect to a network to send.</source>
        <translation>Connectez-vous à un réseau pour envoyer.</translation>
    </message>
    <message>
        <source>There is nothing to send yet: no balances were read.</source>
        <translation>Rien à envoyer pour l’instant : aucun solde n’a été lu.</translation>
    </message>
    <message>
        <source>Enter the recipient’s address.</source>
        <translation>Saisissez l’adresse du destinataire.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount is more than the balance (%1 %2).</source>
        <extracomment>%1 is an amount, %2 a token symbol.</extracomment>
        <translation>Le montant dépasse le solde (%1 %2).</translation>
    </message>
    <message>
        <source>Enter the contract’s address.</source>
        <translation>Saisissez l’adresse du contrat.</translation>
    </message>
    <message>
        <source>Reading the ABI file…</source>
        <translation>Lecture du fichier ABI…</translation>
    </message>
    <message>
        <source>Choose the contract’s ABI file.</source>
        <translation>Choisissez le fichier ABI du contrat.</translation>
    </message>
    <message>
        <source>Press Enter in the ABI file field to read it.</source>
        <translation>Appuyez sur Entrée dans le champ « Fichier ABI » pour lire le fichier.</translation>
    </message>
    <message>
        <source>Enter a value for every argument.</source>
        <translation>Saisissez une valeur pour chaque argument.</translation>
    </message>
    <message>
        <source>The recipient is not a valid address.</source>
        <translation>Le destinataire n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The contract is not a valid address.</source>
        <translation>Le contrat n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>This is a watch-only account: without its key nothing can be sent from it. Switch to an account with a key on the Accounts page.</source>
        <translation>Ce compte est en lecture seule : sans sa clé, rien ne peut être envoyé depuis celui-ci. Passez à un compte avec clé sur la page « Comptes ».</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendPage</name>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>%1 (%2, shielded)</source>
        <extracomment>%1 is a parameter name, %2 its type; shielded parameters are encrypted.</extracomment>
        <translation>%1 (%2, protégé)</translation>
    </message>
    <message>
        <source>Sent %1; waiting for a block.</source>
        <extracomment>%1 is a transaction hash.</extracomment>
        <translation>Transaction %1 envoyée ; en attente d’un bloc.</translation>
    </message>
    <message>
        <source>Confirmed in block %1 (gas used %2): %3</source>
        <extracomment>%1 is a block number, %2 the gas the transaction used, %3 its hash.</extracomment>
        <translation>Confirmée au bloc %1 (gaz utilisé %2) : %3</translation>
    </message>
    <message>
        <source>Failed in block %1 (gas used %2): %3</source>
        <extracomment>%1 is a block number, %2 the gas used, %3 the revert reason.</extracomment>
        <translation>Échouée au bloc %1 (gaz utilisé %2) : %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée : %1</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Expirée : %1</translation>
    </message>
    <message>
        <source>Choose the Contract’s ABI</source>
        <translation>Choisir l’ABI du contrat</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <extracomment>%1 is a parameter with its type.</extracomment>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <source>%1 — read</source>
        <translation>%1 — lecture</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Call this read-only function (a signed read when its inputs are shielded) and show what it returns; nothing is sent.</source>
        <translation>Appeler cette fonction en lecture seule (une lecture signée si ses entrées sont protégées) et afficher ce qu’elle renvoie ; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <extracomment>%1 says which transaction used the nonce.</extracomment>
        <translation>Remplacée : %1</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendService</name>
    <message>
        <source>Not connected: sending needs a connection to the network with the account unlocked.</source>
        <translation>Non connecté : l’envoi nécessite une connexion au réseau avec le compte déverrouillé.</translation>
    </message>
    <message>
        <source>The connection signs for another account; wait until it has reconnected.</source>
        <translation>La connexion signe pour un autre compte ; attendez qu’elle se soit reconnectée.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>The application stopped while sending it; whether it reached the network is unknown.</source>
        <translation>L’application s’est arrêtée pendant l’envoi ; on ne sait pas si la transaction a atteint le réseau.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfert de %1</translation>
    </message>
    <message>
        <source>Nonce %1 was used by another transaction meanwhile; review the send again.</source>
        <translation>Le nonce %1 a été utilisé entre-temps par une autre transaction ; vérifiez l’envoi à nouveau.</translation>
    </message>
    <message>
        <source>Only a transaction that was sent and is still pending can be replaced.</source>
        <translation>Seule une transaction envoyée et toujours en attente peut être remplacée.</translation>
    </message>
    <message>
        <source>A viewing key registration cannot be sped up (its key is not kept): cancel it and register a new key.</source>
        <translation>L’enregistrement d’une clé de consultation ne peut pas être accéléré (sa clé n’est pas conservée) : annulez-le et enregistrez une nouvelle clé.</translation>
    </message>
</context>
<context>
    <name>seismic::app::SettingsDialog</name>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a duration, with its leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit suffix of the rate limit, with its leading space.</extracomment>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <extracomment>%1 is a chain ID; the endpoints follow on the next lines.</extracomment>
        <translation>Chaîne %1</translation>
    </message>
    <message>
        <source>These settings cannot be saved; see the log for why.</source>
        <translation>Ces paramètres ne peuvent pas être enregistrés ; le journal indique pourquoi.</translation>
    </message>
    <message>
        <source>For this session, the endpoints from the command line:</source>
        <translation>Pour cette session, les points d’accès de la ligne de commande :</translation>
    </message>
    <message>
        <source>none yet: the first key a node presents is trusted</source>
        <translation>aucune pour l’instant : la première clé présentée par un nœud est acceptée comme fiable</translation>
    </message>
    <message>
        <source>The node now presents another key, %1: shielded sends and signed reads are off until you accept it.</source>
        <extracomment>%1 is a public key in hex.</extracomment>
        <translation>Le nœud présente maintenant une autre clé, %1 : les envois protégés et les lectures signées sont désactivés jusqu’à ce que vous l’acceptiez.</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <extracomment>The settings tab of transfer notifications and the system tray.</extracomment>
        <translation>N&amp;otifications</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit suffix of the inactivity time, with its leading space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The automatic lock is off.</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input in the app for this long, the wallet locks and its key is wiped from memory; the password unlocks it again.</source>
        <translation>Sans saisie au clavier ni à la souris dans l’application pendant cette durée, le portefeuille se verrouille et sa clé est effacée de la mémoire ; le mot de passe le déverrouille à nouveau.</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Séc&amp;urité</translation>
    </message>
</context>
<context>
    <name>seismic::app::TokenPickerModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A token in the picker: %1 its symbol, %2 the account&apos;s balance of it.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>seismic::app::TokenTableModel</name>
    <message>
        <source>Native coin</source>
        <extracomment>Type of a balance: the chain&apos;s own coin, not a token contract.</extracomment>
        <translation>Monnaie native</translation>
    </message>
    <message>
        <source>ERC20</source>
        <translation>ERC20</translation>
    </message>
    <message>
        <source>SRC20 (shielded)</source>
        <extracomment>SRC20 is Seismic&apos;s token standard with encrypted amounts.</extracomment>
        <translation>SRC20 (protégé)</translation>
    </message>
    <message>
        <source>Not read yet: a shielded balance needs the unlocked account</source>
        <translation>Pas encore lu : un solde protégé nécessite le compte déverrouillé</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: native coin, ERC20 or SRC20.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferNotifications</name>
    <message>
        <source>Incoming transfer</source>
        <translation>Transfert entrant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incoming transfer(s)</source>
        <translation>
            <numerusform>%Ln transfert entrant</numerusform>
            <numerusform>%Ln transferts entrants</numerusform>
        </translation>
    </message>
    <message>
        <source>An encrypted amount of %1 from %2</source>
        <extracomment>%1 is a token symbol, %2 the sender&apos;s address.</extracomment>
        <translation>Un montant chiffré de %1 de la part de %2</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <extracomment>%1 is an amount, %2 a token symbol, %3 the sender&apos;s address.</extracomment>
        <translation>%1 %2 de la part de %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new transfer(s) of %1</source>
        <extracomment>%1 is a token symbol.</extracomment>
        <translation>
            <numerusform>%Ln nouveau transfert de %1</numerusform>
            <numerusform>%Ln nouveaux transferts de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>other tokens: %L1</source>
        <extracomment>How many transfers of a token: %1 the token symbol, %2 the count.</extracomment>
        <translation>autres jetons : %L1</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1 : %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new transfer(s): %1</source>
        <extracomment>%1 lists how many of each token, e.g. &quot;SDT: 5, USDC: 2&quot;.</extracomment>
        <translation>
            <numerusform>%Ln nouveau transfert : %1</numerusform>
            <numerusform>%Ln nouveaux transferts : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferTableModel</name>
    <message>
        <source>encrypted</source>
        <extracomment>Shown instead of an SRC20 amount that cannot be decrypted.</extracomment>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>Removed: a chain reorganisation dropped this transfer&apos;s block</source>
        <translation>Supprimé : une réorganisation de la chaîne a écarté le bloc de ce transfert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column header: the sender of a transfer.</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column header: the recipient of a transfer.</extracomment>
        <translation>À</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an address book label, %2 the labelled address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(new tokens)</source>
        <extracomment>Shown as the sender of a mint instead of the zero address.</extracomment>
        <translation>(nouveaux jetons)</translation>
    </message>
    <message>
        <source>(burned)</source>
        <extracomment>Shown as the recipient of a burn instead of the zero address.</extracomment>
        <translation>(détruits)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a block time in UTC.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The node did not say when this block was made</source>
        <translation>Le nœud n’a pas indiqué quand ce bloc a été produit</translation>
    </message>
    <message>
        <source>Block %L1
%2</source>
        <extracomment>%L1 is a block number, %2 its hash.</extracomment>
        <translation>Bloc %L1
%2</translation>
    </message>
    <message>
        <source>A mint: new tokens, from the zero address</source>
        <translation>Une émission : nouveaux jetons, depuis l’adresse zéro</translation>
    </message>
    <message>
        <source>A burn: tokens destroyed, sent to the zero address</source>
        <translation>Une destruction : jetons détruits, envoyés à l’adresse zéro</translation>
    </message>
    <message>
        <source>No viewing key of yours opens this amount. %1</source>
        <translation>Aucune de vos clés de consultation ne déchiffre ce montant. %1</translation>
    </message>
    <message>
        <source>%1 %2
%3 base units</source>
        <extracomment>%1 is the amount in whole tokens, %2 the symbol, %3 the amount in base units.</extracomment>
        <translation>%1 %2
%3 unités de base</translation>
    </message>
    <message>
        <source>%1
log %2</source>
        <extracomment>%1 is a transaction hash; %2 the index of the transfer&apos;s first log in its block.</extracomment>
        <translation>%1
log %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Column header: in, out, self, mint or burn, relative to the account.</extracomment>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Visibility</source>
        <extracomment>Column header: who can read an SRC20 amount.</extracomment>
        <translation>Visibilité</translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferText</name>
    <message>
        <source>in</source>
        <extracomment>Direction of a transfer: to the watched account.</extracomment>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Direction of a transfer: from the watched account.</extracomment>
        <translation>sortant</translation>
    </message>
    <message>
        <source>self</source>
        <extracomment>Direction of a transfer: from the watched account to itself.</extracomment>
        <translation>vers soi</translation>
    </message>
    <message>
        <source>mint</source>
        <extracomment>Direction of a transfer: new tokens created (from the zero address).</extracomment>
        <translation>émission</translation>
    </message>
    <message>
        <source>burn</source>
        <extracomment>Direction of a transfer: tokens destroyed (sent to the zero address).</extracomment>
        <translation>destruction</translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Visibility of an ERC20 amount: anyone can read it.</extracomment>
        <translation>Public</translation>
    </message>
    <message>
        <source>sender</source>
        <extracomment>Visibility: the sender holds a viewing key for the amount.</extracomment>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>recipient</source>
        <extracomment>Visibility: the recipient holds a viewing key for the amount.</extracomment>
        <translation>destinataire</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>no one</source>
        <extracomment>Visibility: nobody registered a viewing key for this amount.</extracomment>
        <translation>personne</translation>
    </message>
    <message>
        <source>ERC20: anyone can read this amount</source>
        <translation>ERC20 : tout le monde peut lire ce montant</translation>
    </message>
    <message>
        <source>You (sender and recipient) can read this amount</source>
        <translation>Vous (émetteur et destinataire) pouvez lire ce montant</translation>
    </message>
    <message>
        <source>You and the recipient can read this amount</source>
        <translation>Vous et le destinataire pouvez lire ce montant</translation>
    </message>
    <message>
        <source>You and the sender can read this amount</source>
        <translation>Vous et l’émetteur pouvez lire ce montant</translation>
    </message>
    <message>
        <source>The sender and the recipient can read this amount</source>
        <translation>L’émetteur et le destinataire peuvent lire ce montant</translation>
    </message>
    <message>
        <source>Only you, the sender, of the two parties can read this amount</source>
        <translation>Des deux parties, vous seul (l’émetteur) pouvez lire ce montant</translation>
    </message>
    <message>
        <source>Only the sender, of the two parties, can read this amount</source>
        <translation>Des deux parties, seul l’émetteur peut lire ce montant</translation>
    </message>
    <message>
        <source>Only you, the recipient, of the two parties can read this amount</source>
        <translation>Des deux parties, vous seul (le destinataire) pouvez lire ce montant</translation>
    </message>
    <message>
        <source>Only the recipient, of the two parties, can read this amount</source>
        <translation>Des deux parties, seul le destinataire peut lire ce montant</translation>
    </message>
    <message>
        <source>Neither party has a viewing key for this amount</source>
        <translation>Aucune des deux parties n’a de clé de consultation pour ce montant</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n provider(s)</source>
        <extracomment>%1 says which parties can read an SRC20 amount; %n counts Intelligence providers.</extracomment>
        <translation>
            <numerusform>%1 ; %n fournisseur</numerusform>
            <numerusform>%1 ; %n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>(only part of this transfer&apos;s events was seen: there may be more)</source>
        <translation>(seule une partie des événements de ce transfert a été vue : il peut y en avoir d’autres)</translation>
    </message>
</context>
<context>
    <name>seismic::app::TransfersPage</name>
    <message>
        <source>All transfers</source>
        <translation>Tous les transferts</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Waiting for token transfers…</source>
        <translation>En attente de transferts de jetons…</translation>
    </message>
    <message>
        <source>Connect to a network to watch token transfers.</source>
        <translation>Connectez-vous à un réseau pour suivre les transferts de jetons.</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfert</numerusform>
            <numerusform>%n transferts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n transfer(s)</source>
        <extracomment>%1 is the number of transfers the filters let through.</extracomment>
        <translation>
            <numerusform>%1 sur %n transfert</numerusform>
            <numerusform>%1 sur %n transferts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new</source>
        <translation>
            <numerusform>en pause, %n nouveau</numerusform>
            <numerusform>en pause, %n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <extracomment>Live transfers per second, averaged over the last seconds.</extracomment>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <source>Export Transfers</source>
        <translation>Exporter les transferts</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transfer(s) to %1.</source>
        <translation>
            <numerusform>%n transfert exporté vers %1.</numerusform>
            <numerusform>%n transferts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the last %L1 blocks</source>
        <extracomment>%L1 is a number of blocks.</extracomment>
        <translation>les %L1 derniers blocs</translation>
    </message>
    <message>
        <source>The transfers of this block and later ones are loaded, then new ones stream in. Empty: the last %L1 blocks.</source>
        <translation>Les transferts de ce bloc et des suivants sont chargés, puis les nouveaux arrivent en continu. Vide : les %L1 derniers blocs.</translation>
    </message>
    <message>
        <source>Not watching: add a token on the Overview page and connect.</source>
        <translation>Aucun suivi : ajoutez un jeton sur la page « Vue d’ensemble » et connectez-vous.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON lines (*.jsonl *.json)</source>
        <translation>Fichiers CSV (*.csv);;Lignes JSON (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Nothing to export: no transfers are stored.</source>
        <translation>Rien à exporter : aucun transfert n’est enregistré.</translation>
    </message>
    <message>
        <source>Exporting transfers…</source>
        <translation>Exportation des transferts…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Suivre :</translation>
    </message>
    <message>
        <source>What is watched</source>
        <translation>Ce qui est suivi</translation>
    </message>
    <message>
        <source>Show the newest transfers</source>
        <translation>Afficher les transferts les plus récents</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>On a button over the table: rows that arrived above while the user looked elsewhere.</extracomment>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Not watching: choose a token and connect.</source>
        <translation>Aucun suivi : choisissez un jeton et connectez-vous.</translation>
    </message>
    <message>
        <source>Catching up (block %L1 of %L2)</source>
        <extracomment>%L1 and %L2 are block numbers.</extracomment>
        <translation>Rattrapage (bloc %L1 sur %L2)</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation>Rattrapage…</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Copies the full value of the table&apos;s current cell.</extracomment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy Transaction &amp;Hash</source>
        <translation>Copier le &amp;hash de la transaction</translation>
    </message>
    <message>
        <source>Copy &amp;Sender Address</source>
        <translation>Copier l’adresse de l’é&amp;metteur</translation>
    </message>
    <message>
        <source>Copy &amp;Recipient Address</source>
        <translation>Copier l’adresse du &amp;destinataire</translation>
    </message>
    <message>
        <source>Copy &amp;Amount</source>
        <translation>Copier le mon&amp;tant</translation>
    </message>
    <message>
        <source>Open in &amp;Explorer</source>
        <translation>Ouvrir dans l’&amp;explorateur</translation>
    </message>
    <message>
        <source>Add Sender to Address &amp;Book…</source>
        <translation>Ajouter l’émetteur au ca&amp;rnet d’adresses…</translation>
    </message>
    <message>
        <source>Add Recipient to Address B&amp;ook…</source>
        <translation>Ajouter le destinataire au carnet d’&amp;adresses…</translation>
    </message>
    <message>
        <source>This network has no explorer: add its URL in the network&apos;s settings.</source>
        <translation>Ce réseau n’a pas d’explorateur : ajoutez son URL dans les paramètres du réseau.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <extracomment>%1 is what was copied (an address, a hash, an amount).</extracomment>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>This network has no explorer to open the transaction in.</source>
        <translation>Ce réseau n’a pas d’explorateur où ouvrir la transaction.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>My account</source>
        <extracomment>What the transfers page watches: the transfers of the current account.</extracomment>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>All transfers of %1</source>
        <extracomment>What the transfers page watches: every transfer of one token (%1: its symbol).</extracomment>
        <translation>Tous les transferts de %1</translation>
    </message>
    <message>
        <source>Transfer monitor state</source>
        <translation>État du suivi des transferts</translation>
    </message>
</context>
<context>
    <name>seismic::app::TrayNotifier</name>
    <message>
        <source>&amp;Hide Window</source>
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>Mettre en &amp;pause les notifications</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
</context>
<context>
    <name>seismic::app::TxHistoryModel</name>
    <message>
        <source>Encrypting…</source>
        <translation>Chiffrement…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Transaction status: sent to the network, not yet in a block.</extracomment>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Confirmed in block %1</source>
        <translation>Confirmée au bloc %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échouée : %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Transaction status: not included before its expiry block.</extracomment>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: the contract function a transaction called.</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Token contract %1</source>
        <extracomment>%1 is the address of a token contract.</extracomment>
        <translation>Contrat de jeton %1</translation>
    </message>
    <message>
        <source>Shielded: the calldata was encrypted</source>
        <translation>Protégée : les données d’appel ont été chiffrées</translation>
    </message>
    <message>
        <source>Transparent: the calldata is public</source>
        <translation>Transparente : les données d’appel sont publiques</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column header: who receives the tokens, or the contract called.</extracomment>
        <translation>À</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gaz utilisé</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Transaction status: the node refused it; %1 says why.</extracomment>
        <translation>Non envoyée : %1</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Transaction status: another transaction with its nonce (a speed-up or cancellation) was confirmed instead.</extracomment>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <extracomment>A transaction in the history: %1 is an amount with its symbol, %2 the recipient.</extracomment>
        <translation>Envoi de %1 à %2</translation>
    </message>
    <message>
        <source>Called %1 on %2</source>
        <extracomment>A transaction in the history: %1 is a contract function&apos;s name, %2 the contract.</extracomment>
        <translation>Appel de %1 sur %2</translation>
    </message>
    <message>
        <source>Registered a viewing key</source>
        <translation>Enregistrement d’une clé de consultation</translation>
    </message>
    <message>
        <source>Cancelled the transaction with nonce %1</source>
        <extracomment>A transaction in the history: %1 is the nonce of the transaction it cancelled.</extracomment>
        <translation>Annulation de la transaction de nonce %1</translation>
    </message>
</context>
<context>
    <name>seismic::app::TxHistoryStore</name>
    <message>
        <source>The transaction history cannot be read; it is left as it is and new transactions are not kept.</source>
        <translation>L’historique des transactions ne peut pas être lu ; il est laissé tel quel et les nouvelles transactions ne sont pas conservées.</translation>
    </message>
    <message>
        <source>A change of the transaction history was not kept.</source>
        <translation>Une modification de l’historique des transactions n’a pas été conservée.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what failed, %2 why.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>seismic::app::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>seismic::app::ViewingKeyPage</name>
    <message>
        <source>Unknown: unlock the account and connect to a network to read the Directory.</source>
        <translation>Inconnu : déverrouillez le compte et connectez-vous à un réseau pour lire le Directory.</translation>
    </message>
    <message>
        <source>Reading the Directory…</source>
        <translation>Lecture du Directory…</translation>
    </message>
    <message>
        <source>No viewing key registered: SRC20 amounts stay encrypted on the Transfers page.</source>
        <translation>Aucune clé de consultation enregistrée : les montants SRC20 restent chiffrés sur la page « Transferts ».</translation>
    </message>
    <message>
        <source>Registered: SRC20 amounts sent to or from this account are decrypted on the Transfers page.</source>
        <translation>Enregistrée : les montants SRC20 envoyés à ce compte ou depuis ce compte sont déchiffrés sur la page « Transferts ».</translation>
    </message>
    <message>
        <source>Registering a new viewing key (a shielded transaction)…</source>
        <translation>Enregistrement d’une nouvelle clé de consultation (une transaction protégée)…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the error.</extracomment>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown instead of a value that is not known.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Generate and Register a New Key</source>
        <translation>&amp;Générer et enregistrer une nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Generate and Register</source>
        <translation>&amp;Générer et enregistrer</translation>
    </message>
    <message>
        <source>Replace the Viewing Key</source>
        <translation>Remplacer la clé de consultation</translation>
    </message>
    <message>
        <source>This account already has a viewing key. Transfers encrypted under it will no longer be decrypted here. Register a new one?</source>
        <translation>Ce compte a déjà une clé de consultation. Les transferts chiffrés avec elle ne seront plus déchiffrés ici. Voulez-vous en enregistrer une nouvelle ?</translation>
    </message>
    <message>
        <source>The viewing key was not registered: %1</source>
        <translation>La clé de consultation n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Confirm the Viewing Key Registration</source>
        <translation>Confirmer l’enregistrement de la clé de consultation</translation>
    </message>
    <message>
        <source>The viewing key registration was sent; follow it in the history.</source>
        <translation>L’enregistrement de la clé de consultation a été envoyé ; suivez-le dans l’historique.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>This watch-only account&apos;s SRC20 amounts open with the viewing key you gave (set or remove it on the Accounts page).</source>
        <translation>Les montants SRC20 de ce compte en lecture seule s’ouvrent avec la clé de consultation que vous avez donnée (à définir ou retirer sur la page « Comptes »).</translation>
    </message>
    <message>
        <source>This watch-only account has no viewing key here: its SRC20 transfers are listed without amounts. Give it one on the Accounts page.</source>
        <translation>Ce compte en lecture seule n’a pas de clé de consultation ici : ses transferts SRC20 sont listés sans montants. Donnez-lui-en une sur la page « Comptes ».</translation>
    </message>
</context>
<context>
    <name>seismic::app::ViewingKeyService</name>
    <message>
        <source>Unlock the account and wait for the connection to register a viewing key.</source>
        <translation>Déverrouillez le compte et attendez la connexion pour enregistrer une clé de consultation.</translation>
    </message>
    <message>
        <source>The registration did not succeed: %1</source>
        <extracomment>%1 is the transaction&apos;s status, e.g. &quot;Failed: execution reverted&quot;.</extracomment>
        <translation>L’enregistrement n’a pas abouti : %1</translation>
    </message>
</context>
</TS>
