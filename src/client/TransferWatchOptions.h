// SPDX-License-Identifier: MIT
#pragma once

#include "client/BlockCursor.h"
#include "client/TokenSpec.h"
#include "core/Result.h"
#include "core/SymmetricKey.h"
#include "rpc/Backoff.h"
#include "rpc/LogFilter.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace seismic::client {

// How new events arrive once the backfill reached the head.
enum class LiveMode
{
    // A "logs" subscription (pushed over WebSocket; the rpc layer polls a filter over HTTP);
    // block-range polling if the node supports neither.
    Auto,
    Subscribe, // a subscription or nothing (failures are retried)
    Poll,      // eth_blockNumber + eth_getLogs over the new blocks every pollInterval (spec 8.8)
};

// What a TransferWatcher watches and how. Not an aggregate (see rpc/RpcRequest.h).
struct TransferWatchOptions
{
    TransferWatchOptions() = default;

    // At least one. SRC20 and ERC20 tokens may be mixed; a spec without address selects every
    // contract emitting that kind's events.
    std::vector<TokenSpec> tokens;
    // SRC20 events whose topic 3 is keccak256 of one of these are selected and decrypted.
    std::vector<SymmetricKey> viewingKeys;
    // SRC20: every Transfer of the tokens, not only those under our keys (a monitor); the
    // others are delivered as NoKey or ForeignKey. Without viewing keys this must be set.
    bool allSrc20Events = false;
    // Approval events too.
    bool includeApprovals = false;
    // Only events from or to one of these (topic filters); empty: any party.
    std::vector<Address> parties;
    // TransferEvent::direction is relative to these.
    std::vector<Address> accounts;

    // The first block to backfill; nothing: start at the head (new events only).
    std::optional<std::uint64_t> fromBlock;
    // Where an earlier watch stopped (TransferWatcher::cursorAdvanced): continues after it if
    // its block is still on the chain, else from the newest block it shares with the chain
    // (TransferWatcher::rewound). Takes precedence over fromBlock.
    std::optional<BlockCursor> resumeFrom;
    // Older blocks the caller kept with their hashes (those of its stored transfers, earlier
    // cursors): they help find where a reorged chain parted from resumeFrom's when the node
    // no longer knows the orphaned blocks.
    std::vector<BlockCursor> resumeKnownBlocks;
    // Blocks per eth_getLogs. A range the node refuses as too wide or too full (an error that
    // says so, HTTP 413, an answer above the size limit) is halved; it grows back after
    // successes.
    std::uint64_t maxBlockRange = 2'000;
    // The newest blocks (this many, up to the head) are read one by one by block hash
    // (EIP-234): a node behind the one that reported the head (a load-balanced provider, an
    // endpoint pool) cannot answer a range for blocks it lacks with fewer logs; it must say
    // it does not know the block. Older blocks are read in ranges.
    std::uint64_t blockHashWindow = 16;
    // Only events at least this many blocks below the head are delivered (0: at the head).
    // More than 0 follows the chain by polling, as a subscription pushes at the head.
    std::uint64_t confirmations = 0;

    LiveMode liveMode = LiveMode::Auto;
    // LiveMode::Poll (or Auto's fallback): the polling period.
    std::chrono::milliseconds pollInterval{2'000};
    // While live, the blocks since the last sync are queried again this often, so that a
    // subscription that silently stopped delivering loses nothing. Zero: never.
    std::chrono::milliseconds resyncInterval{60'000};
    // Deliveries and block hashes are remembered this many blocks below the newest block seen
    // (to drop duplicates, pass on removals and find where a reorg parted from the chain);
    // older ones are forgotten. Each catch-up first checks that the last block it finished
    // is still on the chain; if not, what was delivered from orphaned blocks is withdrawn.
    std::uint64_t reorgHorizon = 64;
    // Waits between attempts after a failure (the watcher never gives up on its own).
    rpc::Backoff retryBackoff{std::chrono::milliseconds(250), std::chrono::milliseconds(15'000),
                              2.0, 0.5};

    // InvalidArgument naming the first problem.
    Status validate() const;
    // The eth_getLogs / subscription filters, without block range: one per token kind, two
    // (from-party and to-party) when parties are given. Validates first.
    Result<std::vector<rpc::LogFilter>> filters() const;
};

} // namespace seismic::client
