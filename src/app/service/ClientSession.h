// SPDX-License-Identifier: MIT
#pragma once

#include "client/ConnectionStatus.h"
#include "client/HeadBlock.h"
#include "client/WalletClient.h"
#include "core/Error.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace seismic::app {

class ChainModel;
struct NetworkConfig;
class SettingsModel;
class WalletModel;

// The connection to the selected network: a client::WalletClient while an account is unlocked,
// a read-only client::PublicClient otherwise. It (re)connects whenever the chain model's network,
// the connection settings or the unlocked account change, and feeds the chain model from the
// client's ChainHead (the one chain head of the connection): connecting, connected to chain N at
// block B, reconnecting with the reason, failed with the reason, chain changed. The network's TEE
// key is pinned on first use (SettingsModel::teePublicKey()); a node presenting another one gets
// a read-only connection and the chain model's teeKeyConflict() until acceptTeeKey(). Each
// transition is one line in the logging category seismic.connection. A switch closes and destroys
// the previous client; clientChanged() then tells the services holding on to it to let go and start
// again with the new one.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    ClientSession(SettingsModel& settings, ChainModel& chain, WalletModel& wallet,
                  QObject* parent = nullptr);
    ~ClientSession() override;

    // The signing client; null while no account is unlocked or not connected.
    client::WalletClient* walletClient() const;
    // The client of the current connection (the wallet client when there is one); null while
    // not connected.
    client::PublicClient* publicClient() const;
    // Bumped at every switch: a task that started with one generation and finds another when it
    // resumes must drop its result.
    std::uint64_t generation() const { return m_generation; }
    // The newest block of the current connection's chain (known before clientChanged()
    // announces it); 0 when not connected.
    std::uint64_t blockNumber() const;
    // When a recent block (one of the chain head's recent heads) was made, if it was seen.
    std::optional<QDateTime> blockTime(std::uint64_t number) const;

    // The client options of the chain model's network under the current connection settings.
    static Result<client::ClientOptions> optionsFor(const ChainModel& chain,
                                                    const SettingsModel& settings);
    // The client options of any network under the current connection settings.
    static Result<client::ClientOptions> optionsFor(const NetworkConfig& network,
                                                    const SettingsModel& settings);

    // Offline, the session holds no client and leaves the chain model alone (for views driven
    // by hand, as the GUI tests do); online again, it connects. Online from the start.
    void setOnline(bool online);

public Q_SLOTS:
    // Drops the current client and connects again (with the current network and account).
    void reconnect();
    // Pins the TEE key of the chain model's teeKeyConflict() for the network and connects again,
    // with shielded sends and signed reads. Nothing when there is no conflict.
    void acceptTeeKey();

Q_SIGNALS:
    // The current client was replaced (or dropped): services re-read walletClient()/publicClient().
    void clientChanged();
    // A new head of the current connection's chain.
    void newBlock(std::uint64_t number);
    // The node behind the endpoint now follows another chain: balances, nonces, receipts,
    // the viewing-key registration and the transfers seen are the previous chain's.
    void chainChanged();

private:
    void queueReconnect();
    QCoro::Task<> connectTask(std::uint64_t generation);
    // The chain head of a client that just connected: adopted once it is Connected.
    void watch(client::PublicClient* client);
    void onHeadStatus(client::PublicClient* client);
    // Trust on first use: the first TEE key a wallet connection met on a network is pinned.
    void pinTeeKey(const client::WalletClient& wallet);
    void onHead(const client::HeadBlock& head);
    void onChainChanged();
    void dropClient();
    void adopt();
    void fail(const Error& error);
    // The chain model's status, and one seismic.connection line when it changes.
    void report(client::ConnectionStatus status, const QString& detail = {});

    SettingsModel& m_settings;
    ChainModel& m_chain;
    WalletModel& m_wallet;
    // Connected, waiting for its chain head's first check.
    std::unique_ptr<client::PublicClient> m_candidate;
    client::WalletClient* m_candidateWallet = nullptr;
    std::unique_ptr<client::PublicClient> m_client;
    client::WalletClient* m_walletClient = nullptr;
    std::uint64_t m_generation = 0;
    bool m_reconnectQueued = false;
    bool m_online = true;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_retryDelay{0};
};

} // namespace seismic::app
