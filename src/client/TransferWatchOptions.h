// SPDX-License-Identifier: MIT
#pragma once

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
    // Blocks per eth_getLogs (split further when the node refuses the range).
    std::uint64_t maxBlockRange = 2'000;

    LiveMode liveMode = LiveMode::Auto;
    // LiveMode::Poll (or Auto's fallback): the polling period.
    std::chrono::milliseconds pollInterval{2'000};
    // While live, the blocks since the last sync are queried again this often, so that a
    // subscription that silently stopped delivering loses nothing. Zero: never.
    std::chrono::milliseconds resyncInterval{60'000};
    // Deliveries are remembered this many blocks below the newest block seen (to drop
    // duplicates and pass on removals); older ones are forgotten.
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
