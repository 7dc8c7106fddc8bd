// SPDX-License-Identifier: MIT
#pragma once

#include "seismic/ChainPreset.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace seismic::app {

// A network the app can connect to: a built-in preset or one the user added, with several
// endpoints of each kind that the client uses as a pool with failover.
struct NetworkConfig
{
    Q_DECLARE_TR_FUNCTIONS(NetworkConfig)

public:
    QString name;
    quint64 chainId = 0;
    QStringList httpUrls; // at least one
    QStringList wsUrls;   // may be empty: subscriptions then fall back to polling
    bool builtIn = false;
    // The user accepted plain http:// and ws:// endpoints on other computers for this network:
    // the traffic and the node's TEE key can then be read and replaced on the way, so the UI
    // warns wherever the network is shown. Loopback endpoints never need it.
    bool allowUnencrypted = false;
    // The network's block explorer: a URL template in which {kind} is "tx" or "address" (the
    // EIP-3091 routes) and {id} the hash or address, or a base URL that the routes are appended
    // to. Empty: no explorer (a devnet, unless configured).
    QString explorerUrl;

    // The Seismic testnet's explorer, as seismic-viem's chain definitions name it.
    static constexpr const char* kSeismicTestnetExplorer =
        "https://seismic-testnet.socialscan.io/{kind}/{id}";

    // What an explorer link shows.
    enum class ExplorerItem
    {
        Transaction,
        Address,
    };

    static NetworkConfig fromPreset(const ChainPreset& preset);
    // The explorer's page for a transaction hash or an address (0x-hex); empty without an
    // explorer or with a template that does not make an http(s) URL.
    QUrl explorerLink(ExplorerItem item, const QString& id) const;

    // What makes this network unusable, translated, or an empty string when it is usable.
    QString problem() const;
    // What is wrong with one endpoint URL (it must be http(s) or ws(s) with a host, and encrypted
    // unless `allowUnencrypted` or on this computer), translated, or an empty string. The URL is
    // named by endpointName(): the message may reach the status bar and the log.
    static QString endpointProblem(const QString& url, bool allowUnencrypted = false);
    // Some endpoint is plain http:// or ws:// to another computer (allowed, or it would be a
    // problem): the UI shows a warning.
    bool usesUnencryptedRemote() const;
    // The warning shown wherever such a network is, translated.
    static QString unencryptedWarning();
    // The endpoints as the UI shows them, one per line, each named by endpointName().
    QString endpointsText() const;
    static bool isWebSocketUrl(const QString& url);

    friend bool operator==(const NetworkConfig&, const NetworkConfig&) = default;
};

} // namespace seismic::app
