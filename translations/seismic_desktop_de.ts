<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressBookCsv</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number of the imported file, %2 what is wrong with it.</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>more than %1 contacts</source>
        <translation>mehr als %1 Kontakte</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB: it is no address book.</source>
        <translation>Die Datei ist größer als %1 KiB: Sie ist kein Adressbuch.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message numerus="yes">
        <source>expected a label and an address, found %n field(s)</source>
        <translation>
            <numerusform>Bezeichnung und Adresse erwartet, %n Feld gefunden</numerusform>
            <numerusform>Bezeichnung und Adresse erwartet, %n Felder gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>die Bezeichnung ist leer</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation>die Bezeichnung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the label contains control characters</source>
        <translation>die Bezeichnung enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>“%1” is not an address</source>
        <translation>„%1“ ist keine Adresse</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <extracomment>%1 is an address.</extracomment>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Desktop wallet and live token-transfer monitor for the Seismic chain.</source>
        <translation>Desktop-Wallet und Live-Monitor für Token-Transfers auf der Seismic-Chain.</translation>
    </message>
    <message>
        <source>Keep accounts and settings in &lt;directory&gt; (default: %1).</source>
        <translation>Konten und Einstellungen in &lt;Verzeichnis&gt; ablegen (Standard: %1).</translation>
    </message>
    <message>
        <source>directory</source>
        <extracomment>Placeholder of a command-line option&apos;s value.</extracomment>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Select the network &lt;name&gt; (or the one with that chain ID).</source>
        <translation>Das Netzwerk &lt;Name&gt; auswählen (oder das mit dieser Chain-ID).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Import the key file &lt;file&gt; (raw hex key or keystore) at start.</source>
        <translation>Beim Start die Schlüsseldatei &lt;Datei&gt; importieren (Hex-Schlüssel oder Keystore).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read the password from the first line of &lt;file&gt;: it opens the imported key file, protects the imported account, and unlocks the last account at start.</source>
        <translation>Das Passwort aus der ersten Zeile von &lt;Datei&gt; lesen: Es öffnet die importierte Schlüsseldatei, schützt das importierte Konto und entsperrt beim Start das zuletzt verwendete Konto.</translation>
    </message>
    <message>
        <source>Show the user interface in &lt;language&gt;, e.g. de or fr.</source>
        <translation>Die Benutzeroberfläche in &lt;Sprache&gt; anzeigen, z. B. de oder fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>“%1” is a WebSocket URL; use --ws-url for it.</source>
        <translation>„%1“ ist eine WebSocket-URL; verwenden Sie dafür --ws-url.</translation>
    </message>
    <message>
        <source>“%1” is not a WebSocket URL (ws:// or wss://).</source>
        <translation>„%1“ ist keine WebSocket-URL (ws:// oder wss://).</translation>
    </message>
    <message>
        <source>unknown language “%1”</source>
        <translation>unbekannte Sprache „%1“</translation>
    </message>
    <message>
        <source>Add the token contract at &lt;address&gt; to the balances once the account is unlocked (may be repeated).</source>
        <translation>Den Token-Vertrag unter &lt;Adresse&gt; zu den Guthaben hinzufügen, sobald das Konto entsperrt ist (mehrfach möglich).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the HTTP endpoint for this session, instead of all of the network&apos;s endpoints.</source>
        <translation>&lt;URL&gt; in dieser Sitzung als HTTP-Endpunkt verwenden, anstelle aller Endpunkte des Netzwerks.</translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the WebSocket endpoint for this session, instead of all of the network&apos;s endpoints.</source>
        <translation>&lt;URL&gt; in dieser Sitzung als WebSocket-Endpunkt verwenden, anstelle aller Endpunkte des Netzwerks.</translation>
    </message>
    <message>
        <source>Let a keystore&apos;s key derivation take up to &lt;MiB&gt; mebibytes (default %1, at most %2): only for keystores written with a higher cost.</source>
        <translation>Der Schlüsselableitung eines Keystores bis zu &lt;MiB&gt; Mebibyte erlauben (Standard: %1, höchstens %2): nur für Keystores, die mit einem höheren Kostenparameter geschrieben wurden.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>a number of MiB from 1 to %1</source>
        <translation>eine Anzahl MiB von 1 bis %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the name of a network.</extracomment>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to chain %1 at block %2</source>
        <extracomment>%1 is a chain ID, %2 a block number.</extracomment>
        <translation>Verbunden mit Chain %1 bei Block %2</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <extracomment>%1 is the last error, as the network layer describes it.</extracomment>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Chain changed: now chain %1 at block %2</source>
        <extracomment>%1 is a chain ID, %2 a block number. The node was reset to a new chain.</extracomment>
        <translation>Chain gewechselt: jetzt Chain %1 bei Block %2</translation>
    </message>
    <message>
        <source>Reconnecting (%1)…</source>
        <extracomment>%1 is why the connection was lost, as the network layer describes it.</extracomment>
        <translation>Verbindung wird wiederhergestellt (%1) …</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Create a new account with a fresh random private key. It is stored encrypted under the password you choose here.</source>
        <translation>Ein neues Konto mit einem neuen, zufälligen privaten Schlüssel erstellen. Er wird mit dem Passwort, das Sie hier wählen, verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Where the key is stored</source>
        <translation>Speicherort des Schlüssels</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Transactions you send from this account appear here, with their progress: encrypting, signing, sent, confirmed, failed or expired.</source>
        <translation>Hier erscheinen die Transaktionen, die Sie von diesem Konto senden, mit ihrem Fortschritt: verschlüsseln, signieren, gesendet, bestätigt, fehlgeschlagen oder abgelaufen.</translation>
    </message>
    <message>
        <source>Sent transactions</source>
        <translation>Gesendete Transaktionen</translation>
    </message>
    <message>
        <source>Selected transaction</source>
        <translation>Ausgewählte Transaktion</translation>
    </message>
    <message>
        <source>&amp;Copy Transaction Hash</source>
        <translation>Transaktions-Hash &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected transaction&apos;s hash</source>
        <translation>Den Hash der ausgewählten Transaktion kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the history to a CSV or JSON lines file</source>
        <translation>Den Verlauf in eine CSV- oder JSON-Lines-Datei exportieren</translation>
    </message>
    <message>
        <source>For&amp;get History…</source>
        <translation>Verlauf &amp;vergessen …</translation>
    </message>
    <message>
        <source>Delete this account&apos;s history on this network from this computer</source>
        <translation>Den Verlauf dieses Kontos in diesem Netzwerk von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Pending transactions</source>
        <translation>Ausstehende Transaktionen</translation>
    </message>
    <message>
        <source>Select a pending transaction to speed it up (the same transaction at a higher fee) or cancel it (a transfer of nothing to yourself at a higher fee, with its nonce).</source>
        <translation>Wählen Sie eine ausstehende Transaktion aus, um sie zu beschleunigen (dieselbe Transaktion mit höherer Gebühr) oder abzubrechen (ein Transfer über 0 an Sie selbst mit höherer Gebühr und derselben Nonce).</translation>
    </message>
    <message>
        <source>Speed &amp;Up…</source>
        <translation>Besch&amp;leunigen …</translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation>Die ausgewählte ausstehende Transaktion beschleunigen</translation>
    </message>
    <message>
        <source>Cancel Tra&amp;nsaction…</source>
        <translation>Transaktion a&amp;bbrechen …</translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation>Die ausgewählte ausstehende Transaktion abbrechen</translation>
    </message>
    <message>
        <source>Filter the history: words, status, address or hash</source>
        <translation>Verlauf filtern: Worte, Status, Adresse oder Hash</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Shows only the transactions whose words, status, address or hash contain this text; the export follows it</source>
        <translation>Zeigt nur die Transaktionen, deren Worte, Status, Adresse oder Hash diesen Text enthalten; der Export folgt dem</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import Key File</source>
        <translation>Schlüsseldatei importieren</translation>
    </message>
    <message>
        <source>Import a private key from a file: a raw hex key (64 hex digits) or a keystore (Web3 Secret Storage v3, as geth, cast wallet and MetaMask write it). The key is then kept only encrypted, under a new password.</source>
        <translation>Einen privaten Schlüssel aus einer Datei importieren: einen Hex-Schlüssel (64 Hex-Ziffern) oder einen Keystore (Web3 Secret Storage v3, wie ihn geth, cast wallet und MetaMask schreiben). Der Schlüssel wird danach nur verschlüsselt aufbewahrt, unter einem neuen Passwort.</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Key file path</source>
        <translation>Pfad der Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>Browse for a key file</source>
        <translation>Schlüsseldatei suchen</translation>
    </message>
    <message>
        <source>Key file format</source>
        <translation>Format der Schlüsseldatei</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <extracomment>The password a keystore file was saved with.</extracomment>
        <translation>Datei&amp;passwort:</translation>
    </message>
    <message>
        <source>Password of the key file</source>
        <translation>Passwort der Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Minimum log level</source>
        <translation>Mindeststufe der Meldungen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Protokollmeldungen</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <extracomment>Followed by the minimum log level to show.</extracomment>
        <translation>An&amp;zeigen:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation>Schlüsseldatei &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a private key from a raw hex key file or a keystore</source>
        <translation>Einen privaten Schlüssel aus einer Hex-Schlüsseldatei oder einem Keystore importieren</translation>
    </message>
    <message>
        <source>&amp;Create Account…</source>
        <translation>Konto &amp;erstellen …</translation>
    </message>
    <message>
        <source>Create an account with a fresh random key</source>
        <translation>Ein Konto mit einem neuen, zufälligen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Ent&amp;sperren …</translation>
    </message>
    <message>
        <source>Unlock an account with its password, or switch to another account</source>
        <translation>Ein Konto mit seinem Passwort entsperren oder zu einem anderen Konto wechseln</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <source>Lock the account: its private key is wiped from memory</source>
        <translation>Das Konto sperren: Sein privater Schlüssel wird aus dem Speicher gelöscht</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>Die Anwendung beenden</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Account, network and balances</source>
        <translation>Konto, Netzwerk und Guthaben</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send tokens</source>
        <translation>Token senden</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transfers</translation>
    </message>
    <message>
        <source>Watch token transfers live</source>
        <translation>Token-Transfers live verfolgen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Transactions sent from this account</source>
        <translation>Von diesem Konto gesendete Transaktionen</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <extracomment>The page with the application log.</extracomment>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Application log</source>
        <translation>Anwendungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Networks, connection and appearance</source>
        <translation>Netzwerke, Verbindung und Darstellung</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy versions, connection state and the recent log to the clipboard, for a bug report</source>
        <translation>Versionen, Verbindungszustand und das letzte Protokoll für einen Fehlerbericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;About Seismic Desktop</source>
        <translation>&amp;Über Seismic Desktop</translation>
    </message>
    <message>
        <source>&amp;Viewing Key</source>
        <extracomment>The page of the key that decrypts SRC20 amounts.</extracomment>
        <translation>Si&amp;chtschlüssel</translation>
    </message>
    <message>
        <source>The viewing key that decrypts this account&apos;s SRC20 amounts</source>
        <translation>Der Sichtschlüssel, der die SRC20-Beträge dieses Kontos entschlüsselt</translation>
    </message>
    <message>
        <source>Import Key…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>Emp&amp;fangen …</translation>
    </message>
    <message>
        <source>Show the account’s address to receive tokens: large, copyable and as a QR code</source>
        <translation>Die Adresse des Kontos zum Empfangen von Token zeigen: groß, kopierbar und als QR-Code</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>The network needs a name.</source>
        <translation>Das Netzwerk braucht einen Namen.</translation>
    </message>
    <message>
        <source>The chain ID must be a positive whole number.</source>
        <translation>Die Chain-ID muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The network needs at least one HTTP or HTTPS endpoint.</source>
        <translation>Das Netzwerk braucht mindestens einen HTTP- oder HTTPS-Endpunkt.</translation>
    </message>
    <message>
        <source>“%1” is a WebSocket endpoint, not an HTTP endpoint.</source>
        <translation>„%1“ ist ein WebSocket-Endpunkt, kein HTTP-Endpunkt.</translation>
    </message>
    <message>
        <source>“%1” is an HTTP endpoint, not a WebSocket endpoint.</source>
        <translation>„%1“ ist ein HTTP-Endpunkt, kein WebSocket-Endpunkt.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Dies ist keine gültige URL.</translation>
    </message>
    <message>
        <source>An endpoint must start with http://, https://, ws:// or wss://.</source>
        <extracomment>The schemes are not translated.</extracomment>
        <translation>Ein Endpunkt muss mit http://, https://, ws:// oder wss:// beginnen.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>“%1” is unencrypted and not on this computer: anyone on the way could read and change the traffic, including the node&apos;s TEE key. Use %2://, or allow unencrypted endpoints for this network.</source>
        <extracomment>%1 is an endpoint (scheme, host and port); %2 the encrypted scheme to use instead.</extracomment>
        <translation>„%1“ ist unverschlüsselt und nicht auf diesem Computer: Jeder auf dem Übertragungsweg könnte den Datenverkehr mitlesen und verändern, auch den TEE-Schlüssel des Knotens. Verwenden Sie %2://, oder erlauben Sie unverschlüsselte Endpunkte für dieses Netzwerk.</translation>
    </message>
    <message>
        <source>Warning: this network uses unencrypted endpoints (http:// or ws://) on other computers. Anyone on the way can read and change the traffic, including the node&apos;s TEE key, and so read your shielded transactions.</source>
        <translation>Warnung: Dieses Netzwerk verwendet unverschlüsselte Endpunkte (http:// oder ws://) auf anderen Computern. Jeder auf dem Übertragungsweg kann den Datenverkehr mitlesen und verändern, auch den TEE-Schlüssel des Knotens, und so Ihre abgeschirmten Transaktionen lesen.</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Name des Netzwerks</translation>
    </message>
    <message>
        <source>&amp;Chain ID:</source>
        <translation>&amp;Chain-ID:</translation>
    </message>
    <message>
        <source>Chain ID</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>&amp;Endpunkte:</translation>
    </message>
    <message>
        <source>Endpoint URLs, one per line</source>
        <translation>Endpunkt-URLs, eine pro Zeile</translation>
    </message>
    <message>
        <source>One URL per line: HTTP(S) endpoints for requests, WebSocket (WS/WSS) endpoints for live subscriptions. Several of each are used as a pool with failover.</source>
        <translation>Eine URL pro Zeile: HTTP(S)-Endpunkte für Anfragen, WebSocket-Endpunkte (WS/WSS) für Live-Abonnements. Mehrere Endpunkte einer Art bilden einen Pool mit Ausfallsicherung.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted endpoints (http://, ws://) on other computers</source>
        <translation>&amp;Unverschlüsselte Endpunkte (http://, ws://) auf anderen Computern erlauben</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to the endpoints once and read the chain ID and the node&apos;s TEE key</source>
        <translation>Einmal mit den Endpunkten verbinden und die Chain-ID sowie den TEE-Schlüssel des Knotens lesen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>No account yet. Import a key file or create a new account to start.</source>
        <translation>Noch kein Konto. Importieren Sie eine Schlüsseldatei oder erstellen Sie ein neues Konto, um zu beginnen.</translation>
    </message>
    <message>
        <source>Import a key file</source>
        <translation>Eine Schlüsseldatei importieren</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Ein Konto erstellen</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Kontoadresse</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>Whether the account is locked or unlocked.</extracomment>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Lock state</source>
        <translation>Sperrzustand</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Konto entsperren</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Konto sperren</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Name des Netzwerks</translation>
    </message>
    <message>
        <source>Chain ID:</source>
        <translation>Chain-ID:</translation>
    </message>
    <message>
        <source>Chain ID</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Add &amp;token:</source>
        <translation>&amp;Token hinzufügen:</translation>
    </message>
    <message>
        <source>Token contract address</source>
        <translation>Adresse des Token-Vertrags</translation>
    </message>
    <message>
        <source>Token contract address (0x…)</source>
        <translation>Adresse des Token-Vertrags (0x…)</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Token hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected token</source>
        <translation>Den ausgewählten Token entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>Token-Status</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters.</source>
        <translation>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Confirm Transaction</source>
        <translation>Transaktion bestätigen</translation>
    </message>
    <message>
        <source>Check the transaction. Nothing is sent until you choose Send.</source>
        <translation>Prüfen Sie die Transaktion. Es wird nichts gesendet, bevor Sie „Senden“ wählen.</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>The account that signs and pays the fee.</extracomment>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Sendendes Konto</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Nonce:</source>
        <translation>Nonce:</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Gas limit:</source>
        <translation>Gaslimit:</translation>
    </message>
    <message>
        <source>Gas limit</source>
        <translation>Gaslimit</translation>
    </message>
    <message>
        <source>Gas price:</source>
        <translation>Gaspreis:</translation>
    </message>
    <message>
        <source>Gas price</source>
        <translation>Gaspreis</translation>
    </message>
    <message>
        <source>Maximum fee:</source>
        <translation>Maximale Gebühr:</translation>
    </message>
    <message>
        <source>Maximum fee</source>
        <translation>Maximale Gebühr</translation>
    </message>
    <message>
        <source>Expires after block:</source>
        <translation>Läuft ab nach Block:</translation>
    </message>
    <message>
        <source>Expiry block</source>
        <translation>Ablaufblock</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>From:</source>
        <extracomment>The account that sends.</extracomment>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Sendendes Konto</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Why sending is not possible yet</source>
        <translation>Warum Senden noch nicht möglich ist</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <source>Send tokens, or call any contract function from its JSON ABI, from the current account. Shielded transactions are encrypted before they leave this computer.</source>
        <translation>Senden Sie vom aktuellen Konto aus Token, oder rufen Sie eine beliebige Funktion eines Vertrags anhand seines JSON-ABI auf. Abgeschirmte Transaktionen werden verschlüsselt, bevor sie diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Was gesendet werden soll</translation>
    </message>
    <message>
        <source>T&amp;oken transfer</source>
        <translation>T&amp;oken-Transfer</translation>
    </message>
    <message>
        <source>Recipient address problem</source>
        <translation>Problem mit der Empfängeradresse</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problem mit dem Betrag</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <source>Contract address</source>
        <translation>Vertragsadresse</translation>
    </message>
    <message>
        <source>Contract address problem</source>
        <translation>Problem mit der Vertragsadresse</translation>
    </message>
    <message>
        <source>ABI file</source>
        <translation>ABI-Datei</translation>
    </message>
    <message>
        <source>A JSON ABI, or a build artifact with an &quot;abi&quot; member</source>
        <translation>Ein JSON-ABI oder ein Build-Artefakt mit einem Element „abi“</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>Choose the ABI file</source>
        <translation>ABI-Datei auswählen</translation>
    </message>
    <message>
        <source>ABI file problem</source>
        <translation>Problem mit der ABI-Datei</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Parameters marked shielded are encrypted in the transaction; a function with shielded parameters is sent as a Seismic transaction.</source>
        <translation>Als abgeschirmt markierte Parameter werden in der Transaktion verschlüsselt; eine Funktion mit abgeschirmten Parametern wird als Seismic-Transaktion gesendet.</translation>
    </message>
    <message>
        <source>Progress of the last send</source>
        <translation>Fortschritt des letzten Sendevorgangs</translation>
    </message>
    <message>
        <source>Contract ca&amp;ll</source>
        <translation>Vertragsauf&amp;ruf</translation>
    </message>
    <message>
        <source>AB&amp;I file:</source>
        <translation>AB&amp;I-Datei:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Review and Se&amp;nd…</source>
        <translation>&amp;Prüfen und senden …</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Ma&amp;x</source>
        <translation>Ma&amp;x</translation>
    </message>
    <message>
        <source>The whole balance; for the chain&apos;s coin, less the most the fees can cost</source>
        <translation>Das gesamte Guthaben; beim Coin der Chain abzüglich der höchstmöglichen Gebühren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Ne&amp;tzwerk</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>Endpoints of the network</source>
        <translation>Endpunkte des Netzwerks</translation>
    </message>
    <message>
        <source>Custom networks</source>
        <translation>Eigene Netzwerke</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a network</source>
        <translation>Ein Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the network</source>
        <translation>Das Netzwerk bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the network</source>
        <translation>Das Netzwerk entfernen</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit je Anfrage:</translation>
    </message>
    <message>
        <source>Request timeout in milliseconds</source>
        <translation>Zeitlimit je Anfrage in Millisekunden</translation>
    </message>
    <message>
        <source>Maximum &amp;attempts:</source>
        <extracomment>How often a failed request is tried, the first try included.</extracomment>
        <translation>H&amp;öchstzahl der Versuche:</translation>
    </message>
    <message>
        <source>Maximum attempts per request</source>
        <translation>Höchstzahl der Versuche je Anfrage</translation>
    </message>
    <message>
        <source>Retry &amp;backoff:</source>
        <extracomment>The wait before the first retry; it doubles at every further retry.</extracomment>
        <translation>&amp;Wartezeit vor Wiederholung:</translation>
    </message>
    <message>
        <source>Base retry backoff in milliseconds</source>
        <translation>Grundwartezeit vor einer Wiederholung in Millisekunden</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation>Ratenlimit in Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>B&amp;urst:</source>
        <extracomment>How many requests may go out at once before the rate limit applies.</extracomment>
        <translation>B&amp;urst:</translation>
    </message>
    <message>
        <source>Rate limit burst</source>
        <translation>Burst des Ratenlimits</translation>
    </message>
    <message>
        <source>Maximum concurrent requests</source>
        <translation>Höchstzahl gleichzeitiger Anfragen</translation>
    </message>
    <message>
        <source>Failed requests are retried with exponential backoff, and only when retrying is safe. Sent transactions are never sent twice.</source>
        <translation>Fehlgeschlagene Anfragen werden mit exponentiell wachsender Wartezeit wiederholt, und nur, wenn das gefahrlos ist. Gesendete Transaktionen werden nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>TEE key:</source>
        <translation>TEE-Schlüssel:</translation>
    </message>
    <message>
        <source>TEE key pinned for the network</source>
        <translation>Für das Netzwerk hinterlegter TEE-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Accept the new TEE key</source>
        <translation>Neuen TEE-S&amp;chlüssel annehmen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when Seismic Desktop starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Seismic Desktop.</translation>
    </message>
    <message>
        <source>Concurrent re&amp;quests:</source>
        <translation>G&amp;leichzeitige Anfragen:</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Filter by token</source>
        <translation>Nach Token filtern</translation>
    </message>
    <message>
        <source>Token symbol or address</source>
        <translation>Token-Symbol oder -Adresse</translation>
    </message>
    <message>
        <source>Filter by address</source>
        <translation>Nach Adresse filtern</translation>
    </message>
    <message>
        <source>Sender or recipient address</source>
        <translation>Adresse von Sender oder Empfänger</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Pause or resume the live table</source>
        <translation>Die Live-Tabelle anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Token transfers</source>
        <translation>Token-Transfers</translation>
    </message>
    <message>
        <source>Number of transfers</source>
        <translation>Anzahl der Transfers</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Transfer-Rate</translation>
    </message>
    <message>
        <source>First block of the history</source>
        <translation>Erster Block des Verlaufs</translation>
    </message>
    <message>
        <source>Load the history from this block</source>
        <translation>Den Verlauf ab diesem Block laden</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>History from &amp;block:</source>
        <translation>Verlauf ab &amp;Block:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Account</source>
        <translation>Konto entsperren</translation>
    </message>
    <message>
        <source>Enter the password of the account to unlock it. The key stays in memory until you lock the account or quit.</source>
        <translation>Geben Sie das Passwort des Kontos ein, um es zu entsperren. Der Schlüssel bleibt im Speicher, bis Sie das Konto sperren oder die Anwendung beenden.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>ViewingKeyPage</name>
    <message>
        <source>Viewing Key</source>
        <translation>Sichtschlüssel</translation>
    </message>
    <message>
        <source>SRC20 tokens encrypt the amounts of their transfer events under each party&apos;s viewing key, registered in the Directory contract. With a registered key, the Transfers page shows your amounts in the clear. The key never leaves this computer unencrypted and is not stored: it is read back from the Directory when you unlock the account.</source>
        <translation>SRC20-Token verschlüsseln die Beträge ihrer Transfer-Ereignisse mit dem Sichtschlüssel der jeweiligen Partei, der im Directory-Vertrag registriert ist. Mit einem registrierten Schlüssel zeigt die Seite „Transfers“ Ihre Beträge im Klartext. Der Schlüssel verlässt diesen Computer nie unverschlüsselt und wird nicht gespeichert: Er wird beim Entsperren des Kontos wieder aus dem Directory gelesen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Viewing key status</source>
        <translation>Status des Sichtschlüssels</translation>
    </message>
    <message>
        <source>Key hash:</source>
        <translation>Schlüssel-Hash:</translation>
    </message>
    <message>
        <source>Viewing key hash</source>
        <translation>Hash des Sichtschlüssels</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Registrierung:</translation>
    </message>
    <message>
        <source>Registration transaction</source>
        <translation>Registrierungstransaktion</translation>
    </message>
    <message>
        <source>Generate and register a viewing key</source>
        <translation>Einen Sichtschlüssel erzeugen und registrieren</translation>
    </message>
    <message>
        <source>&amp;Generate and Register</source>
        <translation>Erzeugen und &amp;registrieren</translation>
    </message>
    <message>
        <source>Read the Directory again</source>
        <translation>Das Directory erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>seismic::app</name>
    <message>
        <source>Another instance of Seismic Desktop is using the local store %1.</source>
        <translation>Eine andere Instanz von Seismic Desktop verwendet den lokalen Speicher %1.</translation>
    </message>
    <message>
        <source>The local store %1 is damaged.</source>
        <translation>Der lokale Speicher %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a store of Seismic Desktop.</source>
        <translation>%1 ist kein Speicher von Seismic Desktop.</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of Seismic Desktop.</source>
        <translation>Der lokale Speicher %1 wurde von einer neueren Version von Seismic Desktop geschrieben.</translation>
    </message>
    <message>
        <source>The disk that holds the local store %1 is full.</source>
        <translation>Der Datenträger mit dem lokalen Speicher %1 ist voll.</translation>
    </message>
    <message>
        <source>The local store %1 cannot be written.</source>
        <translation>Der lokale Speicher %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The local store %1 cannot be used.</source>
        <translation>Der lokale Speicher %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 (%2) Transfers are shown but not kept until this is solved; the file is left as it is.</source>
        <extracomment>%1 says what is wrong with the store, %2 is the database&apos;s own message.</extracomment>
        <translation>%1 (%2) Transfers werden angezeigt, aber nicht aufbewahrt, bis das behoben ist; die Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>seismic::app::AccountsPage</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Watch-only</source>
        <translation>Nur beobachtet</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Use This Account</source>
        <translation>Dieses Konto &amp;verwenden</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Entfe&amp;rnen …</translation>
    </message>
    <message>
        <source>E&amp;xport Keystore…</source>
        <translation>Keystore e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Add &amp;Watch-Only…</source>
        <translation>Beobachtungs&amp;konto hinzufügen …</translation>
    </message>
    <message>
        <source>Refresh &amp;Balances</source>
        <translation>&amp;Guthaben aktualisieren</translation>
    </message>
    <message>
        <source>The watch-only accounts cannot be read: %1</source>
        <translation>Die beobachteten Konten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, current, unlocked</source>
        <extracomment>%1 is the kind of account (Key, Watch-only).</extracomment>
        <translation>%1, aktuell, entsperrt</translation>
    </message>
    <message>
        <source>%1, current</source>
        <translation>%1, aktuell</translation>
    </message>
    <message>
        <source>No accounts yet: import a key file, create an account or add a watch-only address.</source>
        <translation>Noch keine Konten: Importieren Sie eine Schlüsseldatei, erstellen Sie ein Konto oder fügen Sie eine Adresse zum Beobachten hinzu.</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No balance: not connected.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Not connected: the balance cannot be read.</source>
        <translation>Nicht verbunden: Das Guthaben kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Shown instead of a balance that could not be read.</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ETH</source>
        <extracomment>%1 is an amount of the native coin.</extracomment>
        <translation>%1 ETH</translation>
    </message>
    <message>
        <source>%1 is now the current account.</source>
        <translation>%1 ist jetzt das aktuelle Konto.</translation>
    </message>
    <message>
        <source>Rename Account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Label of %1:</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation>Bezeichnung für %1:</translation>
    </message>
    <message>
        <source>The label was not saved: %1</source>
        <translation>Die Bezeichnung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1 from this computer? Its keystore is moved to the backup folder %2, not deleted: the account can be imported from there again.</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation>Das Konto %1 von diesem Computer entfernen? Sein Keystore wird in den Sicherungsordner %2 verschoben, nicht gelöscht: Von dort lässt sich das Konto wieder importieren.</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>%1 nicht mehr beobachten?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Das Konto wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Account removed; its keystore is kept as %1.</source>
        <extracomment>%1 is a file&apos;s path.</extracomment>
        <translation>Konto entfernt; sein Keystore ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>%1 wird nicht mehr beobachtet.</translation>
    </message>
    <message>
        <source>Export Keystore</source>
        <translation>Keystore exportieren</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Keystore-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The keystore was not exported to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it could not be written.</extracomment>
        <translation>Der Keystore wurde nicht nach %1 exportiert: %2</translation>
    </message>
    <message>
        <source>Keystore exported to %1 (it still needs its password).</source>
        <translation>Keystore nach %1 exportiert (er braucht weiterhin sein Passwort).</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>%1 wird beobachtet.</translation>
    </message>
    <message>
        <source>Watch-only, with viewing key</source>
        <translation>Nur beobachtet, mit Sichtschlüssel</translation>
    </message>
    <message>
        <source>Viewing Ke&amp;y</source>
        <translation>&amp;Sichtschlüssel</translation>
    </message>
    <message>
        <source>Give the selected watch-only account a viewing key (its own, or a provider&apos;s), so that the SRC20 amounts it opens are shown, or remove it</source>
        <translation>Dem gewählten beobachteten Konto einen Sichtschlüssel geben (seinen eigenen oder den eines Anbieters), damit die SRC20-Beträge, die er öffnet, angezeigt werden, oder ihn entfernen</translation>
    </message>
    <message>
        <source>&amp;Set From a File…</source>
        <translation>Aus &amp;Datei festlegen …</translation>
    </message>
    <message>
        <source>The watch-only account cannot be read: %1</source>
        <translation>Das beobachtete Konto kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is no longer listed</source>
        <translation>es ist nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>Watching %1, with a viewing key.</source>
        <translation>%1 wird beobachtet, mit Sichtschlüssel.</translation>
    </message>
    <message>
        <source>Remove the Viewing Key</source>
        <translation>Sichtschlüssel entfernen</translation>
    </message>
    <message>
        <source>Forget the viewing key of %1? New SRC20 amounts of this account are no longer opened; those already shown stay in the transfer history. The key can be given again from its file.</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation>Den Sichtschlüssel von %1 vergessen? Neue SRC20-Beträge dieses Kontos werden nicht mehr geöffnet; die bereits angezeigten bleiben im Transferverlauf. Der Schlüssel kann erneut aus seiner Datei gegeben werden.</translation>
    </message>
    <message>
        <source>The viewing key was not saved: %1</source>
        <translation>Der Sichtschlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 has a viewing key: the SRC20 amounts it opens are shown.</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation>%1 hat einen Sichtschlüssel: Die SRC20-Beträge, die er öffnet, werden angezeigt.</translation>
    </message>
    <message>
        <source>The viewing key of %1 was forgotten.</source>
        <translation>Der Sichtschlüssel von %1 wurde vergessen.</translation>
    </message>
    <message>
        <source>Import a key file</source>
        <translation>Eine Schlüsseldatei importieren</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Ein Konto erstellen</translation>
    </message>
</context>
<context>
    <name>seismic::app::AddressBookPage</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Viewing key</source>
        <translation>Sichtschlüssel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Whether the address registered a viewing key in the Directory: without one, it cannot see the amounts of the SRC20 tokens sent to it.</source>
        <translation>Ob die Adresse einen Sichtschlüssel im Directory registriert hat: Ohne ihn kann sie die Beträge der an sie gesendeten SRC20-Token nicht sehen.</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>&amp;Change Label…</source>
        <translation>&amp;Bezeichnung ändern …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Entfe&amp;rnen …</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>checking…</source>
        <extracomment>The viewing key of a contact is not known (not connected, or being read).</extracomment>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>SRC20 amounts sent to this address can be read by its owner.</source>
        <translation>An diese Adresse gesendete SRC20-Beträge kann ihr Inhaber lesen.</translation>
    </message>
    <message>
        <source>SRC20 amounts sent to this address cannot be read by its owner until it registers a viewing key.</source>
        <translation>An diese Adresse gesendete SRC20-Beträge kann ihr Inhaber erst lesen, wenn er einen Sichtschlüssel registriert.</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>Der Kontakt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the address book?</source>
        <extracomment>%1 is a contact&apos;s label, %2 its address.</extracomment>
        <translation>%1 (%2) aus dem Adressbuch entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The contact was not removed: %1</source>
        <translation>Der Kontakt wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV-Dateien (%1)</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it cannot be read.</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it cannot be written.</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
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
        <translation>Beobachtungskonto hinzufügen</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Watch an address without its key: its balance and transfers are shown, nothing can be sent from it.</source>
        <translation>Eine Adresse ohne ihren Schlüssel beobachten: Guthaben und Transfers werden angezeigt, senden lässt sich von ihr nichts.</translation>
    </message>
    <message>
        <source>The label is shown wherever the address appears.</source>
        <translation>Die Bezeichnung erscheint überall, wo die Adresse angezeigt wird.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Bezeichnung (optional):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>This is not an address (0x and 40 hexadecimal digits, with a valid checksum if mixed case).</source>
        <translation>Dies ist keine Adresse (0x und 40 Hexadezimalziffern, bei gemischter Schreibweise mit gültiger Prüfsumme).</translation>
    </message>
    <message>
        <source>This address is already listed.</source>
        <translation>Diese Adresse ist bereits aufgeführt.</translation>
    </message>
    <message>
        <source>A contact needs a label.</source>
        <translation>Ein Kontakt braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Set the Viewing Key</source>
        <translation>Sichtschlüssel festlegen</translation>
    </message>
    <message>
        <source>Give this watch-only account a viewing key: the SRC20 amounts it opens are shown on the Transfers page, also those stored before.</source>
        <translation>Diesem beobachteten Konto einen Sichtschlüssel geben: Die SRC20-Beträge, die er öffnet, werden auf der Seite „Transfers“ angezeigt, auch die bereits gespeicherten.</translation>
    </message>
    <message>
        <source>Viewing key file</source>
        <translation>Sichtschlüsseldatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose a viewing key file</source>
        <translation>Eine Sichtschlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&amp;Viewing key file (optional):</source>
        <translation>&amp;Sichtschlüsseldatei (optional):</translation>
    </message>
    <message>
        <source>&amp;Viewing key file:</source>
        <translation>&amp;Sichtschlüsseldatei:</translation>
    </message>
    <message>
        <source>A text file with 32 bytes as hex (64 hexadecimal digits). The account&apos;s own viewing key opens the SRC20 amounts sent to or from it; an intelligence provider&apos;s key opens what that provider can read. The key is kept in this computer&apos;s store until you remove it or the account.</source>
        <translation>Eine Textdatei mit 32 Bytes als Hex (64 Hexadezimalziffern). Der eigene Sichtschlüssel des Kontos öffnet die SRC20-Beträge, die an es oder von ihm gesendet werden; der Schlüssel eines Intelligence-Anbieters öffnet, was dieser Anbieter lesen kann. Der Schlüssel bleibt im Speicher dieses Computers, bis Sie ihn oder das Konto entfernen.</translation>
    </message>
    <message>
        <source>Choose a Viewing Key File</source>
        <translation>Sichtschlüsseldatei wählen</translation>
    </message>
    <message>
        <source>This file holds no viewing key: it needs 64 hexadecimal digits (32 bytes), optionally with 0x.</source>
        <translation>Diese Datei enthält keinen Sichtschlüssel: Sie braucht 64 Hexadezimalziffern (32 Bytes), optional mit 0x.</translation>
    </message>
</context>
<context>
    <name>seismic::app::AmountText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write digits, with “%2” before any decimals.</source>
        <extracomment>%1 is what the user typed, %2 the decimal mark of the language.</extracomment>
        <translation>„%1“ ist kein Betrag: Schreiben Sie Ziffern, mit „%2“ vor den Nachkommastellen.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could mean %2 or %3. Write it without thousands separators, with “%4” before any decimals.</source>
        <extracomment>%1 is what the user typed, %2 and %3 the two amounts it could mean, %4 the language&apos;s decimal mark.</extracomment>
        <translation>„%1“ ist mehrdeutig: Es kann %2 oder %3 bedeuten. Schreiben Sie den Betrag ohne Tausendertrennzeichen, mit „%4“ vor den Nachkommastellen.</translation>
    </message>
    <message numerus="yes">
        <source>This token allows %n decimal(s); the amount has more.</source>
        <translation>
            <numerusform>Dieser Token erlaubt %n Nachkommastelle; der Betrag hat mehr.</numerusform>
            <numerusform>Dieser Token erlaubt %n Nachkommastellen; der Betrag hat mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
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
        <translation>Entsperren Sie das Konto und verbinden Sie sich mit einem Netzwerk, um einen Token hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>seismic::app::ChartsPage</name>
    <message>
        <source>Transfers per minute, last hour</source>
        <translation>Transfers pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>Transfers per minute</source>
        <translation>Transfers pro Minute</translation>
    </message>
    <message>
        <source>Volume per minute, last hour</source>
        <translation>Volumen pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>Volume of the token</source>
        <translation>Volumen des Tokens</translation>
    </message>
    <message>
        <source>The account&apos;s balance from its transfers</source>
        <translation>Guthaben des Kontos aus seinen Transfers</translation>
    </message>
    <message>
        <source>Balance of the token over time</source>
        <translation>Guthaben des Tokens im Zeitverlauf</translation>
    </message>
    <message>
        <source>Token charted</source>
        <translation>Dargestellter Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>About the charts</source>
        <translation>Über die Diagramme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s) in the last hour</source>
        <extracomment>The accessible description of the transfers-per-minute chart.</extracomment>
        <translation>
            <numerusform>%Ln Transfer in der letzten Stunde</numerusform>
            <numerusform>%Ln Transfers in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume of %1</source>
        <extracomment>The accessible description of the volume chart; %1 is a token symbol.</extracomment>
        <translation>Volumen von %1</translation>
    </message>
    <message>
        <source>The balance is the net flow of the account&apos;s transfers since the first one the app saw.</source>
        <translation>Das Guthaben ist der Nettofluss der Transfers des Kontos seit dem ersten, den die Anwendung gesehen hat.</translation>
    </message>
    <message>
        <source>No account: there is no balance to follow.</source>
        <translation>Kein Konto: Es gibt kein Guthaben zu verfolgen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s) of %1 with an amount hidden by encryption are counted but not in the volume.</source>
        <extracomment>%1 is a token symbol.</extracomment>
        <translation>
            <numerusform>%Ln Transfer von %1 mit verschlüsseltem Betrag wird gezählt, aber nicht im Volumen.</numerusform>
            <numerusform>%Ln Transfers von %1 mit verschlüsseltem Betrag werden gezählt, aber nicht im Volumen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the account&apos;s transfers have a hidden amount: the balance leaves them out.</source>
        <translation>
            <numerusform>%Ln Transfer des Kontos hat einen verborgenen Betrag: Das Guthaben lässt ihn aus.</numerusform>
            <numerusform>%Ln Transfers des Kontos haben einen verborgenen Betrag: Das Guthaben lässt sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %L1 tokens are charted.</source>
        <translation>Nur die ersten %L1 Token werden dargestellt.</translation>
    </message>
</context>
<context>
    <name>seismic::app::CreateAccountDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is stored encrypted in %1. Back up this folder: without it and the password, the account cannot be recovered.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>Der Schlüssel wird verschlüsselt in %1 gespeichert. Sichern Sie diesen Ordner: Ohne ihn und das Passwort lässt sich das Konto nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Creating the key and encrypting it…</source>
        <translation>Der Schlüssel wird erzeugt und verschlüsselt …</translation>
    </message>
</context>
<context>
    <name>seismic::app::DesktopSession</name>
    <message>
        <source>The key file was not imported: %1</source>
        <extracomment>%1 says why, e.g. &quot;Wrong password.&quot;</extracomment>
        <translation>Die Schlüsseldatei wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no network named %1; the networks are: %2</source>
        <extracomment>%1 is what the user asked for, %2 the names of the known networks.</extracomment>
        <translation>kein Netzwerk namens %1; die Netzwerke sind: %2</translation>
    </message>
    <message>
        <source>the endpoints of --rpc-url and --ws-url cannot be used for %1: %2</source>
        <extracomment>%1 is the selected network&apos;s name, %2 what is wrong with the endpoints.</extracomment>
        <translation>die Endpunkte von --rpc-url und --ws-url können für %1 nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>seismic::app::ErrorText</name>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>The data is malformed and cannot be read.</source>
        <translation>Die Daten sind fehlerhaft und können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A key or signature was refused.</source>
        <translation>Ein Schlüssel oder eine Signatur wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted with this key.</source>
        <translation>Die Daten können mit diesem Schlüssel nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>This is not a valid key file.</source>
        <translation>Dies ist keine gültige Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>The server’s host name was not found.</source>
        <translation>Der Hostname des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server’s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The server did not follow the protocol.</source>
        <translation>Der Server hat das Protokoll nicht eingehalten.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code such as 503.</extracomment>
        <translation>Der Server antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <source>The server’s answer is too large.</source>
        <translation>Die Antwort des Servers ist zu groß.</translation>
    </message>
    <message>
        <source>The node refused the request.</source>
        <translation>Der Knoten hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The contract reverted the call.</source>
        <translation>Der Vertrag hat den Aufruf zurückgewiesen (Revert).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The transaction expired before a block included it.</source>
        <translation>Die Transaktion ist abgelaufen, bevor ein Block sie aufgenommen hat.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation>Dies wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A file cannot be read or written.</source>
        <translation>Eine Datei kann nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Es ist nicht genug Speicher vorhanden.</translation>
    </message>
    <message>
        <source>The node presents another TEE key than the one trusted for this network.</source>
        <translation>Der Knoten zeigt einen anderen TEE-Schlüssel als den, dem für dieses Netzwerk vertraut wird.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the technical detail of an error, in English as the library wrote it.</extracomment>
        <translation>Details: %1</translation>
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
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>seismic::app::FirstRunDialog</name>
    <message>
        <source>Welcome to Seismic Desktop</source>
        <translation>Willkommen bei Seismic Desktop</translation>
    </message>
    <message>
        <source>Choose the network to connect to. You can switch networks later from the status bar or in the settings.</source>
        <translation>Wählen Sie das Netzwerk, mit dem Sie sich verbinden möchten. Sie können es später in der Statusleiste oder in den Einstellungen wechseln.</translation>
    </message>
    <message>
        <source>The &amp;Seismic testnet (%1)</source>
        <extracomment>%1 is the testnet&apos;s host name.</extracomment>
        <translation>Das &amp;Seismic-Testnet (%1)</translation>
    </message>
    <message>
        <source>A &amp;local node on this computer (%1)</source>
        <extracomment>%1 is the node&apos;s URL.</extracomment>
        <translation>Ein &amp;lokaler Knoten auf diesem Computer (%1)</translation>
    </message>
    <message>
        <source>A c&amp;ustom network: its endpoints and chain ID…</source>
        <translation>Ein &amp;eigenes Netzwerk: Endpunkte und Chain-ID …</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>seismic::app::HistoryPage</name>
    <message>
        <source>Copy Transaction Hash</source>
        <translation>Transaktions-Hash kopieren</translation>
    </message>
    <message>
        <source>Select a transaction to see its details.</source>
        <translation>Wählen Sie eine Transaktion aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <extracomment>%1 is a transaction hash.</extracomment>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>Gas used: %1</source>
        <translation>Verbrauchtes Gas: %1</translation>
    </message>
    <message>
        <source>Export Transaction History</source>
        <translation>Transaktionsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON lines (*.jsonl *.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Zeilen (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Nothing to export: no history is kept for this account.</source>
        <translation>Nichts zu exportieren: Für dieses Konto ist kein Verlauf gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s) to %1.</source>
        <translation>
            <numerusform>%n Transaktion nach %1 exportiert.</numerusform>
            <numerusform>%n Transaktionen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history was not exported: %1</source>
        <translation>Der Verlauf wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Forget Transaction History</source>
        <translation>Transaktionsverlauf vergessen</translation>
    </message>
    <message>
        <source>Delete the history of the transactions sent from this account on this network from this computer? The transactions stay on the chain; new ones are kept again.</source>
        <translation>Den Verlauf der von diesem Konto in diesem Netzwerk gesendeten Transaktionen von diesem Computer löschen? Die Transaktionen bleiben auf der Chain; neue werden wieder aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) forgotten.</source>
        <translation>
            <numerusform>%n Transaktion vergessen.</numerusform>
            <numerusform>%n Transaktionen vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was forgotten: %1</source>
        <translation>Nichts wurde vergessen: %1</translation>
    </message>
    <message>
        <source>Select a pending transaction first.</source>
        <translation>Wählen Sie zuerst eine ausstehende Transaktion aus.</translation>
    </message>
    <message>
        <source>Nothing was replaced: %1</source>
        <extracomment>%1 says why, e.g. the node&apos;s answer.</extracomment>
        <translation>Nichts wurde ersetzt: %1</translation>
    </message>
    <message>
        <source>Speed Up the Transaction</source>
        <translation>Transaktion beschleunigen</translation>
    </message>
    <message>
        <source>Cancel the Transaction</source>
        <translation>Transaktion abbrechen</translation>
    </message>
    <message>
        <source>The speed-up was sent; whichever is mined first counts.</source>
        <translation>Die Beschleunigung wurde gesendet; es gilt die Transaktion, die zuerst in einen Block kommt.</translation>
    </message>
    <message>
        <source>The cancellation was sent; whichever is mined first counts.</source>
        <translation>Der Abbruch wurde gesendet; es gilt die Transaktion, die zuerst in einen Block kommt.</translation>
    </message>
    <message>
        <source>Nothing was sent: the transaction stays as it was.</source>
        <translation>Nichts wurde gesendet: Die Transaktion bleibt unverändert.</translation>
    </message>
    <message>
        <source>Function %1</source>
        <extracomment>%1 is a function&apos;s signature as signed, e.g. &quot;setNumber(uint256)&quot;.</extracomment>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>Replaces the earlier transaction with nonce %1</source>
        <extracomment>%1 is the nonce the transaction shares with the one it replaces.</extracomment>
        <translation>Ersetzt die frühere Transaktion mit Nonce %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Verlauf wird exportiert …</translation>
    </message>
</context>
<context>
    <name>seismic::app::ImportKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Key File</source>
        <translation>Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <source>Keystore (Web3 Secret Storage v3): enter the password it was saved with.</source>
        <translation>Keystore (Web3 Secret Storage v3): Geben Sie das Passwort ein, mit dem er gespeichert wurde.</translation>
    </message>
    <message>
        <source>Raw hex private key.</source>
        <translation>Privater Schlüssel in Hex.</translation>
    </message>
    <message>
        <source>Encrypting the key under the new password…</source>
        <translation>Der Schlüssel wird mit dem neuen Passwort verschlüsselt …</translation>
    </message>
</context>
<context>
    <name>seismic::app::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Log level.</extracomment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Log level (Qt&apos;s &quot;critical&quot; messages).</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Column header: the logging category (component) of a message.</extracomment>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>seismic::app::LogPage</name>
    <message>
        <source>All messages</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Informationen und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
</context>
<context>
    <name>seismic::app::MainWindow</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Aktuelles Konto</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation>%1 (gesperrt)</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <extracomment>%1 is a chain ID.</extracomment>
        <translation>Chain %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnose in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>About Seismic Desktop</source>
        <translation>Über Seismic Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seismic Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop wallet and live token-transfer monitor for the Seismic chain: shielded transactions, SRC20 tokens with encrypted amounts, viewing keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT license.&lt;/p&gt;</source>
        <extracomment>%1 is the version of this application, %2 the version of Qt.</extracomment>
        <translation>&lt;h3&gt;Seismic Desktop %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Wallet und Live-Monitor für Token-Transfers auf der Seismic-Chain: abgeschirmte Transaktionen, SRC20-Token mit verschlüsselten Beträgen, Sichtschlüssel.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (unencrypted)</source>
        <extracomment>%1 is a network&apos;s name.</extracomment>
        <translation>%1 (unverschlüsselt)</translation>
    </message>
    <message>
        <source>The node&apos;s encryption key changed</source>
        <translation>Der Verschlüsselungsschlüssel des Knotens hat sich geändert</translation>
    </message>
    <message>
        <source>The node of %1 presents a TEE key other than the one this app trusted before. Shielded sends and signed reads are off until you accept the new key: whoever holds its private key could read what you send.</source>
        <extracomment>%1 is a network&apos;s name.</extracomment>
        <translation>Der Knoten von %1 legt einen anderen TEE-Schlüssel vor als den, dem diese Anwendung bisher vertraut hat. Abgeschirmtes Senden und signierte Lesezugriffe sind deaktiviert, bis Sie den neuen Schlüssel annehmen: Wer dessen privaten Schlüssel besitzt, könnte lesen, was Sie senden.</translation>
    </message>
    <message>
        <source>Trusted key: %1
New key: %2

Accept it only if the network&apos;s operators announced a new key.</source>
        <extracomment>%1 and %2 are public keys in hex.</extracomment>
        <translation>Bisher vertrauter Schlüssel: %1
Neuer Schlüssel: %2

Nehmen Sie ihn nur an, wenn die Betreiber des Netzwerks einen neuen Schlüssel angekündigt haben.</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Neuen Schlüssel annehmen</translation>
    </message>
    <message>
        <source>Stay read-only</source>
        <translation>Nur-Lese-Modus beibehalten</translation>
    </message>
    <message>
        <source>&amp;Forget Transfer History…</source>
        <translation>Transferverlauf &amp;vergessen …</translation>
    </message>
    <message>
        <source>Local Store</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <source>Rebuild keeps the file beside it as a backup, starts a fresh store and fills it again from the chain.</source>
        <translation>Neu aufbauen bewahrt die Datei daneben als Sicherung auf, beginnt einen neuen Speicher und füllt ihn wieder aus der Chain.</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Neu aufbauen</translation>
    </message>
    <message>
        <source>The store was rebuilt; the old file is kept as %1.</source>
        <translation>Der Speicher wurde neu aufgebaut; die alte Datei ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The store could not be rebuilt: %1</source>
        <translation>Der Speicher konnte nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Forget Transfer History</source>
        <translation>Transferverlauf vergessen</translation>
    </message>
    <message>
        <source>Delete the stored transfers of this account on this network from this computer? New transfers are still kept as they arrive.</source>
        <translation>Die gespeicherten Transfers dieses Kontos in diesem Netzwerk von diesem Computer löschen? Neue Transfers werden weiterhin aufbewahrt, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) forgotten.</source>
        <translation>
            <numerusform>%n Transfer vergessen.</numerusform>
            <numerusform>%n Transfers vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was forgotten: %1</source>
        <translation>Nichts wurde vergessen: %1</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Transfers, volume and balance over time</source>
        <translation>Transfers, Volumen und Guthaben im Zeitverlauf</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>Adress&amp;buch</translation>
    </message>
    <message>
        <source>Switch network</source>
        <translation>Netzwerk wechseln</translation>
    </message>
    <message>
        <source>Still watching</source>
        <translation>Beobachtung läuft weiter</translation>
    </message>
    <message>
        <source>Seismic Desktop keeps watching transfers in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>Seismic Desktop beobachtet Transfers in der Systemleiste weiter. Beenden Sie es über das Menü des Symbols in der Systemleiste.</translation>
    </message>
    <message>
        <source>%1 (watch-only)</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation>%1 (nur beobachtet)</translation>
    </message>
    <message>
        <source>&amp;Add Network…</source>
        <translation>Netzwerk &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Imported %1: it is now the current account.</source>
        <translation>%1 importiert: Es ist jetzt das aktuelle Konto.</translation>
    </message>
</context>
<context>
    <name>seismic::app::NetworkDialog</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 what is wrong with the URL on it.</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>There is already a network named “%1”.</source>
        <translation>Es gibt bereits ein Netzwerk namens „%1“.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected: chain %1, TEE key %2</source>
        <extracomment>%1 is a chain ID, %2 the node&apos;s TEE public key in hex.</extracomment>
        <translation>Verbunden: Chain %1, TEE-Schlüssel %2</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>seismic::app::NotificationRules</name>
    <message>
        <source>The minimum amount is not a plain decimal number, such as 1000 or 0.5.</source>
        <extracomment>The minimum amount of the notification rules, e.g. &quot;1,5&quot; or &quot;-3&quot;.</extracomment>
        <translation>Der Mindestbetrag ist keine einfache Dezimalzahl wie 1000 oder 0.5.</translation>
    </message>
</context>
<context>
    <name>seismic::app::NotificationSettingsTab</name>
    <message>
        <source>&amp;Notify about incoming transfers</source>
        <translation>Bei eingehenden Transfers benachrichti&amp;gen</translation>
    </message>
    <message>
        <source>To &amp;my accounts</source>
        <translation>Für meine &amp;Konten</translation>
    </message>
    <message>
        <source>To watch-only a&amp;ddresses</source>
        <translation>F&amp;ür beobachtete Adressen</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the tray when the window is closed</source>
        <translation>Bei geschlossenem Fenster in der S&amp;ystemleiste weiter beobachten</translation>
    </message>
    <message>
        <source>Tokens to notify about</source>
        <translation>Token für Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A token in the notification settings: %1 its symbol, %2 its contract address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>jeder Betrag</translation>
    </message>
    <message>
        <source>In whole tokens, as a plain number such as 1000 or 0.5. A transfer whose amount is encrypted under a key you do not hold cannot be shown to reach it.</source>
        <translation>In ganzen Token, als einfache Zahl wie 1000 oder 0.5. Ob ein Transfer, dessen Betrag mit einem Schlüssel verschlüsselt ist, den Sie nicht besitzen, ihn erreicht, lässt sich nicht erkennen.</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>jeder</translation>
    </message>
    <message>
        <source>Addresses separated by spaces or commas</source>
        <translation>Adressen, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>Dieser Desktop hat keine Systemleiste: Das Schließen des Fensters beendet die Anwendung.</translation>
    </message>
    <message>
        <source>Token&amp;s:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>None checked: every token.</source>
        <translation>Keiner ausgewählt: alle Token.</translation>
    </message>
    <message>
        <source>Every token: this network has no tokens to choose from yet (add them on the Overview page).</source>
        <translation>Alle Token: Dieses Netzwerk hat noch keine Token zur Auswahl (fügen Sie sie auf der Seite „Übersicht“ hinzu).</translation>
    </message>
    <message>
        <source>M&amp;inimum amount:</source>
        <translation>&amp;Mindestbetrag:</translation>
    </message>
    <message>
        <source>Sende&amp;rs:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>Only transfers that arrive while watching are told, never those loaded from history; several within a few seconds come as one notification.</source>
        <translation>Gemeldet werden nur Transfers, die während der Beobachtung eintreffen, nie aus dem Verlauf geladene; mehrere innerhalb weniger Sekunden kommen als eine Benachrichtigung.</translation>
    </message>
    <message>
        <source>The sender %1 is not an address.</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation>Der Absender %1 ist keine Adresse.</translation>
    </message>
</context>
<context>
    <name>seismic::app::OverviewPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Unlocked: the private key is in memory, and this app can sign with it.</source>
        <translation>Entsperrt: Der private Schlüssel ist im Speicher, und diese Anwendung kann damit signieren.</translation>
    </message>
    <message>
        <source>Locked: the private key exists only encrypted on disk.</source>
        <translation>Gesperrt: Der private Schlüssel liegt nur verschlüsselt auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Import or create an account to see its balances.</source>
        <translation>Importieren oder erstellen Sie ein Konto, um seine Guthaben zu sehen.</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>Guthaben werden gelesen …</translation>
    </message>
    <message>
        <source>Connect to a network to see balances.</source>
        <translation>Verbinden Sie sich mit einem Netzwerk, um Guthaben zu sehen.</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard, to share it and receive tokens</source>
        <translation>Die Adresse in die Zwischenablage kopieren, um sie weiterzugeben und Token zu empfangen</translation>
    </message>
    <message>
        <source>Read the token&apos;s name, symbol and decimals on chain and add its balance</source>
        <translation>Name, Symbol und Dezimalstellen des Tokens von der Chain lesen und sein Guthaben hinzufügen</translation>
    </message>
    <message>
        <source>Unlock the account and connect to a network to add tokens</source>
        <translation>Entsperren Sie das Konto und verbinden Sie sich mit einem Netzwerk, um Token hinzuzufügen</translation>
    </message>
    <message>
        <source>Not a contract address: %1</source>
        <extracomment>%1 says what is wrong with the address.</extracomment>
        <translation>Keine Vertragsadresse: %1</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Der Token wird gelesen …</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <extracomment>%1 is a token symbol, %2 its name.</extracomment>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>The token was not added: %1</source>
        <translation>Der Token wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Watch-only: no private key, nothing can be sent. This watch-only account&apos;s SRC20 amounts open with the viewing key you gave.</source>
        <translation>Nur beobachtet: kein privater Schlüssel, nichts kann gesendet werden. Die SRC20-Beträge dieses Kontos öffnen sich mit dem Sichtschlüssel, den Sie angegeben haben.</translation>
    </message>
    <message>
        <source>Watch-only: no private key, nothing can be sent. Without a viewing key its SRC20 amounts stay hidden: give one on the Accounts page.</source>
        <translation>Nur beobachtet: kein privater Schlüssel, nichts kann gesendet werden. Ohne Sichtschlüssel bleiben seine SRC20-Beträge verborgen: Geben Sie ihm einen auf der Seite „Konten“.</translation>
    </message>
</context>
<context>
    <name>seismic::app::PendingTransactionsModel</name>
    <message>
        <source>Pending (does not expire)</source>
        <extracomment>A pending transparent transaction: it waits until it is mined or replaced.</extracomment>
        <translation>Ausstehend (läuft nicht ab)</translation>
    </message>
    <message>
        <source>Pending: expires after block %1</source>
        <extracomment>%1 is the last block that may include a pending shielded transaction.</extracomment>
        <translation>Ausstehend: läuft nach Block %1 ab</translation>
    </message>
    <message>
        <source>Expired after block %1; waiting for the node</source>
        <extracomment>%1 is a block number.</extracomment>
        <translation>Nach Block %1 abgelaufen; warten auf den Knoten</translation>
    </message>
    <message numerus="yes">
        <source>Pending: expires in %n block(s) (after block %1)</source>
        <extracomment>%n is the number of blocks left, %1 the last block that may include the transaction.</extracomment>
        <translation>
            <numerusform>Ausstehend: läuft in %n Block ab (nach Block %1)</numerusform>
            <numerusform>Ausstehend: läuft in %n Blöcken ab (nach Block %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Share this address to receive the chain’s coin and tokens:</source>
        <translation>Teilen Sie diese Adresse, um den Coin der Chain und Token zu empfangen:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>QR-Code der Adresse</translation>
    </message>
    <message>
        <source>Senders of SRC20 tokens can show you the amount: this account has a viewing key.</source>
        <translation>Absender von SRC20-Token können Ihnen den Betrag zeigen: Dieses Konto hat einen Sichtschlüssel.</translation>
    </message>
    <message>
        <source>Senders of SRC20 tokens cannot show you the amount: this account has no viewing key yet (register one on the Viewing Key page).</source>
        <translation>Absender von SRC20-Token können Ihnen den Betrag nicht zeigen: Dieses Konto hat noch keinen Sichtschlüssel (registrieren Sie einen auf der Seite „Sichtschlüssel“).</translation>
    </message>
    <message>
        <source>Whether senders of SRC20 tokens can show you the amount is not known yet: it needs the unlocked account, connected.</source>
        <translation>Ob Absender von SRC20-Token Ihnen den Betrag zeigen können, ist noch nicht bekannt: Dazu muss das Konto entsperrt und verbunden sein.</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendConfirmDialog</name>
    <message>
        <source>%1 = %2 (shielded)</source>
        <translation>%1 = %2 (abgeschirmt)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the transaction</source>
        <translation>Die Transaktion senden</translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation>Abbrechen: nichts senden</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>%1 (token contract %2)</source>
        <translation>%1 (Token-Vertrag %2)</translation>
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
        <translation>%1 (die Chain ist bei Block %2)</translation>
    </message>
    <message>
        <source>Does not expire (transparent transaction)</source>
        <translation>Läuft nicht ab (transparente Transaktion)</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>%1 überweisen</translation>
    </message>
    <message>
        <source>Shielded: the calldata is encrypted for the network (Seismic transaction)</source>
        <translation>Abgeschirmt: die Aufrufdaten werden für das Netzwerk verschlüsselt (Seismic-Transaktion)</translation>
    </message>
    <message>
        <source>Transparent: the calldata is public (EIP-1559 transaction)</source>
        <translation>Transparent: die Aufrufdaten sind öffentlich (EIP-1559-Transaktion)</translation>
    </message>
    <message>
        <source>Transparent: the calldata is public (legacy transaction)</source>
        <translation>Transparent: die Aufrufdaten sind öffentlich (Legacy-Transaktion)</translation>
    </message>
    <message>
        <source>Fees per gas:</source>
        <translation>Gebühren pro Gas:</translation>
    </message>
    <message>
        <source>at most %1 gwei (priority fee %2 gwei)</source>
        <extracomment>%1 is the most paid per gas, %2 the part of it that goes to the block producer.</extracomment>
        <translation>höchstens %1 gwei (Prioritätsgebühr %2 gwei)</translation>
    </message>
    <message>
        <source>Register a new viewing key in the Directory</source>
        <translation>Einen neuen Sichtschlüssel im Directory registrieren</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>%1 is the recipient&apos;s name in the address book, %2 its address.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>A new random key (shielded)</source>
        <translation>Ein neuer zufälliger Schlüssel (abgeschirmt)</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendController</name>
    <message>
        <source>Estimating gas and fees…</source>
        <translation>Gas und Gebühren werden geschätzt …</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 says why, e.g. the decoded revert reason of the estimate.</extracomment>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung …</translation>
    </message>
    <message>
        <source>Checking the recipient&apos;s viewing key…</source>
        <translation>Der Sichtschlüssel des Empfängers wird geprüft …</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No Viewing Key</source>
        <translation>Kein Sichtschlüssel</translation>
    </message>
    <message>
        <source>%1 has no viewing key registered in the Directory: the recipient will receive the %2 but cannot see the amount until it registers one.</source>
        <extracomment>%1 is the recipient (name and address), %2 a token&apos;s symbol.</extracomment>
        <translation>%1 hat keinen Sichtschlüssel im Directory registriert: Der Empfänger erhält die Token (%2), kann den Betrag aber erst sehen, wenn er einen registriert.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>Warten auf Ihre Antwort …</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <extracomment>%1 says why, e.g. the decoded revert reason.</extracomment>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1 returned:
%2</source>
        <extracomment>%1 is a function&apos;s signature, %2 what it returned, one &quot;name = value&quot; per line.</extracomment>
        <translation>%1 lieferte:
%2</translation>
    </message>
    <message>
        <source>Estimating the fees…</source>
        <translation>Die Gebühren werden geschätzt …</translation>
    </message>
    <message>
        <source>No maximum: %1</source>
        <translation>Kein Höchstbetrag: %1</translation>
    </message>
    <message>
        <source>The maximum leaves %1 for the fees.</source>
        <extracomment>%1 is the most the fees can cost, with the coin&apos;s symbol.</extracomment>
        <translation>Der Höchstbetrag lässt %1 für die Gebühren übrig.</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendFormValidator</name>
    <message>
        <source>Import or create an account to send.</source>
        <translation>Importieren oder erstellen Sie ein Konto, um zu senden.</translation>
    </message>
    <message>
        <source>Unlock the account to send.</source>
        <translation>Entsperren Sie das Konto, um zu senden.</translation>
    </message>
    <message>
        <source>Connect to a network to send.</source>
        <translation>Verbinden Sie sich mit einem Netzwerk, um zu senden.</translation>
    </message>
    <message>
        <source>There is nothing to send yet: no balances were read.</source>
        <translation>Noch gibt es nichts zu senden: Es wurden keine Guthaben gelesen.</translation>
    </message>
    <message>
        <source>Enter the recipient’s address.</source>
        <translation>Geben Sie die Adresse des Empfängers ein.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>The amount is more than the balance (%1 %2).</source>
        <extracomment>%1 is an amount, %2 a token symbol.</extracomment>
        <translation>Der Betrag übersteigt das Guthaben (%1 %2).</translation>
    </message>
    <message>
        <source>Enter the contract’s address.</source>
        <translation>Geben Sie die Adresse des Vertrags ein.</translation>
    </message>
    <message>
        <source>Reading the ABI file…</source>
        <translation>Die ABI-Datei wird gelesen …</translation>
    </message>
    <message>
        <source>Choose the contract’s ABI file.</source>
        <translation>Wählen Sie die ABI-Datei des Vertrags aus.</translation>
    </message>
    <message>
        <source>Press Enter in the ABI file field to read it.</source>
        <translation>Drücken Sie im Feld „ABI-Datei“ die Eingabetaste, um die Datei zu lesen.</translation>
    </message>
    <message>
        <source>Enter a value for every argument.</source>
        <translation>Geben Sie für jedes Argument einen Wert ein.</translation>
    </message>
    <message>
        <source>The recipient is not a valid address.</source>
        <translation>Der Empfänger ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The contract is not a valid address.</source>
        <translation>Der Vertrag ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>This is a watch-only account: without its key nothing can be sent from it. Switch to an account with a key on the Accounts page.</source>
        <translation>Dies ist ein Beobachtungskonto: Ohne seinen Schlüssel kann nichts davon gesendet werden. Wechseln Sie auf der Seite „Konten“ zu einem Konto mit Schlüssel.</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendPage</name>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>%1 (%2, shielded)</source>
        <extracomment>%1 is a parameter name, %2 its type; shielded parameters are encrypted.</extracomment>
        <translation>%1 (%2, abgeschirmt)</translation>
    </message>
    <message>
        <source>Sent %1; waiting for a block.</source>
        <extracomment>%1 is a transaction hash.</extracomment>
        <translation>Transaktion %1 gesendet; Warten auf einen Block.</translation>
    </message>
    <message>
        <source>Confirmed in block %1 (gas used %2): %3</source>
        <extracomment>%1 is a block number, %2 the gas the transaction used, %3 its hash.</extracomment>
        <translation>Bestätigt in Block %1 (verbrauchtes Gas %2): %3</translation>
    </message>
    <message>
        <source>Failed in block %1 (gas used %2): %3</source>
        <extracomment>%1 is a block number, %2 the gas used, %3 the revert reason.</extracomment>
        <translation>Fehlgeschlagen in Block %1 (verbrauchtes Gas %2): %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
    <message>
        <source>Choose the Contract’s ABI</source>
        <translation>ABI des Vertrags auswählen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <extracomment>%1 is a parameter with its type.</extracomment>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>%1 — read</source>
        <translation>%1 — lesen</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>Abfrage&amp;n</translation>
    </message>
    <message>
        <source>Call this read-only function (a signed read when its inputs are shielded) and show what it returns; nothing is sent.</source>
        <translation>Diese Nur-Lese-Funktion aufrufen (als signierten Lesezugriff, wenn ihre Eingaben abgeschirmt sind) und das Ergebnis zeigen; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <extracomment>%1 says which transaction used the nonce.</extracomment>
        <translation>Ersetzt: %1</translation>
    </message>
</context>
<context>
    <name>seismic::app::SendService</name>
    <message>
        <source>Not connected: sending needs a connection to the network with the account unlocked.</source>
        <translation>Nicht verbunden: Zum Senden ist eine Verbindung mit dem Netzwerk bei entsperrtem Konto nötig.</translation>
    </message>
    <message>
        <source>The connection signs for another account; wait until it has reconnected.</source>
        <translation>Die Verbindung signiert für ein anderes Konto; warten Sie, bis sie neu verbunden ist.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>The application stopped while sending it; whether it reached the network is unknown.</source>
        <translation>Die Anwendung wurde während des Sendens beendet; ob die Transaktion das Netzwerk erreicht hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>%1 überweisen</translation>
    </message>
    <message>
        <source>Nonce %1 was used by another transaction meanwhile; review the send again.</source>
        <translation>Nonce %1 wurde inzwischen von einer anderen Transaktion verwendet; prüfen Sie die Sendung erneut.</translation>
    </message>
    <message>
        <source>Only a transaction that was sent and is still pending can be replaced.</source>
        <translation>Nur eine gesendete und noch ausstehende Transaktion kann ersetzt werden.</translation>
    </message>
    <message>
        <source>A viewing key registration cannot be sped up (its key is not kept): cancel it and register a new key.</source>
        <translation>Eine Sichtschlüssel-Registrierung kann nicht beschleunigt werden (ihr Schlüssel wird nicht aufbewahrt): Brechen Sie sie ab und registrieren Sie einen neuen Schlüssel.</translation>
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
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <extracomment>%1 is a chain ID; the endpoints follow on the next lines.</extracomment>
        <translation>Chain %1</translation>
    </message>
    <message>
        <source>These settings cannot be saved; see the log for why.</source>
        <translation>Diese Einstellungen können nicht gespeichert werden; den Grund nennt das Protokoll.</translation>
    </message>
    <message>
        <source>For this session, the endpoints from the command line:</source>
        <translation>In dieser Sitzung die Endpunkte aus der Befehlszeile:</translation>
    </message>
    <message>
        <source>none yet: the first key a node presents is trusted</source>
        <translation>noch keiner: Dem ersten Schlüssel, den ein Knoten vorlegt, wird vertraut</translation>
    </message>
    <message>
        <source>The node now presents another key, %1: shielded sends and signed reads are off until you accept it.</source>
        <extracomment>%1 is a public key in hex.</extracomment>
        <translation>Der Knoten legt jetzt einen anderen Schlüssel vor, %1: Abgeschirmtes Senden und signierte Lesezugriffe sind deaktiviert, bis Sie ihn annehmen.</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <extracomment>The settings tab of transfer notifications and the system tray.</extracomment>
        <translation>Benachr&amp;ichtigungen</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit suffix of the inactivity time, with its leading space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The automatic lock is off.</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>Sperren nach Inaktivit&amp;ät:</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input in the app for this long, the wallet locks and its key is wiped from memory; the password unlocks it again.</source>
        <translation>Ohne Tastatur- oder Mauseingabe in der Anwendung für diese Dauer wird das Wallet gesperrt und sein Schlüssel aus dem Speicher gelöscht; das Passwort entsperrt es wieder.</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Sicherheit</translation>
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
        <translation>Nativer Coin</translation>
    </message>
    <message>
        <source>ERC20</source>
        <translation>ERC20</translation>
    </message>
    <message>
        <source>SRC20 (shielded)</source>
        <extracomment>SRC20 is Seismic&apos;s token standard with encrypted amounts.</extracomment>
        <translation>SRC20 (abgeschirmt)</translation>
    </message>
    <message>
        <source>Not read yet: a shielded balance needs the unlocked account</source>
        <translation>Noch nicht gelesen: Ein abgeschirmtes Guthaben braucht das entsperrte Konto</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: native coin, ERC20 or SRC20.</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferNotifications</name>
    <message>
        <source>Incoming transfer</source>
        <translation>Eingehender Transfer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incoming transfer(s)</source>
        <translation>
            <numerusform>%Ln eingehender Transfer</numerusform>
            <numerusform>%Ln eingehende Transfers</numerusform>
        </translation>
    </message>
    <message>
        <source>An encrypted amount of %1 from %2</source>
        <extracomment>%1 is a token symbol, %2 the sender&apos;s address.</extracomment>
        <translation>Ein verschlüsselter Betrag in %1 von %2</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <extracomment>%1 is an amount, %2 a token symbol, %3 the sender&apos;s address.</extracomment>
        <translation>%1 %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new transfer(s) of %1</source>
        <extracomment>%1 is a token symbol.</extracomment>
        <translation>
            <numerusform>%Ln neuer Transfer von %1</numerusform>
            <numerusform>%Ln neue Transfers von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>other tokens: %L1</source>
        <extracomment>How many transfers of a token: %1 the token symbol, %2 the count.</extracomment>
        <translation>andere Token: %L1</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new transfer(s): %1</source>
        <extracomment>%1 lists how many of each token, e.g. &quot;SDT: 5, USDC: 2&quot;.</extracomment>
        <translation>
            <numerusform>%Ln neuer Transfer: %1</numerusform>
            <numerusform>%Ln neue Transfers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferTableModel</name>
    <message>
        <source>encrypted</source>
        <extracomment>Shown instead of an SRC20 amount that cannot be decrypted.</extracomment>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>Removed: a chain reorganisation dropped this transfer&apos;s block</source>
        <translation>Entfernt: Eine Reorganisation der Chain hat den Block dieses Transfers verworfen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column header: the sender of a transfer.</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column header: the recipient of a transfer.</extracomment>
        <translation>An</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an address book label, %2 the labelled address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(new tokens)</source>
        <extracomment>Shown as the sender of a mint instead of the zero address.</extracomment>
        <translation>(neue Token)</translation>
    </message>
    <message>
        <source>(burned)</source>
        <extracomment>Shown as the recipient of a burn instead of the zero address.</extracomment>
        <translation>(verbrannt)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a block time in UTC.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The node did not say when this block was made</source>
        <translation>Der Knoten hat nicht angegeben, wann dieser Block erzeugt wurde</translation>
    </message>
    <message>
        <source>Block %L1
%2</source>
        <extracomment>%L1 is a block number, %2 its hash.</extracomment>
        <translation>Block %L1
%2</translation>
    </message>
    <message>
        <source>A mint: new tokens, from the zero address</source>
        <translation>Ein Mint: neue Token, von der Nulladresse</translation>
    </message>
    <message>
        <source>A burn: tokens destroyed, sent to the zero address</source>
        <translation>Ein Burn: vernichtete Token, an die Nulladresse gesendet</translation>
    </message>
    <message>
        <source>No viewing key of yours opens this amount. %1</source>
        <translation>Keiner Ihrer Sichtschlüssel öffnet diesen Betrag. %1</translation>
    </message>
    <message>
        <source>%1 %2
%3 base units</source>
        <extracomment>%1 is the amount in whole tokens, %2 the symbol, %3 the amount in base units.</extracomment>
        <translation>%1 %2
%3 Basiseinheiten</translation>
    </message>
    <message>
        <source>%1
log %2</source>
        <extracomment>%1 is a transaction hash; %2 the index of the transfer&apos;s first log in its block.</extracomment>
        <translation>%1
Log %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Column header: in, out, self, mint or burn, relative to the account.</extracomment>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Visibility</source>
        <extracomment>Column header: who can read an SRC20 amount.</extracomment>
        <translation>Sichtbarkeit</translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferText</name>
    <message>
        <source>in</source>
        <extracomment>Direction of a transfer: to the watched account.</extracomment>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Direction of a transfer: from the watched account.</extracomment>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>self</source>
        <extracomment>Direction of a transfer: from the watched account to itself.</extracomment>
        <translation>selbst</translation>
    </message>
    <message>
        <source>mint</source>
        <extracomment>Direction of a transfer: new tokens created (from the zero address).</extracomment>
        <translation>Mint</translation>
    </message>
    <message>
        <source>burn</source>
        <extracomment>Direction of a transfer: tokens destroyed (sent to the zero address).</extracomment>
        <translation>Burn</translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Visibility of an ERC20 amount: anyone can read it.</extracomment>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>sender</source>
        <extracomment>Visibility: the sender holds a viewing key for the amount.</extracomment>
        <translation>Absender</translation>
    </message>
    <message>
        <source>recipient</source>
        <extracomment>Visibility: the recipient holds a viewing key for the amount.</extracomment>
        <translation>Empfänger</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>no one</source>
        <extracomment>Visibility: nobody registered a viewing key for this amount.</extracomment>
        <translation>niemand</translation>
    </message>
    <message>
        <source>ERC20: anyone can read this amount</source>
        <translation>ERC20: Jeder kann diesen Betrag lesen</translation>
    </message>
    <message>
        <source>You (sender and recipient) can read this amount</source>
        <translation>Sie (Absender und Empfänger) können diesen Betrag lesen</translation>
    </message>
    <message>
        <source>You and the recipient can read this amount</source>
        <translation>Sie und der Empfänger können diesen Betrag lesen</translation>
    </message>
    <message>
        <source>You and the sender can read this amount</source>
        <translation>Sie und der Absender können diesen Betrag lesen</translation>
    </message>
    <message>
        <source>The sender and the recipient can read this amount</source>
        <translation>Absender und Empfänger können diesen Betrag lesen</translation>
    </message>
    <message>
        <source>Only you, the sender, of the two parties can read this amount</source>
        <translation>Von beiden Parteien können nur Sie, der Absender, diesen Betrag lesen</translation>
    </message>
    <message>
        <source>Only the sender, of the two parties, can read this amount</source>
        <translation>Von beiden Parteien kann nur der Absender diesen Betrag lesen</translation>
    </message>
    <message>
        <source>Only you, the recipient, of the two parties can read this amount</source>
        <translation>Von beiden Parteien können nur Sie, der Empfänger, diesen Betrag lesen</translation>
    </message>
    <message>
        <source>Only the recipient, of the two parties, can read this amount</source>
        <translation>Von beiden Parteien kann nur der Empfänger diesen Betrag lesen</translation>
    </message>
    <message>
        <source>Neither party has a viewing key for this amount</source>
        <translation>Keine der Parteien hat einen Sichtschlüssel für diesen Betrag</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n provider(s)</source>
        <extracomment>%1 says which parties can read an SRC20 amount; %n counts Intelligence providers.</extracomment>
        <translation>
            <numerusform>%1; %n Anbieter</numerusform>
            <numerusform>%1; %n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>(only part of this transfer&apos;s events was seen: there may be more)</source>
        <translation>(nur ein Teil der Ereignisse dieses Transfers wurde gesehen: Es kann weitere geben)</translation>
    </message>
</context>
<context>
    <name>seismic::app::TransfersPage</name>
    <message>
        <source>All transfers</source>
        <translation>Alle Transfers</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Waiting for token transfers…</source>
        <translation>Warten auf Token-Transfers …</translation>
    </message>
    <message>
        <source>Connect to a network to watch token transfers.</source>
        <translation>Verbinden Sie sich mit einem Netzwerk, um Token-Transfers zu verfolgen.</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n Transfer</numerusform>
            <numerusform>%n Transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n transfer(s)</source>
        <extracomment>%1 is the number of transfers the filters let through.</extracomment>
        <translation>
            <numerusform>%1 von %n Transfer</numerusform>
            <numerusform>%1 von %n Transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new</source>
        <translation>
            <numerusform>angehalten, %n neuer</numerusform>
            <numerusform>angehalten, %n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <extracomment>Live transfers per second, averaged over the last seconds.</extracomment>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>Export Transfers</source>
        <translation>Transfers exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transfer(s) to %1.</source>
        <translation>
            <numerusform>%n Transfer nach %1 exportiert.</numerusform>
            <numerusform>%n Transfers nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the last %L1 blocks</source>
        <extracomment>%L1 is a number of blocks.</extracomment>
        <translation>die letzten %L1 Blöcke</translation>
    </message>
    <message>
        <source>The transfers of this block and later ones are loaded, then new ones stream in. Empty: the last %L1 blocks.</source>
        <translation>Die Transfers ab diesem Block werden geladen, danach kommen neue live hinzu. Leer: die letzten %L1 Blöcke.</translation>
    </message>
    <message>
        <source>Not watching: add a token on the Overview page and connect.</source>
        <translation>Keine Überwachung: Fügen Sie auf der Seite „Übersicht“ einen Token hinzu und stellen Sie eine Verbindung her.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON lines (*.jsonl *.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Zeilen (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Nothing to export: no transfers are stored.</source>
        <translation>Nichts zu exportieren: Es sind keine Transfers gespeichert.</translation>
    </message>
    <message>
        <source>Exporting transfers…</source>
        <translation>Transfers werden exportiert …</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>Über&amp;wachen:</translation>
    </message>
    <message>
        <source>What is watched</source>
        <translation>Was überwacht wird</translation>
    </message>
    <message>
        <source>Show the newest transfers</source>
        <translation>Die neuesten Transfers zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>On a button over the table: rows that arrived above while the user looked elsewhere.</extracomment>
        <translation>
            <numerusform>%n neuer</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Not watching: choose a token and connect.</source>
        <translation>Keine Überwachung: Wählen Sie einen Token und stellen Sie eine Verbindung her.</translation>
    </message>
    <message>
        <source>Catching up (block %L1 of %L2)</source>
        <extracomment>%L1 and %L2 are block numbers.</extracomment>
        <translation>Aufholen (Block %L1 von %L2)</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation>Aufholen …</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Copies the full value of the table&apos;s current cell.</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy Transaction &amp;Hash</source>
        <translation>Transaktions-&amp;Hash kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Sender Address</source>
        <translation>&amp;Absenderadresse kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Recipient Address</source>
        <translation>E&amp;mpfängeradresse kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Amount</source>
        <translation>Be&amp;trag kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Explorer</source>
        <translation>Im &amp;Explorer öffnen</translation>
    </message>
    <message>
        <source>Add Sender to Address &amp;Book…</source>
        <translation>Absender zum Adress&amp;buch hinzufügen …</translation>
    </message>
    <message>
        <source>Add Recipient to Address B&amp;ook…</source>
        <translation>Empfänger zum Adressb&amp;uch hinzufügen …</translation>
    </message>
    <message>
        <source>This network has no explorer: add its URL in the network&apos;s settings.</source>
        <translation>Dieses Netzwerk hat keinen Explorer: Fügen Sie seine URL in den Einstellungen des Netzwerks hinzu.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <extracomment>%1 is what was copied (an address, a hash, an amount).</extracomment>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>This network has no explorer to open the transaction in.</source>
        <translation>Dieses Netzwerk hat keinen Explorer, um die Transaktion darin zu öffnen.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>My account</source>
        <extracomment>What the transfers page watches: the transfers of the current account.</extracomment>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>All transfers of %1</source>
        <extracomment>What the transfers page watches: every transfer of one token (%1: its symbol).</extracomment>
        <translation>Alle Transfers von %1</translation>
    </message>
    <message>
        <source>Transfer monitor state</source>
        <translation>Zustand der Transferüberwachung</translation>
    </message>
</context>
<context>
    <name>seismic::app::TrayNotifier</name>
    <message>
        <source>&amp;Hide Window</source>
        <translation>Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>Fenster an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>seismic::app::TxHistoryModel</name>
    <message>
        <source>Encrypting…</source>
        <translation>Verschlüsseln …</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signieren …</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Transaction status: sent to the network, not yet in a block.</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Confirmed in block %1</source>
        <translation>Bestätigt in Block %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Transaction status: not included before its expiry block.</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: the contract function a transaction called.</extracomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Token contract %1</source>
        <extracomment>%1 is the address of a token contract.</extracomment>
        <translation>Token-Vertrag %1</translation>
    </message>
    <message>
        <source>Shielded: the calldata was encrypted</source>
        <translation>Abgeschirmt: Die Aufrufdaten wurden verschlüsselt</translation>
    </message>
    <message>
        <source>Transparent: the calldata is public</source>
        <translation>Transparent: Die Aufrufdaten sind öffentlich</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column header: who receives the tokens, or the contract called.</extracomment>
        <translation>An</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Verbrauchtes Gas</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Transaction status: the node refused it; %1 says why.</extracomment>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Transaction status: another transaction with its nonce (a speed-up or cancellation) was confirmed instead.</extracomment>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <extracomment>A transaction in the history: %1 is an amount with its symbol, %2 the recipient.</extracomment>
        <translation>%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>Called %1 on %2</source>
        <extracomment>A transaction in the history: %1 is a contract function&apos;s name, %2 the contract.</extracomment>
        <translation>%1 auf %2 aufgerufen</translation>
    </message>
    <message>
        <source>Registered a viewing key</source>
        <translation>Sichtschlüssel registriert</translation>
    </message>
    <message>
        <source>Cancelled the transaction with nonce %1</source>
        <extracomment>A transaction in the history: %1 is the nonce of the transaction it cancelled.</extracomment>
        <translation>Transaktion mit Nonce %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>seismic::app::TxHistoryStore</name>
    <message>
        <source>The transaction history cannot be read; it is left as it is and new transactions are not kept.</source>
        <translation>Der Transaktionsverlauf kann nicht gelesen werden; er bleibt unverändert, und neue Transaktionen werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>A change of the transaction history was not kept.</source>
        <translation>Eine Änderung des Transaktionsverlaufs wurde nicht gespeichert.</translation>
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
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
</context>
<context>
    <name>seismic::app::ViewingKeyPage</name>
    <message>
        <source>Unknown: unlock the account and connect to a network to read the Directory.</source>
        <translation>Unbekannt: Entsperren Sie das Konto und verbinden Sie sich mit einem Netzwerk, um das Directory zu lesen.</translation>
    </message>
    <message>
        <source>Reading the Directory…</source>
        <translation>Das Directory wird gelesen …</translation>
    </message>
    <message>
        <source>No viewing key registered: SRC20 amounts stay encrypted on the Transfers page.</source>
        <translation>Kein Sichtschlüssel registriert: SRC20-Beträge bleiben auf der Seite „Transfers“ verschlüsselt.</translation>
    </message>
    <message>
        <source>Registered: SRC20 amounts sent to or from this account are decrypted on the Transfers page.</source>
        <translation>Registriert: SRC20-Beträge, die an dieses oder von diesem Konto gesendet werden, werden auf der Seite „Transfers“ entschlüsselt.</translation>
    </message>
    <message>
        <source>Registering a new viewing key (a shielded transaction)…</source>
        <translation>Ein neuer Sichtschlüssel wird registriert (eine abgeschirmte Transaktion) …</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the error.</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown instead of a value that is not known.</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Generate and Register a New Key</source>
        <translation>Neuen Schlüssel erzeugen und &amp;registrieren</translation>
    </message>
    <message>
        <source>&amp;Generate and Register</source>
        <translation>Erzeugen und &amp;registrieren</translation>
    </message>
    <message>
        <source>Replace the Viewing Key</source>
        <translation>Sichtschlüssel ersetzen</translation>
    </message>
    <message>
        <source>This account already has a viewing key. Transfers encrypted under it will no longer be decrypted here. Register a new one?</source>
        <translation>Dieses Konto hat bereits einen Sichtschlüssel. Damit verschlüsselte Transfers werden hier nicht mehr entschlüsselt. Möchten Sie einen neuen registrieren?</translation>
    </message>
    <message>
        <source>The viewing key was not registered: %1</source>
        <translation>Der Sichtschlüssel wurde nicht registriert: %1</translation>
    </message>
    <message>
        <source>Confirm the Viewing Key Registration</source>
        <translation>Registrierung des Sichtschlüssels bestätigen</translation>
    </message>
    <message>
        <source>The viewing key registration was sent; follow it in the history.</source>
        <translation>Die Registrierung des Sichtschlüssels wurde gesendet; verfolgen Sie sie im Verlauf.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This watch-only account&apos;s SRC20 amounts open with the viewing key you gave (set or remove it on the Accounts page).</source>
        <translation>Die SRC20-Beträge dieses beobachteten Kontos öffnen sich mit dem Sichtschlüssel, den Sie angegeben haben (festlegen oder entfernen auf der Seite „Konten“).</translation>
    </message>
    <message>
        <source>This watch-only account has no viewing key here: its SRC20 transfers are listed without amounts. Give it one on the Accounts page.</source>
        <translation>Dieses beobachtete Konto hat hier keinen Sichtschlüssel: Seine SRC20-Transfers werden ohne Beträge aufgeführt. Geben Sie ihm einen auf der Seite „Konten“.</translation>
    </message>
</context>
<context>
    <name>seismic::app::ViewingKeyService</name>
    <message>
        <source>Unlock the account and wait for the connection to register a viewing key.</source>
        <translation>Entsperren Sie das Konto und warten Sie auf die Verbindung, um einen Sichtschlüssel zu registrieren.</translation>
    </message>
    <message>
        <source>The registration did not succeed: %1</source>
        <extracomment>%1 is the transaction&apos;s status, e.g. &quot;Failed: execution reverted&quot;.</extracomment>
        <translation>Die Registrierung ist nicht gelungen: %1</translation>
    </message>
</context>
</TS>
