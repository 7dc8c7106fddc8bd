// SPDX-License-Identifier: MIT
#pragma once

#include "rpc/CancelToken.h"
#include "rpc/Subscription.h"

#include <QPointer>

#include <memory>

namespace seismic::rpc {

class RpcClient;

// "newHeads" without a push channel: polls eth_blockNumber every ClientSettings::pollInterval
// and delivers every new block (eth_getBlockByNumber, fetched as one batch) in order. After a
// failed poll it resumes from the last delivered block; only a gap wider than it fetches at
// once is skipped, and that is announced with reconnected().
class BlockPollingSubscription : public Subscription
{
    Q_OBJECT

public:
    static constexpr std::uint64_t kMaxBlocksPerPoll = 64;

    static QCoro::Task<Result<std::unique_ptr<Subscription>>>
    start(RpcClient* client, QJsonArray params, CancelToken cancel);
    ~BlockPollingSubscription() override;

    QCoro::Task<Status> unsubscribe() override;

private:
    BlockPollingSubscription(RpcClient* client, QJsonArray params, std::uint64_t head);
    QCoro::Task<> run();
    // Stops polling for good (unsubscribed, or the client closed or went away).
    void end();

    QPointer<RpcClient> m_client;
    std::uint64_t m_lastBlock;
    CancelSource m_stop;
    bool m_stopped = false;
};

} // namespace seismic::rpc
