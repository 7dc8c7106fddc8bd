// SPDX-License-Identifier: MIT
#pragma once

#include "client/BlockCursor.h"
#include "client/Transfer.h"
#include "client/TransferDeduplicator.h"
#include "client/TransferEvent.h"
#include "client/TransferGrouper.h"
#include "client/TransferLogDecoder.h"
#include "client/TransferWatchOptions.h"
#include "core/Result.h"
#include "rpc/CancelToken.h"
#include "rpc/EthApi.h"
#include "rpc/LogFilter.h"
#include "rpc/RpcClient.h" // EthApi.h's inline client() needs the complete type

#include <QCoro/QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace seismic::rpc {
class LogSubscription;
} // namespace seismic::rpc

namespace seismic::client {

class ChainHead;

// Watches Transfer (and optionally Approval) events of SRC20 and ERC20 tokens: fills history
// from a chosen block with chunked eth_getLogs, then follows the chain live (a "logs"
// subscription, or polling), and after every interruption catches up from the last block it
// saw. Each event is delivered once (by transaction hash and log index), in (block, log
// index) order within a catch-up, and a log undone by a reorg once more as a removal.
//
// A sync (at start, after a reconnect, every resyncInterval, every poll): subscribe first (what
// is emitted from then on is pushed to us; live logs wait in a buffer until the sync ends),
// read the head, check that the last block it finished is still on the chain (else withdraw
// what orphaned blocks delivered and go back to where the chains part), eth_getLogs every
// filter from the lowest resume block to the head (less the confirmations) in chunks, then
// deliver the buffer. A stream's resume block is the block of the last log it delivered
// live (inclusive: that block may have been cut short) or past the last synced head, so an
// interruption is caught up from there; overlaps are dropped by the deduplicator.
//
// Against load-balanced nodes whose backends lag behind each other, a block counts as done
// only when a node that has it answered for it: the newest blocks are read by block hash, the
// last block of each older range must be known (the cursor's hash comes from it).
//
// Problems never stop it: errors are reported (errorOccurred, lastError) and the failed step
// is retried with backoff. Only the RPC client going away or closing ends it (Failed).
class TransferWatcher : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,         // not started
        Backfilling,  // catching up with the chain (start, after a reconnect)
        Live,         // caught up; following new blocks
        Reconnecting, // the live stream or a query failed; retrying
        Stopped,      // stop() was called
        Failed,       // the RPC client is gone or closed
    };
    Q_ENUM(State)

    struct Stats
    {
        std::uint64_t delivered = 0;  // events in transfersReceived, removals included
        std::uint64_t removals = 0;   // of those, removed: true
        std::uint64_t duplicates = 0; // logs seen again and dropped
        std::uint64_t malformed = 0;  // logs with a watched signature that do not decode
        std::uint64_t backfillLogs = 0;
        std::uint64_t liveLogs = 0;
        std::uint64_t reconnects = 0;    // live stream interruptions caught up after
        std::uint64_t syncs = 0;         // completed catch-ups
        std::uint64_t rewinds = 0;       // reorgs that orphaned finished blocks
        std::uint64_t rangeHalvings = 0; // eth_getLogs ranges refused as too wide or full
    };

    // `client` must outlive nothing here: if it goes away, the watcher fails.
    TransferWatcher(rpc::RpcClient* client, TransferWatchOptions options,
                    QObject* parent = nullptr);
    ~TransferWatcher() override;

    // Begins (or, after stop(), resumes from where it stopped). InvalidArgument for unusable
    // options; Cancelled if the client is gone. Does nothing while running.
    Status start();
    // Drops the subscriptions and abandons pending queries. What was delivered stays known, so
    // start() continues without duplicates.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const;
    const std::optional<Error>& lastError() const { return m_lastError; }
    // The head of the last completed catch-up: every event up to it has been delivered.
    std::optional<std::uint64_t> syncedBlock() const { return m_syncedBlock; }
    // The last block finished by a catch-up (see cursorAdvanced); nothing before the first.
    const std::optional<BlockCursor>& cursor() const { return m_cursor; }
    // Blocks per eth_getLogs now (maxBlockRange, or less after refusals).
    std::uint64_t blockRange() const { return m_span; }
    // Following the chain by block-range polling (LiveMode::Poll, or Auto's fallback).
    bool isPolling() const { return m_polling; }
    const Stats& stats() const { return m_stats; }
    const TransferWatchOptions& options() const { return m_options; }
    // The filters it queries and subscribes with (block range aside).
    std::vector<rpc::LogFilter> filters() const;
    // Follows `head` (the connection's ChainHead) for the live edge when polling: a catch-up at
    // each of its new heads, up to that head, instead of eth_blockNumber every pollInterval.
    void followHead(ChainHead* head);

Q_SIGNALS:
    // New events (and removals), batched per burst: a backfill chunk, or the live logs that
    // arrived in one event-loop turn.
    void transfersReceived(const QList<seismic::client::TransferEvent>& events);
    // The same batches, one Transfer per transfer (TransferGrouper): what a table, a store or a
    // person should see. Emitted right after transfersReceived for the same batch; a transfer
    // whose fan-out was split between two batches is withdrawn and delivered again whole.
    void groupedTransfersReceived(const QList<seismic::client::Transfer>& transfers);
    // After each backfill chunk: every event up to `block` has been delivered.
    void backfillProgress(quint64 block, quint64 head);
    // A catch-up reached `head` and the watcher is live.
    void caughtUp(quint64 head);
    // Every event up to and including `cursor`'s block has been delivered (in
    // transfersReceived before this): persist it with those events, and pass it back as
    // TransferWatchOptions::resumeFrom to continue after a restart.
    void cursorAdvanced(const seismic::client::BlockCursor& cursor);
    // A reorg orphaned every block above `block` (or the resumeFrom cursor was not on the
    // chain any more): events from those blocks are void. Removals for the ones delivered by
    // this watcher precede this signal; a caller holding older ones (a store) withdraws them
    // itself. What the chain holds there now is delivered next.
    void rewound(quint64 block);
    void stateChanged(seismic::client::TransferWatcher::State state);
    // Reported, not fatal: failed queries or subscriptions (retried), malformed logs (skipped).
    void errorOccurred(const seismic::Error& error);

private:
    struct Stream
    {
        rpc::LogFilter filter;
        rpc::LogSubscription* subscription = nullptr; // owned; released with deleteLater
        // Every log of this filter below this block has been delivered.
        std::uint64_t resumeBlock = 0;
    };

    struct BufferedLog
    {
        std::size_t stream;
        rpc::Log log;
    };

    // What one eth_getLogs round read: the logs of every stream, and the blocks it finished
    // (by hash; the last one at least).
    struct Chunk
    {
        std::vector<rpc::Log> logs;
        std::vector<BlockCursor> blocks;
        // The block before the first, as its child names it (when read by hash): a reorg that
        // orphans the first block read still finds the common ancestor.
        std::optional<BlockCursor> parent;
    };

    void requestSync(bool announce);
    void scheduleSync(std::chrono::milliseconds delay);
    QCoro::Task<> syncLoop(std::uint64_t generation);
    QCoro::Task<Result<std::uint64_t>> syncOnce(std::uint64_t generation);
    QCoro::Task<Status> startAt(std::uint64_t generation);
    QCoro::Task<Status> checkCursor(std::uint64_t generation);
    QCoro::Task<Result<Chunk>> readRange(std::uint64_t from, std::uint64_t last);
    QCoro::Task<Result<Chunk>> readByHash(std::uint64_t from, std::uint64_t last);
    void finish(Chunk chunk);
    void rewind(BlockCursor from, std::optional<BlockCursor> ancestor);
    QCoro::Task<Status> subscribeMissing(std::uint64_t generation);
    bool isSubscribed() const;
    void releaseSubscriptions();
    void releaseEnded();
    void onSyncFailed(Error error);
    void onStreamStateChanged(rpc::ConnectionState state);
    void onLiveLog(std::size_t stream, const rpc::Log& log);
    void ingest(rpc::Log log, std::optional<std::size_t> stream);
    void queue(TransferEvent event);
    void flush();
    void reportMalformed(Error error);
    void setState(State state);
    std::uint64_t lowestResumeBlock() const;
    // Static: after a co_await `this` may be gone, so it must not be touched before `self` is
    // checked.
    static bool isCurrent(const QPointer<TransferWatcher>& self, std::uint64_t generation);

    QPointer<rpc::RpcClient> m_client;
    rpc::EthApi m_eth;
    TransferWatchOptions m_options;
    std::optional<Error> m_configError;
    TransferLogDecoder m_decoder;
    TransferDeduplicator m_dedupe;
    TransferGrouper m_grouper;
    std::vector<Stream> m_streams;
    std::vector<BufferedLog> m_buffer;

    State m_state = State::Idle;
    std::optional<Error> m_lastError;
    Stats m_stats;
    std::uint64_t m_generation = 0;
    rpc::CancelSource m_cancel;
    QTimer m_timer; // retry after a failure, resync, poll
    QPointer<ChainHead> m_head;
    int m_failures = 0;
    bool m_syncRunning = false;   // syncLoop is active
    bool m_syncRequested = false; // a catch-up is due (live logs wait in m_buffer meanwhile)
    bool m_announceSync = false;
    bool m_polling = false;
    bool m_resumeKnown = false;
    std::optional<std::uint64_t> m_syncedBlock;
    std::optional<BlockCursor> m_cursor;
    // Hashes of finished blocks within the reorg horizon (range ends, blocks read by hash).
    std::map<std::uint64_t, Hash> m_hashes;
    std::uint64_t m_span;     // blocks per eth_getLogs range now
    int m_rangeSuccesses = 0; // ranges read since the last halving or growth

    QList<TransferEvent> m_outgoing;
    bool m_flushScheduled = false;
    std::optional<Error> m_firstMalformed;
    std::uint64_t m_malformedSinceFlush = 0;
};

} // namespace seismic::client
