// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/CancelToken.h"
#include "rpc/Subscription.h"

#include <QPointer>

#include <chrono>

#include <memory>

namespace seismic::rpc {

class RpcClient;

// "newHeads" without a push channel: polls eth_blockNumber every pollInterval() and delivers
// every new block (eth_getBlockByNumber, fetched as one batch) in order. After a failed poll it
// resumes from the last delivered block; only a gap wider than it fetches at once is skipped,
// and that is announced with reconnected(). polled() reports each poll the node answered, so
// that a watchdog can tell a quiet chain from a dead node.
class BlockPollingSubscription : public Subscription
{
    Q_OBJECT

public:
    static constexpr std::uint64_t kMaxBlocksPerPoll = 64;

    static QCoro::Task<Result<std::unique_ptr<Subscription>>>
    start(RpcClient* client, QJsonArray params, std::chrono::milliseconds pollInterval,
          CancelToken cancel);
    ~BlockPollingSubscription() override;

    QCoro::Task<Status> unsubscribe() override;

    std::chrono::milliseconds pollInterval() const { return m_pollInterval; }
    // From the next poll on (the chain's block time is learnt as it goes).
    void setPollInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    // A poll was answered: the node is there, whether or not it had a new block.
    void polled(std::uint64_t head);

private:
    BlockPollingSubscription(RpcClient* client, QJsonArray params,
                             std::chrono::milliseconds pollInterval, std::uint64_t head);
    QCoro::Task<> run();
    // Stops polling for good (unsubscribed, or the client closed or went away).
    void end();

    QPointer<RpcClient> m_client;
    std::chrono::milliseconds m_pollInterval;
    std::uint64_t m_lastBlock;
    CancelSource m_stop;
    bool m_stopped = false;
};

} // namespace seismic::rpc
