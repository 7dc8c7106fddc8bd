// SPDX-License-Identifier: MIT
#include "client/ChainHead.h"

#include "client/PublicClient.h"
#include "rpc/Block.h"
#include "rpc/BlockPollingSubscription.h"
#include "rpc/HeadSubscription.h"
#include "rpc/JsonDecode.h"
#include "rpc/RpcClient.h"
#include "rpc/WhenAll.h"

#include <algorithm>

namespace seismic::client {

namespace {

Error connectionLost()
{
    return makeError(ErrorKind::Transport, "the connection to the node was lost");
}

// The block time measured between two blocks; nothing if they do not span a block.
std::optional<std::chrono::milliseconds> averageBlockTime(std::uint64_t fromNumber,
                                                          std::uint64_t fromTimestamp,
                                                          std::uint64_t toNumber,
                                                          std::uint64_t toTimestamp)
{
    if (toNumber <= fromNumber)
        return std::nullopt;
    const std::uint64_t seconds = toTimestamp > fromTimestamp ? toTimestamp - fromTimestamp : 0;
    return std::chrono::milliseconds(
        static_cast<std::int64_t>(seconds * 1000 / (toNumber - fromNumber)));
}

} // namespace

ChainHead::ChainHead(PublicClient* client)
    : QObject(client)
    , m_client(client)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { probe(); });
}

ChainHead::~ChainHead() = default;

void ChainHead::start()
{
    if (m_started || !m_client || m_client->isClosed())
        return;
    m_started = true;
    setStatus(ConnectionStatus::Connecting);
    checkChain();
}

std::optional<std::uint64_t> ChainHead::blockTimestamp(std::uint64_t number) const
{
    const auto found = m_timestamps.find(number);
    if (found == m_timestamps.end())
        return std::nullopt;
    return found->second;
}

std::chrono::milliseconds ChainHead::pollIntervalFor(std::chrono::milliseconds blockTime)
{
    return std::clamp(blockTime / 2, kMinPollInterval, kMaxPollInterval);
}

std::chrono::milliseconds ChainHead::pollInterval() const
{
    if (!m_client)
        return kMaxPollInterval;
    if (const auto fixed = m_client->options().headPollInterval)
        return *fixed;
    if (m_blockTime)
        return pollIntervalFor(*m_blockTime);
    return m_client->options().rpc.pollInterval;
}

// The identity of the chain (chain id, genesis hash) and its latest block, in one round trip;
// then the subscription if there is none. Ends Connected, or lost with the reason.
QCoro::Task<> ChainHead::checkChain()
{
    if (m_checking || !m_client)
        co_return;
    const QPointer<ChainHead> self(this);
    m_checking = true;
    m_heldHead.reset();
    auto eth = m_client->eth();
    auto [chainId, genesis, latest] = co_await rpc::whenAll(
        eth.chainId(), eth.getBlock(rpc::BlockId::number(0)), eth.getBlock(rpc::BlockId::latest()));
    if (!self)
        co_return;
    m_checking = false;
    if (!m_client || m_client->isClosed())
        co_return;
    if (!chainId)
        co_return lose(std::move(chainId).error());
    if (!genesis)
        co_return lose(std::move(genesis).error());
    if (!latest)
        co_return lose(std::move(latest).error());
    if (!*genesis || !(*genesis)->hash || !*latest || !(*latest)->number || !(*latest)->hash)
        co_return lose(makeError(ErrorKind::Decode, "the node did not return its genesis and "
                                                    "latest blocks with number and hash"));
    const auto& options = m_client->options();
    if (options.expectedChainId && *chainId != *options.expectedChainId)
        co_return lose(makeError(ErrorKind::InvalidArgument,
                                 "the node is on chain " + std::to_string(*chainId) +
                                     ", expected chain " +
                                     std::to_string(*options.expectedChainId)),
                       ConnectionStatus::Failed);

    const Hash genesisHash = *(*genesis)->hash;
    const bool changed = m_genesis && (*m_genesis != genesisHash || m_chainId != *chainId);
    m_chainId = *chainId;
    m_genesis = genesisHash;
    const HeadBlock head{*(*latest)->number, *(*latest)->hash, (*latest)->timestamp};
    const bool known = m_latest && m_latest->number == head.number && m_latest->hash == head.hash;
    if (changed) {
        // Nothing of the previous chain holds: its heads, its block time, its subscription
        // (a polled one counts from the previous chain's head).
        m_timestamps.clear();
        m_blockTime.reset();
        m_latest.reset();
        dropSubscription();
    }
    if (!m_blockTime)
        m_blockTime = averageBlockTime(0, (*genesis)->timestamp, head.number, head.timestamp);
    // Whatever its number: the head of the chain the node follows now (announced once).
    setHead(head, !changed && !known);
    if (!changed && m_heldHead && m_heldHead->number > head.number)
        setHead(*m_heldHead, true);
    m_heldHead.reset();
    if (changed) {
        Q_EMIT chainChanged(*m_chainId);
        if (!self)
            co_return;
        Q_EMIT newHead(head);
        if (!self)
            co_return;
    }

    if (!m_heads) {
        m_checking = true;
        auto heads = co_await eth.subscribeNewHeads({}, pollInterval());
        if (!self)
            co_return;
        m_checking = false;
        if (!m_client || m_client->isClosed())
            co_return;
        if (!heads)
            co_return lose(std::move(heads).error());
        m_heads = std::move(heads).value();
        connect(m_heads.get(), &rpc::HeadSubscription::head, this, &ChainHead::onHead);
        connect(m_heads.get(), &rpc::HeadSubscription::polled, this, &ChainHead::signOfLife);
        // A polled stream only reports blocks above its last one. A node whose newest block is
        // below the head it gave before went back: another chain (a node restarted between two
        // polls, a resync from scratch) or a deep reorganisation; the check reads the chain.
        if (auto* polling = qobject_cast<rpc::BlockPollingSubscription*>(m_heads->subscription()))
            connect(polling, &rpc::BlockPollingSubscription::polled, this,
                    [this](std::uint64_t number) {
                        if (m_status == ConnectionStatus::Connected && !m_checking &&
                            number < this->number())
                            checkChain();
                    });
        connect(m_heads.get(), &rpc::HeadSubscription::stateChanged, this,
                &ChainHead::onSubscriptionState);
        connect(m_heads.get(), &rpc::HeadSubscription::reconnected, this, &ChainHead::recover);
        connect(m_heads.get(), &rpc::HeadSubscription::error, this, [this](const Error& error) {
            // The reason a lost stream gives (it may come just after the state).
            if (m_status == ConnectionStatus::Reconnecting)
                m_lastError = error;
        });
    }
    m_lastError.reset();
    setStatus(ConnectionStatus::Connected);
    signOfLife();
}

void ChainHead::onHead(const rpc::Block& block)
{
    // Until the chain is checked (at first, after a loss), the check's answer sets the head:
    // this one may come from another chain, and is held until the check tells.
    if (m_status != ConnectionStatus::Connected || m_checking) {
        if (m_checking && block.number && block.hash &&
            (!m_heldHead || *block.number > m_heldHead->number))
            m_heldHead = HeadBlock{*block.number, *block.hash, block.timestamp};
        signOfLife();
        return;
    }
    if (!block.number || !block.hash)
        return;
    // Already known (a check or a probe read it first): announced once.
    if (m_latest && m_latest->number == *block.number && m_latest->hash == *block.hash) {
        signOfLife();
        return;
    }
    setHead(HeadBlock{*block.number, *block.hash, block.timestamp}, true);
    signOfLife();
}

void ChainHead::setHead(HeadBlock head, bool announce)
{
    m_latest = head;
    // Heads above a new one belonged to a branch that was replaced.
    m_timestamps.erase(m_timestamps.upper_bound(head.number), m_timestamps.end());
    m_timestamps[head.number] = head.timestamp;
    while (m_timestamps.size() > kRecentHeads)
        m_timestamps.erase(m_timestamps.begin());
    measureBlockTime();
    if (announce)
        Q_EMIT newHead(head);
}

void ChainHead::measureBlockTime()
{
    if (m_timestamps.size() < 2)
        return;
    const auto& [firstNumber, firstTime] = *m_timestamps.begin();
    const auto& [lastNumber, lastTime] = *m_timestamps.rbegin();
    if (auto measured = averageBlockTime(firstNumber, firstTime, lastNumber, lastTime))
        m_blockTime = measured;
    applyPollInterval();
}

void ChainHead::applyPollInterval()
{
    if (m_heads)
        m_heads->setPollInterval(pollInterval());
}

void ChainHead::signOfLife()
{
    if (!m_client)
        return;
    m_watchdog.start(m_client->options().livenessWindow);
    if (m_status == ConnectionStatus::Reconnecting)
        recover();
}

QCoro::Task<> ChainHead::probe()
{
    if (m_probing || !m_client || m_client->isClosed())
        co_return;
    const QPointer<ChainHead> self(this);
    m_probing = true;
    const auto deadline = m_client->options().livenessProbeTimeout;
    auto number = co_await m_client->rpcClient()->callAs<std::uint64_t>(
        QStringLiteral("eth_blockNumber"), {}, rpc::decodeU64, rpc::CallOptions({}, deadline));
    if (!self)
        co_return;
    m_probing = false;
    if (!m_client || m_client->isClosed())
        co_return;
    if (!number)
        co_return lose(std::move(number).error());
    // The node answers; a head it has and the stream did not bring means the stream stalled, a
    // lower one that the node went back (another chain, a deep reorganisation): either way the
    // check reads the chain again.
    if (*number != this->number() && m_status == ConnectionStatus::Connected)
        checkChain();
    signOfLife();
}

void ChainHead::onSubscriptionState()
{
    if (!m_heads)
        return;
    switch (m_heads->state()) {
    case rpc::ConnectionState::Idle:
    case rpc::ConnectionState::Connecting:
        return;
    case rpc::ConnectionState::Connected:
        signOfLife();
        return;
    case rpc::ConnectionState::Reconnecting:
        lose(m_client ? m_client->lastError().value_or(connectionLost()) : connectionLost());
        return;
    case rpc::ConnectionState::Failed:
        // The stream gave up: a new one once the node answers again.
        lose(m_client ? m_client->lastError().value_or(connectionLost()) : connectionLost());
        dropSubscription();
        return;
    case rpc::ConnectionState::Closed:
        m_watchdog.stop();
        dropSubscription();
        setStatus(ConnectionStatus::NotConnected);
        return;
    }
}

void ChainHead::lose(Error reason, ConnectionStatus status)
{
    if (!m_client || m_client->isClosed())
        return;
    const bool changes = status != m_status;
    if (changes || !m_lastError)
        m_lastError = std::move(reason);
    // Probing goes on: its first answer starts the recovery.
    m_watchdog.start(m_client->options().livenessWindow);
    setStatus(status);
}

void ChainHead::recover()
{
    if (!m_started || m_checking || !m_client || m_client->isClosed())
        return;
    checkChain();
}

void ChainHead::setStatus(ConnectionStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void ChainHead::dropSubscription()
{
    if (!m_heads)
        return;
    // It may be the sender of the signal being handled.
    disconnect(m_heads.get(), nullptr, this, nullptr);
    m_heads.release()->deleteLater();
}

} // namespace seismic::client
