// SPDX-License-Identifier: MIT
#include "rpc/BlockPollingSubscription.h"

#include "rpc/Delay.h"
#include "rpc/JsonDecode.h"
#include "rpc/RpcClient.h"
#include "rpc/WhenAll.h"

namespace seismic::rpc {

QCoro::Task<Result<std::unique_ptr<Subscription>>>
BlockPollingSubscription::start(RpcClient* client, QJsonArray params,
                                std::chrono::milliseconds pollInterval, CancelToken cancel)
{
    QPointer<RpcClient> guard(client);
    auto head = co_await client->callAs<std::uint64_t>(QStringLiteral("eth_blockNumber"), {},
                                                       decodeU64, {std::move(cancel)});
    if (!head)
        co_return std::move(head).error();
    if (!guard)
        co_return makeError(ErrorKind::Cancelled, "the RPC client is gone");
    std::unique_ptr<BlockPollingSubscription> subscription(
        new BlockPollingSubscription(client, std::move(params), pollInterval, *head));
    subscription->setState(ConnectionState::Connected);
    subscription->run();
    co_return std::unique_ptr<Subscription>(std::move(subscription));
}

BlockPollingSubscription::BlockPollingSubscription(RpcClient* client, QJsonArray params,
                                                   std::chrono::milliseconds pollInterval,
                                                   std::uint64_t head)
    : Subscription(std::move(params))
    , m_client(client)
    , m_pollInterval(pollInterval)
    , m_lastBlock(head)
{
    connect(client, &QObject::destroyed, this, &BlockPollingSubscription::end);
    connect(client, &RpcClient::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Closed)
            end();
    });
}

BlockPollingSubscription::~BlockPollingSubscription()
{
    m_stopped = true;
    m_stop.cancel();
}

void BlockPollingSubscription::end()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stop.cancel();
    setState(ConnectionState::Closed);
}

void BlockPollingSubscription::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = interval;
}

QCoro::Task<Status> BlockPollingSubscription::unsubscribe()
{
    end();
    co_return Status{};
}

QCoro::Task<> BlockPollingSubscription::run()
{
    QPointer<BlockPollingSubscription> self(this);
    const auto stop = m_stop.token();
    bool failing = false;
    while (self && !self->m_stopped) {
        if (!co_await delay(self->m_pollInterval, stop) || !self || self->m_stopped)
            co_return;
        auto client = self->m_client; // end() has run if it is gone
        auto head = co_await client->callAs<std::uint64_t>(QStringLiteral("eth_blockNumber"), {},
                                                           decodeU64, {stop});
        if (!self || self->m_stopped)
            co_return;
        if (!head) {
            failing = true;
            self->setState(ConnectionState::Reconnecting);
            Q_EMIT self->error(head.error());
            continue;
        }
        if (failing) {
            failing = false;
            self->setState(ConnectionState::Connected);
        }
        Q_EMIT self->polled(*head);
        if (!self || self->m_stopped)
            co_return;
        if (*head <= self->m_lastBlock)
            continue;
        auto from = self->m_lastBlock + 1;
        const bool gap = *head - from >= kMaxBlocksPerPoll;
        if (gap)
            from = *head - kMaxBlocksPerPoll + 1;
        std::vector<QCoro::Task<Result<QJsonValue>>> calls;
        for (auto number = from; number <= *head; ++number)
            calls.push_back(
                client->call("eth_getBlockByNumber",
                             {QString::fromStdString(toQuantity(Uint256(number))), false}, {stop}));
        auto blocks = co_await whenAll(std::move(calls));
        if (!self || self->m_stopped)
            co_return;
        if (gap) {
            self->m_lastBlock = from - 1;
            Q_EMIT self->reconnected();
        }
        for (auto& block : blocks) {
            if (!self || self->m_stopped)
                co_return;
            if (!block || !block->isObject()) {
                Q_EMIT self->error(
                    block ? makeError(ErrorKind::Decode, "eth_getBlockByNumber returned no block")
                          : block.error());
                break; // retried from here at the next poll
            }
            ++self->m_lastBlock;
            Q_EMIT self->notification(*block);
        }
    }
}

} // namespace seismic::rpc
