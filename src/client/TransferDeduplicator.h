// SPDX-License-Identifier: MIT
#pragma once

#include "client/TransferEvent.h"

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace seismic::client {

// Remembers which events were delivered, by (transaction hash, log index), so that the same log
// coming from a backfill, a subscription, two overlapping filters or a replay after a reconnect
// is delivered once, and a removal (reorg) once, and only for what was delivered.
//
// Memory stays bounded: forget(block) drops what is known of blocks below `block` (the watcher
// calls it with a reorg horizon below the newest block it will never query again).
class TransferDeduplicator
{
public:
    enum class Verdict
    {
        Deliver,   // a new event (recorded)
        Duplicate, // delivered before from the same block: drop
        Moved,     // delivered before from another block (a reorg whose removal was missed):
                   // deliver a removal of the old one (previousBlock*), then this one
        Remove,    // a removal of a delivered event: deliver it (the key is freed, so the log is
                   // delivered again if it is re-included)
        Ignore,    // a removal of something not delivered (or already removed): drop
    };

    struct Admission
    {
        Verdict verdict = Verdict::Deliver;
        std::uint64_t previousBlockNumber = 0; // Moved only
        Hash previousBlockHash;                // Moved only
    };

    TransferDeduplicator() = default;

    Admission admit(const TransferEvent& event);
    // Forgets events of blocks below `block`. A removal for one of them is passed on (Remove):
    // it cannot be told from one never delivered.
    void forget(std::uint64_t block);
    // A reorg orphaned every block above `block`: the removals (removed set) of the events
    // delivered from them, in chain order. Their keys are freed, so re-included logs are
    // delivered again.
    std::vector<TransferEvent> withdrawAbove(std::uint64_t block);

    std::size_t size() const { return m_seen.size(); }
    std::uint64_t forgottenBelow() const { return m_floor; }

private:
    // The delivered version of each event (a removal is made from it).
    std::unordered_map<TransferEventKey, TransferEvent, TransferEventKeyHash> m_seen;
    // Keys by block, for forget(); may list keys removed or moved since (checked on use).
    std::map<std::uint64_t, std::vector<TransferEventKey>> m_byBlock;
    std::uint64_t m_floor = 0;
};

} // namespace seismic::client
