<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressBookCsv</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number of the imported file, %2 what is wrong with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB: it is no address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected a label and an address, found %n field(s)</source>
        <translation>
            <numerusform>expected a label and an address, found %n field</numerusform>
            <numerusform>expected a label and an address, found %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <extracomment>%1 is an address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop wallet and live token-transfer monitor for the Seismic chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep accounts and settings in &lt;directory&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <extracomment>Placeholder of a command-line option&apos;s value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the network &lt;name&gt; (or the one with that chain ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the key file &lt;file&gt; (raw hex key or keystore) at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of &lt;file&gt;: it opens the imported key file, protects the imported account, and unlocks the last account at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the user interface in &lt;language&gt;, e.g. de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a WebSocket URL; use --ws-url for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a WebSocket URL (ws:// or wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the token contract at &lt;address&gt; to the balances once the account is unlocked (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the HTTP endpoint for this session, instead of all of the network&apos;s endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the WebSocket endpoint for this session, instead of all of the network&apos;s endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a keystore&apos;s key derivation take up to &lt;MiB&gt; mebibytes (default %1, at most %2): only for keystores written with a higher cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of MiB from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the name of a network.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to chain %1 at block %2</source>
        <extracomment>%1 is a chain ID, %2 a block number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <extracomment>%1 is the last error, as the network layer describes it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain changed: now chain %1 at block %2</source>
        <extracomment>%1 is a chain ID, %2 a block number. The node was reset to a new chain.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting (%1)…</source>
        <extracomment>%1 is why the connection was lost, as the network layer describes it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new account with a fresh random private key. It is stored encrypted under the password you choose here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the key is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Transactions you send from this account appear here, with their progress: encrypting, signing, sent, confirmed, failed or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Transaction Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected transaction&apos;s hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history to a CSV or JSON lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;get History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this account&apos;s history on this network from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pending transaction to speed it up (the same transaction at a higher fee) or cancel it (a transfer of nothing to yourself at a higher fee, with its nonce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed &amp;Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Tra&amp;nsaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history: words, status, address or hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the transactions whose words, status, address or hash contain this text; the export follows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key from a file: a raw hex key (64 hex digits) or a keystore (Web3 Secret Storage v3, as geth, cast wallet and MetaMask write it). The key is then kept only encrypted, under a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <extracomment>The password a keystore file was saved with.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Minimum log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <extracomment>Followed by the minimum log level to show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key from a raw hex key file or a keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account with a fresh random key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock an account with its password, or switch to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the account: its private key is wiped from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, network and balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch token transfers live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions sent from this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <extracomment>The page with the application log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks, connection and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions, connection state and the recent log to the clipboard, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Seismic Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Viewing Key</source>
        <extracomment>The page of the key that decrypts SRC20 amounts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewing key that decrypts this account&apos;s SRC20 amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the account’s address to receive tokens: large, copyable and as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>The network needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ID must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network needs at least one HTTP or HTTPS endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a WebSocket endpoint, not an HTTP endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an HTTP endpoint, not a WebSocket endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint must start with http://, https://, ws:// or wss://.</source>
        <extracomment>The schemes are not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is unencrypted and not on this computer: anyone on the way could read and change the traffic, including the node&apos;s TEE key. Use %2://, or allow unencrypted endpoints for this network.</source>
        <extracomment>%1 is an endpoint (scheme, host and port); %2 the encrypted scheme to use instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this network uses unencrypted endpoints (http:// or ws://) on other computers. Anyone on the way can read and change the traffic, including the node&apos;s TEE key, and so read your shielded transactions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chain ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URLs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL per line: HTTP(S) endpoints for requests, WebSocket (WS/WSS) endpoints for live subscriptions. Several of each are used as a pool with failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted endpoints (http://, ws://) on other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the endpoints once and read the chain ID and the node&apos;s TEE key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet. Import a key file or create a new account to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>Whether the account is locked or unlocked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token contract address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token contract address (0x…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters.</source>
        <translation>
            <numerusform>The new password must have at least %n character.</numerusform>
            <numerusform>The new password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Confirm Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the transaction. Nothing is sent until you choose Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>The account that signs and pays the fee.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>From:</source>
        <extracomment>The account that sends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why sending is not possible yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send tokens, or call any contract function from its JSON ABI, from the current account. Shielded transactions are encrypted before they leave this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON ABI, or a build artifact with an &quot;abi&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ABI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABI file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters marked shielded are encrypted in the transaction; a function with shielded parameters is sent as a Seismic transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the last send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ca&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB&amp;I file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole balance; for the chain&apos;s coin, less the most the fees can cost</source>
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
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;attempts:</source>
        <extracomment>How often a failed request is tried, the first try included.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum attempts per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;backoff:</source>
        <extracomment>The wait before the first retry; it doubles at every further retry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base retry backoff in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;urst:</source>
        <extracomment>How many requests may go out at once before the rate limit applies.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed requests are retried with exponential backoff, and only when retrying is safe. Sent transactions are never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEE key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEE key pinned for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the new TEE key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Seismic Desktop starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent re&amp;quests:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Filter by token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token symbol or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender or recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the live table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First block of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the history from this block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History from &amp;block:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the account to unlock it. The key stays in memory until you lock the account or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewingKeyPage</name>
    <message>
        <source>Viewing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC20 tokens encrypt the amounts of their transfer events under each party&apos;s viewing key, registered in the Directory contract. With a registered key, the Transfers page shows your amounts in the clear. The key never leaves this computer unencrypted and is not stored: it is read back from the Directory when you unlock the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing key hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate and register a viewing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate and Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Directory again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app</name>
    <message>
        <source>Another instance of Seismic Desktop is using the local store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a store of Seismic Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of Seismic Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the local store %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) Transfers are shown but not kept until this is solved; the file is left as it is.</source>
        <extracomment>%1 says what is wrong with the store, %2 is the database&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::AccountsPage</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Keystore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Watch-Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch-only accounts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, current, unlocked</source>
        <extracomment>%1 is the kind of account (Key, Watch-only).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet: import a key file, create an account or add a watch-only address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No balance: not connected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the balance cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Shown instead of a balance that could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ETH</source>
        <extracomment>%1 is an amount of the native coin.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the current account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of %1:</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1 from this computer? Its keystore is moved to the backup folder %2, not deleted: the account can be imported from there again.</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account removed; its keystore is kept as %1.</source>
        <extracomment>%1 is a file&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore was not exported to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it could not be written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore exported to %1 (it still needs its password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only, with viewing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing Ke&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected watch-only account a viewing key (its own, or a provider&apos;s), so that the SRC20 amounts it opens are shown, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set From a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch-only account cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1, with a viewing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Viewing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the viewing key of %1? New SRC20 amounts of this account are no longer opened; those already shown stay in the transfer history. The key can be given again from its file.</source>
        <extracomment>%1 is an account&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewing key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a viewing key: the SRC20 amounts it opens are shown.</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewing key of %1 was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::AddressBookPage</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the address registered a viewing key in the Directory: without one, it cannot see the amounts of the SRC20 tokens sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <extracomment>The viewing key of a contact is not known (not connected, or being read).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC20 amounts sent to this address can be read by its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC20 amounts sent to this address cannot be read by its owner until it registers a viewing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the address book?</source>
        <extracomment>%1 is a contact&apos;s label, %2 its address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it cannot be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n contact imported.</numerusform>
            <numerusform>%n contacts imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 why it cannot be written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::AddressCompleter</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>An address-book entry offered while typing: %1 its label, %2 its address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::AddressEntryDialog</name>
    <message>
        <source>Add Watch-Only Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch an address without its key: its balance and transfers are shown, nothing can be sent from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is shown wherever the address appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an address (0x and 40 hexadecimal digits, with a valid checksum if mixed case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is already listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Viewing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this watch-only account a viewing key: the SRC20 amounts it opens are shown on the Transfers page, also those stored before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a viewing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Viewing key file (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Viewing key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file with 32 bytes as hex (64 hexadecimal digits). The account&apos;s own viewing key opens the SRC20 amounts sent to or from it; an intelligence provider&apos;s key opens what that provider can read. The key is kept in this computer&apos;s store until you remove it or the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Viewing Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no viewing key: it needs 64 hexadecimal digits (32 bytes), optionally with 0x.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::AmountText</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: write digits, with “%2” before any decimals.</source>
        <extracomment>%1 is what the user typed, %2 the decimal mark of the language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could mean %2 or %3. Write it without thousands separators, with “%4” before any decimals.</source>
        <extracomment>%1 is what the user typed, %2 and %3 the two amounts it could mean, %4 the language&apos;s decimal mark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This token allows %n decimal(s); the amount has more.</source>
        <translation>
            <numerusform>This token allows %n decimal; the amount has more.</numerusform>
            <numerusform>This token allows %n decimals; the amount has more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::BalanceService</name>
    <message>
        <source>Ether</source>
        <extracomment>The native coin of Seismic networks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account and connect to a network to add a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::ChartsPage</name>
    <message>
        <source>Transfers per minute, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume per minute, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s balance from its transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of the token over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s) in the last hour</source>
        <extracomment>The accessible description of the transfers-per-minute chart.</extracomment>
        <translation>
            <numerusform>%Ln transfer in the last hour</numerusform>
            <numerusform>%Ln transfers in the last hour</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume of %1</source>
        <extracomment>The accessible description of the volume chart; %1 is a token symbol.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is the net flow of the account&apos;s transfers since the first one the app saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account: there is no balance to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s) of %1 with an amount hidden by encryption are counted but not in the volume.</source>
        <extracomment>%1 is a token symbol.</extracomment>
        <translation>
            <numerusform>%Ln transfer of %1 with an amount hidden by encryption is counted but not in the volume.</numerusform>
            <numerusform>%Ln transfers of %1 with an amount hidden by encryption are counted but not in the volume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the account&apos;s transfers have a hidden amount: the balance leaves them out.</source>
        <translation>
            <numerusform>%Ln of the account&apos;s transfers has a hidden amount: the balance leaves it out.</numerusform>
            <numerusform>%Ln of the account&apos;s transfers have a hidden amount: the balance leaves them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %L1 tokens are charted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::CreateAccountDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is stored encrypted in %1. Back up this folder: without it and the password, the account cannot be recovered.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key and encrypting it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::DesktopSession</name>
    <message>
        <source>The key file was not imported: %1</source>
        <extracomment>%1 says why, e.g. &quot;Wrong password.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network named %1; the networks are: %2</source>
        <extracomment>%1 is what the user asked for, %2 the names of the known networks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoints of --rpc-url and --ws-url cannot be used for %1: %2</source>
        <extracomment>%1 is the selected network&apos;s name, %2 what is wrong with the endpoints.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::ErrorText</name>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is malformed and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key or signature was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be decrypted with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server’s host name was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server’s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not follow the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code such as 503.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server’s answer is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract reverted the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction expired before a block included it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node presents another TEE key than the one trusted for this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the technical detail of an error, in English as the library wrote it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is what went wrong, %2 the technical detail in English as the library wrote it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::ExportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::FirstRunDialog</name>
    <message>
        <source>Welcome to Seismic Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network to connect to. You can switch networks later from the status bar or in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Seismic testnet (%1)</source>
        <extracomment>%1 is the testnet&apos;s host name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;local node on this computer (%1)</source>
        <extracomment>%1 is the node&apos;s URL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A c&amp;ustom network: its endpoints and chain ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::HistoryPage</name>
    <message>
        <source>Copy Transaction Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transaction to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <extracomment>%1 is a transaction hash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Transaction History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON lines (*.jsonl *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no history is kept for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s) to %1.</source>
        <translation>
            <numerusform>Exported %n transaction to %1.</numerusform>
            <numerusform>Exported %n transactions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Transaction History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the history of the transactions sent from this account on this network from this computer? The transactions stay on the chain; new ones are kept again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) forgotten.</source>
        <translation>
            <numerusform>%n transaction forgotten.</numerusform>
            <numerusform>%n transactions forgotten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pending transaction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was replaced: %1</source>
        <extracomment>%1 says why, e.g. the node&apos;s answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed Up the Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed-up was sent; whichever is mined first counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation was sent; whichever is mined first counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the transaction stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1</source>
        <extracomment>%1 is a function&apos;s signature as signed, e.g. &quot;setNumber(uint256)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the earlier transaction with nonce %1</source>
        <extracomment>%1 is the nonce the transaction shares with the one it replaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::ImportKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore (Web3 Secret Storage v3): enter the password it was saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw hex private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the key under the new password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::LogModel</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Log level.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Log level (Qt&apos;s &quot;critical&quot; messages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Column header: the logging category (component) of a message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::LogPage</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::MainWindow</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain %1</source>
        <extracomment>%1 is a chain ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seismic Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seismic Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop wallet and live token-transfer monitor for the Seismic chain: shielded transactions, SRC20 tokens with encrypted amounts, viewing keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT license.&lt;/p&gt;</source>
        <extracomment>%1 is the version of this application, %2 the version of Qt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unencrypted)</source>
        <extracomment>%1 is a network&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s encryption key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node of %1 presents a TEE key other than the one this app trusted before. Shielded sends and signed reads are off until you accept the new key: whoever holds its private key could read what you send.</source>
        <extracomment>%1 is a network&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted key: %1
New key: %2

Accept it only if the network&apos;s operators announced a new key.</source>
        <extracomment>%1 and %2 are public keys in hex.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Transfer History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild keeps the file beside it as a backup, starts a fresh store and fills it again from the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was rebuilt; the old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Transfer History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored transfers of this account on this network from this computer? New transfers are still kept as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) forgotten.</source>
        <translation>
            <numerusform>%n transfer forgotten.</numerusform>
            <numerusform>%n transfers forgotten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers, volume and balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seismic Desktop keeps watching transfers in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (watch-only)</source>
        <extracomment>%1 is a shortened account address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: it is now the current account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::NetworkDialog</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 what is wrong with the URL on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a network named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: chain %1, TEE key %2</source>
        <extracomment>%1 is a chain ID, %2 the node&apos;s TEE public key in hex.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::NotificationRules</name>
    <message>
        <source>The minimum amount is not a plain decimal number, such as 1000 or 0.5.</source>
        <extracomment>The minimum amount of the notification rules, e.g. &quot;1,5&quot; or &quot;-3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::NotificationSettingsTab</name>
    <message>
        <source>&amp;Notify about incoming transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;my accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To watch-only a&amp;ddresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep watching in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens to notify about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A token in the notification settings: %1 its symbol, %2 its contract address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In whole tokens, as a plain number such as 1000 or 0.5. A transfer whose amount is encrypted under a key you do not hold cannot be shown to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: every token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token: this network has no tokens to choose from yet (add them on the Overview page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sende&amp;rs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only transfers that arrive while watching are told, never those loaded from history; several within a few seconds come as one notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender %1 is not an address.</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::OverviewPage</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked: the private key is in memory, and this app can sign with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the private key exists only encrypted on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or create an account to see its balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a network to see balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address to the clipboard, to share it and receive tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token&apos;s name, symbol and decimals on chain and add its balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account and connect to a network to add tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a contract address: %1</source>
        <extracomment>%1 says what is wrong with the address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <extracomment>%1 is a token symbol, %2 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only: no private key, nothing can be sent. This watch-only account&apos;s SRC20 amounts open with the viewing key you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only: no private key, nothing can be sent. Without a viewing key its SRC20 amounts stay hidden: give one on the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::PendingTransactionsModel</name>
    <message>
        <source>Pending (does not expire)</source>
        <extracomment>A pending transparent transaction: it waits until it is mined or replaced.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: expires after block %1</source>
        <extracomment>%1 is the last block that may include a pending shielded transaction.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired after block %1; waiting for the node</source>
        <extracomment>%1 is a block number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pending: expires in %n block(s) (after block %1)</source>
        <extracomment>%n is the number of blocks left, %1 the last block that may include the transaction.</extracomment>
        <translation>
            <numerusform>Pending: expires in %n block (after block %1)</numerusform>
            <numerusform>Pending: expires in %n blocks (after block %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this address to receive the chain’s coin and tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders of SRC20 tokens can show you the amount: this account has a viewing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders of SRC20 tokens cannot show you the amount: this account has no viewing key yet (register one on the Viewing Key page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether senders of SRC20 tokens can show you the amount is not known yet: it needs the unlocked account, connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::SendConfirmDialog</name>
    <message>
        <source>%1 = %2 (shielded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (token contract %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gwei</source>
        <extracomment>%1 is a gas price in gwei.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an amount, %2 the symbol of the chain&apos;s coin.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the chain is at block %2)</source>
        <extracomment>%1 is the expiry block, %2 the latest block when it was prepared.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire (transparent transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shielded: the calldata is encrypted for the network (Seismic transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent: the calldata is public (EIP-1559 transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent: the calldata is public (legacy transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees per gas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 gwei (priority fee %2 gwei)</source>
        <extracomment>%1 is the most paid per gas, %2 the part of it that goes to the block producer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new viewing key in the Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>%1 is the recipient&apos;s name in the address book, %2 its address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random key (shielded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::SendController</name>
    <message>
        <source>Estimating gas and fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 says why, e.g. the decoded revert reason of the estimate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the recipient&apos;s viewing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Viewing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no viewing key registered in the Directory: the recipient will receive the %2 but cannot see the amount until it registers one.</source>
        <extracomment>%1 is the recipient (name and address), %2 a token&apos;s symbol.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <extracomment>%1 says why, e.g. the decoded revert reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned:
%2</source>
        <extracomment>%1 is a function&apos;s signature, %2 what it returned, one &quot;name = value&quot; per line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum leaves %1 for the fees.</source>
        <extracomment>%1 is the most the fees can cost, with the coin&apos;s symbol.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::SendFormValidator</name>
    <message>
        <source>Import or create an account to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a network to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send yet: no balances were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient’s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is more than the balance (%1 %2).</source>
        <extracomment>%1 is an amount, %2 a token symbol.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contract’s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ABI file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contract’s ABI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter in the ABI file field to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value for every argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a watch-only account: without its key nothing can be sent from it. Switch to an account with a key on the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::SendPage</name>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, shielded)</source>
        <extracomment>%1 is a parameter name, %2 its type; shielded parameters are encrypted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1; waiting for a block.</source>
        <extracomment>%1 is a transaction hash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed in block %1 (gas used %2): %3</source>
        <extracomment>%1 is a block number, %2 the gas the transaction used, %3 its hash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed in block %1 (gas used %2): %3</source>
        <extracomment>%1 is a block number, %2 the gas used, %3 the revert reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Contract’s ABI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <extracomment>%1 is a parameter with its type.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this read-only function (a signed read when its inputs are shielded) and show what it returns; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <extracomment>%1 says which transaction used the nonce.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::SendService</name>
    <message>
        <source>Not connected: sending needs a connection to the network with the account unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection signs for another account; wait until it has reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application stopped while sending it; whether it reached the network is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce %1 was used by another transaction meanwhile; review the send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a transaction that was sent and is still pending can be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A viewing key registration cannot be sped up (its key is not kept): cancel it and register a new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::SettingsDialog</name>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a duration, with its leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit suffix of the rate limit, with its leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain %1</source>
        <extracomment>%1 is a chain ID; the endpoints follow on the next lines.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings cannot be saved; see the log for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this session, the endpoints from the command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: the first key a node presents is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node now presents another key, %1: shielded sends and signed reads are off until you accept it.</source>
        <extracomment>%1 is a public key in hex.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <extracomment>The settings tab of transfer notifications and the system tray.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit suffix of the inactivity time, with its leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The automatic lock is off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse input in the app for this long, the wallet locks and its key is wiped from memory; the password unlocks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TokenPickerModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A token in the picker: %1 its symbol, %2 the account&apos;s balance of it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TokenTableModel</name>
    <message>
        <source>Native coin</source>
        <extracomment>Type of a balance: the chain&apos;s own coin, not a token contract.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERC20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC20 (shielded)</source>
        <extracomment>SRC20 is Seismic&apos;s token standard with encrypted amounts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet: a shielded balance needs the unlocked account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: native coin, ERC20 or SRC20.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferNotifications</name>
    <message>
        <source>Incoming transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln incoming transfer(s)</source>
        <translation>
            <numerusform>%Ln incoming transfer</numerusform>
            <numerusform>%Ln incoming transfers</numerusform>
        </translation>
    </message>
    <message>
        <source>An encrypted amount of %1 from %2</source>
        <extracomment>%1 is a token symbol, %2 the sender&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <extracomment>%1 is an amount, %2 a token symbol, %3 the sender&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new transfer(s) of %1</source>
        <extracomment>%1 is a token symbol.</extracomment>
        <translation>
            <numerusform>%Ln new transfer of %1</numerusform>
            <numerusform>%Ln new transfers of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>other tokens: %L1</source>
        <extracomment>How many transfers of a token: %1 the token symbol, %2 the count.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new transfer(s): %1</source>
        <extracomment>%1 lists how many of each token, e.g. &quot;SDT: 5, USDC: 2&quot;.</extracomment>
        <translation>
            <numerusform>%Ln new transfer: %1</numerusform>
            <numerusform>%Ln new transfers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferTableModel</name>
    <message>
        <source>encrypted</source>
        <extracomment>Shown instead of an SRC20 amount that cannot be decrypted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: a chain reorganisation dropped this transfer&apos;s block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column header: the sender of a transfer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column header: the recipient of a transfer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an address book label, %2 the labelled address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new tokens)</source>
        <extracomment>Shown as the sender of a mint instead of the zero address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(burned)</source>
        <extracomment>Shown as the recipient of a burn instead of the zero address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a block time in UTC.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not say when this block was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %L1
%2</source>
        <extracomment>%L1 is a block number, %2 its hash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mint: new tokens, from the zero address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A burn: tokens destroyed, sent to the zero address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No viewing key of yours opens this amount. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3 base units</source>
        <extracomment>%1 is the amount in whole tokens, %2 the symbol, %3 the amount in base units.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
log %2</source>
        <extracomment>%1 is a transaction hash; %2 the index of the transfer&apos;s first log in its block.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Column header: in, out, self, mint or burn, relative to the account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <extracomment>Column header: who can read an SRC20 amount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TransferText</name>
    <message>
        <source>in</source>
        <extracomment>Direction of a transfer: to the watched account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Direction of a transfer: from the watched account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self</source>
        <extracomment>Direction of a transfer: from the watched account to itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mint</source>
        <extracomment>Direction of a transfer: new tokens created (from the zero address).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burn</source>
        <extracomment>Direction of a transfer: tokens destroyed (sent to the zero address).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Visibility of an ERC20 amount: anyone can read it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <extracomment>Visibility: the sender holds a viewing key for the amount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <extracomment>Visibility: the recipient holds a viewing key for the amount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>no one</source>
        <extracomment>Visibility: nobody registered a viewing key for this amount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERC20: anyone can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (sender and recipient) can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and the recipient can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and the sender can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender and the recipient can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you, the sender, of the two parties can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sender, of the two parties, can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you, the recipient, of the two parties can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the recipient, of the two parties, can read this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither party has a viewing key for this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n provider(s)</source>
        <extracomment>%1 says which parties can read an SRC20 amount; %n counts Intelligence providers.</extracomment>
        <translation>
            <numerusform>%1; %n provider</numerusform>
            <numerusform>%1; %n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>(only part of this transfer&apos;s events was seen: there may be more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TransfersPage</name>
    <message>
        <source>All transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for token transfers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a network to watch token transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n transfer(s)</source>
        <extracomment>%1 is the number of transfers the filters let through.</extracomment>
        <translation>
            <numerusform>%1 of %n transfer</numerusform>
            <numerusform>%1 of %n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new</source>
        <translation>
            <numerusform>paused, %n new</numerusform>
            <numerusform>paused, %n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second</source>
        <extracomment>Live transfers per second, averaged over the last seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transfer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n transfer to %1.</numerusform>
            <numerusform>Exported %n transfers to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the last %L1 blocks</source>
        <extracomment>%L1 is a number of blocks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfers of this block and later ones are loaded, then new ones stream in. Empty: the last %L1 blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching: add a token on the Overview page and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON lines (*.jsonl *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no transfers are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting transfers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>On a button over the table: rows that arrived above while the user looked elsewhere.</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Not watching: choose a token and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up (block %L1 of %L2)</source>
        <extracomment>%L1 and %L2 are block numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Copies the full value of the table&apos;s current cell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Transaction &amp;Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Sender Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Recipient Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sender to Address &amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Recipient to Address B&amp;ook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no explorer: add its URL in the network&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <extracomment>%1 is what was copied (an address, a hash, an amount).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no explorer to open the transaction in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <extracomment>What the transfers page watches: the transfers of the current account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transfers of %1</source>
        <extracomment>What the transfers page watches: every transfer of one token (%1: its symbol).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer monitor state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TrayNotifier</name>
    <message>
        <source>&amp;Hide Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TxHistoryModel</name>
    <message>
        <source>Encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Transaction status: sent to the network, not yet in a block.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Transaction status: not included before its expiry block.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: the contract function a transaction called.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token contract %1</source>
        <extracomment>%1 is the address of a token contract.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shielded: the calldata was encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent: the calldata is public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column header: who receives the tokens, or the contract called.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>Transaction status: the node refused it; %1 says why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Transaction status: another transaction with its nonce (a speed-up or cancellation) was confirmed instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <extracomment>A transaction in the history: %1 is an amount with its symbol, %2 the recipient.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1 on %2</source>
        <extracomment>A transaction in the history: %1 is a contract function&apos;s name, %2 the contract.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered a viewing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the transaction with nonce %1</source>
        <extracomment>A transaction in the history: %1 is the nonce of the transaction it cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::TxHistoryStore</name>
    <message>
        <source>The transaction history cannot be read; it is left as it is and new transactions are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the transaction history was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what failed, %2 why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::ViewingKeyPage</name>
    <message>
        <source>Unknown: unlock the account and connect to a network to read the Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No viewing key registered: SRC20 amounts stay encrypted on the Transfers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: SRC20 amounts sent to or from this account are decrypted on the Transfers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering a new viewing key (a shielded transaction)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown instead of a value that is not known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate and Register a New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate and Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Viewing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account already has a viewing key. Transfers encrypted under it will no longer be decrypted here. Register a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewing key was not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the Viewing Key Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewing key registration was sent; follow it in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This watch-only account&apos;s SRC20 amounts open with the viewing key you gave (set or remove it on the Accounts page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This watch-only account has no viewing key here: its SRC20 transfers are listed without amounts. Give it one on the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seismic::app::ViewingKeyService</name>
    <message>
        <source>Unlock the account and wait for the connection to register a viewing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration did not succeed: %1</source>
        <extracomment>%1 is the transaction&apos;s status, e.g. &quot;Failed: execution reverted&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
