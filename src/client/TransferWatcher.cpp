// SPDX-License-Identifier: MIT
#include "client/TransferWatcher.h"

#include "client/ChainHead.h"
#include "client/CommonAncestor.h"
#include "rpc/LogSubscription.h"
#include "rpc/MethodPolicy.h"
#include "rpc/RpcClient.h"
#include "rpc/WhenAll.h"

#include <algorithm>
#include <utility>

namespace seismic::client {

namespace {

// Successful ranges after which a halved block range doubles again.
constexpr int kGrowAfter = 4;
// Blocks read by hash per round (their headers, then their logs, each as one batch).
constexpr std::uint64_t kBlocksPerHashRound = 32;

Error stopped()
{
    return makeError(ErrorKind::Cancelled, "the transfer watcher was stopped");
}

// The node offers neither eth_subscribe nor filters: follow the chain by polling instead.
bool isUnsupported(const Error& error)
{
    if (error.kind == ErrorKind::Unsupported)
        return true;
    if (error.kind != ErrorKind::JsonRpc)
        return false;
    if (error.code == -32601)
        return true;
    const auto message = QString::fromStdString(error.message);
    return message.contains(QLatin1String("not supported"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("does not exist"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("not available"), Qt::CaseInsensitive);
}

bool logBefore(const rpc::Log& a, const rpc::Log& b)
{
    return std::pair(a.blockNumber.value_or(0), a.logIndex.value_or(0)) <
           std::pair(b.blockNumber.value_or(0), b.logIndex.value_or(0));
}

} // namespace

TransferWatcher::TransferWatcher(rpc::RpcClient* client, TransferWatchOptions options,
                                 QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_eth(client)
    , m_options(std::move(options))
    , m_polling(m_options.liveMode == LiveMode::Poll || m_options.confirmations > 0)
    , m_span(m_options.maxBlockRange)
{
    auto filters = m_options.filters();
    if (filters) {
        for (auto& filter : *filters) {
            Stream stream;
            stream.filter = std::move(filter);
            m_streams.push_back(std::move(stream));
        }
    } else {
        m_configError = std::move(filters).error();
    }
    for (const auto& key : m_options.viewingKeys)
        m_decoder.addViewingKey(key);
    m_decoder.setAccounts(m_options.accounts);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { requestSync(false); });
}

TransferWatcher::~TransferWatcher()
{
    ++m_generation;
    m_cancel.cancel();
    for (auto& stream : m_streams)
        delete std::exchange(stream.subscription, nullptr);
}

std::vector<rpc::LogFilter> TransferWatcher::filters() const
{
    std::vector<rpc::LogFilter> filters;
    for (const auto& stream : m_streams)
        filters.push_back(stream.filter);
    return filters;
}

void TransferWatcher::followHead(ChainHead* head)
{
    if (m_head)
        disconnect(m_head, nullptr, this, nullptr);
    m_head = head;
    if (!head)
        return;
    connect(head, &ChainHead::newHead, this, [this] {
        if (m_polling && isRunning())
            requestSync(false);
    });
    head->start();
}

bool TransferWatcher::isRunning() const
{
    return m_state == State::Backfilling || m_state == State::Live ||
           m_state == State::Reconnecting;
}

Status TransferWatcher::start()
{
    if (m_configError)
        return *m_configError;
    if (isRunning())
        return {};
    if (!m_client || m_client->isClosed())
        return makeError(ErrorKind::Cancelled, "the RPC client is gone or closed");
    m_failures = 0;
    requestSync(true);
    return {};
}

void TransferWatcher::stop()
{
    ++m_generation;
    m_cancel.cancel();
    m_cancel = rpc::CancelSource();
    m_timer.stop();
    m_syncRunning = false;
    m_syncRequested = false;
    m_announceSync = false;
    // Not delivered, so the resume blocks did not move past them: start() fetches them again.
    m_buffer.clear();
    releaseSubscriptions();
    QPointer<TransferWatcher> self(this);
    flush();
    if (self)
        setState(State::Stopped);
}

bool TransferWatcher::isCurrent(const QPointer<TransferWatcher>& self, std::uint64_t generation)
{
    return self && self->m_generation == generation;
}

// ---- syncing --------------------------------------------------------------------------------

void TransferWatcher::requestSync(bool announce)
{
    m_syncRequested = true;
    m_announceSync = m_announceSync || announce;
    if (m_syncRunning)
        return;
    m_syncRunning = true;
    m_timer.stop();
    syncLoop(m_generation);
}

void TransferWatcher::scheduleSync(std::chrono::milliseconds delay)
{
    // From here on live logs wait in the buffer, so that they follow the catch-up.
    m_syncRequested = true;
    if (!m_syncRunning)
        m_timer.start(delay);
}

QCoro::Task<> TransferWatcher::syncLoop(std::uint64_t generation)
{
    QPointer<TransferWatcher> self(this);
    while (m_syncRequested) {
        m_syncRequested = false;
        if (std::exchange(m_announceSync, false)) {
            setState(State::Backfilling);
            if (!isCurrent(self, generation))
                co_return;
        }
        auto head = co_await syncOnce(generation);
        if (!isCurrent(self, generation))
            co_return;
        if (!head) {
            onSyncFailed(std::move(head).error());
            co_return;
        }
        m_failures = 0;
        ++m_stats.syncs;
        m_syncedBlock = *head;
        auto buffered = std::exchange(m_buffer, {});
        for (auto& entry : buffered)
            ingest(std::move(entry.log), entry.stream);
        flush();
        if (!isCurrent(self, generation))
            co_return;
        const bool streamsUp =
            std::all_of(m_streams.begin(), m_streams.end(), [this](const Stream& stream) {
                return m_polling || (stream.subscription && stream.subscription->state() ==
                                                                rpc::ConnectionState::Connected);
            });
        if (m_state != State::Live && streamsUp && !m_announceSync) {
            setState(State::Live);
            if (!isCurrent(self, generation))
                co_return;
            Q_EMIT caughtUp(*head);
            if (!isCurrent(self, generation))
                co_return;
        }
    }
    m_syncRunning = false;
    if (m_polling && !m_head)
        m_timer.start(m_options.pollInterval);
    else if (m_options.resyncInterval.count() > 0)
        m_timer.start(m_options.resyncInterval);
}

QCoro::Task<Result<std::uint64_t>> TransferWatcher::syncOnce(std::uint64_t generation)
{
    QPointer<TransferWatcher> self(this);
    if (!m_resumeKnown) {
        auto started = co_await startAt(generation);
        if (!isCurrent(self, generation))
            co_return stopped();
        if (!started)
            co_return std::move(started).error();
    }
    if (!m_polling && !isSubscribed()) {
        // Subscriptions before the head is read: whatever comes after it is pushed to us.
        auto subscribed = co_await subscribeMissing(generation);
        if (!isCurrent(self, generation))
            co_return stopped();
        if (!subscribed) {
            if (m_options.liveMode != LiveMode::Auto || !isUnsupported(subscribed.error()))
                co_return std::move(subscribed).error();
            releaseSubscriptions();
            m_polling = true;
        }
    }

    // Polling behind a chain head goes up to its head; otherwise the node says where it is.
    // (Not a ?: around co_await: GCC 12 mishandles the temporaries of that.)
    Result<std::uint64_t> head = std::uint64_t(0);
    if (m_polling && m_head && m_head->latest())
        head = m_head->number();
    else
        head = co_await m_eth.blockNumber();
    if (!isCurrent(self, generation))
        co_return stopped();
    if (!head)
        co_return std::move(head).error();

    if (m_cursor) {
        auto checked = co_await checkCursor(generation);
        if (!isCurrent(self, generation))
            co_return stopped();
        if (!checked)
            co_return std::move(checked).error();
    }

    const auto target = *head - std::min(*head, m_options.confirmations);
    const auto window = m_options.blockHashWindow;
    const auto firstByHash = window == 0 ? UINT64_MAX : *head - std::min(*head, window - 1);
    auto from = lowestResumeBlock();
    while (from <= target) {
        Result<Chunk> chunk = Chunk{};
        if (from < firstByHash)
            chunk = co_await readRange(from, std::min(target, firstByHash - 1));
        else
            chunk = co_await readByHash(from, target);
        if (!isCurrent(self, generation))
            co_return stopped();
        if (!chunk)
            co_return std::move(chunk).error();
        const auto to = chunk->blocks.back().number;
        finish(std::move(chunk).value());
        if (!isCurrent(self, generation))
            co_return stopped();
        Q_EMIT backfillProgress(to, target);
        if (!isCurrent(self, generation))
            co_return stopped();
        from = to + 1;
    }
    co_return target;
}

// Where the first catch-up begins: after the resume cursor (or where its chain parts from the
// node's), at fromBlock, or after the head at the first attempt ("from now", however long
// subscribing takes).
QCoro::Task<Status> TransferWatcher::startAt(std::uint64_t generation)
{
    QPointer<TransferWatcher> self(this);
    if (!m_options.resumeFrom) {
        auto now = co_await m_eth.blockNumber();
        if (!isCurrent(self, generation))
            co_return stopped();
        if (!now)
            co_return std::move(now).error();
        const auto first = m_options.fromBlock.value_or(*now + 1);
        for (auto& stream : m_streams)
            stream.resumeBlock = first;
        m_resumeKnown = true;
        co_return Status{};
    }
    const auto cursor = *m_options.resumeFrom;
    std::map<std::uint64_t, Hash> known;
    for (const auto& block : m_options.resumeKnownBlocks)
        known[block.number] = block.hash;
    auto ancestor =
        co_await findCommonAncestor(m_eth, cursor, std::move(known), m_options.reorgHorizon);
    if (!isCurrent(self, generation))
        co_return stopped();
    if (!ancestor)
        co_return std::move(ancestor).error();
    for (auto& stream : m_streams)
        stream.resumeBlock = cursor.number + 1;
    m_resumeKnown = true;
    if (*ancestor == cursor) {
        m_cursor = cursor;
        m_hashes[cursor.number] = cursor.hash;
    } else {
        rewind(cursor, *ancestor);
        if (!isCurrent(self, generation))
            co_return stopped();
    }
    co_return Status{};
}

// A reorg since the last catch-up orphaned its last block: go back to where the chains part.
QCoro::Task<Status> TransferWatcher::checkCursor(std::uint64_t generation)
{
    QPointer<TransferWatcher> self(this);
    const auto cursor = *m_cursor;
    auto ancestor = co_await findCommonAncestor(m_eth, cursor, m_hashes, m_options.reorgHorizon);
    if (!isCurrent(self, generation))
        co_return stopped();
    if (!ancestor)
        co_return std::move(ancestor).error();
    if (*ancestor != cursor) {
        rewind(cursor, *ancestor);
        if (!isCurrent(self, generation))
            co_return stopped();
    }
    co_return Status{};
}

QCoro::Task<Result<TransferWatcher::Chunk>> TransferWatcher::readRange(std::uint64_t from,
                                                                       std::uint64_t last)
{
    QPointer<TransferWatcher> self(this);
    const auto cancel = m_cancel.token();
    for (;;) {
        const auto span = m_span;
        const auto to = last - from < span ? last : from + span - 1;
        std::vector<QCoro::Task<Result<std::vector<rpc::Log>>>> queries;
        for (const auto& stream : m_streams) {
            auto filter = stream.filter;
            filter.fromBlock = rpc::BlockId::number(from);
            filter.toBlock = rpc::BlockId::number(to);
            rpc::LogQueryOptions options;
            options.maxBlockRange = 0; // as it is: the range is adapted here, across calls
            options.cancel = cancel;
            queries.push_back(m_eth.getLogs(std::move(filter), std::move(options)));
        }
        // In the same batch: the node answering must know the range's last block.
        auto lastBlock = m_eth.getBlock(rpc::BlockId::number(to));
        auto results = co_await rpc::whenAll(std::move(queries));
        auto header = co_await lastBlock;
        if (!self)
            co_return stopped();
        Chunk chunk;
        bool refused = false;
        for (auto& result : results) {
            if (result) {
                chunk.logs.insert(chunk.logs.end(), std::make_move_iterator(result->begin()),
                                  std::make_move_iterator(result->end()));
            } else if (span > 1 && rpc::isRangeTooLargeError(result.error())) {
                refused = true;
            } else {
                co_return std::move(result).error();
            }
        }
        if (refused) {
            m_span = std::max<std::uint64_t>(1, span / 2);
            m_rangeSuccesses = 0;
            ++m_stats.rangeHalvings;
            continue;
        }
        if (!header)
            co_return std::move(header).error();
        if (!*header || !(*header)->hash)
            co_return blockNotYetKnown(to);
        if (++m_rangeSuccesses >= kGrowAfter && m_span < m_options.maxBlockRange) {
            m_span = std::min(m_options.maxBlockRange, m_span * 2);
            m_rangeSuccesses = 0;
        }
        chunk.blocks.push_back(BlockCursor{to, *(*header)->hash});
        co_return chunk;
    }
}

// Headers first (hash and parent, as one batch), then each block's logs by hash: a node that
// lacks a block errs instead of answering with fewer logs. What was read completely before a
// failure is kept.
QCoro::Task<Result<TransferWatcher::Chunk>> TransferWatcher::readByHash(std::uint64_t from,
                                                                        std::uint64_t last)
{
    QPointer<TransferWatcher> self(this);
    const auto cancel = m_cancel.token();
    const auto count = std::min({last - from + 1, m_options.maxBlockRange, kBlocksPerHashRound});
    std::vector<QCoro::Task<Result<std::optional<rpc::Block>>>> headerQueries;
    for (std::uint64_t number = from; number < from + count; ++number)
        headerQueries.push_back(m_eth.getBlock(rpc::BlockId::number(number)));
    auto headers = co_await rpc::whenAll(std::move(headerQueries));
    if (!self)
        co_return stopped();

    Chunk chunk;
    std::optional<Hash> parent;
    if (const auto found = m_hashes.find(from - 1); from > 0 && found != m_hashes.end())
        parent = found->second;
    for (std::uint64_t i = 0; i < count; ++i) {
        auto& header = headers[i];
        if (!header && i == 0)
            co_return std::move(header).error();
        if (!header || !*header || !(*header)->hash) {
            if (i == 0)
                co_return blockNotYetKnown(from);
            break;
        }
        if (parent && (*header)->parentHash != *parent) {
            // Two views of the chain (a reorg meanwhile, or backends on different forks):
            // the next catch-up checks the last finished block again.
            if (i == 0)
                co_return makeError(ErrorKind::NotFound,
                                    "block " + std::to_string(from) +
                                        " does not follow the block read before it (a reorg)");
            break;
        }
        if (i == 0 && from > 0)
            chunk.parent = BlockCursor{from - 1, (*header)->parentHash};
        parent = *(*header)->hash;
        chunk.blocks.push_back(BlockCursor{from + i, *parent});
    }

    const auto streams = m_streams.size();
    std::vector<QCoro::Task<Result<std::vector<rpc::Log>>>> queries;
    for (const auto& block : chunk.blocks) {
        for (const auto& stream : m_streams) {
            auto filter = stream.filter;
            filter.blockHash = block.hash;
            rpc::LogQueryOptions options;
            options.cancel = cancel;
            queries.push_back(m_eth.getLogs(std::move(filter), std::move(options)));
        }
    }
    auto results = co_await rpc::whenAll(std::move(queries));
    if (!self)
        co_return stopped();
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (results[i])
            continue;
        const auto complete = i / streams; // blocks before this one are complete
        if (complete == 0) {
            auto error = std::move(results[i]).error();
            if (error.kind != ErrorKind::JsonRpc)
                co_return error;
            // The block exists (its header came first): the node that answered lacks it.
            auto behind = blockNotYetKnown(chunk.blocks.front().number);
            behind.message += ": " + error.message;
            co_return behind;
        }
        chunk.blocks.resize(complete);
        results.erase(results.begin() + static_cast<std::ptrdiff_t>(complete * streams),
                      results.end());
        break;
    }
    for (auto& result : results)
        chunk.logs.insert(chunk.logs.end(), std::make_move_iterator(result->begin()),
                          std::make_move_iterator(result->end()));
    co_return chunk;
}

// Delivers what a round read and moves past its blocks.
void TransferWatcher::finish(Chunk chunk)
{
    // Each query answers in chain order; several are merged (the deduplicator drops what
    // two filters share).
    if (m_streams.size() > 1)
        std::stable_sort(chunk.logs.begin(), chunk.logs.end(), logBefore);
    m_stats.backfillLogs += chunk.logs.size();
    for (auto& log : chunk.logs)
        ingest(std::move(log), std::nullopt);
    const auto last = chunk.blocks.back();
    for (auto& stream : m_streams)
        stream.resumeBlock = std::max(stream.resumeBlock, last.number + 1);
    if (chunk.parent)
        m_hashes.try_emplace(chunk.parent->number, chunk.parent->hash);
    for (const auto& block : chunk.blocks)
        m_hashes[block.number] = block.hash;
    const auto oldest = last.number - std::min(last.number, m_options.reorgHorizon);
    m_hashes.erase(m_hashes.begin(), m_hashes.lower_bound(oldest));
    m_cursor = last;
    QPointer<TransferWatcher> self(this);
    flush();
    if (self)
        Q_EMIT cursorAdvanced(last);
}

// Withdraws what was delivered above the common ancestor (or, if none was found within the
// horizon, above the horizon) and continues after it.
void TransferWatcher::rewind(BlockCursor from, std::optional<BlockCursor> ancestor)
{
    const auto block = ancestor ? ancestor->number
                                : from.number - std::min(from.number, m_options.reorgHorizon + 1);
    for (auto& removal : m_dedupe.withdrawAbove(block)) {
        ++m_stats.removals;
        queue(std::move(removal));
    }
    m_hashes.erase(m_hashes.upper_bound(block), m_hashes.end());
    if (ancestor)
        m_hashes[ancestor->number] = ancestor->hash;
    for (auto& stream : m_streams)
        stream.resumeBlock = std::min(stream.resumeBlock, block + 1);
    m_cursor = ancestor;
    ++m_stats.rewinds;
    QPointer<TransferWatcher> self(this);
    flush();
    if (!self)
        return;
    if (!ancestor) {
        auto error =
            makeError(ErrorKind::NotFound,
                      "block " + std::to_string(from.number) +
                          " left the chain and no common block was found within " +
                          std::to_string(m_options.reorgHorizon) +
                          " blocks below it; going back to block " + std::to_string(block));
        m_lastError = error;
        Q_EMIT errorOccurred(error);
        if (!self)
            return;
    }
    Q_EMIT rewound(block);
}

bool TransferWatcher::isSubscribed() const
{
    return std::all_of(m_streams.begin(), m_streams.end(),
                       [](const Stream& stream) { return stream.subscription != nullptr; });
}

QCoro::Task<Status> TransferWatcher::subscribeMissing(std::uint64_t generation)
{
    QPointer<TransferWatcher> self(this);
    const auto cancel = m_cancel.token();
    for (std::size_t i = 0; i < m_streams.size(); ++i) {
        if (m_streams[i].subscription)
            continue;
        auto subscription = co_await m_eth.subscribeLogs(m_streams[i].filter, cancel);
        if (!isCurrent(self, generation))
            co_return stopped();
        if (!subscription)
            co_return std::move(subscription).error();
        auto* raw = subscription->release();
        m_streams[i].subscription = raw;
        connect(raw, &rpc::LogSubscription::log, this,
                [this, i](const rpc::Log& log) { onLiveLog(i, log); });
        connect(raw, &rpc::LogSubscription::reconnected, this, [this] {
            ++m_stats.reconnects;
            m_announceSync = true;
            scheduleSync(std::chrono::milliseconds(0));
        });
        connect(raw, &rpc::LogSubscription::error, this, [this](const Error& error) {
            m_lastError = error;
            Q_EMIT errorOccurred(error);
        });
        connect(raw, &rpc::LogSubscription::stateChanged, this,
                [this](rpc::ConnectionState state) { onStreamStateChanged(state); });
    }
    co_return Status{};
}

// Possibly from inside one of their signals: deleted on a later turn (which unsubscribes).
void TransferWatcher::releaseSubscriptions()
{
    for (auto& stream : m_streams) {
        if (auto* subscription = std::exchange(stream.subscription, nullptr)) {
            disconnect(subscription, nullptr, this, nullptr);
            subscription->deleteLater();
        }
    }
}

void TransferWatcher::releaseEnded()
{
    for (auto& stream : m_streams) {
        const auto state =
            stream.subscription ? stream.subscription->state() : rpc::ConnectionState::Connected;
        if (state == rpc::ConnectionState::Failed || state == rpc::ConnectionState::Closed) {
            auto* subscription = std::exchange(stream.subscription, nullptr);
            disconnect(subscription, nullptr, this, nullptr);
            subscription->deleteLater();
        }
    }
}

void TransferWatcher::onStreamStateChanged(rpc::ConnectionState state)
{
    switch (state) {
    case rpc::ConnectionState::Reconnecting:
        setState(State::Reconnecting);
        break;
    case rpc::ConnectionState::Failed:
    case rpc::ConnectionState::Closed:
        // Ended without us (the transport gave up, re-subscribing was refused): subscribe
        // again and catch up, after the usual backoff. The reason came with error().
        releaseEnded();
        m_announceSync = true;
        scheduleSync(m_options.retryBackoff.delayFor(m_failures));
        setState(State::Reconnecting);
        break;
    default:
        break;
    }
}

void TransferWatcher::onSyncFailed(Error error)
{
    m_syncRunning = false;
    m_syncRequested = true; // live logs keep waiting for the catch-up
    m_lastError = error;
    QPointer<TransferWatcher> self(this);
    if (!m_client || m_client->isClosed()) {
        releaseSubscriptions();
        setState(State::Failed);
    } else {
        m_timer.start(m_options.retryBackoff.delayFor(m_failures++));
        // A node behind the head, or a reorg met midway: nothing is broken, try again.
        if (error.kind != ErrorKind::NotFound)
            setState(State::Reconnecting);
    }
    if (self)
        Q_EMIT errorOccurred(error);
}

std::uint64_t TransferWatcher::lowestResumeBlock() const
{
    std::uint64_t lowest = UINT64_MAX;
    for (const auto& stream : m_streams)
        lowest = std::min(lowest, stream.resumeBlock);
    return lowest;
}

// ---- delivery -------------------------------------------------------------------------------

void TransferWatcher::onLiveLog(std::size_t stream, const rpc::Log& log)
{
    ++m_stats.liveLogs;
    if (m_syncRunning || m_syncRequested) {
        m_buffer.push_back(BufferedLog{stream, log});
        return;
    }
    ingest(log, stream);
}

void TransferWatcher::ingest(rpc::Log log, std::optional<std::size_t> stream)
{
    // A subscription delivers in chain order: its earlier blocks are complete.
    if (stream && log.blockNumber && !log.removed)
        m_streams[*stream].resumeBlock = std::max(m_streams[*stream].resumeBlock, *log.blockNumber);
    auto decoded = m_decoder.decode(std::move(log));
    if (!decoded) {
        ++m_stats.malformed;
        reportMalformed(std::move(decoded).error());
        return;
    }
    if (!decoded->has_value())
        return;
    auto& event = **decoded;
    const auto admission = m_dedupe.admit(event);
    switch (admission.verdict) {
    case TransferDeduplicator::Verdict::Deliver:
        queue(std::move(event));
        break;
    case TransferDeduplicator::Verdict::Duplicate:
    case TransferDeduplicator::Verdict::Ignore:
        ++m_stats.duplicates;
        break;
    case TransferDeduplicator::Verdict::Moved: {
        TransferEvent gone = event;
        gone.removed = true;
        gone.blockNumber = admission.previousBlockNumber;
        gone.blockHash = admission.previousBlockHash;
        ++m_stats.removals;
        queue(std::move(gone));
        queue(std::move(event));
        break;
    }
    case TransferDeduplicator::Verdict::Remove:
        ++m_stats.removals;
        queue(std::move(event));
        break;
    }
}

void TransferWatcher::queue(TransferEvent event)
{
    m_outgoing.push_back(std::move(event));
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &TransferWatcher::flush);
    }
}

void TransferWatcher::reportMalformed(Error error)
{
    if (!m_firstMalformed)
        m_firstMalformed = std::move(error);
    ++m_malformedSinceFlush;
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &TransferWatcher::flush);
    }
}

void TransferWatcher::flush()
{
    m_flushScheduled = false;
    if (m_resumeKnown) {
        const auto lowest = lowestResumeBlock();
        m_dedupe.forget(lowest > m_options.reorgHorizon ? lowest - m_options.reorgHorizon : 0);
    }
    QPointer<TransferWatcher> self(this);
    if (!m_outgoing.isEmpty()) {
        const auto batch = std::exchange(m_outgoing, {});
        m_stats.delivered += static_cast<std::uint64_t>(batch.size());
        Q_EMIT transfersReceived(batch);
        if (!self)
            return;
        const auto transfers = m_grouper.add(batch);
        if (!transfers.isEmpty()) {
            Q_EMIT groupedTransfersReceived(transfers);
            if (!self)
                return;
        }
    }
    if (m_firstMalformed) {
        auto error = *std::exchange(m_firstMalformed, std::nullopt);
        const auto count = std::exchange(m_malformedSinceFlush, 0);
        if (count > 1)
            error.message += " (and " + std::to_string(count - 1) + " more malformed logs)";
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
}

void TransferWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace seismic::client
