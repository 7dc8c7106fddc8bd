// SPDX-License-Identifier: MIT
#pragma once

#include "client/ConnectionStatus.h"
#include "client/HeadBlock.h"
#include "core/Error.h"
#include "core/FixedBytes.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>

namespace seismic::rpc {
class HeadSubscription;
struct Block;
} // namespace seismic::rpc

namespace seismic::client {

class PublicClient;

// The chain head of one connection, shared by everything that needs "now": the status bar,
// balances, receipt tracking, the transfer watcher's live edge. Owned by its PublicClient.
//
// It holds ONE newHeads subscription (pushed over WebSocket, polled over HTTP every
// pollInterval(): half the chain's block time within [0.5 s, 4 s], as viem does, unless
// ClientOptions::headPollInterval fixes it), the latest head, the timestamps of recent heads,
// and a liveness watchdog: the subscription reporting a lost connection (a WebSocket close,
// failed polls) makes the status Reconnecting at once; so does silence (no head and no answered
// poll for ClientOptions::livenessWindow, then a probe unanswered within
// ClientOptions::livenessProbeTimeout).
//
// On every connect and recovery it checks the chain's identity (chain id and genesis hash): a
// different chain behind the same endpoint is announced with chainChanged(), and from then on
// the head is that chain's, whatever its number.
class ChainHead : public QObject
{
    Q_OBJECT

public:
    // Heads whose timestamps are remembered (blockTimestamp(), blockTime()).
    static constexpr std::size_t kRecentHeads = 256;
    static constexpr std::chrono::milliseconds kMinPollInterval{500};
    static constexpr std::chrono::milliseconds kMaxPollInterval{4'000};

    // A child of `client`. Nothing happens until start().
    explicit ChainHead(PublicClient* client);
    ~ChainHead() override;

    // Subscribes and checks the chain (once; later calls do nothing). PublicClient::head()
    // calls it for the first consumer.
    void start();
    bool isStarted() const { return m_started; }

    ConnectionStatus status() const { return m_status; }
    // Why the status is Reconnecting or Failed.
    const std::optional<Error>& lastError() const { return m_lastError; }
    // The newest head of the current chain; nothing before the first.
    const std::optional<HeadBlock>& latest() const { return m_latest; }
    // latest()'s number, 0 before the first head.
    std::uint64_t number() const { return m_latest ? m_latest->number : 0; }
    std::optional<std::uint64_t> chainId() const { return m_chainId; }
    const std::optional<Hash>& genesisHash() const { return m_genesis; }
    // The timestamp (seconds since the epoch) of a recent head, if it was seen.
    std::optional<std::uint64_t> blockTimestamp(std::uint64_t number) const;
    // The average time between recent blocks, once two blocks are known.
    std::optional<std::chrono::milliseconds> blockTime() const { return m_blockTime; }
    // How often heads are polled over a transport that cannot push.
    std::chrono::milliseconds pollInterval() const;
    // Half the block time, clamped to [kMinPollInterval, kMaxPollInterval] (viem's rule).
    static std::chrono::milliseconds pollIntervalFor(std::chrono::milliseconds blockTime);

Q_SIGNALS:
    // A new head of the current chain (after chainChanged() when the chain changed).
    void newHead(const seismic::client::HeadBlock& head);
    void statusChanged(seismic::client::ConnectionStatus status);
    // The node now follows another chain (another genesis or chain id): everything read from
    // the previous one is stale. latest() and chainId() are the new chain's already.
    void chainChanged(std::uint64_t chainId);

private:
    QCoro::Task<> checkChain();
    QCoro::Task<> probe();
    void onHead(const rpc::Block& block);
    void onSubscriptionState();
    void setHead(HeadBlock head, bool announce);
    void signOfLife();
    void lose(Error reason, ConnectionStatus status = ConnectionStatus::Reconnecting);
    void recover();
    void setStatus(ConnectionStatus status);
    void measureBlockTime();
    void applyPollInterval();
    void dropSubscription();

    QPointer<PublicClient> m_client;
    std::unique_ptr<rpc::HeadSubscription> m_heads;
    bool m_started = false;
    // One chain check (and subscription) at a time; heads wait for its result.
    bool m_checking = false;
    // The highest head the stream brought during the check: the chain's if the check finds the
    // chain unchanged (the check's own answer may predate it).
    std::optional<HeadBlock> m_heldHead;
    bool m_probing = false;
    ConnectionStatus m_status = ConnectionStatus::NotConnected;
    std::optional<Error> m_lastError;
    std::optional<HeadBlock> m_latest;
    std::optional<std::uint64_t> m_chainId;
    std::optional<Hash> m_genesis;
    // Timestamps by block number, of recent heads.
    std::map<std::uint64_t, std::uint64_t> m_timestamps;
    std::optional<std::chrono::milliseconds> m_blockTime;
    QTimer m_watchdog;
};

} // namespace seismic::client
