// SPDX-License-Identifier: MIT
// What a soak saw and what the chain holds, and the judgement: the watcher delivered exactly
// the chain's transfer logs (none lost, none twice, none invented), every send landed at most
// once and every confirmed one exactly once under its own hash with one outcome report, and the
// senders' nonces on chain are consecutive with nothing stuck in the pool.
#pragma once

#include "TransferSender.h"
#include "client/TransferEvent.h"
#include "rpc/Log.h"
#include "rpc/Transaction.h"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace soak {

// One sender, as the soak ran it and as the chain has it.
struct SenderFacts
{
    std::string name;
    seismic::Address sender;
    std::vector<TransferSend> sends;
    std::map<seismic::Hash, int> outcomeReports;
    // Transfers on chain from the sender with an amount (ERC20, or SRC20 under its key).
    std::vector<seismic::client::TransferEvent> landed;
    // The sender's transactions mined during the soak.
    std::vector<seismic::rpc::Transaction> transactions;
    std::uint64_t latestCount = 0;
    std::uint64_t pendingCount = 0;
};

struct WatchFacts
{
    // Deliveries (removals excluded) per event, and the block hash of the first.
    std::map<seismic::client::TransferEventKey, int> deliveries;
    std::map<seismic::client::TransferEventKey, seismic::Hash> blockHashes;
    std::uint64_t removals = 0;
    std::uint64_t reconnects = 0;
    std::uint64_t syncs = 0;
    std::uint64_t duplicatesDropped = 0;
    std::uint64_t errorsReported = 0;
};

struct ChaosFacts
{
    std::uint64_t seed = 0;
    std::chrono::milliseconds duration{0};
    std::uint64_t connections = 0;
    std::uint64_t midRequest = 0;
    std::uint64_t midResponse = 0;
    std::uint64_t midWebSocketFrame = 0;
    std::uint64_t upstreamUnreachable = 0;
    int restarts = 0;
};

struct SoakFacts
{
    ChaosFacts chaos;
    // The chain's transfer logs of the watched tokens, blocks 0 to the final head.
    std::vector<seismic::rpc::Log> chainLogs;
    std::uint64_t head = 0;
    WatchFacts watch;
    std::vector<SenderFacts> senders;
    // Problems met while gathering the facts (a restart that failed, a query that did not
    // answer): each is a violation.
    std::vector<std::string> problems;
};

struct SoakVerdict
{
    std::uint64_t lost = 0;
    std::uint64_t duplicated = 0;
    std::uint64_t invented = 0; // delivered but not on chain
    std::vector<std::string> violations;

    bool passed() const { return violations.empty(); }
};

SoakVerdict judge(const SoakFacts& facts);
// The summary printed at the end: the figures, then each violation.
std::string summarize(const SoakFacts& facts, const SoakVerdict& verdict);

} // namespace soak
