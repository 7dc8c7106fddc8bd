<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Transfer monitor state</source>
        <translation>État du suivi des transferts</translation>
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
        <source>Expires after block %1</source>
        <translation>Expire après le bloc %1</translation>
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
        <source>This ABI has no function that writes: it only has views.</source>
        <translation>Cette ABI n’a aucune fonction d’écriture : elle ne contient que des fonctions de lecture (view).</translation>
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
        <source>Register a viewing key for this token to see its amounts</source>
        <translation>Enregistrez une clé de consultation pour ce jeton afin de voir ses montants</translation>
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
        <extracomment>Transfers per second, averaged over the last seconds.</extracomment>
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
        <source>Loading history: block %L1 of %L2…</source>
        <extracomment>%L1 and %L2 are block numbers.</extracomment>
        <translation>Chargement de l’historique : bloc %L1 sur %L2…</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Chargement de l’historique…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Reconnecting: catching up when the connection is back…</source>
        <translation>Reconnexion : rattrapage dès le retour de la connexion…</translation>
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
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
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
        <source>The viewing key is registered.</source>
        <translation>La clé de consultation est enregistrée.</translation>
    </message>
    <message>
        <source>The viewing key was not registered: %1</source>
        <translation>La clé de consultation n’a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>seismic::app::ViewingKeyService</name>
    <message>
        <source>Unlock the account and wait for the connection to register a viewing key.</source>
        <translation>Déverrouillez le compte et attendez la connexion pour enregistrer une clé de consultation.</translation>
    </message>
</context>
</TS>
