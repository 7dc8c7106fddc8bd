// SPDX-License-Identifier: MIT
#include "client/TransferDeduplicator.h"

#include <algorithm>
#include <utility>

namespace seismic::client {

TransferDeduplicator::Admission TransferDeduplicator::admit(const TransferEvent& event)
{
    const auto key = event.key();
    const auto found = m_seen.find(key);
    if (event.removed) {
        if (found == m_seen.end())
            return {event.blockNumber < m_floor ? Verdict::Remove : Verdict::Ignore, 0, {}};
        if (found->second.blockHash != event.blockHash)
            return {Verdict::Ignore, 0, {}}; // the removal of a version we never delivered
        m_seen.erase(found);
        return {Verdict::Remove, 0, {}};
    }
    if (found == m_seen.end()) {
        m_seen.emplace(key, event);
        m_byBlock[event.blockNumber].push_back(key);
        return {Verdict::Deliver, 0, {}};
    }
    if (found->second.blockHash == event.blockHash)
        return {Verdict::Duplicate, 0, {}};
    Admission moved{Verdict::Moved, found->second.blockNumber, found->second.blockHash};
    found->second = event;
    m_byBlock[event.blockNumber].push_back(key);
    return moved;
}

void TransferDeduplicator::forget(std::uint64_t block)
{
    if (block <= m_floor)
        return;
    m_floor = block;
    while (!m_byBlock.empty() && m_byBlock.begin()->first < block) {
        const auto& [number, keys] = *m_byBlock.begin();
        for (const auto& key : keys) {
            const auto found = m_seen.find(key);
            if (found != m_seen.end() && found->second.blockNumber == number)
                m_seen.erase(found);
        }
        m_byBlock.erase(m_byBlock.begin());
    }
}

std::vector<TransferEvent> TransferDeduplicator::withdrawAbove(std::uint64_t block)
{
    std::vector<TransferEvent> removals;
    for (auto entry = m_byBlock.upper_bound(block); entry != m_byBlock.end();
         entry = m_byBlock.erase(entry)) {
        for (const auto& key : entry->second) {
            const auto found = m_seen.find(key);
            if (found == m_seen.end() || found->second.blockNumber != entry->first)
                continue;
            auto removal = std::move(found->second);
            removal.removed = true;
            removals.push_back(std::move(removal));
            m_seen.erase(found);
        }
    }
    std::stable_sort(removals.begin(), removals.end(), [](const auto& a, const auto& b) {
        return std::pair(a.blockNumber, a.logIndex) < std::pair(b.blockNumber, b.logIndex);
    });
    return removals;
}

} // namespace seismic::client
