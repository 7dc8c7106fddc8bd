// SPDX-License-Identifier: MIT
#pragma once

#include "client/WalletClient.h"
#include "core/Error.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace seismic::rpc {
class HeadSubscription;
struct Block;
} // namespace seismic::rpc

namespace seismic::app {

class ChainModel;
class SettingsModel;
class WalletModel;

// The connection to the selected network: a client::WalletClient while an account is unlocked,
// a read-only client::PublicClient otherwise. It (re)connects whenever the chain model's network,
// the connection settings or the unlocked account change, and feeds the chain model: connecting,
// connected to chain N at block B (newHeads, pushed or polled), reconnecting, failed with the
// last error. A switch closes and destroys the previous client; clientChanged() then tells the
// services holding on to it to let go and start again with the new one.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBlockTimes = 256;

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
    // The newest block of the current connection (known before clientChanged() announces it);
    // 0 when not connected.
    std::uint64_t blockNumber() const { return m_blockNumber; }
    // When a recent block (one of the last kBlockTimes heads) was made, if it was seen.
    std::optional<QDateTime> blockTime(std::uint64_t number) const;

    // The client options of the chain model's network under the current connection settings.
    static Result<client::ClientOptions> optionsFor(const ChainModel& chain,
                                                    const SettingsModel& settings);

    // Offline, the session holds no client and leaves the chain model alone (for views driven
    // by hand, as the GUI tests do); online again, it connects. Online from the start.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

public Q_SLOTS:
    // Drops the current client and connects again (with the current network and account).
    void reconnect();

Q_SIGNALS:
    // The current client was replaced (or dropped): services re-read walletClient()/publicClient().
    void clientChanged();
    // A new block header arrived on the current connection.
    void newBlock(std::uint64_t number);

private:
    void queueReconnect();
    QCoro::Task<> connectTask(std::uint64_t generation);
    QCoro::Task<> followHeads(std::uint64_t generation);
    void onHead(const rpc::Block& head);
    QCoro::Task<> pollBlockNumber();
    void dropClient();
    void adopt(std::unique_ptr<client::PublicClient> client, client::WalletClient* wallet);
    void fail(const Error& error);
    void setBlockNumber(std::uint64_t number);
    void onStateChanged();

    SettingsModel& m_settings;
    ChainModel& m_chain;
    WalletModel& m_wallet;
    std::unique_ptr<client::PublicClient> m_client;
    client::WalletClient* m_walletClient = nullptr;
    std::unique_ptr<rpc::HeadSubscription> m_heads;
    std::uint64_t m_blockNumber = 0;
    QHash<std::uint64_t, QDateTime> m_blockTimes;
    std::uint64_t m_generation = 0;
    bool m_reconnectQueued = false;
    bool m_polling = false;
    bool m_online = true;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_retryDelay{0};
};

} // namespace seismic::app
